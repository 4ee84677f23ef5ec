-- the rule on the user's names: geopol.actor_name_ok() and the trigger of
-- geopol.actor_name that checks it (a name must hold a word the coder reads
-- as nothing else)
SET search_path = geopol, public;
\set SHOW_CONTEXT never

-- the words a name keeps: function words and the given words (on stems) go
SELECT n, t, actor_name_free_words(n, t)
  FROM (VALUES ('the Kremlin', '{}'::text[]), ('condemned', '{condemn}'), ('Condemns', '{condemn}'),
               ('the Condemned Party', '{condemn}'), ('he said', '{said}'), ('of the', '{}'),
               ('May', '{}'), ('Theresa May', '{}'), ('protesters', '{protest}'),
               ('', '{}'), ('...', '{}'), ('condemned', '{"condemn it",NULL}')) v(n, t);
SELECT actor_name_free_words('x', '{{a},{b}}');

-- the rule, read from the lexicon: every word must not be taken
SELECT n, k, actor_name_ok(n, k)
  FROM (VALUES ('condemned', 'alias'), ('The', 'alias'), ('said', 'name'), ('he said', 'alias'),
               ('Kremlin', 'alias'), ('the Kremlin', 'alias'), ('said', 'role'),
               ('supports', 'person'), ('Solidarity Party', 'name'),
               ('convicts', 'agent'),        -- an installed agent word: it may repeat itself
               ('convicts', 'alias')) v(n, k);

-- the installed names (33,000, every kind but role) that break the rule of
-- words: seven agent words that are one-word lexicon phrases too; they
-- load, and a user may repeat them (kind agent), nothing else
SELECT n.kind, n.name FROM actor_name n,
       (SELECT ARRAY(SELECT l.phrase FROM lexicon l WHERE l.phrase !~ '[[:space:]*]') AS a) lx
 WHERE n.builtin AND n.kind <> 'role'
   AND cardinality(actor_name_free_words(n.name, lx.a)) = 0
 ORDER BY 1, 2;

-- writing a name that breaks the rule: refused, SQLSTATE 23514, the rule named
DO $$
DECLARE
    st text;
    cn text;
BEGIN
    INSERT INTO geopol.actor_name (actor, name, kind) VALUES ('CHN', 'condemned', 'alias');
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, cn = CONSTRAINT_NAME;
    RAISE NOTICE 'SQLSTATE %, constraint %', st, cn;
END
$$;
BEGIN;
INSERT INTO actor_name (actor, name, kind) VALUES ('CHN', 'condemned', 'alias');
ROLLBACK;
BEGIN;
INSERT INTO actor_name (actor, name, kind) VALUES ('CHN', 'the', 'alias');
ROLLBACK;
BEGIN;
INSERT INTO actor_name (actor, name, kind, source) VALUES ('CHN', 'said', 'name', 'test');
ROLLBACK;
-- ... also by COPY and by an UPDATE of the user's row or of an installed one
CREATE TEMP TABLE before AS SELECT count(*) AS n FROM actor_name_user;
BEGIN;
INSERT INTO actor_name (actor, name, kind, source) VALUES ('RUS.GOV', 'Kremlin Palace', 'alias', 'test');
UPDATE actor_name SET name = 'The' WHERE name = 'Kremlin Palace';
ROLLBACK;
BEGIN;
UPDATE actor_name SET name = 'would' WHERE builtin AND name = 'North Korea' AND kind = 'name';
ROLLBACK;
BEGIN;
COPY actor_name (actor, name, kind, source) FROM stdin;
RUS	Moscow's leaders	alias	test
RUS	condemning	alias	test
\.
ROLLBACK;
SELECT (SELECT count(*) FROM actor_name_user) - n AS added FROM before;

-- none of them got in: the coder still reads the verb
SELECT source, stance, target FROM geopol.extract('Russia condemned Ukraine on Monday.', date '2024-03-01');

-- accepted: a name with a word of its own, a role meaning, and an
-- installed agent word corrected by the user
BEGIN;
INSERT INTO actor_name (actor, name, kind, source) VALUES ('RUS.GOV', 'the Kremlin Palace', 'alias', 'test');
INSERT INTO actor_name (actor, name, kind, source) VALUES ('ZZZ', 'said', 'role', 'test');
UPDATE actor_name SET source = 'test' WHERE builtin AND name = 'convicts' AND kind = 'agent';
SELECT name, kind, builtin, source FROM actor_name
 WHERE name IN ('the Kremlin Palace', 'said', 'convicts') ORDER BY name;
SELECT source, stance, target FROM geopol.extract('The Kremlin Palace condemned Ukraine on Monday.', date '2024-03-01');
ROLLBACK;

-- a word the user adds to the lexicon is taken from names from then on
BEGIN;
INSERT INTO lexicon (phrase, kind, stance) VALUES ('frobnicate', 'stance', '111');
SELECT actor_name_ok('Frobnicates', 'alias') AS after_lexicon;
ROLLBACK;
SELECT actor_name_ok('Frobnicates', 'alias') AS before_lexicon;

-- every word of a name, function words too; none in a name of punctuation
SELECT n, actor_name_words(n)
  FROM (VALUES ('"the Kremlin"'), ('he said'), ('...'), (''), ('Zürich'), ('東京'), ('G7 ministers')) v(n);
-- every word is checked, not only the first ones
SELECT actor_name_free_words(repeat('the ', 100) || 'Kremlin', '{}') AS after_100_the,
       actor_name_ok(repeat('the ', 100) || 'Kremlin', 'alias') AS ok_after_100_the,
       actor_name_ok(rtrim(repeat('the ', 100)) || ' condemned', 'alias') AS ok_101_taken,
       cardinality(actor_name_words(repeat('the ', 1000))) AS words_1000;
-- names of other scripts and accented letters have words of their own
SELECT actor_name_ok('Ñandú', 'alias') AS nandu, actor_name_ok('東京', 'alias') AS tokyo,
       actor_name_free_words('Zürich', '{}') AS zurich;
-- a name with no word at all: refused, said so
BEGIN;
INSERT INTO actor_name (actor, name, kind, source) VALUES ('RUS', '...', 'alias', 'test');
ROLLBACK;
