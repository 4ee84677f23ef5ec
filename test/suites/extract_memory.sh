#!/usr/bin/env bash
# test/suites/extract_memory.sh -- geopol.extract() keeps its memory bounded
# (issue 11 item 8): statements stream out into a tuplestore that spills past
# work_mem, the coder's own memory is a fixed window, a hard limit
# (geopol.extract_memory_limit) fails with SQLSTATE 54000, and a call can be
# cancelled inside one long word.  Needs geopol installed (make install).
set -u
cd "$(dirname "$0")/../.."
. test/cluster.sh
. test/check.sh
cluster_start >/dev/null || { echo "not ok 1 - cluster starts"; echo "extract_memory: 0 passed, 1 failed"; exit 1; }
psqlq -d postgres -c "CREATE EXTENSION geopol" >/dev/null

# peak resident memory (kB) of the backend after the SQL in $1 (the
# backend reads its own /proc/self/status: superuser)
peak_of() {
	psqlq -d postgres <<SQL
SET work_mem = '4MB';
$1
SELECT (pg_catalog.regexp_match(pg_catalog.pg_read_file('/proc/self/status'), 'VmHWM:\s+(\d+)'))[1];
SQL
}

# statement-dense text: 40 MB of short statements
mb=40
sql="SELECT count(*) FROM geopol.extract(repeat('Japan condemned Russia. France urged Iran to stop. Germany praised Canada on Monday. ', $mb * 1048576 / 87), '2024-11-05');"
base=$(peak_of "SELECT count(*) FROM geopol.extract('France condemned Russia.');" | tail -n 1)
out=$(peak_of "$sql")
rows=$(echo "$out" | sed -n 1p)
peak=$(echo "$out" | tail -n 1)
echo "# $mb MB of statements: $rows rows; backend peak $((peak / 1024)) MB (idle $((base / 1024)) MB)"
check "extract() over $mb MB of statements returns them" test "${rows:-0}" -gt 500000
# the text itself is in memory (the repeat() result and its copy); the
# coder and its result rows must not add more than a few times the text
check "peak memory grows by less than 3x the text ($(((peak - base) / 1024)) MB for $mb MB)" \
	test $((peak - base)) -lt $((mb * 1024 * 3))

# the hard limit: a clear error, SQLSTATE 54000, naming the setting
err=$(psqlq -d postgres -v VERBOSITY=verbose 2>&1 <<'SQL'
SET geopol.extract_memory_limit = '64kB';
SELECT count(*) FROM geopol.extract('Japan condemned Russia.');
SQL
)
echo "$err" | sed 's/^/# /'
check "a call past geopol.extract_memory_limit fails with 54000" \
	bash -c "echo \"\$0\" | grep -q '54000'" "$err"
check "the error names the setting that raises it" \
	bash -c "echo \"\$0\" | grep -q 'geopol.extract_memory_limit'" "$err"
check "the setting's default lets the call through" \
	test "$(psqlq -d postgres -c "SELECT count(*) FROM geopol.extract('Japan condemned Russia.')")" = 1

# cancellation inside one long word: 250 MB without a sentence end, stored
# compressed (2.8 MB: reading it back is a small part of the call).  The
# timeout is half the call's time (measured, best of two): cancelled, the
# call must end soon after it; before the fix it ran to the end of the word.
ms_of() {
	local t0 t1
	t0=$(date +%s%N)
	psqlq -d postgres >/dev/null 2>&1 <<<"$1"
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000000))
}
psqlq -d postgres -c "CREATE TABLE word AS SELECT repeat('a', 250000000) AS t" >/dev/null
psqlq -d postgres -c "SELECT count(*) FROM geopol.extract('warm up')" >/dev/null
call="SELECT count(*) FROM word, geopol.extract(word.t);"
t1=$(ms_of "$call")
t2=$(ms_of "$call")
t_full=$((t1 < t2 ? t1 : t2))
timeout=$((t_full / 2))
t0=$(date +%s%N)
err=$(psqlq -d postgres 2>&1 <<SQL
SET statement_timeout = '${timeout}ms';
$call
SQL
)
t1=$(date +%s%N)
ms=$(((t1 - t0) / 1000000))
echo "# the call takes ${t_full} ms; timeout ${timeout} ms, cancelled after ${ms} ms: $(echo "$err" | head -n 1)"
check "statement_timeout cancels extract() inside a 250 MB word" \
	bash -c "echo \"\$0\" | grep -q 'canceling statement due to statement timeout'" "$err"
check "it stops soon after the timeout, not at the end of the word (${ms} of ${t_full} ms)" \
	test "$ms" -lt $((t_full * 3 / 4))

echo "extract_memory: $pass passed, $fail failed"
