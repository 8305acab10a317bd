// registry.cc: the extern "C" API over the shape classes.
#include <cstring>
#include <stdexcept>

#include "shape.hh"
#include "shapes.h"

namespace shapes {

std::vector<Shape *> &registry()
{
    static std::vector<Shape *> all;
    return all;
}

}

using shapes::registry;

extern "C" int shapes_add(const char *kind, double a, double b)
{
    try {
        registry().push_back(shapes::make(kind, a, b));
    } catch (const std::invalid_argument &) {
        return -1;
    }
    return static_cast<int>(registry().size()) - 1;
}

extern "C" int shapes_count(void)
{
    return static_cast<int>(registry().size());
}

extern "C" char *shapes_describe(int i, char *buf, int n)
{
    std::string text = i >= 0 && i < shapes_count() ? registry()[i]->describe()
                                                    : std::string("none");
    std::strncpy(buf, text.c_str(), n - 1);
    buf[n - 1] = '\0';
    return buf;
}

extern "C" double shapes_area(int i)
{
    return i >= 0 && i < shapes_count() ? registry()[i]->area() : -1.0;
}

extern "C" double shapes_total(void)
{
    double sum = 0;
    for (std::vector<shapes::Shape *>::size_type i = 0; i < registry().size(); ++i)
        sum += registry()[i]->area();
    return sum;
}

extern "C" void shapes_clear(void)
{
    for (std::vector<shapes::Shape *>::size_type i = 0; i < registry().size(); ++i)
        delete registry()[i];
    registry().clear();
}
