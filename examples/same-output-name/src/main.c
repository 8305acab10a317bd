/* main.c: evaluates each argument. */
#include <stdio.h>

#include "calc.h"

int main(int argc, char **argv)
{
    int i, status = 0;

    for (i = 1; i < argc; i++) {
        long v;
        const char *err;
        if (calc_eval(argv[i], &v, &err) == 0) {
            printf("%s = %ld\n", argv[i], v);
        } else {
            printf("%s: %s\n", argv[i], err);
            status = 1;
        }
    }
    return status;
}
