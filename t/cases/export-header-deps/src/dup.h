#ifndef DUP_H
#define DUP_H
#define DUP 2
#endif
