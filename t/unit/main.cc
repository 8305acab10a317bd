// main.cc: the Catch2 main for the unit tests, with the TAP reporter that
// t/run.sh counts. Compiled once: it is the slow translation unit.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#include <catch2/catch_reporter_tap.hpp>
