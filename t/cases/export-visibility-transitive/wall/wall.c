#include "wall.h"

int hidden(void); /* hidden.h is out of reach: hidden is private */

int wall(void)
{
    return hidden();
}
