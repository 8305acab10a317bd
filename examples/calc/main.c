/* main.c: calc reads expressions from standard input, or the one its
   arguments make, and prints each result. */
#include <stdio.h>
#include <string.h>

int yyparse(void);

int main(int argc, char **argv)
{
    if (argc > 1) {
        /* The arguments, joined by blanks, are the one line to read. */
        FILE *line = tmpfile();
        int i;
        extern FILE *yyin;
        if (line == NULL) {
            perror("calc: tmpfile");
            return 2;
        }
        for (i = 1; i < argc; i++)
            fprintf(line, "%s%s", argv[i], i + 1 < argc ? " " : "\n");
        rewind(line);
        yyin = line;
    }
    return yyparse() == 0 ? 0 : 1;
}
