#!/usr/bin/env bash
# test/suites/cache.sh -- issue 11 item 6: the per-session caches of geopol
# (membership, the extraction dictionary) answer as of the calling
# statement's snapshot, whatever snapshot loaded them, and parallel workers
# agree with their leader.  Two sessions: the second is run from the first
# with \! (so it acts between two statements of the first).
# Prints "ok N - ..." / "not ok N - ..." and "cache: N passed, N failed".
set -u
. "$(dirname "$0")/../cluster.sh"
. "$(dirname "$0")/../check.sh"
cluster_start || { echo "cache: 0 passed, 1 failed"; exit 1; }
# the other session: other "SQL"
other="env PGOPTIONS=-csearch_path=geopol,public $bindir/psql -X -q -h $work -p $port -U postgres -d c"
export PGOPTIONS="-c search_path=geopol,public"
psqlq -d postgres -c "CREATE DATABASE c"
psqlq -d c -c "CREATE EXTENSION geopol"

# a session that loads its cache inside a REPEATABLE READ transaction, after
# another session committed a change its snapshot cannot see, must see the
# change once that transaction is over
out=$(psqlq -d c <<SQL
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT 1;
\! $other -c "INSERT INTO geopol.membership (bloc, member, during, source) VALUES ('RRB', 'FRA', '[2000-01-01,)', 'test')"
SELECT geopol.members('RRB', '2024-01-01');
COMMIT;
SELECT geopol.members('RRB', '2024-01-01');
SELECT geopol.members('RRB', '2024-01-01');
SQL
)
check "membership cache loaded in REPEATABLE READ: old snapshot inside ({}), the new row after COMMIT ($(echo $out))" \
	test "$(echo $out)" = "1 {} {FRA} {FRA}"

# the same when the cache was loaded before the change and used inside
out=$(psqlq -d c <<SQL
SELECT geopol.members('RRB', '2024-01-01');
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT geopol.members('RRB', '2024-01-01');
\! $other -c "INSERT INTO geopol.membership (bloc, member, during, source) VALUES ('RRB', 'DEU', '[2000-01-01,)', 'test')"
SELECT geopol.members('RRB', '2024-01-01');
COMMIT;
SELECT geopol.members('RRB', '2024-01-01');
SQL
)
check "REPEATABLE READ keeps its snapshot while another session commits, then sees it ($(echo $out))" \
	test "$(echo $out)" = "{FRA} {FRA} {FRA} {DEU,FRA}"

# SERIALIZABLE too, and a statement whose snapshot predates the change
# (a cursor opened before it) answers without it, even after a later
# statement loaded the cache with it
out=$(psqlq -d c <<SQL
BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT 1;
\! $other -c "DELETE FROM geopol.membership WHERE bloc = 'RRB' AND member = 'DEU'"
SELECT geopol.members('RRB', '2024-01-01');
COMMIT;
SELECT geopol.members('RRB', '2024-01-01');
BEGIN;
DECLARE cur CURSOR FOR SELECT geopol.members('RRB', '2024-01-01') FROM generate_series(1, 2);
\! $other -c "INSERT INTO geopol.membership (bloc, member, during, source) VALUES ('RRB', 'ITA', '[2000-01-01,)', 'test')"
SELECT geopol.members('RRB', '2024-01-01');
FETCH 1 FROM cur;
SELECT geopol.members('RRB', '2024-01-01');
FETCH 1 FROM cur;
COMMIT;
SQL
)
check "SERIALIZABLE, then a cursor opened before a change answers as of its own snapshot ($(echo $out))" \
	test "$(echo $out)" = "1 {DEU,FRA} {FRA} {FRA,ITA} {FRA} {FRA,ITA} {FRA}"

# the extraction dictionary: a name added by another session after the
# snapshot of a REPEATABLE READ transaction, which then loads the dictionary
out=$(psqlq -d c <<SQL
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT 1;
\! $other -c "INSERT INTO geopol.actor_name (actor, name, kind, source) VALUES ('RTA', 'Ruritania', 'name', 'test')"
SELECT count(*) FROM geopol.extract('Ruritania condemned Japan.', '2024-01-01');
COMMIT;
SELECT count(*) FROM geopol.extract('Ruritania condemned Japan.', '2024-01-01');
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT 1;
\! $other -c "DELETE FROM geopol.actor_name WHERE name = 'Ruritania'"
SELECT count(*) FROM geopol.extract('Ruritania condemned Japan.', '2024-01-01');
COMMIT;
SELECT count(*) FROM geopol.extract('Ruritania condemned Japan.', '2024-01-01');
SQL
)
check "extraction dictionary loaded in REPEATABLE READ: a name added or deleted meanwhile is used after COMMIT ($(echo $out))" \
	test "$(echo $out)" = "1 0 1 1 1 0"

# parallel workers agree with their leader.  The leader's cache is loaded
# under an old snapshot (as above), then one query reads 200,000 rows in
# parallel, calling is_member(), expand() and extract(); its answers must
# equal the same question asked of the tables in plain SQL.
psqlq -d c <<'SQL' >/dev/null
CREATE TABLE public.probe (id int, m geopol.actor, d date, body text);
INSERT INTO public.probe
SELECT g, (ARRAY['FRA','DEU','ITA','ESP','POL','NLD','BEL','SWE'])[1 + g % 8]::geopol.actor,
       date '2000-01-01' + (g % 9000), CASE WHEN g % 50 = 0 THEN 'Ruritania condemned Japan.' END
  FROM generate_series(1, 200000) g;
ANALYZE public.probe;
SQL
q="SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
   SET min_parallel_table_scan_size = 0; SET parallel_leader_participation = on;
   SELECT a.m, a.e, b.n FROM
     (SELECT count(*) FILTER (WHERE geopol.is_member(p.m, 'PRB', p.d)) AS m,
             count(*) FILTER (WHERE geopol.expand('{PRB}', p.d) OPERATOR(geopol.@>) p.m) AS e
        FROM public.probe p) a,
     (SELECT count(*) AS n FROM public.probe p, geopol.extract(p.body, p.d) x WHERE p.body IS NOT NULL) b"
truth="SELECT (SELECT count(*) FROM public.probe p JOIN geopol.membership x
                  ON x.member = p.m AND x.bloc = 'PRB' AND x.role = 'member' AND x.during @> p.d),
              (SELECT count(*) FROM public.probe p JOIN geopol.membership x
                  ON x.member = p.m AND x.bloc = 'PRB' AND x.role = 'member' AND x.during @> p.d),
              (SELECT count(*) FROM public.probe p WHERE p.body IS NOT NULL
                  AND EXISTS (SELECT FROM geopol.actor_name n WHERE n.name = 'Ruritania'))"
check "the probe query runs in parallel (two Gather nodes, 2 workers launched each)" \
	eval "psqlq -d c -c \"\$(echo \"\$q\" | sed 's/SELECT a.m/EXPLAIN (ANALYZE) SELECT a.m/')\" | grep -c 'Workers Launched: 2' | grep -qx 2"
for run in 1 2 3; do
	out=$(psqlq -d c <<SQL
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT 1;
\! $other -c "DELETE FROM geopol.membership WHERE bloc = 'PRB'" -c "INSERT INTO geopol.membership (bloc, member, during, source) SELECT 'PRB', m, daterange('2000-01-01'::date + $run * 1000, NULL), 'test' FROM unnest('{FRA,DEU,ITA,POL}'::geopol.actor[]) m" -c "DELETE FROM geopol.actor_name WHERE name = 'Ruritania'" -c "INSERT INTO geopol.actor_name (actor, name, kind, source) SELECT 'RTA', 'Ruritania', 'name', 'test' WHERE $run % 2 = 1"
SELECT geopol.cardinality(geopol.members('PRB', '2010-01-01')), count(*) FROM geopol.extract('Ruritania condemned Japan.', '2010-01-01');
COMMIT;
$q;
$truth;
SQL
)
	got=$(echo "$out" | sed -n 3p)
	want=$(echo "$out" | sed -n 4p)
	check "run $run: a parallel query after the leader's cache went stale answers as plain SQL does ($got = $want)" \
		test -n "$got" -a "$got" = "$want"
done

echo "cache: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
