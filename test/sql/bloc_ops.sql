-- geopol.bloc: set operators, functions, casts, aggregates, GIN
SET search_path = geopol, public;

SELECT '{G7,KOR}'::bloc @> '{KOR}' AS contains, '{KOR}'::bloc <@ '{G7,KOR}' AS contained,
       '{G7,KOR}'::bloc @> 'KOR'::actor AS has_actor, 'KOR'::actor <@ '{G7,KOR}'::bloc AS actor_in,
       '{G7,KOR}'::bloc @> '{}' AS contains_empty, '{G7,KOR}'::bloc && '{KOR,AUS}' AS overlaps,
       '{G7}'::bloc && '{KOR}' AS no_overlap, '{}'::bloc && '{}' AS empty_overlap;
SELECT '{G7,KOR}'::bloc | '{AUS,KOR}' AS "union", '{G7,KOR}'::bloc & '{AUS,KOR}' AS intersection,
       '{G7,KOR}'::bloc - '{KOR}'::bloc AS difference, '{G7}'::bloc + 'NZL' AS plus,
       '{G7,KOR}'::bloc - 'KOR'::actor AS minus_actor, cardinality('{G7,KOR,AUS}'::bloc),
       cardinality('{}'::bloc) AS empty;
SELECT '{A1,B1}'::bloc = '{b1,a1,A1}' AS eq, '{A1}'::bloc < '{A1,B1}' AS prefix_first,
       '{A1,C1}'::bloc > '{A1,B1}' AS gt, bloc_cmp('{}', '{A1}');
-- casts and unnest
SELECT ARRAY['KOR','G7','KOR']::actor[]::bloc AS from_array, '{G7,KOR}'::bloc::actor[] AS to_array,
       'PRK'::actor::bloc AS from_actor;
SELECT * FROM unnest('{NZL,G7,KOR,AUS}'::bloc);
SELECT bloc(ARRAY['PRK', NULL]::actor[]);
-- aggregates, parallel safe (partial aggregation in parallel workers)
SELECT bloc_agg(a) FROM unnest('{PRK,KOR,PRK,USA}'::actor[]) a;
SELECT bloc_agg(a) IS NULL AS no_rows FROM unnest('{}'::actor[]) a;
SELECT union_agg(b) FROM (VALUES ('{G7,KOR}'::bloc), ('{AUS}'), (NULL), ('{KOR,NZL}')) v(b);
CREATE TABLE agg_t AS
SELECT g, (ARRAY['PRK','KOR','USA','JPN','CHN','RUS'])[1 + g % 6]::actor AS a
  FROM generate_series(1, 60000) g;
ANALYZE agg_t;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT bloc_agg(a) FROM agg_t;
SELECT bloc_agg(a) FROM agg_t;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SELECT g % 2 AS half, bloc_agg(a) FROM agg_t GROUP BY 1 ORDER BY 1;
DROP TABLE agg_t;

-- GIN: @> actor, @> bloc, && and <@ use the index and agree with a scan
CREATE TABLE st (id int, source bloc);
INSERT INTO st
SELECT g, bloc(ARRAY(SELECT (ARRAY['JPN','USA','KOR','RUS','BLR','CHN','G7','EU','FRA','DEU'])[1 + abs(hashint4(g * 31 + k)) % 10]::actor
                       FROM generate_series(1, 1 + g % 5) k))
  FROM generate_series(1, 5000) g;
INSERT INTO st VALUES (0, '{}');
CREATE INDEX st_source_gin ON st USING gin (source);
ANALYZE st;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM st WHERE source @> 'JPN'::actor;
EXPLAIN (COSTS OFF) SELECT count(*) FROM st WHERE source && '{RUS,BLR}';
EXPLAIN (COSTS OFF) SELECT count(*) FROM st WHERE source @> '{JPN,USA}';
EXPLAIN (COSTS OFF) SELECT count(*) FROM st WHERE source <@ '{JPN,USA,KOR}';
CREATE TEMP TABLE idx AS
SELECT (SELECT count(*) FROM st WHERE source @> 'JPN'::actor) a, (SELECT count(*) FROM st WHERE source && '{RUS,BLR}') b,
       (SELECT count(*) FROM st WHERE source @> '{JPN,USA}') c, (SELECT count(*) FROM st WHERE source <@ '{JPN,USA,KOR}') d,
       (SELECT count(*) FROM st WHERE source = '{JPN,USA}') e, (SELECT count(*) FROM st WHERE source @> '{}') f,
       (SELECT count(*) FROM st WHERE source && '{}') g, (SELECT count(*) FROM st WHERE source <@ '{}') h;
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
CREATE TEMP TABLE seq AS
SELECT (SELECT count(*) FROM st WHERE source @> 'JPN'::actor) a, (SELECT count(*) FROM st WHERE source && '{RUS,BLR}') b,
       (SELECT count(*) FROM st WHERE source @> '{JPN,USA}') c, (SELECT count(*) FROM st WHERE source <@ '{JPN,USA,KOR}') d,
       (SELECT count(*) FROM st WHERE source = '{JPN,USA}') e, (SELECT count(*) FROM st WHERE source @> '{}') f,
       (SELECT count(*) FROM st WHERE source && '{}') g, (SELECT count(*) FROM st WHERE source <@ '{}') h;
RESET enable_bitmapscan;
RESET enable_indexscan;
SELECT * FROM idx;
SELECT (SELECT row(idx.*)::text FROM idx) = (SELECT row(seq.*)::text FROM seq) AS index_agrees_with_scan;

-- btree, hash: equality, DISTINCT, hash join on blocs; stable hash values
CREATE INDEX st_source_btree ON st (source);
SELECT count(DISTINCT source) > 1 AS distinct_works FROM st;
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM st a JOIN st b ON a.source = b.source;
RESET enable_mergejoin; RESET enable_nestloop;
SELECT b, bloc_hash(b), bloc_hash_extended(b, 0), bloc_hash_extended(b, 7)
  FROM (VALUES ('{}'::bloc), ('{G7}'), ('{AUS,G7,KOR,NZL}')) v(b);
DROP TABLE st;

-- storage: 4 bytes a member when every member has at most 6 symbols, 8 when
-- at most 12 (RUS.GOV.MIL), 16 otherwise; the layout never changes a result
SELECT pg_column_size('{AUS,G7,KOR,NZL}'::bloc) AS tiny_4, pg_column_size('{AUS,G7,KOR,PRK.GOV}'::bloc) AS compact_4,
       pg_column_size('{AUS,G7,KOR,NZL,AB.CD.EF.GH.IJ.KL.MN.OP}'::bloc) AS full_5;
SELECT b @> 'PRK.GOV'::actor AS has_compact, b @> 'PRK'::actor AS has_tiny, b = '{prk.gov,PRK,G7}' AS eq,
       b & '{PRK}' AS tiny_result, b | '{RUS.GOV.MIL}' AS union_compact, '{PRK}'::bloc @> 'PRK.GOV'::actor AS tiny_has_compact
  FROM (SELECT '{PRK,PRK.GOV,G7}'::bloc AS b) s;
SELECT b @> 'PRK'::actor AS has_prk, b @> 'AB.CD.EF.GH.IJ.KL.MN.OP'::actor AS has_long,
       b - 'AB.CD.EF.GH.IJ.KL.MN.OP'::actor = '{PRK,RUS.GOV.MIL}' AS minus_gives_compact,
       b & '{PRK,USA}' AS meet, '{PRK,RUS.GOV.MIL}'::bloc @> 'AB.CD.EF.GH.IJ.KL.MN.OP'::actor AS compact_has_long,
       bloc_hash(b - 'AB.CD.EF.GH.IJ.KL.MN.OP'::actor) = bloc_hash('{PRK,RUS.GOV.MIL}') AS same_hash
  FROM (SELECT '{PRK,AB.CD.EF.GH.IJ.KL.MN.OP,RUS.GOV.MIL}'::bloc AS b) s;
