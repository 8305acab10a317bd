#ifndef COMMON_H
#define COMMON_H
void log_line(const char *s);
int twice(int x);
#endif
