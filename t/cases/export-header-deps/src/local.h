#ifndef LOCAL_H
#define LOCAL_H
#include "api.h"
#define LOCAL 1
#endif
