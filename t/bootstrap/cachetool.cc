/* cachetool.cc: a test helper over src/cache_codec (built by
** t/bootstrap/run.sh, never installed):
**
**   cachetool show FILE          decode; print its facts (cache_facts.h)
**   cachetool get FILE KEY       print one entry's value in facts form
**   cachetool encode FACTS OUT   write the cache the facts describe
**   cachetool flip FILE AT BIT   damage FILE in place: flip one bit
**   cachetool cut FILE LENGTH    damage FILE in place: keep LENGTH bytes
**
** Exit status 0 on success, 1 when the file does not decode (the problem is
** printed as "error: PROBLEM: MESSAGE"), 2 on misuse. */
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "cache_codec.h"
#include "cache_facts.h"

static bool ReadAll(const char* path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

static const char* ProblemName(CacheError e) {
  switch (e) {
    case CACHE_TRUNCATED: return "truncated";
    case CACHE_BAD_MAGIC: return "magic";
    case CACHE_BAD_VERSION: return "version";
    case CACHE_BAD_CHECKSUM: return "checksum";
    case CACHE_MALFORMED: return "malformed";
    case CACHE_OK: break;
  }
  return "ok";
}

static int Decode(const char* path, Cache* cache) {
  std::string bytes, error;
  if (!ReadAll(path, &bytes)) {
    std::fprintf(stderr, "cachetool: cannot read %s\n", path);
    return 2;
  }
  CacheError e = DecodeCache(bytes, cache, &error);
  if (e != CACHE_OK) {
    std::printf("error: %s: %s\n", ProblemName(e), error.c_str());
    return 1;
  }
  return 0;
}

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "show") == 0) {
    Cache cache;
    int status = Decode(argv[2], &cache);
    if (status == 0) std::fputs(cache_facts::FormatFacts(cache).c_str(), stdout);
    return status;
  }
  if (argc == 4 && std::strcmp(argv[1], "get") == 0) {
    Cache cache;
    int status = Decode(argv[2], &cache);
    if (status != 0) return status;
    std::string facts = cache_facts::FormatFacts(cache);
    std::string prefix = std::string("\n") + argv[3] + " = ";
    std::string::size_type at = facts.find(prefix);
    if (at == std::string::npos) {
      std::printf("absent\n");
      return 1;
    }
    at += prefix.size();
    std::printf("%s\n", facts.substr(at, facts.find('\n', at) - at).c_str());
    return 0;
  }
  if (argc == 4 && std::strcmp(argv[1], "encode") == 0) {
    std::string text, error, bytes;
    Cache cache;
    if (!ReadAll(argv[2], &text)) {
      std::fprintf(stderr, "cachetool: cannot read %s\n", argv[2]);
      return 2;
    }
    if (!cache_facts::ParseFacts(text, &cache, &error) ||
        !EncodeCache(cache, &bytes, &error)) {
      std::fprintf(stderr, "cachetool: %s: %s\n", argv[2], error.c_str());
      return 1;
    }
    std::ofstream out(argv[3], std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return out ? 0 : 2;
  }
  if ((argc == 5 && std::strcmp(argv[1], "flip") == 0) ||
      (argc == 4 && std::strcmp(argv[1], "cut") == 0)) {
    std::string bytes;
    if (!ReadAll(argv[2], &bytes)) {
      std::fprintf(stderr, "cachetool: cannot read %s\n", argv[2]);
      return 2;
    }
    unsigned long at = std::strtoul(argv[3], NULL, 10);
    if (argc == 5) {
      if (at >= bytes.size()) return 2;
      bytes[at] = static_cast<char>(bytes[at] ^ (1 << (std::atoi(argv[4]) & 7)));
    } else if (at < bytes.size()) {
      bytes.resize(at);
    }
    std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return out ? 0 : 2;
  }
  std::fprintf(stderr, "usage: cachetool show FILE | get FILE KEY | "
                       "encode FACTS OUT | flip FILE AT BIT | cut FILE LENGTH\n");
  return 2;
}
