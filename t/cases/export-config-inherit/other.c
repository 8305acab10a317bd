#include "p.h"

int main(void)
{
    return P + (LEVEL - 1);
}
