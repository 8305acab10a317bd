# mk/tree.mk: what the Makefile (the export of kindler.kindler, which
# includes this file after config.mk: make_include, kindler(5)) needs from
# Kindler's own tree besides configure.sh's findings: the flags that turn
# those findings into the export's CPPFLAGS and LIBS, and the targets that
# are no part of Kindler's build (tests, fuzzing, the portability proof,
# the self-hosting proof). Hand-written: an export makes only the build's
# targets (doc/selfhost.md, "The Makefile"). Strict POSIX make.

# The export compiles with $(CXX) $(CPPFLAGS) $(CXXFLAGS) and its own
# flags, and links with $(LIBS): configure.sh's warnings (GCC and Clang
# only), Lua's include directory, and where the programs find their Lua
# modules and hints once installed (src/home.cc). Warnings go in CPPFLAGS
# so that `make CXXFLAGS=...` keeps them.
WERROR = -Werror
CPPFLAGS = $(WARNFLAGS) $(WERROR) $(LUA_CFLAGS) '-DKINDLER_DATADIR="$(DATADIR)/kindler"'
LIBS = $(LUA_LIBS)

# Tests: `make check` builds the unit tests (Catch2, C++11: test code only)
# when configure.sh found Catch2, then runs every lane through t/run.sh.
# The lanes start makes of their own: none sees this make's flags (make
# -j2 check builds in parallel, and each lane still says its own -j).
check: all unit-tests-$(CATCH2)
	MAKEFLAGS= MFLAGS= sh t/run.sh

unit-tests-no:
unit-tests-yes: unit-tests

# The fixed point of Kindler building itself (doc/selfhost.md); a lane of
# make check too.
selfhost: all
	MAKEFLAGS= MFLAGS= sh t/run.sh selfhost

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

# No header is listed: a fuzzer is built again when kindler is, whose link
# follows every source of core and every header they include (the
# export's header dependencies; the fuzzers include only those headers).
t/out/fuzz/parser-fuzz: t/fuzz/parser_fuzz.cc kindler
	mkdir -p t/out/fuzz
	$(FUZZ_CXX) $(FUZZ_FLAGS) -Isrc -o t/out/fuzz/parser-fuzz \
		t/fuzz/parser_fuzz.cc src/parser.cc src/lexer.cc src/diag.cc \
		src/document.cc src/fs.cc src/codes.cc
t/out/fuzz/cache-fuzz: t/fuzz/cache_fuzz.cc kindler
	mkdir -p t/out/fuzz
	$(FUZZ_CXX) $(FUZZ_FLAGS) -Isrc -o t/out/fuzz/cache-fuzz \
		t/fuzz/cache_fuzz.cc src/cache_codec.cc src/crc32.cc
# Every source of core, named after its objects (core.dir/NAME.o is the
# object of src/NAME: kindler(1), THE MAKEFILE).
t/out/fuzz/hint-fuzz: t/fuzz/hint_fuzz.cc kindler config.mk
	mkdir -p t/out/fuzz
	$(FUZZ_CXX) $(FUZZ_FLAGS) $(LUA_CFLAGS) -Isrc -DKINDLER_DATADIR='""' \
		-o t/out/fuzz/hint-fuzz t/fuzz/hint_fuzz.cc \
		`echo $(core_OBJS) | sed 's,core\.dir/\([^ ]*\)\.o,src/\1,g'` $(LUA_LIBS)
t/out/fuzz/escape-fuzz: t/fuzz/escape_fuzz.cc config.mk
	mkdir -p t/out/fuzz
	$(FUZZ_CXX) $(FUZZ_FLAGS) $(LUA_CFLAGS) -o t/out/fuzz/escape-fuzz \
		t/fuzz/escape_fuzz.cc $(LUA_LIBS)

# Portability proof (README, "Where it is proven"): every lane of
# t/port/run.sh, each in a scratch copy of the tree. Takes minutes.
portcheck:
	sh t/port/run.sh
