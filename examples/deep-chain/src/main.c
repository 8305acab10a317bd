/* main.c: the top of the chain. Only one.h is included; the rest of the
   headers, and SIX_BASE, arrive through the public dependencies. */
#include <stdio.h>

#include "one.h"

int main(void)
{
    chain_trace trace;
    int result = one_step(&trace, 1);

    printf("trace: %s\n", trace.text);
    printf("result: %d (SIX_BASE %d)\n", result, SIX_BASE);
    return 0;
}
