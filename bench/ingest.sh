#!/usr/bin/env bash
# bench/ingest.sh -- `geopol ingest -j 2` against a psql loop over
# geopol.ingest(), the same articles, side by side in one run.
#
#   bench/ingest.sh [N] [RUNS]   (default N = 2000 articles, RUNS = 3;
#                                 corpus ../shared/corpus/dev; needs geopol
#                                 and its client installed)
#
# The articles: the development corpus repeated to N files in the header
# format (url:, date:, title:, ---, text), each with its own url.  The
# alternative is what a user writes without the client: one psql session
# running one SELECT geopol.ingest(url, date, title, body) per article, each
# its own transaction (a psql loop without a new connection per article;
# the body passed as a dollar-quoted literal).  The client reads the same
# files and calls geopol.ingest_once() (the same ingest(), plus the check
# that the url is new) on one connection (-j 1) and on two (-j 2).  Every
# run starts from empty tables; the best of RUNS runs counts (the machine is
# shared and has 2 cores, so -j 2 cannot be twice as fast when anything else
# runs).  The statements stored are counted and must be equal.
#
#   bench/ingest.sh --memory [MB]   (default 200) the client's memory: one
#                                 plain file of MB megabytes (the corpus's
#                                 text repeated), its url stored before, so
#                                 the server skips it after reading it; the
#                                 client's maximum resident size (GNU time
#                                 -v) against the file's size, two runs
set -eu
MEMORY=
if [ "${1:-}" = --memory ]; then
	MEMORY=${2:-200}
	set --
fi
N=${1:-2000}
RUNS=${2:-3}
cd "$(dirname "$0")/.."
top=$PWD
shared=${GEOPOL_SHARED:-$top/../shared}
[ -d "$shared/corpus/dev" ] || shared=$top/../../shared
corpus=$shared/corpus/dev
. test/cluster.sh
cluster_start --locale=C -E UTF8 >/dev/null
psqlq -d postgres -c "ALTER SYSTEM SET max_parallel_workers_per_gather = 0" \
	-c "ALTER SYSTEM SET jit = off" -c "ALTER SYSTEM SET shared_buffers = '1GB'" \
	-c "ALTER SYSTEM SET max_wal_size = '8GB'" >/dev/null
as_pg "$bindir/pg_ctl" -D "$work/data" -w restart -o "-p $port -k $work -c listen_addresses=''" >/dev/null
psqlq -d postgres -c "CREATE DATABASE bench"
psqlq -d bench -c "CREATE EXTENSION geopol"

stage=$(mktemp -d)
trap 'rm -rf "$stage"; cluster_stop' EXIT
chmod 755 "$stage"
if [ -n "$MEMORY" ]; then
	# the texts of the corpus (after their headers) repeated to MEMORY MB
	for f in "$corpus"/*.txt; do sed '1,/^---$/d' "$f"; done >"$stage/one"
	: >"$stage/big.txt"
	while [ "$(stat -c %s "$stage/big.txt")" -lt $((MEMORY * 1000000)) ]; do
		cat "$stage/one" "$stage/one" "$stage/one" "$stage/one" >>"$stage/big.txt"
	done
	truncate -s $((MEMORY * 1000000)) "$stage/big.txt"
	chmod -R a+rX "$stage"
	export PGHOST=$work PGPORT=$port PGUSER=postgres PGDATABASE=bench
	"$bindir/geopol" ingest --no-progress -q --date 2024-01-01 --url https://example.org/big - <<<'Japan condemned China.' >/dev/null
	for r in 1 2; do
		/usr/bin/time -v "$bindir/geopol" ingest --no-progress --date 2024-01-01 --url https://example.org/big \
			"$stage/big.txt" >"$stage/out" 2>"$stage/time"
		grep -q '1 article, 0 stored, 1 skipped' "$stage/out" || { cat "$stage/out" "$stage/time" >&2; exit 1; }
		kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$stage/time")
		wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$stage/time")
		printf 'run %d: %d MB plain file, geopol ingest max RSS %.1f MB (%.2fx the file), %s wall\n' \
			"$r" "$MEMORY" "$(awk -v k="$kb" 'BEGIN { print k * 1024 / 1e6 }')" \
			"$(awk -v k="$kb" -v m="$MEMORY" 'BEGIN { print k * 1024 / (m * 1e6) }')" "$wall"
	done
	exit 0
fi
mkdir "$stage/articles"
files=("$corpus"/*.txt)
for i in $(seq 1 "$N"); do
	f=${files[$(((i - 1) % ${#files[@]}))]}
	# a new url for every copy; the rest of the file as it is
	awk -v i="$i" 'NR == 1 && /^url: / { print $0 "#copy" i; next } { print }' "$f" >"$stage/articles/a$(printf %05d "$i").txt"
done
# the psql loop: one statement per article, the same fields
for f in "$stage"/articles/*.txt; do
	awk 'BEGIN { q = "$gxbody$" }
		!body && /^---$/ { body = 1; next }
		!body && /^url: / { url = substr($0, 6); next }
		!body && /^date: / { date = substr($0, 7); next }
		!body && /^title: / { title = substr($0, 8); next }
		body { text = text (n++ ? "\n" : "") $0 "" }
		END { if (length(date) == 7) date = date "-01"
		      printf "SELECT geopol.ingest(%s, %s, %s, %s);\n", q url q, "'\''" date "'\''", q title q, q text "\n" q }' "$f"
done >"$stage/loop.sql"
chmod -R a+rX "$stage"
bytes=$(cat "$stage"/articles/*.txt | wc -c)
export PGHOST=$work PGPORT=$port PGUSER=postgres PGDATABASE=bench
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1)
geopol=$bindir/geopol

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }
empty() { "${psql[@]}" -c "TRUNCATE geopol.article, geopol.statement CASCADE" -c "CHECKPOINT" >/dev/null; }
counts() { "${psql[@]}" -At -c "SELECT count(*) || ' ' || (SELECT count(*) FROM geopol.statement) FROM geopol.article"; }
# warm the dictionary cache of a session once (as every variant's first article does)
"${psql[@]}" -c "SELECT count(*) FROM geopol.extract('Japan condemned North Korea.', '2024-01-01')" >/dev/null
t_loop= t_j1= t_j2=
for r in $(seq 1 "$RUNS"); do
	empty
	t0=$(now)
	"${psql[@]}" -o /dev/null -f "$stage/loop.sql"
	t_loop=$(best "$t_loop" "$(calc "$(now) - $t0")")
	c_loop=$(counts)

	empty
	t0=$(now)
	"$geopol" ingest --no-progress -q -j 1 "$stage/articles" >"$stage/out"
	t_j1=$(best "$t_j1" "$(calc "$(now) - $t0")")
	c_j1=$(counts)

	empty
	t0=$(now)
	"$geopol" ingest --no-progress -q -j 2 "$stage/articles" >"$stage/out"
	t_j2=$(best "$t_j2" "$(calc "$(now) - $t0")")
	c_j2=$(counts)
	if [ "$c_loop" != "$c_j1" ] || [ "$c_loop" != "$c_j2" ]; then
		echo "different results: psql loop $c_loop, -j 1 $c_j1, -j 2 $c_j2 (articles statements)" >&2
		exit 1
	fi
done
# a second run over stored articles: every url skipped
t0=$(now)
"$geopol" ingest --no-progress -q -j 2 "$stage/articles" >"$stage/out"
t_again=$(calc "$(now) - $t0")
grep -q "$N articles, 0 stored, $N skipped" "$stage/out" || { cat "$stage/out" >&2; exit 1; }

rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }
echo
echo "$N articles ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB, the dev corpus repeated), ${c_loop#* } statements each way; best of $RUNS runs"
echo
echo "| ingest | s | articles/s | vs psql loop |"
echo "| --- | ---: | ---: | ---: |"
printf '| psql loop: SELECT geopol.ingest(...) per article, one session | %.2f | %s | 1.00 |\n' "$t_loop" "$(rate "$N" "$t_loop")"
printf '| geopol ingest -j 1 | %.2f | %s | %.2f |\n' "$t_j1" "$(rate "$N" "$t_j1")" "$(calc "$t_loop / $t_j1")"
printf '| geopol ingest -j 2 | %.2f | %s | %.2f |\n' "$t_j2" "$(rate "$N" "$t_j2")" "$(calc "$t_loop / $t_j2")"
printf '| geopol ingest -j 2 again (every url stored: skipped) | %.2f | %s | %.2f |\n' "$t_again" "$(rate "$N" "$t_again")" "$(calc "$t_loop / $t_again")"
