/* show.h: prints a macro's name and the string it expands to. */
#ifndef SHOW_H
#define SHOW_H

#include <stdio.h>

#define SHOW_STR(x) #x
#define SHOW_XSTR(x) SHOW_STR(x)

/* NAME=[value] for a macro that expands to a string literal. */
#define SHOW(m) printf("%s=[%s]\n", #m, m)

/* NAME=[replacement text] for any macro. */
#define SHOW_TEXT(m) printf("%s=[%s]\n", #m, SHOW_XSTR(m))

#endif
