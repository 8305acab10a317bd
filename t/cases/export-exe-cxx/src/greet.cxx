#include "greet.hpp"

std::string greet()
{
    return "hello";
}
