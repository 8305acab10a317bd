#ifndef KEY_H
#define KEY_H
#define KEY SECRET_KEY
#endif
