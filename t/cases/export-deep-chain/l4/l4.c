#include "l4.h"

int l4(void)
{
    return l3() + 1;
}
