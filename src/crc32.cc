/* crc32.cc: table-driven CRC-32, reflected, polynomial 0xEDB88320. */
#include "crc32.h"

static unsigned long table[256];
static bool table_ready = false;

static void MakeTable() {
  for (unsigned long n = 0; n < 256; ++n) {
    unsigned long c = n;
    for (int k = 0; k < 8; ++k)
      c = (c & 1) ? 0xEDB88320UL ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
  table_ready = true;
}

unsigned long Crc32(unsigned long crc, const unsigned char* data, size_t len) {
  if (!table_ready)
    MakeTable();
  crc = ~crc & 0xFFFFFFFFUL;
  for (size_t i = 0; i < len; ++i)
    crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
  return ~crc & 0xFFFFFFFFUL;
}
