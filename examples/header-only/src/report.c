/* report.c: prints labelled numbers; knows nothing of vectors. */
#include <stdio.h>

#include "report.h"

void report(const char *label, double value)
{
    printf("%-8s %g\n", label, value);
}
