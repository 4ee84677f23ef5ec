#!/usr/bin/env bash
# bench/actor.sh -- geopol.actor against text and int8, side by side, one run.
#
#   bench/actor.sh [N]          (default N = 10000000 rows; needs geopol installed:
#                                make install, as root)
#
# N actor codes with a GDELT-like distribution (about 250 countries with a
# Zipf-like skew; 55% country only, 30% one role, 15% two roles; 20 CAMEO
# roles) are written once to a file, then loaded with COPY into three tables:
#   actor: geopol.actor          text: the code as text (C collation, the
#   int8:  a surrogate key numbered in the same hierarchical order (the best
#          case for int8: a subtree is an id range, but a lookup table is needed)
# and timed: COPY, table size, btree build and size, GROUP BY, subtree query
# (actor: a <@ 'RUS'; text: a = 'RUS' OR a LIKE 'RUS.%'; int8: BETWEEN).
# Each query runs 3 times; the best time is reported.  Prints a Markdown table.
set -eu
N=${1:-10000000}
. "$(dirname "$0")/../test/cluster.sh"
. "$(dirname "$0")/common.sh"
cluster_start --locale=C -E UTF8
psqlq -d postgres -c "ALTER SYSTEM SET max_parallel_workers_per_gather = 0" \
	-c "ALTER SYSTEM SET maintenance_work_mem = '512MB'" -c "ALTER SYSTEM SET work_mem = '256MB'" \
	-c "ALTER SYSTEM SET shared_buffers = '2GB'" >/dev/null
as_pg "$bindir/pg_ctl" -D "$work/data" -w restart -o "-p $port -k $work -c listen_addresses=''" >/dev/null
psqlq -d postgres -c "CREATE EXTENSION geopol"
bench_setup
codes=$work/codes.txt
ids=$work/ids.txt

psqlq -d postgres <<SQL
SET search_path = public, geopol;
-- countries ranked by a fixed pseudo-random order; weight 1/rank (Zipf)
CREATE TABLE country AS
SELECT row_number() OVER (ORDER BY md5(actor::text)) AS rank, actor::text AS code
  FROM (SELECT DISTINCT actor FROM actor_name WHERE source LIKE 'ISO 3166-1%') c;
UPDATE country SET rank = 1 WHERE code = 'USA';
UPDATE country SET rank = (SELECT max(rank) FROM country WHERE code = 'USA') WHERE code <> 'USA' AND rank = 1;
CREATE TABLE cdf AS
SELECT code, sum(1.0 / rank) OVER (ORDER BY rank) / sum(1.0 / rank) OVER () AS upto FROM country;
CREATE INDEX ON cdf (upto);
CREATE TABLE roles (i int, r text);
INSERT INTO roles SELECT i, r FROM unnest('{GOV,MIL,REB,OPP,JUD,LEG,COP,BUS,MED,CVL,EDU,HLH,LAB,REF,SPY,UAF,ELI,PTY,CRM,HRI}'::text[]) WITH ORDINALITY AS x(r, i);
CREATE TABLE gen AS
SELECT (SELECT code FROM cdf WHERE upto >= u ORDER BY upto LIMIT 1)
       || CASE WHEN d < 0.55 THEN ''
               WHEN d < 0.85 THEN '.' || (SELECT r FROM roles WHERE i = 1 + (r1 * 20)::int % 20)
               ELSE '.' || (SELECT r FROM roles WHERE i = 1 + (r1 * 20)::int % 20)
                 || '.' || (SELECT r FROM roles WHERE i = 1 + (r2 * 20)::int % 20) END AS code
  FROM (SELECT random() u, random() d, random() r1, random() r2 FROM generate_series(1, $N)) s;
-- surrogate keys numbered in hierarchical order
CREATE TABLE dict AS SELECT code, row_number() OVER (ORDER BY code::actor) AS id
  FROM (SELECT DISTINCT code FROM gen) d;
COPY gen TO '$codes';
COPY (SELECT d.id FROM gen g JOIN dict d USING (code)) TO '$ids';
SELECT count(*) || ' rows, ' || count(DISTINCT code) || ' distinct codes, '
       || round(100.0 * count(*) FILTER (WHERE code::actor <@ 'RUS') / count(*), 2) || '% under RUS'
  FROM gen;
SQL

psqlq -d postgres <<SQL
SET search_path = public, geopol;
CREATE TABLE t_actor (a actor);
CREATE TABLE t_text (a text);
CREATE TABLE t_int8 (a int8);
SQL

lo=$(psqlq -d postgres -c "SELECT min(id) FROM dict WHERE code::geopol.actor OPERATOR(geopol.<@) 'RUS'")
hi=$(psqlq -d postgres -c "SELECT max(id) FROM dict WHERE code::geopol.actor OPERATOR(geopol.<@) 'RUS'")

for k in actor text int8; do
	f=$codes; [ $k = int8 ] && f=$ids
	run 1 "COPY in (ms)" $k "TRUNCATE t_$k; COPY t_$k FROM '$f'"
	psqlq -d postgres -c "VACUUM ANALYZE t_$k"
	val 2 "table size (MB)" $k "round(pg_total_relation_size('t_$k') / 1048576.0, 1)"
	run 3 "btree build (ms)" $k "CREATE INDEX t_${k}_i ON t_$k (a)" 1
	val 4 "btree size (MB)" $k "round(pg_relation_size('t_${k}_i') / 1048576.0, 1)"
	val 5 "table + index (MB)" $k "round(pg_total_relation_size('t_$k') / 1048576.0, 1)"
	run 6 "GROUP BY a (ms)" $k "SELECT count(*) FROM (SELECT a, count(*) FROM t_$k GROUP BY a) s"
done
run 7 "subtree of RUS (ms)" actor "SELECT count(*) FROM t_actor WHERE a <@ 'RUS'"
run 7 "subtree of RUS (ms)" text "SELECT count(*) FROM t_text WHERE a = 'RUS' OR a LIKE 'RUS.%'"
run 7 "subtree of RUS (ms)" int8 "SELECT count(*) FROM t_int8 WHERE a BETWEEN $lo AND $hi"
run 8 "subtree of RUS.GOV (ms)" actor "SELECT count(*) FROM t_actor WHERE a <@ 'RUS.GOV'"
run 8 "subtree of RUS.GOV (ms)" text "SELECT count(*) FROM t_text WHERE a = 'RUS.GOV' OR a LIKE 'RUS.GOV.%'"
run 9 "equality a = PRK.GOV (ms)" actor "SELECT count(*) FROM t_actor WHERE a = 'PRK.GOV'"
run 9 "equality a = PRK.GOV (ms)" text "SELECT count(*) FROM t_text WHERE a = 'PRK.GOV'"
run 10 "ORDER BY a LIMIT 10 OFFSET 1e6 (ms)" actor "SELECT a FROM t_actor ORDER BY a OFFSET 1000000 LIMIT 10"
run 10 "ORDER BY a LIMIT 10 OFFSET 1e6 (ms)" text "SELECT a FROM t_text ORDER BY a OFFSET 1000000 LIMIT 10"
run 10 "ORDER BY a LIMIT 10 OFFSET 1e6 (ms)" int8 "SELECT a FROM t_int8 ORDER BY a OFFSET 1000000 LIMIT 10"

echo
echo "N = $N rows; PostgreSQL $(psqlq -d postgres -c 'SHOW server_version'); $(nproc) cores; no parallel workers"
echo
echo "| measure | actor | text | int8 | actor vs text | actor vs int8 |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
psqlq -d postgres -F ' | ' <<'SQL'
SELECT '| ' || what, coalesce(a::text, ''), coalesce(t::text, ''), coalesce(i::text, ''),
       coalesce(round(a / nullif(t, 0), 2) || 'x', ''),
       coalesce(round(a / nullif(i, 0), 2) || 'x', '') || ' |'
  FROM (SELECT line, what,
               max(v) FILTER (WHERE kind = 'actor') a,
               max(v) FILTER (WHERE kind = 'text') t,
               max(v) FILTER (WHERE kind = 'int8') i
          FROM result GROUP BY line, what) r
 ORDER BY line;
SQL
