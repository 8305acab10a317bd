/* strutil.h: small string helpers. */
#ifndef STRUTIL_H
#define STRUTIL_H

/* Copies src into dst (of size n), upper-cased; returns dst. */
char *str_upper(char *dst, const char *src, unsigned n);

/* The number of words (runs of non-blank characters) in s. */
int str_words(const char *s);

#endif
