/* main.c: prints what the modules of demo.kindler made: a value from
   preprocessed assembly (asm), the version a generator wrote from
   VERSION (tools/stamp.lua), and whether a normalizer's default flag
   (modules/defaults.lua) reached the compile. */
#include <stdio.h>

extern int answer;
extern const char version[];

int main(void) {
#ifdef DEMO_NORMALIZED
    const char *normalized = "yes";
#else
    const char *normalized = "no";
#endif
    printf("answer %d, version %s, normalized %s\n", answer, version, normalized);
    return 0;
}
