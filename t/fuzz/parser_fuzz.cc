// parser_fuzz.cc: libFuzzer target for the .kindler parser (src/parser.cc,
// src/lexer.cc). Any bytes: ParseText either returns a document with a
// root object and no error, or no root and exactly one KIN-1xx error;
// never a crash, a hang or a sanitizer report. Built and run by `make fuzz`.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "diag.h"
#include "document.h"
#include "parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  Document doc;
  doc.path = "fuzz.kindler";
  DiagSink diags;
  bool ok = ParseText(text, &doc, &diags);
  if (ok != (doc.root != NULL)) std::abort();
  if (ok && diags.HasErrors()) std::abort();
  if (!ok) {
    if (diags.Count() != 1) std::abort();
    const Diagnostic& d = diags.At(0);
    if (d.code.compare(0, 5, "KIN-1") != 0 || d.severity != SEV_ERROR)
      std::abort();
  }
  return 0;
}
