/* demo.c: uses the header-only vector library. */
#include <stdio.h>

#include <vec/vec.h>

#include "report.h"

int main(void)
{
    vec a = { { 1, 2, 3 } }, b = { { 4, 5, 6 } };
    vec c = vec_add(a, b);

    printf("%s, %d dimensions\n", VEC_NAME, VEC_DIM);
    report("a.b", vec_dot(a, b));
    report("(a+b).z", c.v[2]);
    report("|a+b|^2", vec_dot(c, c));
    return 0;
}
