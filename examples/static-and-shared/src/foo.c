/* foo.c: the library's functions. FOO_BUILD is defined per target. */
#include <stdio.h>

#include "fmt.h"
#include "foo.h"

static int calls;

const char *foo_build(void)
{
    return FOO_BUILD;
}

long foo_sum(int n)
{
    long s = 0;
    char buf[32];
    int i;

    calls++;
    for (i = 1; i <= n; i++) s += i;
    printf("foo_sum(%d) = %s\n", n, fmt_grouped(s, buf, sizeof buf));
    return s;
}

int foo_calls(void)
{
    return calls;
}
