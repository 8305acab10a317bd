// shapes.cc: the shape classes.
#include <sstream>
#include <stdexcept>

#include "shape.hh"

namespace shapes {

namespace {

std::string number(double v)
{
    std::ostringstream out;
    out << v;
    return out.str();
}

class Rect : public Shape {
public:
    Rect(double w, double h) : w_(w), h_(h) {}
    double area() const { return w_ * h_; }
    std::string describe() const
    {
        return w_ == h_ ? "square " + number(w_)
                        : "rect " + number(w_) + "x" + number(h_);
    }
private:
    double w_, h_;
};

class Circle : public Shape {
public:
    explicit Circle(double r) : r_(r) {}
    double area() const { return 3.0 * r_ * r_; }   // a rough pi keeps output exact
    std::string describe() const { return "circle " + number(r_); }
private:
    double r_;
};

}

Shape *make(const std::string &kind, double a, double b)
{
    if (a < 0 || b < 0) throw std::invalid_argument("negative size");
    if (kind == "square") return new Rect(a, a);
    if (kind == "rect") return new Rect(a, b);
    if (kind == "circle") return new Circle(a);
    throw std::invalid_argument("unknown kind " + kind);
}

}
