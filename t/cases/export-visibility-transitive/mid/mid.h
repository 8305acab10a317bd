#ifndef MID_H
#define MID_H
#include "low.h"
int mid(void);
#endif
