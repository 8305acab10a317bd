/* six.h: level six of the chain. */
#ifndef SIX_H
#define SIX_H

#include <stddef.h>

/* The trace buffer every level appends to. */
typedef struct { char text[128]; size_t len; } chain_trace;

/* Appends "six" to trace: the bottom of the chain. */
int six_step(chain_trace *trace, int value);

#endif
