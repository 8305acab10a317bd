/* lexer.h: splits a .kindler file into tokens (kindler(5)). The input
** must first pass CheckText: no NUL byte, valid UTF-8. Lines and columns
** count from 1; a column counts UTF-8 characters, not bytes. */
#ifndef KINDLER_LEXER_H
#define KINDLER_LEXER_H

#include <string>

#include "document.h"

enum TokenKind {
  TOK_EOF, TOK_LBRACE, TOK_RBRACE, TOK_LBRACKET, TOK_RBRACKET,
  TOK_ASSIGN, TOK_SEMICOLON, TOK_COMMA,
  TOK_STRING, TOK_BAREWORD, TOK_INTEGER, TOK_BOOLEAN
};

struct Token {
  TokenKind kind;
  Place place;
  std::string text;  /* STRING: the decoded value; BAREWORD, INTEGER, BOOLEAN: as written */
};

/* What went wrong and where: the parser turns it into a diagnostic. */
struct SyntaxError {
  std::string code;
  Place place;
  std::string message;
  std::string remedy;
};

/* Finds the first NUL byte or invalid UTF-8 sequence. */
bool CheckText(const std::string& input, SyntaxError* err);

class Lexer {
 public:
  explicit Lexer(const std::string& input);
  /* Reads the next token; false with *err filled on a lexical error. */
  bool Next(Token* tok, SyntaxError* err);
  static const char* KindName(TokenKind kind);

 private:
  bool SkipSpaceAndComments(SyntaxError* err);
  bool ReadString(Token* tok, SyntaxError* err);
  bool ReadNumber(Token* tok, SyntaxError* err);
  void ReadBareword(Token* tok);
  bool WordGoesOn() const;
  bool ReadEscape(std::string* out, SyntaxError* err);
  int Peek(size_t ahead) const;
  void Advance();
  Place Here() const;
  bool Fail(SyntaxError* err, const char* code, Place place,
            const std::string& message, const std::string& remedy);

  const std::string& in_;
  size_t pos_;
  int line_;
  int col_;
};

#endif
