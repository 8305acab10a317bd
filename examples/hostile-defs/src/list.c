/* list.c: prints the definitions given in list form. */
#include "show.h"

int main(void)
{
    printf("FLAG=[%d]\n", FLAG);
    SHOW(EQUALS);
    SHOW(LIST_SPACES);
    SHOW(LIST_HASH);
    return 0;
}
