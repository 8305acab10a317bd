/* one.h: level one of the chain. */
#ifndef ONE_H
#define ONE_H

#include "two.h"

/* Appends "one" to trace, then hands on to the next level. */
int one_step(chain_trace *trace, int value);

#endif
