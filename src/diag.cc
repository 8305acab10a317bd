/* diag.cc: collecting, ordering and printing diagnostics. */
#include "diag.h"

#include <algorithm>
#include <sstream>

#include "codes.h"

DiagSink::DiagSink() {}

void DiagSink::Report(const std::string& code, const std::string& file,
                      int line, int col, const std::string& message,
                      const std::string& remedy) {
  Diagnostic d;
  const CodeInfo* info = FindCode(code.c_str());
  d.code = code;
  d.severity = info ? info->severity : SEV_ERROR;
  d.file = file;
  d.line = line;
  d.col = col;
  d.message = message;
  d.remedy = remedy.empty() && info ? info->remedy : remedy;
  diags_.push_back(d);
}

/* Orders by file, then line, then column; std::stable_sort keeps the order
** of reports within one place. */
static bool ComesBefore(const Diagnostic& a, const Diagnostic& b) {
  if (a.file != b.file)
    return a.file < b.file;
  if (a.line != b.line)
    return a.line < b.line;
  return a.col < b.col;
}

static const char* SeverityName(Severity s) {
  switch (s) {
    case SEV_ADVICE: return "advice";
    case SEV_WARNING: return "warning";
    case SEV_ERROR: break;
  }
  return "error";
}

static const char* program_name = "kindler";

void SetDiagnosticProgram(const char* name) { program_name = name; }

std::string FormatDiagnostic(const Diagnostic& d) {
  std::ostringstream out;
  out << (d.file.empty() ? program_name : d.file);
  if (d.line > 0)
    out << ':' << d.line << ':' << d.col;
  out << ": " << SeverityName(d.severity) << ' ' << d.code << ": "
      << d.message << '\n';
  if (!d.remedy.empty())
    out << "    remedy: " << d.remedy << '\n';
  return out.str();
}

void DiagSink::Print(FILE* out, bool quiet) {
  std::stable_sort(diags_.begin(), diags_.end(), ComesBefore);
  for (size_t i = 0; i < diags_.size(); ++i) {
    if (quiet && diags_[i].severity != SEV_ERROR)
      continue;
    std::string text = FormatDiagnostic(diags_[i]);
    fputs(text.c_str(), out);
  }
  fflush(out);
}

bool DiagSink::HasErrors() const {
  for (size_t i = 0; i < diags_.size(); ++i)
    if (diags_[i].severity == SEV_ERROR)
      return true;
  return false;
}

bool DiagSink::HasEnvironmentErrors() const {
  for (size_t i = 0; i < diags_.size(); ++i)
    if (diags_[i].severity == SEV_ERROR &&
        IsEnvironmentCode(diags_[i].code.c_str()))
      return true;
  return false;
}

bool DiagSink::HasWarnings() const {
  for (size_t i = 0; i < diags_.size(); ++i)
    if (diags_[i].severity == SEV_WARNING)
      return true;
  return false;
}

int DiagSink::ExitStatus(bool warnings_are_errors) const {
  if (HasEnvironmentErrors())
    return 3;
  if (HasErrors() || (warnings_are_errors && HasWarnings()))
    return 1;
  return 0;
}
