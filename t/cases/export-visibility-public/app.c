#include "pub.h"

int main(void)
{
    return pub() - USE_PUB + (PUB_LEVEL - 4);
}
