/* convert.c: converts a few lengths; its own UNITS_SYSTEM wins. It also
** checks the facts of the library's config header against this machine. */
#include <stdio.h>

#include "units.h"
#include "units_config.h"

static const char *yes(int v) { return v ? "yes" : "no"; }

static int has_absent_header(void)
{
#ifdef HAVE_KINDLER_ABSENT_H
    return 1;
#else
    return 0;
#endif
}

static int big_endian(void)
{
#ifdef WORDS_BIGENDIAN
    return 1;
#else
    return 0;
#endif
}

int main(void)
{
    static const double cm[] = { 2.54, 30.48, 100 };
    unsigned i;

    int one = 1;

    printf("config: %s; unistd.h %s, kindler/absent.h %s, strtod %s\n",
           yes(UNITS_CONFIGURED), yes(HAVE_UNISTD_H), yes(has_absent_header()),
           yes(HAVE_STRTOD));
    printf("config: sizes agree %s, byte order agrees %s\n",
           yes(SIZEOF_LONG == sizeof(long) && SIZEOF_VOID_P == sizeof(void *)),
           yes(big_endian() == (*(char *)&one == 0)));
    printf("library: %s, program: %s\n", units_system(), UNITS_SYSTEM);
    for (i = 0; i < sizeof cm / sizeof cm[0]; i++)
        printf("%g cm = %.*f in\n", cm[i], UNITS_PRECISION, units_to_inches(cm[i]));
    return 0;
}
