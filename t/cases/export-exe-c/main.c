#include <stdio.h>
#include "msg.h"

int main(void)
{
    printf("%s\n", MSG);
    return 0;
}
