/* minmax.h: a vendored helper, compiled as a system header (quiet). */
#ifndef MINMAX_H
#define MINMAX_H

#define MM_MAX(a, b) ((a) > (b) ? (a) : (b))

#endif
