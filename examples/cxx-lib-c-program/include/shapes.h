/* shapes.h: a C interface to a C++ registry of shapes. */
#ifndef SHAPES_H
#define SHAPES_H

#ifdef __cplusplus
extern "C" {
#endif

/* Adds a shape: kind is "square", "rect" or "circle"; returns its index,
   or -1 when the kind is unknown or a size is negative. */
int shapes_add(const char *kind, double a, double b);

/* The number of shapes added so far. */
int shapes_count(void);

/* The description of shape i ("rect 2x3") in buf of size n; returns buf. */
char *shapes_describe(int i, char *buf, int n);

/* The area of shape i, or -1 when there is no such shape. */
double shapes_area(int i);

/* The sum of every shape's area. */
double shapes_total(void);

/* Forgets every shape. */
void shapes_clear(void);

#ifdef __cplusplus
}
#endif

#endif
