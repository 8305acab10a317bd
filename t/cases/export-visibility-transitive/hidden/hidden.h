#ifndef HIDDEN_H
#define HIDDEN_H
int hidden(void);
#endif
