// escape_fuzz.cc: libFuzzer target for the shell-word quoting that every
// value written into a Makefile command goes through
// (lua/kindler/syntax/make.lua, word, on syntax/shell.lua). Any bytes: word
// refuses exactly the values with a line break or a carriage return; for
// any other it returns text without '#', '\n' or '\r' that make, then sh, read back
// as the very value: every '$' doubled for make, the rest one shell word
// (quoted, or safe characters, and the `printf '\043'` that stands for
// '#'). Run by `make fuzz` from the top of the tree, with Lua 5.1.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

extern "C" {
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
}

static lua_State* L = NULL;

// The syntax/make.lua table, loaded once, left at stack index 1.
static void Load() {
  L = luaL_newstate();
  luaL_openlibs(L);
  if (luaL_dostring(L, "package.path = 'lua/?.lua' "
                       "return require 'kindler.syntax.make'") != 0) {
    std::fprintf(stderr, "escape_fuzz: %s (run from the top of the tree)\n",
                 lua_tostring(L, -1));
    std::abort();
  }
}

static bool Safe(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || std::strchr("_./,+=:@%^-", c) != NULL;
}

// What make, then sh, make of `text` as one word; false when it is not
// one word of that form.
static bool Decode(const std::string& text, std::string* out) {
  std::string word;
  for (size_t i = 0; i < text.size(); ++i) {  // make: $$ is $
    if (text[i] == '$') {
      if (i + 1 >= text.size() || text[i + 1] != '$') return false;
      ++i;
    }
    word += text[i];
  }
  static const char kHash[] = "\"`printf '\\043'`\"";
  out->clear();
  for (size_t i = 0; i < word.size();) {
    char c = word[i];
    if (c == '\'') {
      size_t end = word.find('\'', i + 1);
      if (end == std::string::npos) return false;
      out->append(word, i + 1, end - i - 1);
      i = end + 1;
    } else if (c == '\\') {
      if (i + 1 >= word.size()) return false;
      *out += word[i + 1];
      i += 2;
    } else if (c == '"') {
      if (word.compare(i, std::strlen(kHash), kHash) != 0) return false;
      *out += '#';
      i += std::strlen(kHash);
    } else if (Safe(c)) {
      *out += c;
      ++i;
    } else {
      return false;
    }
  }
  return !word.empty();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (!L) Load();
  std::string value(reinterpret_cast<const char*>(data), size);
  lua_getfield(L, 1, "word");
  lua_pushlstring(L, value.data(), value.size());
  if (lua_pcall(L, 1, 1, 0) != 0) std::abort();
  bool line_break = value.find_first_of("\r\n") != std::string::npos;
  if (lua_isnil(L, -1)) {
    if (!line_break) std::abort();
    lua_pop(L, 1);
    return 0;
  }
  if (line_break) std::abort();
  size_t n;
  const char* s = lua_tolstring(L, -1, &n);
  std::string text(s, n);
  lua_pop(L, 1);
  if (text.find_first_of("#\r\n") != std::string::npos) std::abort();
  std::string back;
  if (!Decode(text, &back) || back != value) std::abort();
  return 0;
}
