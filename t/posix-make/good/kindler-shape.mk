# good/kindler-shape.mk: the shape of a Makefile kindler export writes.
.POSIX:
.SUFFIXES:

CC = gcc
CXX = g++
SRCDIR = ..
PREFIX = /usr/local
LIBDIR = $(PREFIX)/lib

all: kindler.stamp libgreet.so.1.2.3 hello

greet: libgreet.so.1.2.3
libgreet.so.1.2.3: greet.dir/src/greet.c.o greet.dir/kindler.flags
	$(CC) $(LDFLAGS) -shared -Wl,-soname,libgreet.so.1 -o libgreet.so.1.2.3 greet.dir/src/greet.c.o $(LIBS)
	ln -s -f libgreet.so.1.2.3 libgreet.so.1
	ln -s -f libgreet.so.1 libgreet.so
greet.dir/src/greet.c.o: $(SRCDIR)/src/greet.c $(SRCDIR)/include/greet.h \
	greet.dir/kindler.flags
	$(CC) $(CPPFLAGS) $(CFLAGS) -fPIC '-DMSG="it'\''s $$HOME \\ ok"' -c $(SRCDIR)/src/greet.c -o greet.dir/src/greet.c.o

hello: hello.dir/main.c.o libgreet.so.1.2.3
	$(CC) $(LDFLAGS) '-Wl,-rpath,$$ORIGIN' -o hello hello.dir/main.c.o libgreet.so.1.2.3 $(LIBS)
hello.dir/main.c.o: $(SRCDIR)/main.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $(SRCDIR)/main.c -o hello.dir/main.c.o

install: all
	mkdir -p $(DESTDIR)$(LIBDIR)
	rm -f $(DESTDIR)$(LIBDIR)/libgreet.so.1 && ln -s libgreet.so.1.2.3 $(DESTDIR)$(LIBDIR)/libgreet.so.1
