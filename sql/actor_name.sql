-- ===================================================================
-- geopol.actor_name: names and aliases of actors, with validity dates
-- ===================================================================

-- The registry keeps the names geopol ships apart from the user's edits,
-- so that pg_dump/pg_restore and updates of geopol give back exactly the
-- names the user sees (README, "Editing the registry"):
--   actor_name_builtin  the names this release of geopol installs (not
--                       dumped; ALTER EXTENSION ... UPDATE replaces them)
--   actor_name_user     the names the user added or corrected (dumped)
--   actor_name_hidden   installed names the user deleted or corrected
--                       (dumped; they stay hidden after a restore or update)
--   actor_name          the view everyone reads and writes: installed names
--                       not hidden and not replaced by a user row with the
--                       same key, and the user's names.  INSERT, UPDATE and
--                       DELETE on it (and COPY into it) go to the tables above.
CREATE TABLE @extschema@.actor_name_builtin (
    actor   @extschema@.actor NOT NULL,
    name    text NOT NULL CHECK (name <> '' AND name = btrim(name)),
    kind    text NOT NULL
            CHECK (kind IN ('name', 'official', 'alias', 'role', 'capital',
                            'leader', 'person', 'adjective', 'agent')),
    valid   daterange NOT NULL CHECK (NOT isempty(valid)),
    source  text
);
CREATE UNIQUE INDEX actor_name_builtin_key
    ON @extschema@.actor_name_builtin (lower(name), actor, kind, valid);
CREATE INDEX actor_name_builtin_actor_idx ON @extschema@.actor_name_builtin (actor);
COMMENT ON TABLE @extschema@.actor_name_builtin IS
'the names this release of geopol installs (read them through geopol.actor_name; not dumped: CREATE EXTENSION and ALTER EXTENSION UPDATE write them)';

CREATE TABLE @extschema@.actor_name_user (
    actor   @extschema@.actor NOT NULL,
    name    text NOT NULL CONSTRAINT actor_name_name_check CHECK (name <> '' AND name = btrim(name)),
    kind    text NOT NULL CONSTRAINT actor_name_kind_check
            CHECK (kind IN ('name', 'official', 'alias', 'role', 'capital',
                            'leader', 'person', 'adjective', 'agent')),
    valid   daterange NOT NULL DEFAULT daterange(NULL, NULL)
            CONSTRAINT actor_name_valid_check CHECK (NOT isempty(valid)),
    source  text
);
CREATE UNIQUE INDEX actor_name_key
    ON @extschema@.actor_name_user (lower(name), actor, kind, valid);
CREATE INDEX actor_name_actor_idx ON @extschema@.actor_name_user (actor);
COMMENT ON TABLE @extschema@.actor_name_user IS
'the names users added, and their corrections of installed names (write them through geopol.actor_name; dumped)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.actor_name_user', '');

CREATE TABLE @extschema@.actor_name_hidden (
    actor   @extschema@.actor NOT NULL,
    name    text NOT NULL,
    kind    text NOT NULL,
    valid   daterange NOT NULL
);
CREATE UNIQUE INDEX actor_name_hidden_key
    ON @extschema@.actor_name_hidden (lower(name), actor, kind, valid);
COMMENT ON TABLE @extschema@.actor_name_hidden IS
'installed names that users deleted or corrected: hidden from geopol.actor_name, also after pg_restore and ALTER EXTENSION UPDATE (dumped; delete a row here to bring the installed name back)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.actor_name_hidden', '');

CREATE VIEW @extschema@.actor_name AS
SELECT b.actor, b.name, b.kind, b.valid, b.source, true AS builtin
  FROM @extschema@.actor_name_builtin b
 WHERE NOT EXISTS (SELECT FROM @extschema@.actor_name_hidden h
                    WHERE lower(h.name) = lower(b.name) AND h.actor = b.actor
                      AND h.kind = b.kind AND h.valid = b.valid)
   AND NOT EXISTS (SELECT FROM @extschema@.actor_name_user u
                    WHERE lower(u.name) = lower(b.name) AND u.actor = b.actor
                      AND u.kind = b.kind AND u.valid = b.valid)
UNION ALL
SELECT u.actor, u.name, u.kind, u.valid, u.source, false
  FROM @extschema@.actor_name_user u;
ALTER VIEW @extschema@.actor_name ALTER COLUMN valid SET DEFAULT daterange(NULL, NULL);
ALTER VIEW @extschema@.actor_name ALTER COLUMN builtin SET DEFAULT false;
GRANT SELECT ON @extschema@.actor_name TO PUBLIC;

COMMENT ON VIEW @extschema@.actor_name IS
'names people write for an actor, each valid on a range of dates; kind is name (the label), official, alias, role (meaning of a role code), capital, leader (a head of state or government, by term), person (another office holder, by term), adjective, or agent (a word for a sector such as army or police, coded as a role: MIL, COP); builtin rows ship with geopol, user rows and the user''s deletions and corrections of builtin rows survive pg_dump and updates';
COMMENT ON COLUMN @extschema@.actor_name.actor IS 'the actor the name stands for';
COMMENT ON COLUMN @extschema@.actor_name.name IS 'the name as written (lookups ignore case)';
COMMENT ON COLUMN @extschema@.actor_name.kind IS 'name | official | alias | role | capital | leader | person | adjective | agent';
COMMENT ON COLUMN @extschema@.actor_name.valid IS 'days on which the name refers to the actor (inclusive lower, exclusive upper)';
COMMENT ON COLUMN @extschema@.actor_name.source IS 'where the fact comes from';
COMMENT ON COLUMN @extschema@.actor_name.builtin IS 'true for rows installed by geopol; false for rows users add (an installed row a user updates becomes a user row)';

-- the rule on the user's names: a name must hold a word the coder reads as
-- nothing else.  Names are matched before the lexicon and the grammar, so a
-- name made only of function words ("the", "of") or of the lexicon's words
-- ("condemned", "said") would take those words from every article.
CREATE FUNCTION @extschema@.actor_name_free_words(name text, taken text[]) RETURNS text[]
    AS 'MODULE_PATHNAME', 'geopol_actor_name_free_words' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.actor_name_free_words(text, text[]) IS
'the words of a name, as written, that are no function word of the coder''s grammar (the, of, to, he, would, May ...) and whose stem is no stem of a one-word element of taken: actor_name_free_words(''the Condemned'', ''{condemn}'') = {}';
CREATE FUNCTION @extschema@.actor_name_words(name text) RETURNS text[]
    AS 'MODULE_PATHNAME', 'geopol_actor_name_words' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.actor_name_words(text) IS
'every word of a name as the coder''s lexer reads it, as written, function words too (punctuation and quotes left out): actor_name_words(''"the Kremlin"'') = {the,Kremlin}, actor_name_words(''...'') = {}';

CREATE FUNCTION @extschema@.actor_name_ok(name text, kind text) RETURNS boolean
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    RETURN kind = 'role'
        OR cardinality(@extschema@.actor_name_free_words(name,
               ARRAY(SELECT l.phrase FROM @extschema@.lexicon l
                      WHERE l.phrase !~ '[[:space:]*]'))) > 0
        OR EXISTS (SELECT FROM @extschema@.actor_name n
                    WHERE n.builtin AND lower(n.name) = lower(actor_name_ok.name)
                      AND n.kind = actor_name_ok.kind);
END
$$;
COMMENT ON FUNCTION @extschema@.actor_name_ok(text, text) IS
'the rule geopol.actor_name checks on the names users write: true when the name holds a word that is no function word of the coder''s grammar and no one-word phrase of geopol.lexicon (compared on the coder''s stems), or is of kind role (not read by the coder), or repeats an installed name of its kind; actor_name_ok(''condemned'', ''alias'') and actor_name_ok(''the'', ''alias'') are false, actor_name_ok(''Kremlin'', ''alias'') is true';

-- writing through the view: inserts go to actor_name_user; deleting or
-- updating an installed name hides it (actor_name_hidden) and, for an
-- update, adds the corrected row as the user's
CREATE FUNCTION @extschema@.actor_name_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    -- the rule on names (an empty or untrimmed name is left to the CHECK
    -- of actor_name_user), checked while an installed name being corrected
    -- is still visible (it may repeat itself)
    IF TG_OP <> 'DELETE' AND NEW.name <> '' AND NEW.name = btrim(NEW.name)
       AND NOT @extschema@.actor_name_ok(NEW.name, NEW.kind) THEN
        IF cardinality(@extschema@.actor_name_words(NEW.name)) = 0 THEN
            RAISE EXCEPTION 'name "%" holds no word geopol.extract() reads', NEW.name
                USING ERRCODE = 'check_violation', CONSTRAINT = 'actor_name_ok',
                      DETAIL = 'The coder reads a name by its words (of letters or digits); this one has only punctuation, quotes or spaces, so no article could ever match it.',
                      HINT = 'Write the name with a word of its own (a proper name such as "Kremlin"), or give it kind role; geopol.actor_name_ok(name, kind) tells whether a name is accepted.';
        END IF;
        RAISE EXCEPTION 'name "%" would change what geopol.extract() codes', NEW.name
            USING ERRCODE = 'check_violation', CONSTRAINT = 'actor_name_ok',
                  DETAIL = format('Names are read before the lexicon and the grammar, and each word of this one is a function word of the coder''s grammar%s, so every such word of every article would be read as %s.',
                                  coalesce(' or a word of geopol.lexicon ('
                                           || (SELECT string_agg(format('%s: %s', l.kind, l.phrase), ', '
                                                                 ORDER BY l.kind, l.phrase)
                                                 FROM @extschema@.lexicon l
                                                WHERE l.phrase !~ '[[:space:]*]'
                                                  AND cardinality(@extschema@.actor_name_free_words(NEW.name, ARRAY[l.phrase]))
                                                      < cardinality(@extschema@.actor_name_free_words(NEW.name, '{}')))
                                           || ')', ''),
                                  NEW.actor),
                  HINT = 'Write the name with a word of its own (a proper name such as "Kremlin"), or give it kind role; geopol.actor_name_ok(name, kind) tells whether a name is accepted.';
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.builtin THEN
            INSERT INTO @extschema@.actor_name_hidden (actor, name, kind, valid)
            VALUES (OLD.actor, OLD.name, OLD.kind, OLD.valid) ON CONFLICT DO NOTHING;
        ELSE
            DELETE FROM @extschema@.actor_name_user u
             WHERE lower(u.name) = lower(OLD.name) AND u.actor = OLD.actor
               AND u.kind = OLD.kind AND u.valid = OLD.valid;
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
    ELSIF NEW.builtin THEN
        RAISE EXCEPTION 'rows of geopol.actor_name with builtin = true are installed by geopol'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Add your own rows with builtin = false (the default).';
    END IF;
    IF EXISTS (SELECT FROM @extschema@.actor_name_builtin b
                WHERE lower(b.name) = lower(NEW.name) AND b.actor = NEW.actor
                  AND b.kind = NEW.kind AND b.valid = NEW.valid
                  AND NOT EXISTS (SELECT FROM @extschema@.actor_name_hidden h
                                   WHERE lower(h.name) = lower(b.name) AND h.actor = b.actor
                                     AND h.kind = b.kind AND h.valid = b.valid)) THEN
        RAISE EXCEPTION 'duplicate key value violates unique constraint "actor_name_key"'
            USING ERRCODE = 'unique_violation',
                  DETAIL = format('Key (lower(name), actor, kind, valid)=(%s, %s, %s, %s) already exists.',
                                  lower(NEW.name), NEW.actor, NEW.kind, NEW.valid),
                  HINT = 'geopol installs this name already.';
    END IF;
    INSERT INTO @extschema@.actor_name_user (actor, name, kind, valid, source)
    VALUES (NEW.actor, NEW.name, NEW.kind, NEW.valid, NEW.source);
    NEW.builtin := false;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION @extschema@.actor_name_write() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.actor_name_write() IS
'trigger: INSERT, UPDATE and DELETE on the view geopol.actor_name (user rows to actor_name_user, installed rows hidden through actor_name_hidden)';
CREATE TRIGGER actor_name_write
    INSTEAD OF INSERT OR UPDATE OR DELETE ON @extschema@.actor_name
    FOR EACH ROW EXECUTE FUNCTION @extschema@.actor_name_write();
COMMENT ON TRIGGER actor_name_write ON @extschema@.actor_name IS
'writes to geopol.actor_name go to actor_name_user and actor_name_hidden';

CREATE FUNCTION @extschema@.lookup(name text, "on" date DEFAULT current_date)
RETURNS @extschema@.actor
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT n.actor
      FROM @extschema@.actor_name n
     WHERE lower(n.name) = lower(btrim($1))
       AND n.kind NOT IN ('role', 'agent')
       AND n.valid @> $2
     ORDER BY CASE n.kind WHEN 'name' THEN 0 WHEN 'official' THEN 1
                          WHEN 'alias' THEN 2 ELSE 3 END,
              n.builtin, n.actor
     LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@.lookup(text, date) IS
'the actor a name stands for on a date (default today), ignoring case; NULL when unknown (role meanings and agent words such as army are not actors). Example: lookup(''North Korea'') = PRK';

CREATE FUNCTION @extschema@.label(@extschema@.actor, "on" date DEFAULT current_date)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    WITH own AS (
        SELECT n.name FROM @extschema@.actor_name n
         WHERE n.actor = $1 AND n.kind = 'name'
         ORDER BY (n.valid @> $2) DESC, upper(n.valid) DESC NULLS FIRST, n.builtin
         LIMIT 1
    )
    SELECT coalesce(
        (SELECT name FROM own),
        -- a role path: the label of its parent, then the meaning of each role
        CASE WHEN @extschema@.depth($1) > 1 THEN
            coalesce(@extschema@.label(@extschema@.parent($1), $2),
                     @extschema@.parent($1)::text)
            || ' ' ||
            coalesce((SELECT r.name FROM @extschema@.actor_name r
                       WHERE r.kind = 'role'
                         AND r.actor = @extschema@.role($1)::@extschema@.actor
                       ORDER BY r.builtin LIMIT 1),
                     @extschema@.role($1))
        END)
$$;
COMMENT ON FUNCTION @extschema@.label(@extschema@.actor, date) IS
'a human-readable name of an actor: label(''PRK'') = North Korea, label(''RUS.GOV.MIL'') = Russia government military; NULL when nothing is known';
