#ifndef L8_H
#define L8_H
#include "l7.h"
int l8(void);
#endif
