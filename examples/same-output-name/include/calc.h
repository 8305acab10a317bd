/* calc.h: evaluates integer expressions with + - * / and parentheses. */
#ifndef CALC_H
#define CALC_H

/* Evaluates text into *result; returns 0, or -1 with a message in err. */
int calc_eval(const char *text, long *result, const char **err);

#endif
