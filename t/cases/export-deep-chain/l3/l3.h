#ifndef L3_H
#define L3_H
#include "l2.h"
int l3(void);
#endif
