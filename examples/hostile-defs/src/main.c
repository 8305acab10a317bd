/* main.c: prints every hostile definition. */
#include "show.h"

int main(void)
{
    SHOW(SPACES);
    SHOW(DQUOTES);
    SHOW(SQUOTES);
    SHOW(DOLLARS);
    SHOW(MAKEVAR);
    SHOW(HASHES);
    SHOW(BACKSLASHES);
    SHOW(PERCENT);
    SHOW(SHELLMETA);
    SHOW(UTF8);
    printf("CHAR_BACKSLASH=[%c]\n", CHAR_BACKSLASH);
    printf("CHAR_QUOTE=[%c]\n", CHAR_QUOTE);
    printf("NUMBER=[%d]\n", NUMBER);
    printf("NEGATIVE=[%d]\n", NEGATIVE);
    printf("EXPR=[%d]\n", EXPR);
    SHOW_TEXT(EMPTY);
    return 0;
}
