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
-- who expressed concern about North Korea in November 2024: 11 speakers
SELECT count(DISTINCT speaker) AS speakers, bloc_agg(speaker) FROM who('concern', 'PRK', '2024-11-01', '2024-11-30');
-- the target through a part of it: the appeal was made to the DPRK government
SELECT DISTINCT stance FROM who('REQUEST', 'PRK', '2024-11-01', '2024-11-30');
-- by class, by code
SELECT count(*) AS disapprove_rows FROM who('DISAPPROVE', 'PRK', '2024-11-01', '2024-12-31');
SELECT count(*) AS code_111_rows FROM who('111', 'RUS', '2024-11-01', '2024-12-31');

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

-- the indexes answer the everyday filters; the questions search by country and year
SELECT country_years('{PRK.GOV,RUS,G7}', '2024-11-05') AS keys,
       year_keys('{PRK,G7}', '2023-06-01', '2024-02-01') AS span,
       search_keys('PRK.GOV', '2024-01-01', '2024-12-31') AS prk, search_keys('JPN', '2024-01-01', '2024-12-31') AS jpn;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM statement WHERE country_years(target, said_on) && '{PRK.2024}';
EXPLAIN (COSTS OFF) SELECT count(*) FROM statement WHERE target @> 'PRK'::actor;
EXPLAIN (COSTS OFF) SELECT count(*) FROM statement WHERE said_on BETWEEN '2024-11-01' AND '2024-11-30';
RESET enable_seqscan;

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
