# Makefile for kindler, written by Kindler 0.1.0 from kindler.kindler.
# Standalone: it never runs Kindler; after a change of kindler.kindler
# export it again. Header dependencies come from the compiler.
.POSIX:
.SUFFIXES:

# Tools, flags and PREFIX: the files included after `all` define
# them; override any of them on the command line.
SRCDIR = .
DESTDIR =
BINDIR = $(PREFIX)/bin
LIBDIR = $(PREFIX)/lib
INCLUDEDIR = $(PREFIX)/include
MANDIR = $(PREFIX)/share/man
DATADIR = $(PREFIX)/share

all: kindler kindler-bootstrap
include config.mk
include mk/tree.mk

# Header dependencies: the compiler writes OBJECT.d; these shell
# commands keep them in TARGET.dir/deps.mk (kindler(1)).
KINDLER_DEPS = o=$@ t=$(@D)/tmp.$(@F) d=$(@D); test -s $$t && set -f && { while read l; do set -- $$l; case $$1 in *:) shift;; esac; for w do case $$w in *[!A-Za-z0-9_./-]*) ;; *) echo "$$o: $$w"; echo "$$o: $$w" >&3; echo "$$w:"; echo "$$w:" >&3;; esac; done; done <$$o.d; } >>$$d/deps.mk 3>$$o.dep && : >$$o.d && mv -f $$t $$o
KINDLER_DEPS_MERGE = set +f; l=; for f in $$d/*.dep; do test -f $$f && l="$$l $$f"; done; set -f; awk '$$2 != "" { if (n[$$1] == 0) { o[++k] = $$1 }; n[$$1]++; d[$$1] = d[$$1] " " $$2; if (h[$$2] == 0) { h[$$2] = 1; w[++m] = $$2 } } END { for (i = 1; i <= k; i++) print o[i] d[o[i]]; for (i = 1; i <= m; i++) print w[i] ":" }' $$l </dev/null >$$d/deps.$$$$ && mv -f $$d/deps.$$$$ $$d/deps.mk

# core: object_group
core_OBJS = core.dir/cache_codec.cc.o core.dir/cleanup.cc.o core.dir/cli.cc.o \
	core.dir/codes.cc.o core.dir/crc32.cc.o core.dir/diag.cc.o \
	core.dir/document.cc.o core.dir/explain.cc.o core.dir/fs.cc.o \
	core.dir/home.cc.o core.dir/lexer.cc.o core.dir/lua_bridge.cc.o \
	core.dir/lua_host.cc.o core.dir/lua_host_cache.cc.o \
	core.dir/lua_host_process.cc.o core.dir/options.cc.o core.dir/parser.cc.o \
	core.dir/process.cc.o core.dir/program.cc.o
core_CXXFLAGS = -std=c++98 -I$(SRCDIR)/src -D_FILE_OFFSET_BITS=64
core_CXX = $(CXX) $(CPPFLAGS) $(CXXFLAGS) $(core_CXXFLAGS) -c -o $(@D)/tmp.$(@F) -MMD -MF $@.d
core: $(core_OBJS)
core.dir/cache_codec.cc.o: $(SRCDIR)/src/cache_codec.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/cache_codec.cc
	@$(KINDLER_DEPS)
core.dir/cleanup.cc.o: $(SRCDIR)/src/cleanup.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/cleanup.cc
	@$(KINDLER_DEPS)
core.dir/cli.cc.o: $(SRCDIR)/src/cli.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/cli.cc
	@$(KINDLER_DEPS)
core.dir/codes.cc.o: $(SRCDIR)/src/codes.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/codes.cc
	@$(KINDLER_DEPS)
core.dir/crc32.cc.o: $(SRCDIR)/src/crc32.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/crc32.cc
	@$(KINDLER_DEPS)
core.dir/diag.cc.o: $(SRCDIR)/src/diag.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/diag.cc
	@$(KINDLER_DEPS)
core.dir/document.cc.o: $(SRCDIR)/src/document.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/document.cc
	@$(KINDLER_DEPS)
core.dir/explain.cc.o: $(SRCDIR)/src/explain.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/explain.cc
	@$(KINDLER_DEPS)
core.dir/fs.cc.o: $(SRCDIR)/src/fs.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/fs.cc
	@$(KINDLER_DEPS)
core.dir/home.cc.o: $(SRCDIR)/src/home.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/home.cc
	@$(KINDLER_DEPS)
core.dir/lexer.cc.o: $(SRCDIR)/src/lexer.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/lexer.cc
	@$(KINDLER_DEPS)
core.dir/lua_bridge.cc.o: $(SRCDIR)/src/lua_bridge.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/lua_bridge.cc
	@$(KINDLER_DEPS)
core.dir/lua_host.cc.o: $(SRCDIR)/src/lua_host.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/lua_host.cc
	@$(KINDLER_DEPS)
core.dir/lua_host_cache.cc.o: $(SRCDIR)/src/lua_host_cache.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/lua_host_cache.cc
	@$(KINDLER_DEPS)
core.dir/lua_host_process.cc.o: $(SRCDIR)/src/lua_host_process.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/lua_host_process.cc
	@$(KINDLER_DEPS)
core.dir/options.cc.o: $(SRCDIR)/src/options.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/options.cc
	@$(KINDLER_DEPS)
core.dir/parser.cc.o: $(SRCDIR)/src/parser.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/parser.cc
	@$(KINDLER_DEPS)
core.dir/process.cc.o: $(SRCDIR)/src/process.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/process.cc
	@$(KINDLER_DEPS)
core.dir/program.cc.o: $(SRCDIR)/src/program.cc core.dir/compile.flags config.mk mk/tree.mk
	$(core_CXX) $(SRCDIR)/src/program.cc
	@$(KINDLER_DEPS)

# kindler: executable kindler
kindler_OBJS = kindler.dir/kindler.cc.o
kindler_CXXFLAGS = -std=c++98 -I$(SRCDIR)/src -D_FILE_OFFSET_BITS=64
kindler_CXX = $(CXX) $(CPPFLAGS) $(CXXFLAGS) $(kindler_CXXFLAGS) -c -o $(@D)/tmp.$(@F) -MMD -MF $@.d
kindler_LDFLAGS =
kindler: $(kindler_OBJS) $(core_OBJS) kindler.dir/link.flags
	$(CXX) $(LDFLAGS) $(kindler_LDFLAGS) -o kindler.dir/tmp.kindler $(kindler_OBJS) $(core_OBJS) $(LIBS)
	@test -s kindler.dir/tmp.kindler && mv -f kindler.dir/tmp.kindler kindler
	@d=kindler.dir; $(KINDLER_DEPS_MERGE)
	@d=core.dir; $(KINDLER_DEPS_MERGE)
kindler.dir/kindler.cc.o: $(SRCDIR)/src/kindler.cc kindler.dir/compile.flags config.mk mk/tree.mk
	$(kindler_CXX) $(SRCDIR)/src/kindler.cc
	@$(KINDLER_DEPS)

# kindler-bootstrap: executable kindler-bootstrap
kindler_bootstrap_OBJS = kindler-bootstrap.dir/bootstrap.cc.o
kindler_bootstrap_CXXFLAGS = -std=c++98 -I$(SRCDIR)/src -D_FILE_OFFSET_BITS=64
kindler_bootstrap_CXX = $(CXX) $(CPPFLAGS) $(CXXFLAGS) $(kindler_bootstrap_CXXFLAGS) -c -o $(@D)/tmp.$(@F) -MMD -MF $@.d
kindler_bootstrap_LDFLAGS =
kindler-bootstrap: $(kindler_bootstrap_OBJS) $(core_OBJS) \
	kindler-bootstrap.dir/link.flags
	$(CXX) $(LDFLAGS) $(kindler_bootstrap_LDFLAGS) -o kindler-bootstrap.dir/tmp.kindler-bootstrap $(kindler_bootstrap_OBJS) $(core_OBJS) $(LIBS)
	@test -s kindler-bootstrap.dir/tmp.kindler-bootstrap && mv -f kindler-bootstrap.dir/tmp.kindler-bootstrap kindler-bootstrap
	@d=kindler-bootstrap.dir; $(KINDLER_DEPS_MERGE)
	@d=core.dir; $(KINDLER_DEPS_MERGE)
kindler-bootstrap.dir/bootstrap.cc.o: $(SRCDIR)/src/bootstrap.cc kindler-bootstrap.dir/compile.flags config.mk mk/tree.mk
	$(kindler_bootstrap_CXX) $(SRCDIR)/src/bootstrap.cc
	@$(KINDLER_DEPS)

# unit-tests: executable unit-tests
unit_tests_OBJS = unit-tests.dir/cache_codec_test.cc.o \
	unit-tests.dir/cli_test.cc.o unit-tests.dir/codes_test.cc.o \
	unit-tests.dir/diag_test.cc.o unit-tests.dir/fs_test.cc.o \
	unit-tests.dir/lexer_test.cc.o unit-tests.dir/lua_bridge_test.cc.o \
	unit-tests.dir/main.cc.o unit-tests.dir/options_test.cc.o \
	unit-tests.dir/parser_test.cc.o unit-tests.dir/syntax_test.cc.o
unit_tests_CXXFLAGS = -std=c++11 -I$(SRCDIR)/src -D_FILE_OFFSET_BITS=64 -O0
unit_tests_CXX = $(CXX) $(CPPFLAGS) $(CXXFLAGS) $(unit_tests_CXXFLAGS) -c -o $(@D)/tmp.$(@F) -MMD -MF $@.d
unit_tests_LDFLAGS =
unit-tests: $(unit_tests_OBJS) $(core_OBJS) unit-tests.dir/link.flags
	$(CXX) $(LDFLAGS) $(unit_tests_LDFLAGS) -o unit-tests.dir/tmp.unit-tests $(unit_tests_OBJS) $(core_OBJS) $(LIBS)
	@test -s unit-tests.dir/tmp.unit-tests && mv -f unit-tests.dir/tmp.unit-tests unit-tests
	@d=unit-tests.dir; $(KINDLER_DEPS_MERGE)
	@d=core.dir; $(KINDLER_DEPS_MERGE)
unit-tests.dir/cache_codec_test.cc.o: $(SRCDIR)/t/unit/cache_codec_test.cc unit-tests.dir/compile.flags config.mk mk/tree.mk
	$(unit_tests_CXX) $(SRCDIR)/t/unit/cache_codec_test.cc
	@$(KINDLER_DEPS)
unit-tests.dir/cli_test.cc.o: $(SRCDIR)/t/unit/cli_test.cc unit-tests.dir/compile.flags config.mk mk/tree.mk
	$(unit_tests_CXX) $(SRCDIR)/t/unit/cli_test.cc
	@$(KINDLER_DEPS)
unit-tests.dir/codes_test.cc.o: $(SRCDIR)/t/unit/codes_test.cc unit-tests.dir/compile.flags config.mk mk/tree.mk
	$(unit_tests_CXX) $(SRCDIR)/t/unit/codes_test.cc
	@$(KINDLER_DEPS)
unit-tests.dir/diag_test.cc.o: $(SRCDIR)/t/unit/diag_test.cc unit-tests.dir/compile.flags config.mk mk/tree.mk
	$(unit_tests_CXX) $(SRCDIR)/t/unit/diag_test.cc
	@$(KINDLER_DEPS)
unit-tests.dir/fs_test.cc.o: $(SRCDIR)/t/unit/fs_test.cc unit-tests.dir/compile.flags config.mk mk/tree.mk
	$(unit_tests_CXX) $(SRCDIR)/t/unit/fs_test.cc
	@$(KINDLER_DEPS)
unit-tests.dir/lexer_test.cc.o: $(SRCDIR)/t/unit/lexer_test.cc unit-tests.dir/compile.flags config.mk mk/tree.mk
	$(unit_tests_CXX) $(SRCDIR)/t/unit/lexer_test.cc
	@$(KINDLER_DEPS)
unit-tests.dir/lua_bridge_test.cc.o: $(SRCDIR)/t/unit/lua_bridge_test.cc unit-tests.dir/compile.flags config.mk mk/tree.mk
	$(unit_tests_CXX) $(SRCDIR)/t/unit/lua_bridge_test.cc
	@$(KINDLER_DEPS)
unit-tests.dir/main.cc.o: $(SRCDIR)/t/unit/main.cc unit-tests.dir/compile.flags config.mk mk/tree.mk
	$(unit_tests_CXX) $(SRCDIR)/t/unit/main.cc
	@$(KINDLER_DEPS)
unit-tests.dir/options_test.cc.o: $(SRCDIR)/t/unit/options_test.cc unit-tests.dir/compile.flags config.mk mk/tree.mk
	$(unit_tests_CXX) $(SRCDIR)/t/unit/options_test.cc
	@$(KINDLER_DEPS)
unit-tests.dir/parser_test.cc.o: $(SRCDIR)/t/unit/parser_test.cc unit-tests.dir/compile.flags config.mk mk/tree.mk
	$(unit_tests_CXX) $(SRCDIR)/t/unit/parser_test.cc
	@$(KINDLER_DEPS)
unit-tests.dir/syntax_test.cc.o: $(SRCDIR)/t/unit/syntax_test.cc unit-tests.dir/compile.flags config.mk mk/tree.mk
	$(unit_tests_CXX) $(SRCDIR)/t/unit/syntax_test.cc
	@$(KINDLER_DEPS)

clean:
	rm -f $(core_OBJS)
	rm -f core.dir/*.d core.dir/*.dep core.dir/tmp.* && : >core.dir/deps.mk
	rm -f kindler $(kindler_OBJS)
	rm -f kindler.dir/*.d kindler.dir/*.dep kindler.dir/tmp.* && : >kindler.dir/deps.mk
	rm -f kindler-bootstrap $(kindler_bootstrap_OBJS)
	rm -f kindler-bootstrap.dir/*.d kindler-bootstrap.dir/*.dep kindler-bootstrap.dir/tmp.* && : >kindler-bootstrap.dir/deps.mk
	rm -f unit-tests $(unit_tests_OBJS)
	rm -f unit-tests.dir/*.d unit-tests.dir/*.dep unit-tests.dir/tmp.* unit-tests.dir/test.* && : >unit-tests.dir/deps.mk

install: all
	mkdir -p $(DESTDIR)$(BINDIR)
	cp kindler $(DESTDIR)$(BINDIR)/kindler
	chmod 755 $(DESTDIR)$(BINDIR)/kindler
	mkdir -p $(DESTDIR)$(MANDIR)/man1
	cp $(SRCDIR)/man/kindler.1 $(DESTDIR)$(MANDIR)/man1/kindler.1
	chmod 644 $(DESTDIR)$(MANDIR)/man1/kindler.1
	mkdir -p $(DESTDIR)$(MANDIR)/man5
	cp $(SRCDIR)/man/kindler.5 $(DESTDIR)$(MANDIR)/man5/kindler.5
	chmod 644 $(DESTDIR)$(MANDIR)/man5/kindler.5
	cp $(SRCDIR)/man/kindler-hints.5 $(DESTDIR)$(MANDIR)/man5/kindler-hints.5
	chmod 644 $(DESTDIR)$(MANDIR)/man5/kindler-hints.5
	mkdir -p $(DESTDIR)$(MANDIR)/man7
	cp $(SRCDIR)/man/kindler-codes.7 $(DESTDIR)$(MANDIR)/man7/kindler-codes.7
	chmod 644 $(DESTDIR)$(MANDIR)/man7/kindler-codes.7
	cp $(SRCDIR)/man/kindler-modules.7 $(DESTDIR)$(MANDIR)/man7/kindler-modules.7
	chmod 644 $(DESTDIR)$(MANDIR)/man7/kindler-modules.7
	mkdir -p $(DESTDIR)$(DATADIR)/kindler/hints/compiler
	cp $(SRCDIR)/hints/compiler/acc.lua $(DESTDIR)$(DATADIR)/kindler/hints/compiler/acc.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/compiler/acc.lua
	cp $(SRCDIR)/hints/compiler/clang.lua $(DESTDIR)$(DATADIR)/kindler/hints/compiler/clang.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/compiler/clang.lua
	cp $(SRCDIR)/hints/compiler/gcc.lua $(DESTDIR)$(DATADIR)/kindler/hints/compiler/gcc.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/compiler/gcc.lua
	cp $(SRCDIR)/hints/compiler/kit.lua $(DESTDIR)$(DATADIR)/kindler/hints/compiler/kit.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/compiler/kit.lua
	cp $(SRCDIR)/hints/compiler/mingw_gcc.lua $(DESTDIR)$(DATADIR)/kindler/hints/compiler/mingw_gcc.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/compiler/mingw_gcc.lua
	cp $(SRCDIR)/hints/compiler/mipspro.lua $(DESTDIR)$(DATADIR)/kindler/hints/compiler/mipspro.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/compiler/mipspro.lua
	cp $(SRCDIR)/hints/compiler/pcc.lua $(DESTDIR)$(DATADIR)/kindler/hints/compiler/pcc.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/compiler/pcc.lua
	cp $(SRCDIR)/hints/compiler/sunpro.lua $(DESTDIR)$(DATADIR)/kindler/hints/compiler/sunpro.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/compiler/sunpro.lua
	cp $(SRCDIR)/hints/compiler/tcc.lua $(DESTDIR)$(DATADIR)/kindler/hints/compiler/tcc.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/compiler/tcc.lua
	cp $(SRCDIR)/hints/compiler/xlc.lua $(DESTDIR)$(DATADIR)/kindler/hints/compiler/xlc.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/compiler/xlc.lua
	mkdir -p $(DESTDIR)$(DATADIR)/kindler/hints/os
	cp $(SRCDIR)/hints/os/aix.lua $(DESTDIR)$(DATADIR)/kindler/hints/os/aix.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/os/aix.lua
	cp $(SRCDIR)/hints/os/darwin.lua $(DESTDIR)$(DATADIR)/kindler/hints/os/darwin.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/os/darwin.lua
	cp $(SRCDIR)/hints/os/freebsd.lua $(DESTDIR)$(DATADIR)/kindler/hints/os/freebsd.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/os/freebsd.lua
	cp $(SRCDIR)/hints/os/hpux.lua $(DESTDIR)$(DATADIR)/kindler/hints/os/hpux.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/os/hpux.lua
	cp $(SRCDIR)/hints/os/irix65.lua $(DESTDIR)$(DATADIR)/kindler/hints/os/irix65.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/os/irix65.lua
	cp $(SRCDIR)/hints/os/linux.lua $(DESTDIR)$(DATADIR)/kindler/hints/os/linux.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/os/linux.lua
	cp $(SRCDIR)/hints/os/netbsd.lua $(DESTDIR)$(DATADIR)/kindler/hints/os/netbsd.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/os/netbsd.lua
	cp $(SRCDIR)/hints/os/openbsd.lua $(DESTDIR)$(DATADIR)/kindler/hints/os/openbsd.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/os/openbsd.lua
	cp $(SRCDIR)/hints/os/solaris.lua $(DESTDIR)$(DATADIR)/kindler/hints/os/solaris.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/os/solaris.lua
	cp $(SRCDIR)/hints/os/windows.lua $(DESTDIR)$(DATADIR)/kindler/hints/os/windows.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/hints/os/windows.lua
	mkdir -p $(DESTDIR)$(DATADIR)/kindler/lua/kindler
	cp $(SRCDIR)/lua/kindler/buildtype.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/buildtype.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/buildtype.lua
	cp $(SRCDIR)/lua/kindler/cache.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/cache.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/cache.lua
	cp $(SRCDIR)/lua/kindler/cacheentries.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/cacheentries.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/cacheentries.lua
	cp $(SRCDIR)/lua/kindler/cachekeys.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/cachekeys.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/cachekeys.lua
	mkdir -p $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/bootstrap
	cp $(SRCDIR)/lua/kindler/command/bootstrap/dirs.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/bootstrap/dirs.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/bootstrap/dirs.lua
	cp $(SRCDIR)/lua/kindler/command/bootstrap/main.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/bootstrap/main.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/bootstrap/main.lua
	cp $(SRCDIR)/lua/kindler/command/bootstrap/output.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/bootstrap/output.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/bootstrap/output.lua
	mkdir -p $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler
	cp $(SRCDIR)/lua/kindler/command/kindler/cache.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/cache.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/cache.lua
	cp $(SRCDIR)/lua/kindler/command/kindler/dump.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/dump.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/dump.lua
	cp $(SRCDIR)/lua/kindler/command/kindler/export.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/export.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/export.lua
	cp $(SRCDIR)/lua/kindler/command/kindler/main.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/main.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/main.lua
	cp $(SRCDIR)/lua/kindler/command/kindler/module.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/module.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/module.lua
	cp $(SRCDIR)/lua/kindler/command/kindler/options.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/options.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/options.lua
	cp $(SRCDIR)/lua/kindler/command/kindler/output.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/output.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/output.lua
	cp $(SRCDIR)/lua/kindler/command/kindler/starter.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/starter.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/starter.lua
	cp $(SRCDIR)/lua/kindler/command/kindler/steps.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/steps.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/steps.lua
	cp $(SRCDIR)/lua/kindler/commit.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/commit.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/commit.lua
	cp $(SRCDIR)/lua/kindler/confighdr.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/confighdr.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/confighdr.lua
	cp $(SRCDIR)/lua/kindler/depfile.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/depfile.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/depfile.lua
	cp $(SRCDIR)/lua/kindler/diag.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/diag.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/diag.lua
	mkdir -p $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export
	cp $(SRCDIR)/lua/kindler/export/compdb.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/compdb.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/compdb.lua
	cp $(SRCDIR)/lua/kindler/export/dot.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/dot.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/dot.lua
	cp $(SRCDIR)/lua/kindler/export/gmake.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/gmake.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/gmake.lua
	cp $(SRCDIR)/lua/kindler/export/limits.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/limits.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/limits.lua
	cp $(SRCDIR)/lua/kindler/export/make.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/make.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/make.lua
	cp $(SRCDIR)/lua/kindler/export/ninja.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/ninja.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/ninja.lua
	cp $(SRCDIR)/lua/kindler/export/testscript.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/testscript.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/testscript.lua
	cp $(SRCDIR)/lua/kindler/facts.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/facts.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/facts.lua
	cp $(SRCDIR)/lua/kindler/generators.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/generators.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/generators.lua
	cp $(SRCDIR)/lua/kindler/guard.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/guard.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/guard.lua
	cp $(SRCDIR)/lua/kindler/hints.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/hints.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/hints.lua
	cp $(SRCDIR)/lua/kindler/hintschema.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/hintschema.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/hintschema.lua
	cp $(SRCDIR)/lua/kindler/ir.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/ir.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/ir.lua
	mkdir -p $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module
	cp $(SRCDIR)/lua/kindler/module/api.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module/api.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module/api.lua
	cp $(SRCDIR)/lua/kindler/module/call.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module/call.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module/call.lua
	cp $(SRCDIR)/lua/kindler/module/loader.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module/loader.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module/loader.lua
	cp $(SRCDIR)/lua/kindler/module/sandbox.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module/sandbox.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module/sandbox.lua
	cp $(SRCDIR)/lua/kindler/modules.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/modules.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/modules.lua
	cp $(SRCDIR)/lua/kindler/normalize.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/normalize.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/normalize.lua
	cp $(SRCDIR)/lua/kindler/paths.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/paths.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/paths.lua
	cp $(SRCDIR)/lua/kindler/pcfile.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/pcfile.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/pcfile.lua
	cp $(SRCDIR)/lua/kindler/pkgconfig.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/pkgconfig.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/pkgconfig.lua
	cp $(SRCDIR)/lua/kindler/plan.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/plan.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/plan.lua
	mkdir -p $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe
	cp $(SRCDIR)/lua/kindler/probe/archiver.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/archiver.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/archiver.lua
	cp $(SRCDIR)/lua/kindler/probe/argv.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/argv.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/argv.lua
	cp $(SRCDIR)/lua/kindler/probe/compiler.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/compiler.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/compiler.lua
	cp $(SRCDIR)/lua/kindler/probe/features.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/features.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/features.lua
	cp $(SRCDIR)/lua/kindler/probe/flags.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/flags.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/flags.lua
	cp $(SRCDIR)/lua/kindler/probe/identify.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/identify.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/identify.lua
	cp $(SRCDIR)/lua/kindler/probe/macros.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/macros.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/macros.lua
	cp $(SRCDIR)/lua/kindler/probe/programs.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/programs.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/programs.lua
	cp $(SRCDIR)/lua/kindler/probe/session.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/session.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/session.lua
	cp $(SRCDIR)/lua/kindler/probe/standards.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/standards.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/standards.lua
	cp $(SRCDIR)/lua/kindler/probe/tools.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/tools.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/tools.lua
	cp $(SRCDIR)/lua/kindler/probe/vocabulary.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/vocabulary.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/vocabulary.lua
	cp $(SRCDIR)/lua/kindler/scan.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/scan.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/scan.lua
	cp $(SRCDIR)/lua/kindler/schema.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/schema.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/schema.lua
	cp $(SRCDIR)/lua/kindler/shape.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/shape.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/shape.lua
	cp $(SRCDIR)/lua/kindler/suggest.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/suggest.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/suggest.lua
	mkdir -p $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax
	cp $(SRCDIR)/lua/kindler/syntax/dot.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/dot.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/dot.lua
	cp $(SRCDIR)/lua/kindler/syntax/json.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/json.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/json.lua
	cp $(SRCDIR)/lua/kindler/syntax/make.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/make.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/make.lua
	cp $(SRCDIR)/lua/kindler/syntax/ninja.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/ninja.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/ninja.lua
	cp $(SRCDIR)/lua/kindler/syntax/shell.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/shell.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/shell.lua
	cp $(SRCDIR)/lua/kindler/tempdir.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/tempdir.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/tempdir.lua
	cp $(SRCDIR)/lua/kindler/toolchain.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/toolchain.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/toolchain.lua
	mkdir -p $(DESTDIR)$(DATADIR)/kindler/lua/kindler/validate
	cp $(SRCDIR)/lua/kindler/validate/environment.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/validate/environment.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/validate/environment.lua
	cp $(SRCDIR)/lua/kindler/validate/semantic.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/validate/semantic.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/validate/semantic.lua
	cp $(SRCDIR)/lua/kindler/validate/structure.lua $(DESTDIR)$(DATADIR)/kindler/lua/kindler/validate/structure.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/kindler/validate/structure.lua
	mkdir -p $(DESTDIR)$(DATADIR)/kindler/lua/modules
	cp $(SRCDIR)/lua/modules/asm.lua $(DESTDIR)$(DATADIR)/kindler/lua/modules/asm.lua
	chmod 644 $(DESTDIR)$(DATADIR)/kindler/lua/modules/asm.lua
	cp kindler-bootstrap $(DESTDIR)$(BINDIR)/kindler-bootstrap
	chmod 755 $(DESTDIR)$(BINDIR)/kindler-bootstrap
	mkdir -p $(DESTDIR)$(MANDIR)/man8
	cp $(SRCDIR)/man/kindler-bootstrap.8 $(DESTDIR)$(MANDIR)/man8/kindler-bootstrap.8
	chmod 644 $(DESTDIR)$(MANDIR)/man8/kindler-bootstrap.8

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/kindler
	rm -f $(DESTDIR)$(MANDIR)/man1/kindler.1
	rm -f $(DESTDIR)$(MANDIR)/man5/kindler.5
	rm -f $(DESTDIR)$(MANDIR)/man5/kindler-hints.5
	rm -f $(DESTDIR)$(MANDIR)/man7/kindler-codes.7
	rm -f $(DESTDIR)$(MANDIR)/man7/kindler-modules.7
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/compiler/acc.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/compiler/clang.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/compiler/gcc.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/compiler/kit.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/compiler/mingw_gcc.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/compiler/mipspro.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/compiler/pcc.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/compiler/sunpro.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/compiler/tcc.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/compiler/xlc.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/os/aix.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/os/darwin.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/os/freebsd.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/os/hpux.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/os/irix65.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/os/linux.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/os/netbsd.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/os/openbsd.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/os/solaris.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/hints/os/windows.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/buildtype.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/cache.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/cacheentries.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/cachekeys.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/bootstrap/dirs.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/bootstrap/main.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/bootstrap/output.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/cache.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/dump.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/export.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/main.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/module.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/options.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/output.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/starter.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler/steps.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/commit.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/confighdr.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/depfile.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/diag.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/compdb.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/dot.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/gmake.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/limits.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/make.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/ninja.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export/testscript.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/facts.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/generators.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/guard.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/hints.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/hintschema.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/ir.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module/api.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module/call.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module/loader.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module/sandbox.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/modules.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/normalize.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/paths.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/pcfile.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/pkgconfig.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/plan.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/archiver.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/argv.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/compiler.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/features.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/flags.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/identify.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/macros.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/programs.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/session.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/standards.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/tools.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe/vocabulary.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/scan.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/schema.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/shape.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/suggest.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/dot.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/json.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/make.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/ninja.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax/shell.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/tempdir.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/toolchain.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/validate/environment.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/validate/semantic.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/kindler/validate/structure.lua
	rm -f $(DESTDIR)$(DATADIR)/kindler/lua/modules/asm.lua
	rm -f $(DESTDIR)$(BINDIR)/kindler-bootstrap
	rm -f $(DESTDIR)$(MANDIR)/man8/kindler-bootstrap.8
	rmdir $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/bootstrap 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command/kindler 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/lua/kindler/command 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/lua/kindler/export 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/lua/kindler/module 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/lua/kindler/probe 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/lua/kindler/syntax 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/lua/kindler/validate 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/hints/compiler 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/hints/os 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/lua/kindler 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/lua/modules 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/hints 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler/lua 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/kindler 2>/dev/null || :

test: unit-tests
	@SRCDIR=$(SRCDIR) sh kindler-test.sh

include core.dir/deps.mk
include kindler.dir/deps.mk
include kindler-bootstrap.dir/deps.mk
include unit-tests.dir/deps.mk
