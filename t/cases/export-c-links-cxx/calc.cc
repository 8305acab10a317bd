#include <vector>
#include "calc.h"

extern "C" int calc_sum(int a, int b)
{
    std::vector<int> v;
    v.push_back(a);
    v.push_back(b);
    return v[0] + v[1];
}
