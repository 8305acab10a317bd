#include "odd name.h"

int main(void)
{
    return ODD;
}
