#ifndef MSG_H
#define MSG_H
#define MSG "hello from exe-c"
#endif
