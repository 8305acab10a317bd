#include <iostream>
#include "greet.hpp"

int main()
{
    std::cout << greet() << " " << count() << std::endl;
    return 0;
}
