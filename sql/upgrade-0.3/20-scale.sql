-- 0.3, scale: statement storage, indexes, partitioning, the questions
--
-- geopol.statement becomes a table partitioned by range of said_on.  The
-- table of 0.2, with every row and id, becomes its DEFAULT partition,
-- geopol.statement_default (renamed, attached: no row is copied); its keys
-- and the indexes the questions still use are renamed, the others give way
-- to the GIN index of statement_keys().  The questions and the partition
-- functions follow (sql/questions.sql, as 25-scale-questions.sql).

DROP VIEW @extschema@.dyad;
DROP FUNCTION @extschema@.who(text, @extschema@.actor, date, date);
DROP FUNCTION @extschema@.stance_matrix(date, date, text);
DROP FUNCTION @extschema@.timeseries(@extschema@.actor, text, date, date, text);
DROP FUNCTION @extschema@.search_keys(@extschema@.actor, date, date);

-- an article is published on a day (an article of 0.2 published on
-- infinity makes this fail: give it its day, or NULL, first)
ALTER TABLE @extschema@.article ADD CONSTRAINT article_published_check CHECK (isfinite(published));
COMMENT ON CONSTRAINT article_published_check ON @extschema@.article IS 'an article is published on a day: not on infinity or -infinity (whose statements would have no day to count in)';
ALTER TABLE @extschema@.statement RENAME TO statement_default;
DROP INDEX @extschema@.statement_source_gin;
DROP INDEX @extschema@.statement_target_gin;
DROP INDEX @extschema@.statement_target_years_gin;
DROP INDEX @extschema@.statement_source_years_gin;
DROP INDEX @extschema@.statement_stance_idx;
DROP INDEX @extschema@.statement_said_on_idx;
DROP INDEX @extschema@.statement_article_idx;
ALTER TABLE @extschema@.statement_default RENAME CONSTRAINT statement_pkey TO statement_default_pkey;
ALTER TABLE @extschema@.statement_default RENAME CONSTRAINT statement_article_fkey TO statement_default_article_fkey;
-- the columns are described on the parent
COMMENT ON COLUMN @extschema@.statement_default.article IS NULL;
COMMENT ON COLUMN @extschema@.statement_default.said_on IS NULL;
COMMENT ON COLUMN @extschema@.statement_default.source IS NULL;
COMMENT ON COLUMN @extschema@.statement_default.target IS NULL;
COMMENT ON COLUMN @extschema@.statement_default.evidence IS NULL;
COMMENT ON COLUMN @extschema@.statement_default.confidence IS NULL;
COMMENT ON COLUMN @extschema@.statement_default.extracted IS NULL;

CREATE TABLE @extschema@.statement (
    id         bigint NOT NULL DEFAULT nextval('@extschema@.statement_id_seq'),
    article    bigint,
    said_on    date NOT NULL,
    source     @extschema@.bloc NOT NULL,
    stance     @extschema@.stance NOT NULL,
    target     @extschema@.bloc NOT NULL,
    topic      text,
    evidence   text,
    confidence real CONSTRAINT statement_confidence_check CHECK (confidence BETWEEN 0 AND 1),
    extracted  boolean NOT NULL DEFAULT false,
    CONSTRAINT statement_source_check CHECK (@extschema@.cardinality(source) > 0)
) PARTITION BY RANGE (said_on);
ALTER SEQUENCE @extschema@.statement_id_seq OWNED BY @extschema@.statement.id;
COMMENT ON TABLE @extschema@.statement IS 'coded statements: who (source, a bloc of signatories) took which stance towards whom (target), on which day, from which words; partitioned by range of said_on (geopol.create_statement_partitions())';
COMMENT ON COLUMN @extschema@.statement.id IS 'the statement''s number (from geopol.statement_id_seq: unique over all partitions)';
COMMENT ON COLUMN @extschema@.statement.article IS 'the article it was coded from (NULL for statements coded without one)';
COMMENT ON COLUMN @extschema@.statement.said_on IS 'the day the statement was made (the partition key)';
COMMENT ON COLUMN @extschema@.statement.source IS 'the signatories: {G7,EU,KOR,AUS,NZL} is one joint statement';
COMMENT ON COLUMN @extschema@.statement.target IS 'the actors whose conduct the stance is about';
COMMENT ON COLUMN @extschema@.statement.evidence IS 'the words it was coded from';
COMMENT ON COLUMN @extschema@.statement.confidence IS 'how sure the coder is, 0..1';
COMMENT ON COLUMN @extschema@.statement.extracted IS
'true for statements geopol.ingest() coded with geopol.extract() (replaced when the article is ingested again); false for statements coded by hand (never touched by ingest)';
ALTER TABLE @extschema@.statement ATTACH PARTITION @extschema@.statement_default DEFAULT;
COMMENT ON TABLE @extschema@.statement_default IS 'the DEFAULT partition of geopol.statement (statements of days no other partition holds), and the template of the partitions geopol.create_statement_partitions() makes';

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

CREATE INDEX statement_default_keys_idx ON @extschema@.statement_default
    USING gin (@extschema@.statement_keys(source, target, said_on, stance));
CREATE INDEX statement_default_day_idx ON @extschema@.statement_default ((said_on + 0));
CREATE INDEX statement_default_article_idx ON @extschema@.statement_default (article) WHERE article IS NOT NULL;

CREATE VIEW @extschema@.dyad AS
SELECT s.id AS statement, s.said_on, sp.party AS speaker, sp.via,
       tg.party AS target, tg.via AS target_via, s.stance
  FROM @extschema@.statement s
 CROSS JOIN LATERAL @extschema@.parties(s.source, s.said_on) sp
 CROSS JOIN LATERAL @extschema@.parties(s.target, s.said_on) tg;
COMMENT ON VIEW @extschema@.dyad IS
'one row per (speaker, target) pair of a statement: forums expanded into their members on said_on (via = the forum a speaker came through, NULL when it spoke for itself; target_via likewise)';
