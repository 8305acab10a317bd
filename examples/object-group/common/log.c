/* log.c: tagged messages. */
#include <stdio.h>

#include "log.h"

static const char *log_tag = "?";

void log_init(const char *tag)
{
    log_tag = tag;
}

void log_line(const char *text)
{
    printf("%s: %s\n", log_tag, text);
}
