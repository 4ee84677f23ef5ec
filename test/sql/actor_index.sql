-- geopol.actor: btree range scans for <@, hash aggregation, hash join, hash index
SET search_path = geopol, public;

CREATE TABLE ev (id int, a actor);
INSERT INTO ev
SELECT g, (c || CASE (g / 10) % 4 WHEN 0 THEN '' WHEN 1 THEN '.GOV' WHEN 2 THEN '.GOV.MIL' ELSE '.MIL' END)::actor
  FROM generate_series(1, 20000) g,
       LATERAL (SELECT (ARRAY['RUS','RWA','PRK','KOR','USA','UKR','CHN','JPN','RUSA','RU'])[1 + g % 10] AS c) x;
CREATE INDEX ev_a_idx ON ev (a);
ANALYZE ev;

-- "a <@ 'RUS'" is answered by a range scan of the btree index
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ev WHERE a <@ 'RUS';
EXPLAIN (COSTS OFF) SELECT count(*) FROM ev WHERE 'RUS.GOV' @> a;
-- a code with no room for descendants gives an inclusive upper bound
EXPLAIN (COSTS OFF) SELECT count(*) FROM ev WHERE a <@ 'AB.CD.EF.GH.IJ.KL.MN.OP';
RESET enable_seqscan;
RESET enable_bitmapscan;

-- the range scan returns exactly what the operator returns
SELECT count(*) FROM ev WHERE a <@ 'RUS';
SELECT count(*) FROM ev WHERE a <@ 'RUS.GOV';
SELECT count(*) FROM ev WHERE country(a) = 'RUS';
SELECT count(*) FROM ev WHERE 'RUS.GOV' @> a;
SET enable_indexscan = off;
SET enable_indexonlyscan = off;
SET enable_bitmapscan = off;
SELECT count(*) FROM ev WHERE a <@ 'RUS';
SELECT count(*) FROM ev WHERE a <@ 'RUS.GOV';
RESET enable_indexscan;
RESET enable_indexonlyscan;
RESET enable_bitmapscan;
-- the ancestor side is not turned into a range (it is not one)
EXPLAIN (COSTS OFF) SELECT * FROM ev WHERE a @> 'RUS.GOV.MIL';
SELECT DISTINCT a FROM ev WHERE a @> 'RUS.GOV.MIL' ORDER BY a;

-- hash aggregation and hash join on actor
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT a, count(*) FROM ev GROUP BY a;
SELECT a, count(*) FROM ev GROUP BY a ORDER BY a LIMIT 6;
RESET enable_sort;
CREATE TABLE lbl (a actor PRIMARY KEY, t text);
INSERT INTO lbl VALUES ('RUS', 'Russia'), ('RUS.GOV', 'Russian government'), ('PRK', 'North Korea');
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT lbl.t, count(*) FROM ev JOIN lbl USING (a) GROUP BY lbl.t;
SELECT lbl.t, count(*) FROM ev JOIN lbl USING (a) GROUP BY lbl.t ORDER BY 1;
RESET enable_mergejoin;
RESET enable_nestloop;

-- hash index, hash partitioning (extended hash), stable hash values
CREATE INDEX ev_a_hash ON ev USING hash (a);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ev WHERE a = 'PRK.GOV';
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT count(*) FROM ev WHERE a = 'PRK.GOV';
CREATE TABLE evp (a actor) PARTITION BY HASH (a);
CREATE TABLE evp0 PARTITION OF evp FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE evp1 PARTITION OF evp FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO evp SELECT a FROM ev;
SELECT (SELECT count(*) FROM evp0) + (SELECT count(*) FROM evp1) AS total;
-- hash values never change between releases: these are fixed forever
SELECT a, actor_hash(a), actor_hash_extended(a, 0), actor_hash_extended(a, 42),
       (actor_hash_extended(a, 0) & 4294967295) = (actor_hash(a)::bigint & 4294967295) AS seed0_agrees
  FROM unnest('{PRK,PRK.GOV,G7,IGO.UNO.REF.HCR}'::actor[]) a;

-- a unique index rejects duplicates written differently
CREATE UNIQUE INDEX lbl_u ON lbl (a);
INSERT INTO lbl VALUES ('prk', 'again');
DROP TABLE ev, lbl, evp;
