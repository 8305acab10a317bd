/* crc32.h: CRC-32 (the IEEE 802.3 polynomial, as zlib and PNG use it), for
** cache checksums and hint digests. */
#ifndef KINDLER_CRC32_H
#define KINDLER_CRC32_H

#include <cstddef>

/* Continues crc over data; start with crc = 0. Results fit in 32 bits. */
unsigned long Crc32(unsigned long crc, const unsigned char* data, size_t len);

#endif
