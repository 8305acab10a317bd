/* fmt.c: number formatting. */
#include <stdio.h>
#include <string.h>

#include "fmt.h"

char *fmt_grouped(long v, char *buf, int n)
{
    char digits[32];
    int len, i, o = 0;

    len = sprintf(digits, "%ld", v);
    for (i = 0; i < len && o < n - 2; i++) {
        if (i > 0 && (len - i) % 3 == 0 && digits[i - 1] != '-') buf[o++] = ',';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
    return buf;
}
