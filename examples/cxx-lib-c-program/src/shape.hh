// shape.hh: the library's C++ classes; private to the library.
#ifndef SHAPE_HH
#define SHAPE_HH

#include <string>
#include <vector>

namespace shapes {

class Shape {
public:
    virtual ~Shape() {}
    virtual double area() const = 0;
    virtual std::string describe() const = 0;
};

// Makes a shape from its kind; throws std::invalid_argument on bad input.
Shape *make(const std::string &kind, double a, double b);

// Every shape made through the C API, owned by the registry.
std::vector<Shape *> &registry();

}

#endif
