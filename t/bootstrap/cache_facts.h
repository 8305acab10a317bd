/* cache_facts.h: the "facts" text form of a cache (cache/FORMAT, section
** "Facts files"), read and written by the golden-sample unit test
** (t/unit/cache_codec_test.cc) and by t/bootstrap/cachetool.cc:
**
**   # a comment
**   [header]
**   kind = "compiler"
**   name = "gcc"
**   kindler_version = "0.1.0"
**   hint_digest = "crc32:0123ABCD:2114"
**   [entries]
**   driver.c.size = 1234
**   flag.pic = "-fPIC"
**   std.c89 = false
**
** A value is true, false, an integer (a NUMBER entry) or a string in double
** quotes with the escapes \\ \" \n \t \r and \xHH. Header only, C++98. */
#ifndef KINDLER_CACHE_FACTS_H
#define KINDLER_CACHE_FACTS_H

#include <cstdio>
#include <string>

#include "cache_codec.h"

namespace cache_facts {

inline std::string Trim(const std::string& s) {
  std::string::size_type b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  std::string::size_type e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

inline int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Parses a quoted string value; false when it is not one. */
inline bool ParseString(const std::string& v, std::string* out) {
  if (v.size() < 2 || v[0] != '"' || v[v.size() - 1] != '"') return false;
  out->clear();
  for (std::string::size_type i = 1; i + 1 < v.size(); ++i) {
    char c = v[i];
    if (c == '"') return false;
    if (c != '\\') {
      *out += c;
      continue;
    }
    if (i + 2 >= v.size()) return false;
    char e = v[++i];
    switch (e) {
      case '\\': *out += '\\'; break;
      case '"': *out += '"'; break;
      case 'n': *out += '\n'; break;
      case 't': *out += '\t'; break;
      case 'r': *out += '\r'; break;
      case 'x': {
        if (i + 3 >= v.size()) return false;
        int hi = HexDigit(v[i + 1]), lo = HexDigit(v[i + 2]);
        if (hi < 0 || lo < 0) return false;
        *out += static_cast<char>(hi * 16 + lo);
        i += 2;
        break;
      }
      default: return false;
    }
  }
  return true;
}

inline bool IsInteger(const std::string& v) {
  std::string::size_type i = v.size() > 1 && v[0] == '-' ? 1 : 0;
  if (i >= v.size()) return false;
  for (; i < v.size(); ++i)
    if (v[i] < '0' || v[i] > '9') return false;
  return true;
}

inline bool ParseFacts(const std::string& text, Cache* cache,
                       std::string* error) {
  enum { NONE, HEADER, ENTRIES } section = NONE;
  bool have_kind = false;
  cache->entries.clear();
  std::string::size_type pos = 0;
  int line_no = 0;
  while (pos < text.size()) {
    std::string::size_type nl = text.find('\n', pos);
    std::string line = text.substr(pos, nl == std::string::npos ? nl : nl - pos);
    pos = nl == std::string::npos ? text.size() : nl + 1;
    ++line_no;
    char where[32];
    std::sprintf(where, "line %d: ", line_no);
    std::string t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    if (t == "[header]") { section = HEADER; continue; }
    if (t == "[entries]") { section = ENTRIES; continue; }
    std::string::size_type eq = t.find(" = ");
    if (eq == std::string::npos || section == NONE) {
      *error = where + std::string("expected KEY = VALUE in a section");
      return false;
    }
    std::string key = Trim(t.substr(0, eq));
    std::string value = Trim(t.substr(eq + 3));
    if (section == HEADER) {
      std::string s;
      if (!ParseString(value, &s)) {
        *error = where + std::string("header values are quoted strings");
        return false;
      }
      if (key == "kind") {
        if (s != "os" && s != "compiler") {
          *error = where + std::string("kind is \"os\" or \"compiler\"");
          return false;
        }
        cache->kind = s == "os" ? CACHE_OS : CACHE_COMPILER;
        have_kind = true;
      } else if (key == "name") {
        cache->name = s;
      } else if (key == "kindler_version") {
        cache->kindler_version = s;
      } else if (key == "hint_digest") {
        cache->hint_digest = s;
      } else {
        *error = where + std::string("unknown header field ") + key;
        return false;
      }
      continue;
    }
    CacheEntry e;
    e.key = key;
    if (value == "true") {
      e.value.type = CacheValue::TRUE_VALUE;
    } else if (value == "false") {
      e.value.type = CacheValue::FALSE_VALUE;
    } else if (IsInteger(value)) {
      e.value.type = CacheValue::NUMBER;
      e.value.text = value;
    } else if (ParseString(value, &e.value.text)) {
      e.value.type = CacheValue::STRING;
    } else {
      *error = where + std::string("bad value for ") + key;
      return false;
    }
    cache->entries.push_back(e);
  }
  if (!have_kind) {
    *error = "no [header] kind";
    return false;
  }
  return true;
}

inline std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (std::string::size_type i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c >= 0x7f) {
          char buf[8];
          std::sprintf(buf, "\\x%02X", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

/* The facts of a decoded cache, entries in their (sorted) order. */
inline std::string FormatFacts(const Cache& cache) {
  std::string out = "[header]\n";
  out += "kind = " + Quote(cache.kind == CACHE_OS ? "os" : "compiler") + "\n";
  out += "name = " + Quote(cache.name) + "\n";
  out += "kindler_version = " + Quote(cache.kindler_version) + "\n";
  out += "hint_digest = " + Quote(cache.hint_digest) + "\n";
  out += "[entries]\n";
  for (size_t i = 0; i < cache.entries.size(); ++i) {
    const CacheEntry& e = cache.entries[i];
    out += e.key + " = ";
    switch (e.value.type) {
      case CacheValue::FALSE_VALUE: out += "false"; break;
      case CacheValue::TRUE_VALUE: out += "true"; break;
      case CacheValue::NUMBER: out += e.value.text; break;
      case CacheValue::STRING: out += Quote(e.value.text); break;
    }
    out += "\n";
  }
  return out;
}

}  // namespace cache_facts

#endif
