/* expat_config.h: ours, not expat's. Kindler runs no configure script, so
 * this header stands for the one that expat 2.2.1's configure would write
 * (from expat_config.h.in) on a glibc Linux system: the lane builds there.
 * The package ships an expat_config.h of its own, at deps/libexpat/, but it
 * is a stale one, generated for expat 2.1.0 (PACKAGE_VERSION "2.1.0", no
 * entropy source): expat.kindler does not put that directory on the
 * include path, so this one is found instead.
 *
 * Every macro below is one that expat_config.h.in lists; those configure
 * would leave undefined on such a system stay undefined. */
#ifndef EXPAT_CONFIG_H
#define EXPAT_CONFIG_H

/* 1234 = LIL_ENDIAN, 4321 = BIGENDIAN. configure runs AC_C_BIGENDIAN; GCC
 * and Clang predefine the answer. */
#if defined(__BYTE_ORDER__) && defined(__ORDER_BIG_ENDIAN__) && \
    __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define BYTEORDER 4321
#define WORDS_BIGENDIAN 1
#else
#define BYTEORDER 1234
#endif

/* arc4random_buf: not in glibc before 2.36, and configure looks for it in
 * libbsd too; leave it out so that getrandom below is the entropy source. */
/* #undef HAVE_ARC4RANDOM_BUF */
/* #undef HAVE_LIBBSD */

#define HAVE_BCOPY 1
#define HAVE_DLFCN_H 1
#define HAVE_FCNTL_H 1
#define HAVE_GETPAGESIZE 1

/* getrandom(2) through <sys/random.h>: Linux 3.17+, glibc 2.25+. */
#define HAVE_GETRANDOM 1
/* #undef HAVE_SYSCALL_GETRANDOM */

#define HAVE_INTTYPES_H 1
#define HAVE_MEMMOVE 1
#define HAVE_MEMORY_H 1
#define HAVE_MMAP 1
#define HAVE_STDINT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRINGS_H 1
#define HAVE_STRING_H 1
#define HAVE_SYS_PARAM_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_UNISTD_H 1

/* libtool's directory; nothing in the sources reads it. */
#define LT_OBJDIR ".libs/"

#define PACKAGE_BUGREPORT "expat-bugs@libexpat.org"
#define PACKAGE_NAME "expat"
#define PACKAGE_STRING "expat 2.2.1"
#define PACKAGE_TARNAME "expat"
#define PACKAGE_URL ""
#define PACKAGE_VERSION "2.2.1"

#define STDC_HEADERS 1

/* configure's defaults: --enable-xml-context=1024, namespaces and DTDs. */
#define XML_CONTEXT_BYTES 1024
#define XML_DTD 1
#define XML_NS 1

#endif /* EXPAT_CONFIG_H */
