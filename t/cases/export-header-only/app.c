#include "minmax.h"

int main(void)
{
    return MIN(3, 0) + MAX(-1, 0);
}
