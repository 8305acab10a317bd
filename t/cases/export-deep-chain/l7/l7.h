#ifndef L7_H
#define L7_H
#include "l6.h"
int l7(void);
#endif
