/* main.c: greets the world, or whoever is named on the command line. */
#include "greet.h"

int main(int argc, char **argv)
{
    greet(argc > 1 ? argv[1] : "world");
    return 0;
}
