/* five.h: level five of the chain. */
#ifndef FIVE_H
#define FIVE_H

#include "six.h"

/* Appends "five" to trace, then hands on to the next level. */
int five_step(chain_trace *trace, int value);

#endif
