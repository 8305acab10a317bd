/* four.h: level four of the chain. */
#ifndef FOUR_H
#define FOUR_H

#include "five.h"

/* Appends "four" to trace, then hands on to the next level. */
int four_step(chain_trace *trace, int value);

#endif
