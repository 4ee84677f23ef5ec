-- articles, statements, dyads and the questions, on the project's own
-- fixture: the joint statement of 2024-11-05 by the G7 foreign ministers,
-- the EU, South Korea, Australia and New Zealand on North Korean troops in
-- Russia (coded by hand from shared/corpus/dev/000.txt; wording our own).
SET search_path = geopol, public;

INSERT INTO article (url, published, title, body, source) VALUES
  ('https://example.org/2024/11/05/g7-dprk-troops', '2024-11-05',
   'G7 and partners on North Korean troops in Russia',
   'Foreign ministers of the G7, with the EU, South Korea, Australia and New Zealand, voiced serious concern about North Korean troops in Russia.',
   'geopol fixture');
INSERT INTO statement (article, said_on, source, stance, target, topic, evidence, confidence)
SELECT a.id, '2024-11-05', v.source::bloc, v.stance::stance, v.target::bloc, v.topic, v.evidence, 1
  FROM article a, (VALUES
    ('{G7,EU,KOR,AUS,NZL}', 'strongly concern', '{PRK}', 'troop deployment', 'serious concern over the deployment of DPRK troops to Russia'),
    ('{G7,EU,KOR,AUS,NZL}', 'extremely strongly condemn', '{RUS,PRK}', 'military cooperation', 'condemn, extremely strongly, the deepening Moscow-Pyongyang military cooperation'),
    ('{G7,EU}', 'appeal', '{PRK.GOV}', 'aid to Russia', 'call on the Pyongyang government to stop helping Russia''s war'),
    ('{G7,EU,KOR,AUS,NZL}', 'strongly concern', '{RUS,PRK}', 'technology transfer', 'deep concern about nuclear or missile technology reaching the DPRK'),
    ('{G7,EU}', 'commit', '{UKR}', 'support for Ukraine', 'reaffirmed commitment to the people of Ukraine')
  ) v(source, stance, target, topic, evidence);
-- a later statement, to make the series and first/last questions meaningful
INSERT INTO statement (said_on, source, stance, target, evidence)
VALUES ('2024-12-16', '{KOR}', 'condemn', '{PRK}', 'fixture: a later South Korean condemnation'),
       ('2024-11-20', '{JPN}', 'not condemn', '{RUS}', 'fixture: a negated stance is not a condemnation');

SELECT source, stance, target FROM statement ORDER BY id;

-- the parties: forums expanded, organisations speak as themselves
SELECT speakers('{G7,EU,KOR,AUS,NZL}', '2024-11-05') AS speakers,
       cardinality(speakers('{G7,EU,KOR,AUS,NZL}', '2024-11-05')) AS n;
SELECT * FROM parties('{G7,EU,KOR,JPN}', '2024-11-05');

-- Japan condemned North Korea on 2024-11-05, via the G7; Russia did not
SELECT speaker, via, said_on, stance FROM who('condemn', 'PRK', '2024-11-01', '2024-11-30') WHERE speaker = 'JPN';
SELECT count(*) AS russia FROM who('condemn', 'PRK', '2024-01-01', '2024-12-31') WHERE speaker = 'RUS';
SELECT count(*) AS japan_condemned_russia_negated FROM who('condemn', 'RUS', '2024-11-20', '2024-11-20');
-- a negated stance is found by asking for it (negation is part of the index keys)
SELECT speaker, stance FROM who('not condemn', 'RUS', '2024-11-01', '2024-11-30');
-- who expressed concern about North Korea in November 2024: 11 speakers
SELECT count(DISTINCT speaker) AS speakers, bloc_agg(speaker) FROM who('concern', 'PRK', '2024-11-01', '2024-11-30');
-- the target through a part of it: the appeal was made to the DPRK government
SELECT DISTINCT stance FROM who('REQUEST', 'PRK', '2024-11-01', '2024-11-30');
-- by class, by code
SELECT count(*) AS disapprove_rows FROM who('DISAPPROVE', 'PRK', '2024-11-01', '2024-12-31');
SELECT count(*) AS code_111_rows FROM who('111', 'RUS', '2024-11-01', '2024-12-31');
-- a span is searched in parts of a year (fewer months a part when the
-- target and stance make many keys a month): the same rows, in day order
SELECT count(*) AS open_span_rows, count(DISTINCT (statement, speaker)) AS distinct_rows,
       array_agg(said_on ORDER BY said_on) = array_agg(said_on) AS in_day_order
  FROM who('DISAPPROVE', 'PRK', '-infinity', 'infinity');
SELECT count(*) AS rows_2023_2025 FROM who('DISAPPROVE', 'PRK', '2023-06-15', '2025-02-10');
-- who() twice in one query, and called again for each row of a lateral
-- join: each call's rows kept apart (its result memory is shared by calls)
SELECT count(*) AS self_join FROM who('DISAPPROVE', 'PRK', '2024-11-01', '2024-12-31') a
  JOIN who('DISAPPROVE', 'PRK', '2024-11-01', '2024-12-31') b USING (statement, speaker);
SELECT v.x, count(w.speaker) AS n, string_agg(DISTINCT w.speaker::text, ',') AS speakers
  FROM (VALUES ('PRK'::actor), ('RUS'), ('UKR'), ('CHN')) v(x)
  LEFT JOIN LATERAL who('DISAPPROVE', v.x, '2024-11-01', '2024-12-31') w ON true
 GROUP BY v.x ORDER BY v.x;
-- a call that fails, then one that works (in a cursor read in steps)
SELECT count(*) FROM who('condemnn', 'PRK', '2024-01-01', '2024-12-31');
BEGIN;
DECLARE c CURSOR FOR SELECT speaker, said_on FROM who('DISAPPROVE', 'PRK', '2024-11-01', '2024-12-31') ORDER BY said_on, speaker;
FETCH 2 FROM c;
FETCH 1 FROM c;
CLOSE c;
COMMIT;

-- dyads: member level, with the forum each speaker came through
SELECT speaker, via, target, stance FROM dyad WHERE speaker IN ('JPN', 'EU', 'KOR') AND stance <@ 'condemn' ORDER BY 1, 3, 4;
SELECT count(*) AS dyads FROM dyad;

-- country-level pairs of one statement (what the matrix counts)
SELECT * FROM country_dyads('{G7,EU,KOR.GOV}', '{PRK.GOV,RUS}', '2024-11-05') WHERE speaker IN ('KOR', 'EU', 'JPN');
SELECT count(*) AS g8_stays_itself FROM country_dyads('{G8}', '{SYR}', '2020-01-01') WHERE speaker = 'G8';

-- the stance matrix of disapproval
SELECT * FROM stance_matrix('2024-11-01', '2024-12-31') WHERE speaker IN ('JPN', 'KOR', 'EU', 'USA');

-- G7 cohesion: 7 of 7 on every statement that involves it
SELECT statement, said_on, members, joined, share FROM cohesion('G7', '2024-11-01', '2024-12-31');
SELECT statement, members, joined, share FROM cohesion('NATO', '2024-11-01', '2024-11-30', 'concern');

-- the monthly series of condemnations of North Korea
SELECT * FROM timeseries('PRK', 'condemn', '2024-01-01', '2024-12-31');
SELECT * FROM timeseries('PRK', 'DISAPPROVE', '2024-01-01', '2024-12-31', 'year');

-- first and last times
SELECT first_time('JPN', 'condemn', 'PRK') AS jpn_first, first_time('KOR', 'condemn', 'PRK') AS kor_first,
       last_time('KOR', 'condemn', 'PRK') AS kor_last, first_time('RUS', 'condemn', 'PRK') AS rus_never;
-- mean Goldstein of the statements towards PRK
SELECT round(avg_goldstein(stance)::numeric, 2) FROM statement WHERE target @> 'PRK'::actor;

-- the options: the target's own actors, domestic pairs, empty periods
INSERT INTO statement (said_on, source, stance, target, evidence)
VALUES ('2024-10-01', '{USA.GOV}', 'condemn', '{NATO}', 'fixture: the US government condemns NATO'),
       ('2024-10-02', '{PRK.GOV}', 'condemn', '{PRK.REB}', 'fixture: a domestic condemnation');
SELECT count(*) AS usa_default, count(*) FILTER (WHERE speaker = 'USA.GOV') AS own
  FROM who('condemn', 'USA', '2024-10-01', '2024-10-31');
SELECT speaker, via, said_on FROM who('condemn', 'USA', '2024-10-01', '2024-10-31', include_own => true);
SELECT speaker, said_on FROM who('condemn', 'PRK.REB', '2024-10-01', '2024-10-31');
SELECT count(*) AS prk_without_own FROM who('condemn', 'PRK', '2024-10-01', '2024-10-31');
SELECT * FROM stance_matrix('2024-10-01', '2024-10-31') ORDER BY 1, 2;
SELECT * FROM stance_matrix('2024-10-01', '2024-10-31', domestic => true) ORDER BY 1, 2;
-- the matrix counts its pairs in C (the aggregate matrix_cells()): the same
-- rows, in the same order, as counting the rows of country_dyads()
SELECT w.w AS what, d.d AS domestic,
       (SELECT string_agg(m::text, ';') FROM stance_matrix('2024-01-01', '2024-12-31', w.w, d.d) m)
       IS NOT DISTINCT FROM
       (SELECT string_agg(r::text, ';' ORDER BY r.speaker, r.target)
          FROM (SELECT c.speaker, c.target_country AS target, count(*) AS statements
                  FROM statement s CROSS JOIN LATERAL country_dyads(s.source, s.target, s.said_on) c
                 WHERE s.said_on BETWEEN '2024-01-01' AND '2024-12-31' AND stance_matches(s.stance, w.w)
                   AND (d.d OR c.speaker <> c.target_country)
                 GROUP BY 1, 2) r) AS same_as_dyads
  FROM (VALUES ('DISAPPROVE'), ('condemn'), ('REQUEST'), ('01'), ('not condemn')) w(w), (VALUES (false), (true)) d(d)
 ORDER BY 1, 2;
SELECT (matrix_cells(s.source, s.target, s.said_on, false)).* FROM statement s WHERE false;
SELECT (matrix_cells(source, target, said_on, domestic)).*
  FROM (VALUES ('{G7,KOR}'::bloc, '{PRK.GOV,RUS}'::bloc, '2024-11-05'::date, false), ('{KOR}', '{PRK}', '2024-12-16', false),
               ('{USA.GOV}', '{USA.REB}', '2024-10-01', true), (NULL, '{PRK}', '2024-12-16', false)) v(source, target, said_on, domestic);
SELECT * FROM timeseries('PRK', 'condemn', '2024-09-01', '2024-12-31', zeros => false);
SELECT * FROM timeseries('PRK', 'condemn', '2024-11-04', '2024-11-20', 'week');
SELECT * FROM timeseries('PRK', 'condemn', '2024-01-01', '2024-12-31', 'decade');
-- an open span: from the first to the last period with a statement
SELECT * FROM timeseries('PRK', 'condemn', '-infinity', 'infinity', 'quarter');
SELECT count(*) FROM timeseries('PRK', 'condemn', '2024-06-01', 'infinity');
SELECT count(*) FROM timeseries('PRK', 'sanction', '-infinity', 'infinity');
DELETE FROM statement WHERE evidence LIKE 'fixture: the US%' OR evidence LIKE 'fixture: a domestic%';

-- the index keys: target country x month x stance, month x stance; the
-- query side builds the same
SELECT cardinality(statement_keys('{G7,EU,KOR.GOV}', '{PRK.GOV,RUS}', '2024-11-05', 'condemn')) AS keys,
       statement_keys('{G7,EU,KOR.GOV}', '{PRK.GOV,RUS}', '2024-11-05', 'condemn')
         && target_keys('{PRK}', 'condemn', '2024-01-01', '2024-12-31') AS prk_condemn,
       statement_keys('{G7,EU,KOR.GOV}', '{PRK.GOV,RUS}', '2024-11-05', 'condemn')
         && target_keys('{PRK}', 'concern', '2024-01-01', '2024-12-31') AS prk_concern,
       statement_keys('{G7,EU,KOR.GOV}', '{PRK.GOV,RUS}', '2024-11-05', 'condemn')
         && target_keys('{PRK}', 'condemn', '2023-01-01', '2023-12-31') AS prk_2023,
       statement_keys('{G7,EU,KOR.GOV}', '{PRK.GOV,RUS}', '2024-11-05', 'condemn')
         && target_keys('{PRK}', 'condemn', '2024-11-05', '2024-11-05') AS prk_that_day,
       statement_keys('{G7,EU,KOR.GOV}', '{PRK.GOV,RUS}', '2024-11-05', 'condemn')
         && target_keys('{PRK}', 'condemn', '2024-10-01', '2024-10-31') AS prk_october,
       statement_keys('{G7,EU,KOR.GOV}', '{PRK.GOV,RUS}', '2024-11-05', 'condemn')
         && matrix_keys(NULL, '2024-11-01', '2024-11-30') AS november_any,
       statement_keys('{G7,EU,KOR.GOV}', '{PRK.GOV,RUS}', '2024-11-05', 'condemn')
         && matrix_keys('praise', '2024-11-01', '2024-11-30') AS november_praise,
       statement_keys('{G7,EU,KOR.GOV}', '{PRK.GOV,RUS}', '2024-11-05', 'condemn')
         && matrix_keys('DISAPPROVE', '2024-11-01', '2024-11-30') AS november;
-- a CAMEO root reaches every class under it; a class one; NULL all
SELECT cardinality(target_keys('{PRK}', '01', '2024-01-01', '2024-12-31')) AS root_01,
       cardinality(target_keys('{PRK}', 'SUPPORT', '2024-01-01', '2024-12-31')) AS support,
       cardinality(target_keys('{PRK,RUS}', NULL, '2023-01-01', '2024-12-31')) AS all_classes,
       cardinality(matrix_keys('condemn', '2023-11-15', '2024-02-01')) AS months,
       cardinality(matrix_keys(NULL, '2023-11-15', '2024-02-01')) AS months_any,
       cardinality(target_keys('{PRK}', 'condemn', '2024-12-31', '2024-01-01')) AS backwards;
SELECT target_keys('{PRK}', 'condemnn', '2024-01-01', '2024-12-31');
SELECT search_set('PRK.GOV') AS prk, search_set('JPN') AS jpn, outside('{PRK.GOV,USA,PRK}', 'PRK') AS outside_prk;
-- the keys of 0.2 (functions of the bloc type, no index uses them now)
SELECT country_years('{PRK.GOV,RUS,G7}', '2024-11-05') AS keys, year_keys('{PRK,G7}', '2023-06-01', '2024-02-01') AS span;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM statement
 WHERE statement_keys(source, target, said_on, stance) && target_keys('{PRK}', 'condemn', '2024-11-01', '2024-11-30');
-- the days index answers min and max (first_time, last_time)
EXPLAIN (COSTS OFF) SELECT min(said_on + 0) FROM statement;
RESET enable_seqscan;

-- partitions by said_on: rows move out of the DEFAULT partition, ids kept,
-- every question gives the same answers, and reads only the partitions of
-- the days asked
CREATE TEMP TABLE before AS SELECT id, said_on, source, stance, target FROM statement;
CREATE TEMP TABLE answers AS
SELECT 'who' AS q, md5(string_agg(w::text, ';' ORDER BY w::text)) AS h FROM who('DISAPPROVE', 'PRK', '2024-01-01', '2024-12-31') w
UNION ALL SELECT 'matrix', md5(string_agg(m::text, ';' ORDER BY m::text)) FROM stance_matrix('2024-01-01', '2024-12-31', 'DISAPPROVE') m
UNION ALL SELECT 'cohesion', md5(string_agg(c::text, ';' ORDER BY c::text)) FROM cohesion('G7', '2024-01-01', '2024-12-31') c
UNION ALL SELECT 'series', md5(string_agg(t::text, ';' ORDER BY t::text)) FROM timeseries('PRK', 'condemn', '2024-01-01', '2024-12-31') t
UNION ALL SELECT 'first', first_time('JPN', 'condemn', 'PRK')::text || last_time('KOR', 'condemn', 'PRK')::text;
SELECT create_statement_partitions('2023-01-01', '2024-12-31');
SELECT create_statement_partitions('2024-06-01', '2025-01-15', 'quarter');
SELECT create_statement_partition('2030-01-01', '2030-01-01');
SELECT create_statement_partitions('2024-01-01', '2024-12-31', 'week');
SELECT c.relname, partition_days(c.oid), (SELECT count(*) FROM ONLY statement_y2024) AS rows_2024
  FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
 WHERE i.inhparent = 'statement'::regclass ORDER BY 2 NULLS FIRST;
SELECT count(*) AS default_rows FROM statement_default;
SELECT (SELECT count(*) FROM before) AS rows,
       (SELECT count(*) FROM before b JOIN statement s USING (id, said_on, source, stance, target)) AS same_rows;
CREATE TEMP TABLE answers_after AS
SELECT 'who' AS q, md5(string_agg(w::text, ';' ORDER BY w::text)) AS h FROM who('DISAPPROVE', 'PRK', '2024-01-01', '2024-12-31') w
UNION ALL SELECT 'matrix', md5(string_agg(m::text, ';' ORDER BY m::text)) FROM stance_matrix('2024-01-01', '2024-12-31', 'DISAPPROVE') m
UNION ALL SELECT 'cohesion', md5(string_agg(c::text, ';' ORDER BY c::text)) FROM cohesion('G7', '2024-01-01', '2024-12-31') c
UNION ALL SELECT 'series', md5(string_agg(t::text, ';' ORDER BY t::text)) FROM timeseries('PRK', 'condemn', '2024-01-01', '2024-12-31') t
UNION ALL SELECT 'first', first_time('JPN', 'condemn', 'PRK')::text || last_time('KOR', 'condemn', 'PRK')::text;
SELECT a.q, a.h = b.h AS same_answer FROM answers a JOIN answers_after b USING (q) ORDER BY 1;
-- each partition made like the DEFAULT one: its keys, indexes and checks
SELECT c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
 WHERE c.conrelid = 'statement_y2023'::regclass ORDER BY 1;
SELECT indexdef FROM pg_indexes WHERE tablename = 'statement_y2023' ORDER BY 1;
-- pruning: which partitions a question reads (this transaction's counters,
-- once the earlier ones are flushed)
SELECT pg_stat_force_next_flush();
BEGIN;
SELECT count(*) FROM who('condemn', 'PRK', '2024-12-01', '2024-12-31');
SELECT c.relname AS partitions_read FROM pg_class c
 WHERE c.relkind = 'r' AND c.relname LIKE 'statement\_%'
   AND pg_stat_get_xact_numscans(c.oid) + (SELECT coalesce(sum(pg_stat_get_xact_numscans(i.indexrelid)), 0)
                                             FROM pg_index i WHERE i.indrelid = c.oid) > 0
 ORDER BY 1;
COMMIT;
SELECT pg_stat_force_next_flush();
BEGIN;
SELECT count(*) FROM stance_matrix('2023-05-01', '2023-05-31');
SELECT count(*) FROM cohesion('G7', '2024-11-01', '2024-11-30');
SELECT c.relname AS partitions_read FROM pg_class c
 WHERE c.relkind = 'r' AND c.relname LIKE 'statement\_%'
   AND pg_stat_get_xact_numscans(c.oid) + (SELECT coalesce(sum(pg_stat_get_xact_numscans(i.indexrelid)), 0)
                                             FROM pg_index i WHERE i.indrelid = c.oid) > 0
 ORDER BY 1;
COMMIT;
-- new rows go to their partition; a day no partition holds to the DEFAULT one
INSERT INTO statement (said_on, source, stance, target) VALUES ('2023-07-01', '{FRA}', 'praise', '{DEU}'), ('2031-01-01', '{FRA}', 'praise', '{DEU}');
SELECT tableoid::regclass, said_on FROM statement WHERE source = '{FRA}' ORDER BY 2;
DELETE FROM statement WHERE source = '{FRA}';

-- first_time() and last_time() walk the months in C against each
-- partition's own indexes: the same days as the walk in SQL
-- (first_or_last()), for speakers on their own, through forums, parts of
-- countries, and for classes, codes and negations
SELECT s.a AS speaker, t.t AS target, w.w AS what, first_time(s.a, w.w, t.t) AS first, last_time(s.a, w.w, t.t) AS last,
       first_time(s.a, w.w, t.t) IS NOT DISTINCT FROM first_or_last(s.a, w.w, t.t, false)
       AND last_time(s.a, w.w, t.t) IS NOT DISTINCT FROM first_or_last(s.a, w.w, t.t, true) AS same_as_sql
  FROM (VALUES ('JPN'::actor), ('KOR'), ('EU'), ('USA.GOV'), ('G7')) s(a),
       (VALUES ('condemn'), ('DISAPPROVE'), ('REQUEST'), ('01'), ('not condemn')) w(w),
       (VALUES ('PRK'::actor), ('RUS')) t(t)
 WHERE first_time(s.a, w.w, t.t) IS NOT NULL OR first_or_last(s.a, w.w, t.t, false) IS NOT NULL
 ORDER BY 1, 2, 3;
SELECT first_time('JPN', 'not condemn', 'RUS') AS negated, first_time('JPN', 'condemn', 'RUS') AS not_negated;
-- days outside the years the keys tell apart (1900-2155) are walked by
-- calendar month as well
INSERT INTO statement (id, said_on, source, stance, target, evidence)
VALUES (9001, '1850-03-01', '{JPN}', 'condemn', '{PRK}', 'fixture: an early day'), (9002, '2200-05-01', '{JPN}', 'condemn', '{PRK}', 'fixture: a late day');
SELECT first_time('JPN', 'condemn', 'PRK') AS first, first_or_last('JPN', 'condemn', 'PRK', false) AS first_sql,
       last_time('JPN', 'condemn', 'PRK') AS last, first_or_last('JPN', 'condemn', 'PRK', true) AS last_sql;
DELETE FROM statement WHERE evidence IN ('fixture: an early day', 'fixture: a late day');
-- it reads the day indexes of the partitions at the end of the data it
-- starts from (the other end's only when a second month must be walked, or
-- at once when that end may hold an infinite day), then only the partitions
-- of the months it walks
SELECT pg_stat_force_next_flush();
BEGIN;
SELECT first_time('KOR', 'condemn', 'PRK') AS kor_first;
SELECT c.relname AS index_read FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
 WHERE i.indrelid IN (SELECT relid FROM pg_partition_tree('statement')) AND pg_stat_get_xact_numscans(c.oid) > 0
 ORDER BY 1;
COMMIT;
-- a partition without its day index: the walk in SQL answers, the same
BEGIN;
SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop_day_index
  FROM pg_index i WHERE i.indrelid = 'statement_y2024'::regclass AND pg_get_indexdef(i.indexrelid) LIKE '%said_on + 0%' \gset
:drop_day_index;
SELECT first_time('JPN', 'condemn', 'PRK') AS jpn_first, last_time('KOR', 'condemn', 'PRK') AS kor_last,
       first_time('RUS', 'condemn', 'PRK') AS rus_never;
ROLLBACK;
-- nor does it read what the caller may not: without SELECT on the table,
-- the walk in SQL reports it
CREATE ROLE geopol_ft_reader;
GRANT USAGE ON SCHEMA geopol TO geopol_ft_reader;
SET ROLE geopol_ft_reader;
\set VERBOSITY terse
SELECT first_time('JPN', 'condemn', 'PRK');
\set VERBOSITY default
RESET ROLE;
DROP OWNED BY geopol_ft_reader;
DROP ROLE geopol_ft_reader;

-- row level security: the walk in SQL answers, within the policy
BEGIN;
CREATE ROLE geopol_ft_rls;
SELECT grant_reader('geopol_ft_rls');
ALTER TABLE statement ENABLE ROW LEVEL SECURITY;
CREATE POLICY geopol_ft_december ON statement FOR SELECT USING (said_on >= '2024-12-01');
SET LOCAL ROLE geopol_ft_rls;
SELECT first_time('KOR', 'condemn', 'PRK') AS kor_first, first_or_last('KOR', 'condemn', 'PRK', false) AS kor_first_sql,
       first_time('JPN', 'condemn', 'PRK') AS jpn_first, first_or_last('JPN', 'condemn', 'PRK', false) AS jpn_first_sql;
ROLLBACK;
-- a partition bound in mid-month, the rest of its months in the DEFAULT
-- partition: a month's days in both, each end of the month in either
BEGIN;
SELECT create_statement_partition('2026-03-15', '2026-04-15');
INSERT INTO statement (id, said_on, source, stance, target)
VALUES (9101, '2026-03-03', '{BRA}', 'condemn', '{PRK}'), (9102, '2026-03-20', '{BRA}', 'condemn', '{PRK}'),
       (9103, '2026-04-02', '{ARG}', 'condemn', '{PRK}'), (9104, '2026-04-20', '{ARG}', 'condemn', '{PRK}');
SELECT tableoid::regclass, said_on, source FROM statement WHERE said_on >= '2026-01-01' ORDER BY 2;
SELECT s.a AS speaker, first_time(s.a, 'condemn', 'PRK') AS first, last_time(s.a, 'condemn', 'PRK') AS last,
       first_time(s.a, 'condemn', 'PRK') IS NOT DISTINCT FROM first_or_last(s.a, 'condemn', 'PRK', false)
       AND last_time(s.a, 'condemn', 'PRK') IS NOT DISTINCT FROM first_or_last(s.a, 'condemn', 'PRK', true) AS same_as_sql
  FROM (VALUES ('BRA'::actor), ('ARG'), ('KOR')) s(a) ORDER BY 1;
ROLLBACK;
-- many candidates in one month, a bitmap too big for work_mem (lossy: whole
-- pages, every row tested again); one row a page
BEGIN;
SELECT create_statement_partition('2027-01-01', '2028-01-01');
ALTER TABLE statement_20270101_20280101 SET (fillfactor = 10);
INSERT INTO statement (id, said_on, source, stance, target, evidence)
SELECT 10000 + i, '2027-05-01'::date + (i % 28), '{CHN}', 'condemn', '{PRK}', repeat('x', 900) FROM generate_series(1, 1500) i;
INSERT INTO statement (id, said_on, source, stance, target) VALUES (9105, '2027-05-17', '{MEX}', 'condemn', '{PRK}');
SET LOCAL work_mem = '64kB';
SELECT s.a AS speaker, first_time(s.a, 'condemn', 'PRK') AS first, last_time(s.a, 'condemn', 'PRK') AS last,
       first_time(s.a, 'condemn', 'PRK') IS NOT DISTINCT FROM first_or_last(s.a, 'condemn', 'PRK', false)
       AND last_time(s.a, 'condemn', 'PRK') IS NOT DISTINCT FROM first_or_last(s.a, 'condemn', 'PRK', true) AS same_as_sql
  FROM (VALUES ('MEX'::actor), ('CHN')) s(a) ORDER BY 1;
ROLLBACK;
-- a descending day index: not the order the walk reads, the walk in SQL
-- answers, the same
BEGIN;
SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop_day_index
  FROM pg_index i WHERE i.indrelid = 'statement_y2024'::regclass AND pg_get_indexdef(i.indexrelid) LIKE '%said_on + 0%' \gset
:drop_day_index;
CREATE INDEX statement_y2024_day_desc ON statement_y2024 ((said_on + 0) DESC);
SELECT first_time('KOR', 'condemn', 'PRK') AS kor_first, first_or_last('KOR', 'condemn', 'PRK', false) AS kor_first_sql,
       last_time('KOR', 'condemn', 'PRK') AS kor_last, first_or_last('KOR', 'condemn', 'PRK', true) AS kor_last_sql;
ROLLBACK;

-- the layout of the partitions is kept for the session (src/questions.c)
-- and never used stale: an index dropped and made again (a new OID, a new
-- name) in the same transaction is found, the walk in C reads it
BEGIN;
SELECT first_time('KOR', 'condemn', 'PRK') AS kor_first, last_time('KOR', 'condemn', 'PRK') AS kor_last;
SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop_day_index
  FROM pg_index i WHERE i.indrelid = 'statement_y2024'::regclass AND pg_get_indexdef(i.indexrelid) LIKE '%said_on + 0%' \gset
:drop_day_index;
CREATE INDEX statement_y2024_day_again ON statement_y2024 ((said_on + 0));
SELECT last_time('KOR', 'condemn', 'PRK') AS kor_last;
SELECT pg_stat_get_xact_numscans('statement_y2024_day_again'::regclass) > 0 AS new_index_read;
SELECT last_time('KOR', 'condemn', 'PRK') IS NOT DISTINCT FROM first_or_last('KOR', 'condemn', 'PRK', true) AS same_as_sql;
ROLLBACK;
-- and after the rollback, the index of before again; a partition made
-- after the layout was kept is walked too
SELECT first_time('KOR', 'condemn', 'PRK') AS kor_first, last_time('KOR', 'condemn', 'PRK') AS kor_last;
BEGIN;
SELECT create_statement_partition('2028-01-01', '2029-01-01');
INSERT INTO statement (id, said_on, source, stance, target) VALUES (9106, '2028-02-10', '{KOR}', 'condemn', '{PRK}');
SELECT last_time('KOR', 'condemn', 'PRK') AS kor_last, first_or_last('KOR', 'condemn', 'PRK', true) AS kor_last_sql;
-- detached, it is no longer walked
ALTER TABLE statement DETACH PARTITION statement_20280101_20290101;
SELECT last_time('KOR', 'condemn', 'PRK') AS kor_last, first_or_last('KOR', 'condemn', 'PRK', true) AS kor_last_sql;
ROLLBACK;
-- a statement of an infinite day in the DEFAULT partition: the end of the
-- data the walk does not read first is read then, and the walk in SQL
-- decides (as it did before the walk read that end only when needed)
BEGIN;
INSERT INTO statement (id, said_on, source, stance, target) VALUES (9107, 'infinity', '{JPN}', 'condemn', '{PRK}');
SELECT first_time('JPN', 'condemn', 'PRK') IS NOT DISTINCT FROM first_or_last('JPN', 'condemn', 'PRK', false) AS first_same,
       last_time('JPN', 'condemn', 'PRK') IS NOT DISTINCT FROM first_or_last('JPN', 'condemn', 'PRK', true) AS last_same;
ROLLBACK;
BEGIN;
INSERT INTO statement (id, said_on, source, stance, target) VALUES (9108, '-infinity', '{JPN}', 'condemn', '{PRK}');
SELECT first_time('JPN', 'condemn', 'PRK') IS NOT DISTINCT FROM first_or_last('JPN', 'condemn', 'PRK', false) AS first_same,
       last_time('JPN', 'condemn', 'PRK') IS NOT DISTINCT FROM first_or_last('JPN', 'condemn', 'PRK', true) AS last_same;
ROLLBACK;

-- an infinite or long span searches only the days of the data
-- (statement_days()): the same rows as year by year (timeseries: two
-- years at a time, spans that are not cut), for narrow and broad
-- searches; and the days of the data are the ones the caller sees
BEGIN;
-- a broad search over decades: statements towards the United States
-- every 40 days of 2001-2030, in turn of four stances
INSERT INTO statement (id, said_on, source, stance, target)
SELECT 20000 + i, d, '{GBR}', (ARRAY['condemn', 'praise', 'concern', 'appeal'])[1 + i % 4]::stance, '{USA}'
  FROM generate_series(0, 270) i, LATERAL (SELECT ('2001-01-03'::date + 40 * i) AS d) x;
SELECT first_day, last_day FROM statement_days();
SELECT q.what, q.target, count(*) AS rows_year_by_year,
       (SELECT md5(string_agg(w::text, ';' ORDER BY w::text)) FROM who(q.what, q.target, '-infinity', 'infinity') w)
       = md5(string_agg(yw::text, ';' ORDER BY yw::text)) AS infinite_same,
       (SELECT md5(string_agg(w::text, ';' ORDER BY w::text)) FROM who(q.what, q.target, '1950-01-01', '2100-12-31') w)
       = md5(string_agg(yw::text, ';' ORDER BY yw::text)) AS long_same,
       (SELECT md5(string_agg(t::text, ';' ORDER BY t::text)) FROM timeseries(q.target, q.what, '-infinity', 'infinity', 'month', zeros => false) t)
       = (SELECT md5(string_agg(t::text, ';' ORDER BY t::text))
            FROM generate_series(2000, 2030, 2) g(y), timeseries(q.target, q.what, make_date(g.y, 1, 1), make_date(g.y + 1, 12, 31), 'month', zeros => false) t)
       AS series_same
  FROM (VALUES ('condemn', 'PRK'::actor), ('DISAPPROVE', 'PRK'), ('DISAPPROVE', 'USA'), ('praise', 'USA')) q(what, target),
       generate_series(2000, 2031) g(y),
       who(q.what, q.target, make_date(g.y, 1, 1), make_date(g.y, 12, 31)) yw
 GROUP BY 1, 2 ORDER BY 1, 2;
ROLLBACK;
-- a statement of an infinite day is found by an infinite span
BEGIN;
INSERT INTO statement (id, said_on, source, stance, target) VALUES (9109, 'infinity', '{JPN}', 'condemn', '{PRK}'),
       (9110, '-infinity', '{JPN}', 'condemn', '{PRK}');
SELECT first_day, last_day FROM statement_days();
SELECT said_on, speaker FROM who('condemn', 'PRK', '-infinity', 'infinity') WHERE NOT isfinite(said_on) ORDER BY 1;
SELECT period, statements FROM timeseries('PRK', 'condemn', '-infinity', 'infinity', 'year', zeros => false) WHERE NOT isfinite(period);
-- with zeros, from a day to infinity: the zeros stop at the last finite
-- period, the infinite day is a period of its own
SELECT count(*) AS periods, count(*) FILTER (WHERE NOT isfinite(period)) AS infinite,
       max(period) FILTER (WHERE isfinite(period)) AS last_finite
  FROM timeseries('PRK', 'condemn', '2024-01-01', 'infinity', 'month');
ROLLBACK;
-- row level security: the days are the ones the policy shows
BEGIN;
CREATE ROLE geopol_days_rls;
SELECT grant_reader('geopol_days_rls');
ALTER TABLE statement ENABLE ROW LEVEL SECURITY;
CREATE POLICY geopol_days_december ON statement FOR SELECT USING (said_on >= '2024-12-01' AND said_on < '2025-01-01');
SET LOCAL ROLE geopol_days_rls;
SELECT first_day, last_day FROM statement_days();
SELECT count(*) AS december_rows,
       count(*) = (SELECT count(*) FROM who('DISAPPROVE', 'PRK', '-infinity', 'infinity')) AS infinite_same
  FROM who('DISAPPROVE', 'PRK', '2024-12-01', '2024-12-31');
ROLLBACK;

-- a bad "what" says what is wrong
SELECT * FROM who('condemnn', 'PRK', '2024-01-01', '2024-12-31');
SELECT * FROM stance_matrix('2024-01-01', '2024-12-31', 'DISAPROVE');
SELECT stance_floor('DISAPPROVE'), stance_ceiling('condemn') IS NOT NULL AS has_ceiling;

-- deleting an article deletes its statements, and only those
DELETE FROM article;
SELECT count(*) AS left_over FROM statement;
-- a statement needs a source
INSERT INTO statement (said_on, source, stance, target) VALUES ('2024-11-05', '{}', 'condemn', '{PRK}');
SELECT extconfig::regclass[] AS tables FROM pg_extension WHERE extname = 'geopol';
-- an article is published on a day: infinity is refused (and so its
-- statements never fall on an infinite day by ingest())
\set VERBOSITY terse
SELECT ingest('u:published-infinity', 'infinity', 't', 'Japan condemned China.');
\set VERBOSITY default
SELECT count(*) FROM article WHERE url = 'u:published-infinity';
-- find_actor(): a name, a code, or an error that quotes at most 64
-- characters of what it was given
SELECT find_actor('North Korea', '2024-11-05') AS by_name, find_actor('rus.gov') AS by_code;
SELECT find_actor(repeat('Nowhere ', 20));
