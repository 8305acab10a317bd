#include "l6.h"

int l6(void)
{
    return l5() + 1;
}
