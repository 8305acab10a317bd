/* diag.h: one path for every diagnostic, from the parser, the Lua stages and
** the caches. A diagnostic has a KIN code, a place, a message and a remedy. */
#ifndef KINDLER_DIAG_H
#define KINDLER_DIAG_H

#include <cstdio>
#include <string>
#include <vector>

enum Severity { SEV_ADVICE, SEV_WARNING, SEV_ERROR };

struct Diagnostic {
  std::string code;      /* "KIN-200" */
  Severity severity;
  std::string file;      /* empty when the diagnostic has no file */
  int line;              /* 0 when unknown */
  int col;
  std::string message;
  std::string remedy;    /* empty when there is none */
};

/* Collects diagnostics; prints them sorted by place, stable within a place. */
class DiagSink {
 public:
  DiagSink();
  /* Severity comes from the code's catalog entry. An empty remedy takes the
  ** catalog's default remedy. */
  void Report(const std::string& code, const std::string& file, int line,
              int col, const std::string& message, const std::string& remedy);
  void Print(FILE* out, bool quiet);
  bool HasErrors() const;        /* any error: structural or environment */
  bool HasEnvironmentErrors() const;
  bool HasWarnings() const;
  int ExitStatus(bool warnings_are_errors) const;
  size_t Count() const { return diags_.size(); }
  const Diagnostic& At(size_t i) const { return diags_[i]; }

 private:
  std::vector<Diagnostic> diags_;
};

/* The name that stands first in diagnostics with no file ("kindler"). */
void SetDiagnosticProgram(const char* name);

/* The compiler form: "file:line:col: warning KIN-200: message". */
std::string FormatDiagnostic(const Diagnostic& d);

#endif
