#ifndef KIT_H
#define KIT_H
#include "sub/types.h"
kit_int kit(void);
#endif
