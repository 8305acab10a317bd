#include "greet.hpp"

int count()
{
    return 3;
}
