#ifndef GREET_HPP
#define GREET_HPP
#include <string>
std::string greet();
int count();
#endif
