#include "p.h"
#include "t.h"
#include "s.h"

int main(void)
{
    return P + T + S + (LEVEL - 2);
}
