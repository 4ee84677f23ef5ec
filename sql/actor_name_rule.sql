-- actor_name_rule.sql -- the rule on the names users write into
-- geopol.actor_name, and the view's trigger that checks it (after
-- actor_name.sql).  The same text is the 0.2 -> 0.3 update's fragment
-- sql/upgrade-0.3/13-names.sql (a link to this file), which replaces the
-- trigger function and trigger 12-trust.sql made; names a user wrote under
-- 0.2 stay as they are, and after the new builtin data
-- sql/upgrade-0.3/after/90-names.sql warns of those the rule now refuses.

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
CREATE OR REPLACE FUNCTION @extschema@.actor_name_write() RETURNS trigger
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
CREATE OR REPLACE TRIGGER actor_name_write
    INSTEAD OF INSERT OR UPDATE OR DELETE ON @extschema@.actor_name
    FOR EACH ROW EXECUTE FUNCTION @extschema@.actor_name_write();
COMMENT ON TRIGGER actor_name_write ON @extschema@.actor_name IS
'writes to geopol.actor_name go to actor_name_user and actor_name_hidden';
