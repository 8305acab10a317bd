/* vendor/extensions/cmark-gfm-core-extensions.h: ours, not cmark-gfm's.
 * Upstream cmark-gfm keeps the parser in src/ and the extensions in
 * extensions/, and src/main.c includes "../extensions/...h". The npm
 * package copies both into one flat directory, vendor/cmark/, and keeps
 * that #include line, which then names a file the package lacks. This
 * header restores the path; the real one is in vendor/cmark/. */
#include "../cmark/cmark-gfm-core-extensions.h"
