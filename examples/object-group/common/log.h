/* log.h: one-line messages tagged with the program's name. */
#ifndef LOG_H
#define LOG_H

/* Sets the tag printed before each message. */
void log_init(const char *tag);

/* Prints "tag: text" and a newline on standard output. */
void log_line(const char *text);

#endif
