#include "pub.h"

int pub(void)
{
    return USE_PUB;
}
