/* one.c: level one: records itself, transforms value, calls the next. */
#include "one.h"

int one_step(chain_trace *trace, int value)
{
    const char *name = "one ";

    trace->len = 0;
    while (*name != '\0') trace->text[trace->len++] = *name++;
    return two_step(trace, value + 1);
}
