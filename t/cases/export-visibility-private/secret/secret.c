#include "key.h"

int secret(void)
{
    return KEY;
}
