/* lexer.h: tokens of an expression; private to the library. */
#ifndef LEXER_H
#define LEXER_H

enum token { T_END, T_NUM, T_PLUS, T_MINUS, T_STAR, T_SLASH, T_OPEN, T_CLOSE, T_BAD };

struct lexer {
    const char *p;
    enum token tok;
    long num;
};

/* Reads the next token into lx->tok (and lx->num for a number). */
void lex_next(struct lexer *lx);

#endif
