#ifndef L5_H
#define L5_H
#include "l4.h"
int l5(void);
#endif
