// cache_fuzz.cc: libFuzzer target for the cache decoder (src/cache_codec.cc,
// cache/FORMAT). Any bytes: DecodeCache refuses them with a reason and a
// message, or decodes a cache that encodes back to exactly those bytes
// (the format has one encoding per cache); never a crash, a read past the
// end or a sanitizer report. Built and run by `make fuzz`.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "cache_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  Cache cache;
  std::string error;
  CacheError e = DecodeCache(bytes, &cache, &error);
  if (e != CACHE_OK) {
    if (error.empty()) std::abort();
    return 0;
  }
  std::string again;
  if (!EncodeCache(cache, &again, &error) || again != bytes) std::abort();
  return 0;
}
