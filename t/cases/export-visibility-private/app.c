#include "secret.h"

int main(void)
{
    return secret() - 42;
}
