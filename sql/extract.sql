-- ===================================================================
-- geopol.extract(): the in-database statement coder; geopol.ingest()
-- ===================================================================

CREATE FUNCTION @extschema@.lexicon_phrase_ok(phrase text, kind text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'geopol_lexicon_phrase_ok' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lexicon_phrase_ok(text, text) IS
'can this phrase of this kind be compiled into the extraction lexicon? (at most 12 words, a ''*'' gap only between words)';

-- installed (lexicon_builtin, not dumped), the user's (lexicon_user,
-- dumped), installed phrases the user deleted or corrected (lexicon_hidden,
-- dumped), and the view geopol.lexicon that everyone reads and writes (as
-- for geopol.actor_name)
CREATE TABLE @extschema@.lexicon_builtin (
    phrase    text NOT NULL CHECK (phrase <> '' AND phrase = btrim(phrase)),
    kind      text NOT NULL CHECK (kind IN ('stance', 'noun', 'light', 'predicate',
                                            'intensifier', 'negation', 'speech', 'self',
                                            'anaphor', 'group_anaphor', 'relation', 'join')),
    stance    @extschema@.stance,
    intensity smallint NOT NULL DEFAULT 0 CHECK (intensity BETWEEN -1 AND 2),
    source    text,
    CHECK ((kind IN ('stance', 'noun', 'predicate')) = (stance IS NOT NULL)),
    CHECK (@extschema@.lexicon_phrase_ok(phrase, kind))
);
CREATE UNIQUE INDEX lexicon_builtin_key ON @extschema@.lexicon_builtin (lower(phrase), kind);
COMMENT ON TABLE @extschema@.lexicon_builtin IS
'the phrases this release of geopol installs (read them through geopol.lexicon; not dumped)';

CREATE TABLE @extschema@.lexicon_user (
    phrase    text NOT NULL CONSTRAINT lexicon_phrase_check CHECK (phrase <> '' AND phrase = btrim(phrase)),
    kind      text NOT NULL CONSTRAINT lexicon_kind_known CHECK (kind IN ('stance', 'noun', 'light', 'predicate',
                                            'intensifier', 'negation', 'speech', 'self',
                                            'anaphor', 'group_anaphor', 'relation', 'join')),
    stance    @extschema@.stance,
    intensity smallint NOT NULL DEFAULT 0 CONSTRAINT lexicon_intensity_check CHECK (intensity BETWEEN -1 AND 2),
    source    text,
    CONSTRAINT lexicon_stance_needed
        CHECK ((kind IN ('stance', 'noun', 'predicate')) = (stance IS NOT NULL)),
    CONSTRAINT lexicon_phrase_compiles
        CHECK (@extschema@.lexicon_phrase_ok(phrase, kind))
);
CREATE UNIQUE INDEX lexicon_key ON @extschema@.lexicon_user (lower(phrase), kind);
COMMENT ON TABLE @extschema@.lexicon_user IS
'the phrases users added, and their corrections of installed ones (write them through geopol.lexicon; dumped)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.lexicon_user', '');

CREATE TABLE @extschema@.lexicon_hidden (
    phrase    text NOT NULL,
    kind      text NOT NULL
);
CREATE UNIQUE INDEX lexicon_hidden_key ON @extschema@.lexicon_hidden (lower(phrase), kind);
COMMENT ON TABLE @extschema@.lexicon_hidden IS
'installed phrases that users deleted or corrected: hidden from geopol.lexicon, also after pg_restore and ALTER EXTENSION UPDATE (dumped)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.lexicon_hidden', '');

CREATE VIEW @extschema@.lexicon AS
SELECT b.phrase, b.kind, b.stance, b.intensity, b.source, true AS builtin
  FROM @extschema@.lexicon_builtin b
 WHERE NOT EXISTS (SELECT FROM @extschema@.lexicon_hidden h
                    WHERE lower(h.phrase) = lower(b.phrase) AND h.kind = b.kind)
   AND NOT EXISTS (SELECT FROM @extschema@.lexicon_user u
                    WHERE lower(u.phrase) = lower(b.phrase) AND u.kind = b.kind)
UNION ALL
SELECT u.phrase, u.kind, u.stance, u.intensity, u.source, false
  FROM @extschema@.lexicon_user u;
ALTER VIEW @extschema@.lexicon ALTER COLUMN intensity SET DEFAULT 0;
ALTER VIEW @extschema@.lexicon ALTER COLUMN builtin SET DEFAULT false;
GRANT SELECT ON @extschema@.lexicon TO PUBLIC;
COMMENT ON VIEW @extschema@.lexicon IS
'the words geopol.extract() reads: stance verbs and nouns, intensifiers, negations, verbs of saying, pronouns; phrases match on word stems and ''*'' stands for up to five words; builtin rows ship with geopol, user rows and the user''s deletions and corrections of builtin rows survive pg_dump and updates';
COMMENT ON COLUMN @extschema@.lexicon.phrase IS 'words as written: "condemn" also matches condemned, condemns, condemning; "express * concern" matches "expressed their deep concern"';
COMMENT ON COLUMN @extschema@.lexicon.kind IS 'stance | noun | light | predicate | intensifier | negation | speech | self | anaphor | group_anaphor | relation | join (README: Extraction)';
COMMENT ON COLUMN @extschema@.lexicon.stance IS 'for stance, noun and predicate rows: the stance coded';
COMMENT ON COLUMN @extschema@.lexicon.intensity IS 'for intensifiers: -1 mild .. 2 extreme; for stances: a default';
COMMENT ON COLUMN @extschema@.lexicon.source IS 'where the entry comes from';
COMMENT ON COLUMN @extschema@.lexicon.builtin IS 'true for rows installed by geopol; false for rows users add (an installed row a user updates becomes a user row)';

CREATE FUNCTION @extschema@.lexicon_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.builtin THEN
            INSERT INTO @extschema@.lexicon_hidden (phrase, kind) VALUES (OLD.phrase, OLD.kind)
            ON CONFLICT DO NOTHING;
        ELSE
            DELETE FROM @extschema@.lexicon_user u
             WHERE lower(u.phrase) = lower(OLD.phrase) AND u.kind = OLD.kind;
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
    ELSIF NEW.builtin THEN
        RAISE EXCEPTION 'rows of geopol.lexicon with builtin = true are installed by geopol'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Add your own rows with builtin = false (the default).';
    END IF;
    IF EXISTS (SELECT FROM @extschema@.lexicon_builtin b
                WHERE lower(b.phrase) = lower(NEW.phrase) AND b.kind = NEW.kind
                  AND NOT EXISTS (SELECT FROM @extschema@.lexicon_hidden h
                                   WHERE lower(h.phrase) = lower(b.phrase) AND h.kind = b.kind)) THEN
        RAISE EXCEPTION 'duplicate key value violates unique constraint "lexicon_key"'
            USING ERRCODE = 'unique_violation',
                  DETAIL = format('Key (lower(phrase), kind)=(%s, %s) already exists.', lower(NEW.phrase), NEW.kind),
                  HINT = 'geopol installs this phrase; UPDATE that row to change it.';
    END IF;
    INSERT INTO @extschema@.lexicon_user (phrase, kind, stance, intensity, source)
    VALUES (NEW.phrase, NEW.kind, NEW.stance, NEW.intensity, NEW.source);
    NEW.builtin := false;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION @extschema@.lexicon_write() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.lexicon_write() IS
'trigger: INSERT, UPDATE and DELETE on the view geopol.lexicon';
CREATE TRIGGER lexicon_write
    INSTEAD OF INSERT OR UPDATE OR DELETE ON @extschema@.lexicon
    FOR EACH ROW EXECUTE FUNCTION @extschema@.lexicon_write();
COMMENT ON TRIGGER lexicon_write ON @extschema@.lexicon IS
'writes to geopol.lexicon go to lexicon_user and lexicon_hidden';

CREATE FUNCTION @extschema@.dictionary_invalidate() RETURNS trigger
    AS 'MODULE_PATHNAME', 'geopol_dictionary_invalidate' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.dictionary_invalidate() IS
'trigger: makes every session recompile the extraction dictionary at its next statement, and logs the change in geopol.registry_change';
CREATE TRIGGER lexicon_builtin_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.lexicon_builtin
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.dictionary_invalidate();
CREATE TRIGGER lexicon_user_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.lexicon_user
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.dictionary_invalidate();
CREATE TRIGGER lexicon_hidden_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.lexicon_hidden
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.dictionary_invalidate();
CREATE TRIGGER actor_name_builtin_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.actor_name_builtin
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.dictionary_invalidate();
CREATE TRIGGER actor_name_user_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.actor_name_user
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.dictionary_invalidate();
CREATE TRIGGER actor_name_hidden_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.actor_name_hidden
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.dictionary_invalidate();
-- also when changes are replayed by logical replication
ALTER TABLE @extschema@.lexicon_builtin ENABLE ALWAYS TRIGGER lexicon_builtin_invalidate;
ALTER TABLE @extschema@.lexicon_user ENABLE ALWAYS TRIGGER lexicon_user_invalidate;
ALTER TABLE @extschema@.lexicon_hidden ENABLE ALWAYS TRIGGER lexicon_hidden_invalidate;
ALTER TABLE @extschema@.actor_name_builtin ENABLE ALWAYS TRIGGER actor_name_builtin_invalidate;
ALTER TABLE @extschema@.actor_name_user ENABLE ALWAYS TRIGGER actor_name_user_invalidate;
ALTER TABLE @extschema@.actor_name_hidden ENABLE ALWAYS TRIGGER actor_name_hidden_invalidate;
COMMENT ON TRIGGER lexicon_builtin_invalidate ON @extschema@.lexicon_builtin IS
'a changed stance word is used by geopol.extract() from the next statement, in every session';
COMMENT ON TRIGGER lexicon_user_invalidate ON @extschema@.lexicon_user IS
'a changed stance word is used by geopol.extract() from the next statement, in every session';
COMMENT ON TRIGGER lexicon_hidden_invalidate ON @extschema@.lexicon_hidden IS
'a changed stance word is used by geopol.extract() from the next statement, in every session';
COMMENT ON TRIGGER actor_name_builtin_invalidate ON @extschema@.actor_name_builtin IS
'a changed name is used by geopol.extract() from the next statement, in every session';
COMMENT ON TRIGGER actor_name_user_invalidate ON @extschema@.actor_name_user IS
'a changed name is used by geopol.extract() from the next statement, in every session';
COMMENT ON TRIGGER actor_name_hidden_invalidate ON @extschema@.actor_name_hidden IS
'a changed name is used by geopol.extract() from the next statement, in every session';

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
