#!/usr/bin/env bash
# bench/bloc.sh -- geopol.bloc with its GIN index against text[] with its GIN
# index, side by side in one run; and expand() throughput.
#
#   bench/bloc.sh [N]       (default N = 10000000 rows; needs geopol installed)
#
# N rows with a set of 1-30 signatories each (about 200 actors: the ISO
# countries and a few named blocs, Zipf-skewed), drawn from a pool of 100,000
# distinct sets (signatory sets recur in real data).  The same sets are
# stored as geopol.bloc and as text[] (the codes as text), each with a GIN
# index.  Timed: load, table and GIN size, GIN build, and the queries
#   bloc:   source @> 'JPN'::actor      text[]: source @> ARRAY['JPN']
#   bloc:   source && '{RUS,BLR}'       text[]: source && ARRAY['RUS','BLR']
#   bloc:   source @> '{USA,JPN}'       text[]: source @> ARRAY['USA','JPN']
# (count(*), best of 3) and expand(source, date) over 1,000,000 rows with a
# warm cache (one core, no parallel workers).  Prints a Markdown table.
set -eu
N=${1:-10000000}
. "$(dirname "$0")/../test/cluster.sh"
. "$(dirname "$0")/common.sh"
cluster_start --locale=C -E UTF8
psqlq -d postgres -c "ALTER SYSTEM SET max_parallel_workers_per_gather = 0" \
	-c "ALTER SYSTEM SET maintenance_work_mem = '1GB'" -c "ALTER SYSTEM SET work_mem = '256MB'" \
	-c "ALTER SYSTEM SET shared_buffers = '4GB'" -c "ALTER SYSTEM SET max_wal_size = '8GB'" >/dev/null
as_pg "$bindir/pg_ctl" -D "$work/data" -w restart -o "-p $port -k $work -c listen_addresses=''" >/dev/null
psqlq -d postgres -c "CREATE EXTENSION geopol"
bench_setup

psqlq -d postgres <<SQL
SET search_path = public, geopol;
CREATE TABLE pop AS
SELECT row_number() OVER (ORDER BY md5(code)) AS rank, code
  FROM (SELECT DISTINCT actor::text AS code FROM actor_name WHERE source LIKE 'ISO 3166-1%'
        UNION SELECT unnest('{G7,EU,NATO,G20,ASEAN,AU,BRICS,QUAD,E3,GCC}'::text[])) c;
-- the most frequent speakers first, then the rest in a fixed pseudo-random order
UPDATE pop SET rank = rank + 20;
UPDATE pop SET rank = array_position('{USA,CHN,RUS,G7,EU,GBR,FRA,JPN,DEU,IND,UKR,ISR,IRN,KOR,TUR,NATO,BRA,PRK,SAU,CAN}'::text[], code)
 WHERE code = ANY ('{USA,CHN,RUS,G7,EU,GBR,FRA,JPN,DEU,IND,UKR,ISR,IRN,KOR,TUR,NATO,BRA,PRK,SAU,CAN}'::text[]);
CREATE TABLE cdf AS
SELECT code, sum(1.0 / rank) OVER (ORDER BY rank, code) / sum(1.0 / rank) OVER () AS upto FROM pop;
CREATE INDEX ON cdf (upto);
CREATE TABLE pool AS
SELECT i, ARRAY(SELECT DISTINCT (SELECT code FROM cdf WHERE upto >= random() + 0 * i * k ORDER BY upto LIMIT 1)
                  FROM generate_series(1, 1 + (i * 7919) % 30) k) AS codes
  FROM generate_series(0, 99999) i;
CREATE TABLE t_bloc (id int, source bloc);
CREATE TABLE t_arr (id int, source text[]);
SQL


run 1 "load $N rows (ms)" bloc "INSERT INTO t_bloc SELECT g, bloc(p.codes::actor[]) FROM generate_series(1, $N) g JOIN pool p ON p.i = (g::bigint * 7919) % 100000" 1
run 1 "load $N rows (ms)" "text[]" "INSERT INTO t_arr SELECT g, p.codes FROM generate_series(1, $N) g JOIN pool p ON p.i = (g::bigint * 7919) % 100000" 1
psqlq -d postgres -c "VACUUM ANALYZE t_bloc" -c "VACUUM ANALYZE t_arr"
val 2 "table size (MB)" bloc "round(pg_relation_size('t_bloc') / 1048576.0, 1)"
val 2 "table size (MB)" "text[]" "round(pg_relation_size('t_arr') / 1048576.0, 1)"
run 3 "GIN build (ms)" bloc "CREATE INDEX t_bloc_gin ON t_bloc USING gin (source)" 1
run 3 "GIN build (ms)" "text[]" "CREATE INDEX t_arr_gin ON t_arr USING gin (source)" 1
val 4 "GIN size (MB)" bloc "round(pg_relation_size('t_bloc_gin') / 1048576.0, 1)"
val 4 "GIN size (MB)" "text[]" "round(pg_relation_size('t_arr_gin') / 1048576.0, 1)"
psqlq -d postgres -c "VACUUM ANALYZE t_bloc" -c "VACUUM ANALYZE t_arr"
run 5 "source @> JPN (ms)" bloc "SELECT count(*) FROM t_bloc WHERE source @> 'JPN'::actor"
run 5 "source @> JPN (ms)" "text[]" "SELECT count(*) FROM t_arr WHERE source @> ARRAY['JPN']"
run 6 "source && {RUS,BLR} (ms)" bloc "SELECT count(*) FROM t_bloc WHERE source && '{RUS,BLR}'"
run 6 "source && {RUS,BLR} (ms)" "text[]" "SELECT count(*) FROM t_arr WHERE source && ARRAY['RUS','BLR']"
run 7 "source @> {USA,JPN} (ms)" bloc "SELECT count(*) FROM t_bloc WHERE source @> '{USA,JPN}'"
run 7 "source @> {USA,JPN} (ms)" "text[]" "SELECT count(*) FROM t_arr WHERE source @> ARRAY['USA','JPN']"
val 8 "rows matching @> JPN" bloc "(SELECT count(*) FROM t_bloc WHERE source @> 'JPN'::actor)"
val 8 "rows matching @> JPN" "text[]" "(SELECT count(*) FROM t_arr WHERE source @> ARRAY['JPN'])"
run 9 "expand() of 1M rows (ms)" bloc "SELECT count(expand(source, '2024-11-05')) FROM (SELECT source FROM t_bloc LIMIT 1000000) s"
psqlq -d postgres -c "INSERT INTO result SELECT 10, 'expand() per second, one core', 'bloc', round(least($N, 1000000) / (v / 1000)) FROM result WHERE line = 9"
run 11 "scan of 1M rows, no expand (ms)" bloc "SELECT count(source) FROM (SELECT source FROM t_bloc LIMIT 1000000) s"

echo
echo "N = $N rows; PostgreSQL $(psqlq -d postgres -c 'SHOW server_version'); $(nproc) cores; no parallel workers"
echo "average members per row: $(psqlq -d postgres -c 'SELECT round(avg(geopol.cardinality(source)), 1) FROM t_bloc')"
echo
echo "| measure | bloc | text[] | bloc vs text[] |"
echo "| --- | ---: | ---: | ---: |"
psqlq -d postgres -F ' | ' <<'SQL'
SELECT '| ' || what, coalesce(b::text, ''), coalesce(t::text, ''),
       coalesce(round(b / nullif(t, 0), 2) || 'x', '') || ' |'
  FROM (SELECT line, what, max(v) FILTER (WHERE kind = 'bloc') b, max(v) FILTER (WHERE kind = 'text[]') t
          FROM result GROUP BY line, what) r
 ORDER BY line;
SQL
