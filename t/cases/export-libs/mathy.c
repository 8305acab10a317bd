#include <math.h>

double mathy(double x)
{
    return sqrt(x);
}
