/* explain.h: `kindler explain`: the catalog for people, as text or as the
** kindler-codes(7) page. */
#ifndef KINDLER_EXPLAIN_H
#define KINDLER_EXPLAIN_H

#include <cstdio>
#include <string>

/* Prints one code's entry; false when the code is unknown. */
bool ExplainCode(const std::string& code, FILE* out);
/* Prints every code's one-line title. */
void ListCodes(FILE* out);
/* Prints the kindler-codes(7) man page. */
void PrintCodesPage(FILE* out);

#endif
