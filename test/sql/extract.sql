-- geopol.extract() and geopol.ingest() on short articles written for these
-- tests (the events are real, the wording is ours).
SET search_path = geopol, public;

-- a joint statement: signatories, stance, intensity, target, date, evidence
SELECT source, stance, target, said_on, evidence
  FROM geopol.extract('The foreign ministers of Denmark, Finland, Norway and Sweden on Tuesday strongly condemned Belarus for pushing migrants across its border with Lithuania.',
               '2025-06-12');

-- the span points at the evidence in the body (characters, not bytes)
WITH a(body) AS (VALUES ('Ein Überblick: «Kyiv» — and then Japan criticised North Korea''s missile test. Japan also urged China to act.'))
SELECT e.target, e.span_start, e.span_length,
       substr(a.body, e.span_start, e.span_length) = e.evidence AS span_is_evidence
  FROM a, geopol.extract(a.body, '2024-05-01') e;

-- pronouns and descriptions: they, we, "the three countries"
SELECT source, stance, target
  FROM geopol.extract('The United States, Japan and South Korea issued a joint statement on Monday. '
               'They condemned North Korea''s launch of a ballistic missile. '
               'The United States reiterated that its commitment to defend Japan is ironclad. '
               'The three countries urged Pyongyang to return to talks.', '2023-12-20');

-- a quote belongs to whoever said it; the title names the document's author
SELECT source, stance, target
  FROM geopol.extract(E'\u201cWe call on Russia to withdraw its forces,\u201d the Polish foreign minister said.', '2024-02-24');
SELECT source, stance, target
  FROM geopol.extract('Canada issued a statement on Monday. '
                      '"We condemn Iran''s attack on Israel. We urge Tehran to stop," the Polish foreign minister said.', '2024-08-15');
SELECT source, stance, target
  FROM geopol.extract('We urge Iran to return to full compliance.', '2021-01-06',
               'Joint statement by France, Germany and the United Kingdom');

-- "we" of a statement whose signatories are listed at its end; "joined by"
SELECT source, stance, target
  FROM geopol.extract(E'We call on Iran to stop supplying weapons to the Houthis.\n\nSignatories: Australia, Canada, Japan, New Zealand and the United Kingdom', '2024-08-15');
SELECT source, stance, target
  FROM geopol.extract('The United States, joined by Japan and Australia, condemned North Korea''s launch.', '2024-08-15');

-- a communiqué whose authors name themselves in a sentence of no stance
SELECT source, stance, target
  FROM geopol.extract(E'1. We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom, the United States and the High Representative of the European Union, met in Karuizawa.\n\n'
                      '2. We call on Russia to withdraw all forces immediately.', '2023-04-18',
                      'G7 Foreign Ministers'' Communiqué');

-- "condemned the attack": the attack the text just named, and who launched it
SELECT source, stance, target
  FROM geopol.extract('Iran launched more than 300 drones and missiles at Israel overnight. '
                      'UN Secretary-General Antonio Guterres strongly condemned the attack.', '2024-04-15');

-- a place in another name is no actor: the Lima Group, the Minsk agreements
SELECT source, stance, target
  FROM geopol.extract(E'The Governments of Argentina, Brazil, Canada and Chile, members of the Lima Group, state that they:\n'
                      '1. Urge Russia to implement the Minsk agreements.', '2019-04-15');

-- not coded: negations, reported facts, stances without a target actor,
-- victims and places
SELECT count(*) AS negated FROM geopol.extract('India did not condemn Russia. China refused to condemn the invasion.', '2022-03-02');
SELECT count(*) AS facts FROM geopol.extract('North Korea''s support for Russia''s war worries analysts.', '2024-11-05');
-- an attack whose phrase names only its place: the place's country
SELECT source, stance, target FROM geopol.extract('Canada condemned the attack in Cairo, the capital of Egypt.', '2024-11-05');

-- passives: the by-phrase speaks; victims of an attack are not its target;
-- what a verb reports ("would impose", "urged X to support") is not coded;
-- a non-state group is an actor
SELECT source, stance, target FROM geopol.extract('Russia was condemned by the G7 on Monday.', '2024-11-05');
SELECT count(*) AS victim FROM geopol.extract('Iran condemned the strikes on Yemen.', '2024-01-13');
SELECT source, stance, target
  FROM geopol.extract('Josep Borrell warned that the bloc would impose further sanctions on Russia.', '2022-09-30');
SELECT source, stance, target
  FROM geopol.extract('Earlier this month the United States urged Rwanda to withdraw its troops and to support the talks.', '2024-02-27');
SELECT count(*) AS reported FROM geopol.extract('China did not criticise the move, calling for dialogue.', '2022-09-30');
SELECT source, stance, target
  FROM geopol.extract('Eight governments said they supported the action and warned the Houthis to stop their attacks.', '2024-01-13',
                      'Joint statement by Australia, Bahrain, Canada, Denmark, Germany, the Netherlands, New Zealand and South Korea');

-- newsroom verbs, an envoy summoned, a subject that is no known actor
SELECT source, stance, target
  FROM geopol.extract('Poland summoned the Russian ambassador on Wednesday. '
                      'Germany sharply criticised Hungary''s decision, and the Baltic states slammed the move. '
                      'Turkey''s president hailed the agreement and thanked Qatar for its mediation.', '2024-08-15');

-- the same statement in headline and body comes out once
SELECT count(*) AS once
  FROM geopol.extract('Germany condemned Belarus over the migrants on the border on Friday.', '2021-11-12',
               'Germany condemns Belarus over migrants');

-- dates: "on Friday", "on 2 November", else the publication date; NULL
-- publication date: NULL said_on
SELECT said_on FROM geopol.extract('Turkey urged Syria on Friday to open the border.', '2024-11-05');
SELECT said_on FROM geopol.extract('On 2 November, Spain condemned Venezuela''s crackdown.', '2024-11-05');
SELECT said_on FROM geopol.extract('Spain condemned Venezuela''s crackdown.');

-- leaders by their term: Biden stood for the US government until 2025-01-19
SELECT source FROM geopol.extract('Biden condemned Russia''s attack on Kyiv.', '2022-03-01');
SELECT count(*) AS after_term FROM geopol.extract('Biden condemned Russia''s attack on Kyiv.', '2030-03-01');

-- nothing to code, and odd input: no rows, no error
SELECT count(*) FROM geopol.extract(NULL);
SELECT count(*) FROM geopol.extract('');
SELECT count(*) FROM geopol.extract(repeat('condemned Russia, Japan and ', 20000));
SELECT count(*) AS ten_mb FROM geopol.extract(repeat('Japan and the G7 ', 620000));
-- the same sentence 5000 times is one statement
SELECT count(*) AS once FROM geopol.extract(repeat('France condemned Russia''s war. ', 5000) || repeat('x', 1000));

-- the dictionary is compiled once per session and follows the tables
SELECT names > 500 AS names, phrases > 200 AS phrases FROM extract_dictionary();
SELECT count(*) AS before FROM geopol.extract('The Land of Morning Calm excoriated Pyongyang.', '2024-01-01');
INSERT INTO actor_name (actor, name, kind, source) VALUES ('KOR', 'the Land of Morning Calm', 'alias', 'test');
INSERT INTO lexicon (phrase, kind, stance, source) VALUES ('excoriate', 'stance', 'condemn', 'test');
SELECT source, stance, target FROM geopol.extract('The Land of Morning Calm excoriated Pyongyang.', '2024-01-01');
DELETE FROM lexicon WHERE phrase = 'excoriate';
SELECT count(*) AS after FROM geopol.extract('The Land of Morning Calm excoriated Pyongyang.', '2024-01-01');
DELETE FROM actor_name WHERE name = 'the Land of Morning Calm';

-- the lexicon refuses what it cannot compile
INSERT INTO lexicon (phrase, kind, source) VALUES ('* *', 'negation', 'test');
INSERT INTO lexicon (phrase, kind, source) VALUES ('frown', 'stance', 'test');
INSERT INTO lexicon (phrase, kind, stance, source) VALUES ('frown', 'mood', 'condemn', 'test');

-- mentions: the actors a text names, as the coder reads them (a place
-- inside another name is none; names valid on the day; character offsets)
SELECT actor, kind, span_start, span_length, words
  FROM geopol.mentions('Nach Gesprächen in Kyiv, the Lima Group and Moscow''s envoy met U.S. officials.');
SELECT actor, words FROM geopol.mentions('Biden spoke.', '2022-03-01');
SELECT count(*) FROM geopol.mentions('Biden spoke.', '2019-03-01');
SELECT count(*) FROM geopol.mentions(NULL);

-- agent words (a sector of a state, coded as a role: data/agents.tsv)
-- compose with the country beside them; without one they are the role-only
-- code, which is no source or target of a statement
SELECT actor, name FROM geopol.actor_name
 WHERE kind = 'agent' AND name IN ('army', 'police', 'foreign minister') ORDER BY name;
SELECT source, stance, target FROM geopol.extract(
  'The Malian army condemned Algeria. Kenyan police criticised Mali''s army. '
  'Iranian Foreign Minister Ali Bagheri condemned Israel. Police condemned the army of Chad.', '2024-11-05');
SELECT actor, kind, words FROM geopol.mentions('the army of Mali, Chadian police and the army');
SELECT count(*) FROM geopol.mentions('military cooperation between the army and police');
-- places and demonyms (data/places.tsv) stand for their country; a person
-- named with a country's title is later that actor by surname
SELECT source, stance, target FROM geopol.extract(
  'Police in Karachi condemned India. The Burmese army shelled Mosul. '
  'Kenyan Foreign Minister Jonas Wekesa spoke on Monday. Wekesa condemned Somalia.', '2024-11-05');

-- markings
SELECT proname, provolatile, proparallel FROM pg_proc
 WHERE proname IN ('extract', 'ingest', 'extract_dictionary', 'mentions')
   AND pronamespace = 'geopol'::regnamespace ORDER BY proname;

-- a long call can be cancelled
SET statement_timeout = '100ms';
SELECT count(*) FROM geopol.extract(repeat('France condemned Russia''s war against Ukraine. ', 400000));
RESET statement_timeout;

-- ingest: the article and its statements in one go; again: replaced, not
-- duplicated; hand-coded statements of the article are never touched
SELECT ingest('https://example.org/test/nordic', '2025-06-12', 'Nordic ministers rebuke Minsk',
              'The foreign ministers of Denmark, Finland, Norway and Sweden on Tuesday condemned Belarus. '
              'They called on Minsk to stop the practice and expressed their full solidarity with Lithuania.') AS id \gset
SELECT said_on, source, stance, target, extracted FROM statement WHERE article = :id ORDER BY id;
INSERT INTO statement (article, said_on, source, stance, target, evidence)
VALUES (:id, '2025-06-10', '{NOR}', 'support', '{POL}', 'coded by hand');
SELECT ingest('https://example.org/test/nordic', '2025-06-12', 'Nordic ministers rebuke Minsk',
              'The foreign ministers of Denmark, Finland, Norway and Sweden on Tuesday condemned Belarus.') = :id AS same_id;
SELECT said_on, source, stance, target, extracted FROM statement WHERE article = :id ORDER BY id;
SELECT count(*) AS articles FROM article WHERE url = 'https://example.org/test/nordic';
SELECT ingest(NULL, '2025-06-12', 't', 'France condemned Russia.');
