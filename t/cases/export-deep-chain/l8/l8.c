#include "l8.h"

int l8(void)
{
    return l7() + 1;
}
