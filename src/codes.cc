/* codes.cc: the KIN code catalog. Families (kindler-codes(7), DESCRIPTION):
** 1xx structural (fatal), 2xx language and toolchain, 3xx features,
** 4xx packages, 5xx ABI and OS, 6xx linker and runtime, 7xx environment
** (caches, hints, installation: exit status 3), 8xx user modules, 9xx
** advice. */
#include "codes.h"

#include <cctype>
#include <cstring>

static const CodeInfo kCodes[] = {
  /* 1xx: the file or the IR is malformed; nothing is exported. */
  {"KIN-100", SEV_ERROR, "missing project name",
   "The project block must exist and give a non-empty string name.",
   "add `project { name = \"NAME\"; }` to the file"},
  {"KIN-101", SEV_ERROR, "no targets defined",
   "A project needs at least one target: there is nothing to build.",
   "add a block `target \"NAME\" { type = executable; language = c99; sources = [ ... ]; }`"},
  {"KIN-102", SEV_ERROR, "target lacks a required field",
   "Every target must have a name, a type and a language; an executable "
   "or a shared library needs something to link: sources, or deps that "
   "bring its objects; and a target that compiles has no sources when "
   "they sit under a misspelt key (source, sourcs), which is named.",
   "add the missing field to the target"},
  {"KIN-103", SEV_ERROR, "field has the wrong type",
   "A field's value does not have the type the IR schema gives it, for "
   "example a string where a list of strings is expected.",
   "write the value with the type named in the message (see kindler(5))"},
  {"KIN-104", SEV_ERROR, "duplicate target name",
   "Two targets have the same name. Targets are keyed by name, so one would "
   "silently replace the other.",
   "rename one of the targets"},
  {"KIN-105", SEV_ERROR, "duplicate key",
   "A key is given twice in one block. Kindler never lets a later value "
   "silently replace an earlier one.",
   "remove or merge one of the two entries"},
  {"KIN-106", SEV_ERROR, "unknown dependency",
   "A target's deps list names a target that the project does not define.",
   "define the target, or remove it from deps (external libraries go in libs)"},
  {"KIN-107", SEV_ERROR, "dependency cycle",
   "Targets depend on each other in a cycle, so they cannot be ordered for "
   "building or linking.",
   "break the cycle: move the shared code into a library both depend on"},
  {"KIN-108", SEV_ERROR, "invalid value",
   "A field holds a value outside its allowed set, such as an unknown "
   "target type or visibility.",
   "use one of the values listed in the message"},
  {"KIN-109", SEV_ERROR, "target name does not match its block",
   "A target's name field differs from the name its block was given.",
   "drop the name field, or make it equal to the block name"},
  {"KIN-110", SEV_ERROR, "syntax error",
   "The file does not follow the .kindler grammar at this point.",
   "see kindler(5) for the grammar"},
  {"KIN-111", SEV_ERROR, "unterminated string",
   "A string is not closed before the end of its line.",
   "close the string with the quote it was opened with"},
  {"KIN-112", SEV_ERROR, "unterminated block or list",
   "The file ends before a `{` or `[` is closed.",
   "add the missing `}` or `]`"},
  {"KIN-113", SEV_ERROR, "unterminated comment",
   "A `/*` comment is not closed before the end of the file.",
   "close the comment with `*/`"},
  {"KIN-114", SEV_ERROR, "NUL byte in file",
   "The file holds a NUL byte; a .kindler file is text.",
   "remove the NUL byte (the file may be damaged or not a .kindler file)"},
  {"KIN-115", SEV_ERROR, "invalid UTF-8",
   "The file holds a byte sequence that is not valid UTF-8.",
   "save the file as UTF-8"},
  {"KIN-116", SEV_ERROR, "nesting too deep",
   "Blocks and lists are nested deeper than Kindler accepts (100 levels).",
   "flatten the structure"},
  {"KIN-117", SEV_ERROR, "cannot read the project file",
   "The project file does not exist, is a directory, or cannot be read.",
   "give the path of a readable .kindler file with -f"},
  {"KIN-118", SEV_ERROR, "invalid escape in string",
   "A double-quoted string holds an escape other than \\\" \\\\ \\n \\t \\r "
   "or \\uXXXX, or a \\u escape that names no character.",
   "write the character itself, or use a single-quoted raw string"},
  {"KIN-119", SEV_ERROR, "invalid number",
   "A number is malformed or too large. Numbers are whole and at most 2^53.",
   "quote it if it is meant as a string, such as a version \"1.0.2\""},
  {"KIN-120", SEV_ERROR, "two targets make the same file",
   "Two targets' artifacts have the same path in the build directory, or a "
   "target's name is another target's output file, or a name the build "
   "directory keeps for itself (all clean install uninstall test Makefile "
   "kindler-test.sh).",
   "set output_name on one of them"},
  {"KIN-121", SEV_ERROR, "path or value make cannot express",
   "A file or directory name holds white space or one of : # $ = ; ( ) * ? "
   "[ ] { } ! % \\ ' \" ` | & < >, which some make takes for syntax in a "
   "rule; or a flag or "
   "definition holds a line break, which no make can carry in a command.",
   "rename the file or directory, or write the value on one line"},
  {"KIN-122", SEV_ERROR, "name is not a plain file name",
   "A target's name, an output_name or a toolchain's name becomes a file "
   "name in the build directory and a word in every build file: it may hold "
   "letters, digits and _ . + - only, may not begin with . + or -, and has "
   "at most 255 bytes. Nothing else (no '/', no '..', no blank) can reach a "
   "path outside the build directory or a command.",
   "rename the target, or set output_name to a plain file name"},
  {"KIN-123", SEV_ERROR, "command too long for this system",
   "A compile or link command of the Makefile would be longer than the "
   "shell of this system takes in one command (make.max_args in the OS "
   "cache, less 4096 bytes for what is given on make's command line). "
   "Archives of many objects are built in several commands instead, and "
   "a link names its objects in a response file where the compiler reads "
   "one (flag.response_file); other links of that many objects, and "
   "compiles, are refused.",
   "shorten the flags, or split the target into static libraries"},
  {"KIN-124", SEV_ERROR, "file not found",
   "A source, public header, script, manual page, data file or config "
   "header template the project names is not a file in the source tree "
   "(it is missing, misspelt, or a directory), or an include directory "
   "inside the project is not a directory. Kindler reports it at check and "
   "export, at the entry, with the close name that does exist, rather than "
   "leave it to fail the build; generated_sources, which the build makes, "
   "are not looked for (the fixed inputs of the generator that makes one "
   "are).",
   "create the file, or correct its path (relative to the project file)"},
  {"KIN-125", SEV_ERROR, "generated source no generator makes",
   "A name in a target's generated_sources is an output of no registered "
   "generator with fixed inputs, so the build could not make it. Sources "
   "ending .y and .l are listed under sources: the built-in yacc and lex "
   "generators make their C files from them (kindler(5), Generated "
   "sources).",
   "name an output of a generator a module registers, or list the .y or "
   ".l file under sources"},
  {"KIN-126", SEV_ERROR, "source in no known language",
   "A source's ending is neither C's (.c) nor C++'s (.cc .cpp .cxx .C .c++), "
   "nor a language or generator input a loaded module registered, so no "
   "compiler could build it. Headers are not listed among sources: the "
   "compiler finds them.",
   "list only sources to compile, or load a module that registers their "
   "language (kindler-modules(7))"},
  /* 2xx: languages and toolchains. */
  {"KIN-200", SEV_WARNING, "language standard does not match its family",
   "The standard named belongs to another language family, such as "
   "family c with standard c++11.",
   "use a C standard (ansi c89 c99 c11) with family c and a C++ standard "
   "(c++98 c++03 c++11 c++14) with family c++"},
  {"KIN-201", SEV_WARNING, "standard unsupported by the compiler",
   "The bootstrap found no verified flag for this standard on the compiler "
   "chosen for the target.",
   "pick another standard or toolchain, or rerun kindler-bootstrap if the "
   "compiler was upgraded"},
  {"KIN-202", SEV_WARNING, "compiler changed since the bootstrap",
   "The compiler's size, modification time or version differs from what "
   "the bootstrap recorded; its cached flags may no longer be right.",
   "rerun kindler-bootstrap"},
  {"KIN-203", SEV_WARNING, "no cached toolchain for a preference",
   "A toolchain named in a toolchains list or by --toolchain has no cache, "
   "so another is used.",
   "run kindler-bootstrap --compiler NAME, or change the preference"},
  {"KIN-204", SEV_WARNING, "unknown language standard",
   "The standard is not one Kindler 1.0 knows: ansi c89 c99 c11 for C, "
   "c++98 c++03 c++11 c++14 for C++.",
   "use one of the known standards"},
  {"KIN-205", SEV_WARNING, "dialect unsupported by the compiler",
   "The language names a dialect (gnu: the standard with the compiler's "
   "extensions) and the bootstrap found no verified flag for the standard "
   "in that dialect on the compiler chosen for the target; it is compiled "
   "in the strict standard instead. ansi is strict by definition and has "
   "no dialect.",
   "pick another standard or toolchain, define the feature macros the code "
   "needs (such as _POSIX_C_SOURCE), or rerun kindler-bootstrap if the "
   "compiler was upgraded"},
  {"KIN-206", SEV_WARNING, "build type unsupported by the compiler",
   "The build type (kindler export --config) asks the compiler to optimise "
   "or to add debugging information, and its cache holds no verified flag "
   "for that: the build goes on without it.",
   "choose another build type, or rerun kindler-bootstrap if the compiler "
   "was upgraded"},
  {"KIN-207", SEV_WARNING, "unknown dialect",
   "The language's dialect list names a dialect Kindler does not know; it "
   "is ignored. Kindler knows gnu.",
   "write dialect = [ \"gnu\" ]; or drop the dialect"},
  {"KIN-208", SEV_WARNING, "generator program not found by the bootstrap",
   "A target has sources a generator makes C from (a .y file for yacc, a "
   ".l file for lex), and kindler-bootstrap found none of the programs "
   "the OS hint lists for it (tools in kindler-hints(5)): the OS cache "
   "has no tools.lex or tools.yacc. The build files name the program by "
   "its POSIX name, which the build may not find.",
   "install one (Debian: apt-get install flex for lex, bison or byacc for "
   "yacc) and run kindler-bootstrap again, or set LEX or YACC on make's "
   "command line"},
  /* 3xx: features. */
  {"KIN-300", SEV_WARNING, "feature unsupported by the toolchain",
   "A feature the target requests (threads, thread_local, atomics) was not "
   "verified on the chosen compiler by the bootstrap.",
   "choose another toolchain, or drop the feature request"},
  {"KIN-301", SEV_WARNING, "unknown feature",
   "The features map names a feature Kindler does not know.",
   "use one of: threads, thread_local, atomics, pic"},
  /* 4xx: packages. */
  {"KIN-400", SEV_WARNING, "pkg-config package missing",
   "pkg-config has no .pc file for a package named in pkg_config, or not "
   "in the version asked for; the message gives pkg-config's reason. The "
   "package's flags are then left out.",
   "install the package's development files, or set PKG_CONFIG_PATH"},
  {"KIN-410", SEV_WARNING, "facts could not be kept",
   "An export probed facts a config header needs that no facts cache held, "
   "and could not write them into the facts cache of the first directory "
   "of the search path (--cache-dir, else the user's). The header is "
   "written from them all the same; the next export probes them again.",
   "make the directory writable, or run kindler-bootstrap there"},
  {"KIN-411", SEV_WARNING, "template names an undefined macro",
   "A config header's template holds @NAME@ for a NAME that none of the "
   "header's checks and values defines; it is left in the header as it "
   "is.",
   "add NAME to the header's values, or the check that defines it"},
  /* 5xx: ABI and OS. */
  {"KIN-500", SEV_WARNING, "ABI unsupported by the toolchain",
   "The ABI requested is not one the OS hint lists or the compiler can "
   "target.",
   "request an ABI listed by the OS hint"},
  /* 6xx: linker and runtime. */
  {"KIN-600", SEV_WARNING, "run path unsupported",
   "The target asks for runtime_paths but the linker or platform has no "
   "run path support.",
   "install the libraries into the system library path instead"},
  /* 7xx: the environment: caches, hints, the installation. Exit status 3. */
  {"KIN-700", SEV_ERROR, "cache missing",
   "No cache was found for the host system or compiler: kindler-bootstrap "
   "has not been run on this machine, or not for this user.",
   "run kindler-bootstrap --user (or --system as root)"},
  {"KIN-701", SEV_ERROR, "cache damaged",
   "A cache file is truncated, has the wrong magic or a bad checksum.",
   "rerun kindler-bootstrap to rewrite it"},
  {"KIN-702", SEV_ERROR, "cache of another version",
   "A cache file was written by another Kindler version or cache format.",
   "rerun kindler-bootstrap with this version of Kindler"},
  {"KIN-703", SEV_ERROR, "hint changed since the bootstrap",
   "The hint file a cache came from has changed since the cache was written.",
   "rerun kindler-bootstrap to apply the new hint"},
  {"KIN-704", SEV_ERROR, "hint file failed to load",
   "A hint file does not parse, throws, is Lua bytecode, does not return "
   "a table, or breaks the format of kindler-hints(5): an unknown (misspelt) "
   "key, a key of the wrong type, a missing field.",
   "fix the hint file at the place named, or restore it from the release"},
  {"KIN-705", SEV_WARNING, "cache or module file writable by others",
   "A cache file or a module, or a directory above it, can be written by "
   "users other than its owner and root, so anyone could change the flags "
   "it holds or the code it runs. It is ignored.",
   "chmod 0644 the file and 0755 its directory"},
  {"KIN-706", SEV_ERROR, "Kindler installation incomplete",
   "Kindler's Lua modules or hints were not found, or a module is Lua "
   "bytecode, which Kindler refuses to load.",
   "reinstall Kindler, or set KINDLER_HOME to the source tree"},
  {"KIN-707", SEV_ERROR, "cannot write output",
   "An output file or directory could not be written.",
   "check the build directory's permissions and free space"},
  {"KIN-708", SEV_ERROR, "module not found",
   "The project names a module (project.modules) that is in none of the "
   "places modules are looked for: the project's modules/ directory, "
   "~/.config/kindler/modules/ and the installed data directory's "
   "lua/modules/ (for NAME), or beside the project file (for ./PATH). "
   "`kindler module list` shows what is found where.",
   "install the module in one of those places, or correct its name"},
  {"KIN-790", SEV_ERROR, "internal error in Kindler's Lua code",
   "A Lua module of Kindler's own raised an error. This is a bug in Kindler.",
   "report it with the input that caused it"},
  /* 8xx: user modules (kindler-modules(7)); the run stops, nothing is
  ** written. */
  {"KIN-801", SEV_ERROR, "module raised an error",
   "A user module does not load (a syntax error, Lua bytecode), raised an "
   "error, or ran into one (calling a function that does not exist, "
   "indexing nil), while loading or in a hook. The message names the "
   "module, the hook and the line.",
   "fix the module at the place named, or remove it from the project's modules"},
  {"KIN-802", SEV_ERROR, "module passed or returned a wrong value",
   "A user module called a function of its kindler table with a wrong "
   "argument, or a hook returned what its kind of hook does not return "
   "(an exporter's files not a table of texts, a toolchain resolver naming "
   "no cached compiler).",
   "see kindler-modules(7) for what the hook takes and returns"},
  {"KIN-803", SEV_ERROR, "module ran past its budget",
   "A user module ran more instructions or CPU time in one call than a "
   "module may (50 million instructions, 10 seconds): a loop that does not "
   "end, most likely. It was stopped.",
   "make the module's work end sooner"},
  {"KIN-804", SEV_ERROR, "module tried what modules may not",
   "A user module reached for io, os, require, load or debug, tried to "
   "change the IR or the build plan it was handed (they are read-only), or "
   "returned a file to write outside the build directory. Modules write "
   "files only as an exporter's results, inside the build directory, and "
   "run programs only as generators, at build time.",
   "see kindler-modules(7), THE SANDBOX, for what a module may do"},
  {"KIN-810", SEV_ERROR, "error reported by a module",
   "A user module's validator found the project wrong. The message names "
   "the module; the place is the project file's.",
   "follow the module's advice, or see its documentation"},
  /* 9xx: advice and best practice. */
  {"KIN-900", SEV_ADVICE, "empty list",
   "A list is given but empty; it has no effect.",
   "remove the empty list, or fill it"},
  {"KIN-901", SEV_WARNING, "unknown key",
   "A key is not part of the IR schema and is ignored.",
   "check the spelling against kindler(5)"},
  {"KIN-902", SEV_WARNING, "deprecated key",
   "A key is an old spelling; its value is used under the new name.",
   "rename the key as the message says"},
  {"KIN-903", SEV_WARNING, "target has no sources",
   "An executable or library target lists no sources, so its build fails "
   "or produces an empty artifact.",
   "list the target's sources, or make it header-only"},
  {"KIN-904", SEV_WARNING, "header-only target has sources",
   "A header-only target compiles nothing, so its sources are ignored.",
   "move the sources to a library target, or drop them"},
  {"KIN-905", SEV_WARNING, "name outside POSIX's portable file name set",
   "A file name in the Makefile's rules (a source, a header, a target, or "
   "the source directory's path from the build directory) holds a "
   "character other than letters, digits, . _ - and /, such as the + of "
   "a Debian source tree (foo-1.0+dfsg). A strict POSIX make such as "
   "pdpmake refuses the Makefile; GNU make, bmake and the Sun and IRIX "
   "makes take it. Reported once an export, with the count and the first.",
   "rename the files; for the source directory, export into a build "
   "directory inside it (-B build), where the Makefile calls it '..'"},
  {"KIN-910", SEV_WARNING, "warning from a module",
   "A user module's validator warns about the project. The message names "
   "the module; the place is the project file's.",
   "follow the module's advice, or see its documentation"},
  {NULL, SEV_ERROR, NULL, NULL, NULL}
};

const CodeInfo* FindCode(const char* code) {
  for (const CodeInfo* c = kCodes; c->code; ++c)
    if (std::strcmp(c->code, code) == 0)
      return c;
  return NULL;
}

const CodeInfo* FindCodeAsWritten(const char* text) {
  /* "KIN-" in any case, or nothing, before the three digits. */
  const char* digits = text;
  if (std::strlen(text) == 7 && std::toupper(static_cast<unsigned char>(text[0])) == 'K' &&
      std::toupper(static_cast<unsigned char>(text[1])) == 'I' &&
      std::toupper(static_cast<unsigned char>(text[2])) == 'N' && text[3] == '-')
    digits = text + 4;
  if (std::strlen(digits) != 3)
    return NULL;
  for (int i = 0; i < 3; ++i)
    if (!std::isdigit(static_cast<unsigned char>(digits[i])))
      return NULL;
  char code[8] = "KIN-";
  std::strcat(code, digits);
  return FindCode(code);
}

const CodeInfo* AllCodes() { return kCodes; }

bool IsEnvironmentCode(const char* code) {
  return std::strncmp(code, "KIN-7", 5) == 0;
}
