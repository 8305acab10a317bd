/* units.h: length conversions. */
#ifndef UNITS_H
#define UNITS_H

/* Inches in cm centimetres. */
double units_to_inches(double cm);

/* The system the library was built for: UNITS_SYSTEM as it saw it. */
const char *units_system(void);

#endif
