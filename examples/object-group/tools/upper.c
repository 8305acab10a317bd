/* upper.c: prints each argument upper-cased. */
#include "log.h"
#include "strutil.h"

int main(int argc, char **argv)
{
    char buf[128];
    int i;

    log_init("upper");
    for (i = 1; i < argc; i++) log_line(str_upper(buf, argv[i], sizeof buf));
    return 0;
}
