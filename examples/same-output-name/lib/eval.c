/* eval.c: a recursive-descent evaluator over the lexer. */
#include <stddef.h>

#include "calc.h"
#include "lexer.h"

static const char *failure;

static long expr(struct lexer *lx);

static long primary(struct lexer *lx)
{
    long v = 0;

    if (lx->tok == T_NUM) {
        v = lx->num;
        lex_next(lx);
    } else if (lx->tok == T_MINUS) {
        lex_next(lx);
        v = -primary(lx);
    } else if (lx->tok == T_OPEN) {
        lex_next(lx);
        v = expr(lx);
        if (lx->tok != T_CLOSE) failure = "missing )";
        lex_next(lx);
    } else if (failure == NULL) {
        failure = "number expected";
    }
    return v;
}

static long term(struct lexer *lx)
{
    long v = primary(lx);

    while (lx->tok == T_STAR || lx->tok == T_SLASH) {
        enum token op = lx->tok;
        long r;
        lex_next(lx);
        r = primary(lx);
        if (op == T_STAR) v *= r;
        else if (r == 0) failure = "division by zero";
        else v /= r;
    }
    return v;
}

static long expr(struct lexer *lx)
{
    long v = term(lx);

    while (lx->tok == T_PLUS || lx->tok == T_MINUS) {
        enum token op = lx->tok;
        lex_next(lx);
        v = op == T_PLUS ? v + term(lx) : v - term(lx);
    }
    return v;
}

int calc_eval(const char *text, long *result, const char **err)
{
    struct lexer lx;

    lx.p = text;
    failure = NULL;
    lex_next(&lx);
    *result = expr(&lx);
    if (failure == NULL && lx.tok != T_END) failure = "trailing input";
    *err = failure;
    return failure ? -1 : 0;
}
