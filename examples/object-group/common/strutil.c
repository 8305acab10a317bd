/* strutil.c: small string helpers. */
#include <ctype.h>

#include "strutil.h"

char *str_upper(char *dst, const char *src, unsigned n)
{
    unsigned i;

    for (i = 0; i + 1 < n && src[i] != '\0'; i++)
        dst[i] = (char)toupper((unsigned char)src[i]);
    dst[i] = '\0';
    return dst;
}

int str_words(const char *s)
{
    int words = 0, in_word = 0;

    for (; *s != '\0'; s++) {
        if (isspace((unsigned char)*s)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }
    return words;
}
