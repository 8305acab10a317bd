/* count.c: counts the words of each argument, and the most in one. */
#include <stdio.h>

#include <minmax.h>

#include "log.h"

int str_words(const char *s);   /* from the common objects; no header on purpose */

int main(int argc, char **argv)
{
    char buf[64];
    int i, most = 0;

    log_init("count");
    for (i = 1; i < argc; i++) {
        int n = str_words(argv[i]);
        sprintf(buf, "%d words", n);
        log_line(buf);
        most = MM_MAX(most, n);
    }
    sprintf(buf, "at most %d", most);
    log_line(buf);
    return 0;
}
