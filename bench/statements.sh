#!/usr/bin/env bash
# bench/statements.sh -- the analyst's questions on geopol against the two
# plain designs an analyst would write without it, side by side in one run.
#
#   bench/statements.sh [N]                  (default N = 10000000 statements)
#   bench/statements.sh --fixed N1 N2 ...    who and timeseries at several table
#                                            sizes with the answer held fixed
#   bench/statements.sh --copy N             COPY alone, geopol and arrays in turn
#   bench/statements.sh --shards N           geopol on one node against a coordinator
#                                            and two shard servers (postgres_fdw)
#   GEOPOL_BENCH_RUNS=5 (best of; default 3)   needs geopol installed
#   GEOPOL_BENCH_DYAD_LAST=1   geopol and the arrays loaded and asked first, the
#                      dyad table built and asked after (for 10M, where its
#                      build takes most of the run)
#   GEOPOL_BENCH_ONLY="who cohesion first_time"   only these questions (of who,
#                      stance_matrix, cohesion, timeseries, first_time), and
#                      neither the partitioned runs nor ingest()
#   GEOPOL_BENCH_NO_ARRAYS=1   geopol against the dyad table only (the arrays
#                      are neither loaded nor asked: a shorter 10M run)
#   GEOPOL_BENCH_PARTITION=1   geopol partitioned by year (2005-2024, 20
#                      partitions) right after its load, before any question:
#                      every geopol figure is of the partitioned table (the
#                      layout the 10M questions were re-timed on)
#
# Data: N statements over 20 years (2005-2024), about 200 actors (ISO states,
# a few of them as roles such as PRK.GOV) and the 19 named blocs of the
# registry, Zipf-skewed; 1-12 signatories per statement; stances drawn from
# the everyday CAMEO codes with intensities and 5% negations.  The same rows
# are written once to CSV files and loaded with COPY into
#   geopol: geopol.statement as shipped (bloc, stance; the DEFAULT partition
#           with its primary key, the GIN index of statement_keys() and
#           btrees on said_on and article)
#   arrays: a_statement (source text[], cameo text, intensity int, negated
#           boolean, target text[]; GIN on source and target, btree on
#           said_on and cameo, primary key), questions written as plain SQL
#           joins on p_membership (bloc, member, during daterange, role),
#           copied from geopol's registry, and p_forum (the blocs whose
#           members speak)
#   dyad:   d_statement (the same columns as a_statement, primary key only)
#           and d_dyad, one row per statement x speaker x target country,
#           forums expanded at load time from the same p_membership (speaker
#           with the forum it came through; target countries of the
#           target's parties, kind 'p', and of the members of blocs in the
#           target, kind 'm'), with covering btrees for each question
# Every answer is compared across the three designs by an md5 of its sorted
# rows (the "md5" lines: 1 when all three agree).  Each question runs
# GEOPOL_BENCH_RUNS times, the best reported.  Prints a Markdown table.
set -eu
. "$(dirname "$0")/../test/cluster.sh"
. "$(dirname "$0")/common.sh"

declare -A before
fixed=0
copyonly=0
shards=0
if [ "${1:-}" = "--shards" ]; then
	shards=1
	shift
	N=${1:-10000000}
	sizes=$N
elif [ "${1:-}" = "--copy" ]; then
	copyonly=1
	shift
	N=${1:-1000000}
	sizes=$N
elif [ "${1:-}" = "--fixed" ]; then
	fixed=1
	shift
	sizes="$*"
	N=$(echo $sizes | tr ' ' '\n' | sort -n | tail -n 1)
else
	N=${1:-10000000}
	sizes=$N
fi
R=${GEOPOL_BENCH_RUNS:-3}

cluster_start --locale=C -E UTF8
psqlq -d postgres -c "ALTER SYSTEM SET max_parallel_workers_per_gather = 0" \
	-c "ALTER SYSTEM SET maintenance_work_mem = '2GB'" -c "ALTER SYSTEM SET work_mem = '256MB'" \
	-c "ALTER SYSTEM SET shared_buffers = '4GB'" -c "ALTER SYSTEM SET max_wal_size = '8GB'" \
	-c "ALTER SYSTEM SET jit = off" >/dev/null
as_pg "$bindir/pg_ctl" -D "$work/data" -w restart -o "-p $port -k $work -c listen_addresses=''" >/dev/null
psqlq -d postgres -c "CREATE EXTENSION geopol"
bench_setup
gcsv=$work/geopol.csv
pcsv=$work/plain.csv

# ---- generator ---------------------------------------------------------------
# gen FIRST COUNT EXTRA: statements FIRST..FIRST+COUNT-1; EXTRA = 1 puts them
# in 1965-2004 and keeps PRK out of their targets (the --fixed runs: rows
# that answer none of the measured questions)
psqlq -d postgres <<'SQL'
SET search_path = public, geopol;
-- actors: states (Zipf), some as roles, and the registry's named blocs
CREATE TABLE pop AS
SELECT row_number() OVER (ORDER BY md5(code)) + 30 AS rank, code
  FROM (SELECT DISTINCT actor::text AS code FROM actor_name WHERE source LIKE 'ISO 3166-1%') c;
UPDATE pop SET rank = array_position('{USA,CHN,RUS,PRK,JPN,GBR,FRA,DEU,UKR,KOR,IRN,ISR,IND,TUR,SAU,SYR,CAN,AUS,BRA,EGY}'::text[], code)
 WHERE code = ANY ('{USA,CHN,RUS,PRK,JPN,GBR,FRA,DEU,UKR,KOR,IRN,ISR,IND,TUR,SAU,SYR,CAN,AUS,BRA,EGY}'::text[]);
DELETE FROM pop WHERE rank > 200;
INSERT INTO pop SELECT 20 + row_number() OVER (ORDER BY b), b
  FROM (SELECT DISTINCT bloc::text AS b FROM membership) x;
CREATE TABLE cdf AS SELECT code, sum(1.0 / rank) OVER (ORDER BY rank, code) / sum(1.0 / rank) OVER () AS upto FROM pop;
CREATE INDEX ON cdf (upto);
CREATE FUNCTION pick(r float8) RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT code FROM cdf WHERE upto >= r ORDER BY upto LIMIT 1 $$;
SELECT setseed(0.42);
-- pools of signatory and target sets
CREATE TABLE src_pool AS
SELECT i, ARRAY(SELECT DISTINCT pick(random() + 0 * i * k) FROM generate_series(1, 1 + (i * 7) % 12) k) AS codes
  FROM generate_series(0, 49999) i;
CREATE TABLE tgt_pool AS
SELECT i, ARRAY(SELECT DISTINCT pick(random() + 0 * i * k)
                       || CASE WHEN (i + k) % 5 = 0 AND NOT pick(random() + 0 * i * k) = ANY ('{G7,G8,G20,EU,NATO,BRICS,ASEAN,AU,SCO,CSTO,GCC,OPEC,QUAD,AUKUS,FVEY,E3,ARL,ECOWAS,MIKTA}') THEN '.GOV' ELSE '' END
                  FROM generate_series(1, 1 + (i * 3) % 3) k) AS codes
  FROM generate_series(0, 49999) i;
-- the pool of the extra rows: no North Korea
CREATE TABLE tgt_pool_x AS
SELECT i, ARRAY(SELECT c FROM unnest(codes) c WHERE c NOT LIKE 'PRK%') AS codes FROM tgt_pool;
CREATE TABLE stances (i int, code text, name text);
INSERT INTO stances VALUES (0,'012','concern'),(1,'111','condemn'),(2,'020','appeal'),(3,'030','commit'),
  (4,'051','praise'),(5,'112','accuse'),(6,'120','reject'),(7,'130','warn'),(8,'100','demand'),(9,'050','support'),
  (10,'163','sanction'),(11,'010','comment');
CREATE TABLE staging (id bigint, said_on date, source text[], cameo text, name text, intensity int, negated boolean, target text[]);
CREATE FUNCTION gen(first bigint, cnt bigint, extra boolean) RETURNS void LANGUAGE sql AS $$
INSERT INTO staging
SELECT g,
       CASE WHEN extra THEN date '1965-01-01' + ((g * 2654435761) % 14610)::int
            ELSE date '2005-01-01' + ((g * 2654435761) % 7305)::int END,
       sp.codes, st.code, st.name, ((g / 7) % 4) - 1, (g % 20 = 0), tp.codes
  FROM generate_series(first, first + cnt - 1) g
  JOIN src_pool sp ON sp.i = (g * 7919) % 50000
  JOIN (SELECT i, codes FROM tgt_pool WHERE NOT extra UNION ALL SELECT i, codes FROM tgt_pool_x WHERE extra) tp
    ON tp.i = (g * 104729) % 50000
  JOIN stances st ON st.i = (g * 31) % 12
$$;
CREATE TABLE p_membership AS SELECT bloc::text, member::text, during, role FROM membership;
CREATE INDEX ON p_membership (bloc, member);
CREATE INDEX ON p_membership (member);
CREATE TABLE p_forum AS SELECT DISTINCT bloc::text AS bloc FROM membership
  WHERE bloc NOT IN (SELECT bloc FROM bloc_kind WHERE kind = 'organisation');
ALTER TABLE p_forum ADD PRIMARY KEY (bloc);
ANALYZE p_membership;
SQL

# ---- the three designs -----------------------------------------------------
psqlq -d postgres <<'SQL'
CREATE TABLE a_statement (id bigint PRIMARY KEY, said_on date NOT NULL, source text[] NOT NULL, cameo text NOT NULL,
  intensity int NOT NULL, negated boolean NOT NULL, target text[] NOT NULL, evidence text);
CREATE INDEX a_src ON a_statement USING gin (source);
CREATE INDEX a_tgt ON a_statement USING gin (target);
CREATE INDEX a_day ON a_statement (said_on);
CREATE INDEX a_cameo ON a_statement (cameo);
CREATE TABLE d_statement (LIKE a_statement);
ALTER TABLE d_statement ADD PRIMARY KEY (id);
CREATE TABLE d_dyad (statement bigint NOT NULL, said_on date NOT NULL, speaker text NOT NULL, via text,
  target text NOT NULL, tkind "char" NOT NULL, cameo text NOT NULL, negated boolean NOT NULL);
SQL

# the explosion, in plain SQL from p_membership, set-based: every statement's
# signatories and targets unnested and joined to the registry in one pass
# (d_statement read in id order, each side grouped per statement as it
# streams, the two sides merged on id: no subquery run per statement, no
# hash table over all the rows).  Speakers: forums replaced by their full
# members that day; one row a speaker, with the forum it came through (none
# when it also signed in its own name, else the first forum in code order:
# '' sorts first in the C collation of the bench's cluster).  Target
# countries: of the target's parties ('p': a forum's members, anyone else
# itself) and of the members of blocs in the target ('m'); 'p' wins.
EXPLODE="SET enable_hashagg = off; SET enable_hashjoin = off;
INSERT INTO d_dyad
SELECT sp.id, sp.said_on, sp.speaker, sp.via, tg.target, tg.tkind, sp.cameo, sp.negated
  FROM (SELECT s.id, s.said_on, s.cameo, s.negated, coalesce(m.member, x.a) AS speaker,
               nullif(min(CASE WHEN m.member IS NULL THEN '' ELSE x.a END), '') AS via
          FROM d_statement s
         CROSS JOIN LATERAL unnest(s.source) x(a)
          LEFT JOIN p_membership m ON m.bloc = x.a AND m.role = 'member' AND m.during @> s.said_on
                                  AND x.a IN (SELECT bloc FROM p_forum)
         GROUP BY s.id, coalesce(m.member, x.a)) sp
  JOIN (SELECT s.id, t.target, max(t.tkind) AS tkind
          FROM d_statement s
         CROSS JOIN LATERAL unnest(s.target) x(a)
          LEFT JOIN p_membership m ON m.bloc = x.a AND m.role = 'member' AND m.during @> s.said_on
          LEFT JOIN p_forum f ON f.bloc = x.a
         CROSS JOIN LATERAL (VALUES (split_part(CASE WHEN f.bloc IS NOT NULL THEN coalesce(m.member, x.a) ELSE x.a END, '.', 1), 'p'::\"char\"),
                                    (split_part(m.member, '.', 1), 'm'::\"char\")) t(target, tkind)
         WHERE t.target IS NOT NULL
         GROUP BY s.id, t.target) tg ON tg.id = sp.id"
DYAD_INDEXES="CREATE INDEX d_who ON d_dyad (target, cameo, said_on) INCLUDE (speaker, via, negated, statement);
CREATE INDEX d_spk ON d_dyad (speaker, said_on) INCLUDE (target, cameo, negated, statement);
CREATE INDEX d_day ON d_dyad (said_on, cameo) INCLUDE (statement, speaker, target, tkind, negated)"

# ---- the questions ------------------------------------------------------------
# each as geopol, arrays, dyad; the md5 projection (same columns, as text)
q_who_g="SELECT speaker::text, via::text, said_on, statement FROM geopol.who('concern', 'PRK', '2023-01-01', '2023-12-31')"
q_who_a="SELECT DISTINCT ON (s.id, coalesce(m.member, x.a)) coalesce(m.member, x.a) AS speaker,
            CASE WHEN m.member IS NOT NULL THEN x.a END AS via, s.said_on, s.id
       FROM a_statement s
      CROSS JOIN LATERAL unnest(s.source) x(a)
       LEFT JOIN p_membership m ON m.bloc = x.a AND m.role = 'member' AND m.during @> s.said_on
                               AND x.a IN (SELECT bloc FROM p_forum)
      WHERE s.said_on BETWEEN '2023-01-01' AND '2023-12-31' AND s.cameo LIKE '012%' AND NOT s.negated
        AND (EXISTS (SELECT 1 FROM unnest(s.target) t WHERE t = 'PRK' OR t LIKE 'PRK.%')
             OR EXISTS (SELECT 1 FROM unnest(s.target) t JOIN p_membership pm ON pm.bloc = t
                         WHERE pm.member = 'PRK' AND pm.role = 'member' AND pm.during @> s.said_on))
        AND NOT (coalesce(m.member, x.a) = 'PRK' OR coalesce(m.member, x.a) LIKE 'PRK.%')
      ORDER BY s.id, coalesce(m.member, x.a), (m.member IS NOT NULL), x.a"
q_who_d="SELECT d.speaker, d.via, d.said_on, d.statement
       FROM d_dyad d
      WHERE d.target = 'PRK' AND d.cameo >= '012' AND d.cameo < '013' AND d.said_on BETWEEN '2023-01-01' AND '2023-12-31'
        AND NOT d.negated AND NOT (d.speaker = 'PRK' OR d.speaker LIKE 'PRK.%')
      ORDER BY d.said_on, d.statement, d.speaker"
# who returns the evidence too: the dyad design reads it from d_statement
q_who_d_full="SELECT d.speaker, d.via, d.said_on, d.statement, s.cameo, s.evidence
       FROM d_dyad d JOIN d_statement s ON s.id = d.statement
      WHERE d.target = 'PRK' AND d.cameo >= '012' AND d.cameo < '013' AND d.said_on BETWEEN '2023-01-01' AND '2023-12-31'
        AND NOT d.negated AND NOT (d.speaker = 'PRK' OR d.speaker LIKE 'PRK.%')
      ORDER BY d.said_on, d.statement, d.speaker"
q_who_g_full="SELECT * FROM geopol.who('concern', 'PRK', '2023-01-01', '2023-12-31')"

q_mat_g="SELECT speaker::text, target::text, statements FROM geopol.stance_matrix('2023-03-01', '2023-03-31')"
q_mat_a="WITH s AS (SELECT * FROM a_statement WHERE said_on BETWEEN '2023-03-01' AND '2023-03-31'
                 AND cameo LIKE '11%' AND NOT negated),
          sp AS (SELECT DISTINCT s.id, split_part(coalesce(m.member, x.a), '.', 1) AS who FROM s CROSS JOIN LATERAL unnest(s.source) x(a)
                   LEFT JOIN p_membership m ON m.bloc = x.a AND m.role = 'member' AND m.during @> s.said_on
                                           AND x.a IN (SELECT bloc FROM p_forum)),
          tg AS (SELECT DISTINCT s.id, split_part(coalesce(m.member, x.a), '.', 1) AS whom FROM s CROSS JOIN LATERAL unnest(s.target) x(a)
                   LEFT JOIN p_membership m ON m.bloc = x.a AND m.role = 'member' AND m.during @> s.said_on
                                           AND x.a IN (SELECT bloc FROM p_forum))
     SELECT sp.who AS speaker, tg.whom AS target, count(*) AS statements
       FROM sp JOIN tg USING (id) WHERE sp.who <> tg.whom GROUP BY 1, 2"
q_mat_d="SELECT split_part(speaker, '.', 1) AS speaker, target, count(DISTINCT statement) AS statements
       FROM d_dyad
      WHERE said_on BETWEEN '2023-03-01' AND '2023-03-31' AND cameo >= '11' AND cameo < '12' AND NOT negated
        AND tkind = 'p' AND split_part(speaker, '.', 1) <> target
      GROUP BY 1, 2"

q_coh_g="SELECT statement, said_on, members, joined FROM geopol.cohesion('G7', '2023-01-01', '2023-12-31')"
q_coh_a="WITH g7 AS (SELECT member, during FROM p_membership WHERE bloc = 'G7' AND role = 'member'),
          s AS (SELECT * FROM a_statement WHERE said_on BETWEEN '2023-01-01' AND '2023-12-31'),
          sp AS (SELECT s.id, s.said_on, coalesce(m.member, x.a) AS who, x.a AS written
                   FROM s CROSS JOIN LATERAL unnest(s.source) x(a)
                   LEFT JOIN p_membership m ON m.bloc = x.a AND m.role = 'member' AND m.during @> s.said_on
                                           AND x.a IN (SELECT bloc FROM p_forum))
     SELECT sp.id AS statement, sp.said_on,
            (SELECT count(*) FROM g7 WHERE g7.during @> sp.said_on) AS members,
            count(DISTINCT sp.who) FILTER (WHERE EXISTS (SELECT 1 FROM g7 WHERE g7.member = sp.who AND g7.during @> sp.said_on)) AS joined
       FROM sp GROUP BY sp.id, sp.said_on
     HAVING bool_or(sp.written = 'G7') OR bool_or(EXISTS (SELECT 1 FROM g7 WHERE g7.member = sp.who AND g7.during @> sp.said_on))"
# every statement that involves the G7 has a G7 member among its speakers
q_coh_d="WITH g7 AS (SELECT member, during FROM p_membership WHERE bloc = 'G7' AND role = 'member')
     SELECT d.statement, d.said_on, (SELECT count(*) FROM g7 WHERE g7.during @> d.said_on) AS members,
            count(DISTINCT d.speaker) AS joined
       FROM g7 JOIN d_dyad d ON d.speaker = g7.member AND d.said_on BETWEEN '2023-01-01' AND '2023-12-31'
                            AND g7.during @> d.said_on
      GROUP BY d.statement, d.said_on"

q_ts_g="SELECT period, statements, speakers FROM geopol.timeseries('PRK', 'condemn', '2020-01-01', '2024-12-31')"
q_ts_a="WITH w AS (SELECT s.id, s.said_on, coalesce(m.member, x.a) AS speaker
               FROM a_statement s CROSS JOIN LATERAL unnest(s.source) x(a)
               LEFT JOIN p_membership m ON m.bloc = x.a AND m.role = 'member' AND m.during @> s.said_on
                                       AND x.a IN (SELECT bloc FROM p_forum)
              WHERE s.said_on BETWEEN '2020-01-01' AND '2024-12-31' AND s.cameo LIKE '111%' AND NOT s.negated
                AND (EXISTS (SELECT 1 FROM unnest(s.target) t WHERE t = 'PRK' OR t LIKE 'PRK.%')
                     OR EXISTS (SELECT 1 FROM unnest(s.target) t JOIN p_membership pm ON pm.bloc = t
                                 WHERE pm.member = 'PRK' AND pm.role = 'member' AND pm.during @> s.said_on))),
          c AS (SELECT date_trunc('month', said_on)::date AS period, count(DISTINCT id) AS n, count(DISTINCT speaker) AS k
                  FROM w WHERE NOT (speaker = 'PRK' OR speaker LIKE 'PRK.%') GROUP BY 1)
     SELECT g::date AS period, coalesce(c.n, 0) AS statements, coalesce(c.k, 0) AS speakers
       FROM generate_series(date '2020-01-01', date '2024-12-01', interval '1 month') g LEFT JOIN c ON c.period = g ORDER BY 1"
q_ts_d="WITH c AS (SELECT date_trunc('month', said_on)::date AS period, count(DISTINCT statement) AS n, count(DISTINCT speaker) AS k
                  FROM d_dyad
                 WHERE target = 'PRK' AND cameo >= '111' AND cameo < '112' AND said_on BETWEEN '2020-01-01' AND '2024-12-31'
                   AND NOT negated AND NOT (speaker = 'PRK' OR speaker LIKE 'PRK.%')
                 GROUP BY 1)
     SELECT g::date AS period, coalesce(c.n, 0) AS statements, coalesce(c.k, 0) AS speakers
       FROM generate_series(date '2020-01-01', date '2024-12-01', interval '1 month') g LEFT JOIN c ON c.period = g ORDER BY 1"

q_ft_g="SELECT geopol.first_time('JPN', 'condemn', 'PRK') AS first"
q_ft_a="SELECT min(s.said_on) AS first FROM a_statement s
      WHERE s.cameo LIKE '111%' AND NOT s.negated
        AND (EXISTS (SELECT 1 FROM unnest(s.source) x WHERE x = 'JPN' OR x LIKE 'JPN.%')
             OR EXISTS (SELECT 1 FROM unnest(s.source) x JOIN p_membership m ON m.bloc = x
                         WHERE m.member = 'JPN' AND m.role = 'member' AND m.during @> s.said_on
                           AND x IN (SELECT bloc FROM p_forum)))
        AND (EXISTS (SELECT 1 FROM unnest(s.target) t WHERE t = 'PRK' OR t LIKE 'PRK.%')
             OR EXISTS (SELECT 1 FROM unnest(s.target) t JOIN p_membership pm ON pm.bloc = t
                         WHERE pm.member = 'PRK' AND pm.role = 'member' AND pm.during @> s.said_on))"
q_ft_d="SELECT min(said_on) AS first FROM d_dyad
      WHERE speaker = 'JPN' AND target = 'PRK' AND cameo >= '111' AND cameo < '112' AND NOT negated"

# md5 of the sorted rows of a query
md5q() { echo "SELECT md5(coalesce(string_agg(q::text, ';' ORDER BY q::text), '')) FROM ($1) q"; }
# one line per question: timing of each design, then 1 when the three md5s agree
only=${GEOPOL_BENCH_ONLY:-}
wanted() { [ -z "$only" ] || [[ " $only " == *" $1 "* ]]; }
# GEOPOL_BENCH_DYAD_LAST=1: geopol and the arrays are loaded and asked
# first, the dyad table built and asked after (at 10M its build takes most
# of the run: what completes first is recorded first)
dyad_last=${GEOPOL_BENCH_DYAD_LAST:-0}
no_arrays=${GEOPOL_BENCH_NO_ARRAYS:-0}
# question LINE WHAT G A D [designs]: timing of each design (default all
# three), then 1 on the "same rows" line of each design whose md5 agrees
# with geopol's (geopol's md5 is kept in before[] for a later dyad pass)
question() { # LINE WHAT G A D [KINDS]
	wanted "${2%%:*}" || return 0
	local kinds=${6:-geopol arrays dyad} k sql m
	for k in $kinds; do
		case $k in geopol) sql=$3 ;; arrays) sql=$4 ;; dyad) sql=$5 ;; esac
		run "$1" "$2" "$k" "$sql" "$R"
		rows $(($1 + 1)) "  rows" "$k" "$sql"
		m=$(psqlq -d postgres -c "SET search_path = public, geopol" -c "$(md5q "$sql")")
		if [ "$k" = geopol ]; then before[${2%%:*}]=$m; fi
		echo "$2: $k $m" >&2
		psqlq -d postgres -c "INSERT INTO result VALUES ($(($1 + 2)), '  same rows as geopol (md5)', '$k', $( [ "$m" = "${before[${2%%:*}]}" ] && echo 1 || echo 0))"
	done
}

load_all() { # COUNT: generate, write the CSVs, load the three designs (timed)
	psqlq -d postgres -c "TRUNCATE staging" -c "SELECT gen(1, $1, false)"
	psqlq -d postgres <<SQL
DELETE FROM staging WHERE source = '{}' OR target = '{}';
COPY (SELECT id, said_on, '{' || array_to_string(source, ',') || '}', CASE WHEN negated THEN 'not ' ELSE '' END
             || CASE intensity WHEN -1 THEN 'mildly ' WHEN 1 THEN 'strongly ' WHEN 2 THEN 'extremely strongly ' ELSE '' END || name,
             '{' || array_to_string(target, ',') || '}', 'coded by the benchmark generator'
        FROM staging ORDER BY id) TO '$gcsv' (FORMAT csv);
COPY (SELECT id, said_on, source, cameo, intensity, negated, target, 'coded by the benchmark generator' FROM staging ORDER BY id)
  TO '$pcsv' (FORMAT csv);
TRUNCATE staging;
SQL
	run 1 "COPY $1 statements, indexes in place (ms)" geopol "COPY geopol.statement (id, said_on, source, stance, target, evidence) FROM '$gcsv' (FORMAT csv)" 1
	[ "$no_arrays" = 1 ] || run 1 "COPY $1 statements, indexes in place (ms)" arrays "COPY a_statement FROM '$pcsv' (FORMAT csv)" 1
	[ "$dyad_last" = 1 ] || load_dyad "$1"
	psqlq -d postgres -c "VACUUM ANALYZE geopol.statement" -c "VACUUM ANALYZE a_statement"
}
load_dyad() { # COUNT: the dyad table from the same CSV (timed), then the load totals
	run 1 "COPY $1 statements, indexes in place (ms)" dyad "COPY d_statement FROM '$pcsv' (FORMAT csv)" 1
	run 2 "  dyad: explode into d_dyad (ms)" dyad "$EXPLODE" 1
	run 3 "  dyad: covering btrees (ms)" dyad "$DYAD_INDEXES" 1
	psqlq -d postgres -c "INSERT INTO result SELECT 4, 'load, total (ms)', kind, sum(v) FROM result WHERE line IN (1, 2, 3) GROUP BY kind"
	psqlq -d postgres -c "INSERT INTO result SELECT 5, 'COPY statements/s, indexes in place', kind, round($1 / (v / 1000)) FROM result WHERE line = 1"
	psqlq -d postgres -c "VACUUM ANALYZE d_statement" -c "VACUUM ANALYZE d_dyad"
}

if [ "$shards" = 1 ]; then
	# one node (this cluster's postgres database) against a coordinator (its
	# database coord) and two shard servers: the same rows, the same questions
	sdir=$(mktemp -d /tmp/geopol-shards.XXXXXX)
	[ "$(id -u)" -eq 0 ] && chown postgres "$sdir"
	sbase=$((46000 + RANDOM % 900))
	stop_shards() {
		for k in 1 2; do as_pg "$bindir/pg_ctl" -D "$sdir/s$k" -m immediate stop >/dev/null 2>&1; done
		rm -rf "$sdir"
		[ "${GEOPOL_KEEP_CLUSTER:-0}" = 1 ] || cluster_stop
	}
	trap stop_shards EXIT
	for k in 1 2; do
		as_pg "$bindir/initdb" -D "$sdir/s$k" -A trust -U postgres --locale=C -E UTF8 >/dev/null
		as_pg "$bindir/pg_ctl" -D "$sdir/s$k" -l "$sdir/s$k.log" -w -o "-p $((sbase + k)) -k $sdir -c listen_addresses='' \
			-c shared_buffers=2GB -c max_parallel_workers_per_gather=0 -c jit=off -c max_wal_size=8GB -c maintenance_work_mem=1GB" start >/dev/null
		as_pg "$bindir/psql" -X -q -h "$sdir" -p $((sbase + k)) -U postgres -d postgres -v ON_ERROR_STOP=1 \
			-c "CREATE EXTENSION geopol" -c "SELECT count(*) FROM geopol.create_statement_partitions('2005-01-01', '2024-12-31', article_key => false)" >/dev/null
	done
	psqlq -d postgres -c "SELECT gen(1, $N, false)"
	psqlq -d postgres <<SQL
DELETE FROM staging WHERE source = '{}' OR target = '{}';
COPY (SELECT id, said_on, '{' || array_to_string(source, ',') || '}', CASE WHEN negated THEN 'not ' ELSE '' END
             || CASE intensity WHEN -1 THEN 'mildly ' WHEN 1 THEN 'strongly ' WHEN 2 THEN 'extremely strongly ' ELSE '' END || name,
             '{' || array_to_string(target, ',') || '}', 'coded by the benchmark generator'
        FROM staging ORDER BY id) TO '$gcsv' (FORMAT csv);
TRUNCATE staging;
CREATE DATABASE coord;
SQL
	psqlq -d coord -c "CREATE EXTENSION geopol" -c "CREATE EXTENSION postgres_fdw" >/dev/null
	for k in 1 2; do
		psqlq -d coord -c "CREATE SERVER s$k FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '$sdir', port '$((sbase + k))', dbname 'postgres', extensions 'geopol', async_capable 'true', batch_size '1000', fetch_size '10000')" \
			-c "CREATE USER MAPPING FOR postgres SERVER s$k OPTIONS (user 'postgres')"
	done
	psqlq -d coord -c "SELECT count(*) FROM geopol.shard_statements('{s1,s2}', '2005-01-01', '2024-12-31')" >/dev/null
	psqlq -d coord -c "CREATE UNLOGGED TABLE load (LIKE geopol.statement INCLUDING DEFAULTS)"
	run 1 "load $N statements (ms)" single "COPY geopol.statement (id, said_on, source, stance, target, evidence) FROM '$gcsv' (FORMAT csv)" 1
	t0=$(date +%s%N)
	psqlq -d coord -c "COPY load (id, said_on, source, stance, target, evidence) FROM '$gcsv' (FORMAT csv)" \
		-c "INSERT INTO geopol.statement SELECT * FROM load" -c "DROP TABLE load"
	psqlq -d postgres -c "INSERT INTO result VALUES (1, 'load $N statements (ms)', 'sharded', $(( ($(date +%s%N) - t0) / 1000000 )))"
	psqlq -d postgres -c "VACUUM ANALYZE geopol.statement"
	for k in 1 2; do as_pg "$bindir/psql" -X -q -h "$sdir" -p $((sbase + k)) -U postgres -d postgres -c "VACUUM ANALYZE geopol.statement"; done
	psqlq -d coord -c "ANALYZE geopol.statement"
	line=10
	for qq in "who:q_who_g" "stance_matrix:q_mat_g" "cohesion:q_coh_g" "timeseries:q_ts_g" "first_time:q_ft_g"; do
		vn=${qq#*:}
		q=${!vn}
		run $line "${qq%%:*} (ms)" single "$q" "$R"
		a=$(psqlq -d postgres -c "$(md5q "$q")")
		b=$(psqlq -d coord -c "$(md5q "$q")")
		psqlq -d coord -c "CREATE OR REPLACE FUNCTION timed(sql text, n int) RETURNS numeric LANGUAGE plpgsql AS \$f\$
DECLARE t0 timestamptz; best numeric; ms numeric;
BEGIN FOR i IN 1..n LOOP t0 := clock_timestamp(); EXECUTE sql; ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
best := least(coalesce(best, ms), ms); END LOOP; RETURN round(best, 2); END \$f\$" >/dev/null
		v=$(psqlq -d coord -c "SELECT timed(\$q\$$q\$q\$, $R)")
		psqlq -d postgres -c "INSERT INTO result VALUES ($line, '${qq%%:*} (ms)', 'sharded', $v), ($((line + 1)), '  same answer (md5)', 'sharded', $([ "$a" = "$b" ] && echo 1 || echo 0))"
		line=$((line + 2))
	done
	echo
	echo "N = $N statements; one node against a coordinator and 2 shard servers on the same machine ($(nproc) cores); best of $R"
	echo
	echo "| measure | one node | coordinator + 2 shards | sharded / one node |"
	echo "| --- | ---: | ---: | ---: |"
	psqlq -d postgres -F ' | ' <<'SQL'
SELECT '| ' || what, coalesce(max(v) FILTER (WHERE kind = 'single')::text, ''), max(v) FILTER (WHERE kind = 'sharded'),
       coalesce(round(max(v) FILTER (WHERE kind = 'sharded') / nullif(max(v) FILTER (WHERE kind = 'single'), 0), 2) || 'x', '') || ' |'
  FROM result GROUP BY line, what ORDER BY line;
SQL
	exit 0
fi

if [ "$copyonly" = 1 ]; then
	# COPY alone, geopol and arrays in turn, R rounds, each into empty tables
	psqlq -d postgres -c "SELECT gen(1, $N, false)"
	psqlq -d postgres <<SQL
DELETE FROM staging WHERE source = '{}' OR target = '{}';
COPY (SELECT id, said_on, '{' || array_to_string(source, ',') || '}', CASE WHEN negated THEN 'not ' ELSE '' END
             || CASE intensity WHEN -1 THEN 'mildly ' WHEN 1 THEN 'strongly ' WHEN 2 THEN 'extremely strongly ' ELSE '' END || name,
             '{' || array_to_string(target, ',') || '}', 'coded by the benchmark generator'
        FROM staging ORDER BY id) TO '$gcsv' (FORMAT csv);
COPY (SELECT id, said_on, source, cameo, intensity, negated, target, 'coded by the benchmark generator' FROM staging ORDER BY id)
  TO '$pcsv' (FORMAT csv);
TRUNCATE staging;
SQL
	for r in $(seq "$R"); do
		psqlq -d postgres -c "TRUNCATE geopol.statement" -c "TRUNCATE a_statement" -c "CHECKPOINT"
		run 1 "COPY $N statements, indexes in place (ms)" geopol "COPY geopol.statement (id, said_on, source, stance, target, evidence) FROM '$gcsv' (FORMAT csv)" 1
		run 1 "COPY $N statements, indexes in place (ms)" arrays "COPY a_statement FROM '$pcsv' (FORMAT csv)" 1
	done
	echo
	echo "N = $N statements; COPY with every index in place, into empty tables; best of $R rounds (geopol, then arrays, in turn)"
	echo
	psqlq -d postgres -F ' | ' <<SQL
SELECT '| ' || what, min(v) FILTER (WHERE kind = 'geopol'), min(v) FILTER (WHERE kind = 'arrays'),
       round(min(v) FILTER (WHERE kind = 'arrays') / min(v) FILTER (WHERE kind = 'geopol'), 2) || 'x |'
  FROM result GROUP BY what;
SELECT '| statements/s | ' || round($N / (min(v) FILTER (WHERE kind = 'geopol') / 1000)) || ' | '
       || round($N / (min(v) FILTER (WHERE kind = 'arrays') / 1000)) || ' | |' FROM result;
SQL
	exit 0
fi

if [ "$fixed" = 0 ]; then
	load_all "$N"
	if [ "${GEOPOL_BENCH_PARTITION:-0}" = 1 ]; then
		run 55 "geopol: partition by year, 2005-2024 (ms)" geopol "SELECT count(*) FROM geopol.create_statement_partitions('2005-01-01', '2024-12-31')" 1
		psqlq -d postgres -c "VACUUM ANALYZE geopol.statement"
	fi
	val 6 "rows (dyad: d_dyad rows)" geopol "(SELECT count(*) FROM geopol.statement)"
	val 6 "rows (dyad: d_dyad rows)" arrays "(SELECT count(*) FROM a_statement)"
	val 7 "size with indexes (MB)" geopol "(SELECT round(sum(pg_total_relation_size(relid)) / 1048576.0, 1) FROM pg_partition_tree('geopol.statement'))"
	val 7 "size with indexes (MB)" arrays "round(pg_total_relation_size('a_statement') / 1048576.0, 1)"
	val 8 "  tables alone (MB)" geopol "(SELECT round(sum(pg_relation_size(relid)) / 1048576.0, 1) FROM pg_partition_tree('geopol.statement'))"
	val 8 "  tables alone (MB)" arrays "round(pg_relation_size('a_statement') / 1048576.0, 1)"
	# the questions; with GEOPOL_BENCH_DYAD_LAST=1 a first pass without the
	# dyad table, then its load and a second pass of its own
	passes=all
	if [ "$dyad_last" = 1 ]; then passes="geopol+arrays dyad"; fi
	for pass in $passes; do
		case $pass in
			all) kinds="geopol arrays dyad" ;;
			geopol+arrays) kinds="geopol arrays" ;;
			dyad) load_dyad "$N"; kinds=dyad ;;
		esac
		[ "$no_arrays" = 1 ] && kinds=${kinds/arrays/}
		if [[ " $kinds " == *" dyad "* ]]; then
			val 6 "rows (dyad: d_dyad rows)" dyad "(SELECT count(*) FROM d_dyad)"
			val 7 "size with indexes (MB)" dyad "round((pg_total_relation_size('d_statement') + pg_total_relation_size('d_dyad')) / 1048576.0, 1)"
			val 8 "  tables alone (MB)" dyad "round((pg_relation_size('d_statement') + pg_relation_size('d_dyad')) / 1048576.0, 1)"
		fi
		question 10 "who: concern about PRK, one year (ms)" "$q_who_g" "$q_who_a" "$q_who_d" "$kinds"
		if wanted who && [[ " $kinds " == *" geopol "* ]]; then
			run 13 "  who with stance and evidence (ms)" geopol "$q_who_g_full" "$R"
		fi
		if wanted who && [[ " $kinds " == *" dyad "* ]]; then
			run 13 "  who with stance and evidence (ms)" dyad "$q_who_d_full" "$R"
		fi
		question 20 "stance_matrix: disapproval, one month (ms)" "$q_mat_g" "$q_mat_a" "$q_mat_d" "$kinds"
		question 30 "cohesion: G7, one year (ms)" "$q_coh_g" "$q_coh_a" "$q_coh_d" "$kinds"
		question 40 "timeseries: condemnations of PRK by month, 5 years (ms)" "$q_ts_g" "$q_ts_a" "$q_ts_d" "$kinds"
		question 50 "first_time: JPN condemned PRK (ms)" "$q_ft_g" "$q_ft_a" "$q_ft_d" "$kinds"
		if wanted first_time && [[ " $kinds " == *" geopol "* ]]; then
			val 53 "  answer (days since 2005-01-01)" geopol "(SELECT geopol.first_time('JPN', 'condemn', 'PRK') - date '2005-01-01')"
		fi
	done

	# geopol partitioned by year (the rows move out of the DEFAULT partition)
	[ -n "$only" ] || [ "${GEOPOL_BENCH_PARTITION:-0}" = 1 ] || {
	run 55 "geopol: partition by year, 2005-2024 (ms)" geopol "SELECT count(*) FROM geopol.create_statement_partitions('2005-01-01', '2024-12-31')" 1
	psqlq -d postgres -c "VACUUM ANALYZE geopol.statement"
	pline=56
	for qq in "who:q_who_g" "stance_matrix:q_mat_g" "cohesion:q_coh_g" "timeseries:q_ts_g" "first_time:q_ft_g"; do
		vn=${qq#*:}
		q=${!vn}
		run $pline "  partitioned: ${qq%%:*} (ms)" geopol "$q" "$R"
		now=$(psqlq -d postgres -c "SET search_path = public, geopol" -c "$(md5q "$q")")
		psqlq -d postgres -c "INSERT INTO result VALUES ($pline, '  partitioned: ${qq%%:*} (ms)', 'arrays', NULL), ($pline, '  partitioned: ${qq%%:*} (ms)', 'dyad', NULL)"
		[ "$now" = "${before[${qq%%:*}]}" ] || echo "partitioned ${qq%%:*}: the answer changed" >&2
		psqlq -d postgres -c "INSERT INTO result VALUES (61, '  partitioned: answers unchanged (md5), of 5', 'geopol', $( [ "$now" = "${before[${qq%%:*}]}" ] && echo 1 || echo 0))"
		pline=$((pline + 1))
	done
	psqlq -d postgres -c "UPDATE result SET v = (SELECT sum(v) FROM result WHERE line = 61) WHERE line = 61" \
		-c "DELETE FROM result WHERE line = 61 AND ctid NOT IN (SELECT min(ctid) FROM result WHERE line = 61)"

	# geopol.ingest(): articles coded and stored, statements a second
	psqlq -d postgres <<'SQL'
SELECT setval('geopol.statement_id_seq', (SELECT max(id) FROM geopol.statement)) IS NOT NULL AS sequence_set \gset
CREATE TABLE ingest_src AS
SELECT 'https://example.org/bench/' || g AS url, date '2024-01-01' + g % 300 AS published,
       'Report ' || g AS title,
       (ARRAY['Japan on Friday strongly condemned North Korea''s missile launch. ',
              'The G7 foreign ministers expressed deep concern about Russia''s attacks on Ukraine. ',
              'China urged the United States to stop arms sales to Taiwan. ',
              'France and Germany welcomed the ceasefire between Israel and Lebanon. '])[1 + g % 4]
       || 'Officials met in the capital to discuss trade and energy. '
       || (ARRAY['South Korea and Australia also condemned the launch. ', 'Iran rejected the accusations. ',
                 'India called on both sides to show restraint. ', 'Turkey warned Syria against new strikes. '])[1 + (g / 4) % 4]
       AS body
  FROM generate_series(1, 5000) g;
SQL
	run 65 "geopol.ingest() of 5000 short articles (ms)" geopol "SELECT count(geopol.ingest(url, published, title, body)) FROM ingest_src" 1
	val 66 "  statements stored a second by ingest()" geopol "(SELECT round(count(*) / (SELECT v / 1000 FROM result WHERE line = 65)) FROM geopol.statement WHERE extracted)"
	}
else
	# --fixed: the first size's rows answer the questions; each further size
	# adds rows of other years (1965-2004) and targets (no PRK)
	prev=0
	line=100
	for n in $(echo $sizes | tr ' ' '\n' | sort -n); do
		if [ "$prev" = 0 ]; then
			psqlq -d postgres -c "SELECT gen(1, $n, false)"
		else
			psqlq -d postgres -c "SELECT gen($prev + 1, $n - $prev, true)"
		fi
		psqlq -d postgres <<SQL
DELETE FROM staging WHERE source = '{}' OR target = '{}';
COPY (SELECT id, said_on, '{' || array_to_string(source, ',') || '}', CASE WHEN negated THEN 'not ' ELSE '' END
             || CASE intensity WHEN -1 THEN 'mildly ' WHEN 1 THEN 'strongly ' WHEN 2 THEN 'extremely strongly ' ELSE '' END || name,
             '{' || array_to_string(target, ',') || '}', 'coded by the benchmark generator'
        FROM staging ORDER BY id) TO '$gcsv' (FORMAT csv);
TRUNCATE staging;
COPY geopol.statement (id, said_on, source, stance, target, evidence) FROM '$gcsv' (FORMAT csv);
VACUUM ANALYZE geopol.statement;
SQL
		val $line "statements" "$n" "(SELECT count(*) FROM geopol.statement)"
		run $((line + 1)) "who: concern about PRK, one year (ms)" "$n" "$q_who_g" "$R"
		rows $((line + 2)) "  rows" "$n" "$q_who_g"
		run $((line + 3)) "timeseries: condemnations of PRK by month, 5 years (ms)" "$n" "$q_ts_g" "$R"
		val $((line + 4)) "  statements counted" "$n" "(SELECT sum(statements) FROM ($q_ts_g) t)"
		val $((line + 5)) "size with indexes (MB)" "$n" "(SELECT round(sum(pg_total_relation_size(relid)) / 1048576.0, 1) FROM pg_partition_tree('geopol.statement'))"
		prev=$n
	done
	echo
	echo "Answer held fixed; rows added in other years and about other targets. PostgreSQL $(psqlq -d postgres -c 'SHOW server_version'); $(nproc) cores; best of $R"
	echo
	psqlq -d postgres -F ' | ' <<'SQL'
SELECT '| ' || what || ' | ' || string_agg(v::text, ' | ' ORDER BY kind::bigint) || ' |'
  FROM result GROUP BY line, what ORDER BY line;
SQL
	exit 0
fi

echo
echo "N = $N statements; PostgreSQL $(psqlq -d postgres -c 'SHOW server_version'); $(nproc) cores; no parallel workers; JIT off; best of $R"
echo
echo "| measure | geopol | text[] arrays | dyad table | arrays / geopol | dyad / geopol |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
psqlq -d postgres -F ' | ' <<'SQL'
SELECT '| ' || what, coalesce(g::text, ''), coalesce(a::text, ''), coalesce(d::text, ''),
       coalesce(round(a / nullif(g, 0), 2) || 'x', ''),
       coalesce(round(d / nullif(g, 0), 2) || 'x', '') || ' |'
  FROM (SELECT line, what, max(v) FILTER (WHERE kind = 'geopol') g, max(v) FILTER (WHERE kind = 'arrays') a,
               max(v) FILTER (WHERE kind = 'dyad') d
          FROM result GROUP BY line, what) r
 ORDER BY line;
SQL
