#include "low.h"

int low(void)
{
    return LOW;
}
