#!/usr/bin/env bash
# bench/import.sh -- `geopol import gdelt2` against plain COPY of the same
# file into a table of 61 text columns, side by side in one run.
#
#   bench/import.sh [N] [RUNS]   (default N = 100 copies of the GDELT 2.0
#                                 sample, 227,100 rows, 89 MB; RUNS = 5;
#                                 needs geopol and its client installed)
#
# The file: shared/reference/gdelt2-events-sample.tsv repeated N times, each
# copy with new GLOBALEVENTIDs, rising through the file as in GDELT's own
# files.  Every variant reads the same file from the
# client side (psql's \copy, the geopol client), over the same Unix socket,
# into an empty table: plain COPY into 61 text columns (no index, no
# conversion); geopol import into geopol.statement, conversion, rejects
# and keys included: by default converted by the client and sent by COPY
# straight into geopol.statement (the quick way, indexes row by row), with
# --staged staged and converted by geopol.import() in the server; and with
# geopol.import_bulk_lines = 10000, which makes the file's big year a new
# partition whose indexes are built after its rows are in.  Each variant runs RUNS
# times, alternating, and the best run counts (the machine is shared: the
# best run is the least disturbed one).  Also measured: the same two with
# the file in two halves loaded on two connections (-j 2, two psql), a
# reload of the whole file (every row unchanged), and the INSERT of the
# already converted rows alone (what geopol.statement's indexes cost).
set -eu
N=${1:-100}
RUNS=${2:-5}
cd "$(dirname "$0")/.."
top=$PWD
shared=${GEOPOL_SHARED:-$top/../shared}
[ -d "$shared/reference" ] || shared=$top/../../shared
sample=$shared/reference/gdelt2-events-sample.tsv
. test/cluster.sh
cluster_start --locale=C -E UTF8 >/dev/null
psqlq -d postgres -c "ALTER SYSTEM SET max_parallel_workers_per_gather = 0" \
	-c "ALTER SYSTEM SET jit = off" -c "ALTER SYSTEM SET shared_buffers = '1GB'" \
	-c "ALTER SYSTEM SET max_wal_size = '8GB'" -c "ALTER SYSTEM SET checkpoint_timeout = '30min'" >/dev/null
as_pg "$bindir/pg_ctl" -D "$work/data" -w restart -o "-p $port -k $work -c listen_addresses=''" >/dev/null
psqlq -d postgres -c "CREATE DATABASE bench"
psqlq -d bench -c "CREATE EXTENSION geopol"
psqlq -d bench -c "CREATE TABLE plain ($(for i in $(seq 1 61); do printf 'c%d text,' "$i"; done | sed 's/,$//'))"

stage=$(mktemp -d)
trap 'rm -rf "$stage"; cluster_stop' EXIT
chmod 755 "$stage"
# the copies one after another, so that the ids rise through the file as
# they do in GDELT's files (and in the sample): an export file is written
# in GLOBALEVENTID order
awk -F'\t' -v OFS='\t' -v n="$N" '{ l[NR] = $0 }
	END { for (r = 0; r < n; r++) for (i = 1; i <= NR; i++) { $0 = l[i]; $1 = sprintf("%.0f", 1000000000 + r * 10000000 + i); print } }' \
	"$sample" >"$stage/big.tsv"
lines=$(wc -l <"$stage/big.tsv")
half=$(((lines + 1) / 2))
head -n "$half" "$stage/big.tsv" >"$stage/half1.tsv"
tail -n +"$((half + 1))" "$stage/big.tsv" >"$stage/half2.tsv"
bytes=$(stat -c %s "$stage/big.tsv")
chmod 644 "$stage"/*.tsv
export PGHOST=$work PGPORT=$port PGUSER=postgres PGDATABASE=bench
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1)
geopol=$bindir/geopol
expect=$(($(awk -F'\t' '$6 != "" && $6 !~ /[a-z]/ && $16 !~ /[a-z]/' "$sample" | wc -l) * N))

now() { date +%s.%N; }
# the CPU seconds of the server's processes so far (Linux /proc): the
# postmaster's reaped children (each load's backend, once it has exited)
# and the live ones (background writers); a load's server CPU is the
# difference around it, which the load average of a shared machine moves
# less than the wall clock
srv_cpu() {
	local pm
	pm=$(head -n 1 "$work/data/postmaster.pid")
	{ awk '{ print $16 + $17 }' "/proc/$pm/stat"
	  for c in $(pgrep -P "$pm"); do awk '{ print $14 + $15 + $16 + $17 }' "/proc/$c/stat" 2>/dev/null; done
	} | awk -v hz="$(getconf CLK_TCK)" '{ s += $1 } END { printf "%.2f", s / hz }'
}
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }
# an empty database: no statement, no partition but the DEFAULT one (a load
# into new years makes their partitions: see the README, "Loading data")
empty() {
	"${psql[@]}" -c "TRUNCATE plain" -c "TRUNCATE geopol.statement, geopol.import_reject, geopol.import_log CASCADE" \
		-c "DO \$\$ DECLARE r regclass; BEGIN
		      FOR r IN SELECT relid FROM pg_partition_tree('geopol.statement')
		                WHERE isleaf AND relid <> 'geopol.statement_default'::regclass LOOP
		          EXECUTE format('DROP TABLE %s', r);
		      END LOOP; END \$\$" \
		-c "CHECKPOINT" >/dev/null
}
t_copy= t_geo= t_copy2= t_geo2= t_reload= t_insert= t_bulk= t_staged=
c_copy= c_geo= c_staged=
load0=$(cut -d' ' -f1-3 /proc/loadavg)
for r in $(seq 1 "$RUNS"); do
	empty
	t0=$(now)
	c0=$(srv_cpu)
	"${psql[@]}" -c "\\copy plain FROM '$stage/big.tsv'"
	t_copy=$(best "$t_copy" "$(calc "$(now) - $t0")")
	c_copy=$(best "$c_copy" "$(calc "$(srv_cpu) - $c0")")
	got=$("${psql[@]}" -At -c "SELECT count(*) FROM plain")
	[ "$got" = "$lines" ] || { echo "plain COPY stored $got of $lines rows" >&2; exit 1; }

	# the same file, its big year made a new partition (the bulk way)
	empty
	t0=$(now)
	PGOPTIONS="-c geopol.import_bulk_lines=10000" "$geopol" import --no-progress -q gdelt2 "$stage/big.tsv" >"$stage/out" || [ $? = 1 ]
	t_bulk=$(best "$t_bulk" "$(calc "$(now) - $t0")")
	got=$("${psql[@]}" -At -c "SELECT count(*) FROM geopol.statement")
	[ "$got" = "$expect" ] || { echo "geopol import (bulk way) stored $got of $expect rows" >&2; cat "$stage/out" >&2; exit 1; }

	# the file staged, converted by geopol.import() in the server (as
	# before the quick way; what a SQL user's load does)
	empty
	t0=$(now)
	c0=$(srv_cpu)
	"$geopol" import --staged --no-progress -q gdelt2 "$stage/big.tsv" >"$stage/out" || [ $? = 1 ]
	t_staged=$(best "$t_staged" "$(calc "$(now) - $t0")")
	c_staged=$(best "$c_staged" "$(calc "$(srv_cpu) - $c0")")
	got=$("${psql[@]}" -At -c "SELECT count(*) FROM geopol.statement")
	[ "$got" = "$expect" ] || { echo "geopol import --staged stored $got of $expect rows" >&2; cat "$stage/out" >&2; exit 1; }

	# the default: converted by the client, sent by COPY into geopol.statement
	empty
	t0=$(now)
	c0=$(srv_cpu)
	"$geopol" import --no-progress -q gdelt2 "$stage/big.tsv" >"$stage/out" || [ $? = 1 ]
	t_geo=$(best "$t_geo" "$(calc "$(now) - $t0")")
	c_geo=$(best "$c_geo" "$(calc "$(srv_cpu) - $c0")")
	got=$("${psql[@]}" -At -c "SELECT count(*) FROM geopol.statement")
	[ "$got" = "$expect" ] || { echo "geopol import stored $got of $expect rows" >&2; cat "$stage/out" >&2; exit 1; }

	# the same file again: every row unchanged
	t0=$(now)
	"$geopol" import --no-progress -q --again gdelt2 "$stage/big.tsv" >"$stage/out" || [ $? = 1 ]
	t_reload=$(best "$t_reload" "$(calc "$(now) - $t0")")
	grep -q "0 stored, 0 updated, $expect unchanged" "$stage/out" || { cat "$stage/out" >&2; exit 1; }

	empty
	t0=$(now)
	"${psql[@]}" -c "\\copy plain FROM '$stage/half1.tsv'" &
	"${psql[@]}" -c "\\copy plain FROM '$stage/half2.tsv'"
	wait
	t_copy2=$(best "$t_copy2" "$(calc "$(now) - $t0")")

	empty
	t0=$(now)
	"$geopol" import --no-progress -q -j 2 gdelt2 "$stage/half1.tsv" "$stage/half2.tsv" >"$stage/out" || [ $? = 1 ]
	t_geo2=$(best "$t_geo2" "$(calc "$(now) - $t0")")
	got=$("${psql[@]}" -At -c "SELECT count(*) FROM geopol.statement")
	[ "$got" = "$expect" ] || { echo "geopol import -j 2 stored $got of $expect rows" >&2; exit 1; }

	# the converted rows alone, inserted into geopol.statement with its indexes
	"${psql[@]}" -c "DROP TABLE IF EXISTS conv" \
		-c "CREATE TABLE conv AS SELECT said_on, source, stance, target, dataset, event_id, url, mentions FROM geopol.statement" \
		>/dev/null
	empty
	t0=$(now)
	"${psql[@]}" -c "INSERT INTO geopol.statement (said_on, source, stance, target, dataset, event_id, url, mentions) SELECT * FROM conv"
	t_insert=$(best "$t_insert" "$(calc "$(now) - $t0")")
done

rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }
r_copy=$(rate "$lines" "$t_copy")
r_geo=$(rate "$lines" "$t_geo")
r_copy2=$(rate "$lines" "$t_copy2")
r_geo2=$(rate "$lines" "$t_geo2")
echo
echo "load average at the start: $load0"
echo "GDELT 2.0 events: $lines rows ($N copies of the sample), $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB, $expect statements; best of $RUNS runs"
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| load | s | rows/s | vs plain COPY |"
echo "| --- | ---: | ---: | ---: |"
printf '| plain COPY into 61 text columns (psql \\copy) | %.2f | %s | 1.00 |\n' "$t_copy" "$r_copy"
printf '| geopol import gdelt2 (converted by the client, COPY into geopol.statement: the quick way) | %.2f | %s | %.2f |\n' "$t_geo" "$r_geo" "$(calc "$r_geo / $r_copy")"
printf '| geopol import --staged gdelt2 (staged, converted by geopol.import(), indexes row by row) | %.2f | %s | %.2f |\n' "$t_staged" "$(rate "$lines" "$t_staged")" "$(calc "$(rate "$lines" "$t_staged") / $r_copy")"
printf '| geopol import gdelt2, geopol.import_bulk_lines=10000 (2015 a new partition, indexes built after) | %.2f | %s | %.2f |\n' "$t_bulk" "$(rate "$lines" "$t_bulk")" "$(calc "$(rate "$lines" "$t_bulk") / $r_copy")"
printf '| plain COPY, two halves on two connections | %.2f | %s | 1.00 |\n' "$t_copy2" "$r_copy2"
printf '| geopol import -j 2, two halves | %.2f | %s | %.2f |\n' "$t_geo2" "$r_geo2" "$(calc "$r_geo2 / $r_copy2")"
printf '| geopol import --again (every row unchanged) | %.2f | %s | %.2f |\n' "$t_reload" "$(rate "$lines" "$t_reload")" "$(calc "$(rate "$lines" "$t_reload") / $r_copy")"
printf '| INSERT of the %s converted rows alone into geopol.statement | %.2f | %s | |\n' "$expect" "$t_insert" "$(rate "$expect" "$t_insert")"
echo
echo "Server CPU (the server's processes, best of $RUNS runs):"
echo
echo "| load | server CPU s | vs plain COPY |"
echo "| --- | ---: | ---: |"
printf '| plain COPY into 61 text columns | %.2f | 1.00 |\n' "$c_copy"
printf '| geopol import gdelt2 (the quick way) | %.2f | %.2f |\n' "$c_geo" "$(calc "$c_copy / $c_geo")"
printf '| geopol import --staged gdelt2 | %.2f | %.2f |\n' "$c_staged" "$(calc "$c_copy / $c_staged")"
