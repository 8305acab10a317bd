/* main.c: a C program that uses the C++ shapes library through its C API. */
#include <stdio.h>

#include "shapes.h"

int main(void)
{
    char buf[64];
    int i;

    shapes_add("square", 2, 0);
    shapes_add("rect", 2, 3.5);
    shapes_add("circle", 1, 0);
    if (shapes_add("hexagon", 1, 1) != -1 || shapes_add("rect", -1, 1) != -1) {
        puts("error: a bad shape was accepted");
        return 1;
    }
    for (i = 0; i < shapes_count(); i++)
        printf("%d: %s, area %g\n", i, shapes_describe(i, buf, sizeof buf),
               shapes_area(i));
    printf("total area %g\n", shapes_total());
    shapes_clear();
    printf("after clear: %d shapes\n", shapes_count());
    return 0;
}
