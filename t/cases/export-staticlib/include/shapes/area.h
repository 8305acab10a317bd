#ifndef SHAPES_AREA_H
#define SHAPES_AREA_H
long area(long w, long h);
long perimeter(long w, long h);
#endif
