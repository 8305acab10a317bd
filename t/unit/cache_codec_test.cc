// cache_codec_test.cc: the cache format of cache/FORMAT (src/cache_codec.cc)
// against the golden samples in cache/samples/ (each NAME.bin beside the
// NAME.facts it was made from), and every kind of damage a reader must
// refuse without crashing: truncation at every offset, every single-bit
// flip, wrong magic, version and byte-order mark, and malformed bodies
// behind a valid checksum. Run from the top of the tree (t/run.sh does).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>
#include <vector>

#include "../bootstrap/cache_facts.h"
#include "cache_codec.h"
#include "crc32.h"
#include "testutil.h"

namespace {

const char* const kSamples[] = {"compiler_gcc", "os_linux"};

std::string SamplePath(const std::string& name, const std::string& ext) {
  return "cache/samples/" + name + "." + ext;
}

unsigned long U32At(const std::string& b, size_t at) {
  unsigned long v = 0;
  for (size_t i = 0; i < 4; ++i)
    v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}

void SetU32At(std::string* b, size_t at, unsigned long v) {
  for (size_t i = 0; i < 4; ++i)
    (*b)[at + i] = static_cast<char>((v >> (8 * (3 - i))) & 0xFF);
}

// Makes the length and checksum fields right again after an edit, so that
// the decoder's later checks are the ones exercised.
void Reseal(std::string* b) {
  SetU32At(b, 16, b->size());
  SetU32At(b, 20, 0);
  SetU32At(b, 20, Crc32(0, reinterpret_cast<const unsigned char*>(b->data()),
                        b->size()));
}

CacheError Decode(const std::string& bytes) {
  Cache cache;
  std::string error;
  CacheError e = DecodeCache(bytes, &cache, &error);
  if (e != CACHE_OK && error.empty()) return CACHE_OK;  // a refusal says why
  return e;
}

Cache Facts(const std::string& name) {
  std::string text = testutil::ReadRaw(SamplePath(name, "facts"));
  REQUIRE_FALSE(text.empty());
  Cache cache;
  std::string error;
  INFO(SamplePath(name, "facts") << ": " << error);
  REQUIRE(cache_facts::ParseFacts(text, &cache, &error));
  return cache;
}

std::string Sample(const std::string& name) {
  std::string bytes = testutil::ReadRaw(SamplePath(name, "bin"));
  REQUIRE(bytes.size() > 24);
  return bytes;
}

// Offset just after the header strings and the entry count.
size_t HeaderEnd(const std::string& b) {
  size_t at = 24;
  for (int i = 0; i < 3; ++i) {
    size_t n = (static_cast<unsigned char>(b[at]) << 8) |
               static_cast<unsigned char>(b[at + 1]);
    at += 2 + n;
  }
  return at + 4;
}

}  // namespace

TEST_CASE("golden samples decode to their facts", "[cache_codec]") {
  for (const char* name : kSamples) {
    INFO("sample " << name);
    Cache facts = Facts(name);
    std::string bytes = Sample(name);
    Cache decoded;
    std::string error;
    REQUIRE(DecodeCache(bytes, &decoded, &error) == CACHE_OK);
    CHECK(decoded.kind == facts.kind);
    CHECK(decoded.name == facts.name);
    CHECK(decoded.kindler_version == facts.kindler_version);
    CHECK(decoded.hint_digest == facts.hint_digest);
    // Facts may list entries in any order; compare both sorted.
    Cache sorted = facts;
    std::string resorted;
    REQUIRE(EncodeCache(facts, &resorted, &error));
    REQUIRE(DecodeCache(resorted, &sorted, &error) == CACHE_OK);
    REQUIRE(decoded.entries.size() == sorted.entries.size());
    for (size_t i = 0; i < decoded.entries.size(); ++i) {
      INFO("entry " << sorted.entries[i].key);
      CHECK(decoded.entries[i].key == sorted.entries[i].key);
      CHECK(decoded.entries[i].value.type == sorted.entries[i].value.type);
      CHECK(decoded.entries[i].value.text == sorted.entries[i].value.text);
    }
    // And the facts text round-trips.
    Cache again;
    REQUIRE(cache_facts::ParseFacts(cache_facts::FormatFacts(decoded), &again,
                                    &error));
    CHECK(again.entries.size() == decoded.entries.size());
  }
}

TEST_CASE("golden samples: the facts encode to exactly the sample bytes",
          "[cache_codec]") {
  for (const char* name : kSamples) {
    INFO("sample " << name << ": the encoder's output changed; a format "
         "change needs a new format version, not new samples");
    std::string bytes;
    std::string error;
    REQUIRE(EncodeCache(Facts(name), &bytes, &error));
    CHECK(bytes == Sample(name));
  }
}

TEST_CASE("the header is big-endian whatever the CPU", "[cache_codec]") {
  for (const char* name : kSamples) {
    std::string b = Sample(name);
    CHECK(b.compare(0, 8, std::string("KINDLER\x1a", 8)) == 0);
    CHECK(static_cast<unsigned char>(b[8]) == 0x00);   // version 1
    CHECK(static_cast<unsigned char>(b[9]) == 0x01);
    CHECK(static_cast<unsigned char>(b[10]) == 0x01);  // mark 0x0102
    CHECK(static_cast<unsigned char>(b[11]) == 0x02);
    CHECK(U32At(b, 16) == b.size());
    std::string zeroed = b;
    SetU32At(&zeroed, 20, 0);
    CHECK(U32At(b, 20) ==
          Crc32(0, reinterpret_cast<const unsigned char*>(zeroed.data()),
                zeroed.size()));
  }
  CHECK(Crc32(0, reinterpret_cast<const unsigned char*>("123456789"), 9) ==
        0xCBF43926UL);
}

TEST_CASE("truncation at every offset is refused", "[cache_codec]") {
  for (const char* name : kSamples) {
    std::string b = Sample(name);
    std::string wrong;  // offsets with the wrong answer, for the message
    for (size_t n = 0; n < b.size(); ++n) {
      CacheError e = Decode(b.substr(0, n));
      CacheError want = n < 8 ? CACHE_BAD_MAGIC : CACHE_TRUNCATED;
      if (e != want) wrong += " " + std::to_string(n);
    }
    INFO(name << ": cut to these lengths, not refused as expected:" << wrong);
    CHECK(wrong.empty());
    CHECK(Decode(b + '\0') == CACHE_TRUNCATED);
  }
}

TEST_CASE("every single-bit flip is refused", "[cache_codec]") {
  for (const char* name : kSamples) {
    std::string b = Sample(name);
    size_t header_end = HeaderEnd(b);
    std::string unnoticed, wrong;
    for (size_t at = 0; at < b.size(); ++at) {
      for (int bit = 0; bit < 8; ++bit) {
        std::string d = b;
        d[at] = static_cast<char>(d[at] ^ (1 << bit));
        CacheError e = Decode(d);
        std::string where = " " + std::to_string(at) + "." + std::to_string(bit);
        if (e == CACHE_OK) unnoticed += where;
        CacheError want = at < 8 ? CACHE_BAD_MAGIC
                          : at < 12 ? CACHE_BAD_VERSION
                          : at >= 16 && at < 20 ? CACHE_TRUNCATED
                          : CACHE_BAD_CHECKSUM;
        if (e != want && at < header_end) wrong += where;
      }
    }
    INFO(name << ": bit flips (byte.bit) that went unnoticed:" << unnoticed);
    CHECK(unnoticed.empty());
    INFO(name << ": header bit flips refused for the wrong reason:" << wrong);
    CHECK(wrong.empty());
  }
}

TEST_CASE("wrong magic, version and byte-order mark", "[cache_codec]") {
  std::string b = Sample("os_linux");
  std::string d = b;
  d[0] = 'k';
  CHECK(Decode(d) == CACHE_BAD_MAGIC);
  CHECK(Decode("") == CACHE_BAD_MAGIC);
  CHECK(Decode("KINDLER") == CACHE_BAD_MAGIC);
  CHECK(Decode(std::string("KINDLER\x1a", 8)) == CACHE_TRUNCATED);

  d = b;  // format version 2, otherwise intact
  d[9] = 2;
  Reseal(&d);
  CHECK(Decode(d) == CACHE_BAD_VERSION);
  d = b;  // version 0
  d[9] = 0;
  Reseal(&d);
  CHECK(Decode(d) == CACHE_BAD_VERSION);
  d = b;  // written little-endian by a careless writer
  d[10] = 2;
  d[11] = 1;
  Reseal(&d);
  CHECK(Decode(d) == CACHE_BAD_VERSION);
  d = b;  // version 256: the bytes swapped
  d[8] = 1;
  d[9] = 0;
  Reseal(&d);
  CHECK(Decode(d) == CACHE_BAD_VERSION);
}

TEST_CASE("malformed bodies behind a valid checksum", "[cache_codec]") {
  std::string b = Sample("os_linux");
  size_t header_end = HeaderEnd(b);

  std::string d = b;
  d[12] = 4;  // kind: 1 OS, 2 compiler, 3 facts, nothing else
  Reseal(&d);
  CHECK(Decode(d) == CACHE_MALFORMED);
  d[12] = 0;
  Reseal(&d);
  CHECK(Decode(d) == CACHE_MALFORMED);
  d[12] = 3;
  Reseal(&d);
  CHECK(Decode(d) == CACHE_OK);
  d = b;
  d[14] = 1;  // reserved
  Reseal(&d);
  CHECK(Decode(d) == CACHE_MALFORMED);

  d = b;  // one entry more than there is
  SetU32At(&d, header_end - 4, U32At(b, header_end - 4) + 1);
  Reseal(&d);
  CHECK(Decode(d) == CACHE_MALFORMED);
  d = b;  // one entry fewer: bytes after the last entry
  SetU32At(&d, header_end - 4, U32At(b, header_end - 4) - 1);
  Reseal(&d);
  CHECK(Decode(d) == CACHE_MALFORMED);
  d = b;  // a huge count
  SetU32At(&d, header_end - 4, 0xFFFFFFFFUL);
  Reseal(&d);
  CHECK(Decode(d) == CACHE_MALFORMED);

  // The first entry's key: "abi.default"; its type byte follows it.
  size_t key_len = (static_cast<unsigned char>(b[header_end]) << 8) |
                   static_cast<unsigned char>(b[header_end + 1]);
  size_t type_at = header_end + 2 + key_len;
  d = b;
  d[type_at] = 4;
  Reseal(&d);
  CHECK(Decode(d) == CACHE_MALFORMED);
  d = b;  // a value length past the end
  SetU32At(&d, type_at + 1, 0x7FFFFFFFUL);
  Reseal(&d);
  CHECK(Decode(d) == CACHE_MALFORMED);
  d = b;  // a key length past the end
  d[header_end] = '\xFF';
  Reseal(&d);
  CHECK(Decode(d) == CACHE_MALFORMED);
  d = b;  // keys out of order: "abi.default" becomes "zbi.default"
  d[header_end + 2] = 'z';
  Reseal(&d);
  CHECK(Decode(d) == CACHE_MALFORMED);
  d = b;  // a header string running past the end
  d[24] = '\xFF';
  Reseal(&d);
  CHECK(Decode(d) == CACHE_MALFORMED);
  d = b + "x";  // trailing bytes
  Reseal(&d);
  CHECK(Decode(d) == CACHE_MALFORMED);
}

TEST_CASE("random bodies behind a valid header never crash", "[cache_codec]") {
  std::string b = Sample("compiler_gcc");
  std::srand(12345);
  for (int round = 0; round < 3000; ++round) {
    std::string d = b.substr(0, 24);
    size_t n = static_cast<size_t>(std::rand() % 200);
    for (size_t i = 0; i < n; ++i) d += static_cast<char>(std::rand() & 0xFF);
    if (round % 2) d += b.substr(24, static_cast<size_t>(std::rand()) % (b.size() - 24));
    Reseal(&d);
    Cache cache;
    std::string error;
    DecodeCache(d, &cache, &error);  // any answer but a crash
  }
  SUCCEED();
}

TEST_CASE("the encoder sorts keys and refuses repeats", "[cache_codec]") {
  Cache c;
  c.kind = CACHE_COMPILER;
  c.name = "x";
  c.kindler_version = "0";
  c.hint_digest = "d";
  CacheEntry e;
  e.key = "b";
  e.value.type = CacheValue::TRUE_VALUE;
  c.entries.push_back(e);
  e.key = "a";
  e.value.type = CacheValue::NUMBER;
  e.value.text = "-12";
  c.entries.push_back(e);
  std::string bytes, error;
  REQUIRE(EncodeCache(c, &bytes, &error));
  Cache d;
  REQUIRE(DecodeCache(bytes, &d, &error) == CACHE_OK);
  REQUIRE(d.entries.size() == 2);
  CHECK(d.entries[0].key == "a");
  CHECK(d.entries[0].value.text == "-12");
  CHECK(d.entries[1].key == "b");
  c.entries.push_back(e);
  CHECK_FALSE(EncodeCache(c, &bytes, &error));
  CHECK(error.find("twice") != std::string::npos);
}
