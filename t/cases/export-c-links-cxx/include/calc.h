#ifndef CALC_H
#define CALC_H
#ifdef __cplusplus
extern "C" {
#endif
int calc_sum(int a, int b);
#ifdef __cplusplus
}
#endif
#endif
