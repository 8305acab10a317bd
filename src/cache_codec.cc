/* cache_codec.cc: encoding and decoding of cache/FORMAT. */
#include "cache_codec.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "crc32.h"

static const char kMagic[8] = {'K', 'I', 'N', 'D', 'L', 'E', 'R', '\x1a'};
enum { kHeaderSize = 24, kChecksumOffset = 20, kLengthOffset = 16 };

static void PutU8(std::string* out, unsigned long v) {
  *out += static_cast<char>(v & 0xFF);
}
static void PutU16(std::string* out, unsigned long v) {
  PutU8(out, v >> 8);
  PutU8(out, v);
}
static void PutU32(std::string* out, unsigned long v) {
  PutU16(out, (v >> 16) & 0xFFFF);
  PutU16(out, v & 0xFFFF);
}
static void SetU32(std::string* out, size_t at, unsigned long v) {
  (*out)[at] = static_cast<char>((v >> 24) & 0xFF);
  (*out)[at + 1] = static_cast<char>((v >> 16) & 0xFF);
  (*out)[at + 2] = static_cast<char>((v >> 8) & 0xFF);
  (*out)[at + 3] = static_cast<char>(v & 0xFF);
}

static bool PutShortString(std::string* out, const std::string& s,
                           std::string* error) {
  if (s.size() > 0xFFFF) {
    *error = "a cache key or header string is longer than 65535 bytes";
    return false;
  }
  PutU16(out, s.size());
  *out += s;
  return true;
}

static bool KeyLess(const CacheEntry& a, const CacheEntry& b) {
  return a.key < b.key;
}

static unsigned long Checksum(const std::string& data) {
  std::string copy = data;
  SetU32(&copy, kChecksumOffset, 0);
  return Crc32(0, reinterpret_cast<const unsigned char*>(copy.data()),
               copy.size());
}

bool EncodeCache(const Cache& cache, std::string* out, std::string* error) {
  std::vector<CacheEntry> entries = cache.entries;
  std::sort(entries.begin(), entries.end(), KeyLess);
  for (size_t i = 1; i < entries.size(); ++i) {
    if (entries[i].key == entries[i - 1].key) {
      *error = "cache key '" + entries[i].key + "' is given twice";
      return false;
    }
  }
  out->assign(kMagic, sizeof kMagic);
  PutU16(out, kCacheFormatVersion);
  PutU16(out, 0x0102);
  PutU8(out, cache.kind);
  PutU8(out, 0);
  PutU16(out, 0);
  PutU32(out, 0);  /* length, set below */
  PutU32(out, 0);  /* checksum, set below */
  if (!PutShortString(out, cache.name, error) ||
      !PutShortString(out, cache.kindler_version, error) ||
      !PutShortString(out, cache.hint_digest, error))
    return false;
  PutU32(out, entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    const CacheValue& v = entries[i].value;
    if (!PutShortString(out, entries[i].key, error))
      return false;
    PutU8(out, v.type);
    if (v.type == CacheValue::STRING || v.type == CacheValue::NUMBER) {
      PutU32(out, v.text.size());
      *out += v.text;
    }
  }
  SetU32(out, kLengthOffset, out->size());
  SetU32(out, kChecksumOffset, Checksum(*out));
  return true;
}

/* A bounds-checked big-endian reader over the cache bytes. */
class Reader {
 public:
  explicit Reader(const std::string& data) : data_(data), pos_(0) {}
  bool U8(unsigned long* v) { return Uint(1, v); }
  bool U16(unsigned long* v) { return Uint(2, v); }
  bool U32(unsigned long* v) { return Uint(4, v); }
  bool Bytes(size_t n, std::string* out) {
    if (data_.size() - pos_ < n) return false;
    out->assign(data_, pos_, n);
    pos_ += n;
    return true;
  }
  bool ShortString(std::string* out) {
    unsigned long n;
    return U16(&n) && Bytes(n, out);
  }
  bool AtEnd() const { return pos_ == data_.size(); }

 private:
  bool Uint(size_t n, unsigned long* v) {
    if (data_.size() - pos_ < n) return false;
    *v = 0;
    for (size_t i = 0; i < n; ++i)
      *v = (*v << 8) | static_cast<unsigned char>(data_[pos_ + i]);
    pos_ += n;
    return true;
  }
  const std::string& data_;
  size_t pos_;
};

static CacheError Fail(CacheError e, const std::string& message,
                       std::string* error) {
  *error = message;
  return e;
}

CacheError DecodeCache(const std::string& data, Cache* cache,
                       std::string* error) {
  if (data.size() < sizeof kMagic ||
      std::memcmp(data.data(), kMagic, sizeof kMagic) != 0)
    return Fail(CACHE_BAD_MAGIC, "not a Kindler cache (wrong magic)", error);
  if (data.size() < kHeaderSize)
    return Fail(CACHE_TRUNCATED, "truncated header", error);
  Reader r(data);
  std::string skip;
  unsigned long version = 0, bom = 0, kind = 0, reserved1 = 0, reserved2 = 0;
  unsigned long length = 0, checksum = 0;
  r.Bytes(sizeof kMagic, &skip);
  r.U16(&version);
  r.U16(&bom);
  r.U8(&kind);
  r.U8(&reserved1);
  r.U16(&reserved2);
  r.U32(&length);
  r.U32(&checksum);
  if (version != kCacheFormatVersion || bom != 0x0102) {
    char buf[96];
    std::sprintf(buf, "cache format %lu (byte-order mark 0x%04lX); this "
                 "Kindler reads format %d", version, bom, kCacheFormatVersion);
    return Fail(CACHE_BAD_VERSION, buf, error);
  }
  if (length != data.size())
    return Fail(CACHE_TRUNCATED, length > data.size() ? "truncated file"
                : "trailing bytes after the cache", error);
  if (Checksum(data) != checksum)
    return Fail(CACHE_BAD_CHECKSUM, "checksum mismatch (the file is damaged)",
                error);
  if ((kind != CACHE_OS && kind != CACHE_COMPILER && kind != CACHE_FACTS) ||
      reserved1 || reserved2)
    return Fail(CACHE_MALFORMED, "unknown cache kind", error);
  cache->kind = static_cast<CacheKind>(kind);
  unsigned long count;
  if (!r.ShortString(&cache->name) || !r.ShortString(&cache->kindler_version) ||
      !r.ShortString(&cache->hint_digest) || !r.U32(&count))
    return Fail(CACHE_MALFORMED, "header strings run past the end", error);
  cache->entries.clear();
  for (unsigned long i = 0; i < count; ++i) {
    CacheEntry e;
    unsigned long type, n;
    if (!r.ShortString(&e.key) || !r.U8(&type) || type > CacheValue::NUMBER)
      return Fail(CACHE_MALFORMED, "malformed entry", error);
    e.value.type = static_cast<CacheValue::Type>(type);
    if ((type == CacheValue::STRING || type == CacheValue::NUMBER) &&
        !(r.U32(&n) && r.Bytes(n, &e.value.text)))
      return Fail(CACHE_MALFORMED, "entry runs past the end", error);
    if (!cache->entries.empty() && !(cache->entries.back().key < e.key))
      return Fail(CACHE_MALFORMED, "entries out of order", error);
    cache->entries.push_back(e);
  }
  if (!r.AtEnd())
    return Fail(CACHE_MALFORMED, "bytes after the last entry", error);
  return CACHE_OK;
}
