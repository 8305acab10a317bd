/* greet.h: the greeting library's interface. */
#ifndef GREET_H
#define GREET_H

/* Writes "GREETING, NAME!" and a newline to standard output. */
void greet(const char *name);

#endif
