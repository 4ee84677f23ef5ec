# geopol -- PostgreSQL extension, built with PGXS.
#
#   make            build the extension
#   make install    install it into the PostgreSQL that pg_config names
#   make test       unit tests (ASan/UBSan) + pg_regress on a temporary instance
#   make installcheck  the pg_regress suites against an installed, running
#                   server (PGHOST, PGPORT, PGUSER; after make install)
#   make demo       from a fresh Debian 12: packages, build, install, a private
#                   cluster in .demo/, and actors at work
#   make demo-stop / make clean-demo

EXTENSION   = geopol
EXTVERSION  = $(shell sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" $(EXTENSION).control)

MODULE_big  = geopol
# the statement coder, one file per stage (src/core/extract_int.h)
EXTRACT_OBJS = src/core/extract_util.o src/core/extract_token.o src/core/extract_dict.o \
              src/core/extract_grammar.o src/core/extract_actors.o src/core/extract_cues.o \
              src/core/extract_subject.o src/core/extract_target.o src/core/extract_rules.o \
              src/core/extract_modality.o src/core/extract_code.o src/core/extract_sides.o \
              src/core/extract_article.o
EXTRACT_OBJS += src/core/extract_focus.o
EXTRACT_OBJS += src/core/namecheck.o
CORE_OBJS   = src/core/actor.o src/core/bloc.o src/core/stance.o src/core/cameo_codes.o src/core/cameo_events.o \
              $(EXTRACT_OBJS)
OBJS        = src/geopol.o src/actor.o src/actor_gist.o src/bloc.o src/cache.o src/registry.o src/stance.o src/extract.o src/questions.o \
              src/questions_who.o src/questions_walk.o src/questions_matrix.o src/import.o src/names.o $(CORE_OBJS)

# one SQL source per concern, concatenated into the install script
SQL_SOURCES = sql/head.sql sql/privileges.sql sql/actor.sql sql/actor_name.sql sql/actor_name_rule.sql sql/bloc.sql sql/membership.sql sql/stance.sql sql/statement.sql sql/questions.sql sql/extract.sql sql/import.sql
DATA_FILES  = data/countries.tsv data/cameo-codes.tsv data/names.tsv data/membership.tsv data/code-aliases.tsv data/bloc-kinds.tsv data/lexicon.tsv \
              data/persons.tsv data/organisations.tsv data/groups.tsv data/places.tsv data/agents.tsv data/lexicon-cameo.tsv \
              data/import-sectors.tsv data/plover-stances.tsv
DATA_built  = sql/$(EXTENSION)--$(EXTVERSION).sql sql/$(EXTENSION)--0.2--0.3.sql
# earlier releases: their install and update scripts as released, for the
# upgrade path (frozen: they must not follow later edits of sql/*.sql)
DATA        = sql/$(EXTENSION)--0.1.sql sql/$(EXTENSION)--0.2.sql sql/$(EXTENSION)--0.1--0.2.sql
# ... read as they were: in the database's encoding (geopol.control says UTF8)
DATA       += $(EXTENSION)--0.1.control $(EXTENSION)--0.2.control
# 0.2 -> 0.3: one fragment per concern, applied in file-name order
UPGRADE_0_3 = $(sort $(wildcard sql/upgrade-0.3/*.sql))
# checks that need the new builtin data, run after it
UPGRADE_0_3_AFTER = $(sort $(wildcard sql/upgrade-0.3/after/*.sql))
EXTRA_CLEAN = src/core/cameo_codes.c src/core/cameo_events.c src/core/extract_grammar.c sql/$(EXTENSION)--$(EXTVERSION).sql \
              sql/$(EXTENSION)--0.2--0.3.sql test/unit/*.bin

PG_CONFIG  ?= pg_config
PG_CPPFLAGS = -I$(srcdir)/src
# warnings are errors (make test and CI build with WERROR=1, the default)
WERROR     ?= 1
PG_CFLAGS   = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
ifeq ($(WERROR),1)
PG_CFLAGS  += -Werror
endif

# make installcheck: the pg_regress suites of test/schedule against a
# running server, as contrib modules do.  The server itself writes and reads
# the files of the binary COPY tests, so inputs and results are staged in a
# folder it can reach (REGRESS_DIR, world-writable; results and
# regression.diffs stay there).
REGRESS      = $(shell sed -n 's/^test: *//p' test/schedule)
REGRESS_DIR ?= /tmp/geopol-installcheck-$(shell id -u)
REGRESS_OPTS = --inputdir=$(REGRESS_DIR) --outputdir=$(REGRESS_DIR)
REGRESS_PREP = installcheck-stage

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

.PHONY: installcheck-stage
installcheck-stage:
	rm -rf $(REGRESS_DIR)
	mkdir -m 0777 $(REGRESS_DIR) $(REGRESS_DIR)/sql $(REGRESS_DIR)/expected
	cp test/sql/*.sql $(REGRESS_DIR)/sql/
	cp expected/*.out $(REGRESS_DIR)/expected/
# the command-line client (client/, C on libpq): built, installed beside
# pg_config --bindir (its man page in --mandir) and cleaned with the extension
all: client-all
install: client-install
clean: client-clean
client-all:
	$(MAKE) -C client PG_CONFIG=$(PG_CONFIG) WERROR=$(WERROR)
client-install: client-all
	$(MAKE) -C client install PG_CONFIG=$(PG_CONFIG)
client-clean:
	$(MAKE) -C client clean
.PHONY: client-all client-install client-clean

# Both scripts are ASCII (data/tsv2sql.awk writes other text as hex), so
# they convert into any server encoding (geopol.control: encoding = UTF8).
ASCII_ONLY = if LC_ALL=C grep -q -P '[\x80-\xFF]' $@; then \
	  LC_ALL=C grep -n -m3 -P '[\x80-\xFF]' $@ | cut -c1-100 >&2; \
	  echo "$@: bytes outside ASCII (data files: tsv2sql.awk hexes them; SQL: U&'' escapes)" >&2; \
	  rm -f $@; exit 1; fi
sql/$(EXTENSION)--$(EXTVERSION).sql: $(SQL_SOURCES) $(DATA_FILES) data/tsv2sql.awk $(EXTENSION).control
	( cat $(SQL_SOURCES); \
	  LC_ALL=C awk -F'\t' -f data/tsv2sql.awk $(DATA_FILES) ) > $@
	@$(ASCII_ONLY)

# 0.2 -> 0.3: the fragments of sql/upgrade-0.3/, then the builtin data of
# this release in place of 0.2's (refresh=1: builtin rows are replaced)
sql/$(EXTENSION)--0.2--0.3.sql: $(UPGRADE_0_3) $(DATA_FILES) data/tsv2sql.awk $(UPGRADE_0_3_AFTER)
	( cat $(UPGRADE_0_3); \
	  LC_ALL=C awk -F'\t' -v refresh=1 -f data/tsv2sql.awk $(DATA_FILES); \
	  cat $(UPGRADE_0_3_AFTER) ) > $@
	@$(ASCII_ONLY)

# The CAMEO top-level codes (countries and CAMEO's own codes), sorted for
# binary search, generated from the same data files as the name registry.
src/core/cameo_codes.c: data/countries.tsv data/cameo-codes.tsv
	( echo '/* generated from data/countries.tsv and data/cameo-codes.tsv */'; \
	  echo '#include <stddef.h>'; \
	  echo 'extern const char gp_cameo_toplevel_codes[][4];'; \
	  echo 'extern const size_t gp_cameo_toplevel_count;'; \
	  echo 'const char gp_cameo_toplevel_codes[][4] = {'; \
	  cat data/countries.tsv data/cameo-codes.tsv | grep -v '^#' | cut -f1 | \
	    LC_ALL=C sort -u | sed 's/.*/	"&",/'; \
	  echo '};'; \
	  echo 'const size_t gp_cameo_toplevel_count = sizeof(gp_cameo_toplevel_codes) / sizeof(gp_cameo_toplevel_codes[0]);' ) > $@

# The CAMEO event codes with their Goldstein values and PLOVER types.
src/core/cameo_events.c: data/cameo.tsv
	( echo '/* generated from data/cameo.tsv */'; \
	  echo '#include "stance.h"'; \
	  echo 'const gp_cameo_event gp_cameo_events[] = {'; \
	  grep -v '^#' data/cameo.tsv | LC_ALL=C sort -t'	' -k1,1 | \
	    awk -F'\t' '{ gsub(/\\/, "\\\\", $$7); gsub(/"/, "\\\"", $$7); \
	      printf "\t{\"%s\", %s, %s, \"%s\", \"%s\"},\n", $$1, $$2, $$3, $$4, $$7 }'; \
	  echo '};'; \
	  echo 'const size_t gp_cameo_event_count = sizeof(gp_cameo_events) / sizeof(gp_cameo_events[0]);' ) > $@

# The grammar words and phrases of the statement coder.
src/core/extract_grammar.c: data/grammar.tsv src/core/extract_grammar.awk
	LC_ALL=C awk -F'\t' -f src/core/extract_grammar.awk data/grammar.tsv > $@

src/core/actor.o: src/core/actor.h
src/core/bloc.o: src/core/bloc.h src/core/actor.h
src/core/stance.o src/core/cameo_events.o: src/core/stance.h
$(EXTRACT_OBJS): src/core/extract.h src/core/extract_int.h src/core/stance.h
src/actor.o src/actor_gist.o src/bloc.o src/cache.o src/registry.o src/stance.o src/extract.o src/questions.o src/questions_who.o src/questions_walk.o src/questions_matrix.o: src/geopol.h src/registry.h src/core/extract.h src/core/actor.h src/core/bloc.h src/core/stance.h
src/questions.o src/questions_who.o src/questions_walk.o src/questions_matrix.o: src/questions.h

.PHONY: test unit demo demo-stop clean-demo
test:
	./test/run.sh

unit: src/core/cameo_codes.c src/core/cameo_events.c src/core/extract_grammar.c
	./test/run.sh --unit-only

demo:
	./test/demo.sh start
	./client/demo.sh

demo-stop:
	./test/demo.sh stop

clean-demo:
	./test/demo.sh clean
