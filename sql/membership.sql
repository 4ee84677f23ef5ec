-- ===================================================================
-- geopol.membership: who belonged to which named bloc, when
-- ===================================================================

-- GiST for actor: what exclusion constraints need (equality), and the
-- btree order and hierarchy searches besides (src/actor_gist.c) --------

CREATE TYPE @extschema@.gist_actor_key;
CREATE FUNCTION @extschema@.gist_actor_key_in(cstring) RETURNS @extschema@.gist_actor_key
    AS 'MODULE_PATHNAME', 'actor_gist_key_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gist_actor_key_out(@extschema@.gist_actor_key) RETURNS cstring
    AS 'MODULE_PATHNAME', 'actor_gist_key_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.gist_actor_key (
    INPUT = @extschema@.gist_actor_key_in,
    OUTPUT = @extschema@.gist_actor_key_out,
    INTERNALLENGTH = 32,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.gist_actor_key IS 'internal: the key of GiST indexes on geopol.actor (an interval [lo,hi] of actors)';
COMMENT ON FUNCTION @extschema@.gist_actor_key_in(cstring) IS 'gist_actor_key has no input';
COMMENT ON FUNCTION @extschema@.gist_actor_key_out(@extschema@.gist_actor_key) IS 'gist_actor_key as text: [lo,hi]';

CREATE FUNCTION @extschema@.actor_gist_consistent(internal, @extschema@.actor, smallint, oid, internal) RETURNS boolean
    AS 'MODULE_PATHNAME', 'actor_gist_consistent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_gist_union(internal, internal) RETURNS @extschema@.gist_actor_key
    AS 'MODULE_PATHNAME', 'actor_gist_union' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_gist_compress(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'actor_gist_compress' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_gist_penalty(internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'actor_gist_penalty' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_gist_picksplit(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'actor_gist_picksplit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_gist_same(@extschema@.gist_actor_key, @extschema@.gist_actor_key, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'actor_gist_same' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_gist_fetch(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'actor_gist_fetch' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.actor_gist_consistent(internal, @extschema@.actor, smallint, oid, internal) IS 'GiST for actor: may the subtree hold a match';
COMMENT ON FUNCTION @extschema@.actor_gist_union(internal, internal) IS 'GiST for actor: the interval covering the keys';
COMMENT ON FUNCTION @extschema@.actor_gist_compress(internal) IS 'GiST for actor: an actor as the interval [a,a]';
COMMENT ON FUNCTION @extschema@.actor_gist_penalty(internal, internal, internal) IS 'GiST for actor: how much an interval grows';
COMMENT ON FUNCTION @extschema@.actor_gist_picksplit(internal, internal) IS 'GiST for actor: split a page in key order';
COMMENT ON FUNCTION @extschema@.actor_gist_same(@extschema@.gist_actor_key, @extschema@.gist_actor_key, internal) IS 'GiST for actor: equal keys';
COMMENT ON FUNCTION @extschema@.actor_gist_fetch(internal) IS 'GiST for actor: the actor of a leaf (index-only scans)';

CREATE OPERATOR CLASS @extschema@.actor_gist_ops
    DEFAULT FOR TYPE @extschema@.actor USING gist AS
        OPERATOR 1 @extschema@.< (@extschema@.actor, @extschema@.actor),
        OPERATOR 2 @extschema@.<= (@extschema@.actor, @extschema@.actor),
        OPERATOR 3 @extschema@.= (@extschema@.actor, @extschema@.actor),
        OPERATOR 4 @extschema@.>= (@extschema@.actor, @extschema@.actor),
        OPERATOR 5 @extschema@.> (@extschema@.actor, @extschema@.actor),
        OPERATOR 7 @extschema@.@> (@extschema@.actor, @extschema@.actor),
        OPERATOR 8 @extschema@.<@ (@extschema@.actor, @extschema@.actor),
        FUNCTION 1 @extschema@.actor_gist_consistent(internal, @extschema@.actor, smallint, oid, internal),
        FUNCTION 2 @extschema@.actor_gist_union(internal, internal),
        FUNCTION 3 @extschema@.actor_gist_compress(internal),
        FUNCTION 5 @extschema@.actor_gist_penalty(internal, internal, internal),
        FUNCTION 6 @extschema@.actor_gist_picksplit(internal, internal),
        FUNCTION 7 @extschema@.actor_gist_same(@extschema@.gist_actor_key, @extschema@.gist_actor_key, internal),
        FUNCTION 9 @extschema@.actor_gist_fetch(internal),
        STORAGE @extschema@.gist_actor_key;
COMMENT ON OPERATOR CLASS @extschema@.actor_gist_ops USING gist IS
'GiST for actor: =, <, <=, >, >=, @> and <@; lets exclusion constraints compare actors (EXCLUDE USING gist (who WITH =, during WITH &&))';

-- The registry keeps the facts geopol ships apart from the user's edits
-- (as for geopol.actor_name, see there): membership_builtin (installed, not
-- dumped), membership_user (the user's rows, dumped), membership_hidden
-- (installed rows the user deleted or corrected, dumped), and the view
-- geopol.membership that everyone reads and writes.  Periods of the same
-- bloc, member and role never overlap: exclusion constraints within each
-- table (no lock per row, safe under every isolation level), and the
-- writing trigger between the user's rows and the installed ones.  An
-- installed period that overlaps a user row of the same bloc, member and
-- role (a correction, or a fact that a later release of geopol adds) gives
-- way to the user row.
CREATE TABLE @extschema@.membership_builtin (
    bloc    @extschema@.actor NOT NULL,
    member  @extschema@.actor NOT NULL,
    during  daterange NOT NULL CHECK (NOT isempty(during)),
    role    text NOT NULL CHECK (role IN ('member', 'participant', 'observer', 'suspended')),
    source  text,
    CHECK (bloc <> member),
    CONSTRAINT membership_builtin_member_periods
        EXCLUDE USING gist (bloc WITH =, member WITH =, during WITH &&) WHERE (role = 'member'),
    CONSTRAINT membership_builtin_participant_periods
        EXCLUDE USING gist (bloc WITH =, member WITH =, during WITH &&) WHERE (role = 'participant'),
    CONSTRAINT membership_builtin_observer_periods
        EXCLUDE USING gist (bloc WITH =, member WITH =, during WITH &&) WHERE (role = 'observer'),
    CONSTRAINT membership_builtin_suspended_periods
        EXCLUDE USING gist (bloc WITH =, member WITH =, during WITH &&) WHERE (role = 'suspended')
);
CREATE INDEX membership_builtin_bloc_idx ON @extschema@.membership_builtin (bloc, member);
CREATE INDEX membership_builtin_member_idx ON @extschema@.membership_builtin (member);
COMMENT ON TABLE @extschema@.membership_builtin IS
'the memberships this release of geopol installs (read them through geopol.membership; not dumped: CREATE EXTENSION and ALTER EXTENSION UPDATE write them)';

CREATE TABLE @extschema@.membership_user (
    bloc    @extschema@.actor NOT NULL,
    member  @extschema@.actor NOT NULL,
    during  daterange NOT NULL CONSTRAINT membership_during_check CHECK (NOT isempty(during)),
    role    text NOT NULL DEFAULT 'member'
            CONSTRAINT membership_role_check
            CHECK (role IN ('member', 'participant', 'observer', 'suspended')),
    source  text,
    CONSTRAINT membership_check CHECK (bloc <> member),
    CONSTRAINT membership_member_periods
        EXCLUDE USING gist (bloc WITH =, member WITH =, during WITH &&) WHERE (role = 'member'),
    CONSTRAINT membership_participant_periods
        EXCLUDE USING gist (bloc WITH =, member WITH =, during WITH &&) WHERE (role = 'participant'),
    CONSTRAINT membership_observer_periods
        EXCLUDE USING gist (bloc WITH =, member WITH =, during WITH &&) WHERE (role = 'observer'),
    CONSTRAINT membership_suspended_periods
        EXCLUDE USING gist (bloc WITH =, member WITH =, during WITH &&) WHERE (role = 'suspended')
);
CREATE INDEX membership_bloc_idx ON @extschema@.membership_user (bloc, member);
CREATE INDEX membership_member_idx ON @extschema@.membership_user (member);
COMMENT ON TABLE @extschema@.membership_user IS
'the memberships users added, and their corrections of installed ones (write them through geopol.membership; dumped)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.membership_user', '');

CREATE TABLE @extschema@.membership_hidden (
    bloc    @extschema@.actor NOT NULL,
    member  @extschema@.actor NOT NULL,
    during  daterange NOT NULL,
    role    text NOT NULL,
    PRIMARY KEY (bloc, member, role, during)
);
COMMENT ON TABLE @extschema@.membership_hidden IS
'installed memberships that users deleted or corrected: an installed period of the same bloc, member and role that overlaps one of these is hidden from geopol.membership, also after pg_restore and ALTER EXTENSION UPDATE (dumped; delete a row here to bring the installed rows back)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.membership_hidden', '');

CREATE VIEW @extschema@.membership AS
SELECT b.bloc, b.member, b.during, b.role, b.source, true AS builtin
  FROM @extschema@.membership_builtin b
 WHERE NOT EXISTS (SELECT FROM @extschema@.membership_hidden h
                    WHERE h.bloc = b.bloc AND h.member = b.member AND h.role = b.role
                      AND h.during && b.during)
   AND NOT EXISTS (SELECT FROM @extschema@.membership_user u
                    WHERE u.bloc = b.bloc AND u.member = b.member AND u.role = b.role
                      AND u.during && b.during)
UNION ALL
SELECT u.bloc, u.member, u.during, u.role, u.source, false
  FROM @extschema@.membership_user u;
ALTER VIEW @extschema@.membership ALTER COLUMN role SET DEFAULT 'member';
ALTER VIEW @extschema@.membership ALTER COLUMN builtin SET DEFAULT false;
GRANT SELECT ON @extschema@.membership TO PUBLIC;

COMMENT ON VIEW @extschema@.membership IS
'dated membership of named blocs: one row per period; role member, participant (e.g. the EU in the G7), observer or suspended; builtin rows ship with geopol, user rows and the user''s deletions and corrections of builtin rows survive pg_dump and updates';
COMMENT ON COLUMN @extschema@.membership.bloc IS 'the named bloc (G7, NATO, EU, or a coalition of your own)';
COMMENT ON COLUMN @extschema@.membership.member IS 'the member (a state, or another bloc)';
COMMENT ON COLUMN @extschema@.membership.during IS 'the days of the period: [first day, day after the last)';
COMMENT ON COLUMN @extschema@.membership.role IS 'member | participant | observer | suspended (only member counts in members() and expand())';
COMMENT ON COLUMN @extschema@.membership.source IS 'where the fact comes from';
COMMENT ON COLUMN @extschema@.membership.builtin IS 'true for rows installed by geopol; false for rows users add (an installed row a user updates becomes a user row)';

-- writing through the view; periods of the same bloc, member and role
-- must not overlap (23P01: here against the installed rows, and by the
-- exclusion constraints of membership_user between the user's rows)
CREATE FUNCTION @extschema@.membership_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    other daterange;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.builtin THEN
            INSERT INTO @extschema@.membership_hidden (bloc, member, role, during)
            VALUES (OLD.bloc, OLD.member, OLD.role, OLD.during) ON CONFLICT DO NOTHING;
        ELSE
            DELETE FROM @extschema@.membership_user u
             WHERE u.bloc = OLD.bloc AND u.member = OLD.member AND u.role = OLD.role
               AND u.during = OLD.during;
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
    ELSIF NEW.builtin THEN
        RAISE EXCEPTION 'rows of geopol.membership with builtin = true are installed by geopol'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Add your own rows with builtin = false (the default).';
    END IF;
    -- an installed period it would overlap (the user's own periods are
    -- kept apart by the exclusion constraints of membership_user)
    SELECT b.during INTO other
      FROM @extschema@.membership_builtin b
     WHERE b.bloc = NEW.bloc AND b.member = NEW.member AND b.role = NEW.role
       AND b.during && NEW.during
       AND NOT EXISTS (SELECT FROM @extschema@.membership_hidden h
                        WHERE h.bloc = b.bloc AND h.member = b.member AND h.role = b.role
                          AND h.during && b.during)
       AND NOT EXISTS (SELECT FROM @extschema@.membership_user u
                        WHERE u.bloc = b.bloc AND u.member = b.member AND u.role = b.role
                          AND u.during && b.during)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'membership periods overlap: % in % as % during % (installed by geopol) and %',
                        NEW.member, NEW.bloc, NEW.role, other, NEW.during
              USING ERRCODE = 'exclusion_violation',
                    HINT = 'Correct the installed row instead (UPDATE geopol.membership ... WHERE builtin), or delete it first.';
    END IF;
    INSERT INTO @extschema@.membership_user (bloc, member, during, role, source)
    VALUES (NEW.bloc, NEW.member, NEW.during, NEW.role, NEW.source);
    NEW.builtin := false;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION @extschema@.membership_write() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.membership_write() IS
'trigger: INSERT, UPDATE and DELETE on the view geopol.membership (user rows to membership_user, installed rows hidden through membership_hidden); refuses overlapping periods';
CREATE TRIGGER membership_write
    INSTEAD OF INSERT OR UPDATE OR DELETE ON @extschema@.membership
    FOR EACH ROW EXECUTE FUNCTION @extschema@.membership_write();
COMMENT ON TRIGGER membership_write ON @extschema@.membership IS
'writes to geopol.membership go to membership_user and membership_hidden';

CREATE FUNCTION @extschema@.membership_invalidate() RETURNS trigger
    AS 'MODULE_PATHNAME', 'geopol_membership_invalidate' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.membership_invalidate() IS
'trigger: tells every backend to reload its caches of geopol.membership and geopol.bloc_kind, and logs the change in geopol.registry_change';
CREATE TRIGGER membership_builtin_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.membership_builtin
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.membership_invalidate();
CREATE TRIGGER membership_user_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.membership_user
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.membership_invalidate();
CREATE TRIGGER membership_hidden_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.membership_hidden
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.membership_invalidate();
-- also when changes are replayed by logical replication
ALTER TABLE @extschema@.membership_builtin ENABLE ALWAYS TRIGGER membership_builtin_invalidate;
ALTER TABLE @extschema@.membership_user ENABLE ALWAYS TRIGGER membership_user_invalidate;
ALTER TABLE @extschema@.membership_hidden ENABLE ALWAYS TRIGGER membership_hidden_invalidate;
COMMENT ON TRIGGER membership_builtin_invalidate ON @extschema@.membership_builtin IS
'a change takes effect in every session''s caches from the next statement';
COMMENT ON TRIGGER membership_user_invalidate ON @extschema@.membership_user IS
'a change takes effect in every session''s caches from the next statement';
COMMENT ON TRIGGER membership_hidden_invalidate ON @extschema@.membership_hidden IS
'a change takes effect in every session''s caches from the next statement';

-- reading the registry (cached per backend) -------------------------

CREATE FUNCTION @extschema@.members(bloc @extschema@.actor, "on" date) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'geopol_members' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.members(@extschema@.actor, date) IS
'full members of a named bloc on a day (not participants, observers or suspended members): members(''NATO'', ''2024-11-05'') has 32';

CREATE FUNCTION @extschema@.is_member(member @extschema@.actor, bloc @extschema@.actor, "on" date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'geopol_is_member' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_member(@extschema@.actor, @extschema@.actor, date) IS
'was the actor a full member of the named bloc on that day? is_member(''RUS'', ''G8'', ''2010-01-01'') is true';

CREATE FUNCTION @extschema@.member_of(member @extschema@.actor, "on" date) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'geopol_member_of' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.member_of(@extschema@.actor, date) IS
'the named blocs the actor was a full member of on that day';

CREATE FUNCTION @extschema@.expand(b @extschema@.bloc, "on" date) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'geopol_expand' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.expand(@extschema@.bloc, date) IS
'replaces every named bloc by its full members on that day, recursively; other actors stay: expand(''{G7,KOR}'', ''2024-11-05'') = {CAN,DEU,FRA,GBR,ITA,JPN,KOR,USA}';

CREATE FUNCTION @extschema@.is_bloc(@extschema@.actor) RETURNS boolean
    AS 'MODULE_PATHNAME', 'geopol_is_bloc' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_bloc(@extschema@.actor) IS
'is the actor a named bloc (does geopol.membership list members for it, at any date)?';

-- codes other datasets use for the same blocs --------------------------

-- installed (not dumped), the user's (dumped), installed ones the user
-- deleted or corrected (dumped), and the view everyone reads and writes
CREATE TABLE @extschema@.code_alias_builtin (
    code    @extschema@.actor PRIMARY KEY,
    actor   @extschema@.actor NOT NULL,
    source  text,
    CHECK (code <> actor)
);
COMMENT ON TABLE @extschema@.code_alias_builtin IS
'the code aliases this release of geopol installs (read them through geopol.code_alias; not dumped)';
CREATE TABLE @extschema@.code_alias_user (
    code    @extschema@.actor CONSTRAINT code_alias_pkey PRIMARY KEY,
    actor   @extschema@.actor NOT NULL,
    source  text,
    CONSTRAINT code_alias_check CHECK (code <> actor)
);
COMMENT ON TABLE @extschema@.code_alias_user IS
'the code aliases users added, and their corrections of installed ones (write them through geopol.code_alias; dumped)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.code_alias_user', '');
CREATE TABLE @extschema@.code_alias_hidden (
    code    @extschema@.actor PRIMARY KEY
);
COMMENT ON TABLE @extschema@.code_alias_hidden IS
'installed code aliases that users deleted or corrected: hidden from geopol.code_alias, also after pg_restore and ALTER EXTENSION UPDATE (dumped)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.code_alias_hidden', '');

CREATE VIEW @extschema@.code_alias AS
SELECT b.code, b.actor, b.source, true AS builtin
  FROM @extschema@.code_alias_builtin b
 WHERE NOT EXISTS (SELECT FROM @extschema@.code_alias_hidden h WHERE h.code = b.code)
   AND NOT EXISTS (SELECT FROM @extschema@.code_alias_user u WHERE u.code = b.code)
UNION ALL
SELECT u.code, u.actor, u.source, false
  FROM @extschema@.code_alias_user u;
ALTER VIEW @extschema@.code_alias ALTER COLUMN builtin SET DEFAULT false;
GRANT SELECT ON @extschema@.code_alias TO PUBLIC;
COMMENT ON VIEW @extschema@.code_alias IS
'codes that GDELT, ICEWS and the Phoenix dictionaries use for geopol''s blocs and organisations (IGO.WST.NAT = NATO); geopol.canonical() applies them; builtin rows ship with geopol, user rows and the user''s deletions and corrections survive pg_dump and updates';
COMMENT ON COLUMN @extschema@.code_alias.code IS 'the code of the other dataset';
COMMENT ON COLUMN @extschema@.code_alias.actor IS 'the geopol actor it stands for';
COMMENT ON COLUMN @extschema@.code_alias.source IS 'where the fact comes from';
COMMENT ON COLUMN @extschema@.code_alias.builtin IS 'true for rows installed by geopol';

CREATE FUNCTION @extschema@.code_alias_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.builtin THEN
            INSERT INTO @extschema@.code_alias_hidden (code) VALUES (OLD.code) ON CONFLICT DO NOTHING;
        ELSE
            DELETE FROM @extschema@.code_alias_user u WHERE u.code = OLD.code;
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
    ELSIF NEW.builtin THEN
        RAISE EXCEPTION 'rows of geopol.code_alias with builtin = true are installed by geopol'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Add your own rows with builtin = false (the default).';
    END IF;
    IF EXISTS (SELECT FROM @extschema@.code_alias_builtin b
                WHERE b.code = NEW.code
                  AND NOT EXISTS (SELECT FROM @extschema@.code_alias_hidden h WHERE h.code = b.code)) THEN
        RAISE EXCEPTION 'duplicate key value violates unique constraint "code_alias_pkey"'
            USING ERRCODE = 'unique_violation',
                  DETAIL = format('Key (code)=(%s) already exists.', NEW.code),
                  HINT = 'geopol installs this code; UPDATE that row to change it.';
    END IF;
    INSERT INTO @extschema@.code_alias_user (code, actor, source) VALUES (NEW.code, NEW.actor, NEW.source);
    NEW.builtin := false;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION @extschema@.code_alias_write() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.code_alias_write() IS
'trigger: INSERT, UPDATE and DELETE on the view geopol.code_alias';
CREATE TRIGGER code_alias_write
    INSTEAD OF INSERT OR UPDATE OR DELETE ON @extschema@.code_alias
    FOR EACH ROW EXECUTE FUNCTION @extschema@.code_alias_write();
COMMENT ON TRIGGER code_alias_write ON @extschema@.code_alias IS
'writes to geopol.code_alias go to code_alias_user and code_alias_hidden';

CREATE FUNCTION @extschema@.canonical(@extschema@.actor) RETURNS @extschema@.actor
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    -- the longest alias that is the code or an ancestor of it; the rest of
    -- the path is kept: IGO.WST.NAT.MIL -> NATO.MIL
    SELECT coalesce(
        (SELECT (a.actor::text || substr($1::text, length(a.code::text) + 1))::@extschema@.actor
           FROM @extschema@.code_alias a
          WHERE a.code @> $1
          ORDER BY @extschema@.depth(a.code) DESC
          LIMIT 1),
        $1)
$$;
COMMENT ON FUNCTION @extschema@.canonical(@extschema@.actor) IS
'the geopol code for a code of another dataset: canonical(''IGOWSTNAT'') = NATO, canonical(''IGO.GOS'') = G7; other codes unchanged';

-- how a named bloc speaks ---------------------------------------------

CREATE TABLE @extschema@.bloc_kind_builtin (
    bloc    @extschema@.actor PRIMARY KEY,
    kind    text NOT NULL CHECK (kind IN ('forum', 'organisation')),
    source  text
);
COMMENT ON TABLE @extschema@.bloc_kind_builtin IS
'the kinds of bloc this release of geopol installs (read them through geopol.bloc_kind; not dumped)';
CREATE TABLE @extschema@.bloc_kind_user (
    bloc    @extschema@.actor CONSTRAINT bloc_kind_pkey PRIMARY KEY,
    kind    text NOT NULL CONSTRAINT bloc_kind_kind_check CHECK (kind IN ('forum', 'organisation')),
    source  text
);
COMMENT ON TABLE @extschema@.bloc_kind_user IS
'the kinds of bloc users set, and their corrections of installed ones (write them through geopol.bloc_kind; dumped)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.bloc_kind_user', '');
CREATE TABLE @extschema@.bloc_kind_hidden (
    bloc    @extschema@.actor PRIMARY KEY
);
COMMENT ON TABLE @extschema@.bloc_kind_hidden IS
'installed kinds of bloc that users deleted or corrected: hidden from geopol.bloc_kind, also after pg_restore and ALTER EXTENSION UPDATE (dumped)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.bloc_kind_hidden', '');

CREATE VIEW @extschema@.bloc_kind AS
SELECT b.bloc, b.kind, b.source, true AS builtin
  FROM @extschema@.bloc_kind_builtin b
 WHERE NOT EXISTS (SELECT FROM @extschema@.bloc_kind_hidden h WHERE h.bloc = b.bloc)
   AND NOT EXISTS (SELECT FROM @extschema@.bloc_kind_user u WHERE u.bloc = b.bloc)
UNION ALL
SELECT u.bloc, u.kind, u.source, false
  FROM @extschema@.bloc_kind_user u;
ALTER VIEW @extschema@.bloc_kind ALTER COLUMN builtin SET DEFAULT false;
GRANT SELECT ON @extschema@.bloc_kind TO PUBLIC;
COMMENT ON VIEW @extschema@.bloc_kind IS
'forum: an informal group whose statements are its members'' joint statements (G7, E3): its members are the speakers; organisation: a body that speaks as itself (EU, NATO): it is the speaker. Named blocs not listed are forums';
COMMENT ON COLUMN @extschema@.bloc_kind.bloc IS 'the named bloc';
COMMENT ON COLUMN @extschema@.bloc_kind.kind IS 'forum | organisation';
COMMENT ON COLUMN @extschema@.bloc_kind.source IS 'the basis (charter, treaty, or the absence of one)';
COMMENT ON COLUMN @extschema@.bloc_kind.builtin IS 'true for rows installed by geopol';

CREATE FUNCTION @extschema@.bloc_kind_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.builtin THEN
            INSERT INTO @extschema@.bloc_kind_hidden (bloc) VALUES (OLD.bloc) ON CONFLICT DO NOTHING;
        ELSE
            DELETE FROM @extschema@.bloc_kind_user u WHERE u.bloc = OLD.bloc;
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
    ELSIF NEW.builtin THEN
        RAISE EXCEPTION 'rows of geopol.bloc_kind with builtin = true are installed by geopol'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Add your own rows with builtin = false (the default).';
    END IF;
    IF EXISTS (SELECT FROM @extschema@.bloc_kind_builtin b
                WHERE b.bloc = NEW.bloc
                  AND NOT EXISTS (SELECT FROM @extschema@.bloc_kind_hidden h WHERE h.bloc = b.bloc)) THEN
        RAISE EXCEPTION 'duplicate key value violates unique constraint "bloc_kind_pkey"'
            USING ERRCODE = 'unique_violation',
                  DETAIL = format('Key (bloc)=(%s) already exists.', NEW.bloc),
                  HINT = 'geopol installs the kind of this bloc; UPDATE that row to change it.';
    END IF;
    INSERT INTO @extschema@.bloc_kind_user (bloc, kind, source) VALUES (NEW.bloc, NEW.kind, NEW.source);
    NEW.builtin := false;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION @extschema@.bloc_kind_write() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.bloc_kind_write() IS
'trigger: INSERT, UPDATE and DELETE on the view geopol.bloc_kind';
CREATE TRIGGER bloc_kind_write
    INSTEAD OF INSERT OR UPDATE OR DELETE ON @extschema@.bloc_kind
    FOR EACH ROW EXECUTE FUNCTION @extschema@.bloc_kind_write();
COMMENT ON TRIGGER bloc_kind_write ON @extschema@.bloc_kind IS
'writes to geopol.bloc_kind go to bloc_kind_user and bloc_kind_hidden';
CREATE TRIGGER bloc_kind_builtin_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.bloc_kind_builtin
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.membership_invalidate();
CREATE TRIGGER bloc_kind_user_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.bloc_kind_user
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.membership_invalidate();
CREATE TRIGGER bloc_kind_hidden_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.bloc_kind_hidden
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.membership_invalidate();
ALTER TABLE @extschema@.bloc_kind_builtin ENABLE ALWAYS TRIGGER bloc_kind_builtin_invalidate;
ALTER TABLE @extschema@.bloc_kind_user ENABLE ALWAYS TRIGGER bloc_kind_user_invalidate;
ALTER TABLE @extschema@.bloc_kind_hidden ENABLE ALWAYS TRIGGER bloc_kind_hidden_invalidate;
COMMENT ON TRIGGER bloc_kind_builtin_invalidate ON @extschema@.bloc_kind_builtin IS
'a change takes effect in every session''s caches from the next statement';
COMMENT ON TRIGGER bloc_kind_user_invalidate ON @extschema@.bloc_kind_user IS
'a change takes effect in every session''s caches from the next statement';
COMMENT ON TRIGGER bloc_kind_hidden_invalidate ON @extschema@.bloc_kind_hidden IS
'a change takes effect in every session''s caches from the next statement';

CREATE FUNCTION @extschema@.speakers(b @extschema@.bloc, "on" date) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'geopol_speakers' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.speakers(@extschema@.bloc, date) IS
'the parties to a statement by these signatories on that day: forums (G7, E3, ...) replaced by their full members, recursively; organisations (EU, NATO, ...) and states as they are: speakers(''{G7,EU,KOR,AUS,NZL}'', ''2024-11-05'') has 11';

CREATE FUNCTION @extschema@.parties(b @extschema@.bloc, "on" date, OUT party @extschema@.actor, OUT via @extschema@.actor)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'geopol_parties' LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION @extschema@.parties(@extschema@.bloc, date) IS
'speakers() with the forum each party came through (via; NULL when it signed in its own name)';

CREATE FUNCTION @extschema@.blocs_ever(member @extschema@.actor) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'geopol_blocs_ever' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.blocs_ever(@extschema@.actor) IS
'every named bloc the actor ever belonged to, in any role, directly or through another bloc (a superset used to narrow searches by index)';

CREATE FUNCTION @extschema@.concerns(target @extschema@.bloc, "on" date, x @extschema@.actor) RETURNS boolean
    AS 'MODULE_PATHNAME', 'geopol_concerns' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.concerns(@extschema@.bloc, date, @extschema@.actor) IS
'is a statement with this target, made that day, about x: a party of the target is x or part of it (PRK.GOV for PRK), or x was then a member (directly or through other blocs) of a bloc in the target?';
CREATE FUNCTION @extschema@.spoke(source @extschema@.bloc, "on" date, x @extschema@.actor) RETURNS boolean
    AS 'MODULE_PATHNAME', 'geopol_spoke' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.spoke(@extschema@.bloc, date, @extschema@.actor) IS
'was x, or part of it, a party to a statement by these signatories that day (forums expanded)?';

CREATE FUNCTION @extschema@.country_dyads(source @extschema@.bloc, target @extschema@.bloc, "on" date,
                                          OUT speaker @extschema@.actor, OUT target_country @extschema@.actor)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'geopol_country_dyads' LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION @extschema@.country_dyads(@extschema@.bloc, @extschema@.bloc, date) IS
'one row per (speaker country, target country) of a statement made that day, forums expanded (what stance_matrix counts)';
