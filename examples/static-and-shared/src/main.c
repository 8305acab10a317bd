/* main.c: uses whichever foo it was linked to, and says which. */
#include <stdio.h>

#include "foo.h"

int main(void)
{
    foo_sum(10);
    foo_sum(10000);
    printf("%s foo, %d calls\n", foo_build(), foo_calls());
    return 0;
}
