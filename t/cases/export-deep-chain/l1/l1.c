#include "l1.h"

int l1(void)
{
    return 1;
}
