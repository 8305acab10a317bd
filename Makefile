# Makefile: builds kindler and kindler-bootstrap with any POSIX make.
# Run ./configure.sh first: it writes config.mk. Strict POSIX.1-2008 make:
# no pattern rules, no GNU or BSD extensions, one explicit rule per object.
.POSIX:
.SUFFIXES:

include config.mk

DESTDIR =
BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share/kindler
MANDIR = $(PREFIX)/share/man
WERROR = -Werror
COMPILE = $(CXX) $(CXXFLAGS) $(WARNFLAGS) $(WERROR) $(LUA_CFLAGS) -Isrc

CORE_OBJS = src/cli.o src/codes.o src/diag.o src/document.o src/explain.o \
	src/fs.o src/home.o src/lexer.o src/lua_bridge.o src/lua_host.o \
	src/parser.o
KINDLER_OBJS = src/kindler.o $(CORE_OBJS)

all: kindler

kindler: $(KINDLER_OBJS)
	$(CXX) $(CXXFLAGS) $(LDFLAGS) -o kindler $(KINDLER_OBJS) $(LUA_LIBS)

src/cli.o: src/cli.cc src/cli.h
	$(COMPILE) -c -o src/cli.o src/cli.cc
src/codes.o: src/codes.cc src/codes.h src/diag.h
	$(COMPILE) -c -o src/codes.o src/codes.cc
src/diag.o: src/diag.cc src/diag.h src/codes.h
	$(COMPILE) -c -o src/diag.o src/diag.cc
src/document.o: src/document.cc src/document.h
	$(COMPILE) -c -o src/document.o src/document.cc
src/explain.o: src/explain.cc src/explain.h src/codes.h src/diag.h src/version.h
	$(COMPILE) -c -o src/explain.o src/explain.cc
src/fs.o: src/fs.cc src/fs.h
	$(COMPILE) -c -o src/fs.o src/fs.cc
src/home.o: src/home.cc src/home.h src/fs.h config.mk
	$(COMPILE) '-DKINDLER_DATADIR="$(DATADIR)"' -c -o src/home.o src/home.cc
src/kindler.o: src/kindler.cc src/cli.h src/diag.h src/document.h \
		src/explain.h src/fs.h src/home.h src/lua_bridge.h src/parser.h \
		src/version.h
	$(COMPILE) -c -o src/kindler.o src/kindler.cc
src/lexer.o: src/lexer.cc src/lexer.h src/document.h
	$(COMPILE) -c -o src/lexer.o src/lexer.cc
src/lua_bridge.o: src/lua_bridge.cc src/lua_bridge.h src/diag.h \
		src/document.h src/fs.h
	$(COMPILE) -c -o src/lua_bridge.o src/lua_bridge.cc
src/lua_host.o: src/lua_host.cc src/lua_bridge.h src/codes.h src/diag.h \
		src/document.h src/fs.h src/version.h
	$(COMPILE) -c -o src/lua_host.o src/lua_host.cc
src/parser.o: src/parser.cc src/parser.h src/lexer.h src/diag.h \
		src/document.h src/fs.h
	$(COMPILE) -c -o src/parser.o src/parser.cc

clean:
	rm -f kindler $(KINDLER_OBJS)
