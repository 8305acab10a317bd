# greeting.c starts to include a new header: later changes to that header
# must be seen (step 4).
cat >include/punct.h <<'EOH'
/* punct.h: the greeting's closing punctuation. */
#define PUNCT "!"
EOH
cat >src/greeting.c <<'EOC'
/* greeting.c: prints a greeting; GREETING comes from project.config. */
#include <stdio.h>

#include "greet.h"
#include "punct.h"

void greet(const char *name)
{
    printf("%s, %s" PUNCT "\n", GREETING, name);
}
EOC
