#!/usr/bin/env bash
# bench/extract.sh -- geopol.extract() against to_tsvector('english', ...)
# over the same articles, side by side in one run.
#
#   bench/extract.sh [N] [corpus-dir]   (default N = 6000 articles,
#                                        corpus ../shared/corpus/dev; needs
#                                        geopol installed)
#
# Articles: the corpus articles repeated to make half of N, and generated
# news text for the other half (sentences of statements, quotes, reported
# facts and filler over the ISO country names, 1-4 KB an article).  Both
# functions read the same rows of one table, one backend, no parallelism;
# each runs 7 times, the best is reported (the machine is shared: the best
# run is the least disturbed one), after a warm-up call (the
# extraction dictionary is compiled once per session, timed separately).
set -eu
N=${1:-6000}
corpus=${2:-../shared/corpus/dev}
cd "$(dirname "$0")/.."
. test/cluster.sh
. bench/common.sh
cluster_start --locale=C -E UTF8 >/dev/null
psqlq -d postgres -c "ALTER SYSTEM SET max_parallel_workers_per_gather = 0" \
	-c "ALTER SYSTEM SET jit = off" -c "ALTER SYSTEM SET shared_buffers = '1GB'" >/dev/null
as_pg "$bindir/pg_ctl" -D "$work/data" -w restart -o "-p $port -k $work -c listen_addresses=''" >/dev/null
psqlq -d postgres -c "CREATE EXTENSION geopol"
bench_setup

stage=$(mktemp -d)
trap 'rm -rf "$stage"; cluster_stop' EXIT
chmod 755 "$stage"
for f in "$corpus"/*.txt; do
	awk 'BEGIN { q = "$gxcorpus$" }
		!body && /^---$/ { body = 1; next }
		!body && /^date: / { date = substr($0, 7); next }
		!body && /^title: / { title = substr($0, 8); next }
		body { text = text (n++ ? "\n" : "") $0 }
		END { if (length(date) == 7) date = date "-01"
		      printf "INSERT INTO seed VALUES (%s, %s, %s);\n", "'\''" date "'\''", q title q, q text q }' "$f"
done >"$stage/seed.sql"
chmod 644 "$stage/seed.sql"

psqlq -d postgres <<SQL
CREATE TABLE seed (published date, title text, body text);
\i $stage/seed.sql
CREATE TABLE art (id serial, published date, title text, body text);
-- half: the corpus, repeated
INSERT INTO art (published, title, body)
SELECT s.published, s.title, s.body
  FROM generate_series(1, ($N / 2) / (SELECT count(*) FROM seed) + 1) g, seed s
 LIMIT $N / 2;
-- half: generated news text
CREATE TABLE country AS
SELECT n.name FROM geopol.actor_name n WHERE n.kind = 'name' AND n.source LIKE 'ISO 3166-1%';
CREATE FUNCTION pick(text[], float8) RETURNS text LANGUAGE sql IMMUTABLE AS
  'SELECT \$1[1 + floor(\$2 * array_length(\$1, 1))::int]';
INSERT INTO art (published, title, body)
SELECT date '2015-01-01' + (random() * 3650)::int, 'Generated article ' || a,
       string_agg(
         CASE (random() * 5)::int
           WHEN 0 THEN c1 || ' ' || pick('{condemned,criticised,welcomed,rejected,"strongly condemned","called on","expressed concern about",urged,praised,warned}', random()) || ' ' || c2 || '''s decision on ' || pick('{trade,borders,elections,sanctions,troops,fishing,energy}', random()) || ' on ' || pick('{Monday,Tuesday,Wednesday,Thursday,Friday}', random()) || '.'
           WHEN 1 THEN '"We ' || pick('{condemn,support,"are deeply concerned by",reject}', random()) || ' the actions of ' || c2 || '," the foreign minister of ' || c1 || ' said.'
           WHEN 2 THEN 'Officials in ' || c1 || ' said talks with ' || c2 || ' would continue next week, according to a statement released after the meeting.'
           WHEN 3 THEN c1 || ' did not condemn ' || c2 || ', and analysts said the silence was notable given the ' || pick('{economic,military,historic}', random()) || ' ties between the two countries.'
           ELSE 'The ' || pick('{ministry,parliament,agency,commission}', random()) || ' published figures showing that ' || pick('{exports,prices,arrivals,output}', random()) || ' rose by ' || (random() * 20)::int || ' per cent in the year to ' || pick('{March,June,September,December}', random()) || ', the highest since ' || (1990 + (random() * 30)::int) || '.'
         END, ' ')
  FROM (SELECT a, s, (SELECT name FROM country OFFSET (random() * 240)::int + (a * 0) LIMIT 1) c1,
               (SELECT name FROM country OFFSET (random() * 240)::int + (s * 0) LIMIT 1) c2
          FROM generate_series(1, $N - $N / 2) a, generate_series(1, 6 + (a % 20)) s) x
 GROUP BY a;
ANALYZE art;
SQL

run 1 "dictionary compile (first call of a session)" ms "SELECT count(*) FROM geopol.extract('x')" 1
val 2 articles n "(SELECT count(*) FROM art)"
val 3 "text" MB "(SELECT round(sum(octet_length(body) + octet_length(title)) / 1048576.0, 2) FROM art)"
run 4 "geopol.extract(body, published, title)" ms "SELECT count(*) FROM art, geopol.extract(body, published, title)" 7
run 5 "to_tsvector(english, title || body)" ms "SELECT sum(length(to_tsvector('english', title || ' ' || body))) FROM art" 7
val 6 "statements extracted" n "(SELECT count(*) FROM art, geopol.extract(body, published, title))"
run 7 "corpus half only: geopol.extract" ms "SELECT count(*) FROM art, geopol.extract(body, published, title) WHERE id <= $N / 2" 7
run 8 "corpus half only: to_tsvector" ms "SELECT sum(length(to_tsvector('english', title || ' ' || body))) FROM art WHERE id <= $N / 2" 7

echo
echo "| line | what | unit | value |"
echo "| ---: | --- | --- | ---: |"
psqlq -d postgres -F ' | ' -c "SELECT '| ' || line, what, kind, v || ' |' FROM result ORDER BY line"
echo
echo "| function | articles/s | MB/s |"
echo "| --- | ---: | ---: |"
psqlq -d postgres -F ' | ' <<'SQL'
WITH r AS (SELECT max(v) FILTER (WHERE line = 2) AS n, max(v) FILTER (WHERE line = 3) AS mb,
                  max(v) FILTER (WHERE line = 4) AS ex, max(v) FILTER (WHERE line = 5) AS ts
             FROM result)
SELECT '| geopol.extract', round(n / (ex / 1000)), round(mb / (ex / 1000), 2) || ' |' FROM r
UNION ALL
SELECT '| to_tsvector', round(n / (ts / 1000)), round(mb / (ts / 1000), 2) || ' |' FROM r;
SELECT '', '', '' WHERE false;
SQL
psqlq -d postgres -c "SELECT 'extract is ' || round(max(v) FILTER (WHERE line = 5) / max(v) FILTER (WHERE line = 4), 2) || ' times as fast as to_tsvector (whole set); ' || round(max(v) FILTER (WHERE line = 8) / max(v) FILTER (WHERE line = 7), 2) || ' times on the corpus half' FROM result"
