/* lexer.c: splits an expression into tokens. */
#include <ctype.h>

#include "lexer.h"

void lex_next(struct lexer *lx)
{
    while (*lx->p == ' ') lx->p++;
    if (isdigit((unsigned char)*lx->p)) {
        lx->num = 0;
        while (isdigit((unsigned char)*lx->p)) lx->num = lx->num * 10 + (*lx->p++ - '0');
        lx->tok = T_NUM;
        return;
    }
    switch (*lx->p) {
    case '\0': lx->tok = T_END; return;
    case '+': lx->tok = T_PLUS; break;
    case '-': lx->tok = T_MINUS; break;
    case '*': lx->tok = T_STAR; break;
    case '/': lx->tok = T_SLASH; break;
    case '(': lx->tok = T_OPEN; break;
    case ')': lx->tok = T_CLOSE; break;
    default: lx->tok = T_BAD; break;
    }
    lx->p++;
}
