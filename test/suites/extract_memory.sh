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

# statement-dense text: 40 MB of short statements, each about a thing of
# its own (a made-up word of letters: the same statement repeated in an
# article is coded once)
mb=40
text="(SELECT string_agg(pg_catalog.format('Japan condemned Russia''s %s. France urged Iran to stop the %s. Germany praised Canada''s %s on Monday. ', w, w, w), '')
       FROM (SELECT pg_catalog.translate(pg_catalog.left(pg_catalog.md5(i::text), 8), '0123456789', 'ghijklmnop') w
               FROM pg_catalog.generate_series(1, $mb * 1048576 / 130) i) s)"
# the peak of building the text alone (string_agg's buffer doubles as it
# grows), then of building it and coding it
base=$(peak_of "SELECT pg_catalog.length($text);" | tail -n 1)
out=$(peak_of "SELECT count(*) FROM geopol.extract($text, '2024-11-05');")
rows=$(echo "$out" | sed -n 1p)
peak=$(echo "$out" | tail -n 1)
echo "# $mb MB of statements: $rows rows; backend peak $((peak / 1024)) MB (the text built alone: $((base / 1024)) MB)"
check "extract() over $mb MB of statements returns them" test "${rows:-0}" -gt 500000
# beyond what building the text took, the coder and its result rows must
# not add more than a few times the text
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
