#include "calc.h"

int cshared(void)
{
    return calc_sum(1, -1);
}
