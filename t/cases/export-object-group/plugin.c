#include "common.h"

int plugin_run(void)
{
    log_line("plugin");
    return twice(1);
}
