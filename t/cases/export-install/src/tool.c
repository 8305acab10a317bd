#include <kit/kit.h>

int main(void)
{
    return (int)kit();
}
