#ifndef L1_H
#define L1_H
int l1(void);
#endif
