-- The demo of `make demo`: geopol's actors at work.
SET search_path = geopol, public;

-- Codes as analysts write them, and as GDELT/ICEWS/Phoenix write them
SELECT code AS written, code::actor AS actor, label(code::actor) AS label
  FROM unnest(ARRAY['PRK', 'prk.gov', 'RUSGOVMIL', 'IGOUNOREFHCR', 'G7', 'NATO']) code;

-- Names to codes, on a date
SELECT name, lookup(name, '2024-11-05') AS actor
  FROM unnest(ARRAY['North Korea', 'DPRK', 'Big Seven', 'the Quad', 'Britain', 'Moscow']) name;
SELECT lookup('Soviet Union', '1985-01-01') AS in_1985, lookup('Soviet Union', '1995-01-01') AS in_1995;

-- A small event table: who acted, coded at several depths
CREATE TEMP TABLE ev (said_on date, who actor, whom actor);
INSERT INTO ev VALUES
  ('2024-11-05', 'USA.GOV', 'PRK.MIL'), ('2024-11-05', 'JPN.GOV', 'PRK.MIL'),
  ('2024-11-06', 'RUS.GOV', 'UKR'),     ('2024-11-07', 'RUS.GOV.MIL', 'UKR.MIL'),
  ('2024-11-08', 'RUS.MIL', 'UKR'),     ('2024-11-08', 'RUSA', 'UKR'),
  ('2024-11-09', 'KOR.GOV', 'PRK'),     ('2024-11-10', 'PRK.GOV', 'KOR');
CREATE INDEX ON ev (who);

-- everything Russia did, at any depth (a btree range scan once the table is large)
SELECT said_on, who, label(who), whom FROM ev WHERE who <@ 'RUS' ORDER BY who;
-- who acted towards North Korea, any part of it, counted by country
SELECT country(who) AS country, label(country(who)), count(*) FROM ev
 WHERE whom <@ 'PRK' GROUP BY 1 ORDER BY 1;
-- the hierarchy
SELECT a, parent(a), depth(a), role(a), 'RUS' @> a AS "RUS @> a"
  FROM unnest('{RUS,RUS.GOV,RUS.GOV.MIL,RUSA}'::actor[]) a ORDER BY a;
-- Blocs: the joint statement of 2024-11-05, signed by "the G7 and three partners"
SELECT '{G7,KOR,AUS,NZL}'::bloc AS signatories,
       expand('{G7,KOR,AUS,NZL}', '2024-11-05') AS states_that_day,
       expand('{G7,KOR,AUS,NZL}', '2024-11-05') @> 'JPN'::actor AS japan_signed,
       expand('{G7,KOR,AUS,NZL}', '2024-11-05') @> 'RUS'::actor AS russia_signed;
-- membership is right on the day
SELECT d AS day, cardinality(members('NATO', d)) AS nato, cardinality(members('EU', d)) AS eu,
       is_member('RUS', 'G8', d) AS russia_in_g8
  FROM unnest('{1990-01-01,2010-01-01,2020-02-01,2024-11-05}'::date[]) d;
-- the record behind an answer
SELECT member, role, during, source FROM membership WHERE bloc = 'G7' AND member IN ('CAN', 'EU');
-- GDELT/Phoenix codes line up
SELECT c AS imported, canonical(c) AS geopol FROM unnest('{IGOWSTNAT,IGOEUREEC,IGOGOS}'::actor[]) c;
-- Articles and the statements coded from them (data/sample/articles.sql)
\i data/sample/articles.sql
SELECT a.title, s.source, s.stance, s.target FROM statement s JOIN article a ON a.id = s.article ORDER BY s.said_on;
-- The coder: geopol.ingest() stores an article and the statements geopol.extract() finds
\i data/sample/ingest.sql
SELECT s.said_on, s.source, s.stance, s.target, round(s.confidence::numeric, 2) AS conf, left(s.evidence, 60) AS evidence
  FROM statement s JOIN article a ON a.id = s.article WHERE s.extracted ORDER BY a.id, s.id;
-- Extraction without storing anything: what does this sentence say, and from which words?
SELECT source, stance, target, said_on, substr(t.body, span_start, span_length) AS from_words
  FROM (VALUES ('Turkey on Friday urged Sweden to act against militants, Ankara said.')) t(body),
       geopol.extract(t.body, '2023-01-24');
-- Who condemned North Korea, and when? (Japan did, as one of the G7)
SELECT speaker, label(speaker), via, said_on, stance FROM who('condemn', 'PRK', '2024-01-01', '2025-12-31');
-- Who expressed concern about North Korea in November 2024?
SELECT count(DISTINCT speaker) AS speakers, bloc_agg(speaker) FROM who('concern', 'PRK', '2024-11-01', '2024-11-30');
-- Did Russia condemn North Korea?  When did South Korea first and last do it?
SELECT first_time('RUS', 'condemn', 'PRK') AS russia, first_time('KOR', 'condemn', 'PRK') AS korea_first,
       last_time('KOR', 'condemn', 'PRK') AS korea_last;
-- Who disapproved of whom (country level), hand-coded and extracted statements alike
SELECT * FROM stance_matrix('2023-01-01', '2025-12-31') WHERE target IN ('PRK', 'IRN', 'RUS', 'BLR', 'USA') ORDER BY target, speaker;
-- How cohesive were the G7 on these statements?
SELECT * FROM cohesion('G7', '2024-01-01', '2025-12-31');
-- Stances are typed: CAMEO codes, Goldstein scores, PLOVER types, classes
SELECT s, cameo(s), goldstein(s), quad_class(s), plover(s), stance_class(s)
  FROM unnest('{strongly condemn,concern,appeal,not condemn}'::stance[]) s;
-- a bad code says what is wrong
\set ON_ERROR_STOP 0
SELECT 'PRK.GOVERN'::actor;
