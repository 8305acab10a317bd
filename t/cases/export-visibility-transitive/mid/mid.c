#include "mid.h"

int mid(void)
{
    return low() + MID;
}
