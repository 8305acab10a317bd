#include "l8.h"

int main(void)
{
    return l8() - 8;
}
