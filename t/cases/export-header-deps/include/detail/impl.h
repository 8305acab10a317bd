#ifndef IMPL_H
#define IMPL_H
#include "api.h"
#define IMPL 1
#endif
