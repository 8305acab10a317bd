/* three.c: level three: records itself, transforms value, calls the next. */
#include "table.h"
#include "three.h"

int three_step(chain_trace *trace, int value)
{
    const char *name = "three ";

    while (*name != '\0') trace->text[trace->len++] = *name++;
    return four_step(trace, value + table_lookup(value));
}
