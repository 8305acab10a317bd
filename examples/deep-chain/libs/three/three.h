/* three.h: level three of the chain. */
#ifndef THREE_H
#define THREE_H

#include "four.h"

/* Appends "three" to trace, then hands on to the next level. */
int three_step(chain_trace *trace, int value);

#endif
