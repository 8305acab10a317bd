# good/posix-features.mk: POSIX.1-2008 constructs the checker must accept.
# Comments before .POSIX: are fine.

.POSIX:
.SUFFIXES:
.SUFFIXES: .c .o .a

include config.mk

# Macros: letters, digits and _; leading blanks; a trailing comment.
CC = c99
  CFLAGS = -O
SRCS = a.c b.c sub/c.c   # the sources
OBJS = $(SRCS:.c=.o)
LIBOBJS = ${SRCS:.c=.o}
X = x
COMPILE_ONE = $(CC) $(CFLAGS) -c $<
EMPTY =
V1 = $(X)$(X)
DIR = obj

all: prog lib.a $(DIR)/stamp

prog: $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $(OBJS)
	@echo built $@ from $?
	-rm -f core
	+@echo "$(@D) $(@F) $$HOME $X ${X}"

$(DIR)/stamp: prog
	mkdir -p $(@D) && touch $@
	cd $(@D) && ls
	if test -f prog; then \
	  echo yes; \
	else \
	  echo no; \
	fi

lib.a: lib.a(a.o) lib.a(b.o)
	@echo $@ is up to date: $%

lib.a(a.o): a.o
	ar rv lib.a a.o

.c.o:
	$(COMPILE_ONE)
	@echo $* $(*D) $(*F) $(<D) $(<F)

.c:
	$(CC) -o $@ $<

.c.a:
	$(CC) -c $(CFLAGS) $<
	$(AR) $(ARFLAGS) $@ $*.o

.DEFAULT:
	@echo no rule for $<

# PHONY is POSIX.1-2024 and harmless to older makes: not flagged.
.PHONY: all clean check

clean: ; rm -f prog $(OBJS) lib.a

check: all
	$(MAKE) -f other.mk check
	cd sub && $(MAKE)

.PRECIOUS: lib.a
.SILENT: clean
.IGNORE: clean
