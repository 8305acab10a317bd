/* convert.c: converts a few lengths; its own UNITS_SYSTEM wins. */
#include <stdio.h>

#include "units.h"

int main(void)
{
    static const double cm[] = { 2.54, 30.48, 100 };
    unsigned i;

    printf("library: %s, program: %s\n", units_system(), UNITS_SYSTEM);
    for (i = 0; i < sizeof cm / sizeof cm[0]; i++)
        printf("%g cm = %.*f in\n", cm[i], UNITS_PRECISION, units_to_inches(cm[i]));
    return 0;
}
