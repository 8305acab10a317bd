#include "l2.h"

int l2(void)
{
    return l1() + 1;
}
