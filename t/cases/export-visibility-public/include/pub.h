#ifndef PUB_H
#define PUB_H
int pub(void);
#endif
