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
# Large-file support: 64-bit file offsets and directory cookies on 32-bit
# systems (readdir fails with EOVERFLOW without it); ignored elsewhere.
LFS = -D_FILE_OFFSET_BITS=64
COMPILE = $(CXX) $(CXXFLAGS) $(WARNFLAGS) $(WERROR) $(LFS) $(LUA_CFLAGS) -Isrc

CORE_OBJS = src/cache_codec.o src/cleanup.o src/cli.o src/codes.o src/crc32.o \
	src/diag.o src/document.o src/explain.o \
	src/fs.o src/home.o src/lexer.o src/lua_bridge.o src/lua_host.o \
	src/lua_host_cache.o src/lua_host_process.o src/options.o src/process.o \
	src/parser.o src/program.o
KINDLER_OBJS = src/kindler.o $(CORE_OBJS)
BOOTSTRAP_OBJS = src/bootstrap.o $(CORE_OBJS)

all: kindler kindler-bootstrap

kindler: $(KINDLER_OBJS)
	$(CXX) $(CXXFLAGS) $(LDFLAGS) -o kindler $(KINDLER_OBJS) $(LUA_LIBS)
kindler-bootstrap: $(BOOTSTRAP_OBJS)
	$(CXX) $(CXXFLAGS) $(LDFLAGS) -o kindler-bootstrap $(BOOTSTRAP_OBJS) $(LUA_LIBS)

src/bootstrap.o: src/bootstrap.cc config.mk src/diag.h src/home.h \
		src/lua_bridge.h src/document.h src/options.h src/program.h src/version.h
	$(COMPILE) -c -o src/bootstrap.o src/bootstrap.cc
src/cache_codec.o: src/cache_codec.cc config.mk src/cache_codec.h src/crc32.h
	$(COMPILE) -c -o src/cache_codec.o src/cache_codec.cc
src/cli.o: src/cli.cc config.mk src/cli.h src/options.h
	$(COMPILE) -c -o src/cli.o src/cli.cc
src/codes.o: src/codes.cc config.mk src/codes.h src/diag.h
	$(COMPILE) -c -o src/codes.o src/codes.cc
src/crc32.o: src/crc32.cc config.mk src/crc32.h
	$(COMPILE) -c -o src/crc32.o src/crc32.cc
src/diag.o: src/diag.cc config.mk src/diag.h src/codes.h
	$(COMPILE) -c -o src/diag.o src/diag.cc
src/document.o: src/document.cc config.mk src/document.h
	$(COMPILE) -c -o src/document.o src/document.cc
src/explain.o: src/explain.cc config.mk src/explain.h src/codes.h src/diag.h src/version.h
	$(COMPILE) -c -o src/explain.o src/explain.cc
src/fs.o: src/fs.cc config.mk src/fs.h
	$(COMPILE) -c -o src/fs.o src/fs.cc
src/home.o: src/home.cc config.mk src/home.h src/fs.h
	$(COMPILE) '-DKINDLER_DATADIR="$(DATADIR)"' -c -o src/home.o src/home.cc
src/kindler.o: src/kindler.cc config.mk src/cli.h src/diag.h src/document.h \
		src/explain.h src/fs.h src/home.h src/lua_bridge.h src/parser.h \
		src/program.h src/version.h
	$(COMPILE) -c -o src/kindler.o src/kindler.cc
src/lexer.o: src/lexer.cc config.mk src/lexer.h src/document.h
	$(COMPILE) -c -o src/lexer.o src/lexer.cc
src/lua_bridge.o: src/lua_bridge.cc config.mk src/lua_bridge.h src/diag.h \
		src/document.h src/fs.h
	$(COMPILE) -c -o src/lua_bridge.o src/lua_bridge.cc
src/lua_host.o: src/lua_host.cc config.mk src/lua_bridge.h src/lua_host.h src/codes.h \
		src/diag.h src/document.h src/fs.h src/version.h
	$(COMPILE) -c -o src/lua_host.o src/lua_host.cc
src/lua_host_cache.o: src/lua_host_cache.cc config.mk src/lua_bridge.h src/lua_host.h \
		src/cache_codec.h src/crc32.h src/diag.h src/document.h
	$(COMPILE) -c -o src/lua_host_cache.o src/lua_host_cache.cc
src/lua_host_process.o: src/lua_host_process.cc config.mk src/lua_bridge.h \
		src/lua_host.h src/process.h src/cleanup.h src/diag.h src/document.h
	$(COMPILE) -c -o src/lua_host_process.o src/lua_host_process.cc
src/cleanup.o: src/cleanup.cc config.mk src/cleanup.h
	$(COMPILE) -c -o src/cleanup.o src/cleanup.cc
src/options.o: src/options.cc config.mk src/options.h
	$(COMPILE) -c -o src/options.o src/options.cc
src/process.o: src/process.cc config.mk src/process.h src/cleanup.h
	$(COMPILE) -c -o src/process.o src/process.cc
src/program.o: src/program.cc config.mk src/program.h src/cleanup.h src/diag.h src/home.h \
		src/lua_bridge.h src/document.h
	$(COMPILE) -c -o src/program.o src/program.cc
src/parser.o: src/parser.cc config.mk src/parser.h src/lexer.h src/diag.h \
		src/document.h src/fs.h
	$(COMPILE) -c -o src/parser.o src/parser.cc

# Installs the programs, the Lua modules and hints they read, and the pages.
install: kindler kindler-bootstrap
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/lua/kindler/validate \
		$(DESTDIR)$(DATADIR)/lua/kindler/export \
		$(DESTDIR)$(DATADIR)/lua/kindler/syntax \
		$(DESTDIR)$(DATADIR)/lua/kindler/module $(DESTDIR)$(DATADIR)/lua/modules \
		$(DESTDIR)$(DATADIR)/lua/kindler/probe \
		$(DESTDIR)$(DATADIR)/lua/kindler/command/bootstrap \
		$(DESTDIR)$(DATADIR)/hints/os $(DESTDIR)$(DATADIR)/hints/compiler \
		$(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(MANDIR)/man8
	cp kindler kindler-bootstrap $(DESTDIR)$(BINDIR)/
	cp lua/kindler/*.lua $(DESTDIR)$(DATADIR)/lua/kindler/
	cp lua/kindler/validate/*.lua $(DESTDIR)$(DATADIR)/lua/kindler/validate/
	cp lua/kindler/export/*.lua $(DESTDIR)$(DATADIR)/lua/kindler/export/
	cp lua/kindler/syntax/*.lua $(DESTDIR)$(DATADIR)/lua/kindler/syntax/
	cp lua/kindler/module/*.lua $(DESTDIR)$(DATADIR)/lua/kindler/module/
	cp lua/kindler/probe/*.lua $(DESTDIR)$(DATADIR)/lua/kindler/probe/
	cp lua/kindler/command/bootstrap/*.lua \
		$(DESTDIR)$(DATADIR)/lua/kindler/command/bootstrap/
	cp lua/modules/*.lua $(DESTDIR)$(DATADIR)/lua/modules/
	cp hints/os/*.lua $(DESTDIR)$(DATADIR)/hints/os/
	cp hints/compiler/*.lua $(DESTDIR)$(DATADIR)/hints/compiler/
	cp man/kindler.1 $(DESTDIR)$(MANDIR)/man1/
	cp man/kindler.5 man/kindler-hints.5 $(DESTDIR)$(MANDIR)/man5/
	cp man/kindler-codes.7 man/kindler-modules.7 $(DESTDIR)$(MANDIR)/man7/
	cp man/kindler-bootstrap.8 $(DESTDIR)$(MANDIR)/man8/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/kindler $(DESTDIR)$(BINDIR)/kindler-bootstrap
	rm -rf $(DESTDIR)$(DATADIR)
	rm -f $(DESTDIR)$(MANDIR)/man1/kindler.1 $(DESTDIR)$(MANDIR)/man5/kindler.5
	rm -f $(DESTDIR)$(MANDIR)/man5/kindler-hints.5
	rm -f $(DESTDIR)$(MANDIR)/man7/kindler-codes.7 $(DESTDIR)$(MANDIR)/man7/kindler-modules.7
	rm -f $(DESTDIR)$(MANDIR)/man8/kindler-bootstrap.8

clean:
	rm -f kindler kindler-bootstrap src/bootstrap.o $(KINDLER_OBJS) t/unit/unit-tests t/unit/*.o

# Tests: `make check` builds the unit tests (Catch2, C++11: test code only)
# when configure.sh found Catch2, then runs every lane through t/run.sh.
# The lanes start makes of their own: none sees this make's flags (make
# -j2 check builds in parallel, and each lane still says its own -j).
# unit tests: begin
UNIT_OBJS = t/unit/main.o t/unit/cli_test.o t/unit/codes_test.o \
	t/unit/diag_test.o t/unit/fs_test.o t/unit/lexer_test.o \
	t/unit/lua_bridge_test.o t/unit/parser_test.o \
	t/unit/cache_codec_test.o t/unit/syntax_test.o
t/unit/cli_test.o: t/unit/cli_test.cc src/cli.h
	$(TEST_CXX) $(TEST_CXXFLAGS) -Isrc $(LUA_CFLAGS) -c -o t/unit/cli_test.o t/unit/cli_test.cc
t/unit/codes_test.o: t/unit/codes_test.cc src/codes.h src/diag.h
	$(TEST_CXX) $(TEST_CXXFLAGS) -Isrc $(LUA_CFLAGS) -c -o t/unit/codes_test.o t/unit/codes_test.cc
t/unit/diag_test.o: t/unit/diag_test.cc src/diag.h src/codes.h
	$(TEST_CXX) $(TEST_CXXFLAGS) -Isrc $(LUA_CFLAGS) -c -o t/unit/diag_test.o t/unit/diag_test.cc
t/unit/fs_test.o: t/unit/fs_test.cc t/unit/testutil.h src/fs.h
	$(TEST_CXX) $(TEST_CXXFLAGS) -Isrc $(LUA_CFLAGS) -c -o t/unit/fs_test.o t/unit/fs_test.cc
t/unit/lexer_test.o: t/unit/lexer_test.cc src/lexer.h src/document.h
	$(TEST_CXX) $(TEST_CXXFLAGS) -Isrc $(LUA_CFLAGS) -c -o t/unit/lexer_test.o t/unit/lexer_test.cc
t/unit/lua_bridge_test.o: t/unit/lua_bridge_test.cc t/unit/testutil.h \
		src/lua_bridge.h src/diag.h src/document.h src/fs.h src/parser.h
	$(TEST_CXX) $(TEST_CXXFLAGS) -Isrc $(LUA_CFLAGS) -c -o t/unit/lua_bridge_test.o t/unit/lua_bridge_test.cc
t/unit/parser_test.o: t/unit/parser_test.cc t/unit/testutil.h src/parser.h \
		src/diag.h src/document.h
	$(TEST_CXX) $(TEST_CXXFLAGS) -Isrc $(LUA_CFLAGS) -c -o t/unit/parser_test.o t/unit/parser_test.cc
t/unit/cache_codec_test.o: t/unit/cache_codec_test.cc t/unit/testutil.h \
		t/bootstrap/cache_facts.h src/cache_codec.h src/crc32.h
	$(TEST_CXX) $(TEST_CXXFLAGS) -Isrc $(LUA_CFLAGS) -c -o t/unit/cache_codec_test.o t/unit/cache_codec_test.cc
t/unit/syntax_test.o: t/unit/syntax_test.cc t/unit/testutil.h
	$(TEST_CXX) $(TEST_CXXFLAGS) -Isrc $(LUA_CFLAGS) -c -o t/unit/syntax_test.o t/unit/syntax_test.cc
# unit tests: end

check: all unit-tests-$(CATCH2)
	MAKEFLAGS= MFLAGS= sh t/run.sh

unit-tests-no:
unit-tests-yes: t/unit/unit-tests

t/unit/unit-tests: $(UNIT_OBJS) $(CORE_OBJS)
	$(TEST_CXX) $(TEST_CXXFLAGS) $(LDFLAGS) -o t/unit/unit-tests $(UNIT_OBJS) $(CORE_OBJS) $(LUA_LIBS)
t/unit/main.o: t/unit/main.cc
	$(TEST_CXX) $(TEST_CXXFLAGS) -c -o t/unit/main.o t/unit/main.cc

# Fuzzing (README, "Where it is proven"): libFuzzer targets for the
# parser, the cache decoder, the hint loader and the shell quoting of
# Makefile commands, built with clang++ and its sanitizers, each run
# FUZZ_SECONDS seconds.
FUZZ_CXX = clang++
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined
FUZZ_SECONDS = 60
FUZZERS = t/out/fuzz/parser-fuzz t/out/fuzz/cache-fuzz t/out/fuzz/hint-fuzz \
	t/out/fuzz/escape-fuzz

fuzz: $(FUZZERS)
	sh t/fuzz/run.sh $(FUZZ_SECONDS)

t/out/fuzz/parser-fuzz: t/fuzz/parser_fuzz.cc src/parser.cc src/lexer.cc \
		src/diag.cc src/document.cc src/fs.cc src/codes.cc src/parser.h \
		src/lexer.h src/diag.h src/document.h src/fs.h src/codes.h
	mkdir -p t/out/fuzz
	$(FUZZ_CXX) $(FUZZ_FLAGS) -Isrc -o t/out/fuzz/parser-fuzz \
		t/fuzz/parser_fuzz.cc src/parser.cc src/lexer.cc src/diag.cc \
		src/document.cc src/fs.cc src/codes.cc
t/out/fuzz/cache-fuzz: t/fuzz/cache_fuzz.cc src/cache_codec.cc src/crc32.cc \
		src/cache_codec.h src/crc32.h
	mkdir -p t/out/fuzz
	$(FUZZ_CXX) $(FUZZ_FLAGS) -Isrc -o t/out/fuzz/cache-fuzz \
		t/fuzz/cache_fuzz.cc src/cache_codec.cc src/crc32.cc
CORE_SRCS = $(CORE_OBJS:.o=.cc)
t/out/fuzz/hint-fuzz: t/fuzz/hint_fuzz.cc $(CORE_SRCS) config.mk
	mkdir -p t/out/fuzz
	$(FUZZ_CXX) $(FUZZ_FLAGS) $(LUA_CFLAGS) -Isrc -DKINDLER_DATADIR='""' \
		-o t/out/fuzz/hint-fuzz t/fuzz/hint_fuzz.cc $(CORE_SRCS) $(LUA_LIBS)
t/out/fuzz/escape-fuzz: t/fuzz/escape_fuzz.cc config.mk
	mkdir -p t/out/fuzz
	$(FUZZ_CXX) $(FUZZ_FLAGS) $(LUA_CFLAGS) -o t/out/fuzz/escape-fuzz \
		t/fuzz/escape_fuzz.cc $(LUA_LIBS)

# Portability proof (README, "Where it is proven"): every lane of
# t/port/run.sh, each in a scratch copy of the tree. Takes minutes.
portcheck:
	sh t/port/run.sh
