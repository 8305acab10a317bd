#include "../local.h"
#include "reader.h"

int reader(void)
{
    return LOCAL + READER;
}

int api(void)
{
    return 7;
}
