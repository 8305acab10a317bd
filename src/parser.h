/* parser.h: reads a .kindler file into a Document (kindler(5)).
** Parsing stops at the first error, which becomes one KIN-1xx diagnostic. */
#ifndef KINDLER_PARSER_H
#define KINDLER_PARSER_H

#include <string>

#include "diag.h"
#include "document.h"

/* Deepest nesting of blocks and lists the parser accepts. */
enum { kMaxNesting = 100 };

/* Parses text already read from doc->path. On success doc->root is the
** top-level object; on failure it is NULL and a diagnostic was reported. */
bool ParseText(const std::string& text, Document* doc, DiagSink* diags);

/* Reads doc->path and parses it; an unreadable file is KIN-117. */
bool ParseFile(Document* doc, DiagSink* diags);

#endif
