/* cache_codec.h: the binary cache format of cache/FORMAT: a header with
** magic, format version, byte-order mark, kind, length and CRC-32, then the
** hint's name, the Kindler version and the hint digest, then sorted
** key -> value entries. All integers are big-endian, so a cache reads the
** same on every CPU and the same facts give the same bytes everywhere. */
#ifndef KINDLER_CACHE_CODEC_H
#define KINDLER_CACHE_CODEC_H

#include <string>
#include <vector>

enum { kCacheFormatVersion = 1 };

enum CacheKind { CACHE_OS = 1, CACHE_COMPILER = 2, CACHE_FACTS = 3 };

struct CacheValue {
  enum Type { FALSE_VALUE = 0, TRUE_VALUE = 1, STRING = 2, NUMBER = 3 };
  Type type;
  std::string text;  /* STRING; NUMBER as decimal text */
};

struct CacheEntry {
  std::string key;
  CacheValue value;
};

struct Cache {
  CacheKind kind;
  std::string name;            /* the hint's name: "gcc", "irix65" */
  std::string kindler_version;
  std::string hint_digest;
  std::vector<CacheEntry> entries;  /* sorted by key, no duplicates */
};

/* What is wrong with a cache file that does not decode. */
enum CacheError {
  CACHE_OK, CACHE_TRUNCATED, CACHE_BAD_MAGIC, CACHE_BAD_VERSION,
  CACHE_BAD_CHECKSUM, CACHE_MALFORMED
};

/* Sorts the entries and encodes; false when a key repeats or a field is too
** long for the format. */
bool EncodeCache(const Cache& cache, std::string* out, std::string* error);
CacheError DecodeCache(const std::string& data, Cache* cache,
                       std::string* error);

#endif
