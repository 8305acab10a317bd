/* fmt.h: number formatting, private to the library. */
#ifndef FMT_H
#define FMT_H

/* Writes v with thousands separated by commas into buf (of size n). */
char *fmt_grouped(long v, char *buf, int n);

#endif
