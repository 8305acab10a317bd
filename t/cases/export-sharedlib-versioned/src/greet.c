#include "greet.h"

const char *greeting(void)
{
    return "hello, shared world";
}
