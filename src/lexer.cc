/* lexer.cc: tokens of the .kindler grammar, with line and column. */
#include "lexer.h"

#include <cstdio>

static Place MakePlace(int line, int col) {
  Place p;
  p.line = line;
  p.col = col;
  return p;
}

/* Length of the UTF-8 sequence at s[i], or 0 when it is invalid (overlong
** forms, surrogates and code points above U+10FFFF included). */
static size_t Utf8SequenceLength(const std::string& s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t len;
  unsigned long cp;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return 0;
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0;
  return len;
}

/* Why the UTF-8 sequence at s[i] is invalid: the KIN-115 message, which
** names the byte at the reported place. */
static std::string Utf8Problem(const std::string& s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  char buf[112];
  size_t len;
  unsigned long cp;
  if (c < 0xC0) {
    std::sprintf(buf, "invalid UTF-8: stray continuation byte 0x%02X", c);
    return buf;
  }
  if (c <= 0xDF) { len = 2; cp = c & 0x1F; }
  else if (c <= 0xEF) { len = 3; cp = c & 0x0F; }
  else if (c <= 0xF7) { len = 4; cp = c & 0x07; }
  else {
    std::sprintf(buf, "invalid UTF-8: byte 0x%02X never occurs in UTF-8", c);
    return buf;
  }
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= s.size() ||
        (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
      std::sprintf(buf, "invalid UTF-8: the sequence from byte 0x%02X is cut "
                   "short%s", c, i + k >= s.size() ? " by the end of the file"
                                                    : "");
      return buf;
    }
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  if (cp >= 0xD800 && cp <= 0xDFFF)
    std::sprintf(buf, "invalid UTF-8: the sequence from byte 0x%02X encodes "
                 "U+%04lX, a UTF-16 surrogate", c, cp);
  else if (cp > 0x10FFFF)
    std::sprintf(buf, "invalid UTF-8: the sequence from byte 0x%02X encodes "
                 "U+%lX, beyond U+10FFFF", c, cp);
  else
    std::sprintf(buf, "invalid UTF-8: the sequence from byte 0x%02X is an "
                 "overlong form of U+%04lX", c, cp);
  return buf;
}

bool CheckText(const std::string& input, SyntaxError* err) {
  int line = 1, col = 1;
  size_t start = input.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  for (size_t i = start; i < input.size();) {
    if (input[i] == '\0') {
      err->code = "KIN-114";
      err->place = MakePlace(line, col);
      err->message = "NUL byte in file";
      return false;
    }
    size_t len = Utf8SequenceLength(input, i);
    if (len == 0) {
      err->code = "KIN-115";
      err->place = MakePlace(line, col);
      err->message = Utf8Problem(input, i);
      return false;
    }
    if (input[i] == '\n') { ++line; col = 1; }
    else ++col;
    i += len;
  }
  return true;
}

Lexer::Lexer(const std::string& input)
    : in_(input), pos_(0), line_(1), col_(1) {
  if (in_.compare(0, 3, "\xEF\xBB\xBF") == 0)  /* a UTF-8 byte order mark */
    pos_ = 3;
}

const char* Lexer::KindName(TokenKind kind) {
  switch (kind) {
    case TOK_EOF: return "end of file";
    case TOK_LBRACE: return "'{'";
    case TOK_RBRACE: return "'}'";
    case TOK_LBRACKET: return "'['";
    case TOK_RBRACKET: return "']'";
    case TOK_ASSIGN: return "'='";
    case TOK_SEMICOLON: return "';'";
    case TOK_COMMA: return "','";
    case TOK_STRING: return "a string";
    case TOK_BAREWORD: return "a word";
    case TOK_INTEGER: return "a number";
    case TOK_BOOLEAN: return "a boolean";
  }
  return "a token";
}

int Lexer::Peek(size_t ahead) const {
  size_t p = pos_ + ahead;
  return p < in_.size() ? static_cast<unsigned char>(in_[p]) : -1;
}

/* Steps over one character; a multi-byte UTF-8 character is one column. */
void Lexer::Advance() {
  if (in_[pos_] == '\n') { ++line_; col_ = 1; }
  else if ((static_cast<unsigned char>(in_[pos_]) & 0xC0) != 0x80) ++col_;
  ++pos_;
  while (pos_ < in_.size() &&
         (static_cast<unsigned char>(in_[pos_]) & 0xC0) == 0x80)
    ++pos_;
}

Place Lexer::Here() const { return MakePlace(line_, col_); }

bool Lexer::Fail(SyntaxError* err, const char* code, Place place,
                 const std::string& message, const std::string& remedy) {
  err->code = code;
  err->place = place;
  err->message = message;
  err->remedy = remedy;
  return false;
}

bool Lexer::SkipSpaceAndComments(SyntaxError* err) {
  for (;;) {
    int c = Peek(0);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v') {
      Advance();
    } else if (c == '#' || (c == '/' && Peek(1) == '/')) {
      while (pos_ < in_.size() && in_[pos_] != '\n') Advance();
    } else if (c == '/' && Peek(1) == '*') {
      Place start = Here();
      Advance();
      Advance();
      while (!(Peek(0) == '*' && Peek(1) == '/')) {
        if (pos_ >= in_.size())
          return Fail(err, "KIN-113", start, "comment is not closed", "");
        Advance();
      }
      Advance();
      Advance();
    } else {
      return true;
    }
  }
}

static bool IsWordStart(int c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

static bool IsWordChar(int c) {
  return IsWordStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '+' ||
         c == '/' || c == '-';
}

static bool IsDigit(int c) { return c >= '0' && c <= '9'; }

/* True when the word or number being read goes on at the current character:
** a '/' that opens a comment ends it. */
bool Lexer::WordGoesOn() const {
  int c = Peek(0);
  if (c == '/' && (Peek(1) == '/' || Peek(1) == '*'))
    return false;
  return IsWordChar(c);
}

static void AppendUtf8(std::string* out, unsigned long cp) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

static int HexValue(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* escape -> '\' ( '"' | '\' | 'n' | 't' | 'r' | 'u' XXXX ) */
bool Lexer::ReadEscape(std::string* out, SyntaxError* err) {
  Place at = Here();
  Advance();  /* the backslash */
  int c = Peek(0);
  switch (c) {
    case '"': *out += '"'; break;
    case '\\': *out += '\\'; break;
    case 'n': *out += '\n'; break;
    case 't': *out += '\t'; break;
    case 'r': *out += '\r'; break;
    case 'u': {
      unsigned long cp = 0;
      for (size_t k = 1; k <= 4; ++k) {
        int h = HexValue(Peek(k));
        if (h < 0)
          return Fail(err, "KIN-118", at, "\\u needs four hex digits", "");
        cp = cp * 16 + static_cast<unsigned long>(h);
      }
      if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
        return Fail(err, "KIN-118", at, "\\" + in_.substr(pos_, 5) +
                    (cp == 0 ? " is NUL, which a string cannot hold"
                             : " is a UTF-16 surrogate, not a character"), "");
      AppendUtf8(out, cp);
      for (size_t k = 0; k < 4; ++k) Advance();
      break;
    }
    default: {
      size_t len = c < 0 ? 0 : Utf8SequenceLength(in_, pos_);
      std::string shown = c < 0 ? std::string("end of file")
                                 : "\\" + in_.substr(pos_, len ? len : 1);
      return Fail(err, "KIN-118", at, "invalid escape " + shown + " in string",
                  "");
    }
  }
  Advance();
  return true;
}

static std::string ControlMessage(int c) {
  char buf[48];
  std::sprintf(buf, "control character 0x%02X in string", c);
  return buf;
}

/* string -> '"' chars with \" \\ \n \t \r \uXXXX escapes '"'
**        | "'" raw chars, only \' and \\ escaped "'" */
bool Lexer::ReadString(Token* tok, SyntaxError* err) {
  int quote = Peek(0);
  Advance();
  for (;;) {
    int c = Peek(0);
    if (c < 0 || c == '\n')
      return Fail(err, "KIN-111", tok->place, c < 0 ?
                  "string is not closed before the end of the file" :
                  "string is not closed before the end of the line", "");
    if (c == quote) break;
    if (c == '\\' && quote == '"') {
      if (!ReadEscape(&tok->text, err)) return false;
      continue;
    }
    if (c == '\\' && (Peek(1) == '\'' || Peek(1) == '\\')) {
      Advance();
      tok->text += static_cast<char>(Peek(0));
      Advance();
      continue;
    }
    if (c < 0x20 && c != '\t')
      return Fail(err, "KIN-110", Here(), ControlMessage(c), quote == '"' ?
                  "write it as an escape such as \\n or \\t" : "");
    size_t start = pos_;
    Advance();
    tok->text.append(in_, start, pos_ - start);
  }
  Advance();
  tok->kind = TOK_STRING;
  return true;
}

/* integer -> [ '-' ] digit { digit }, at most 2^53 */
bool Lexer::ReadNumber(Token* tok, SyntaxError* err) {
  size_t start = pos_;
  if (Peek(0) == '-') Advance();
  if (!IsDigit(Peek(0)))
    return Fail(err, "KIN-110", tok->place, "expected a digit after '-'", "");
  while (IsDigit(Peek(0))) Advance();
  if (WordGoesOn()) {
    while (WordGoesOn()) Advance();
    return Fail(err, "KIN-119", tok->place,
                "'" + in_.substr(start, pos_ - start) + "' is not a number", "");
  }
  tok->text = in_.substr(start, pos_ - start);
  size_t first = tok->text.find_first_not_of("-0");
  size_t digits = first == std::string::npos ? 0 : tok->text.size() - first;
  if (digits > 16 || (digits == 16 && tok->text.compare(
                          first, 16, "9007199254740992") > 0))
    return Fail(err, "KIN-119", tok->place, "number " + tok->text +
                (tok->text[0] == '-' ? " is smaller than -2^53"
                                     : " is larger than 2^53"), "");
  tok->kind = TOK_INTEGER;
  return true;
}

/* bareword -> [A-Za-z_] [A-Za-z0-9_.+/-]* ; boolean -> true false yes no on off */
void Lexer::ReadBareword(Token* tok) {
  size_t start = pos_;
  while (WordGoesOn()) Advance();
  tok->text = in_.substr(start, pos_ - start);
  const std::string& w = tok->text;
  bool boolean = w == "true" || w == "false" || w == "yes" || w == "no" ||
                 w == "on" || w == "off";
  tok->kind = boolean ? TOK_BOOLEAN : TOK_BAREWORD;
}

bool Lexer::Next(Token* tok, SyntaxError* err) {
  if (!SkipSpaceAndComments(err)) return false;
  tok->place = Here();
  tok->text.clear();
  int c = Peek(0);
  switch (c) {
    case -1: tok->kind = TOK_EOF; return true;
    case '{': tok->kind = TOK_LBRACE; break;
    case '}': tok->kind = TOK_RBRACE; break;
    case '[': tok->kind = TOK_LBRACKET; break;
    case ']': tok->kind = TOK_RBRACKET; break;
    case '=': case ':': tok->kind = TOK_ASSIGN; break;
    case ';': tok->kind = TOK_SEMICOLON; break;
    case ',': tok->kind = TOK_COMMA; break;
    case '"': case '\'': return ReadString(tok, err);
    default:
      if (c == '-' || IsDigit(c)) return ReadNumber(tok, err);
      if (IsWordStart(c)) {
        ReadBareword(tok);
        return true;
      }
      {
        char buf[64];
        if (c >= 0x20 && c < 0x7F)
          std::sprintf(buf, "unexpected character '%c'", c);
        else
          std::sprintf(buf, "unexpected character (byte 0x%02X)", c);
        return Fail(err, "KIN-110", tok->place, buf, "");
      }
  }
  Advance();
  return true;
}
