/* two.c: level two: records itself, transforms value, calls the next. */
#include "two.h"

int two_step(chain_trace *trace, int value)
{
    const char *name = "two ";

    while (*name != '\0') trace->text[trace->len++] = *name++;
    return three_step(trace, value + 1);
}
