/* codes.h: the KIN code catalog, the one source for diagnostics,
** `kindler explain` and the kindler-codes(7) page. */
#ifndef KINDLER_CODES_H
#define KINDLER_CODES_H

#include "diag.h"

struct CodeInfo {
  const char* code;         /* "KIN-100" */
  Severity severity;
  const char* title;        /* one line, lower case */
  const char* explanation;  /* what it means, a few sentences */
  const char* remedy;       /* the default fix, or "" */
};

/* NULL when the code is not in the catalog. */
const CodeInfo* FindCode(const char* code);
/* The same for a code as a person writes it: KIN-901, kin-901 or 901. */
const CodeInfo* FindCodeAsWritten(const char* text);
/* The catalog, in code order; terminated by an entry with code NULL. */
const CodeInfo* AllCodes();
/* Environment errors (KIN-7xx) end a run with exit status 3. */
bool IsEnvironmentCode(const char* code);

#endif
