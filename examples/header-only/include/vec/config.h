/* vec/config.h: the vector's settings; VEC_DIM and VEC_NAME come from the
   build (the vec target's definitions). */
#ifndef VEC_CONFIG_H
#define VEC_CONFIG_H

#ifndef VEC_DIM
#error "VEC_DIM is not defined: the vec target's definitions did not arrive"
#endif
#ifndef VEC_NAME
#error "VEC_NAME is not defined"
#endif

typedef double vec_scalar;

#endif
