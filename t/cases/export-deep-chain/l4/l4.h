#ifndef L4_H
#define L4_H
#include "l3.h"
int l4(void);
#endif
