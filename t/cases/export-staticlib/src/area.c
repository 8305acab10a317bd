#include "shapes/area.h"

long area(long w, long h)
{
    return w * h;
}
