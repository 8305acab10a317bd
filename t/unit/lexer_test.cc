// lexer_test.cc: tokens, strings and escapes, numbers, comments, places,
// and CheckText's NUL and UTF-8 checks (src/lexer.cc).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lexer.h"
#include "testutil.h"

using testutil::Printable;

namespace {

struct Lexed {
  bool ok;
  std::vector<Token> toks;  // up to and including TOK_EOF when ok
  SyntaxError err;
};

// The Lexer keeps a reference to its input: `input` must outlive it, which
// it does here (the caller's string).
Lexed LexAll(const std::string& input) {
  Lexed r;
  r.ok = false;
  Lexer lexer(input);
  for (int guard = 0; guard < 100000; ++guard) {
    Token t;
    if (!lexer.Next(&t, &r.err)) return r;
    r.toks.push_back(t);
    if (t.kind == TOK_EOF) {
      r.ok = true;
      return r;
    }
  }
  return r;  // no EOF: the lexer loops
}

// The single token of `input` (plus EOF); fails the test otherwise.
Token One(const std::string& input) {
  Lexed r = LexAll(input);
  INFO("input: " << Printable(input) << "  error: " << r.err.code << " "
                 << Printable(r.err.message));
  REQUIRE(r.ok);
  REQUIRE(r.toks.size() == 2);
  REQUIRE(r.toks[1].kind == TOK_EOF);
  return r.toks[0];
}

// Lexes input expecting an error; returns it.
SyntaxError Err(const std::string& input) {
  Lexed r = LexAll(input);
  INFO("input: " << Printable(input));
  REQUIRE_FALSE(r.ok);
  return r.err;
}

std::string Str(const std::string& input) {
  Token t = One(input);
  REQUIRE(t.kind == TOK_STRING);
  return t.text;
}

bool CheckFails(const std::string& input, SyntaxError* err) {
  return !CheckText(input, err);
}

}  // namespace

TEST_CASE("lexer: every punctuation token, with places", "[lexer]") {
  std::string in = "{ } [ ] = : ; ,";
  Lexed r = LexAll(in);
  REQUIRE(r.ok);
  const TokenKind want[] = {TOK_LBRACE,    TOK_RBRACE, TOK_LBRACKET,
                            TOK_RBRACKET,  TOK_ASSIGN, TOK_ASSIGN,
                            TOK_SEMICOLON, TOK_COMMA,  TOK_EOF};
  REQUIRE(r.toks.size() == 9);
  for (size_t i = 0; i < 9; ++i) {
    CAPTURE(i);
    CHECK(r.toks[i].kind == want[i]);
    CHECK(r.toks[i].place.line == 1);
    if (i < 8) CHECK(r.toks[i].place.col == static_cast<int>(2 * i + 1));
  }
  // EOF sits just past the last character.
  CHECK(r.toks[8].place.col == 16);
}

TEST_CASE("lexer: empty and blank input give only EOF at 1:1 or after",
          "[lexer]") {
  Lexed r = LexAll("");
  REQUIRE(r.ok);
  REQUIRE(r.toks.size() == 1);
  CHECK(r.toks[0].kind == TOK_EOF);
  CHECK(r.toks[0].place.line == 1);
  CHECK(r.toks[0].place.col == 1);

  r = LexAll(" \t\r\n\f\v\n");
  REQUIRE(r.ok);
  REQUIRE(r.toks.size() == 1);
  CHECK(r.toks[0].place.line == 3);
}

TEST_CASE("lexer: KindName names every kind", "[lexer]") {
  for (int k = TOK_EOF; k <= TOK_BOOLEAN; ++k) {
    std::string name = Lexer::KindName(static_cast<TokenKind>(k));
    CAPTURE(k);
    CHECK_FALSE(name.empty());
    CHECK(name != "a token");
  }
}

TEST_CASE("lexer: double-quoted strings and every escape", "[lexer]") {
  CHECK(Str("\"abc\"") == "abc");
  CHECK(Str("\"\"") == "");
  CHECK(Str("\"a b\tc\"") == "a b\tc");  // a literal tab is allowed
  CHECK(Str("\"\\\"\"") == "\"");
  CHECK(Str("\"\\\\\"") == "\\");
  CHECK(Str("\"\\n\"") == "\n");
  CHECK(Str("\"\\t\"") == "\t");
  CHECK(Str("\"\\r\"") == "\r");
  CHECK(Str("\"x\\\"y\\\\z\\n\\t\\r!\"") == "x\"y\\z\n\t\r!");
  // A quote in the middle of a double-quoted string is plain.
  CHECK(Str("\"it's\"") == "it's");
  // UTF-8 text passes through unchanged.
  CHECK(Str("\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"") ==
        "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80");
}

TEST_CASE("lexer: \\uXXXX escapes give 1-, 2- and 3-byte UTF-8", "[lexer]") {
  CHECK(Str("\"\\u0041\"") == "A");
  CHECK(Str("\"\\u0001\"") == "\x01");
  CHECK(Str("\"\\u007F\"") == "\x7F");
  CHECK(Str("\"\\u0080\"") == "\xC2\x80");
  CHECK(Str("\"\\u00e9\"") == "\xC3\xA9");  // lower-case hex
  CHECK(Str("\"\\u00E9\"") == "\xC3\xA9");  // upper-case hex
  CHECK(Str("\"\\u07FF\"") == "\xDF\xBF");
  CHECK(Str("\"\\u0800\"") == "\xE0\xA0\x80");
  CHECK(Str("\"\\u20AC\"") == "\xE2\x82\xAC");
  CHECK(Str("\"\\uD7FF\"") == "\xED\x9F\xBF");
  CHECK(Str("\"\\uE000\"") == "\xEE\x80\x80");
  CHECK(Str("\"\\uFFFF\"") == "\xEF\xBF\xBF");
  CHECK(Str("\"a\\u0041b\\u00e9c\"") == "aAb\xC3\xA9" "c");
  // Only four digits belong to the escape.
  CHECK(Str("\"\\u00411\"") == "A1");
}

TEST_CASE("lexer: rejected escapes are KIN-118 at the backslash",
          "[lexer]") {
  struct Case {
    const char* input;
    int col;
  } cases[] = {
      {"x = \"ab\\x41\"", 8},      // \x
      {"x = \"\\a\"", 6},          // \a
      {"x = \"\\'\"", 6},          // \' is a raw-string escape only
      {"x = \"\\u00\"", 6},        // \u with two digits
      {"x = \"\\u12G4\"", 6},      // \u with a non-hex digit
      {"x = \"\\u", 6},            // \u at the end of the input
      {"x = \"\\u0000\"", 6},      // NUL
      {"x = \"\\uD800\"", 6},      // high surrogate
      {"x = \"\\udbff\"", 6},      // high surrogate, lower case
      {"x = \"\\uDC00\"", 6},      // low surrogate
      {"x = \"\\uDFFF\"", 6},      // low surrogate
      {"x = \"ok\\u0041\\q\"", 14},
  };
  for (const Case& c : cases) {
    SyntaxError e = Err(c.input);
    std::string input = Printable(c.input), message = Printable(e.message);
    CAPTURE(input, message);
    CHECK(e.code == "KIN-118");
    CHECK(e.place.line == 1);
    CHECK(e.place.col == c.col);
    CHECK_FALSE(e.message.empty());
  }
  // A backslash at the very end of the input.
  SyntaxError e = Err("\"abc\\");
  CHECK(e.code == "KIN-118");
  CHECK(e.place.col == 5);
}

TEST_CASE("lexer: an invalid escape of a non-ASCII character gives a "
          "message that is valid UTF-8",
          "[lexer]") {
  // "\é": the message quotes the escape; quoting only the lead byte of é
  // puts a broken UTF-8 sequence into the diagnostic.
  SyntaxError e = Err("\"\\\xC3\xA9\"");
  CHECK(e.code == "KIN-118");
  SyntaxError utf8;
  std::string message = Printable(e.message);
  CAPTURE(message);
  CHECK(CheckText(e.message, &utf8));
}

TEST_CASE("lexer: raw single-quoted strings", "[lexer]") {
  CHECK(Str("'abc'") == "abc");
  CHECK(Str("''") == "");
  CHECK(Str("'a\\'b'") == "a'b");
  CHECK(Str("'a\\\\b'") == "a\\b");
  // Other backslashes are kept as written.
  CHECK(Str("'C:\\dir\\n'") == "C:\\dir\\n");
  CHECK(Str("'\\u0041'") == "\\u0041");
  CHECK(Str("'say \"hi\"'") == "say \"hi\"");
}

TEST_CASE("lexer: unterminated strings are KIN-111 at the opening quote",
          "[lexer]") {
  SyntaxError e = Err("a = \"abc");
  CHECK(e.code == "KIN-111");
  CHECK(e.place.line == 1);
  CHECK(e.place.col == 5);

  e = Err("a = 1\n  b = \"abc\n\"");
  CHECK(e.code == "KIN-111");
  CHECK(e.place.line == 2);
  CHECK(e.place.col == 7);

  e = Err("'raw");
  CHECK(e.code == "KIN-111");
  CHECK(e.place.col == 1);

  e = Err("'raw\\'");  // the escaped quote does not close it
  CHECK(e.code == "KIN-111");
}

TEST_CASE("lexer: control characters in strings are KIN-110", "[lexer]") {
  SyntaxError e = Err("\"ab\x01\"");
  CHECK(e.code == "KIN-110");
  CHECK(e.place.col == 4);
  e = Err("'a\rb'");
  CHECK(e.code == "KIN-110");
  CHECK(e.place.col == 3);
}

TEST_CASE("lexer: barewords with . + / - characters", "[lexer]") {
  const char* words[] = {"abc",        "_x",         "src/main.c",
                         "c++11",      "a-b",        "x.y+z/w-v_0",
                         "Z9",         "a/b/c",      "lib.so.1",
                         "True",       "yes2",       "on_off",
                         "offline",    "nope"};
  for (const char* w : words) {
    Token t = One(w);
    CAPTURE(w);
    CHECK(t.kind == TOK_BAREWORD);
    CHECK(t.text == w);
  }
  // A bareword stops at anything else.
  Lexed r = LexAll("abc;def,ghi=jkl}");
  REQUIRE(r.ok);
  REQUIRE(r.toks.size() == 9);
  CHECK(r.toks[0].text == "abc");
  CHECK(r.toks[2].text == "def");
  CHECK(r.toks[4].text == "ghi");
  CHECK(r.toks[6].text == "jkl");
  CHECK(r.toks[7].kind == TOK_RBRACE);
}

TEST_CASE("lexer: booleans", "[lexer]") {
  const char* words[] = {"true", "false", "yes", "no", "on", "off"};
  for (const char* w : words) {
    Token t = One(w);
    CAPTURE(w);
    CHECK(t.kind == TOK_BOOLEAN);
    CHECK(t.text == w);
  }
  CHECK(One("\"true\"").kind == TOK_STRING);
}

TEST_CASE("lexer: integers, negative ones and the 2^53 limit", "[lexer]") {
  const char* good[] = {"0",  "7",  "42", "-7", "-0", "1234567890",
                        "9007199254740992", "-9007199254740992",
                        "999999999999999"};
  for (const char* n : good) {
    Token t = One(n);
    CAPTURE(n);
    CHECK(t.kind == TOK_INTEGER);
    CHECK(t.text == n);
  }
  struct Bad {
    const char* input;
    int col;
  } bad[] = {
      {"9007199254740993", 1},   {"-9007199254740993", 1},
      {"9999999999999999", 1},   {"12345678901234567", 1},
      {"x = 1.0", 5},            {"x = -1.5", 5},
      {"x = 1e5", 5},            {"x = 12abc", 5},
      {"x = 0x10", 5},           {"x = 1.0.2", 5},
  };
  for (const Bad& b : bad) {
    SyntaxError e = Err(b.input);
    std::string message = Printable(e.message);
    CAPTURE(b.input, message);
    CHECK(e.code == "KIN-119");
    CHECK(e.place.line == 1);
    CHECK(e.place.col == b.col);
  }
  // A lone '-' is no number.
  SyntaxError e = Err("x = -");
  CHECK(e.code == "KIN-110");
  CHECK(e.place.col == 5);
  e = Err("x = -a");
  CHECK(e.code == "KIN-110");
}

TEST_CASE("lexer: leading zeros do not make a small number too large",
          "[lexer]") {
  // 00000000000000001 is 1, far below 2^53, but has 17 digits; the lexer
  // compares digit counts and reports "larger than 2^53".
  Lexed r = LexAll("00000000000000001");
  INFO("error: " << r.err.code << " " << Printable(r.err.message));
  CHECK(r.ok);
}

TEST_CASE("lexer: comments of three kinds", "[lexer]") {
  Lexed r = LexAll("# hash comment\n// slash comment\n/* block\n comment */ a"
                   " /**/ b /* x * / y ** */ c /* /* not nested */ d # end");
  REQUIRE(r.ok);
  REQUIRE(r.toks.size() == 5);
  CHECK(r.toks[0].text == "a");
  CHECK(r.toks[0].place.line == 4);
  CHECK(r.toks[0].place.col == 13);
  CHECK(r.toks[1].text == "b");
  CHECK(r.toks[2].text == "c");
  CHECK(r.toks[3].text == "d");
  CHECK(r.toks[4].kind == TOK_EOF);

  // A comment right after a token, and a comment at the end without newline.
  r = LexAll("x=1#c\ny=2 //c");
  REQUIRE(r.ok);
  REQUIRE(r.toks.size() == 7);
  CHECK(r.toks[3].text == "y");
  CHECK(r.toks[3].place.line == 2);

  // Not nested: the first */ ends the comment.
  SyntaxError e = Err("/* /* */ */");
  CHECK(e.code == "KIN-110");
  CHECK(e.place.col == 10);
}

TEST_CASE("lexer: a comment may follow a number or a word directly",
          "[lexer]") {
  // kindler(5): comments may appear between any two tokens. A number or a
  // bareword swallows the '/' of a following "/*" or "//" (it is a word
  // character), so the comment is not seen: "2/*" is KIN-119 "'2/' is not
  // a number", "executable/*" is the word "executable/" and then '*' is
  // KIN-110.
  const char* inputs[] = {"n = 2/* two */;", "n = 2// two",
                          "t = executable/* kind */;"};
  for (const char* in : inputs) {
    Lexed r = LexAll(in);
    std::string message = Printable(r.err.message);
    CAPTURE(in, r.err.code, message);
    CHECK(r.ok);
    if (r.ok) {
      REQUIRE(r.toks.size() >= 4);
      CHECK((r.toks[2].text == "2" || r.toks[2].text == "executable"));
    }
  }
}

TEST_CASE("lexer: an unterminated comment is KIN-113 at its opening",
          "[lexer]") {
  SyntaxError e = Err("a = 1;\n  /* never\n closed");
  CHECK(e.code == "KIN-113");
  CHECK(e.place.line == 2);
  CHECK(e.place.col == 3);

  e = Err("/*");
  CHECK(e.code == "KIN-113");
  CHECK(e.place.line == 1);
  CHECK(e.place.col == 1);

  e = Err("/* almost *");
  CHECK(e.code == "KIN-113");
  e = Err("/*/");
  CHECK(e.code == "KIN-113");
}

TEST_CASE("lexer: unexpected characters are KIN-110 at their place",
          "[lexer]") {
  SyntaxError e = Err("a = @");
  CHECK(e.code == "KIN-110");
  CHECK(e.place.col == 5);
  CHECK(e.message.find('@') != std::string::npos);
  e = Err("a /b");
  CHECK(e.code == "KIN-110");
  CHECK(e.place.col == 3);
  e = Err("\n\n  \xC3\xA9");  // a non-ASCII character outside a string
  CHECK(e.code == "KIN-110");
  CHECK(e.place.line == 3);
  CHECK(e.place.col == 3);
}

TEST_CASE("lexer: lines and columns, UTF-8 characters count as one column",
          "[lexer]") {
  Lexed r = LexAll("a\n  b\n\tc\r\nd");
  REQUIRE(r.ok);
  REQUIRE(r.toks.size() == 5);
  CHECK(r.toks[0].place.line == 1);
  CHECK(r.toks[0].place.col == 1);
  CHECK(r.toks[1].place.line == 2);
  CHECK(r.toks[1].place.col == 3);
  CHECK(r.toks[2].place.line == 3);
  CHECK(r.toks[2].place.col == 2);  // a tab is one column
  CHECK(r.toks[3].place.line == 4);  // \r\n is one line break
  CHECK(r.toks[3].place.col == 1);

  // "é" is 2 bytes, "€" 3, "😀" 4: one column each.
  r = LexAll("\"\xC3\xA9\" x \"\xE2\x82\xAC\xE2\x82\xAC\" y "
             "'\xF0\x9F\x98\x80' z");
  REQUIRE(r.ok);
  REQUIRE(r.toks.size() == 7);
  CHECK(r.toks[1].text == "x");
  CHECK(r.toks[1].place.col == 5);
  CHECK(r.toks[3].text == "y");
  CHECK(r.toks[3].place.col == 12);
  CHECK(r.toks[5].text == "z");
  CHECK(r.toks[5].place.col == 18);

  // In a comment too.
  r = LexAll("/* \xC3\xA9\xC3\xA9 */ w");
  REQUIRE(r.ok);
  CHECK(r.toks[0].place.col == 10);

  // An error after non-ASCII text on the same line.
  SyntaxError e = Err("\"\xE2\x82\xAC\" \"\\x\"");
  CHECK(e.code == "KIN-118");
  CHECK(e.place.col == 6);
}

TEST_CASE("lexer: a UTF-8 byte order mark is skipped", "[lexer]") {
  Lexed r = LexAll("\xEF\xBB\xBF" "abc = 1");
  REQUIRE(r.ok);
  REQUIRE(r.toks.size() == 4);
  CHECK(r.toks[0].kind == TOK_BAREWORD);
  CHECK(r.toks[0].text == "abc");
  CHECK(r.toks[0].place.line == 1);
  CHECK(r.toks[0].place.col == 1);
  CHECK(r.toks[2].place.col == 7);

  r = LexAll("\xEF\xBB\xBF");
  REQUIRE(r.ok);
  CHECK(r.toks.size() == 1);

  // Only at the start: elsewhere it is an unexpected character.
  SyntaxError e = Err("a \xEF\xBB\xBF");
  CHECK(e.code == "KIN-110");
  CHECK(e.place.col == 3);
}

TEST_CASE("CheckText: valid text passes", "[lexer][checktext]") {
  SyntaxError e;
  CHECK(CheckText("", &e));
  CHECK(CheckText("plain ascii\n\ttext\r\n", &e));
  CHECK(CheckText("\xC2\x80 \xDF\xBF \xE0\xA0\x80 \xED\x9F\xBF \xEE\x80\x80"
                  " \xEF\xBF\xBF \xF0\x90\x80\x80 \xF4\x8F\xBF\xBF",
                  &e));
  CHECK(CheckText("\xEF\xBB\xBF" "a", &e));
}

TEST_CASE("CheckText: a NUL byte is KIN-114 at its place",
          "[lexer][checktext]") {
  SyntaxError e;
  REQUIRE(CheckFails(std::string("ab\0c", 4), &e));
  CHECK(e.code == "KIN-114");
  CHECK(e.place.line == 1);
  CHECK(e.place.col == 3);

  REQUIRE(CheckFails(std::string("a\n\xC3\xA9\xC3\xA9\0", 7), &e));
  CHECK(e.code == "KIN-114");
  CHECK(e.place.line == 2);
  CHECK(e.place.col == 3);

  REQUIRE(CheckFails(std::string("\0", 1), &e));
  CHECK(e.code == "KIN-114");
  CHECK(e.place.col == 1);
}

TEST_CASE("CheckText: invalid UTF-8 forms are KIN-115 at their place",
          "[lexer][checktext]") {
  struct Case {
    std::string input;
    int line, col;
    const char* byte;
  } cases[] = {
      {"ab\xC0\x80", 1, 3, "0xC0"},              // overlong NUL, 2 bytes
      {"\xC1\xBF", 1, 1, "0xC1"},                // overlong, 2 bytes
      {"x\n\xE0\x80\x80", 2, 1, "0xE0"},         // overlong, 3 bytes
      {"\xE0\x9F\xBF", 1, 1, "0xE0"},            // overlong U+07FF
      {"\xF0\x8F\xBF\xBF", 1, 1, "0xF0"},        // overlong U+FFFF
      {"a\xED\xA0\x80", 1, 2, "0xED"},           // surrogate U+D800
      {"\xED\xBF\xBF", 1, 1, "0xED"},            // surrogate U+DFFF
      {"\xF4\x90\x80\x80", 1, 1, "0xF4"},        // U+110000
      {"\xF5\x80\x80\x80", 1, 1, "0xF5"},        // beyond Unicode
      {"\xFF", 1, 1, "0xFF"},
      {"abc\x80", 1, 4, "0x80"},                 // lone continuation
      {"\xC3\xA9\xBF", 1, 2, "0xBF"},            // one continuation too many
      {"\xC3" "a", 1, 1, "0xC3"},                // lead without continuation
      {"\xE2\x82" "a", 1, 1, "0xE2"},            // short sequence mid-text
      {"ok\n\xE2\x82", 2, 1, "0xE2"},            // truncated at the end
      {"\xF0\x9F\x98", 1, 1, "0xF0"},            // truncated at the end
      {"\xC3", 1, 1, "0xC3"},                    // truncated at the end
  };
  for (const Case& c : cases) {
    SyntaxError e;
    CAPTURE(c.byte, c.line, c.col);
    REQUIRE(CheckFails(c.input, &e));
    std::string message = Printable(e.message);
    CAPTURE(message);
    CHECK(e.code == "KIN-115");
    CHECK(e.place.line == c.line);
    CHECK(e.place.col == c.col);
    CHECK(e.message.find(c.byte) != std::string::npos);
  }
}

TEST_CASE("CheckText: columns after a byte order mark match the lexer's",
          "[lexer][checktext]") {
  // The lexer skips a BOM without counting a column, so the first character
  // after it is at 1:1. CheckText counts the BOM as a character: a NUL or a
  // bad byte right after it is reported at 1:2, one column off.
  SyntaxError e;
  REQUIRE(CheckFails(std::string("\xEF\xBB\xBF\0", 4), &e));
  CHECK(e.code == "KIN-114");
  CHECK(e.place.col == 1);
  REQUIRE(CheckFails("\xEF\xBB\xBF" "ab\x80", &e));
  CHECK(e.code == "KIN-115");
  CHECK(e.place.col == 3);
}
