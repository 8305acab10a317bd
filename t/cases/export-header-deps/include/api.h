#ifndef API_H
#define API_H
#include "detail/impl.h"
int api(void);
#endif
