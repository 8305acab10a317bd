#include "l5.h"

int l5(void)
{
    return l4() + 1;
}
