#!/usr/bin/env bash
# test/run.sh -- every test suite of geopol, summed up in one closing line
# "N passed, N failed".  Called by `make test` (and so by .ci/run).
#
#   1. unit tests of the pure-C core, built with -Werror and
#      -fsanitize=address,undefined (fuzz iterations: GEOPOL_FUZZ, default 2M);
#      again under valgrind when it is installed (one check a suite)
#   2. the extension, built with -Werror and installed (needs root or a
#      writable PostgreSQL installation)
#   3. pg_regress on a temporary instance (as the postgres user when run as
#      root; files staged in a temporary folder that user owns)
#   4. shell suites (test/dump.sh: pg_dump/pg_restore, search_path hijacking;
#      test/upgrade.sh; every test/suites/*.sh)
#
#   test/run.sh --unit-only     only step 1
set -u
cd "$(dirname "$0")/.."
top=$PWD
PG_CONFIG=${PG_CONFIG:-pg_config}
unit_only=0
[ "${1:-}" = "--unit-only" ] && unit_only=1

total_pass=0
total_fail=0
add() { total_pass=$((total_pass + $1)); total_fail=$((total_fail + $2)); }
finish() {
	echo
	echo "$total_pass passed, $total_fail failed"
	[ "$total_fail" -eq 0 ] && [ "$total_pass" -gt 0 ]
	exit $?
}

# ---- 1. unit tests --------------------------------------------------------
echo "== unit tests (ASan + UBSan) =="
make -s src/core/cameo_codes.c src/core/cameo_events.c src/core/extract_grammar.c PG_CONFIG="$PG_CONFIG" || { add 0 1; finish; }
CC=${CC:-cc}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
for t in test/unit/test_*.c; do
	name=$(basename "$t" .c)
	bin=test/unit/$name.bin
	if ! $CC -std=c99 -Wall -Wextra -Werror -g -O1 $SAN -Isrc/core -Itest/unit \
			"$t" src/core/*.c -o "$bin"; then
		echo "$name: does not compile"
		add 0 1
		continue
	fi
	out=$(ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		"./$bin" "${GEOPOL_FUZZ:-2000000}" 2>&1)
	rc=$?
	echo "$out"
	line=$(echo "$out" | grep -E '^[^ ]+: [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
	if [ -z "$line" ]; then
		echo "$name: crashed or printed no summary (exit $rc)"
		add 0 1
		continue
	fi
	p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed/\1/')
	f=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed/\2/')
	[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	add "$p" "$f"
done
# the same tests without sanitizers under valgrind (uninitialised reads,
# leaks), when valgrind is there; fewer fuzz iterations, it is slow
if command -v valgrind >/dev/null; then
	echo
	echo "== unit tests under valgrind =="
	for t in test/unit/test_*.c; do
		name=$(basename "$t" .c)
		bin=test/unit/$name.vg.bin
		if ! $CC -std=c99 -Wall -Wextra -Werror -g -O1 -Isrc/core -Itest/unit "$t" src/core/*.c -o "$bin"; then
			add 0 1
			continue
		fi
		out=$(valgrind -q --error-exitcode=9 --leak-check=full "./$bin" 20000 2>&1)
		rc=$?
		line=$(echo "$out" | grep -E '^[^ ]+: [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
		if [ "$rc" -ne 0 ] || [ -z "$line" ]; then
			echo "$out"
			echo "$name under valgrind: exit $rc"
			add 0 1
		else
			echo "valgrind ${line}"
			add 1 0
		fi
	done
fi
[ "$unit_only" -eq 1 ] && finish

# ---- 2. build and install ---------------------------------------------------
echo
echo "== build (-Werror) and install =="
if ! make -s WERROR=1 PG_CONFIG="$PG_CONFIG" >/tmp/geopol-build.$$ 2>&1; then
	cat /tmp/geopol-build.$$
	rm -f /tmp/geopol-build.$$
	echo "build failed"
	add 0 1
	finish
fi
rm -f /tmp/geopol-build.$$
if ! make -s install PG_CONFIG="$PG_CONFIG" >/dev/null; then
	echo "make install failed: run the tests as root (or with a PostgreSQL installation you can write to)"
	add 0 1
	finish
fi
echo "installed into $($PG_CONFIG --pkglibdir) and $($PG_CONFIG --sharedir)/extension"

# ---- 3. pg_regress ------------------------------------------------------------
echo
echo "== pg_regress (temporary instance) =="
bindir=$($PG_CONFIG --bindir)
pg_regress=$(dirname "$($PG_CONFIG --pgxs)")/../test/regress/pg_regress
stage=$(mktemp -d /tmp/geopol-regress.XXXXXX)
mkdir -p "$stage/sql" "$stage/expected" "$stage/data"
cp test/sql/*.sql "$stage/sql/"
cp expected/*.out "$stage/expected/"
cp data/*.tsv "$stage/data/"
# the schedule: test/schedule lists the suites in order
tests=$(grep -v '^#' test/schedule | sed -n 's/^test: *//p' | tr '\n' ' ')
runas=()
if [ "$(id -u)" -eq 0 ]; then
	chown -R postgres "$stage"
	runas=(runuser -u postgres --)
fi
out=$(cd "$stage" && "${runas[@]}" "$pg_regress" \
	--temp-instance="$stage/tmp_check" \
	--bindir="$bindir" \
	--inputdir="$stage" --outputdir="$stage" \
	--dbname=geopol_regress \
	$tests 2>&1)
rc=$?
echo "$out"
p=$(echo "$out" | grep -cE '^(test| )? *[a-z0-9_]+ +\.\.\. ok')
f=$(echo "$out" | grep -cE '\.\.\. FAILED')
if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
	f=1
	[ -f "$stage/tmp_check/log/postmaster.log" ] && tail -n 30 "$stage/tmp_check/log/postmaster.log"
fi
if [ -s "$stage/regression.diffs" ]; then
	echo "---- regression.diffs ----"
	cat "$stage/regression.diffs"
fi
add "$p" "$f"
if [ "$f" -eq 0 ] && [ "${GEOPOL_KEEP:-0}" != 1 ]; then
	rm -rf "$stage"
else
	echo "(files kept in $stage)"
fi

# ---- 4. shell suites: dump/restore, search_path safety, upgrade path, and
# every suite in test/suites/ (each prints "ok N - ..." / "not ok N - ...")
for suite in test/dump.sh test/upgrade.sh $(ls test/suites/*.sh 2>/dev/null); do
	echo
	echo "== $suite =="
	out=$(PG_CONFIG="$PG_CONFIG" "$suite" 2>&1)
	rc=$?
	echo "$out"
	p=$(echo "$out" | grep -c '^ok ')
	f=$(echo "$out" | grep -c '^not ok ')
	[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	add "$p" "$f"
done
finish
