-- named blocs: dated membership, members(), is_member(), expand(), member_of()
SET search_path = geopol, public;

-- facts a user can check against the record
SELECT cardinality(members('NATO', '2024-11-05')) AS nato_2024,
       cardinality(members('NATO', '2023-01-01')) AS nato_2023,
       cardinality(members('NATO', '1949-08-24')) AS nato_1949,
       cardinality(members('NATO', '1949-08-23')) AS nato_before;
SELECT cardinality(members('EU', '2019-12-31')) AS eu_2019, cardinality(members('EU', '2020-02-01')) AS eu_2020,
       cardinality(members('EU', '1958-01-01')) AS eec_1958, cardinality(members('EU', '2013-07-01')) AS eu_2013;
SELECT is_member('RUS', 'G8', '2010-01-01') AS rus_g8_2010, is_member('RUS', 'G8', '2015-01-01') AS rus_g8_2015,
       is_member('FIN', 'NATO', '2023-04-03') AS fin_before, is_member('FIN', 'NATO', '2023-04-04') AS fin_on,
       is_member('SWE', 'NATO', '2024-03-07') AS swe, is_member('GBR', 'EU', '2020-01-31') AS gbr_last_day,
       is_member('GBR', 'EU', '2020-02-01') AS gbr_after, is_member('EU', 'G7', '2024-11-05') AS eu_g7_member;
SELECT expand('{G7,KOR,AUS,NZL}', '2024-11-05') AS joint_statement;
SELECT members('G7', '2024-11-05') AS g7, members('G8', '2010-01-01') AS g8, members('G8', '2015-01-01') AS g8_2015;
SELECT members('BRICS', '2025-02-01') AS brics, cardinality(members('BRICS', '2025-02-01')) AS n,
       cardinality(members('BRICS', '2023-12-31')) AS before_2024;
SELECT role, during FROM membership WHERE bloc = 'BRICS' AND member = 'SAU';
SELECT members('ASEAN', '2025-10-26') @> 'TLS'::actor AS tls_in, members('ASEAN', '2025-10-25') @> 'TLS'::actor AS tls_before;
SELECT members('CSTO', '2024-11-05') AS csto_2024, is_member('ARM', 'CSTO', '2023-01-01') AS arm_2023;
SELECT cardinality(members('AU', '2024-11-05')) AS au_2024, is_member('MLI', 'AU', '2024-11-05') AS mali_2024,
       is_member('MLI', 'AU', '2019-01-01') AS mali_2019, is_member('MAR', 'AU', '2010-01-01') AS morocco_2010,
       is_member('MAR', 'AU', '2018-01-01') AS morocco_2018;
SELECT members('G20', '2023-09-08') @> 'AU'::actor AS au_before, members('G20', '2023-09-09') @> 'AU'::actor AS au_g20;
SELECT members('SCO', '2024-11-05') AS sco, members('QUAD', '2024-11-05') AS quad, members('AUKUS', '2024-11-05') AS aukus;
SELECT member_of('FIN', '2024-11-05') AS fin_2024, member_of('FIN', '2020-01-01') AS fin_2020;
-- expand: recursive, other actors stay, unknown or memberless blocs vanish
SELECT expand('{E3,USA}', '2024-11-05') AS e3_usa, expand('{PRK.GOV}', '2024-11-05') AS plain,
       expand('{G8,KOR}', '2015-01-01') AS g8_gone, expand('{}', '2024-11-05') AS empty;
SELECT cardinality(expand('{G20}', '2024-11-05')) AS g20_through_eu_and_au;
SELECT is_bloc('NATO') AS nato, is_bloc('FRA') AS fra;

-- every row is sourced; a member never holds two roles at once
SELECT count(*) AS unsourced FROM membership WHERE source IS NULL OR source = '';
SELECT count(*) AS double_roles FROM membership a JOIN membership b
    ON a.bloc = b.bloc AND a.member = b.member AND a.role < b.role AND a.during && b.during;
SELECT bloc, count(DISTINCT member) AS ever FROM membership WHERE role = 'member' GROUP BY bloc ORDER BY bloc;

-- codes of other datasets
SELECT c, canonical(c) FROM unnest('{IGOWSTNAT,IGO.GOS,GOS,NAT,EEC,IGOEUREEC,IGOWSTNATMIL,USA.GOV}'::actor[]) c;

-- users add blocs and coalitions; a new row takes effect in the next statement
INSERT INTO membership (bloc, member, during, source)
SELECT 'LIMA', m, daterange('2017-08-08', NULL), 'Lima Declaration, 2017-08-08'
  FROM unnest('{ARG,BRA,CAN,CHL,COL,CRI,GTM,HND,MEX,PAN,PRY,PER}'::actor[]) m;
SELECT cardinality(members('LIMA', '2018-01-01')) AS lima, expand('{LIMA}', '2016-01-01') AS before;
UPDATE membership SET during = daterange('2017-08-08', '2019-01-01') WHERE bloc = 'LIMA' AND member = 'MEX';
SELECT is_member('MEX', 'LIMA', '2018-06-01') AS mex_2018, is_member('MEX', 'LIMA', '2020-01-01') AS mex_2020;
-- a rolled-back change is forgotten
BEGIN;
DELETE FROM membership WHERE bloc = 'LIMA';
SELECT cardinality(members('LIMA', '2018-01-01')) AS inside;
ROLLBACK;
SELECT cardinality(members('LIMA', '2018-01-01')) AS after_rollback;
-- overlapping periods of the same bloc, member and role are refused
INSERT INTO membership (bloc, member, during, source) VALUES ('LIMA', 'ARG', daterange('2020-01-01', NULL), 'test');
-- but a different role for a different period is fine
INSERT INTO membership (bloc, member, during, role, source) VALUES ('LIMA', 'MEX', daterange('2019-01-01', NULL), 'observer', 'test');
INSERT INTO membership (bloc, member, during, role) VALUES ('LIMA', 'LIMA', daterange('2019-01-01', NULL), 'member');
INSERT INTO membership (bloc, member, during, role) VALUES ('LIMA', 'ARG', 'empty', 'member');
INSERT INTO membership (bloc, member, during, role) VALUES ('LIMA', 'ARG', daterange('2030-01-01', NULL), 'ally');
-- a cycle is reported, not followed for ever
INSERT INTO membership (bloc, member, during, source) VALUES ('CYA', 'CYB', daterange(NULL, NULL), 'test'), ('CYB', 'CYA', daterange(NULL, NULL), 'test');
SELECT expand('{CYA}', '2024-01-01');
DELETE FROM membership WHERE bloc IN ('CYA', 'CYB');
SELECT extconfig::regclass[] AS tables, extcondition FROM pg_extension WHERE extname = 'geopol';

-- installed rows a user deletes or corrects are hidden (membership_hidden),
-- so dump/restore and updates keep the edit; the corrected row is the user's
DELETE FROM membership WHERE bloc = 'G7' AND member = 'ITA';
UPDATE membership SET source = 'corrected' WHERE bloc = 'G7' AND member = 'JPN';
SELECT is_member('ITA', 'G7', '2024-11-05') AS ita_g7, is_member('JPN', 'G7', '2024-11-05') AS jpn_g7;
SELECT member, during, source, builtin FROM membership WHERE bloc = 'G7' AND member IN ('ITA', 'JPN');
SELECT bloc, member, during, role FROM membership_hidden ORDER BY member;
-- a period overlapping a live installed one is refused; only geopol installs builtin rows
INSERT INTO membership (bloc, member, during, source) VALUES ('NATO', 'FRA', daterange('2000-01-01', NULL), 'test');
INSERT INTO membership (bloc, member, during, builtin) VALUES ('LIMA', 'URY', daterange('2020-01-01', NULL), true);
-- deleting the hidden rows and the correction brings the installed rows back
DELETE FROM membership WHERE bloc = 'G7' AND NOT builtin;
DELETE FROM membership_hidden WHERE bloc = 'G7';
SELECT is_member('ITA', 'G7', '2024-11-05') AS ita_g7, count(*) AS g7_rows FROM membership WHERE bloc = 'G7';

-- GiST on actor (what the exclusion constraints use): an index scan gives
-- what a sequential scan gives, for every operator of the class
CREATE TEMP TABLE gist_actors AS
SELECT (c || coalesce('.' || r, ''))::actor AS a
  FROM unnest('{FRA,DEU,RUS,RUSA,PRK,G7,IGO.UNO,IGO.UNO.REF}'::text[]) c
 CROSS JOIN (VALUES (NULL), ('GOV'), ('MIL'), ('GOV.MIL'), ('REB')) v(r);
INSERT INTO gist_actors SELECT a FROM gist_actors, generate_series(1, 30);
CREATE INDEX gist_actors_idx ON gist_actors USING gist (a);
CREATE TEMP TABLE gist_probe (q actor);
INSERT INTO gist_probe VALUES ('RUS'), ('RUS.GOV'), ('RUSA'), ('IGO'), ('IGO.UNO'), ('ZZZ'), ('AAA'), ('PRK.GOV.MIL');
CREATE FUNCTION pg_temp.gist_counts(q actor) RETURNS text LANGUAGE sql AS $$
    SELECT concat_ws(' ', (SELECT count(*) FROM gist_actors WHERE a = q), (SELECT count(*) FROM gist_actors WHERE a < q),
                     (SELECT count(*) FROM gist_actors WHERE a <= q), (SELECT count(*) FROM gist_actors WHERE a > q),
                     (SELECT count(*) FROM gist_actors WHERE a >= q), (SELECT count(*) FROM gist_actors WHERE a <@ q),
                     (SELECT count(*) FROM gist_actors WHERE a @> q))
$$;
CREATE TEMP TABLE gist_seq AS SELECT q, pg_temp.gist_counts(q) AS c FROM gist_probe;
SET enable_seqscan = off; SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM gist_actors WHERE a <@ 'RUS';
SELECT p.q, s.c AS seqscan, pg_temp.gist_counts(p.q) = s.c AS index_agrees
  FROM gist_probe p JOIN gist_seq s USING (q) ORDER BY p.q;
RESET enable_seqscan; RESET enable_bitmapscan;
SELECT 'x'::gist_actor_key;
