/* check.c: the library's test. Each line of the file named by argv[1] is
** "N SUM": foo_sum(N) must be SUM. Exits 0 when every line holds, 1 when
** one does not, 2 when the file cannot be read. The call count is
** checked with assert(), which the default build type keeps. */
#include <assert.h>
#include <stdio.h>

#include "foo.h"

int main(int argc, char **argv)
{
    FILE *f;
    int n, lines = 0, wrong = 0;
    long sum;

    if (argc != 2 || (f = fopen(argv[1], "r")) == NULL) {
        fprintf(stderr, "usage: check FILE (a readable file of \"N SUM\" lines)\n");
        return 2;
    }
    while (fscanf(f, "%d %ld", &n, &sum) == 2) {
        lines++;
        if (foo_sum(n) != sum) {
            printf("foo_sum(%d) is not %ld\n", n, sum);
            wrong++;
        }
    }
    fclose(f);
    assert(foo_calls() == lines);
    return wrong ? 1 : 0;
}
