/* two.h: level two of the chain. */
#ifndef TWO_H
#define TWO_H

#include "three.h"

/* Appends "two" to trace, then hands on to the next level. */
int two_step(chain_trace *trace, int value);

#endif
