#include "common.h"

int main(void)
{
    log_line("tool");
    return twice(0);
}
