#include "calc.h"

int main(void)
{
    return calc_sum(2, -2);
}
