/* version.h: the Kindler release, stamped into caches and --version. */
#ifndef KINDLER_VERSION_H
#define KINDLER_VERSION_H

#define KINDLER_VERSION "0.1.0"

#endif
