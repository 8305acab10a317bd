#include <stdio.h>
#include "local.h"
#include "dup.h"
#include <proj/config.h>
#if 0
#include "not-there.h"
#endif

int main(void)
{
    printf("%d %d %d\n", LOCAL, DUP, CONFIG);
    return api() - 7;
}
