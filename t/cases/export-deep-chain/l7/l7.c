#include "l7.h"

int l7(void)
{
    return l6() + 1;
}
