#include <stdio.h>
#include <string.h>

int main(void)
{
    int bad = 0;
    bad |= strcmp(SPACES, "a  b c") != 0;
    bad |= strcmp(SQUOTE, "it's") != 0;
    bad |= strcmp(DQUOTE, "say \"hi\"") != 0;
    bad |= strcmp(DOLLARS, "$HOME $(CC) ${X} $$") != 0;
    bad |= strcmp(BACKSLASH, "back\\slash") != 0;
    bad |= strcmp(SEMI, "a;b|c&d") != 0;
    bad |= NUMBER != 42;
    printf("%s|%s|%s|%s|%s|%s|%d%s\n", SPACES, SQUOTE, DQUOTE, DOLLARS,
           BACKSLASH, SEMI, NUMBER, "" EMPTY);
    return bad;
}
