/* units.c: length conversions; UNITS_SYSTEM comes from project.config. */
#include "units.h"

double units_to_inches(double cm)
{
    return cm / 2.54;
}

const char *units_system(void)
{
    return UNITS_SYSTEM;
}
