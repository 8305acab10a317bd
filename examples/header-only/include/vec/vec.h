/* vec/vec.h: fixed-size vectors as static inline functions. */
#ifndef VEC_VEC_H
#define VEC_VEC_H

#include "config.h"

typedef struct { vec_scalar v[VEC_DIM]; } vec;

static inline vec vec_add(vec a, vec b)
{
    int i;
    for (i = 0; i < VEC_DIM; i++) a.v[i] += b.v[i];
    return a;
}

static inline vec_scalar vec_dot(vec a, vec b)
{
    vec_scalar s = 0;
    int i;
    for (i = 0; i < VEC_DIM; i++) s += a.v[i] * b.v[i];
    return s;
}

#endif
