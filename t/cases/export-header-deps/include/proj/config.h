#ifndef CONFIG_H
#define CONFIG_H
#include <stddef.h>
#define CONFIG 3
#endif
