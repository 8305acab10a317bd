/* foo.h: the foo library, built both static and shared. */
#ifndef FOO_H
#define FOO_H

/* How this copy of the library was built: "static" or "shared". */
const char *foo_build(void);

/* The sum of 1..n, counted by the library. */
long foo_sum(int n);

/* How many times foo_sum ran in this process: state kept in the library. */
int foo_calls(void);

#endif
