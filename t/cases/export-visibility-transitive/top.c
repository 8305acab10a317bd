#include "mid.h"
#include "wall.h"

int main(void)
{
    return mid() + wall() - LOW - MID - 1;
}
