-- ===================================================================
-- articles, statements, dyads, and the analyst's questions
-- ===================================================================

CREATE TABLE @extschema@.article (
    id        bigserial PRIMARY KEY,
    url       text UNIQUE,
    published date,
    title     text,
    body      text,
    source    text,
    added     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT article_published_check CHECK (isfinite(published))
);
COMMENT ON TABLE @extschema@.article IS 'news articles and official statements, as stored by the user or geopol.ingest()';
COMMENT ON COLUMN @extschema@.article.url IS 'where the article was found (unique)';
COMMENT ON COLUMN @extschema@.article.published IS 'publication date';
COMMENT ON COLUMN @extschema@.article.source IS 'the publisher';
COMMENT ON COLUMN @extschema@.article.added IS 'when the row was stored';
COMMENT ON CONSTRAINT article_published_check ON @extschema@.article IS 'an article is published on a day: not on infinity or -infinity (whose statements would have no day to count in)';

-- Statements are partitioned by range of said_on.  The parent holds no
-- index and no unique or foreign key: each partition carries its own (so a
-- partition can be a foreign table on a shard server, and pg_dump restores
-- partitions the user created without clashing with CREATE EXTENSION).
-- geopol.statement_default (the DEFAULT partition) is the template:
-- geopol.create_statement_partitions() copies its indexes and keys.
CREATE TABLE @extschema@.statement (
    id         bigserial,
    article    bigint,
    said_on    date NOT NULL,
    source     @extschema@.bloc NOT NULL,
    stance     @extschema@.stance NOT NULL,
    target     @extschema@.bloc NOT NULL,
    topic      text,
    evidence   text,
    confidence real CONSTRAINT statement_confidence_check CHECK (confidence BETWEEN 0 AND 1),
    CONSTRAINT statement_source_check CHECK (@extschema@.cardinality(source) > 0)
) PARTITION BY RANGE (said_on);
COMMENT ON TABLE @extschema@.statement IS 'coded statements: who (source, a bloc of signatories) took which stance towards whom (target), on which day, from which words; partitioned by range of said_on (geopol.create_statement_partitions())';
COMMENT ON COLUMN @extschema@.statement.id IS 'the statement''s number (from geopol.statement_id_seq: unique over all partitions)';
COMMENT ON COLUMN @extschema@.statement.article IS 'the article it was coded from (NULL for statements coded without one)';
COMMENT ON COLUMN @extschema@.statement.said_on IS 'the day the statement was made (the partition key)';
COMMENT ON COLUMN @extschema@.statement.source IS 'the signatories: {G7,EU,KOR,AUS,NZL} is one joint statement';
COMMENT ON COLUMN @extschema@.statement.target IS 'the actors whose conduct the stance is about';
COMMENT ON COLUMN @extschema@.statement.evidence IS 'the words it was coded from';
COMMENT ON COLUMN @extschema@.statement.confidence IS 'how sure the coder is, 0..1';

-- the keys the questions search by (src/questions.c): target country x
-- month x stance class, month x stance class
CREATE FUNCTION @extschema@.statement_keys(source @extschema@.bloc, target @extschema@.bloc, said_on date, stance @extschema@.stance)
RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'geopol_statement_keys' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.statement_keys(@extschema@.bloc, @extschema@.bloc, date, @extschema@.stance) IS
'the index keys of a statement (the GIN index of every statement partition is on this): one per target country, month and stance (the CAMEO code cut to three digits, negation, mood); one for the month and stance';
CREATE FUNCTION @extschema@.target_keys(actors @extschema@.bloc, what text, from_date date, to_date date)
RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'geopol_target_keys' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.target_keys(@extschema@.bloc, text, date, date) IS
'the statement_keys() of statements towards these actors'' countries, in the months from..to, whose stance what can match (NULL: any)';
CREATE FUNCTION @extschema@.matrix_keys(what text, from_date date, to_date date)
RETURNS bigint[]
    AS 'MODULE_PATHNAME', 'geopol_matrix_keys' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.matrix_keys(text, date, date) IS
'the statement_keys() of the statements of the months from..to whose stance what can match (NULL: any)';

CREATE FUNCTION @extschema@.what_code(what text)
RETURNS bigint
    AS 'MODULE_PATHNAME', 'geopol_what_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.what_code(text) IS
'a "what" of the questions (a class name, or a stance) as a number for stance_matches(stance, bigint): the form postgres_fdw can send to a shard';
CREATE FUNCTION @extschema@.stance_matches(@extschema@.stance, bigint)
RETURNS boolean
    AS 'MODULE_PATHNAME', 'geopol_stance_matches_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.stance_matches(@extschema@.stance, bigint) IS
'stance_matches(stance, what) with what as what_code(what)';

CREATE FUNCTION @extschema@.outside(b @extschema@.bloc, x @extschema@.actor)
RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'geopol_outside' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.outside(@extschema@.bloc, @extschema@.actor) IS
'the members of b that are neither x nor part of it: outside(''{PRK.GOV,USA}'', ''PRK'') = {USA}';

-- the DEFAULT partition: every statement until partitions are made, and
-- the template of every partition geopol makes
CREATE TABLE @extschema@.statement_default PARTITION OF @extschema@.statement DEFAULT;
ALTER TABLE @extschema@.statement_default ADD CONSTRAINT statement_default_pkey PRIMARY KEY (id);
ALTER TABLE @extschema@.statement_default ADD CONSTRAINT statement_default_article_fkey
    FOREIGN KEY (article) REFERENCES @extschema@.article (id) ON DELETE CASCADE;
CREATE INDEX statement_default_keys_idx ON @extschema@.statement_default
    USING gin (@extschema@.statement_keys(source, target, said_on, stance));
-- the days, for first_time()/last_time() (min and max) and cohesion() (a
-- range of days): an index on said_on itself would be mixed by the planner
-- into the key searches of the questions (a BitmapAnd reading every day of
-- the range)
CREATE INDEX statement_default_day_idx ON @extschema@.statement_default ((said_on + 0));
-- the statements of an article (the cascade from geopol.article, ingest());
-- statements loaded without an article are not in it
CREATE INDEX statement_default_article_idx ON @extschema@.statement_default (article) WHERE article IS NOT NULL;
COMMENT ON TABLE @extschema@.statement_default IS 'the DEFAULT partition of geopol.statement (statements of days no other partition holds), and the template of the partitions geopol.create_statement_partitions() makes';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.article', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.article_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.statement_default', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.statement_id_seq', '');

-- one row per (speaker, target) of member-level actors, blocs expanded on said_on
CREATE VIEW @extschema@.dyad AS
SELECT s.id AS statement, s.said_on, sp.party AS speaker, sp.via,
       tg.party AS target, tg.via AS target_via, s.stance
  FROM @extschema@.statement s
 CROSS JOIN LATERAL @extschema@.parties(s.source, s.said_on) sp
 CROSS JOIN LATERAL @extschema@.parties(s.target, s.said_on) tg;
COMMENT ON VIEW @extschema@.dyad IS
'one row per (speaker, target) pair of a statement: forums expanded into their members on said_on (via = the forum a speaker came through, NULL when it spoke for itself; target_via likewise)';

