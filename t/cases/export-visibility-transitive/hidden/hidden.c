#include "hidden.h"

int hidden(void)
{
    return HIDDEN;
}
