#ifndef SECRET_H
#define SECRET_H
int secret(void);
#endif
