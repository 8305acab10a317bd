#ifndef L6_H
#define L6_H
#include "l5.h"
int l6(void);
#endif
