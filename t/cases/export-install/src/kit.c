#include "kit/kit.h"

kit_int kit(void)
{
    return 0;
}
