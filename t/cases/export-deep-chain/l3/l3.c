#include "l3.h"

int l3(void)
{
    return l2() + 1;
}
