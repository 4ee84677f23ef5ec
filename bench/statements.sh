#!/usr/bin/env bash
# bench/statements.sh -- the analyst's questions on geopol against the plain
# schema an analyst would write without it, side by side in one run.
#
#   bench/statements.sh [N]     (default N = 10000000 statements; needs geopol installed)
#
# Data: N statements over 20 years (2005-2024), about 200 actors (ISO states,
# a few of them as roles such as PRK.GOV) and the 19 named blocs of the
# registry, Zipf-skewed; 1-12 signatories per statement; stances drawn from
# the everyday CAMEO codes with intensities and 5% negations.  The same rows
# are written once to CSV files and loaded with COPY into
#   geopol: geopol.statement (bloc, stance; GIN and btree indexes as shipped)
#   plain:  p_statement (source text[], cameo text, intensity int, negated
#           boolean, target text[]; GIN on source and target, btree on
#           said_on and cameo) with p_membership (bloc, member, during
#           daterange, role) copied from geopol's registry and p_forum (the
#           blocs whose members speak), questions written as plain SQL joins.
# Each question runs 3 times (best reported) with its row count; sizes are
# table plus indexes.  Prints a Markdown table.
set -eu
N=${1:-10000000}
. "$(dirname "$0")/../test/cluster.sh"
. "$(dirname "$0")/common.sh"
cluster_start --locale=C -E UTF8
psqlq -d postgres -c "ALTER SYSTEM SET max_parallel_workers_per_gather = 0" \
	-c "ALTER SYSTEM SET maintenance_work_mem = '1GB'" -c "ALTER SYSTEM SET work_mem = '256MB'" \
	-c "ALTER SYSTEM SET shared_buffers = '4GB'" -c "ALTER SYSTEM SET max_wal_size = '8GB'" \
	-c "ALTER SYSTEM SET jit = off" >/dev/null
as_pg "$bindir/pg_ctl" -D "$work/data" -w restart -o "-p $port -k $work -c listen_addresses=''" >/dev/null
psqlq -d postgres -c "CREATE EXTENSION geopol"
bench_setup
gcsv=$work/geopol.csv
pcsv=$work/plain.csv

psqlq -d postgres <<SQL
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
  \$\$ SELECT code FROM cdf WHERE upto >= r ORDER BY upto LIMIT 1 \$\$;
-- pools of signatory and target sets
CREATE TABLE src_pool AS
SELECT i, ARRAY(SELECT DISTINCT pick(random() + 0 * i * k) FROM generate_series(1, 1 + (i * 7) % 12) k) AS codes
  FROM generate_series(0, 49999) i;
CREATE TABLE tgt_pool AS
SELECT i, ARRAY(SELECT DISTINCT pick(random() + 0 * i * k)
                       || CASE WHEN (i + k) % 5 = 0 AND NOT pick(random() + 0 * i * k) = ANY ('{G7,G8,G20,EU,NATO,BRICS,ASEAN,AU,SCO,CSTO,GCC,OPEC,QUAD,AUKUS,FVEY,E3,ARL,ECOWAS,MIKTA}') THEN '.GOV' ELSE '' END
                  FROM generate_series(1, 1 + (i * 3) % 3) k) AS codes
  FROM generate_series(0, 49999) i;
CREATE TABLE stances (i int, code text, name text);
INSERT INTO stances VALUES (0,'012','concern'),(1,'111','condemn'),(2,'020','appeal'),(3,'030','commit'),
  (4,'051','praise'),(5,'112','accuse'),(6,'120','reject'),(7,'130','warn'),(8,'100','demand'),(9,'050','support'),
  (10,'163','sanction'),(11,'010','comment');
CREATE TABLE staging AS
SELECT g AS id,
       date '2005-01-01' + ((g::bigint * 2654435761) % 7305)::int AS said_on,
       sp.codes AS source, st.code AS cameo, st.name AS name,
       ((g / 7) % 4) - 1 AS intensity, (g % 20 = 0) AS negated, tp.codes AS target
  FROM generate_series(1, $N) g
  JOIN src_pool sp ON sp.i = (g::bigint * 7919) % 50000
  JOIN tgt_pool tp ON tp.i = (g::bigint * 104729) % 50000
  JOIN stances st ON st.i = (g::bigint * 31) % 12;
DELETE FROM staging WHERE source = '{}' OR target = '{}';
COPY (SELECT id, said_on, '{' || array_to_string(source, ',') || '}', CASE WHEN negated THEN 'not ' ELSE '' END
             || CASE intensity WHEN -1 THEN 'mildly ' WHEN 1 THEN 'strongly ' WHEN 2 THEN 'extremely strongly ' ELSE '' END || name,
             '{' || array_to_string(target, ',') || '}', 'coded by the benchmark generator'
        FROM staging) TO '$gcsv' (FORMAT csv);
COPY (SELECT id, said_on, source, cameo, intensity, negated, target, 'coded by the benchmark generator' FROM staging)
  TO '$pcsv' (FORMAT csv);
DROP TABLE staging;
SELECT count(*) || ' membership rows' FROM membership;

CREATE TABLE p_membership AS SELECT bloc::text, member::text, during, role FROM membership;
CREATE INDEX ON p_membership (bloc, member);
CREATE INDEX ON p_membership (member);
CREATE TABLE p_forum AS SELECT DISTINCT bloc::text AS bloc FROM membership
  WHERE bloc NOT IN (SELECT bloc FROM bloc_kind WHERE kind = 'organisation');
ALTER TABLE p_forum ADD PRIMARY KEY (bloc);
CREATE TABLE p_statement (id bigint PRIMARY KEY, said_on date NOT NULL, source text[] NOT NULL, cameo text NOT NULL,
  intensity int NOT NULL, negated boolean NOT NULL, target text[] NOT NULL, evidence text);
SQL


# load: COPY into both, with every index in place (as when data arrives);
# geopol.statement has its shipped indexes (GIN on source, target and their
# countries; btree on said_on, stance, article), the plain table four
psqlq -d postgres -c "CREATE INDEX p_src ON p_statement USING gin (source); CREATE INDEX p_tgt ON p_statement USING gin (target); CREATE INDEX p_day ON p_statement (said_on); CREATE INDEX p_cameo ON p_statement (cameo)"
run 1 "COPY $N statements (ms)" geopol "COPY geopol.statement (id, said_on, source, stance, target, evidence) FROM '$gcsv' (FORMAT csv)" 1
run 1 "COPY $N statements (ms)" plain "COPY p_statement FROM '$pcsv' (FORMAT csv)" 1
psqlq -d postgres -c "VACUUM ANALYZE geopol.statement" -c "VACUUM ANALYZE p_statement" -c "VACUUM ANALYZE p_membership"
val 2 "table + indexes (MB)" geopol "round(pg_total_relation_size('geopol.statement') / 1048576.0, 1)"
val 2 "table + indexes (MB)" plain "round(pg_total_relation_size('p_statement') / 1048576.0, 1)"
val 3 "table alone (MB)" geopol "round(pg_relation_size('geopol.statement') / 1048576.0, 1)"
val 3 "table alone (MB)" plain "round(pg_relation_size('p_statement') / 1048576.0, 1)"

# 1. who expressed concern about North Korea in 2023
Q_G="SELECT * FROM geopol.who('concern', 'PRK', '2023-01-01', '2023-12-31')"
Q_P="SELECT DISTINCT ON (s.id, coalesce(m.member, x.a)) coalesce(m.member, x.a) AS speaker,
            CASE WHEN m.member IS NOT NULL THEN x.a END AS via, s.said_on, s.id
       FROM p_statement s
      CROSS JOIN LATERAL unnest(s.source) x(a)
       LEFT JOIN p_membership m ON m.bloc = x.a AND m.role = 'member' AND m.during @> s.said_on
                               AND x.a IN (SELECT bloc FROM p_forum)
      WHERE s.said_on BETWEEN '2023-01-01' AND '2023-12-31' AND s.cameo LIKE '012%' AND NOT s.negated
        AND (EXISTS (SELECT 1 FROM unnest(s.target) t WHERE t = 'PRK' OR t LIKE 'PRK.%')
             OR EXISTS (SELECT 1 FROM unnest(s.target) t JOIN p_membership pm ON pm.bloc = t
                         WHERE pm.member = 'PRK' AND pm.role = 'member' AND pm.during @> s.said_on))
      ORDER BY s.id, coalesce(m.member, x.a), (m.member IS NOT NULL)"
run 10 "who: concern about PRK, one year (ms)" geopol "$Q_G"
run 10 "who: concern about PRK, one year (ms)" plain "$Q_P"
rows 11 "  rows" geopol "$Q_G"
rows 11 "  rows" plain "$Q_P"

# 2. the stance matrix of disapproval, one month, country level
Q_G="SELECT * FROM geopol.stance_matrix('2023-03-01', '2023-03-31')"
Q_P="WITH s AS (SELECT * FROM p_statement WHERE said_on BETWEEN '2023-03-01' AND '2023-03-31'
                 AND (cameo LIKE '11%') AND NOT negated),
          sp AS (SELECT s.id, coalesce(m.member, x.a) AS who FROM s CROSS JOIN LATERAL unnest(s.source) x(a)
                   LEFT JOIN p_membership m ON m.bloc = x.a AND m.role = 'member' AND m.during @> s.said_on
                                           AND x.a IN (SELECT bloc FROM p_forum)),
          tg AS (SELECT s.id, coalesce(m.member, x.a) AS whom FROM s CROSS JOIN LATERAL unnest(s.target) x(a)
                   LEFT JOIN p_membership m ON m.bloc = x.a AND m.role = 'member' AND m.during @> s.said_on
                                           AND x.a IN (SELECT bloc FROM p_forum))
     SELECT split_part(sp.who, '.', 1) AS speaker, split_part(tg.whom, '.', 1) AS target, count(DISTINCT sp.id)
       FROM sp JOIN tg USING (id) GROUP BY 1, 2"
run 20 "stance_matrix: disapproval, one month (ms)" geopol "$Q_G"
run 20 "stance_matrix: disapproval, one month (ms)" plain "$Q_P"
rows 21 "  rows" geopol "$Q_G"
rows 21 "  rows" plain "$Q_P"

# 3. cohesion of the G7, one year
Q_G="SELECT * FROM geopol.cohesion('G7', '2023-01-01', '2023-12-31')"
Q_P="WITH g7 AS (SELECT member, during FROM p_membership WHERE bloc = 'G7' AND role = 'member'),
          s AS (SELECT * FROM p_statement WHERE said_on BETWEEN '2023-01-01' AND '2023-12-31'),
          sp AS (SELECT s.id, s.said_on, coalesce(m.member, x.a) AS who, x.a AS written
                   FROM s CROSS JOIN LATERAL unnest(s.source) x(a)
                   LEFT JOIN p_membership m ON m.bloc = x.a AND m.role = 'member' AND m.during @> s.said_on
                                           AND x.a IN (SELECT bloc FROM p_forum))
     SELECT sp.id, sp.said_on,
            (SELECT count(*) FROM g7 WHERE g7.during @> sp.said_on) AS members,
            count(DISTINCT sp.who) FILTER (WHERE EXISTS (SELECT 1 FROM g7 WHERE g7.member = sp.who AND g7.during @> sp.said_on)) AS joined
       FROM sp GROUP BY sp.id, sp.said_on
     HAVING bool_or(sp.written = 'G7') OR bool_or(EXISTS (SELECT 1 FROM g7 WHERE g7.member = sp.who AND g7.during @> sp.said_on))"
run 30 "cohesion: G7, one year (ms)" geopol "$Q_G"
run 30 "cohesion: G7, one year (ms)" plain "$Q_P"
rows 31 "  rows" geopol "$Q_G"
rows 31 "  rows" plain "$Q_P"

# 4. the monthly series of condemnations of North Korea, five years
Q_G="SELECT * FROM geopol.timeseries('PRK', 'condemn', '2020-01-01', '2024-12-31')"
Q_P="WITH w AS (SELECT s.id, s.said_on, coalesce(m.member, x.a) AS speaker
               FROM p_statement s CROSS JOIN LATERAL unnest(s.source) x(a)
               LEFT JOIN p_membership m ON m.bloc = x.a AND m.role = 'member' AND m.during @> s.said_on
                                       AND x.a IN (SELECT bloc FROM p_forum)
              WHERE s.said_on BETWEEN '2020-01-01' AND '2024-12-31' AND s.cameo LIKE '111%' AND NOT s.negated
                AND (EXISTS (SELECT 1 FROM unnest(s.target) t WHERE t = 'PRK' OR t LIKE 'PRK.%')
                     OR EXISTS (SELECT 1 FROM unnest(s.target) t JOIN p_membership pm ON pm.bloc = t
                                 WHERE pm.member = 'PRK' AND pm.role = 'member' AND pm.during @> s.said_on)))
     SELECT date_trunc('month', said_on)::date, count(DISTINCT id), count(DISTINCT speaker) FROM w GROUP BY 1"
run 40 "timeseries: condemnations of PRK by month, 5 years (ms)" geopol "$Q_G"
run 40 "timeseries: condemnations of PRK by month, 5 years (ms)" plain "$Q_P"
rows 41 "  rows" geopol "$Q_G"
rows 41 "  rows" plain "$Q_P"

# 5. the first time Japan condemned North Korea
Q_G="SELECT geopol.first_time('JPN', 'condemn', 'PRK')"
Q_P="SELECT min(s.said_on) FROM p_statement s
      WHERE s.cameo LIKE '111%' AND NOT s.negated
        AND (EXISTS (SELECT 1 FROM unnest(s.source) x WHERE x = 'JPN' OR x LIKE 'JPN.%')
             OR EXISTS (SELECT 1 FROM unnest(s.source) x JOIN p_membership m ON m.bloc = x
                         WHERE m.member = 'JPN' AND m.role = 'member' AND m.during @> s.said_on
                           AND x IN (SELECT bloc FROM p_forum)))
        AND (EXISTS (SELECT 1 FROM unnest(s.target) t WHERE t = 'PRK' OR t LIKE 'PRK.%')
             OR EXISTS (SELECT 1 FROM unnest(s.target) t JOIN p_membership pm ON pm.bloc = t
                         WHERE pm.member = 'PRK' AND pm.role = 'member' AND pm.during @> s.said_on))"
run 50 "first_time: JPN condemned PRK (ms)" geopol "$Q_G"
run 50 "first_time: JPN condemned PRK (ms)" plain "$Q_P"
val 51 "  answer (days since 2005-01-01)" geopol "(SELECT geopol.first_time('JPN', 'condemn', 'PRK') - date '2005-01-01')"
val 51 "  answer (days since 2005-01-01)" plain "(SELECT ($Q_P) - date '2005-01-01')"

echo
echo "N = $N statements; PostgreSQL $(psqlq -d postgres -c 'SHOW server_version'); $(nproc) cores; no parallel workers; JIT off"
echo
echo "| measure | geopol | plain SQL | plain / geopol |"
echo "| --- | ---: | ---: | ---: |"
psqlq -d postgres -F ' | ' <<'SQL'
SELECT '| ' || what, coalesce(g::text, ''), coalesce(p::text, ''),
       coalesce(round(p / nullif(g, 0), 2) || 'x', '') || ' |'
  FROM (SELECT line, what, max(v) FILTER (WHERE kind = 'geopol') g, max(v) FILTER (WHERE kind = 'plain') p
          FROM result GROUP BY line, what) r
 ORDER BY line;
SQL
