#include <string.h>

int extra(void);

int main(void)
{
    return strcmp(NAME, "my app") + extra();
}
