
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

-- names: installed, the user's, hidden; the user's rows of 0.2 move over
-- (0.2 kept no record of deleted installed names: they come back)
-- the 0.2 table steps aside (its index names are taken again)
ALTER TABLE @extschema@.actor_name RENAME TO actor_name_0_2;
ALTER INDEX @extschema@.actor_name_key RENAME TO actor_name_key_0_2;
ALTER INDEX @extschema@.actor_name_actor_idx RENAME TO actor_name_actor_idx_0_2;
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

INSERT INTO @extschema@.actor_name_user (actor, name, kind, valid, source)
SELECT actor, name, kind, valid, source FROM @extschema@.actor_name_0_2 WHERE NOT builtin;
ALTER EXTENSION geopol DROP TABLE @extschema@.actor_name_0_2;
DROP TABLE @extschema@.actor_name_0_2;
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

-- writing through the view: its trigger function and trigger are made by
-- 13-names.sql (sql/actor_name_rule.sql, the fresh install's own text)

-- memberships: installed, the user's, hidden; periods kept apart by
-- exclusion constraints instead of a trigger with one advisory lock a row
-- the 0.2 table steps aside (its index names are taken again)
ALTER TABLE @extschema@.membership RENAME TO membership_0_2;
ALTER INDEX @extschema@.membership_bloc_idx RENAME TO membership_bloc_idx_0_2;
ALTER INDEX @extschema@.membership_member_idx RENAME TO membership_member_idx_0_2;
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

INSERT INTO @extschema@.membership_user (bloc, member, during, role, source)
SELECT bloc, member, during, role, source FROM @extschema@.membership_0_2 WHERE NOT builtin;
ALTER EXTENSION geopol DROP TABLE @extschema@.membership_0_2;
DROP TABLE @extschema@.membership_0_2;
DROP FUNCTION @extschema@.membership_no_overlap();
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

-- installed (not dumped), the user's (dumped), installed ones the user
-- deleted or corrected (dumped), and the view everyone reads and writes
-- the 0.2 table steps aside (its index names are taken again)
ALTER TABLE @extschema@.code_alias RENAME TO code_alias_0_2;
ALTER INDEX @extschema@.code_alias_pkey RENAME TO code_alias_pkey_0_2;
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

INSERT INTO @extschema@.code_alias_user (code, actor, source)
SELECT code, actor, source FROM @extschema@.code_alias_0_2 WHERE NOT builtin;
ALTER EXTENSION geopol DROP TABLE @extschema@.code_alias_0_2;
DROP TABLE @extschema@.code_alias_0_2;
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

-- kinds of bloc
-- the 0.2 table steps aside (its index names are taken again)
ALTER TABLE @extschema@.bloc_kind RENAME TO bloc_kind_0_2;
ALTER INDEX @extschema@.bloc_kind_pkey RENAME TO bloc_kind_pkey_0_2;
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

INSERT INTO @extschema@.bloc_kind_user (bloc, kind, source)
SELECT bloc, kind, source FROM @extschema@.bloc_kind_0_2 WHERE NOT builtin;
ALTER EXTENSION geopol DROP TABLE @extschema@.bloc_kind_0_2;
DROP TABLE @extschema@.bloc_kind_0_2;
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

-- installed (lexicon_builtin, not dumped), the user's (lexicon_user,
-- dumped), installed phrases the user deleted or corrected (lexicon_hidden,
-- dumped), and the view geopol.lexicon that everyone reads and writes (as
-- for geopol.actor_name)
-- the 0.2 table steps aside (its index names are taken again)
ALTER TABLE @extschema@.lexicon RENAME TO lexicon_0_2;
ALTER INDEX @extschema@.lexicon_key RENAME TO lexicon_key_0_2;
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

INSERT INTO @extschema@.lexicon_user (phrase, kind, stance, intensity, source)
SELECT phrase, kind, stance, intensity, source FROM @extschema@.lexicon_0_2 WHERE NOT builtin;
ALTER EXTENSION geopol DROP TABLE @extschema@.lexicon_0_2;
DROP TABLE @extschema@.lexicon_0_2;
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

