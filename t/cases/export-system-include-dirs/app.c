#include "mine.h"
#include <vendor.h>

int main(void)
{
    return MINE + VENDOR;
}
