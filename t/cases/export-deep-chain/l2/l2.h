#ifndef L2_H
#define L2_H
#include "l1.h"
int l2(void);
#endif
