-- ===================================================================
-- geopol.extract(): the in-database statement coder; geopol.ingest()
-- ===================================================================

CREATE FUNCTION @extschema@.lexicon_phrase_ok(phrase text, kind text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'geopol_lexicon_phrase_ok' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lexicon_phrase_ok(text, text) IS
'can this phrase of this kind be compiled into the extraction lexicon? (at most 12 words, a ''*'' gap only between words)';

CREATE TABLE @extschema@.lexicon (
    phrase    text NOT NULL CHECK (phrase <> '' AND phrase = btrim(phrase)),
    kind      text NOT NULL CONSTRAINT lexicon_kind_known CHECK (kind IN ('stance', 'noun', 'light', 'predicate',
                                            'intensifier', 'negation', 'speech', 'self',
                                            'anaphor', 'group_anaphor', 'relation', 'join')),
    stance    @extschema@.stance,
    intensity smallint NOT NULL DEFAULT 0 CHECK (intensity BETWEEN -1 AND 2),
    source    text,
    builtin   boolean NOT NULL DEFAULT false,
    CONSTRAINT lexicon_stance_needed
        CHECK ((kind IN ('stance', 'noun', 'predicate')) = (stance IS NOT NULL)),
    CONSTRAINT lexicon_phrase_compiles
        CHECK (@extschema@.lexicon_phrase_ok(phrase, kind))
);
CREATE UNIQUE INDEX lexicon_key ON @extschema@.lexicon (lower(phrase), kind);
COMMENT ON TABLE @extschema@.lexicon IS
'the words geopol.extract() reads: stance verbs and nouns, intensifiers, negations, verbs of saying, pronouns; phrases match on word stems and ''*'' stands for up to five words; builtin rows ship with geopol, user rows survive pg_dump';
COMMENT ON COLUMN @extschema@.lexicon.phrase IS 'words as written: "condemn" also matches condemned, condemns, condemning; "express * concern" matches "expressed their deep concern"';
COMMENT ON COLUMN @extschema@.lexicon.kind IS 'stance | noun | light | predicate | intensifier | negation | speech | self | anaphor | group_anaphor | relation | join (README: Extraction)';
COMMENT ON COLUMN @extschema@.lexicon.stance IS 'for stance, noun and predicate rows: the stance coded';
COMMENT ON COLUMN @extschema@.lexicon.intensity IS 'for intensifiers: -1 mild .. 2 extreme; for stances: a default';
COMMENT ON COLUMN @extschema@.lexicon.source IS 'where the entry comes from';
COMMENT ON COLUMN @extschema@.lexicon.builtin IS 'true for rows installed by geopol (not dumped)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.lexicon', 'WHERE NOT builtin');

CREATE FUNCTION @extschema@.dictionary_invalidate() RETURNS trigger
    AS 'MODULE_PATHNAME', 'geopol_dictionary_invalidate' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.dictionary_invalidate() IS
'trigger: makes every session recompile the extraction dictionary at its next statement';
CREATE TRIGGER lexicon_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.lexicon
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.dictionary_invalidate();
CREATE TRIGGER actor_name_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.actor_name
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.dictionary_invalidate();
CREATE TRIGGER membership_dictionary_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.membership
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.dictionary_invalidate();
COMMENT ON TRIGGER lexicon_invalidate ON @extschema@.lexicon IS
'a changed stance word is used by geopol.extract() from the next statement, in every session';
COMMENT ON TRIGGER actor_name_invalidate ON @extschema@.actor_name IS
'a changed name is used by geopol.extract() from the next statement, in every session';
COMMENT ON TRIGGER membership_dictionary_invalidate ON @extschema@.membership IS
'geopol.extract() knows which actors are blocs from geopol.membership';

CREATE FUNCTION @extschema@.extract(body text, published date DEFAULT NULL, title text DEFAULT NULL,
    OUT source @extschema@.bloc, OUT stance @extschema@.stance, OUT target @extschema@.bloc,
    OUT said_on date, OUT evidence text, OUT confidence real,
    OUT span_start integer, OUT span_length integer)
RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'geopol_extract' LANGUAGE C STABLE PARALLEL SAFE
    ROWS 5 COST 1000;
COMMENT ON FUNCTION @extschema@.extract(text, date, text) IS
'the statements of an article: who (source) took which stance towards whom (target), on which day (said_on, resolved against published), from which sentence (evidence; substr(body, span_start, span_length)); affirmative statements only. The title, when given, is read as a headline.';

CREATE FUNCTION @extschema@.mentions(body text, published date DEFAULT NULL,
    OUT actor @extschema@.actor, OUT kind text, OUT span_start integer, OUT span_length integer,
    OUT words text)
RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'geopol_mentions' LANGUAGE C STABLE PARALLEL SAFE
    ROWS 10 COST 500;
COMMENT ON FUNCTION @extschema@.mentions(text, date) IS
'the actors a text names, in order, as geopol.extract() reads them (names valid on published; kind is the kind of name: name, adjective, capital, leader; substr(body, span_start, span_length) = words)';

CREATE FUNCTION @extschema@.extract_dictionary(OUT names bigint, OUT phrases bigint,
                                               OUT actors integer, OUT bytes bigint)
    AS 'MODULE_PATHNAME', 'geopol_extract_dictionary' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.extract_dictionary() IS
'the size of this session''s compiled extraction dictionary (compiled on first use, recompiled after changes to actor_name, lexicon or membership)';

ALTER TABLE @extschema@.statement ADD COLUMN extracted boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN @extschema@.statement.extracted IS
'true for statements geopol.ingest() coded with geopol.extract() (replaced when the article is ingested again); false for statements coded by hand (never touched by ingest)';

CREATE FUNCTION @extschema@.ingest(url text, published date, title text, body text,
                                   source text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    aid bigint;
BEGIN
    IF $1 IS NULL THEN
        RAISE EXCEPTION 'geopol.ingest: url must not be null'
            USING ERRCODE = '22004',
                  HINT = 'The url identifies the article: ingesting it again replaces its extracted statements.';
    END IF;
    INSERT INTO @extschema@.article AS old (url, published, title, body, source)
    VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (url) DO UPDATE
       SET published = EXCLUDED.published, title = EXCLUDED.title,
           body = EXCLUDED.body, source = coalesce(EXCLUDED.source, old.source)
    RETURNING old.id INTO aid;
    DELETE FROM @extschema@.statement s WHERE s.article = aid AND s.extracted;
    INSERT INTO @extschema@.statement
           (article, said_on, source, stance, target, evidence, confidence, extracted)
    SELECT aid, coalesce(e.said_on, $2, current_date), e.source, e.stance, e.target,
           e.evidence, e.confidence, true
      FROM @extschema@.extract($4, $2, $3) e;
    RETURN aid;
END
$$;
COMMENT ON FUNCTION @extschema@.ingest(text, date, text, text, text) IS
'stores an article and the statements geopol.extract() finds in it, in one transaction, and returns the article id; ingesting the same url again replaces the article and its extracted statements, never hand-coded ones';
