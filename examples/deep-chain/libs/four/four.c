/* four.c: level four: records itself, transforms value, calls the next. */
#include "four.h"

int four_step(chain_trace *trace, int value)
{
    const char *name = "four ";

    while (*name != '\0') trace->text[trace->len++] = *name++;
    return five_step(trace, value + 1);
}
