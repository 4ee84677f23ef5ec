-- geopol: typed actors, blocs and stances for geopolitical statement data.
-- This file is built from sql/*.sql and data/*.tsv by the Makefile; edit those.
\echo Use "CREATE EXTENSION geopol" to load this file. \quit
-- ===================================================================
-- geopol.actor: a coded political actor (country, organisation, role)
-- ===================================================================

CREATE TYPE @extschema@.actor;

CREATE FUNCTION @extschema@.actor_in(cstring) RETURNS @extschema@.actor
    AS 'MODULE_PATHNAME', 'actor_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_out(@extschema@.actor) RETURNS cstring
    AS 'MODULE_PATHNAME', 'actor_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_recv(internal) RETURNS @extschema@.actor
    AS 'MODULE_PATHNAME', 'actor_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_send(@extschema@.actor) RETURNS bytea
    AS 'MODULE_PATHNAME', 'actor_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.actor (
    INPUT = @extschema@.actor_in,
    OUTPUT = @extschema@.actor_out,
    RECEIVE = @extschema@.actor_recv,
    SEND = @extschema@.actor_send,
    INTERNALLENGTH = 16,
    ALIGNMENT = double,
    STORAGE = plain,
    CATEGORY = 'U'
);

COMMENT ON TYPE @extschema@.actor IS
'coded political actor: dotted segments such as PRK, PRK.GOV, RUS.GOV.MIL, G7, IGO.UNO.REF.HCR (first segment 2-8 characters, later ones 2-4, at most 16 characters); also reads the concatenated CAMEO form (USAGOVMIL); sorts a parent right before its descendants';
COMMENT ON FUNCTION @extschema@.actor_in(cstring) IS 'text input of geopol.actor';
COMMENT ON FUNCTION @extschema@.actor_out(@extschema@.actor) IS 'canonical dotted text of geopol.actor';
COMMENT ON FUNCTION @extschema@.actor_recv(internal) IS 'binary input of geopol.actor (version byte, then the text)';
COMMENT ON FUNCTION @extschema@.actor_send(@extschema@.actor) IS 'binary output of geopol.actor (version byte, then the text)';

-- comparison -------------------------------------------------------

CREATE FUNCTION @extschema@.actor_eq(@extschema@.actor, @extschema@.actor) RETURNS boolean
    AS 'MODULE_PATHNAME', 'actor_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.actor_ne(@extschema@.actor, @extschema@.actor) RETURNS boolean
    AS 'MODULE_PATHNAME', 'actor_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.actor_lt(@extschema@.actor, @extschema@.actor) RETURNS boolean
    AS 'MODULE_PATHNAME', 'actor_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.actor_le(@extschema@.actor, @extschema@.actor) RETURNS boolean
    AS 'MODULE_PATHNAME', 'actor_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.actor_gt(@extschema@.actor, @extschema@.actor) RETURNS boolean
    AS 'MODULE_PATHNAME', 'actor_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.actor_ge(@extschema@.actor, @extschema@.actor) RETURNS boolean
    AS 'MODULE_PATHNAME', 'actor_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.actor_cmp(@extschema@.actor, @extschema@.actor) RETURNS integer
    AS 'MODULE_PATHNAME', 'actor_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.actor_hash(@extschema@.actor) RETURNS integer
    AS 'MODULE_PATHNAME', 'actor_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.actor_hash_extended(@extschema@.actor, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'actor_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.actor_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'actor_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_smaller(@extschema@.actor, @extschema@.actor) RETURNS @extschema@.actor
    AS 'MODULE_PATHNAME', 'actor_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_larger(@extschema@.actor, @extschema@.actor) RETURNS @extschema@.actor
    AS 'MODULE_PATHNAME', 'actor_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.actor_eq(@extschema@.actor, @extschema@.actor) IS 'equal';
COMMENT ON FUNCTION @extschema@.actor_ne(@extschema@.actor, @extschema@.actor) IS 'not equal';
COMMENT ON FUNCTION @extschema@.actor_lt(@extschema@.actor, @extschema@.actor) IS 'less than, in hierarchical order';
COMMENT ON FUNCTION @extschema@.actor_le(@extschema@.actor, @extschema@.actor) IS 'less than or equal, in hierarchical order';
COMMENT ON FUNCTION @extschema@.actor_gt(@extschema@.actor, @extschema@.actor) IS 'greater than, in hierarchical order';
COMMENT ON FUNCTION @extschema@.actor_ge(@extschema@.actor, @extschema@.actor) IS 'greater than or equal, in hierarchical order';
COMMENT ON FUNCTION @extschema@.actor_cmp(@extschema@.actor, @extschema@.actor) IS 'btree comparison: -1, 0 or 1, a parent right before its descendants';
COMMENT ON FUNCTION @extschema@.actor_hash(@extschema@.actor) IS 'hash of an actor (stable across releases and platforms)';
COMMENT ON FUNCTION @extschema@.actor_hash_extended(@extschema@.actor, bigint) IS '64-bit seeded hash of an actor (stable across releases and platforms)';
COMMENT ON FUNCTION @extschema@.actor_sortsupport(internal) IS 'sort support: direct comparator and abbreviated keys';
COMMENT ON FUNCTION @extschema@.actor_smaller(@extschema@.actor, @extschema@.actor) IS 'the smaller of two actors (min() transition)';
COMMENT ON FUNCTION @extschema@.actor_larger(@extschema@.actor, @extschema@.actor) IS 'the larger of two actors (max() transition)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.actor, RIGHTARG = @extschema@.actor,
    FUNCTION = @extschema@.actor_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.actor, RIGHTARG = @extschema@.actor,
    FUNCTION = @extschema@.actor_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.actor, RIGHTARG = @extschema@.actor,
    FUNCTION = @extschema@.actor_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.actor, RIGHTARG = @extschema@.actor,
    FUNCTION = @extschema@.actor_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.actor, RIGHTARG = @extschema@.actor,
    FUNCTION = @extschema@.actor_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.actor, RIGHTARG = @extschema@.actor,
    FUNCTION = @extschema@.actor_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.actor, @extschema@.actor) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.actor, @extschema@.actor) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.actor, @extschema@.actor) IS 'less than, in hierarchical order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.actor, @extschema@.actor) IS 'less than or equal, in hierarchical order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.actor, @extschema@.actor) IS 'greater than, in hierarchical order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.actor, @extschema@.actor) IS 'greater than or equal, in hierarchical order';

CREATE OPERATOR CLASS @extschema@.actor_ops
    DEFAULT FOR TYPE @extschema@.actor USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.actor_cmp(@extschema@.actor, @extschema@.actor),
        FUNCTION 2 @extschema@.actor_sortsupport(internal),
        -- equal actors have identical bytes: btree deduplication is safe
        FUNCTION 4 pg_catalog.btequalimage(oid);

CREATE OPERATOR CLASS @extschema@.actor_hash_ops
    DEFAULT FOR TYPE @extschema@.actor USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.actor_hash(@extschema@.actor),
        FUNCTION 2 @extschema@.actor_hash_extended(@extschema@.actor, bigint);

CREATE AGGREGATE @extschema@.min(@extschema@.actor) (
    SFUNC = @extschema@.actor_smaller, STYPE = @extschema@.actor,
    COMBINEFUNC = @extschema@.actor_smaller,
    SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.actor) (
    SFUNC = @extschema@.actor_larger, STYPE = @extschema@.actor,
    COMBINEFUNC = @extschema@.actor_larger,
    SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.min(@extschema@.actor) IS 'smallest actor in hierarchical order (an index answers it)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.actor) IS 'largest actor in hierarchical order (an index answers it)';

-- hierarchy --------------------------------------------------------

CREATE FUNCTION @extschema@.actor_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'actor_support' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.actor_support(internal) IS
'planner support: turns "a <@ X" and "X @> a" into a btree range scan';

CREATE FUNCTION @extschema@.actor_contained_sel(internal, oid, internal, integer) RETURNS float8
    AS 'MODULE_PATHNAME', 'actor_contained_sel' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_contains_sel(internal, oid, internal, integer) RETURNS float8
    AS 'MODULE_PATHNAME', 'actor_contains_sel' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.actor_contained_sel(internal, oid, internal, integer) IS 'restriction selectivity of actor <@ actor';
COMMENT ON FUNCTION @extschema@.actor_contains_sel(internal, oid, internal, integer) IS 'restriction selectivity of actor @> actor';

CREATE FUNCTION @extschema@.actor_contains(@extschema@.actor, @extschema@.actor) RETURNS boolean
    AS 'MODULE_PATHNAME', 'actor_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    SUPPORT @extschema@.actor_support;
CREATE FUNCTION @extschema@.actor_contained(@extschema@.actor, @extschema@.actor) RETURNS boolean
    AS 'MODULE_PATHNAME', 'actor_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    SUPPORT @extschema@.actor_support;
COMMENT ON FUNCTION @extschema@.actor_contains(@extschema@.actor, @extschema@.actor) IS 'is the first actor the second or one of its ancestors?';
COMMENT ON FUNCTION @extschema@.actor_contained(@extschema@.actor, @extschema@.actor) IS 'is the first actor the second or one of its descendants?';

CREATE OPERATOR @extschema@.@> (
    LEFTARG = @extschema@.actor, RIGHTARG = @extschema@.actor,
    FUNCTION = @extschema@.actor_contains,
    COMMUTATOR = OPERATOR(@extschema@.<@),
    RESTRICT = @extschema@.actor_contains_sel, JOIN = contjoinsel
);
CREATE OPERATOR @extschema@.<@ (
    LEFTARG = @extschema@.actor, RIGHTARG = @extschema@.actor,
    FUNCTION = @extschema@.actor_contained,
    COMMUTATOR = OPERATOR(@extschema@.@>),
    RESTRICT = @extschema@.actor_contained_sel, JOIN = contjoinsel
);
COMMENT ON OPERATOR @extschema@.@> (@extschema@.actor, @extschema@.actor) IS 'is ancestor of or equal to: RUS @> RUS.GOV.MIL';
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.actor, @extschema@.actor) IS 'is descendant of or equal to: RUS.GOV.MIL <@ RUS (a btree index answers it)';

CREATE FUNCTION @extschema@.country(@extschema@.actor) RETURNS @extschema@.actor
    AS 'MODULE_PATHNAME', 'actor_country' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.parent(@extschema@.actor) RETURNS @extschema@.actor
    AS 'MODULE_PATHNAME', 'actor_parent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.depth(@extschema@.actor) RETURNS integer
    AS 'MODULE_PATHNAME', 'actor_depth' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.role(@extschema@.actor) RETURNS text
    AS 'MODULE_PATHNAME', 'actor_role' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.segment(@extschema@.actor, integer) RETURNS text
    AS 'MODULE_PATHNAME', 'actor_segment' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.country(@extschema@.actor) IS 'the first segment (country, organisation or bloc): country(''RUS.GOV.MIL'') = RUS';
COMMENT ON FUNCTION @extschema@.parent(@extschema@.actor) IS 'the actor without its last segment; NULL for a top-level actor';
COMMENT ON FUNCTION @extschema@.depth(@extschema@.actor) IS 'number of segments: depth(''PRK.GOV'') = 2';
COMMENT ON FUNCTION @extschema@.role(@extschema@.actor) IS 'the last segment when there are several (role or sub-organisation): role(''PRK.GOV'') = GOV; NULL for a top-level actor';
COMMENT ON FUNCTION @extschema@.segment(@extschema@.actor, integer) IS 'the n-th segment (1-based) as text; NULL when there is no such segment';
-- ===================================================================
-- geopol.actor_name: names and aliases of actors, with validity dates
-- ===================================================================

CREATE TABLE @extschema@.actor_name (
    actor   @extschema@.actor NOT NULL,
    name    text NOT NULL CHECK (name <> '' AND name = btrim(name)),
    kind    text NOT NULL CHECK (kind IN ('name', 'official', 'alias', 'role',
                                          'capital', 'leader', 'adjective')),
    valid   daterange NOT NULL DEFAULT daterange(NULL, NULL)
            CHECK (NOT isempty(valid)),
    source  text,
    builtin boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX actor_name_key
    ON @extschema@.actor_name (lower(name), actor, kind, valid);
CREATE INDEX actor_name_actor_idx ON @extschema@.actor_name (actor);

COMMENT ON TABLE @extschema@.actor_name IS
'names people write for an actor, each valid on a range of dates; kind is name (the label), official, alias, role (meaning of a role code), capital, leader or adjective; builtin rows ship with geopol, user rows survive pg_dump';
COMMENT ON COLUMN @extschema@.actor_name.actor IS 'the actor the name stands for';
COMMENT ON COLUMN @extschema@.actor_name.name IS 'the name as written (lookups ignore case)';
COMMENT ON COLUMN @extschema@.actor_name.kind IS 'name | official | alias | role | capital | leader | adjective';
COMMENT ON COLUMN @extschema@.actor_name.valid IS 'days on which the name refers to the actor (inclusive lower, exclusive upper)';
COMMENT ON COLUMN @extschema@.actor_name.source IS 'where the fact comes from';
COMMENT ON COLUMN @extschema@.actor_name.builtin IS 'true for rows installed by geopol (not dumped); false for rows users add (dumped)';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.actor_name', 'WHERE NOT builtin');

CREATE FUNCTION @extschema@.lookup(name text, "on" date DEFAULT current_date)
RETURNS @extschema@.actor
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT n.actor
      FROM @extschema@.actor_name n
     WHERE lower(n.name) = lower(btrim($1))
       AND n.kind <> 'role'
       AND n.valid @> $2
     ORDER BY CASE n.kind WHEN 'name' THEN 0 WHEN 'official' THEN 1
                          WHEN 'alias' THEN 2 ELSE 3 END,
              n.builtin, n.actor
     LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@.lookup(text, date) IS
'the actor a name stands for on a date (default today), ignoring case; NULL when unknown. Example: lookup(''North Korea'') = PRK';

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
-- ===================================================================
-- geopol.bloc: a set of actors (signatories, or a bloc's members)
-- ===================================================================

CREATE TYPE @extschema@.bloc;

CREATE FUNCTION @extschema@.bloc_in(cstring) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_out(@extschema@.bloc) RETURNS cstring
    AS 'MODULE_PATHNAME', 'bloc_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_recv(internal) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_send(@extschema@.bloc) RETURNS bytea
    AS 'MODULE_PATHNAME', 'bloc_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.bloc (
    INPUT = @extschema@.bloc_in,
    OUTPUT = @extschema@.bloc_out,
    RECEIVE = @extschema@.bloc_recv,
    SEND = @extschema@.bloc_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = extended,
    CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.bloc IS
'set of actors, written {G7,KOR,AUS,NZL}: sorted, without duplicates; {} is the empty bloc';
COMMENT ON FUNCTION @extschema@.bloc_in(cstring) IS 'text input of geopol.bloc';
COMMENT ON FUNCTION @extschema@.bloc_out(@extschema@.bloc) IS 'canonical text of geopol.bloc';
COMMENT ON FUNCTION @extschema@.bloc_recv(internal) IS 'binary input of geopol.bloc (version byte, count, members as text)';
COMMENT ON FUNCTION @extschema@.bloc_send(@extschema@.bloc) IS 'binary output of geopol.bloc (version byte, count, members as text)';

-- comparison -------------------------------------------------------

CREATE FUNCTION @extschema@.bloc_eq(@extschema@.bloc, @extschema@.bloc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'bloc_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_ne(@extschema@.bloc, @extschema@.bloc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'bloc_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_lt(@extschema@.bloc, @extschema@.bloc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'bloc_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_le(@extschema@.bloc, @extschema@.bloc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'bloc_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_gt(@extschema@.bloc, @extschema@.bloc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'bloc_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_ge(@extschema@.bloc, @extschema@.bloc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'bloc_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_cmp(@extschema@.bloc, @extschema@.bloc) RETURNS integer
    AS 'MODULE_PATHNAME', 'bloc_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_hash(@extschema@.bloc) RETURNS integer
    AS 'MODULE_PATHNAME', 'bloc_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_hash_extended(@extschema@.bloc, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'bloc_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bloc_eq(@extschema@.bloc, @extschema@.bloc) IS 'same members';
COMMENT ON FUNCTION @extschema@.bloc_ne(@extschema@.bloc, @extschema@.bloc) IS 'not the same members';
COMMENT ON FUNCTION @extschema@.bloc_lt(@extschema@.bloc, @extschema@.bloc) IS 'less than (members compared in order, a prefix first)';
COMMENT ON FUNCTION @extschema@.bloc_le(@extschema@.bloc, @extschema@.bloc) IS 'less than or equal';
COMMENT ON FUNCTION @extschema@.bloc_gt(@extschema@.bloc, @extschema@.bloc) IS 'greater than';
COMMENT ON FUNCTION @extschema@.bloc_ge(@extschema@.bloc, @extschema@.bloc) IS 'greater than or equal';
COMMENT ON FUNCTION @extschema@.bloc_cmp(@extschema@.bloc, @extschema@.bloc) IS 'btree comparison of blocs';
COMMENT ON FUNCTION @extschema@.bloc_hash(@extschema@.bloc) IS 'hash of a bloc (stable across releases and platforms)';
COMMENT ON FUNCTION @extschema@.bloc_hash_extended(@extschema@.bloc, bigint) IS '64-bit seeded hash of a bloc (stable across releases and platforms)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.bloc_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.bloc_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.bloc_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.bloc_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.bloc_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.bloc_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.bloc, @extschema@.bloc) IS 'same members';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.bloc, @extschema@.bloc) IS 'not the same members';
COMMENT ON OPERATOR @extschema@.< (@extschema@.bloc, @extschema@.bloc) IS 'less than';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.bloc, @extschema@.bloc) IS 'less than or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.bloc, @extschema@.bloc) IS 'greater than';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.bloc, @extschema@.bloc) IS 'greater than or equal';

CREATE OPERATOR CLASS @extschema@.bloc_ops
    DEFAULT FOR TYPE @extschema@.bloc USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.bloc_cmp(@extschema@.bloc, @extschema@.bloc);
CREATE OPERATOR CLASS @extschema@.bloc_hash_ops
    DEFAULT FOR TYPE @extschema@.bloc USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.bloc_hash(@extschema@.bloc),
        FUNCTION 2 @extschema@.bloc_hash_extended(@extschema@.bloc, bigint);

-- set operators ----------------------------------------------------

CREATE FUNCTION @extschema@.bloc_contains(@extschema@.bloc, @extschema@.bloc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'bloc_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_contained(@extschema@.bloc, @extschema@.bloc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'bloc_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_has_actor(@extschema@.bloc, @extschema@.actor) RETURNS boolean
    AS 'MODULE_PATHNAME', 'bloc_has_actor' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.actor_in_bloc(@extschema@.actor, @extschema@.bloc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'actor_in_bloc' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_overlaps(@extschema@.bloc, @extschema@.bloc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'bloc_overlaps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_union(@extschema@.bloc, @extschema@.bloc) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_union' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_intersect(@extschema@.bloc, @extschema@.bloc) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_intersect' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_minus(@extschema@.bloc, @extschema@.bloc) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_minus' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_add(@extschema@.bloc, @extschema@.actor) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_add' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_remove(@extschema@.bloc, @extschema@.actor) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_remove' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bloc_contains(@extschema@.bloc, @extschema@.bloc) IS 'does the first bloc hold every member of the second?';
COMMENT ON FUNCTION @extschema@.bloc_contained(@extschema@.bloc, @extschema@.bloc) IS 'does the second bloc hold every member of the first?';
COMMENT ON FUNCTION @extschema@.bloc_has_actor(@extschema@.bloc, @extschema@.actor) IS 'is the actor a member of the bloc (as written, not expanded)?';
COMMENT ON FUNCTION @extschema@.actor_in_bloc(@extschema@.actor, @extschema@.bloc) IS 'is the actor a member of the bloc (as written, not expanded)?';
COMMENT ON FUNCTION @extschema@.bloc_overlaps(@extschema@.bloc, @extschema@.bloc) IS 'do the blocs share a member?';
COMMENT ON FUNCTION @extschema@.bloc_union(@extschema@.bloc, @extschema@.bloc) IS 'members of either bloc';
COMMENT ON FUNCTION @extschema@.bloc_intersect(@extschema@.bloc, @extschema@.bloc) IS 'members of both blocs';
COMMENT ON FUNCTION @extschema@.bloc_minus(@extschema@.bloc, @extschema@.bloc) IS 'members of the first bloc that are not in the second';
COMMENT ON FUNCTION @extschema@.bloc_add(@extschema@.bloc, @extschema@.actor) IS 'the bloc with the actor added';
COMMENT ON FUNCTION @extschema@.bloc_remove(@extschema@.bloc, @extschema@.actor) IS 'the bloc without the actor';

CREATE OPERATOR @extschema@.@> (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.bloc_contains,
    COMMUTATOR = OPERATOR(@extschema@.<@), RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR @extschema@.<@ (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.bloc_contained,
    COMMUTATOR = OPERATOR(@extschema@.@>), RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR @extschema@.@> (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.actor, FUNCTION = @extschema@.bloc_has_actor,
    COMMUTATOR = OPERATOR(@extschema@.<@), RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR @extschema@.<@ (
    LEFTARG = @extschema@.actor, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.actor_in_bloc,
    COMMUTATOR = OPERATOR(@extschema@.@>), RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR @extschema@.&& (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.bloc_overlaps,
    COMMUTATOR = OPERATOR(@extschema@.&&), RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR @extschema@.| (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.bloc_union,
    COMMUTATOR = OPERATOR(@extschema@.|)
);
CREATE OPERATOR @extschema@.& (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.bloc_intersect,
    COMMUTATOR = OPERATOR(@extschema@.&)
);
CREATE OPERATOR @extschema@.- (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.bloc, FUNCTION = @extschema@.bloc_minus
);
CREATE OPERATOR @extschema@.+ (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.actor, FUNCTION = @extschema@.bloc_add
);
CREATE OPERATOR @extschema@.- (
    LEFTARG = @extschema@.bloc, RIGHTARG = @extschema@.actor, FUNCTION = @extschema@.bloc_remove
);
COMMENT ON OPERATOR @extschema@.@> (@extschema@.bloc, @extschema@.bloc) IS 'contains: {G7,KOR} @> {KOR}';
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.bloc, @extschema@.bloc) IS 'is contained by: {KOR} <@ {G7,KOR}';
COMMENT ON OPERATOR @extschema@.@> (@extschema@.bloc, @extschema@.actor) IS 'has member: {G7,KOR} @> KOR (as written; see expand() for blocs)';
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.actor, @extschema@.bloc) IS 'is a member of: KOR <@ {G7,KOR} (as written)';
COMMENT ON OPERATOR @extschema@.&& (@extschema@.bloc, @extschema@.bloc) IS 'overlaps: share at least one member';
COMMENT ON OPERATOR @extschema@.| (@extschema@.bloc, @extschema@.bloc) IS 'union';
COMMENT ON OPERATOR @extschema@.& (@extschema@.bloc, @extschema@.bloc) IS 'intersection';
COMMENT ON OPERATOR @extschema@.- (@extschema@.bloc, @extschema@.bloc) IS 'difference';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.bloc, @extschema@.actor) IS 'add a member';
COMMENT ON OPERATOR @extschema@.- (@extschema@.bloc, @extschema@.actor) IS 'remove a member';

CREATE FUNCTION @extschema@.cardinality(@extschema@.bloc) RETURNS integer
    AS 'MODULE_PATHNAME', 'bloc_cardinality' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cardinality(@extschema@.bloc) IS 'number of members';

CREATE FUNCTION @extschema@.countries(@extschema@.bloc) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_countries' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.countries(@extschema@.bloc) IS 'the first segments of the members: countries(''{PRK.GOV,RUS.MIL,RUS}'') = {PRK,RUS} (indexable: CREATE INDEX ... USING gin (geopol.countries(target)))';

CREATE FUNCTION @extschema@.country_years(@extschema@.bloc, date) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_country_years' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.country_years(@extschema@.bloc, date) IS 'index keys by country and year: country_years(''{PRK.GOV,RUS}'', ''2024-11-05'') = {PRK.2024,RUS.2024}';
CREATE FUNCTION @extschema@.year_keys(@extschema@.bloc, date, date) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_year_keys' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.year_keys(@extschema@.bloc, date, date) IS 'the country_years() keys of these actors for every year from the first date to the second';

CREATE FUNCTION @extschema@.bloc(@extschema@.actor[]) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_from_array' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc(@extschema@.actor) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_of_actor' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.members_array(@extschema@.bloc) RETURNS @extschema@.actor[]
    AS 'MODULE_PATHNAME', 'bloc_to_array' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bloc(@extschema@.actor[]) IS 'the bloc of the array''s actors (sorted, duplicates dropped; NULL elements are an error)';
COMMENT ON FUNCTION @extschema@.bloc(@extschema@.actor) IS 'the bloc of one actor';
COMMENT ON FUNCTION @extschema@.members_array(@extschema@.bloc) IS 'the members as an actor[] in actor order';
CREATE CAST (@extschema@.actor[] AS @extschema@.bloc) WITH FUNCTION @extschema@.bloc(@extschema@.actor[]) AS ASSIGNMENT;
CREATE CAST (@extschema@.actor AS @extschema@.bloc) WITH FUNCTION @extschema@.bloc(@extschema@.actor) AS ASSIGNMENT;
CREATE CAST (@extschema@.bloc AS @extschema@.actor[]) WITH FUNCTION @extschema@.members_array(@extschema@.bloc);

CREATE FUNCTION @extschema@.unnest(@extschema@.bloc) RETURNS SETOF @extschema@.actor
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 8
    RETURN pg_catalog.unnest(@extschema@.members_array($1));
COMMENT ON FUNCTION @extschema@.unnest(@extschema@.bloc) IS 'one row per member, in actor order';

-- aggregates -------------------------------------------------------

CREATE FUNCTION @extschema@.bloc_agg_trans(internal, @extschema@.actor) RETURNS internal
    AS 'MODULE_PATHNAME', 'bloc_agg_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_union_agg_trans(internal, @extschema@.bloc) RETURNS internal
    AS 'MODULE_PATHNAME', 'bloc_union_agg_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_agg_combine(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'bloc_agg_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_agg_final(internal) RETURNS @extschema@.bloc
    AS 'MODULE_PATHNAME', 'bloc_agg_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_agg_serial(internal) RETURNS bytea
    AS 'MODULE_PATHNAME', 'bloc_agg_serial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_agg_deserial(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'bloc_agg_deserial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bloc_agg_trans(internal, @extschema@.actor) IS 'bloc_agg transition';
COMMENT ON FUNCTION @extschema@.bloc_union_agg_trans(internal, @extschema@.bloc) IS 'union_agg transition';
COMMENT ON FUNCTION @extschema@.bloc_agg_combine(internal, internal) IS 'bloc_agg and union_agg: combine partial states';
COMMENT ON FUNCTION @extschema@.bloc_agg_final(internal) IS 'bloc_agg and union_agg: the bloc';
COMMENT ON FUNCTION @extschema@.bloc_agg_serial(internal) IS 'bloc_agg and union_agg: serialise a partial state';
COMMENT ON FUNCTION @extschema@.bloc_agg_deserial(bytea, internal) IS 'bloc_agg and union_agg: deserialise a partial state';

CREATE AGGREGATE @extschema@.bloc_agg(@extschema@.actor) (
    SFUNC = @extschema@.bloc_agg_trans, STYPE = internal,
    FINALFUNC = @extschema@.bloc_agg_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@.bloc_agg_combine,
    SERIALFUNC = @extschema@.bloc_agg_serial, DESERIALFUNC = @extschema@.bloc_agg_deserial,
    PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.union_agg(@extschema@.bloc) (
    SFUNC = @extschema@.bloc_union_agg_trans, STYPE = internal,
    FINALFUNC = @extschema@.bloc_agg_final, FINALFUNC_MODIFY = READ_ONLY,
    COMBINEFUNC = @extschema@.bloc_agg_combine,
    SERIALFUNC = @extschema@.bloc_agg_serial, DESERIALFUNC = @extschema@.bloc_agg_deserial,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.bloc_agg(@extschema@.actor) IS 'the bloc of all (non-NULL) actors aggregated; parallel safe';
COMMENT ON AGGREGATE @extschema@.union_agg(@extschema@.bloc) IS 'the union of all blocs aggregated; parallel safe';

-- GIN --------------------------------------------------------------

CREATE FUNCTION @extschema@.bloc_gin_extract_value(@extschema@.bloc, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'bloc_gin_extract_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_gin_extract_query(@extschema@.bloc, internal, int2, internal, internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'bloc_gin_extract_query' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bloc_gin_consistent(internal, int2, @extschema@.bloc, int4, internal, internal, internal, internal) RETURNS boolean
    AS 'MODULE_PATHNAME', 'bloc_gin_consistent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bloc_gin_extract_value(@extschema@.bloc, internal, internal) IS 'GIN: the members of an indexed bloc';
COMMENT ON FUNCTION @extschema@.bloc_gin_extract_query(@extschema@.bloc, internal, int2, internal, internal, internal, internal) IS 'GIN: the keys of a query';
COMMENT ON FUNCTION @extschema@.bloc_gin_consistent(internal, int2, @extschema@.bloc, int4, internal, internal, internal, internal) IS 'GIN: does an indexed bloc match';

CREATE OPERATOR CLASS @extschema@.bloc_gin_ops
    DEFAULT FOR TYPE @extschema@.bloc USING gin AS
        OPERATOR 3 @extschema@.&& (@extschema@.bloc, @extschema@.bloc),
        OPERATOR 6 @extschema@.= (@extschema@.bloc, @extschema@.bloc),
        OPERATOR 7 @extschema@.@> (@extschema@.bloc, @extschema@.bloc),
        OPERATOR 8 @extschema@.<@ (@extschema@.bloc, @extschema@.bloc),
        OPERATOR 9 @extschema@.@> (@extschema@.bloc, @extschema@.actor),
        FUNCTION 1 @extschema@.actor_cmp(@extschema@.actor, @extschema@.actor),
        FUNCTION 2 @extschema@.bloc_gin_extract_value(@extschema@.bloc, internal, internal),
        FUNCTION 3 @extschema@.bloc_gin_extract_query(@extschema@.bloc, internal, int2, internal, internal, internal, internal),
        FUNCTION 4 @extschema@.bloc_gin_consistent(internal, int2, @extschema@.bloc, int4, internal, internal, internal, internal),
        STORAGE @extschema@.actor;
-- ===================================================================
-- geopol.membership: who belonged to which named bloc, when
-- ===================================================================

CREATE TABLE @extschema@.membership (
    bloc    @extschema@.actor NOT NULL,
    member  @extschema@.actor NOT NULL,
    during  daterange NOT NULL CHECK (NOT isempty(during)),
    role    text NOT NULL DEFAULT 'member'
            CHECK (role IN ('member', 'participant', 'observer', 'suspended')),
    source  text,
    builtin boolean NOT NULL DEFAULT false,
    CHECK (bloc <> member)
);
CREATE INDEX membership_bloc_idx ON @extschema@.membership (bloc, member);
CREATE INDEX membership_member_idx ON @extschema@.membership (member);

COMMENT ON TABLE @extschema@.membership IS
'dated membership of named blocs: one row per period; role member, participant (e.g. the EU in the G7), observer or suspended; builtin rows ship with geopol, user rows survive pg_dump';
COMMENT ON COLUMN @extschema@.membership.bloc IS 'the named bloc (G7, NATO, EU, or a coalition of your own)';
COMMENT ON COLUMN @extschema@.membership.member IS 'the member (a state, or another bloc)';
COMMENT ON COLUMN @extschema@.membership.during IS 'the days of the period: [first day, day after the last)';
COMMENT ON COLUMN @extschema@.membership.role IS 'member | participant | observer | suspended (only member counts in members() and expand())';
COMMENT ON COLUMN @extschema@.membership.source IS 'where the fact comes from';
COMMENT ON COLUMN @extschema@.membership.builtin IS 'true for rows installed by geopol (not dumped)';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.membership', 'WHERE NOT builtin');

-- periods of the same (bloc, member, role) must not overlap
CREATE FUNCTION @extschema@.membership_no_overlap() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    other daterange;
BEGIN
    -- serialise writers of the same pair, so two sessions cannot both pass
    PERFORM pg_advisory_xact_lock(hashtextextended(NEW.bloc::text || '/' || NEW.member::text, 4242));
    SELECT m.during INTO other
      FROM @extschema@.membership m
     WHERE m.bloc = NEW.bloc AND m.member = NEW.member AND m.role = NEW.role
       AND m.during && NEW.during
       AND (TG_OP = 'INSERT' OR m.ctid <> OLD.ctid)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'membership periods overlap: % in % as % during % and %',
                        NEW.member, NEW.bloc, NEW.role, other, NEW.during
              USING ERRCODE = 'exclusion_violation',
                    HINT = 'End the earlier period before the new one starts, or merge the two rows.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.membership_no_overlap() IS
'trigger: rejects a membership row whose period overlaps another of the same bloc, member and role';
CREATE TRIGGER membership_no_overlap
    BEFORE INSERT OR UPDATE ON @extschema@.membership
    FOR EACH ROW EXECUTE FUNCTION @extschema@.membership_no_overlap();

CREATE FUNCTION @extschema@.membership_invalidate() RETURNS trigger
    AS 'MODULE_PATHNAME', 'geopol_membership_invalidate' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.membership_invalidate() IS
'trigger: tells every backend to reload its cache of geopol.membership';
CREATE TRIGGER membership_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.membership
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.membership_invalidate();

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

CREATE TABLE @extschema@.code_alias (
    code    @extschema@.actor PRIMARY KEY,
    actor   @extschema@.actor NOT NULL,
    source  text,
    builtin boolean NOT NULL DEFAULT false,
    CHECK (code <> actor)
);
COMMENT ON TABLE @extschema@.code_alias IS
'codes that GDELT, ICEWS and the Phoenix dictionaries use for geopol''s blocs and organisations (IGO.WST.NAT = NATO); geopol.canonical() applies them';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.code_alias', 'WHERE NOT builtin');

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

CREATE TABLE @extschema@.bloc_kind (
    bloc    @extschema@.actor PRIMARY KEY,
    kind    text NOT NULL CHECK (kind IN ('forum', 'organisation')),
    source  text,
    builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.bloc_kind IS
'forum: an informal group whose statements are its members'' joint statements (G7, E3): its members are the speakers; organisation: a body that speaks as itself (EU, NATO): it is the speaker. Named blocs not listed are forums';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.bloc_kind', 'WHERE NOT builtin');
CREATE TRIGGER bloc_kind_invalidate
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.bloc_kind
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.membership_invalidate();

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
-- ===================================================================
-- geopol.stance: what a statement does towards its target (CAMEO-native)
-- ===================================================================

CREATE TYPE @extschema@.stance;

CREATE FUNCTION @extschema@.stance_in(cstring) RETURNS @extschema@.stance
    AS 'MODULE_PATHNAME', 'stance_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.stance_out(@extschema@.stance) RETURNS cstring
    AS 'MODULE_PATHNAME', 'stance_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.stance_recv(internal) RETURNS @extschema@.stance
    AS 'MODULE_PATHNAME', 'stance_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.stance_send(@extschema@.stance) RETURNS bytea
    AS 'MODULE_PATHNAME', 'stance_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.stance (
    INPUT = @extschema@.stance_in,
    OUTPUT = @extschema@.stance_out,
    RECEIVE = @extschema@.stance_recv,
    SEND = @extschema@.stance_send,
    INTERNALLENGTH = 4,
    PASSEDBYVALUE,
    ALIGNMENT = int4,
    STORAGE = plain,
    CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.stance IS
'what a statement does towards its target: a CAMEO event code (every code is valid, leading zeros kept) with an intensity (-1 mild .. 2 extreme) and flags for negation and non-factual mood; written condemn, 111, strongly condemn, deep concern, not condemn';
COMMENT ON FUNCTION @extschema@.stance_in(cstring) IS 'text input of geopol.stance';
COMMENT ON FUNCTION @extschema@.stance_out(@extschema@.stance) IS 'canonical text of geopol.stance';
COMMENT ON FUNCTION @extschema@.stance_recv(internal) IS 'binary input of geopol.stance (version byte, 32-bit value)';
COMMENT ON FUNCTION @extschema@.stance_send(@extschema@.stance) IS 'binary output of geopol.stance (version byte, 32-bit value)';

CREATE FUNCTION @extschema@.stance_eq(@extschema@.stance, @extschema@.stance) RETURNS boolean
    AS 'MODULE_PATHNAME', 'stance_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.stance_ne(@extschema@.stance, @extschema@.stance) RETURNS boolean
    AS 'MODULE_PATHNAME', 'stance_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.stance_lt(@extschema@.stance, @extschema@.stance) RETURNS boolean
    AS 'MODULE_PATHNAME', 'stance_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.stance_le(@extschema@.stance, @extschema@.stance) RETURNS boolean
    AS 'MODULE_PATHNAME', 'stance_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.stance_gt(@extschema@.stance, @extschema@.stance) RETURNS boolean
    AS 'MODULE_PATHNAME', 'stance_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.stance_ge(@extschema@.stance, @extschema@.stance) RETURNS boolean
    AS 'MODULE_PATHNAME', 'stance_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.stance_cmp(@extschema@.stance, @extschema@.stance) RETURNS integer
    AS 'MODULE_PATHNAME', 'stance_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.stance_hash(@extschema@.stance) RETURNS integer
    AS 'MODULE_PATHNAME', 'stance_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.stance_hash_extended(@extschema@.stance, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'stance_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.stance_eq(@extschema@.stance, @extschema@.stance) IS 'equal';
COMMENT ON FUNCTION @extschema@.stance_ne(@extschema@.stance, @extschema@.stance) IS 'not equal';
COMMENT ON FUNCTION @extschema@.stance_lt(@extschema@.stance, @extschema@.stance) IS 'less than (code order, a code before its children, then intensity)';
COMMENT ON FUNCTION @extschema@.stance_le(@extschema@.stance, @extschema@.stance) IS 'less than or equal';
COMMENT ON FUNCTION @extschema@.stance_gt(@extschema@.stance, @extschema@.stance) IS 'greater than';
COMMENT ON FUNCTION @extschema@.stance_ge(@extschema@.stance, @extschema@.stance) IS 'greater than or equal';
COMMENT ON FUNCTION @extschema@.stance_cmp(@extschema@.stance, @extschema@.stance) IS 'btree comparison of stances';
COMMENT ON FUNCTION @extschema@.stance_hash(@extschema@.stance) IS 'hash of a stance (stable across releases)';
COMMENT ON FUNCTION @extschema@.stance_hash_extended(@extschema@.stance, bigint) IS '64-bit seeded hash of a stance (stable across releases)';

CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.stance, RIGHTARG = @extschema@.stance, FUNCTION = @extschema@.stance_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.stance, RIGHTARG = @extschema@.stance, FUNCTION = @extschema@.stance_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.stance, RIGHTARG = @extschema@.stance, FUNCTION = @extschema@.stance_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.stance, RIGHTARG = @extschema@.stance, FUNCTION = @extschema@.stance_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.stance, RIGHTARG = @extschema@.stance, FUNCTION = @extschema@.stance_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.stance, RIGHTARG = @extschema@.stance, FUNCTION = @extschema@.stance_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.stance, @extschema@.stance) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.stance, @extschema@.stance) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.stance, @extschema@.stance) IS 'less than';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.stance, @extschema@.stance) IS 'less than or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.stance, @extschema@.stance) IS 'greater than';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.stance, @extschema@.stance) IS 'greater than or equal';

CREATE OPERATOR CLASS @extschema@.stance_ops DEFAULT FOR TYPE @extschema@.stance USING btree AS
    OPERATOR 1 @extschema@.< , OPERATOR 2 @extschema@.<= , OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= , OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.stance_cmp(@extschema@.stance, @extschema@.stance),
    FUNCTION 4 pg_catalog.btequalimage(oid);
CREATE OPERATOR CLASS @extschema@.stance_hash_ops DEFAULT FOR TYPE @extschema@.stance USING hash AS
    OPERATOR 1 @extschema@.= ,
    FUNCTION 1 @extschema@.stance_hash(@extschema@.stance),
    FUNCTION 2 @extschema@.stance_hash_extended(@extschema@.stance, bigint);

CREATE FUNCTION @extschema@.stance_contains(@extschema@.stance, @extschema@.stance) RETURNS boolean
    AS 'MODULE_PATHNAME', 'stance_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.stance_contained(@extschema@.stance, @extschema@.stance) RETURNS boolean
    AS 'MODULE_PATHNAME', 'stance_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.stance_contains(@extschema@.stance, @extschema@.stance) IS 'does the first stance cover the second (same code or a parent code; a plain stance covers every intensity; negation and mood agree)?';
COMMENT ON FUNCTION @extschema@.stance_contained(@extschema@.stance, @extschema@.stance) IS 'is the first stance covered by the second?';
CREATE OPERATOR @extschema@.@> (LEFTARG = @extschema@.stance, RIGHTARG = @extschema@.stance, FUNCTION = @extschema@.stance_contains,
    COMMUTATOR = OPERATOR(@extschema@.<@), RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR @extschema@.<@ (LEFTARG = @extschema@.stance, RIGHTARG = @extschema@.stance, FUNCTION = @extschema@.stance_contained,
    COMMUTATOR = OPERATOR(@extschema@.@>), RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR @extschema@.@> (@extschema@.stance, @extschema@.stance) IS 'covers: ''11''::stance @> ''111'' (a root code contains its children)';
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.stance, @extschema@.stance) IS 'is covered by';

-- facts ------------------------------------------------------------
CREATE FUNCTION @extschema@.cameo(@extschema@.stance) RETURNS text
    AS 'MODULE_PATHNAME', 'stance_cameo' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.goldstein(@extschema@.stance) RETURNS float8
    AS 'MODULE_PATHNAME', 'stance_goldstein' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quad_class(@extschema@.stance) RETURNS integer
    AS 'MODULE_PATHNAME', 'stance_quad_class' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.plover(@extschema@.stance) RETURNS text
    AS 'MODULE_PATHNAME', 'stance_plover' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.polarity(@extschema@.stance) RETURNS integer
    AS 'MODULE_PATHNAME', 'stance_polarity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.stance_class(@extschema@.stance) RETURNS text
    AS 'MODULE_PATHNAME', 'stance_class' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.intensity(@extschema@.stance) RETURNS integer
    AS 'MODULE_PATHNAME', 'stance_intensity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.negated(@extschema@.stance) RETURNS boolean
    AS 'MODULE_PATHNAME', 'stance_negated' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.factual(@extschema@.stance) RETURNS boolean
    AS 'MODULE_PATHNAME', 'stance_factual' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.description(@extschema@.stance) RETURNS text
    AS 'MODULE_PATHNAME', 'stance_description' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.stance_matches(@extschema@.stance, text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'stance_matches' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cameo(@extschema@.stance) IS 'the CAMEO event code, leading zeros kept: cameo(''concern'') = 012';
COMMENT ON FUNCTION @extschema@.goldstein(@extschema@.stance) IS 'Goldstein scale value of the CAMEO code (-10..10); intensity does not change it; a negated stance weighs 0';
COMMENT ON FUNCTION @extschema@.quad_class(@extschema@.stance) IS 'GDELT QuadClass: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20)';
COMMENT ON FUNCTION @extschema@.plover(@extschema@.stance) IS 'PLOVER event type by the 2021 CAMEO-to-PLOVER crosswalk (appeals 02 as REQUEST); NULL for public statements (01)';
COMMENT ON FUNCTION @extschema@.polarity(@extschema@.stance) IS 'sign of the Goldstein value: 1 cooperative, -1 conflictual, 0 neutral or negated';
COMMENT ON FUNCTION @extschema@.stance_class(@extschema@.stance) IS 'COMMENT, CONCERN, REQUEST, SUPPORT, CONSULT, COOPERATE, INVESTIGATE, DISAPPROVE, REJECT, THREATEN, PROTEST, SANCTION or FORCE';
COMMENT ON FUNCTION @extschema@.intensity(@extschema@.stance) IS '-1 mild, 0 plain, 1 strong (strongly, deeply, seriously, gravely), 2 extreme (extremely strongly, in the strongest possible terms)';
COMMENT ON FUNCTION @extschema@.negated(@extschema@.stance) IS 'is the stance negated (did not condemn, refused to condemn)?';
COMMENT ON FUNCTION @extschema@.factual(@extschema@.stance) IS 'false for future or conditional stances (will condemn, would support)';
COMMENT ON FUNCTION @extschema@.description(@extschema@.stance) IS 'the CAMEO name of the code';
COMMENT ON FUNCTION @extschema@.stance_matches(@extschema@.stance, text) IS 'does the stance match what: a class name (every affirmative factual stance of the class) or a stance (as @> does)?';

CREATE FUNCTION @extschema@.stance_floor(what text) RETURNS @extschema@.stance
    AS 'MODULE_PATHNAME', 'stance_floor' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.stance_ceiling(what text) RETURNS @extschema@.stance
    AS 'MODULE_PATHNAME', 'stance_ceiling' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.stance_floor(text) IS 'the smallest stance that what (a class or a stance) can match: with stance_ceiling, a range a btree index scans';
COMMENT ON FUNCTION @extschema@.stance_ceiling(text) IS 'the largest stance that what (a class or a stance) can match';

CREATE FUNCTION @extschema@.stance_goldstein_accum(float8[], @extschema@.stance) RETURNS float8[]
    AS 'MODULE_PATHNAME', 'stance_goldstein_accum' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.stance_goldstein_accum(float8[], @extschema@.stance) IS 'avg_goldstein transition';
CREATE AGGREGATE @extschema@.avg_goldstein(@extschema@.stance) (
    SFUNC = @extschema@.stance_goldstein_accum, STYPE = float8[], INITCOND = '{0,0,0}',
    FINALFUNC = pg_catalog.float8_avg, COMBINEFUNC = pg_catalog.float8_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.avg_goldstein(@extschema@.stance) IS 'mean Goldstein value of the stances; parallel safe';
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
    added     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE @extschema@.article IS 'news articles and official statements, as stored by the user or geopol.ingest()';
COMMENT ON COLUMN @extschema@.article.url IS 'where the article was found (unique)';
COMMENT ON COLUMN @extschema@.article.published IS 'publication date';
COMMENT ON COLUMN @extschema@.article.source IS 'the publisher';
COMMENT ON COLUMN @extschema@.article.added IS 'when the row was stored';

CREATE TABLE @extschema@.statement (
    id         bigserial PRIMARY KEY,
    article    bigint REFERENCES @extschema@.article (id) ON DELETE CASCADE,
    said_on    date NOT NULL,
    source     @extschema@.bloc NOT NULL,
    stance     @extschema@.stance NOT NULL,
    target     @extschema@.bloc NOT NULL,
    topic      text,
    evidence   text,
    confidence real CHECK (confidence BETWEEN 0 AND 1),
    CHECK (@extschema@.cardinality(source) > 0)
);
CREATE INDEX statement_source_gin ON @extschema@.statement USING gin (source);
CREATE INDEX statement_target_gin ON @extschema@.statement USING gin (target);
-- the questions narrow by country and year through these (PRK.GOV is found
-- under PRK.2024 for a statement of 2024)
CREATE INDEX statement_target_years_gin ON @extschema@.statement USING gin (@extschema@.country_years(target, said_on));
CREATE INDEX statement_source_years_gin ON @extschema@.statement USING gin (@extschema@.country_years(source, said_on));
CREATE INDEX statement_said_on_idx ON @extschema@.statement (said_on);
CREATE INDEX statement_stance_idx ON @extschema@.statement (stance);
CREATE INDEX statement_article_idx ON @extschema@.statement (article);
COMMENT ON TABLE @extschema@.statement IS 'coded statements: who (source, a bloc of signatories) took which stance towards whom (target), on which day, from which words';
COMMENT ON COLUMN @extschema@.statement.article IS 'the article it was coded from (NULL for statements coded without one)';
COMMENT ON COLUMN @extschema@.statement.said_on IS 'the day the statement was made';
COMMENT ON COLUMN @extschema@.statement.source IS 'the signatories: {G7,EU,KOR,AUS,NZL} is one joint statement';
COMMENT ON COLUMN @extschema@.statement.target IS 'the actors whose conduct the stance is about';
COMMENT ON COLUMN @extschema@.statement.evidence IS 'the words it was coded from';
COMMENT ON COLUMN @extschema@.statement.confidence IS 'how sure the coder is, 0..1';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.article', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.article_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.statement', '');
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

-- the questions ----------------------------------------------------

-- index keys (country.year) of an actor, its country and every bloc it ever
-- belonged to, for the years between two dates clamped to the data
CREATE FUNCTION @extschema@.search_keys(x @extschema@.actor, from_date date, to_date date)
RETURNS @extschema@.bloc
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT @extschema@.year_keys(
               @extschema@.bloc(@extschema@.country($1))
                   OPERATOR(@extschema@.|) @extschema@.blocs_ever(@extschema@.country($1)),
               greatest($2, (SELECT min(s.said_on) FROM @extschema@.statement s)),
               least($3, (SELECT max(s.said_on) FROM @extschema@.statement s)))
$$;
COMMENT ON FUNCTION @extschema@.search_keys(@extschema@.actor, date, date) IS
'the country_years() keys under which statements about (or by) the actor between two dates are indexed: its country and every bloc it ever belonged to, for each year';

CREATE FUNCTION @extschema@.who(what text, target @extschema@.actor, from_date date, to_date date)
RETURNS TABLE (speaker @extschema@.actor, via @extschema@.actor, said_on date, statement bigint,
               stance @extschema@.stance, evidence text)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    -- candidates by index: statements whose target names the target's
    -- country or a bloc it ever belonged to; then the exact test on the day
    WITH c AS MATERIALIZED (SELECT @extschema@.search_keys($2, $3, $4) AS cand)
    SELECT p.party, p.via, s.said_on, s.id, s.stance, s.evidence
      FROM c, @extschema@.statement s
     CROSS JOIN LATERAL @extschema@.parties(s.source, s.said_on) p
     WHERE @extschema@.country_years(s.target, s.said_on) OPERATOR(@extschema@.&&) c.cand
       -- the keys already narrow by year: "+ 0" keeps the planner from
       -- adding a costly bitmap of the date index
       AND (s.said_on + 0) BETWEEN $3 AND $4
       AND @extschema@.stance_matches(s.stance, $1)
       AND @extschema@.concerns(s.target, s.said_on, $2)
     ORDER BY s.said_on, s.id, p.party
$$;
COMMENT ON FUNCTION @extschema@.who(text, @extschema@.actor, date, date) IS
'who took that stance (a name, a CAMEO code or a class) towards the target between two dates: directly or as a party to a joint statement (via the forum), towards the target itself, any part of it (PRK.GOV for PRK), or a bloc it belonged to that day';

CREATE FUNCTION @extschema@.stance_matrix(from_date date, to_date date, what text DEFAULT 'DISAPPROVE')
RETURNS TABLE (speaker @extschema@.actor, target @extschema@.actor, statements bigint)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    -- the same pairs as geopol.dyad at country level; each statement counts
    -- once per pair because countries() drops duplicates
    SELECT d.speaker, d.target_country, count(*)
      FROM @extschema@.statement s
     CROSS JOIN LATERAL @extschema@.country_dyads(s.source, s.target, s.said_on) d
     WHERE s.said_on BETWEEN $1 AND $2
       AND @extschema@.stance_matches(s.stance, $3)
     GROUP BY 1, 2
     ORDER BY 1, 2
$$;
COMMENT ON FUNCTION @extschema@.stance_matrix(date, date, text) IS
'how many statements each speaker made towards each target (country level, forums expanded) between two dates';

CREATE FUNCTION @extschema@.cohesion(bloc @extschema@.actor, from_date date, to_date date, what text DEFAULT NULL)
RETURNS TABLE (statement bigint, said_on date, members integer, joined integer, share numeric)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    -- candidates by index: statements whose signatories name the bloc, one
    -- of its members (ever), or a bloc one of them ever belonged to
    WITH c AS MATERIALIZED (
        SELECT @extschema@.search_keys($1, $2, $3) OPERATOR(@extschema@.|)
               coalesce(@extschema@.union_agg(@extschema@.search_keys(m.member, $2, $3)), '{}') AS cand
          FROM (SELECT DISTINCT x.member FROM @extschema@.membership x WHERE x.bloc = $1) m
    )
    SELECT s.id, s.said_on, @extschema@.cardinality(m.m),
           @extschema@.cardinality(m.p OPERATOR(@extschema@.&) m.m),
           round(@extschema@.cardinality(m.p OPERATOR(@extschema@.&) m.m)::numeric
                 / nullif(@extschema@.cardinality(m.m), 0), 3)
      FROM c, @extschema@.statement s
     CROSS JOIN LATERAL (SELECT @extschema@.members($1, s.said_on) AS m,
                                @extschema@.speakers(s.source, s.said_on) AS p) m
     WHERE @extschema@.country_years(s.source, s.said_on) OPERATOR(@extschema@.&&) c.cand
       AND (s.said_on + 0) BETWEEN $2 AND $3
       AND ($4 IS NULL OR @extschema@.stance_matches(s.stance, $4))
       AND (s.source OPERATOR(@extschema@.@>) $1 OR m.p OPERATOR(@extschema@.&&) m.m)
     ORDER BY s.said_on, s.id
$$;
COMMENT ON FUNCTION @extschema@.cohesion(@extschema@.actor, date, date, text) IS
'for each statement between two dates that involves the bloc or any of its members: how many of its full members that day were parties to it (speakers(); an organisation such as the EU counts as itself), out of how many, and the share';

CREATE FUNCTION @extschema@.timeseries(target @extschema@.actor, what text, from_date date, to_date date, bucket text DEFAULT 'month')
RETURNS TABLE (period date, statements bigint, speakers bigint)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT date_trunc($5, w.said_on)::date, count(DISTINCT w.statement), count(DISTINCT w.speaker)
      FROM @extschema@.who($2, $1, $3, $4) w
     GROUP BY 1
     ORDER BY 1
$$;
COMMENT ON FUNCTION @extschema@.timeseries(@extschema@.actor, text, date, date, text) IS
'statements and distinct speakers taking the stance towards the target, per period (bucket: day, week, month, quarter, year)';

CREATE FUNCTION @extschema@.first_time(speaker @extschema@.actor, what text, target @extschema@.actor)
RETURNS date
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    -- first a short walk in date order (frequent pairs are found at once),
    -- else every statement about the target's country or its blocs, by index
    SELECT coalesce(
        (SELECT x.said_on
           FROM (SELECT s.said_on, s.source, s.target, s.stance
                   FROM @extschema@.statement s
                  WHERE s.stance OPERATOR(@extschema@.>=) @extschema@.stance_floor($2)
                    AND s.stance OPERATOR(@extschema@.<=) @extschema@.stance_ceiling($2)
                  ORDER BY s.said_on
                  LIMIT 2000) x
          WHERE @extschema@.stance_matches(x.stance, $2)
            AND @extschema@.concerns(x.target, x.said_on, $3)
            AND @extschema@.spoke(x.source, x.said_on, $1)
          ORDER BY x.said_on
          LIMIT 1),
        (WITH c AS MATERIALIZED (SELECT @extschema@.search_keys($3, '-infinity', 'infinity') AS tc)
         SELECT s.said_on
           FROM c, @extschema@.statement s
          WHERE @extschema@.country_years(s.target, s.said_on) OPERATOR(@extschema@.&&) c.tc
            AND s.stance OPERATOR(@extschema@.>=) @extschema@.stance_floor($2)
            AND s.stance OPERATOR(@extschema@.<=) @extschema@.stance_ceiling($2)
            AND @extschema@.stance_matches(s.stance, $2)
            AND @extschema@.concerns(s.target, s.said_on, $3)
            AND @extschema@.spoke(s.source, s.said_on, $1)
          ORDER BY s.said_on
          LIMIT 1))
$$;
COMMENT ON FUNCTION @extschema@.first_time(@extschema@.actor, text, @extschema@.actor) IS
'the first day the speaker (or any part of it) took the stance towards the target, directly or as a party to a joint statement';

CREATE FUNCTION @extschema@.last_time(speaker @extschema@.actor, what text, target @extschema@.actor)
RETURNS date
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    -- first a short walk in date order (frequent pairs are found at once),
    -- else every statement about the target's country or its blocs, by index
    SELECT coalesce(
        (SELECT x.said_on
           FROM (SELECT s.said_on, s.source, s.target, s.stance
                   FROM @extschema@.statement s
                  WHERE s.stance OPERATOR(@extschema@.>=) @extschema@.stance_floor($2)
                    AND s.stance OPERATOR(@extschema@.<=) @extschema@.stance_ceiling($2)
                  ORDER BY s.said_on DESC
                  LIMIT 2000) x
          WHERE @extschema@.stance_matches(x.stance, $2)
            AND @extschema@.concerns(x.target, x.said_on, $3)
            AND @extschema@.spoke(x.source, x.said_on, $1)
          ORDER BY x.said_on DESC
          LIMIT 1),
        (WITH c AS MATERIALIZED (SELECT @extschema@.search_keys($3, '-infinity', 'infinity') AS tc)
         SELECT s.said_on
           FROM c, @extschema@.statement s
          WHERE @extschema@.country_years(s.target, s.said_on) OPERATOR(@extschema@.&&) c.tc
            AND s.stance OPERATOR(@extschema@.>=) @extschema@.stance_floor($2)
            AND s.stance OPERATOR(@extschema@.<=) @extschema@.stance_ceiling($2)
            AND @extschema@.stance_matches(s.stance, $2)
            AND @extschema@.concerns(s.target, s.said_on, $3)
            AND @extschema@.spoke(s.source, s.said_on, $1)
          ORDER BY s.said_on DESC
          LIMIT 1))
$$;
COMMENT ON FUNCTION @extschema@.last_time(@extschema@.actor, text, @extschema@.actor) IS
'the last day the speaker (or any part of it) took the stance towards the target';
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
-- generated from data/*.tsv by data/tsv2sql.awk
INSERT INTO @extschema@.actor_name (actor, name, kind, valid, source, builtin) VALUES
('ABW', 'Aruba', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AFG', 'Afghanistan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AFG', 'Islamic Republic of Afghanistan', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AGO', 'Angola', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AGO', 'Republic of Angola', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AIA', 'Anguilla', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ALA', 'Åland Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ALB', 'Albania', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ALB', 'Republic of Albania', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AND', 'Andorra', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AND', 'Principality of Andorra', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ARE', 'United Arab Emirates', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ARG', 'Argentina', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ARG', 'Argentine Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ARM', 'Armenia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ARM', 'Republic of Armenia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ASM', 'American Samoa', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ATA', 'Antarctica', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ATF', 'French Southern Territories', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ATG', 'Antigua and Barbuda', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AUS', 'Australia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AUT', 'Austria', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AUT', 'Republic of Austria', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AZE', 'Azerbaijan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AZE', 'Republic of Azerbaijan', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BDI', 'Burundi', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BDI', 'Republic of Burundi', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BEL', 'Belgium', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BEL', 'Kingdom of Belgium', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BEN', 'Benin', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BEN', 'Republic of Benin', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BES', 'Bonaire, Sint Eustatius and Saba', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BFA', 'Burkina Faso', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BGD', 'Bangladesh', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BGD', 'People''s Republic of Bangladesh', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BGR', 'Bulgaria', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BGR', 'Republic of Bulgaria', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BHR', 'Bahrain', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BHR', 'Kingdom of Bahrain', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BHS', 'Bahamas', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BHS', 'Commonwealth of the Bahamas', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BIH', 'Bosnia and Herzegovina', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BIH', 'Republic of Bosnia and Herzegovina', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BLM', 'Saint Barthélemy', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BLR', 'Belarus', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BLR', 'Republic of Belarus', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BLZ', 'Belize', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BMU', 'Bermuda', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BOL', 'Bolivia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BOL', 'Bolivia, Plurinational State of', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BOL', 'Plurinational State of Bolivia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BRA', 'Brazil', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BRA', 'Federative Republic of Brazil', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BRB', 'Barbados', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BRN', 'Brunei', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BRN', 'Brunei Darussalam', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BTN', 'Bhutan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BTN', 'Kingdom of Bhutan', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BVT', 'Bouvet Island', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BWA', 'Botswana', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('BWA', 'Republic of Botswana', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CAF', 'Central African Republic', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CAN', 'Canada', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CCK', 'Cocos (Keeling) Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CHE', 'Switzerland', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CHE', 'Swiss Confederation', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CHL', 'Chile', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CHL', 'Republic of Chile', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CHN', 'China', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CHN', 'People''s Republic of China', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CIV', 'Côte d''Ivoire', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CIV', 'Republic of Côte d''Ivoire', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CMR', 'Cameroon', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CMR', 'Republic of Cameroon', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('COD', 'Democratic Republic of the Congo', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('COD', 'Congo, The Democratic Republic of the', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('COG', 'Republic of the Congo', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('COG', 'Congo', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('COK', 'Cook Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('COL', 'Colombia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('COL', 'Republic of Colombia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('COM', 'Comoros', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('COM', 'Union of the Comoros', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CPV', 'Cabo Verde', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CPV', 'Republic of Cabo Verde', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CRI', 'Costa Rica', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CRI', 'Republic of Costa Rica', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CUB', 'Cuba', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CUB', 'Republic of Cuba', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CUW', 'Curaçao', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CXR', 'Christmas Island', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CYM', 'Cayman Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CYP', 'Cyprus', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CYP', 'Republic of Cyprus', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CZE', 'Czechia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('CZE', 'Czech Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('DEU', 'Germany', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('DEU', 'Federal Republic of Germany', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('DJI', 'Djibouti', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('DJI', 'Republic of Djibouti', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('DMA', 'Dominica', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('DMA', 'Commonwealth of Dominica', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('DNK', 'Denmark', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('DNK', 'Kingdom of Denmark', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('DOM', 'Dominican Republic', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('DZA', 'Algeria', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('DZA', 'People''s Democratic Republic of Algeria', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ECU', 'Ecuador', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ECU', 'Republic of Ecuador', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('EGY', 'Egypt', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('EGY', 'Arab Republic of Egypt', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ERI', 'Eritrea', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ERI', 'the State of Eritrea', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ESH', 'Western Sahara', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ESP', 'Spain', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ESP', 'Kingdom of Spain', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('EST', 'Estonia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('EST', 'Republic of Estonia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ETH', 'Ethiopia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ETH', 'Federal Democratic Republic of Ethiopia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('FIN', 'Finland', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('FIN', 'Republic of Finland', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('FJI', 'Fiji', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('FJI', 'Republic of Fiji', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('FLK', 'Falkland Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('FLK', 'Falkland Islands (Malvinas)', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('FRA', 'France', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('FRA', 'French Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('FRO', 'Faroe Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('FSM', 'Micronesia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('FSM', 'Micronesia, Federated States of', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('FSM', 'Federated States of Micronesia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GAB', 'Gabon', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GAB', 'Gabonese Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GBR', 'United Kingdom', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GBR', 'United Kingdom of Great Britain and Northern Ireland', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GEO', 'Georgia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GGY', 'Guernsey', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GHA', 'Ghana', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GHA', 'Republic of Ghana', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GIB', 'Gibraltar', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GIN', 'Guinea', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GIN', 'Republic of Guinea', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GLP', 'Guadeloupe', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GMB', 'Gambia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GMB', 'Republic of the Gambia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GNB', 'Guinea-Bissau', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GNB', 'Republic of Guinea-Bissau', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GNQ', 'Equatorial Guinea', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GNQ', 'Republic of Equatorial Guinea', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GRC', 'Greece', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GRC', 'Hellenic Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GRD', 'Grenada', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GRL', 'Greenland', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GTM', 'Guatemala', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GTM', 'Republic of Guatemala', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GUF', 'French Guiana', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GUM', 'Guam', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GUY', 'Guyana', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('GUY', 'Republic of Guyana', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('HKG', 'Hong Kong', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('HKG', 'Hong Kong Special Administrative Region of China', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('HMD', 'Heard Island and McDonald Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('HND', 'Honduras', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('HND', 'Republic of Honduras', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('HRV', 'Croatia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('HRV', 'Republic of Croatia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('HTI', 'Haiti', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('HTI', 'Republic of Haiti', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('HUN', 'Hungary', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('IDN', 'Indonesia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('IDN', 'Republic of Indonesia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('IMN', 'Isle of Man', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('IND', 'India', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('IND', 'Republic of India', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('IOT', 'British Indian Ocean Territory', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('IRL', 'Ireland', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('IRN', 'Iran', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('IRN', 'Iran, Islamic Republic of', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('IRN', 'Islamic Republic of Iran', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('IRQ', 'Iraq', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('IRQ', 'Republic of Iraq', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ISL', 'Iceland', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ISL', 'Republic of Iceland', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ISR', 'Israel', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ISR', 'State of Israel', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ITA', 'Italy', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ITA', 'Italian Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('JAM', 'Jamaica', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('JEY', 'Jersey', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('JOR', 'Jordan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('JOR', 'Hashemite Kingdom of Jordan', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('JPN', 'Japan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KAZ', 'Kazakhstan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KAZ', 'Republic of Kazakhstan', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KEN', 'Kenya', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KEN', 'Republic of Kenya', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KGZ', 'Kyrgyzstan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KGZ', 'Kyrgyz Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KHM', 'Cambodia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KHM', 'Kingdom of Cambodia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KIR', 'Kiribati', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KIR', 'Republic of Kiribati', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KNA', 'Saint Kitts and Nevis', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KOR', 'South Korea', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KOR', 'Korea, Republic of', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KWT', 'Kuwait', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('KWT', 'State of Kuwait', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LAO', 'Laos', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LAO', 'Lao People''s Democratic Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LBN', 'Lebanon', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LBN', 'Lebanese Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LBR', 'Liberia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LBR', 'Republic of Liberia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LBY', 'Libya', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LCA', 'Saint Lucia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LIE', 'Liechtenstein', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LIE', 'Principality of Liechtenstein', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LKA', 'Sri Lanka', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LKA', 'Democratic Socialist Republic of Sri Lanka', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LSO', 'Lesotho', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LSO', 'Kingdom of Lesotho', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LTU', 'Lithuania', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LTU', 'Republic of Lithuania', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LUX', 'Luxembourg', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LUX', 'Grand Duchy of Luxembourg', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LVA', 'Latvia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('LVA', 'Republic of Latvia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MAC', 'Macao', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MAC', 'Macao Special Administrative Region of China', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MAF', 'Saint Martin', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MAF', 'Saint Martin (French part)', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MAR', 'Morocco', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MAR', 'Kingdom of Morocco', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MCO', 'Monaco', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MCO', 'Principality of Monaco', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MDA', 'Moldova', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MDA', 'Moldova, Republic of', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MDA', 'Republic of Moldova', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MDG', 'Madagascar', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MDG', 'Republic of Madagascar', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MDV', 'Maldives', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MDV', 'Republic of Maldives', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MEX', 'Mexico', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MEX', 'United Mexican States', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MHL', 'Marshall Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MHL', 'Republic of the Marshall Islands', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MKD', 'North Macedonia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MKD', 'Republic of North Macedonia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MLI', 'Mali', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MLI', 'Republic of Mali', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MLT', 'Malta', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MLT', 'Republic of Malta', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MMR', 'Myanmar', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MMR', 'Republic of Myanmar', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MNE', 'Montenegro', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MNG', 'Mongolia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MNP', 'Northern Mariana Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MNP', 'Commonwealth of the Northern Mariana Islands', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MOZ', 'Mozambique', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MOZ', 'Republic of Mozambique', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MRT', 'Mauritania', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MRT', 'Islamic Republic of Mauritania', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MSR', 'Montserrat', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MTQ', 'Martinique', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MUS', 'Mauritius', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MUS', 'Republic of Mauritius', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MWI', 'Malawi', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MWI', 'Republic of Malawi', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MYS', 'Malaysia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('MYT', 'Mayotte', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NAM', 'Namibia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NAM', 'Republic of Namibia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NCL', 'New Caledonia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NER', 'Niger', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NER', 'Republic of the Niger', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NFK', 'Norfolk Island', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NGA', 'Nigeria', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NGA', 'Federal Republic of Nigeria', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NIC', 'Nicaragua', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NIC', 'Republic of Nicaragua', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NIU', 'Niue', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NLD', 'Netherlands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NLD', 'Kingdom of the Netherlands', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NOR', 'Norway', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NOR', 'Kingdom of Norway', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NPL', 'Nepal', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NPL', 'Federal Democratic Republic of Nepal', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NRU', 'Nauru', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NRU', 'Republic of Nauru', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('NZL', 'New Zealand', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('OMN', 'Oman', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('OMN', 'Sultanate of Oman', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PAK', 'Pakistan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PAK', 'Islamic Republic of Pakistan', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PAN', 'Panama', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PAN', 'Republic of Panama', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PCN', 'Pitcairn', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PER', 'Peru', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PER', 'Republic of Peru', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PHL', 'Philippines', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PHL', 'Republic of the Philippines', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PLW', 'Palau', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PLW', 'Republic of Palau', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PNG', 'Papua New Guinea', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PNG', 'Independent State of Papua New Guinea', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('POL', 'Poland', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('POL', 'Republic of Poland', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PRI', 'Puerto Rico', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PRK', 'North Korea', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PRK', 'Korea, Democratic People''s Republic of', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PRK', 'Democratic People''s Republic of Korea', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PRT', 'Portugal', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PRT', 'Portuguese Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PRY', 'Paraguay', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PRY', 'Republic of Paraguay', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PSE', 'Palestine', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PSE', 'Palestine, State of', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PSE', 'the State of Palestine', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('PYF', 'French Polynesia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('QAT', 'Qatar', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('QAT', 'State of Qatar', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('REU', 'Réunion', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ROU', 'Romania', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('RUS', 'Russia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('RUS', 'Russian Federation', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('RWA', 'Rwanda', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('RWA', 'Rwandese Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SAU', 'Saudi Arabia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SAU', 'Kingdom of Saudi Arabia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SDN', 'Sudan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SDN', 'Republic of the Sudan', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SEN', 'Senegal', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SEN', 'Republic of Senegal', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SGP', 'Singapore', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SGP', 'Republic of Singapore', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SGS', 'South Georgia and the South Sandwich Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SHN', 'Saint Helena, Ascension and Tristan da Cunha', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SJM', 'Svalbard and Jan Mayen', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SLB', 'Solomon Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SLE', 'Sierra Leone', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SLE', 'Republic of Sierra Leone', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SLV', 'El Salvador', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SLV', 'Republic of El Salvador', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SMR', 'San Marino', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SMR', 'Republic of San Marino', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SOM', 'Somalia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SOM', 'Federal Republic of Somalia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SPM', 'Saint Pierre and Miquelon', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SRB', 'Serbia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SRB', 'Republic of Serbia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SSD', 'South Sudan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SSD', 'Republic of South Sudan', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('STP', 'Sao Tome and Principe', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('STP', 'Democratic Republic of Sao Tome and Principe', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SUR', 'Suriname', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SUR', 'Republic of Suriname', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SVK', 'Slovakia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SVK', 'Slovak Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SVN', 'Slovenia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SVN', 'Republic of Slovenia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SWE', 'Sweden', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SWE', 'Kingdom of Sweden', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SWZ', 'Eswatini', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SWZ', 'Kingdom of Eswatini', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SXM', 'Sint Maarten', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SXM', 'Sint Maarten (Dutch part)', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SYC', 'Seychelles', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SYC', 'Republic of Seychelles', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SYR', 'Syria', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('SYR', 'Syrian Arab Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TCA', 'Turks and Caicos Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TCD', 'Chad', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TCD', 'Republic of Chad', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TGO', 'Togo', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TGO', 'Togolese Republic', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('THA', 'Thailand', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('THA', 'Kingdom of Thailand', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TJK', 'Tajikistan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TJK', 'Republic of Tajikistan', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TKL', 'Tokelau', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TKM', 'Turkmenistan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TLS', 'Timor-Leste', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TLS', 'Democratic Republic of Timor-Leste', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TON', 'Tonga', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TON', 'Kingdom of Tonga', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TTO', 'Trinidad and Tobago', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TTO', 'Republic of Trinidad and Tobago', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TUN', 'Tunisia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TUN', 'Republic of Tunisia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TUR', 'Türkiye', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TUR', 'Republic of Türkiye', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TUV', 'Tuvalu', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TWN', 'Taiwan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TWN', 'Taiwan, Province of China', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TZA', 'Tanzania', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TZA', 'Tanzania, United Republic of', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('TZA', 'United Republic of Tanzania', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('UGA', 'Uganda', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('UGA', 'Republic of Uganda', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('UKR', 'Ukraine', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('UMI', 'United States Minor Outlying Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('URY', 'Uruguay', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('URY', 'Eastern Republic of Uruguay', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('USA', 'United States', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('USA', 'United States of America', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('UZB', 'Uzbekistan', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('UZB', 'Republic of Uzbekistan', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VAT', 'Vatican City', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VAT', 'Holy See (Vatican City State)', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VCT', 'Saint Vincent and the Grenadines', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VEN', 'Venezuela', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VEN', 'Venezuela, Bolivarian Republic of', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VEN', 'Bolivarian Republic of Venezuela', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VGB', 'British Virgin Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VGB', 'Virgin Islands, British', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VIR', 'United States Virgin Islands', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VIR', 'Virgin Islands, U.S.', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VIR', 'Virgin Islands of the United States', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VNM', 'Vietnam', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VNM', 'Viet Nam', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VNM', 'Socialist Republic of Viet Nam', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VUT', 'Vanuatu', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('VUT', 'Republic of Vanuatu', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('WLF', 'Wallis and Futuna', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('WSM', 'Samoa', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('WSM', 'Independent State of Samoa', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('YEM', 'Yemen', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('YEM', 'Republic of Yemen', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ZAF', 'South Africa', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ZAF', 'Republic of South Africa', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ZMB', 'Zambia', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ZMB', 'Republic of Zambia', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ZWE', 'Zimbabwe', 'name', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('ZWE', 'Republic of Zimbabwe', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 (Debian iso-codes)', true),
('AFR', 'Africa', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('ASA', 'Asia', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('BAG', 'Baghdad', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('BAL', 'Baltic states', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('BLK', 'Balkans', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('CAS', 'Central Asia', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('CAU', 'Caucasus', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('CEU', 'Central Europe', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('CFR', 'Central Africa', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('CRB', 'Caribbean', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('EAF', 'East Africa', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('EEU', 'Eastern Europe', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('EIN', 'East Indies', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('EUR', 'Europe', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('GZS', 'Gaza Strip', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('LAM', 'Latin America', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('MDT', 'Mediterranean', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('MEA', 'Middle East', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('NAF', 'North Africa', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('NMR', 'North America', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('PGS', 'Persian Gulf states', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('SAF', 'Southern Africa', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('SAM', 'South America', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('SAS', 'South Asia', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('SCN', 'Scandinavia', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('SEA', 'Southeast Asia', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('WAF', 'West Africa', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('WSB', 'West Bank', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('WST', 'the West', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('IGO', 'inter-governmental organisation', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('IMG', 'international militarised group', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('INT', 'international or transnational actor, generic', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('MNC', 'multinational corporation', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('NGM', 'non-governmental movement', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('NGO', 'non-governmental organisation', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('UIS', 'unidentified state actor', 'name', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('AGR', 'agriculture', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('AMN', 'Amnesty International', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('BUS', 'business', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('COP', 'police', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('CRM', 'criminals', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('CVL', 'civilians', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('DEV', 'development', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('EDU', 'education', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('ELI', 'elites', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('ENV', 'environment', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('GOV', 'government', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('GRP', 'Greenpeace', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('HLH', 'health', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('HRI', 'human rights', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('INS', 'insurgents', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('IRC', 'Red Cross', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('JUD', 'judiciary', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('LAB', 'labour', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('LEG', 'legislature', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('MED', 'media', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('MIL', 'military', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('MOD', 'moderates', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('OPP', 'political opposition', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('PKO', 'peacekeepers', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('PTY', 'political party', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('RAD', 'radicals', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('REB', 'rebels', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('REF', 'refugees', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('SEP', 'separatist rebels', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('SET', 'settlers', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('SPY', 'state intelligence', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('UAF', 'unaligned armed forces', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('UNO', 'United Nations', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('BUD', 'Buddhism', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('CHR', 'Christianity', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('CTH', 'Catholicism', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('DOX', 'Orthodox Christianity', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('HIN', 'Hinduism', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('JEW', 'Judaism', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('MOS', 'Islam', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('PRO', 'Protestantism', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('SHI', 'Shia Islam', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('SIK', 'Sikhism', 'role', daterange(NULL::date, NULL::date, '[]'), 'CAMEO codebook 1.1b3', true),
('USA', 'the United States', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('USA', 'US', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('USA', 'U.S.', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('USA', 'USA', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('USA', 'America', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GBR', 'Britain', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GBR', 'Great Britain', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GBR', 'UK', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GBR', 'U.K.', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GBR', 'the United Kingdom', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('RUS', 'the Russian Federation', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PRK', 'DPRK', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PRK', 'the DPRK', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PRK', 'N. Korea', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('KOR', 'Republic of Korea', 'official', daterange(NULL::date, NULL::date, '[]'), 'usage; UN member name', true),
('KOR', 'ROK', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('KOR', 'S. Korea', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CHN', 'PRC', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CHN', 'mainland China', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('TWN', 'Republic of China', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('IRN', 'Persia', 'alias', daterange(NULL::date, '1935-03-20'::date, '[]'), 'Iran''s government asked foreign states to use "Iran" from 21 March 1935', true),
('VNM', 'Viet Nam', 'alias', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1 short name', true),
('LAO', 'Lao PDR', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('TUR', 'Turkey', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage; UN registered "Türkiye" on 2022-06-01', true),
('TUR', 'Turkiye', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage (without diacritic)', true),
('CIV', 'Ivory Coast', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CIV', 'Cote d''Ivoire', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage (without diacritics)', true),
('CZE', 'Czech Republic', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage; ISO short name until 2016', true),
('MKD', 'Macedonia', 'alias', daterange(NULL::date, '2019-02-11'::date, '[]'), '"Republic of Macedonia" until the Prespa agreement took effect on 2019-02-12', true),
('MKD', 'FYROM', 'alias', daterange(NULL::date, '2019-02-11'::date, '[]'), 'UN provisional reference until 2019-02-12', true),
('MKD', 'Former Yugoslav Republic of Macedonia', 'alias', daterange(NULL::date, '2019-02-11'::date, '[]'), 'UN provisional reference until 2019-02-12', true),
('SWZ', 'Swaziland', 'alias', daterange(NULL::date, '2018-04-18'::date, '[]'), 'renamed Eswatini on 2018-04-19', true),
('MMR', 'Burma', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('COD', 'DR Congo', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('COD', 'DRC', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('COD', 'Congo-Kinshasa', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('COD', 'Zaire', 'alias', daterange('1971-10-27'::date, '1997-05-16'::date, '[]'), 'renamed Zaire on 1971-10-27, back to Democratic Republic of the Congo on 1997-05-17', true),
('COG', 'Congo-Brazzaville', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('COG', 'Congo', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PSE', 'State of Palestine', 'official', daterange(NULL::date, NULL::date, '[]'), 'UN General Assembly resolution 67/19', true),
('PSE', 'Palestinian territories', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PSE', 'Palestinian Authority', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ARE', 'UAE', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ARE', 'the Emirates', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SAU', 'Saudi', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('NLD', 'Holland', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('NLD', 'the Netherlands', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('VAT', 'Holy See', 'official', daterange(NULL::date, NULL::date, '[]'), 'ISO 3166-1', true),
('VAT', 'the Vatican', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CPV', 'Cape Verde', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('TLS', 'East Timor', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('BIH', 'Bosnia', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('DEU', 'West Germany', 'alias', daterange(NULL::date, '1990-10-02'::date, '[]'), 'usage; Germany unified on 1990-10-03', true),
('PHL', 'the Philippines', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('BHS', 'the Bahamas', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GMB', 'the Gambia', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SUN', 'Soviet Union', 'name', daterange(NULL::date, '1991-12-25'::date, '[]'), 'ceased to exist by the Soviet of the Republics'' declaration 142-N of 1991-12-26', true),
('SUN', 'USSR', 'alias', daterange(NULL::date, '1991-12-25'::date, '[]'), 'same', true),
('SUN', 'Union of Soviet Socialist Republics', 'official', daterange(NULL::date, '1991-12-25'::date, '[]'), 'same', true),
('DDR', 'East Germany', 'name', daterange(NULL::date, '1990-10-02'::date, '[]'), 'acceded to the Federal Republic on 1990-10-03', true),
('DDR', 'German Democratic Republic', 'official', daterange(NULL::date, '1990-10-02'::date, '[]'), 'same', true),
('DDR', 'GDR', 'alias', daterange(NULL::date, '1990-10-02'::date, '[]'), 'same', true),
('CSK', 'Czechoslovakia', 'name', daterange(NULL::date, '1992-12-31'::date, '[]'), 'dissolved on 1993-01-01', true),
('YUG', 'Yugoslavia', 'name', daterange(NULL::date, '2003-02-03'::date, '[]'), 'SFR Yugoslavia to 1992-04-27, FR Yugoslavia to its renaming as Serbia and Montenegro on 2003-02-04', true),
('SCG', 'Serbia and Montenegro', 'name', daterange('2003-02-04'::date, '2006-06-03'::date, '[]'), 'state union of 2003-02-04; Montenegro declared independence on 2006-06-03', true),
('KSV', 'Kosovo', 'name', daterange('2008-02-17'::date, NULL::date, '[]'), 'declaration of independence of 2008-02-17 (code as used by CAMEO)', true),
('EU', 'European Union', 'name', daterange('1993-11-01'::date, NULL::date, '[]'), 'Maastricht Treaty in force 1993-11-01', true),
('EU', 'EU', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('EU', 'European Communities', 'alias', daterange(NULL::date, '1993-10-31'::date, '[]'), 'name before the Maastricht Treaty', true),
('EU', 'European Economic Community', 'alias', daterange(NULL::date, '1993-10-31'::date, '[]'), 'Treaty of Rome, in force 1958-01-01', true),
('EU', 'EEC', 'alias', daterange(NULL::date, '1993-10-31'::date, '[]'), 'same', true),
('EU', 'the European Union', 'alias', daterange('1993-11-01'::date, NULL::date, '[]'), 'usage', true),
('EU', 'Brussels', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage, as metonym for the EU institutions', true),
('UN', 'United Nations', 'name', daterange('1945-10-24'::date, NULL::date, '[]'), 'UN Charter in force 1945-10-24', true),
('UN', 'UN', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('UN', 'U.N.', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('UN', 'the United Nations', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('UNSC', 'UN Security Council', 'name', daterange('1945-10-24'::date, NULL::date, '[]'), 'UN Charter, chapter V', true),
('UNSC', 'United Nations Security Council', 'official', daterange(NULL::date, NULL::date, '[]'), 'UN Charter, chapter V', true),
('UNSC', 'Security Council', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('UNSC', 'the Security Council', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('UNSC', 'U.N. Security Council', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('UNGA', 'UN General Assembly', 'name', daterange('1945-10-24'::date, NULL::date, '[]'), 'UN Charter, chapter IV', true),
('UNGA', 'United Nations General Assembly', 'official', daterange(NULL::date, NULL::date, '[]'), 'UN Charter, chapter IV', true),
('UNGA', 'General Assembly', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('UNHRC', 'UN Human Rights Council', 'name', daterange('2006-06-19'::date, NULL::date, '[]'), 'UN General Assembly resolution 60/251', true),
('IAEA', 'International Atomic Energy Agency', 'name', daterange('1957-07-29'::date, NULL::date, '[]'), 'IAEA Statute in force 1957-07-29', true),
('IAEA', 'IAEA', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('WHO', 'World Health Organization', 'name', daterange('1948-04-07'::date, NULL::date, '[]'), 'WHO Constitution in force 1948-04-07', true),
('WTO', 'World Trade Organization', 'name', daterange('1995-01-01'::date, NULL::date, '[]'), 'Marrakesh Agreement in force 1995-01-01', true),
('IMF', 'International Monetary Fund', 'name', daterange('1945-12-27'::date, NULL::date, '[]'), 'Articles of Agreement in force 1945-12-27', true),
('ICC', 'International Criminal Court', 'name', daterange('2002-07-01'::date, NULL::date, '[]'), 'Rome Statute in force 2002-07-01', true),
('ICJ', 'International Court of Justice', 'name', daterange('1945-10-24'::date, NULL::date, '[]'), 'UN Charter, chapter XIV', true),
('NATO', 'NATO', 'name', daterange('1949-08-24'::date, NULL::date, '[]'), 'North Atlantic Treaty in force 1949-08-24', true),
('NATO', 'North Atlantic Treaty Organization', 'official', daterange('1949-08-24'::date, NULL::date, '[]'), 'same', true),
('NATO', 'the Atlantic Alliance', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('NATO', 'Atlantic Alliance', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('NATO', 'the Alliance', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('NATO', 'North Atlantic Council', 'alias', daterange(NULL::date, NULL::date, '[]'), 'NATO''s principal decision-making body', true),
('NATO', 'the North Atlantic Council', 'alias', daterange(NULL::date, NULL::date, '[]'), 'same', true),
('G7', 'G7', 'name', daterange('1975-11-15'::date, NULL::date, '[]'), 'first summit, Rambouillet, 15-17 November 1975 (as G6; Canada from 1976)', true),
('G7', 'Group of Seven', 'official', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('G7', 'the Group of Seven', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('G7', 'Big Seven', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('G7', 'the Big Seven', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('G7', 'G-7', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('G8', 'G8', 'name', daterange('1997-06-20'::date, '2014-03-24'::date, '[]'), 'Denver summit 1997 (Russia as full participant); G7 leaders'' Hague declaration of 2014-03-24', true),
('G8', 'Group of Eight', 'official', daterange('1997-06-20'::date, '2014-03-24'::date, '[]'), 'same', true),
('G8', 'G-8', 'alias', daterange('1997-06-20'::date, '2014-03-24'::date, '[]'), 'same', true),
('G20', 'G20', 'name', daterange('1999-09-25'::date, NULL::date, '[]'), 'G7 finance ministers'' communiqué of 1999-09-25; first meeting Berlin 1999-12-15', true),
('G20', 'Group of Twenty', 'official', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('G20', 'G-20', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ASEAN', 'ASEAN', 'name', daterange('1967-08-08'::date, NULL::date, '[]'), 'Bangkok Declaration of 1967-08-08', true),
('ASEAN', 'Association of Southeast Asian Nations', 'official', daterange('1967-08-08'::date, NULL::date, '[]'), 'same', true),
('AU', 'African Union', 'name', daterange('2002-07-09'::date, NULL::date, '[]'), 'launched at the Durban summit, 2002-07-09', true),
('AU', 'AU', 'alias', daterange('2002-07-09'::date, NULL::date, '[]'), 'usage', true),
('OAU', 'Organisation of African Unity', 'name', daterange('1963-05-25'::date, '2002-07-08'::date, '[]'), 'OAU Charter of 1963-05-25; replaced by the AU', true),
('BRICS', 'BRICS', 'name', daterange('2009-06-16'::date, NULL::date, '[]'), 'first BRIC summit, Yekaterinburg, 2009-06-16 (South Africa from 2010-12-24)', true),
('SCO', 'Shanghai Cooperation Organisation', 'name', daterange('2001-06-15'::date, NULL::date, '[]'), 'Declaration on the Establishment of the SCO, 2001-06-15', true),
('SCO', 'SCO', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CSTO', 'Collective Security Treaty Organization', 'name', daterange('2002-10-07'::date, NULL::date, '[]'), 'CSTO Charter signed 2002-10-07', true),
('CSTO', 'CSTO', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GCC', 'Gulf Cooperation Council', 'name', daterange('1981-05-25'::date, NULL::date, '[]'), 'founded at Abu Dhabi, 1981-05-25', true),
('GCC', 'GCC', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GCC', 'Cooperation Council for the Arab States of the Gulf', 'official', daterange('1981-05-25'::date, NULL::date, '[]'), 'same', true),
('OPEC', 'OPEC', 'name', daterange('1960-09-14'::date, NULL::date, '[]'), 'Baghdad conference, 1960-09-14', true),
('OPEC', 'Organization of the Petroleum Exporting Countries', 'official', daterange('1960-09-14'::date, NULL::date, '[]'), 'same', true),
('QUAD', 'Quad', 'name', daterange(NULL::date, NULL::date, '[]'), 'usage; first Quadrilateral Security Dialogue meeting in Manila, May 2007', true),
('QUAD', 'the Quad', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('QUAD', 'Quadrilateral Security Dialogue', 'official', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('AUKUS', 'AUKUS', 'name', daterange('2021-09-15'::date, NULL::date, '[]'), 'joint leaders'' statement of 2021-09-15', true),
('FVEY', 'Five Eyes', 'name', daterange('1946-03-05'::date, NULL::date, '[]'), 'UKUSA Agreement signed 1946-03-05', true),
('FVEY', 'the Five Eyes', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('E3', 'E3', 'name', daterange('2003-10-21'::date, NULL::date, '[]'), 'joint visit of the British, French and German foreign ministers to Tehran, 2003-10-21', true),
('E3', 'the E3', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ARL', 'Arab League', 'name', daterange('1945-03-22'::date, NULL::date, '[]'), 'Pact of the League of Arab States, 1945-03-22', true),
('ARL', 'the Arab League', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ARL', 'League of Arab States', 'official', daterange('1945-03-22'::date, NULL::date, '[]'), 'same', true),
('OSCE', 'OSCE', 'name', daterange('1995-01-01'::date, NULL::date, '[]'), 'CSCE renamed OSCE by the Budapest summit decision, in force 1995-01-01', true),
('OSCE', 'Organization for Security and Co-operation in Europe', 'official', daterange('1995-01-01'::date, NULL::date, '[]'), 'same', true),
('OSCE', 'CSCE', 'alias', daterange(NULL::date, '1994-12-31'::date, '[]'), 'Conference on Security and Co-operation in Europe; renamed OSCE from 1995-01-01', true),
('ECOWAS', 'ECOWAS', 'name', daterange('1975-05-28'::date, NULL::date, '[]'), 'Treaty of Lagos, 1975-05-28', true),
('ECOWAS', 'Economic Community of West African States', 'official', daterange('1975-05-28'::date, NULL::date, '[]'), 'same', true),
('CIS', 'Commonwealth of Independent States', 'name', daterange('1991-12-08'::date, NULL::date, '[]'), 'Belovezha Accords, 1991-12-08', true),
('CIS', 'CIS', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('OIC', 'Organisation of Islamic Cooperation', 'name', daterange('2011-06-28'::date, NULL::date, '[]'), 'renamed from Organisation of the Islamic Conference on 2011-06-28', true),
('OIC', 'Organisation of the Islamic Conference', 'alias', daterange('1969-09-25'::date, '2011-06-27'::date, '[]'), 'Rabat summit, 1969-09-25', true),
('OIC', 'OIC', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MIKTA', 'MIKTA', 'name', daterange('2013-09-25'::date, NULL::date, '[]'), 'first foreign ministers'' meeting, New York, 2013-09-25', true),
('OAS', 'Organization of American States', 'name', daterange('1948-04-30'::date, NULL::date, '[]'), 'OAS Charter signed 1948-04-30', true),
('OAS', 'OAS', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('COE', 'Council of Europe', 'name', daterange('1949-05-05'::date, NULL::date, '[]'), 'Treaty of London, 1949-05-05', true),
('EAEU', 'Eurasian Economic Union', 'name', daterange('2015-01-01'::date, NULL::date, '[]'), 'Treaty on the EAEU in force 2015-01-01', true),
('SADC', 'Southern African Development Community', 'name', daterange('1992-08-17'::date, NULL::date, '[]'), 'Windhoek Treaty, 1992-08-17', true),
('IGAD', 'Intergovernmental Authority on Development', 'name', daterange('1996-03-21'::date, NULL::date, '[]'), 'IGAD agreement, 1996-03-21', true),
('MERCOSUR', 'Mercosur', 'name', daterange('1991-03-26'::date, NULL::date, '[]'), 'Treaty of Asuncion, 1991-03-26', true),
('OECD', 'OECD', 'name', daterange('1961-09-30'::date, NULL::date, '[]'), 'OECD Convention in force 1961-09-30', true),
('APEC', 'APEC', 'name', daterange('1989-11-06'::date, NULL::date, '[]'), 'first ministerial meeting, Canberra, 1989-11-06', true),
('CELAC', 'CELAC', 'name', daterange('2011-12-03'::date, NULL::date, '[]'), 'Caracas summit, 2011-12-03', true),
('EU', 'European Council', 'alias', daterange('2009-12-01'::date, NULL::date, '[]'), 'Treaty of Lisbon (in force 2009-12-01) made it an EU institution', true),
('EU', 'European Commission', 'alias', daterange('1993-11-01'::date, NULL::date, '[]'), 'the EU''s executive (Merger Treaty 1967; EU from 1993-11-01)', true),
('EU', 'High Representative of the European Union', 'alias', daterange('2009-12-01'::date, NULL::date, '[]'), 'Treaty of Lisbon, art. 18 TEU', true),
('EU', 'EU High Representative', 'alias', daterange('2009-12-01'::date, NULL::date, '[]'), 'same', true),
('NATO', 'NATO Secretary General', 'alias', daterange('1952-03-12'::date, NULL::date, '[]'), 'first Secretary General took office 1952-03-12', true),
('UNSC', 'the UN Security Council', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('UNSC', 'the U.N. Security Council', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('UNSC', 'UNSC', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('G7', 'the G7', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('G7', 'G7 countries', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('G20', 'the G20', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('E3', 'the E3 countries', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('USA', 'American', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GBR', 'British', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('FRA', 'French', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('DEU', 'German', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ITA', 'Italian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('JPN', 'Japanese', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CAN', 'Canadian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('RUS', 'Russian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CHN', 'Chinese', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PRK', 'North Korean', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('KOR', 'South Korean', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('UKR', 'Ukrainian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('IRN', 'Iranian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ISR', 'Israeli', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PSE', 'Palestinian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SYR', 'Syrian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('IRQ', 'Iraqi', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('TUR', 'Turkish', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('EGY', 'Egyptian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ARE', 'Emirati', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('QAT', 'Qatari', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('IND', 'Indian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PAK', 'Pakistani', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('AFG', 'Afghan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('AUS', 'Australian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('BRA', 'Brazilian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ARG', 'Argentine', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ARG', 'Argentinian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MEX', 'Mexican', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('VEN', 'Venezuelan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('COL', 'Colombian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CHL', 'Chilean', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CUB', 'Cuban', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ESP', 'Spanish', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('POL', 'Polish', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('NLD', 'Dutch', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('BEL', 'Belgian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SWE', 'Swedish', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('FIN', 'Finnish', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('NOR', 'Norwegian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('DNK', 'Danish', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GRC', 'Greek', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('HUN', 'Hungarian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CZE', 'Czech', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ROU', 'Romanian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('BGR', 'Bulgarian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SRB', 'Serbian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ARM', 'Armenian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('AZE', 'Azerbaijani', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('BLR', 'Belarusian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('KAZ', 'Kazakh', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('TWN', 'Taiwanese', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('VNM', 'Vietnamese', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('THA', 'Thai', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('IDN', 'Indonesian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MYS', 'Malaysian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PHL', 'Philippine', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('NGA', 'Nigerian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ETH', 'Ethiopian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('KEN', 'Kenyan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ZAF', 'South African', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SDN', 'Sudanese', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('LBY', 'Libyan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('LBN', 'Lebanese', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('JOR', 'Jordanian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('YEM', 'Yemeni', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SOM', 'Somali', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MLI', 'Malian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('RWA', 'Rwandan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MAR', 'Moroccan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('DZA', 'Algerian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('TUN', 'Tunisian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CHE', 'Swiss', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('AUT', 'Austrian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('IRL', 'Irish', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PRT', 'Portuguese', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('EST', 'Estonian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('LVA', 'Latvian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('LTU', 'Lithuanian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MDA', 'Moldovan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SVK', 'Slovak', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('HRV', 'Croatian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ALB', 'Albanian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MNG', 'Mongolian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('BGD', 'Bangladeshi', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('LKA', 'Sri Lankan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SAU', 'Saudi Arabian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('USA', 'Washington', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of the federal government', true),
('USA', 'the White House', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of the President of the United States', true),
('USA', 'the State Department', 'capital', daterange(NULL::date, NULL::date, '[]'), 'US Department of State', true),
('USA', 'the Pentagon', 'capital', daterange(NULL::date, NULL::date, '[]'), 'US Department of Defense', true),
('GBR', 'London', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('GBR', 'Downing Street', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of the Prime Minister', true),
('GBR', 'the Foreign Office', 'capital', daterange(NULL::date, NULL::date, '[]'), 'Foreign, Commonwealth and Development Office', true),
('FRA', 'Paris', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('FRA', 'the Elysee', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of the President of France', true),
('DEU', 'Berlin', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government since 1999', true),
('ITA', 'Rome', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('JPN', 'Tokyo', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('CAN', 'Ottawa', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('RUS', 'Moscow', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('RUS', 'the Kremlin', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of the President of Russia', true),
('RUS', 'Kremlin', 'capital', daterange(NULL::date, NULL::date, '[]'), 'same', true),
('CHN', 'Beijing', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('PRK', 'Pyongyang', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('KOR', 'Seoul', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('UKR', 'Kyiv', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('UKR', 'Kiev', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government (older spelling)', true),
('IRN', 'Tehran', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('SYR', 'Damascus', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('IRQ', 'Baghdad', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('TUR', 'Ankara', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('EGY', 'Cairo', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('SAU', 'Riyadh', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('IND', 'New Delhi', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('PAK', 'Islamabad', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('AFG', 'Kabul', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('AUS', 'Canberra', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('BRA', 'Brasilia', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('VEN', 'Caracas', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('CUB', 'Havana', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('ESP', 'Madrid', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('POL', 'Warsaw', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('BLR', 'Minsk', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('GEO', 'Tbilisi', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('TWN', 'Taipei', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('VNM', 'Hanoi', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('PHL', 'Manila', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('IDN', 'Jakarta', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('NGA', 'Abuja', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('QAT', 'Doha', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('ARE', 'Abu Dhabi', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('LBN', 'Beirut', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('JOR', 'Amman', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('SDN', 'Khartoum', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('KEN', 'Nairobi', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('RUS.GOV', 'Vladimir Putin', 'leader', daterange('1999-08-16'::date, NULL::date, '[]'), 'Prime Minister from 1999-08-16, President 2000-05-07 to 2008-05-07 and from 2012-05-07, Prime Minister in between', true),
('RUS.GOV', 'Putin', 'leader', daterange('1999-08-16'::date, NULL::date, '[]'), 'same', true),
('RUS.GOV', 'Sergey Lavrov', 'leader', daterange('2004-03-09'::date, NULL::date, '[]'), 'Minister of Foreign Affairs since 2004-03-09', true),
('RUS.GOV', 'Lavrov', 'leader', daterange('2004-03-09'::date, NULL::date, '[]'), 'same', true),
('RUS.GOV', 'Dmitry Peskov', 'leader', daterange('2012-05-22'::date, NULL::date, '[]'), 'Press Secretary of the President since 2012-05-22', true),
('RUS.GOV', 'Peskov', 'leader', daterange('2012-05-22'::date, NULL::date, '[]'), 'same', true),
('PRK.GOV', 'Kim Jong-un', 'leader', daterange('2011-12-17'::date, NULL::date, '[]'), 'leader of North Korea since the death of Kim Jong-il, 2011-12-17', true),
('PRK.GOV', 'Kim Jong Un', 'leader', daterange('2011-12-17'::date, NULL::date, '[]'), 'same', true),
('UKR.GOV', 'Volodymyr Zelenskyy', 'leader', daterange('2019-05-20'::date, NULL::date, '[]'), 'President of Ukraine since 2019-05-20', true),
('UKR.GOV', 'Zelenskyy', 'leader', daterange('2019-05-20'::date, NULL::date, '[]'), 'same', true),
('UKR.GOV', 'Zelensky', 'leader', daterange('2019-05-20'::date, NULL::date, '[]'), 'same', true),
('CHN.GOV', 'Xi Jinping', 'leader', daterange('2012-11-15'::date, NULL::date, '[]'), 'General Secretary of the Communist Party since 2012-11-15, President since 2013-03-14', true),
('CHN.GOV', 'Wang Yi', 'leader', daterange('2013-03-16'::date, NULL::date, '[]'), 'Minister of Foreign Affairs 2013-03-16 to 2022-12-30 and from 2023-07-25, director of the party''s foreign affairs office in between', true),
('USA.GOV', 'Joe Biden', 'leader', daterange('2021-01-20'::date, '2025-01-19'::date, '[]'), 'President of the United States 2021-01-20 to 2025-01-20', true),
('USA.GOV', 'Biden', 'leader', daterange('2021-01-20'::date, '2025-01-19'::date, '[]'), 'same', true),
('USA.GOV', 'Donald Trump', 'leader', daterange('2017-01-20'::date, '2021-01-19'::date, '[]'), 'President of the United States 2017-01-20 to 2021-01-20', true),
('USA.GOV', 'Trump', 'leader', daterange('2017-01-20'::date, '2021-01-19'::date, '[]'), 'same', true),
('USA.GOV', 'Donald Trump', 'leader', daterange('2025-01-20'::date, NULL::date, '[]'), 'President of the United States since 2025-01-20', true),
('USA.GOV', 'Trump', 'leader', daterange('2025-01-20'::date, NULL::date, '[]'), 'same', true),
('USA.GOV', 'Antony Blinken', 'leader', daterange('2021-01-26'::date, '2025-01-20'::date, '[]'), 'Secretary of State 2021-01-26 to 2025-01-20', true),
('USA.GOV', 'Blinken', 'leader', daterange('2021-01-26'::date, '2025-01-20'::date, '[]'), 'same', true),
('USA.GOV', 'Marco Rubio', 'leader', daterange('2025-01-21'::date, NULL::date, '[]'), 'Secretary of State since 2025-01-21', true),
('USA.GOV', 'Rubio', 'leader', daterange('2025-01-21'::date, NULL::date, '[]'), 'same', true),
('GBR.GOV', 'Rishi Sunak', 'leader', daterange('2022-10-25'::date, '2024-07-04'::date, '[]'), 'Prime Minister 2022-10-25 to 2024-07-05', true),
('GBR.GOV', 'Keir Starmer', 'leader', daterange('2024-07-05'::date, NULL::date, '[]'), 'Prime Minister since 2024-07-05', true),
('GBR.GOV', 'Starmer', 'leader', daterange('2024-07-05'::date, NULL::date, '[]'), 'same', true),
('GBR.GOV', 'David Lammy', 'leader', daterange('2024-07-05'::date, '2025-09-04'::date, '[]'), 'Foreign Secretary 2024-07-05 to 2025-09-05', true),
('GBR.GOV', 'Lammy', 'leader', daterange('2024-07-05'::date, '2025-09-04'::date, '[]'), 'same', true),
('FRA.GOV', 'Emmanuel Macron', 'leader', daterange('2017-05-14'::date, NULL::date, '[]'), 'President of France since 2017-05-14', true),
('FRA.GOV', 'Macron', 'leader', daterange('2017-05-14'::date, NULL::date, '[]'), 'same', true),
('DEU.GOV', 'Olaf Scholz', 'leader', daterange('2021-12-08'::date, '2025-05-05'::date, '[]'), 'Chancellor 2021-12-08 to 2025-05-06', true),
('DEU.GOV', 'Scholz', 'leader', daterange('2021-12-08'::date, '2025-05-05'::date, '[]'), 'same', true),
('DEU.GOV', 'Friedrich Merz', 'leader', daterange('2025-05-06'::date, NULL::date, '[]'), 'Chancellor since 2025-05-06', true),
('DEU.GOV', 'Merz', 'leader', daterange('2025-05-06'::date, NULL::date, '[]'), 'same', true),
('CAN.GOV', 'Justin Trudeau', 'leader', daterange('2015-11-04'::date, '2025-03-13'::date, '[]'), 'Prime Minister 2015-11-04 to 2025-03-14', true),
('CAN.GOV', 'Trudeau', 'leader', daterange('2015-11-04'::date, '2025-03-13'::date, '[]'), 'same', true),
('CAN.GOV', 'Melanie Joly', 'leader', daterange('2021-10-26'::date, '2025-05-12'::date, '[]'), 'Minister of Foreign Affairs 2021-10-26 to 2025-05-13', true),
('CAN.GOV', 'Joly', 'leader', daterange('2021-10-26'::date, '2025-05-12'::date, '[]'), 'same', true),
('TUR.GOV', 'Recep Tayyip Erdogan', 'leader', daterange('2003-03-14'::date, NULL::date, '[]'), 'Prime Minister 2003-03-14 to 2014-08-28, President since 2014-08-28', true),
('TUR.GOV', 'Erdogan', 'leader', daterange('2003-03-14'::date, NULL::date, '[]'), 'same', true),
('ISR.GOV', 'Benjamin Netanyahu', 'leader', daterange('2009-03-31'::date, '2021-06-12'::date, '[]'), 'Prime Minister 2009-03-31 to 2021-06-13', true),
('ISR.GOV', 'Netanyahu', 'leader', daterange('2009-03-31'::date, '2021-06-12'::date, '[]'), 'same', true),
('ISR.GOV', 'Benjamin Netanyahu', 'leader', daterange('2022-12-29'::date, NULL::date, '[]'), 'Prime Minister since 2022-12-29', true),
('ISR.GOV', 'Netanyahu', 'leader', daterange('2022-12-29'::date, NULL::date, '[]'), 'same', true),
('VEN.GOV', 'Nicolas Maduro', 'leader', daterange('2013-03-05'::date, NULL::date, '[]'), 'acting President from 2013-03-05, sworn in 2013-04-19 (end of term not recorded)', true),
('VEN.GOV', 'Maduro', 'leader', daterange('2013-03-05'::date, NULL::date, '[]'), 'same', true),
('IRN.GOV', 'Ali Khamenei', 'leader', daterange('1989-06-04'::date, NULL::date, '[]'), 'Supreme Leader since 1989-06-04', true),
('IRN.GOV', 'Khamenei', 'leader', daterange('1989-06-04'::date, NULL::date, '[]'), 'same', true),
('SYR.GOV', 'Bashar al-Assad', 'leader', daterange('2000-07-17'::date, '2024-12-08'::date, '[]'), 'President 2000-07-17 until he fled on 2024-12-08', true),
('SYR.GOV', 'Assad', 'leader', daterange('2000-07-17'::date, '2024-12-08'::date, '[]'), 'same', true),
('IND.GOV', 'Narendra Modi', 'leader', daterange('2014-05-26'::date, NULL::date, '[]'), 'Prime Minister since 2014-05-26', true),
('IND.GOV', 'Modi', 'leader', daterange('2014-05-26'::date, NULL::date, '[]'), 'same', true),
('JPN.GOV', 'Fumio Kishida', 'leader', daterange('2021-10-04'::date, '2024-09-30'::date, '[]'), 'Prime Minister 2021-10-04 to 2024-10-01', true),
('JPN.GOV', 'Kishida', 'leader', daterange('2021-10-04'::date, '2024-09-30'::date, '[]'), 'same', true),
('JPN.GOV', 'Shigeru Ishiba', 'leader', daterange('2024-10-01'::date, '2025-10-20'::date, '[]'), 'Prime Minister 2024-10-01 to 2025-10-21', true),
('KOR.GOV', 'Yoon Suk Yeol', 'leader', daterange('2022-05-10'::date, '2025-04-03'::date, '[]'), 'President 2022-05-10, removed by the Constitutional Court on 2025-04-04', true),
('KOR.GOV', 'Lee Jae-myung', 'leader', daterange('2025-06-04'::date, NULL::date, '[]'), 'President since 2025-06-04', true),
('UN', 'Antonio Guterres', 'leader', daterange('2017-01-01'::date, NULL::date, '[]'), 'UN Secretary-General since 2017-01-01', true),
('UN', 'Guterres', 'leader', daterange('2017-01-01'::date, NULL::date, '[]'), 'same', true),
('NATO', 'Jens Stoltenberg', 'leader', daterange('2014-10-01'::date, '2024-09-30'::date, '[]'), 'NATO Secretary General 2014-10-01 to 2024-10-01', true),
('NATO', 'Stoltenberg', 'leader', daterange('2014-10-01'::date, '2024-09-30'::date, '[]'), 'same', true),
('NATO', 'Mark Rutte', 'leader', daterange('2024-10-01'::date, NULL::date, '[]'), 'NATO Secretary General since 2024-10-01', true),
('EU', 'Ursula von der Leyen', 'leader', daterange('2019-12-01'::date, NULL::date, '[]'), 'President of the European Commission since 2019-12-01', true),
('EU', 'von der Leyen', 'leader', daterange('2019-12-01'::date, NULL::date, '[]'), 'same', true),
('EU', 'Josep Borrell', 'leader', daterange('2019-12-01'::date, '2024-11-30'::date, '[]'), 'EU High Representative 2019-12-01 to 2024-11-30', true),
('EU', 'Kaja Kallas', 'leader', daterange('2024-12-01'::date, NULL::date, '[]'), 'EU High Representative since 2024-12-01', true),
('BLR.GOV', 'Alexander Lukashenko', 'leader', daterange('1994-07-20'::date, NULL::date, '[]'), 'President of Belarus since 1994-07-20', true),
('BLR.GOV', 'Lukashenko', 'leader', daterange('1994-07-20'::date, NULL::date, '[]'), 'same', true),
('HTI', 'Haitian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PER', 'Peruvian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ECU', 'Ecuadorian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('BOL', 'Bolivian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('NIC', 'Nicaraguan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GTM', 'Guatemalan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('HND', 'Honduran', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SLV', 'Salvadoran', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PAN', 'Panamanian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('URY', 'Uruguayan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('PRY', 'Paraguayan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('DOM', 'Dominican', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('JAM', 'Jamaican', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GEO', 'Georgian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('UZB', 'Uzbek', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('KGZ', 'Kyrgyz', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('TJK', 'Tajik', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('TKM', 'Turkmen', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('AZE', 'Azeri', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('KHM', 'Cambodian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('LAO', 'Laotian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SGP', 'Singaporean', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('NPL', 'Nepalese', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('BTN', 'Bhutanese', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MDV', 'Maldivian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('OMN', 'Omani', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('KWT', 'Kuwaiti', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('BHR', 'Bahraini', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ERI', 'Eritrean', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('DJI', 'Djiboutian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SSD', 'South Sudanese', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('TCD', 'Chadian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('NER', 'Nigerien', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('BFA', 'Burkinabe', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SEN', 'Senegalese', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('GHA', 'Ghanaian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CMR', 'Cameroonian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('UGA', 'Ugandan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('TZA', 'Tanzanian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ZWE', 'Zimbabwean', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ZMB', 'Zambian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MOZ', 'Mozambican', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('AGO', 'Angolan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('NAM', 'Namibian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('BWA', 'Botswanan', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MDG', 'Malagasy', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('CYP', 'Cypriot', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MLT', 'Maltese', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ISL', 'Icelandic', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('LUX', 'Luxembourgish', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('SVN', 'Slovenian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MNE', 'Montenegrin', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('MKD', 'North Macedonian', 'adjective', daterange('2019-02-12'::date, NULL::date, '[]'), 'usage; the state''s name since the Prespa agreement', true),
('BIH', 'Bosnian', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('KSV', 'Kosovan', 'adjective', daterange('2008-02-17'::date, NULL::date, '[]'), 'usage', true),
('NZL', 'New Zealander', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('HOUTHIS', 'Houthis', 'name', daterange(NULL::date, NULL::date, '[]'), 'usage; Ansar Allah, Yemen', true),
('HOUTHIS', 'the Houthis', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('HOUTHIS', 'Houthi', 'adjective', daterange(NULL::date, NULL::date, '[]'), 'usage ("Houthi rebels", "Houthi targets")', true),
('HOUTHIS', 'Ansar Allah', 'official', daterange(NULL::date, NULL::date, '[]'), 'the movement''s own name', true),
('M23', 'M23', 'name', daterange(NULL::date, NULL::date, '[]'), 'usage; March 23 Movement, eastern DR Congo', true),
('M23', 'March 23 Movement', 'official', daterange(NULL::date, NULL::date, '[]'), 'named after the peace agreement of 23 March 2009', true),
('HAMAS', 'Hamas', 'name', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('HEZBOLLA', 'Hezbollah', 'name', daterange(NULL::date, NULL::date, '[]'), 'usage; Lebanon', true),
('TALIBAN', 'Taliban', 'name', daterange(NULL::date, NULL::date, '[]'), 'usage; Afghanistan', true),
('TALIBAN', 'the Taliban', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ISIS', 'Islamic State', 'name', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ISIS', 'ISIS', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ISIS', 'ISIL', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ISIS', 'Daesh', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('ALSHABAB', 'al-Shabaab', 'name', daterange(NULL::date, NULL::date, '[]'), 'usage; Somalia', true),
('ALSHABAB', 'Al-Shabaab', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('RSF', 'Rapid Support Forces', 'name', daterange(NULL::date, NULL::date, '[]'), 'usage; Sudan', true),
('RSF', 'RSF', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('WAGNER', 'Wagner Group', 'name', daterange(NULL::date, NULL::date, '[]'), 'usage; Russian private military company', true),
('WAGNER', 'Wagner', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage', true),
('EU', 'Borrell', 'leader', daterange('2019-12-01'::date, '2024-11-30'::date, '[]'), 'EU High Representative 2019-12-01 to 2024-11-30', true),
('EU', 'Kallas', 'leader', daterange('2024-12-01'::date, NULL::date, '[]'), 'EU High Representative since 2024-12-01', true),
('NLD.GOV', 'Mark Rutte', 'leader', daterange('2010-10-14'::date, '2024-07-01'::date, '[]'), 'Prime Minister of the Netherlands 2010-10-14 to 2024-07-02', true),
('NLD.GOV', 'Rutte', 'leader', daterange('2010-10-14'::date, '2024-07-01'::date, '[]'), 'same', true),
('NATO', 'Rutte', 'leader', daterange('2024-10-01'::date, NULL::date, '[]'), 'NATO Secretary General since 2024-10-01', true),
('CHN.GOV', 'President Xi', 'leader', daterange('2013-03-14'::date, NULL::date, '[]'), 'President of China since 2013-03-14', true),
('CHN.GOV', 'Xi', 'leader', daterange('2012-11-15'::date, NULL::date, '[]'), 'General Secretary since 2012-11-15', true),
('UN', 'UN Secretary-General', 'alias', daterange(NULL::date, NULL::date, '[]'), 'the Secretary-General speaks for the UN (UN Charter, art. 97-99)', true),
('UN', 'U.N. Secretary-General', 'alias', daterange(NULL::date, NULL::date, '[]'), 'same', true),
('UN', 'United Nations Secretary-General', 'alias', daterange(NULL::date, NULL::date, '[]'), 'same', true),
('UN', 'UN chief', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage (newsrooms)', true),
('UN', 'U.N. chief', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage (newsrooms)', true),
('AUS.GOV', 'Scott Morrison', 'leader', daterange('2018-08-24'::date, '2022-05-22'::date, '[]'), 'Prime Minister of Australia 2018-08-24 to 2022-05-23', true),
('AUS.GOV', 'Anthony Albanese', 'leader', daterange('2022-05-23'::date, NULL::date, '[]'), 'Prime Minister of Australia since 2022-05-23', true),
('JPN.GOV', 'Yoshihide Suga', 'leader', daterange('2020-09-16'::date, '2021-10-03'::date, '[]'), 'Prime Minister of Japan 2020-09-16 to 2021-10-04', true),
('JPN.GOV', 'Shinzo Abe', 'leader', daterange('2012-12-26'::date, '2020-09-15'::date, '[]'), 'Prime Minister of Japan 2012-12-26 to 2020-09-16', true),
('NATO', 'NATO Allies', 'alias', daterange(NULL::date, NULL::date, '[]'), 'usage in NATO texts', true),
('SRB', 'Belgrade', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('KSV', 'Pristina', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('MKD', 'Skopje', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('BIH', 'Sarajevo', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('ALB', 'Tirana', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('MNE', 'Podgorica', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('HRV', 'Zagreb', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('SVN', 'Ljubljana', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('HUN', 'Budapest', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('ROU', 'Bucharest', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('GRC', 'Athens', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('CZE', 'Prague', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('SVK', 'Bratislava', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('LTU', 'Vilnius', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('LVA', 'Riga', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('EST', 'Tallinn', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('FIN', 'Helsinki', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('SWE', 'Stockholm', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('NOR', 'Oslo', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('DNK', 'Copenhagen', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('IRL', 'Dublin', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('MDA', 'Chisinau', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('AZE', 'Baku', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('ARM', 'Yerevan', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('UZB', 'Tashkent', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('KGZ', 'Bishkek', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('TJK', 'Dushanbe', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('MNG', 'Ulaanbaatar', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('NPL', 'Kathmandu', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('BGD', 'Dhaka', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('LKA', 'Colombo', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('THA', 'Bangkok', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('MYS', 'Kuala Lumpur', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('KHM', 'Phnom Penh', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('LAO', 'Vientiane', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('NZL', 'Wellington', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('MEX', 'Mexico City', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('COL', 'Bogota', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('ARG', 'Buenos Aires', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('ECU', 'Quito', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('URY', 'Montevideo', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('NIC', 'Managua', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('HTI', 'Port-au-Prince', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('MAR', 'Rabat', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('DZA', 'Algiers', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('TUN', 'Tunis', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('SSD', 'Juba', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('ETH', 'Addis Ababa', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('ERI', 'Asmara', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('SOM', 'Mogadishu', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('UGA', 'Kampala', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('RWA', 'Kigali', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('COD', 'Kinshasa', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('AGO', 'Luanda', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('ZMB', 'Lusaka', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('ZWE', 'Harare', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('MOZ', 'Maputo', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('ZAF', 'Pretoria', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('GHA', 'Accra', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('SEN', 'Dakar', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('MLI', 'Bamako', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('NER', 'Niamey', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('BFA', 'Ouagadougou', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('OMN', 'Muscat', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('YEM', 'Sanaa', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('BHR', 'Manama', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true),
('PSE', 'Ramallah', 'capital', daterange(NULL::date, NULL::date, '[]'), 'seat of government', true);
INSERT INTO @extschema@.membership (bloc, member, during, role, source, builtin) VALUES
('G7', 'FRA', daterange('1975-11-15'::date, NULL::date, '[]'), 'member', 'G7 summits: Rambouillet 1975-11-15 (six founders); Canada from the San Juan summit 1976-06-27; the European Community takes part from the London summit 1977-05-07, as a non-enumerated participant', true),
('G7', 'DEU', daterange('1975-11-15'::date, NULL::date, '[]'), 'member', 'G7 summits: Rambouillet 1975-11-15 (six founders); Canada from the San Juan summit 1976-06-27; the European Community takes part from the London summit 1977-05-07, as a non-enumerated participant', true),
('G7', 'ITA', daterange('1975-11-15'::date, NULL::date, '[]'), 'member', 'G7 summits: Rambouillet 1975-11-15 (six founders); Canada from the San Juan summit 1976-06-27; the European Community takes part from the London summit 1977-05-07, as a non-enumerated participant', true),
('G7', 'JPN', daterange('1975-11-15'::date, NULL::date, '[]'), 'member', 'G7 summits: Rambouillet 1975-11-15 (six founders); Canada from the San Juan summit 1976-06-27; the European Community takes part from the London summit 1977-05-07, as a non-enumerated participant', true),
('G7', 'GBR', daterange('1975-11-15'::date, NULL::date, '[]'), 'member', 'G7 summits: Rambouillet 1975-11-15 (six founders); Canada from the San Juan summit 1976-06-27; the European Community takes part from the London summit 1977-05-07, as a non-enumerated participant', true),
('G7', 'USA', daterange('1975-11-15'::date, NULL::date, '[]'), 'member', 'G7 summits: Rambouillet 1975-11-15 (six founders); Canada from the San Juan summit 1976-06-27; the European Community takes part from the London summit 1977-05-07, as a non-enumerated participant', true),
('G7', 'CAN', daterange('1976-06-27'::date, NULL::date, '[]'), 'member', 'G7 summits: Rambouillet 1975-11-15 (six founders); Canada from the San Juan summit 1976-06-27; the European Community takes part from the London summit 1977-05-07, as a non-enumerated participant', true),
('G7', 'EU', daterange('1977-05-07'::date, NULL::date, '[]'), 'participant', 'G7 summits: Rambouillet 1975-11-15 (six founders); Canada from the San Juan summit 1976-06-27; the European Community takes part from the London summit 1977-05-07, as a non-enumerated participant', true),
('G8', 'CAN', daterange('1997-06-20'::date, '2014-03-23'::date, '[]'), 'member', 'Denver Summit of the Eight 1997-06-20 (Russia a full participant); Russia''s participation suspended by the G7 leaders'' Hague Declaration of 2014-03-24, after which the G8 format has not met', true),
('G8', 'FRA', daterange('1997-06-20'::date, '2014-03-23'::date, '[]'), 'member', 'Denver Summit of the Eight 1997-06-20 (Russia a full participant); Russia''s participation suspended by the G7 leaders'' Hague Declaration of 2014-03-24, after which the G8 format has not met', true),
('G8', 'DEU', daterange('1997-06-20'::date, '2014-03-23'::date, '[]'), 'member', 'Denver Summit of the Eight 1997-06-20 (Russia a full participant); Russia''s participation suspended by the G7 leaders'' Hague Declaration of 2014-03-24, after which the G8 format has not met', true),
('G8', 'ITA', daterange('1997-06-20'::date, '2014-03-23'::date, '[]'), 'member', 'Denver Summit of the Eight 1997-06-20 (Russia a full participant); Russia''s participation suspended by the G7 leaders'' Hague Declaration of 2014-03-24, after which the G8 format has not met', true),
('G8', 'JPN', daterange('1997-06-20'::date, '2014-03-23'::date, '[]'), 'member', 'Denver Summit of the Eight 1997-06-20 (Russia a full participant); Russia''s participation suspended by the G7 leaders'' Hague Declaration of 2014-03-24, after which the G8 format has not met', true),
('G8', 'GBR', daterange('1997-06-20'::date, '2014-03-23'::date, '[]'), 'member', 'Denver Summit of the Eight 1997-06-20 (Russia a full participant); Russia''s participation suspended by the G7 leaders'' Hague Declaration of 2014-03-24, after which the G8 format has not met', true),
('G8', 'USA', daterange('1997-06-20'::date, '2014-03-23'::date, '[]'), 'member', 'Denver Summit of the Eight 1997-06-20 (Russia a full participant); Russia''s participation suspended by the G7 leaders'' Hague Declaration of 2014-03-24, after which the G8 format has not met', true),
('G8', 'RUS', daterange('1997-06-20'::date, '2014-03-23'::date, '[]'), 'member', 'Denver Summit of the Eight 1997-06-20 (Russia a full participant); Russia''s participation suspended by the G7 leaders'' Hague Declaration of 2014-03-24, after which the G8 format has not met', true),
('G8', 'EU', daterange('1997-06-20'::date, '2014-03-23'::date, '[]'), 'participant', 'Denver Summit of the Eight 1997-06-20 (Russia a full participant); Russia''s participation suspended by the G7 leaders'' Hague Declaration of 2014-03-24, after which the G8 format has not met', true),
('G20', 'ARG', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'AUS', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'BRA', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'CAN', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'CHN', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'FRA', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'DEU', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'IND', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'IDN', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'ITA', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'JPN', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'KOR', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'MEX', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'RUS', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'SAU', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'ZAF', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'TUR', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'GBR', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'USA', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'EU', daterange('1999-09-25'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('G20', 'AU', daterange('2023-09-09'::date, NULL::date, '[]'), 'member', 'G7 finance ministers'' communique of 1999-09-25 creating the G20 (19 states and the EU); African Union admitted as a permanent member at the New Delhi summit 2023-09-09', true),
('EU', 'BEL', daterange('1958-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'FRA', daterange('1958-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'DEU', daterange('1958-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'ITA', daterange('1958-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'LUX', daterange('1958-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'NLD', daterange('1958-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'DNK', daterange('1973-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force; first enlargement', true),
('EU', 'IRL', daterange('1973-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force; first enlargement', true),
('EU', 'GBR', daterange('1973-01-01'::date, '2020-01-31'::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force; the United Kingdom left on 2020-01-31 under the Withdrawal Agreement', true),
('EU', 'GRC', daterange('1981-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'ESP', daterange('1986-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'PRT', daterange('1986-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'AUT', daterange('1995-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'FIN', daterange('1995-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'SWE', daterange('1995-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'CYP', daterange('2004-05-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'CZE', daterange('2004-05-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'EST', daterange('2004-05-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'HUN', daterange('2004-05-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'LVA', daterange('2004-05-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'LTU', daterange('2004-05-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'MLT', daterange('2004-05-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'POL', daterange('2004-05-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'SVK', daterange('2004-05-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'SVN', daterange('2004-05-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'BGR', daterange('2007-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'ROU', daterange('2007-01-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('EU', 'HRV', daterange('2013-07-01'::date, NULL::date, '[]'), 'member', 'European Economic Community from the Treaty of Rome (in force 1958-01-01), European Union from 1993-11-01; each accession on the day its accession treaty entered into force', true),
('NATO', 'BEL', daterange('1949-08-24'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'CAN', daterange('1949-08-24'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'DNK', daterange('1949-08-24'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'FRA', daterange('1949-08-24'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'ISL', daterange('1949-08-24'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'ITA', daterange('1949-08-24'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'LUX', daterange('1949-08-24'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'NLD', daterange('1949-08-24'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'NOR', daterange('1949-08-24'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'PRT', daterange('1949-08-24'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'GBR', daterange('1949-08-24'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'USA', daterange('1949-08-24'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'GRC', daterange('1952-02-18'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'TUR', daterange('1952-02-18'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'DEU', daterange('1955-05-06'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries) (Federal Republic of Germany; unified Germany from 1990-10-03)', true),
('NATO', 'ESP', daterange('1982-05-30'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'CZE', daterange('1999-03-12'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'HUN', daterange('1999-03-12'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'POL', daterange('1999-03-12'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'BGR', daterange('2004-03-29'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'EST', daterange('2004-03-29'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'LVA', daterange('2004-03-29'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'LTU', daterange('2004-03-29'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'ROU', daterange('2004-03-29'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'SVK', daterange('2004-03-29'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'SVN', daterange('2004-03-29'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'ALB', daterange('2009-04-01'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'HRV', daterange('2009-04-01'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'MNE', daterange('2017-06-05'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'MKD', daterange('2020-03-27'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'FIN', daterange('2023-04-04'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('NATO', 'SWE', daterange('2024-03-07'::date, NULL::date, '[]'), 'member', 'North Atlantic Treaty in force 1949-08-24; later members from the day their instrument of accession was deposited with the United States (NATO, member countries)', true),
('BRICS', 'BRA', daterange('2009-06-16'::date, NULL::date, '[]'), 'member', 'first BRIC summit, Yekaterinburg, 2009-06-16; South Africa invited 2010-12-24; Egypt, Ethiopia, Iran and the UAE members from 2024-01-01 (Johannesburg summit invitation of 2023-08-24); Indonesia from 2025-01-06 (Brazilian presidency announcement)', true),
('BRICS', 'RUS', daterange('2009-06-16'::date, NULL::date, '[]'), 'member', 'first BRIC summit, Yekaterinburg, 2009-06-16; South Africa invited 2010-12-24; Egypt, Ethiopia, Iran and the UAE members from 2024-01-01 (Johannesburg summit invitation of 2023-08-24); Indonesia from 2025-01-06 (Brazilian presidency announcement)', true),
('BRICS', 'IND', daterange('2009-06-16'::date, NULL::date, '[]'), 'member', 'first BRIC summit, Yekaterinburg, 2009-06-16; South Africa invited 2010-12-24; Egypt, Ethiopia, Iran and the UAE members from 2024-01-01 (Johannesburg summit invitation of 2023-08-24); Indonesia from 2025-01-06 (Brazilian presidency announcement)', true),
('BRICS', 'CHN', daterange('2009-06-16'::date, NULL::date, '[]'), 'member', 'first BRIC summit, Yekaterinburg, 2009-06-16; South Africa invited 2010-12-24; Egypt, Ethiopia, Iran and the UAE members from 2024-01-01 (Johannesburg summit invitation of 2023-08-24); Indonesia from 2025-01-06 (Brazilian presidency announcement)', true),
('BRICS', 'ZAF', daterange('2010-12-24'::date, NULL::date, '[]'), 'member', 'first BRIC summit, Yekaterinburg, 2009-06-16; South Africa invited 2010-12-24; Egypt, Ethiopia, Iran and the UAE members from 2024-01-01 (Johannesburg summit invitation of 2023-08-24); Indonesia from 2025-01-06 (Brazilian presidency announcement)', true),
('BRICS', 'EGY', daterange('2024-01-01'::date, NULL::date, '[]'), 'member', 'first BRIC summit, Yekaterinburg, 2009-06-16; South Africa invited 2010-12-24; Egypt, Ethiopia, Iran and the UAE members from 2024-01-01 (Johannesburg summit invitation of 2023-08-24); Indonesia from 2025-01-06 (Brazilian presidency announcement)', true),
('BRICS', 'ETH', daterange('2024-01-01'::date, NULL::date, '[]'), 'member', 'first BRIC summit, Yekaterinburg, 2009-06-16; South Africa invited 2010-12-24; Egypt, Ethiopia, Iran and the UAE members from 2024-01-01 (Johannesburg summit invitation of 2023-08-24); Indonesia from 2025-01-06 (Brazilian presidency announcement)', true),
('BRICS', 'IRN', daterange('2024-01-01'::date, NULL::date, '[]'), 'member', 'first BRIC summit, Yekaterinburg, 2009-06-16; South Africa invited 2010-12-24; Egypt, Ethiopia, Iran and the UAE members from 2024-01-01 (Johannesburg summit invitation of 2023-08-24); Indonesia from 2025-01-06 (Brazilian presidency announcement)', true),
('BRICS', 'ARE', daterange('2024-01-01'::date, NULL::date, '[]'), 'member', 'first BRIC summit, Yekaterinburg, 2009-06-16; South Africa invited 2010-12-24; Egypt, Ethiopia, Iran and the UAE members from 2024-01-01 (Johannesburg summit invitation of 2023-08-24); Indonesia from 2025-01-06 (Brazilian presidency announcement)', true),
('BRICS', 'IDN', daterange('2025-01-06'::date, NULL::date, '[]'), 'member', 'first BRIC summit, Yekaterinburg, 2009-06-16; South Africa invited 2010-12-24; Egypt, Ethiopia, Iran and the UAE members from 2024-01-01 (Johannesburg summit invitation of 2023-08-24); Indonesia from 2025-01-06 (Brazilian presidency announcement)', true),
('BRICS', 'SAU', daterange('2024-01-01'::date, NULL::date, '[]'), 'participant', 'invited to join at the Johannesburg summit 2023-08-24; Saudi Arabia has not confirmed membership and takes part in some BRICS meetings as an invited country, so it is recorded as participant, not member', true),
('BRICS', 'BLR', daterange('2025-01-01'::date, NULL::date, '[]'), 'observer', 'BRICS partner country (category created at the Kazan summit, October 2024); partners from 2025-01-01', true),
('BRICS', 'BOL', daterange('2025-01-01'::date, NULL::date, '[]'), 'observer', 'BRICS partner country (category created at the Kazan summit, October 2024); partners from 2025-01-01', true),
('BRICS', 'CUB', daterange('2025-01-01'::date, NULL::date, '[]'), 'observer', 'BRICS partner country (category created at the Kazan summit, October 2024); partners from 2025-01-01', true),
('BRICS', 'KAZ', daterange('2025-01-01'::date, NULL::date, '[]'), 'observer', 'BRICS partner country (category created at the Kazan summit, October 2024); partners from 2025-01-01', true),
('BRICS', 'MYS', daterange('2025-01-01'::date, NULL::date, '[]'), 'observer', 'BRICS partner country (category created at the Kazan summit, October 2024); partners from 2025-01-01', true),
('BRICS', 'THA', daterange('2025-01-01'::date, NULL::date, '[]'), 'observer', 'BRICS partner country (category created at the Kazan summit, October 2024); partners from 2025-01-01', true),
('BRICS', 'UGA', daterange('2025-01-01'::date, NULL::date, '[]'), 'observer', 'BRICS partner country (category created at the Kazan summit, October 2024); partners from 2025-01-01', true),
('BRICS', 'UZB', daterange('2025-01-01'::date, NULL::date, '[]'), 'observer', 'BRICS partner country (category created at the Kazan summit, October 2024); partners from 2025-01-01', true),
('BRICS', 'NGA', daterange('2025-01-17'::date, NULL::date, '[]'), 'observer', 'BRICS partner country (category created at the Kazan summit, October 2024); Nigeria from 2025-01-17', true),
('BRICS', 'VNM', daterange('2025-06-13'::date, NULL::date, '[]'), 'observer', 'BRICS partner country (category created at the Kazan summit, October 2024); Viet Nam from 2025-06-13', true),
('ASEAN', 'IDN', daterange('1967-08-08'::date, NULL::date, '[]'), 'member', 'Bangkok Declaration 1967-08-08 (five founders); later members on their day of admission (ASEAN Secretariat)', true),
('ASEAN', 'MYS', daterange('1967-08-08'::date, NULL::date, '[]'), 'member', 'Bangkok Declaration 1967-08-08 (five founders); later members on their day of admission (ASEAN Secretariat)', true),
('ASEAN', 'PHL', daterange('1967-08-08'::date, NULL::date, '[]'), 'member', 'Bangkok Declaration 1967-08-08 (five founders); later members on their day of admission (ASEAN Secretariat)', true),
('ASEAN', 'SGP', daterange('1967-08-08'::date, NULL::date, '[]'), 'member', 'Bangkok Declaration 1967-08-08 (five founders); later members on their day of admission (ASEAN Secretariat)', true),
('ASEAN', 'THA', daterange('1967-08-08'::date, NULL::date, '[]'), 'member', 'Bangkok Declaration 1967-08-08 (five founders); later members on their day of admission (ASEAN Secretariat)', true),
('ASEAN', 'BRN', daterange('1984-01-07'::date, NULL::date, '[]'), 'member', 'Bangkok Declaration 1967-08-08 (five founders); later members on their day of admission (ASEAN Secretariat)', true),
('ASEAN', 'VNM', daterange('1995-07-28'::date, NULL::date, '[]'), 'member', 'Bangkok Declaration 1967-08-08 (five founders); later members on their day of admission (ASEAN Secretariat)', true),
('ASEAN', 'LAO', daterange('1997-07-23'::date, NULL::date, '[]'), 'member', 'Bangkok Declaration 1967-08-08 (five founders); later members on their day of admission (ASEAN Secretariat)', true),
('ASEAN', 'MMR', daterange('1997-07-23'::date, NULL::date, '[]'), 'member', 'Bangkok Declaration 1967-08-08 (five founders); later members on their day of admission (ASEAN Secretariat)', true),
('ASEAN', 'KHM', daterange('1999-04-30'::date, NULL::date, '[]'), 'member', 'Bangkok Declaration 1967-08-08 (five founders); later members on their day of admission (ASEAN Secretariat)', true),
('ASEAN', 'TLS', daterange('2025-10-26'::date, NULL::date, '[]'), 'member', 'Bangkok Declaration 1967-08-08 (five founders); later members on their day of admission (ASEAN Secretariat); Timor-Leste admitted at the 47th summit, Kuala Lumpur, 2025-10-26', true),
('AU', 'DZA', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'AGO', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'BEN', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'BWA', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'BFA', daterange('2002-07-09'::date, '2022-01-30'::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'BFA', daterange('2022-01-31'::date, NULL::date, '[]'), 'suspended', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'BDI', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'CMR', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'CPV', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'CAF', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'TCD', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'COM', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'COG', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'COD', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'CIV', daterange('2002-07-09'::date, '2010-12-08'::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'CIV', daterange('2010-12-09'::date, '2011-04-20'::date, '[]'), 'suspended', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'CIV', daterange('2011-04-21'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'DJI', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'EGY', daterange('2002-07-09'::date, '2013-07-04'::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'EGY', daterange('2013-07-05'::date, '2014-06-16'::date, '[]'), 'suspended', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'EGY', daterange('2014-06-17'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'GNQ', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'ERI', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'ETH', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'GAB', daterange('2002-07-09'::date, '2023-08-30'::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'GAB', daterange('2023-08-31'::date, '2025-04-29'::date, '[]'), 'suspended', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'GAB', daterange('2025-04-30'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'GMB', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'GHA', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'GIN', daterange('2002-07-09'::date, '2021-09-09'::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'GIN', daterange('2021-09-10'::date, NULL::date, '[]'), 'suspended', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'GNB', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'KEN', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'LSO', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'LBR', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'LBY', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'MDG', daterange('2002-07-09'::date, '2009-03-19'::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'MDG', daterange('2009-03-20'::date, '2014-01-26'::date, '[]'), 'suspended', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'MDG', daterange('2014-01-27'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'MWI', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'MLI', daterange('2002-07-09'::date, '2020-08-18'::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'MLI', daterange('2020-08-19'::date, '2020-10-08'::date, '[]'), 'suspended', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'MLI', daterange('2020-10-09'::date, '2021-05-31'::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'MLI', daterange('2021-06-01'::date, NULL::date, '[]'), 'suspended', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'MRT', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'MUS', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'MOZ', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'NAM', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'NER', daterange('2002-07-09'::date, '2023-08-21'::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'NER', daterange('2023-08-22'::date, NULL::date, '[]'), 'suspended', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'NGA', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'RWA', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'ESH', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'STP', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'SEN', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'SYC', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'SLE', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'SOM', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'ZAF', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'SDN', daterange('2002-07-09'::date, '2019-06-05'::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'SDN', daterange('2019-06-06'::date, '2019-09-05'::date, '[]'), 'suspended', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'SDN', daterange('2019-09-06'::date, '2021-10-26'::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'SDN', daterange('2021-10-27'::date, NULL::date, '[]'), 'suspended', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'SWZ', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'TZA', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'TGO', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'TUN', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'UGA', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'ZMB', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'ZWE', daterange('2002-07-09'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'SSD', daterange('2011-07-27'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('AU', 'MAR', daterange('2017-01-30'::date, NULL::date, '[]'), 'member', 'African Union launched 2002-07-09 (Durban) with the 53 members of the OAU; South Sudan admitted 2011-07-27; Morocco readmitted 2017-01-30; the Sahrawi Arab Democratic Republic (coded ESH) a member since the OAU; suspensions by the Peace and Security Council on the dates given', true),
('SCO', 'CHN', daterange('2001-06-15'::date, NULL::date, '[]'), 'member', 'Declaration on the Establishment of the SCO, 2001-06-15; India and Pakistan admitted at the Astana summit 2017-06-09; Iran 2023-07-04 (New Delhi virtual summit); Belarus 2024-07-04 (Astana summit)', true),
('SCO', 'KAZ', daterange('2001-06-15'::date, NULL::date, '[]'), 'member', 'Declaration on the Establishment of the SCO, 2001-06-15; India and Pakistan admitted at the Astana summit 2017-06-09; Iran 2023-07-04 (New Delhi virtual summit); Belarus 2024-07-04 (Astana summit)', true),
('SCO', 'KGZ', daterange('2001-06-15'::date, NULL::date, '[]'), 'member', 'Declaration on the Establishment of the SCO, 2001-06-15; India and Pakistan admitted at the Astana summit 2017-06-09; Iran 2023-07-04 (New Delhi virtual summit); Belarus 2024-07-04 (Astana summit)', true),
('SCO', 'RUS', daterange('2001-06-15'::date, NULL::date, '[]'), 'member', 'Declaration on the Establishment of the SCO, 2001-06-15; India and Pakistan admitted at the Astana summit 2017-06-09; Iran 2023-07-04 (New Delhi virtual summit); Belarus 2024-07-04 (Astana summit)', true),
('SCO', 'TJK', daterange('2001-06-15'::date, NULL::date, '[]'), 'member', 'Declaration on the Establishment of the SCO, 2001-06-15; India and Pakistan admitted at the Astana summit 2017-06-09; Iran 2023-07-04 (New Delhi virtual summit); Belarus 2024-07-04 (Astana summit)', true),
('SCO', 'UZB', daterange('2001-06-15'::date, NULL::date, '[]'), 'member', 'Declaration on the Establishment of the SCO, 2001-06-15; India and Pakistan admitted at the Astana summit 2017-06-09; Iran 2023-07-04 (New Delhi virtual summit); Belarus 2024-07-04 (Astana summit)', true),
('SCO', 'IND', daterange('2017-06-09'::date, NULL::date, '[]'), 'member', 'Declaration on the Establishment of the SCO, 2001-06-15; India and Pakistan admitted at the Astana summit 2017-06-09; Iran 2023-07-04 (New Delhi virtual summit); Belarus 2024-07-04 (Astana summit)', true),
('SCO', 'PAK', daterange('2017-06-09'::date, NULL::date, '[]'), 'member', 'Declaration on the Establishment of the SCO, 2001-06-15; India and Pakistan admitted at the Astana summit 2017-06-09; Iran 2023-07-04 (New Delhi virtual summit); Belarus 2024-07-04 (Astana summit)', true),
('SCO', 'IRN', daterange('2023-07-04'::date, NULL::date, '[]'), 'member', 'Declaration on the Establishment of the SCO, 2001-06-15; India and Pakistan admitted at the Astana summit 2017-06-09; Iran 2023-07-04 (New Delhi virtual summit); Belarus 2024-07-04 (Astana summit)', true),
('SCO', 'BLR', daterange('2024-07-04'::date, NULL::date, '[]'), 'member', 'Declaration on the Establishment of the SCO, 2001-06-15; India and Pakistan admitted at the Astana summit 2017-06-09; Iran 2023-07-04 (New Delhi virtual summit); Belarus 2024-07-04 (Astana summit)', true),
('CSTO', 'BLR', daterange('2002-10-07'::date, NULL::date, '[]'), 'member', 'CSTO Charter signed 2002-10-07 (Chisinau); Uzbekistan joined 2006-06-23 and suspended its membership 2012-06-28; Armenia froze its participation in February 2024 (Prime Minister Pashinyan, 2024-02-22) and is recorded as suspended from then', true),
('CSTO', 'KAZ', daterange('2002-10-07'::date, NULL::date, '[]'), 'member', 'CSTO Charter signed 2002-10-07 (Chisinau); Uzbekistan joined 2006-06-23 and suspended its membership 2012-06-28; Armenia froze its participation in February 2024 (Prime Minister Pashinyan, 2024-02-22) and is recorded as suspended from then', true),
('CSTO', 'KGZ', daterange('2002-10-07'::date, NULL::date, '[]'), 'member', 'CSTO Charter signed 2002-10-07 (Chisinau); Uzbekistan joined 2006-06-23 and suspended its membership 2012-06-28; Armenia froze its participation in February 2024 (Prime Minister Pashinyan, 2024-02-22) and is recorded as suspended from then', true),
('CSTO', 'RUS', daterange('2002-10-07'::date, NULL::date, '[]'), 'member', 'CSTO Charter signed 2002-10-07 (Chisinau); Uzbekistan joined 2006-06-23 and suspended its membership 2012-06-28; Armenia froze its participation in February 2024 (Prime Minister Pashinyan, 2024-02-22) and is recorded as suspended from then', true),
('CSTO', 'TJK', daterange('2002-10-07'::date, NULL::date, '[]'), 'member', 'CSTO Charter signed 2002-10-07 (Chisinau); Uzbekistan joined 2006-06-23 and suspended its membership 2012-06-28; Armenia froze its participation in February 2024 (Prime Minister Pashinyan, 2024-02-22) and is recorded as suspended from then', true),
('CSTO', 'ARM', daterange('2002-10-07'::date, '2024-02-21'::date, '[]'), 'member', 'CSTO Charter signed 2002-10-07 (Chisinau); Uzbekistan joined 2006-06-23 and suspended its membership 2012-06-28; Armenia froze its participation in February 2024 (Prime Minister Pashinyan, 2024-02-22) and is recorded as suspended from then', true),
('CSTO', 'ARM', daterange('2024-02-22'::date, NULL::date, '[]'), 'suspended', 'CSTO Charter signed 2002-10-07 (Chisinau); Uzbekistan joined 2006-06-23 and suspended its membership 2012-06-28; Armenia froze its participation in February 2024 (Prime Minister Pashinyan, 2024-02-22) and is recorded as suspended from then', true),
('CSTO', 'UZB', daterange('2006-06-23'::date, '2012-06-27'::date, '[]'), 'member', 'CSTO Charter signed 2002-10-07 (Chisinau); Uzbekistan joined 2006-06-23 and suspended its membership 2012-06-28; Armenia froze its participation in February 2024 (Prime Minister Pashinyan, 2024-02-22) and is recorded as suspended from then', true),
('GCC', 'ARE', daterange('1981-05-25'::date, NULL::date, '[]'), 'member', 'Charter of the Cooperation Council for the Arab States of the Gulf, Abu Dhabi, 1981-05-25', true),
('GCC', 'BHR', daterange('1981-05-25'::date, NULL::date, '[]'), 'member', 'Charter of the Cooperation Council for the Arab States of the Gulf, Abu Dhabi, 1981-05-25', true),
('GCC', 'KWT', daterange('1981-05-25'::date, NULL::date, '[]'), 'member', 'Charter of the Cooperation Council for the Arab States of the Gulf, Abu Dhabi, 1981-05-25', true),
('GCC', 'OMN', daterange('1981-05-25'::date, NULL::date, '[]'), 'member', 'Charter of the Cooperation Council for the Arab States of the Gulf, Abu Dhabi, 1981-05-25', true),
('GCC', 'QAT', daterange('1981-05-25'::date, NULL::date, '[]'), 'member', 'Charter of the Cooperation Council for the Arab States of the Gulf, Abu Dhabi, 1981-05-25', true),
('GCC', 'SAU', daterange('1981-05-25'::date, NULL::date, '[]'), 'member', 'Charter of the Cooperation Council for the Arab States of the Gulf, Abu Dhabi, 1981-05-25', true),
('OPEC', 'IRN', daterange('1960-09-14'::date, NULL::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year)', true),
('OPEC', 'IRQ', daterange('1960-09-14'::date, NULL::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year)', true),
('OPEC', 'KWT', daterange('1960-09-14'::date, NULL::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year)', true),
('OPEC', 'SAU', daterange('1960-09-14'::date, NULL::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year)', true),
('OPEC', 'VEN', daterange('1960-09-14'::date, NULL::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year)', true),
('OPEC', 'QAT', daterange('1961-01-01'::date, '2018-12-31'::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year); Qatar left 2019-01-01', true),
('OPEC', 'IDN', daterange('1962-01-01'::date, '2008-12-31'::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year); Indonesia suspended 2009-01-01', true),
('OPEC', 'IDN', daterange('2016-01-01'::date, '2016-11-30'::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year); reactivated 2016-01-01, suspended again 2016-11-30', true),
('OPEC', 'LBY', daterange('1962-01-01'::date, NULL::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year)', true),
('OPEC', 'ARE', daterange('1967-01-01'::date, NULL::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year) (Abu Dhabi; the UAE from 1974)', true),
('OPEC', 'DZA', daterange('1969-01-01'::date, NULL::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year)', true),
('OPEC', 'NGA', daterange('1971-01-01'::date, NULL::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year)', true),
('OPEC', 'ECU', daterange('1973-01-01'::date, '1992-12-31'::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year); Ecuador suspended its membership December 1992', true),
('OPEC', 'ECU', daterange('2007-10-01'::date, '2019-12-31'::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year); reactivated October 2007, left 2020-01-01', true),
('OPEC', 'GAB', daterange('1975-01-01'::date, '1994-12-31'::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year); Gabon left January 1995', true),
('OPEC', 'GAB', daterange('2016-07-01'::date, NULL::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year); Gabon rejoined 2016-07-01', true),
('OPEC', 'AGO', daterange('2007-01-01'::date, '2023-12-31'::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year); Angola left 2024-01-01', true),
('OPEC', 'GNQ', daterange('2017-05-25'::date, NULL::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year)', true),
('OPEC', 'COG', daterange('2018-06-22'::date, NULL::date, '[]'), 'member', 'OPEC founded at the Baghdad conference 1960-09-14; later members, suspensions and departures by year as listed by the OPEC Secretariat (where only the year is public, the period starts on 1 January of that year)', true),
('QUAD', 'AUS', daterange('2017-11-12'::date, NULL::date, '[]'), 'member', 'Quadrilateral Security Dialogue revived at the officials'' meeting in Manila, 2017-11-12 (the 2007 talks are not recorded)', true),
('QUAD', 'IND', daterange('2017-11-12'::date, NULL::date, '[]'), 'member', 'Quadrilateral Security Dialogue revived at the officials'' meeting in Manila, 2017-11-12 (the 2007 talks are not recorded)', true),
('QUAD', 'JPN', daterange('2017-11-12'::date, NULL::date, '[]'), 'member', 'Quadrilateral Security Dialogue revived at the officials'' meeting in Manila, 2017-11-12 (the 2007 talks are not recorded)', true),
('QUAD', 'USA', daterange('2017-11-12'::date, NULL::date, '[]'), 'member', 'Quadrilateral Security Dialogue revived at the officials'' meeting in Manila, 2017-11-12 (the 2007 talks are not recorded)', true),
('AUKUS', 'AUS', daterange('2021-09-15'::date, NULL::date, '[]'), 'member', 'joint leaders'' statement on AUKUS, 2021-09-15', true),
('AUKUS', 'GBR', daterange('2021-09-15'::date, NULL::date, '[]'), 'member', 'joint leaders'' statement on AUKUS, 2021-09-15', true),
('AUKUS', 'USA', daterange('2021-09-15'::date, NULL::date, '[]'), 'member', 'joint leaders'' statement on AUKUS, 2021-09-15', true),
('FVEY', 'USA', daterange('1946-03-05'::date, NULL::date, '[]'), 'member', 'UKUSA Agreement signed 1946-03-05 by the United States and the United Kingdom; Canada joined in 1948, Australia and New Zealand in 1956 (year only: the period starts on 1 January)', true),
('FVEY', 'GBR', daterange('1946-03-05'::date, NULL::date, '[]'), 'member', 'UKUSA Agreement signed 1946-03-05 by the United States and the United Kingdom; Canada joined in 1948, Australia and New Zealand in 1956 (year only: the period starts on 1 January)', true),
('FVEY', 'CAN', daterange('1948-01-01'::date, NULL::date, '[]'), 'member', 'UKUSA Agreement signed 1946-03-05 by the United States and the United Kingdom; Canada joined in 1948, Australia and New Zealand in 1956 (year only: the period starts on 1 January)', true),
('FVEY', 'AUS', daterange('1956-01-01'::date, NULL::date, '[]'), 'member', 'UKUSA Agreement signed 1946-03-05 by the United States and the United Kingdom; Canada joined in 1948, Australia and New Zealand in 1956 (year only: the period starts on 1 January)', true),
('FVEY', 'NZL', daterange('1956-01-01'::date, NULL::date, '[]'), 'member', 'UKUSA Agreement signed 1946-03-05 by the United States and the United Kingdom; Canada joined in 1948, Australia and New Zealand in 1956 (year only: the period starts on 1 January)', true),
('E3', 'FRA', daterange('2003-10-21'::date, NULL::date, '[]'), 'member', 'France, Germany and the United Kingdom acting together on Iran''s nuclear programme from the foreign ministers'' Tehran visit of 2003-10-21', true),
('E3', 'DEU', daterange('2003-10-21'::date, NULL::date, '[]'), 'member', 'France, Germany and the United Kingdom acting together on Iran''s nuclear programme from the foreign ministers'' Tehran visit of 2003-10-21', true),
('E3', 'GBR', daterange('2003-10-21'::date, NULL::date, '[]'), 'member', 'France, Germany and the United Kingdom acting together on Iran''s nuclear programme from the foreign ministers'' Tehran visit of 2003-10-21', true),
('ARL', 'IRQ', daterange('1945-03-22'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'JOR', daterange('1945-03-22'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'LBN', daterange('1945-03-22'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'SAU', daterange('1945-03-22'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'EGY', daterange('1945-03-22'::date, '1979-03-25'::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'EGY', daterange('1979-03-26'::date, '1989-05-22'::date, '[]'), 'suspended', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'EGY', daterange('1989-05-23'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'SYR', daterange('1945-03-22'::date, '2011-11-15'::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'SYR', daterange('2011-11-16'::date, '2023-05-06'::date, '[]'), 'suspended', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'SYR', daterange('2023-05-07'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'YEM', daterange('1945-05-05'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'LBY', daterange('1953-03-28'::date, '2011-02-21'::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'LBY', daterange('2011-02-22'::date, '2011-08-26'::date, '[]'), 'suspended', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'LBY', daterange('2011-08-27'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'SDN', daterange('1956-01-19'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'MAR', daterange('1958-10-01'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'TUN', daterange('1958-10-01'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'KWT', daterange('1961-07-20'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'DZA', daterange('1962-08-16'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'BHR', daterange('1971-09-11'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'QAT', daterange('1971-09-11'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'OMN', daterange('1971-09-29'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'ARE', daterange('1971-12-12'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'MRT', daterange('1973-11-26'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'SOM', daterange('1974-02-14'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'PSE', daterange('1976-09-09'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06 (the PLO for Palestine)', true),
('ARL', 'DJI', daterange('1977-09-04'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ARL', 'COM', daterange('1993-11-20'::date, NULL::date, '[]'), 'member', 'Pact of the League of Arab States, 1945-03-22; later members on their day of admission; Egypt suspended 1979-03-26 to 1989-05-22, Libya 2011-02-22 to 2011-08-26, Syria 2011-11-16 to 2023-05-06', true),
('ECOWAS', 'BEN', daterange('1975-05-28'::date, NULL::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'CIV', daterange('1975-05-28'::date, NULL::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'GMB', daterange('1975-05-28'::date, NULL::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'GHA', daterange('1975-05-28'::date, NULL::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'GIN', daterange('1975-05-28'::date, NULL::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'GNB', daterange('1975-05-28'::date, NULL::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'LBR', daterange('1975-05-28'::date, NULL::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'NGA', daterange('1975-05-28'::date, NULL::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'SEN', daterange('1975-05-28'::date, NULL::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'SLE', daterange('1975-05-28'::date, NULL::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'TGO', daterange('1975-05-28'::date, NULL::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'BFA', daterange('1975-05-28'::date, '2025-01-28'::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'MLI', daterange('1975-05-28'::date, '2025-01-28'::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'NER', daterange('1975-05-28'::date, '2025-01-28'::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'MRT', daterange('1975-05-28'::date, '2000-12-31'::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded)', true),
('ECOWAS', 'CPV', daterange('1977-01-01'::date, NULL::date, '[]'), 'member', 'Treaty of Lagos, 1975-05-28 (15 founders); Cabo Verde joined 1977; Mauritania withdrew in December 2000; Burkina Faso, Mali and Niger withdrew with effect from 2025-01-29 (suspensions of 2021-2023 not recorded) (year only)', true),
('MIKTA', 'MEX', daterange('2013-09-25'::date, NULL::date, '[]'), 'member', 'MIKTA launched by the foreign ministers of Mexico, Indonesia, the Republic of Korea, Turkiye and Australia, New York, 2013-09-25', true),
('MIKTA', 'IDN', daterange('2013-09-25'::date, NULL::date, '[]'), 'member', 'MIKTA launched by the foreign ministers of Mexico, Indonesia, the Republic of Korea, Turkiye and Australia, New York, 2013-09-25', true),
('MIKTA', 'KOR', daterange('2013-09-25'::date, NULL::date, '[]'), 'member', 'MIKTA launched by the foreign ministers of Mexico, Indonesia, the Republic of Korea, Turkiye and Australia, New York, 2013-09-25', true),
('MIKTA', 'TUR', daterange('2013-09-25'::date, NULL::date, '[]'), 'member', 'MIKTA launched by the foreign ministers of Mexico, Indonesia, the Republic of Korea, Turkiye and Australia, New York, 2013-09-25', true),
('MIKTA', 'AUS', daterange('2013-09-25'::date, NULL::date, '[]'), 'member', 'MIKTA launched by the foreign ministers of Mexico, Indonesia, the Republic of Korea, Turkiye and Australia, New York, 2013-09-25', true);
INSERT INTO @extschema@.code_alias (code, actor, source, builtin) VALUES
('GOS', 'G7', 'CAMEO known group code (GDELT Actor*KnownGroupCode)', true),
('IGO.GOS', 'G7', 'Phoenix/PETRARCH2 international actors dictionary (GROUP_OF_SEVEN)', true),
('GOE', 'G8', 'CAMEO known group code (GDELT Actor*KnownGroupCode)', true),
('IGO.GOE', 'G8', 'Phoenix/PETRARCH2 international actors dictionary (G_8)', true),
('IGO.BUS.GOE', 'G8', 'Phoenix/PETRARCH2 international actors dictionary (GROUP_OF_EIGHT)', true),
('NAT', 'NATO', 'CAMEO known group code (GDELT Actor*KnownGroupCode)', true),
('IGO.WST.NAT', 'NATO', 'Phoenix/PETRARCH2 international actors dictionary (NATO)', true),
('EEC', 'EU', 'CAMEO known group code (GDELT Actor*KnownGroupCode)', true),
('IGO.EUR.EEC', 'EU', 'Phoenix/PETRARCH2 international actors dictionary (EUROPEAN_UNION)', true),
('ASN', 'ASEAN', 'CAMEO known group code (GDELT Actor*KnownGroupCode)', true),
('IGO.SEA.ASN', 'ASEAN', 'Phoenix/PETRARCH2 international actors dictionary (ASEAN)', true),
('IGO.MEA.ARL', 'ARL', 'Phoenix/PETRARCH2 international actors dictionary (ARAB_LEAGUE)', true),
('AFU', 'AU', 'CAMEO known group code (GDELT Actor*KnownGroupCode)', true),
('IGO.AFR.AFU', 'AU', 'Phoenix/PETRARCH2 international actors dictionary (PSCAU)', true),
('IGO.AFR.OAU', 'OAU', 'Phoenix/PETRARCH2 international actors dictionary (ORGANIZATION_OF_AFRICAN_UNITY)', true),
('OPC', 'OPEC', 'CAMEO known group code (GDELT Actor*KnownGroupCode)', true),
('IGO.OPC', 'OPEC', 'Phoenix/PETRARCH2 international actors dictionary (OPEC)', true),
('IGO.CAS.CIS', 'CIS', 'Phoenix/PETRARCH2 international actors dictionary (COMMONWEALTH_OF_INDEPENDENT_STATES)', true),
('IGO.WAF.WAS', 'ECOWAS', 'Phoenix/PETRARCH2 international actors dictionary (ECONOMIC_COMMUNITY_OF_WEST_AFRICAN_STATES)', true),
('IGO.WAF.BUS.WAS', 'ECOWAS', 'Phoenix/PETRARCH2 international actors dictionary (ECOWAS)', true),
('IGO.MOS.OIC', 'OIC', 'Phoenix/PETRARCH2 international actors dictionary (ORGANIZATION_OF_ISLAMIC_CONFERENCES)', true),
('IGO.OAS', 'OAS', 'Phoenix/PETRARCH2 international actors dictionary (OAS)', true),
('IGO.SAF.SAD', 'SADC', 'Phoenix/PETRARCH2 international actors dictionary (SADC)', true),
('UNO', 'UN', 'CAMEO code for the United Nations', true),
('IGO.UNO', 'UN', 'Phoenix/PETRARCH2 international actors dictionary (UNITED_NATIONS)', true),
('IGO.UNO.IAE', 'IAEA', 'Phoenix/PETRARCH2 international actors dictionary (IAEA)', true);
INSERT INTO @extschema@.bloc_kind (bloc, kind, source, builtin) VALUES
('G7', 'forum', 'informal grouping without charter or secretariat (G7 presidency practice)', true),
('G8', 'forum', 'informal grouping without charter or secretariat', true),
('G20', 'forum', 'informal forum without charter or secretariat', true),
('BRICS', 'forum', 'informal grouping without charter or secretariat', true),
('QUAD', 'forum', 'informal dialogue of four states', true),
('AUKUS', 'forum', 'trilateral security partnership of three states', true),
('FVEY', 'forum', 'intelligence alliance under the UKUSA Agreement', true),
('E3', 'forum', 'informal format of three foreign ministries', true),
('MIKTA', 'forum', 'informal partnership of five states', true),
('EU', 'organisation', 'legal personality: Treaty on European Union, art. 47', true),
('NATO', 'organisation', 'international organisation with its own civil and military structure (North Atlantic Treaty; Ottawa Agreement 1951)', true),
('ASEAN', 'organisation', 'legal personality: ASEAN Charter, art. 3', true),
('AU', 'organisation', 'Constitutive Act of the African Union', true),
('SCO', 'organisation', 'SCO Charter (2002)', true),
('CSTO', 'organisation', 'CSTO Charter (2002)', true),
('GCC', 'organisation', 'GCC Charter (1981)', true),
('OPEC', 'organisation', 'OPEC Statute', true),
('ARL', 'organisation', 'Pact of the League of Arab States (1945)', true),
('ECOWAS', 'organisation', 'Revised ECOWAS Treaty (1993)', true),
('OAU', 'organisation', 'OAU Charter (1963)', true),
('UN', 'organisation', 'UN Charter, art. 104', true);
INSERT INTO @extschema@.lexicon (phrase, kind, stance, intensity, source, builtin) VALUES
('condemn', 'stance', 'condemn', 0, 'CAMEO 111 (criticize or denounce)', true),
('denounce', 'stance', 'condemn', 0, 'CAMEO 111', true),
('decry', 'stance', 'condemn', 0, 'CAMEO 111', true),
('deplore', 'stance', 'condemn', 0, 'CAMEO 111', true),
('criticise', 'stance', 'condemn', 0, 'CAMEO 111', true),
('criticize', 'stance', 'condemn', 0, 'CAMEO 111', true),
('censure', 'stance', 'condemn', 0, 'CAMEO 111', true),
('abhor', 'stance', 'condemn', 1, 'CAMEO 111; abhorrence is strong condemnation', true),
('castigate', 'stance', 'condemn', 0, 'CAMEO 111', true),
('condemnation', 'noun', 'condemn', 0, 'CAMEO 111', true),
('slam', 'stance', 'condemn', 0, 'CAMEO 111; newsroom verb', true),
('blast', 'stance', 'condemn', 0, 'CAMEO 111; newsroom verb', true),
('lambaste', 'stance', 'condemn', 0, 'CAMEO 111; newsroom verb', true),
('rebuke', 'stance', 'condemn', 0, 'CAMEO 111', true),
('chide', 'stance', 'condemn', -1, 'CAMEO 111, mild', true),
('berate', 'stance', 'condemn', 0, 'CAMEO 111', true),
('hit out at', 'stance', 'condemn', 0, 'CAMEO 111', true),
('lash out at', 'stance', 'condemn', 1, 'CAMEO 111', true),
('lodge * protest', 'stance', 'condemn', 0, 'CAMEO 111: a diplomatic protest', true),
('protest', 'stance', 'condemn', 0, 'CAMEO 111: "China protested Japan''s decision" (a formal protest, not a demonstration)', true),
('outrage', 'noun', 'condemn', 1, 'CAMEO 111: "voiced outrage at"', true),
('outraged', 'stance', 'condemn', 1, 'CAMEO 111', true),
('appalled', 'stance', 'condemn', 1, 'CAMEO 111', true),
('appalled by', 'stance', 'condemn', 1, 'CAMEO 111: an adjective, not a passive ("was appalled by X")', true),
('appalled at', 'stance', 'condemn', 1, 'CAMEO 111', true),
('horrified', 'stance', 'condemn', 1, 'CAMEO 111', true),
('horrified by', 'stance', 'condemn', 1, 'CAMEO 111', true),
('outraged by', 'stance', 'condemn', 1, 'CAMEO 111', true),
('regret', 'stance', '110', -1, 'CAMEO 110 (disapprove), mild: "regrets the decision"', true),
('disappointment', 'noun', '110', -1, 'CAMEO 110, mild', true),
('disappointed', 'stance', '110', -1, 'CAMEO 110, mild', true),
('summon * ambassador', 'stance', '110', 0, 'CAMEO 110: summoning an envoy to protest', true),
('summon * envoy', 'stance', '110', 0, 'CAMEO 110', true),
('summon * charge d''affaires', 'stance', '110', 0, 'CAMEO 110', true),
('recall * ambassador', 'stance', '161', 0, 'CAMEO 161 (reduce or break diplomatic relations)', true),
('criticism', 'noun', 'condemn', 0, 'CAMEO 111', true),
('oppose', 'stance', '110', 0, 'CAMEO 110 (disapprove)', true),
('in opposition to', 'stance', '110', 0, 'CAMEO 110', true),
('opposition', 'noun', '110', 0, 'CAMEO 110', true),
('unacceptable', 'predicate', 'condemn', 0, 'CAMEO 111: "X''s conduct is unacceptable"', true),
('accuse', 'stance', 'accuse', 0, 'CAMEO 112 (accuse)', true),
('blame', 'stance', 'accuse', 0, 'CAMEO 112', true),
('hold * responsible', 'stance', 'accuse', 0, 'CAMEO 112: holding someone responsible', true),
('''s responsibility', 'predicate', 'accuse', 0, 'CAMEO 112: "underlines Russia''s responsibility"', true),
('was responsible for', 'predicate', 'accuse', 0, 'CAMEO 112', true),
('is responsible for', 'predicate', 'accuse', 0, 'CAMEO 112', true),
('constitute * war crime', 'predicate', 'accuse', 0, 'CAMEO 112: "X''s attacks constitute war crimes"', true),
('amount to * war crime', 'predicate', 'accuse', 0, 'CAMEO 112', true),
('constitute * violation', 'predicate', 'accuse', 0, 'CAMEO 112: "X''s actions constitute a violation of"', true),
('amount to * violation', 'predicate', 'accuse', 0, 'CAMEO 112', true),
('concern', 'stance', 'concern', 0, 'CAMEO 012 (pessimistic comment): "concerned", "our concerns"', true),
('concern', 'noun', 'concern', 0, 'CAMEO 012: "expressed their grave concern"', true),
('alarm', 'noun', 'concern', 0, 'CAMEO 012', true),
('alarmed', 'stance', 'concern', 1, 'CAMEO 012', true),
('worried', 'stance', 'concern', 0, 'CAMEO 012', true),
('dismay', 'noun', 'concern', 0, 'CAMEO 012', true),
('dismayed', 'stance', 'concern', 0, 'CAMEO 012', true),
('troubled by', 'stance', 'concern', 0, 'CAMEO 012', true),
('shocked', 'stance', 'concern', 1, 'CAMEO 012', true),
('shocked by', 'stance', 'concern', 1, 'CAMEO 012', true),
('alarmed by', 'stance', 'concern', 1, 'CAMEO 012', true),
('dismayed by', 'stance', 'concern', 0, 'CAMEO 012', true),
('disappointed by', 'stance', '110', -1, 'CAMEO 110, mild', true),
('call on', 'stance', 'appeal', 0, 'CAMEO 020 (make an appeal or request)', true),
('call upon', 'stance', 'appeal', 0, 'CAMEO 020', true),
('call for', 'stance', 'appeal', 0, 'CAMEO 020', true),
('urge', 'stance', 'appeal', 0, 'CAMEO 020', true),
('appeal to', 'stance', 'appeal', 0, 'CAMEO 020', true),
('appeal on', 'stance', 'appeal', 0, 'CAMEO 020', true),
('implore', 'stance', 'appeal', 0, 'CAMEO 020', true),
('appeal for', 'stance', 'appeal', 0, 'CAMEO 020', true),
('encourage', 'stance', 'appeal', -1, 'CAMEO 020, mild', true),
('ask * to', 'stance', 'appeal', 0, 'CAMEO 020: "asked Iran to" (words of three letters match only as written: their forms are listed)', true),
('asked * to', 'stance', 'appeal', 0, 'CAMEO 020', true),
('asks * to', 'stance', 'appeal', 0, 'CAMEO 020', true),
('remind', 'stance', 'appeal', 0, 'CAMEO 020: "remind X of its obligations"', true),
('it is now for', 'stance', 'appeal', 0, 'CAMEO 020: "it is now for X to accept"', true),
('it is up to', 'stance', 'appeal', 0, 'CAMEO 020', true),
('demand', 'stance', 'demand', 0, 'CAMEO 100 (demand)', true),
('insist', 'stance', 'demand', 0, 'CAMEO 100', true),
('commitment', 'noun', 'commit', 0, 'CAMEO 030 (express intent to cooperate)', true),
('pledge', 'stance', 'commit', 0, 'CAMEO 030', true),
('vow', 'stance', 'commit', 0, 'CAMEO 030', true),
('vowed', 'stance', 'commit', 0, 'CAMEO 030', true),
('vows', 'stance', 'commit', 0, 'CAMEO 030', true),
('promise', 'stance', 'commit', 0, 'CAMEO 030', true),
('support', 'stance', 'support', 0, 'CAMEO 050 (diplomatic cooperation)', true),
('support', 'noun', 'support', 0, 'CAMEO 050: "renew their recognition and support"', true),
('stand with', 'stance', 'support', 0, 'CAMEO 050', true),
('stand by', 'stance', 'support', 0, 'CAMEO 050', true),
('stood with', 'stance', 'support', 0, 'CAMEO 050', true),
('stood by', 'stance', 'support', 0, 'CAMEO 050', true),
('agree with', 'stance', 'support', 0, 'CAMEO 050', true),
('solidarity', 'noun', 'support', 0, 'CAMEO 050', true),
('condolence', 'noun', 'support', 0, 'CAMEO 050: condolences to a government', true),
('sympathy', 'noun', 'support', 0, 'CAMEO 050', true),
('praise', 'stance', 'praise', 0, 'CAMEO 051 (praise or endorse)', true),
('commend', 'stance', 'praise', 0, 'CAMEO 051', true),
('applaud', 'stance', 'praise', 0, 'CAMEO 051', true),
('endorse', 'stance', 'praise', 0, 'CAMEO 051', true),
('welcome', 'stance', 'praise', 0, 'CAMEO 051', true),
('hail', 'stance', 'praise', 0, 'CAMEO 051', true),
('laud', 'stance', 'praise', 0, 'CAMEO 051', true),
('congratulate', 'stance', 'praise', 0, 'CAMEO 051', true),
('thank', 'stance', 'praise', 0, 'CAMEO 051', true),
('admiration', 'noun', 'praise', 0, 'CAMEO 051', true),
('appreciation', 'noun', 'praise', 0, 'CAMEO 051', true),
('gratitude', 'noun', 'praise', 0, 'CAMEO 051', true),
('reject', 'stance', 'reject', 0, 'CAMEO 120 (reject)', true),
('dismiss', 'stance', 'reject', 0, 'CAMEO 120', true),
('rebuff', 'stance', 'reject', 0, 'CAMEO 120', true),
('deny', 'stance', 'reject', 0, 'CAMEO 120: "denied Iran''s request"', true),
('denied', 'stance', 'reject', 0, 'CAMEO 120 (the stemmer reads "denied" as "deni")', true),
('denies', 'stance', 'reject', 0, 'CAMEO 120', true),
('refute', 'stance', 'reject', 0, 'CAMEO 120', true),
('rejection', 'noun', 'reject', 0, 'CAMEO 120', true),
('warn', 'stance', 'warn', 0, 'CAMEO 130 (threaten)', true),
('threaten', 'stance', 'warn', 0, 'CAMEO 130', true),
('hold * to account', 'stance', 'warn', 0, 'CAMEO 130: a promise to punish', true),
('hold * accountable', 'stance', 'warn', 0, 'CAMEO 130', true),
('held * to account', 'stance', 'warn', 0, 'CAMEO 130', true),
('held * accountable', 'stance', 'warn', 0, 'CAMEO 130', true),
('impose * cost', 'stance', 'warn', 0, 'CAMEO 130: costs held out if conduct continues', true),
('will have * consequence', 'predicate', 'warn', 0, 'CAMEO 130: "X''s actions will have consequences"', true),
('ready to intensify', 'stance', 'warn', 0, 'CAMEO 130', true),
('ready to impose', 'stance', 'warn', 0, 'CAMEO 130', true),
('impose * sanction', 'stance', 'sanction', 0, 'CAMEO 163 (impose embargo, boycott, or sanctions)', true),
('adopt * sanction', 'stance', 'sanction', 0, 'CAMEO 163', true),
('announce * sanction', 'stance', 'sanction', 0, 'CAMEO 163', true),
('introduce * sanction', 'stance', 'sanction', 0, 'CAMEO 163', true),
('express', 'light', NULL, 0, 'a light verb: "express concern"', true),
('reaffirm', 'light', NULL, 0, 'a light verb', true),
('reiterate', 'light', NULL, 0, 'a light verb', true),
('renew', 'light', NULL, 0, 'a light verb', true),
('underscore', 'light', NULL, 0, 'a light verb', true),
('underline', 'light', NULL, 0, 'a light verb', true),
('affirm', 'light', NULL, 0, 'a light verb', true),
('voice', 'light', NULL, 0, 'a light verb', true),
('convey', 'light', NULL, 0, 'a light verb', true),
('extend', 'light', NULL, 0, 'a light verb', true),
('offer', 'light', NULL, 0, 'a light verb', true),
('share', 'light', NULL, 0, 'a light verb', true),
('stress', 'light', NULL, 0, 'a light verb', true),
('emphasise', 'light', NULL, 0, 'a light verb', true),
('emphasize', 'light', NULL, 0, 'a light verb', true),
('confirm', 'light', NULL, 0, 'a light verb', true),
('stand', 'light', NULL, 0, '"we stand in strong solidarity with"', true),
('stood', 'light', NULL, 0, 'same', true),
('mildly', 'intensifier', NULL, -1, 'CAMEO intensity: mild', true),
('somewhat', 'intensifier', NULL, -1, 'mild', true),
('slightly', 'intensifier', NULL, -1, 'mild', true),
('strongly', 'intensifier', NULL, 1, 'strong', true),
('strong', 'intensifier', NULL, 1, 'strong', true),
('deeply', 'intensifier', NULL, 1, 'strong', true),
('deep', 'intensifier', NULL, 1, 'strong', true),
('deepest', 'intensifier', NULL, 1, 'strong', true),
('seriously', 'intensifier', NULL, 1, 'strong', true),
('serious', 'intensifier', NULL, 1, 'strong', true),
('gravely', 'intensifier', NULL, 1, 'strong', true),
('grave', 'intensifier', NULL, 1, 'strong', true),
('firmly', 'intensifier', NULL, 1, 'strong', true),
('unwavering', 'intensifier', NULL, 1, 'strong', true),
('steadfast', 'intensifier', NULL, 1, 'strong', true),
('full', 'intensifier', NULL, 1, 'strong', true),
('resolutely', 'intensifier', NULL, 1, 'strong', true),
('vigorously', 'intensifier', NULL, 1, 'strong', true),
('categorically', 'intensifier', NULL, 1, 'strong', true),
('sharply', 'intensifier', NULL, 1, 'strong', true),
('fiercely', 'intensifier', NULL, 1, 'strong', true),
('harshly', 'intensifier', NULL, 1, 'strong', true),
('extremely strongly', 'intensifier', NULL, 2, 'extreme', true),
('most strongly', 'intensifier', NULL, 2, 'extreme', true),
('in the strongest possible terms', 'intensifier', NULL, 2, 'extreme', true),
('in the strongest terms', 'intensifier', NULL, 2, 'extreme', true),
('in the strongest possible way', 'intensifier', NULL, 2, 'extreme', true),
('vehemently', 'intensifier', NULL, 2, 'extreme', true),
('unequivocally', 'intensifier', NULL, 2, 'extreme', true),
('not', 'negation', NULL, 0, 'negation', true),
('''t', 'negation', NULL, 0, 'negation: "don''t", "didn''t"', true),
('never', 'negation', NULL, 0, 'negation', true),
('no longer', 'negation', NULL, 0, 'negation', true),
('refuse to', 'negation', NULL, 0, '"refused to condemn"', true),
('decline to', 'negation', NULL, 0, '"declined to condemn"', true),
('fail to', 'negation', NULL, 0, '"failed to condemn"', true),
('reluctance to', 'negation', NULL, 0, '"its reluctance to endorse"', true),
('reluctant to', 'negation', NULL, 0, 'negation', true),
('unwilling to', 'negation', NULL, 0, 'negation', true),
('say', 'speech', NULL, 0, 'verb of saying', true),
('says', 'speech', NULL, 0, 'verb of saying', true),
('saying', 'speech', NULL, 0, 'verb of saying', true),
('said', 'speech', NULL, 0, 'verb of saying (irregular forms are listed: the stemmer does not know them)', true),
('state that', 'speech', NULL, 0, 'verb of saying ("the Baltic states" is not one)', true),
('tell', 'speech', NULL, 0, 'verb of saying', true),
('told', 'speech', NULL, 0, 'verb of saying', true),
('add', 'speech', NULL, 0, 'verb of saying', true),
('added', 'speech', NULL, 0, 'verb of saying', true),
('adds', 'speech', NULL, 0, 'verb of saying', true),
('note', 'speech', NULL, 0, 'verb of saying', true),
('write', 'speech', NULL, 0, 'verb of saying', true),
('wrote', 'speech', NULL, 0, 'verb of saying', true),
('declare', 'speech', NULL, 0, 'verb of saying', true),
('announce', 'speech', NULL, 0, 'verb of saying', true),
('reaffirm', 'speech', NULL, 0, 'verb of saying', true),
('reiterate', 'speech', NULL, 0, 'verb of saying', true),
('underline', 'speech', NULL, 0, 'verb of saying', true),
('underscore', 'speech', NULL, 0, 'verb of saying', true),
('emphasise', 'speech', NULL, 0, 'verb of saying', true),
('emphasize', 'speech', NULL, 0, 'verb of saying', true),
('stress', 'speech', NULL, 0, 'verb of saying', true),
('consider', 'speech', NULL, 0, '"Consider that ...": the list of a declaration', true),
('brief', 'speech', NULL, 0, '"briefed its allies that"', true),
('statement', 'speech', NULL, 0, '"statement by X", "the statement said"', true),
('joint statement', 'speech', NULL, 0, '"joint statement by X"', true),
('declaration', 'speech', NULL, 0, '"declaration by X"', true),
('communique', 'speech', NULL, 0, '"G7 Foreign Ministers'' Communiqué" (accents are folded)', true),
('we', 'self', NULL, 0, 'first person plural', true),
('our', 'self', NULL, 0, 'first person plural', true),
('they', 'anaphor', NULL, 0, 'third person plural', true),
('the diplomats', 'anaphor', NULL, 0, 'description of the last speakers', true),
('the ministers', 'anaphor', NULL, 0, 'same', true),
('the foreign ministers', 'anaphor', NULL, 0, 'same', true),
('the leaders', 'anaphor', NULL, 0, 'same', true),
('the allies', 'anaphor', NULL, 0, 'same', true),
('the signatories', 'anaphor', NULL, 0, 'same', true),
('the two countries', 'anaphor', NULL, 0, 'same; a number picks the last speaker of that many', true),
('both countries', 'anaphor', NULL, 0, 'same', true),
('the three countries', 'anaphor', NULL, 0, 'same', true),
('the four countries', 'anaphor', NULL, 0, 'same', true),
('the five countries', 'anaphor', NULL, 0, 'same', true),
('the two governments', 'anaphor', NULL, 0, 'same', true),
('the three governments', 'anaphor', NULL, 0, 'same', true),
('the four governments', 'anaphor', NULL, 0, 'same', true),
('the two leaders', 'anaphor', NULL, 0, 'same', true),
('the three leaders', 'anaphor', NULL, 0, 'same', true),
('the four leaders', 'anaphor', NULL, 0, 'same', true),
('the two ministers', 'anaphor', NULL, 0, 'same', true),
('the three ministers', 'anaphor', NULL, 0, 'same', true),
('the four ministers', 'anaphor', NULL, 0, 'same', true),
('the countries', 'anaphor', NULL, 0, 'same', true),
('the governments', 'anaphor', NULL, 0, 'same', true),
('the members', 'anaphor', NULL, 0, 'same', true),
('the partners', 'anaphor', NULL, 0, 'same', true),
('the official statement', 'anaphor', NULL, 0, 'the document speaks for its authors', true),
('the joint statement', 'anaphor', NULL, 0, 'same', true),
('the group', 'group_anaphor', NULL, 0, 'the last bloc that spoke', true),
('the bloc', 'group_anaphor', NULL, 0, 'same', true),
('the alliance', 'group_anaphor', NULL, 0, 'same', true),
('the grouping', 'group_anaphor', NULL, 0, 'same', true),
('the organisation', 'group_anaphor', NULL, 0, 'same', true),
('the organization', 'group_anaphor', NULL, 0, 'same', true),
('the council', 'group_anaphor', NULL, 0, '"the Council condemned": the body that spoke last (UN Security Council, NATO''s Council)', true),
('council members', 'group_anaphor', NULL, 0, 'same', true),
('the council members', 'group_anaphor', NULL, 0, 'same', true),
('the union', 'group_anaphor', NULL, 0, '"the Union": the EU or the AU, as last named', true),
('the commission', 'group_anaphor', NULL, 0, 'same', true),
('ally', 'relation', NULL, 0, '"allies of X" are not X', true),
('allies', 'relation', NULL, 0, 'same', true),
('partner', 'relation', NULL, 0, 'same', true),
('partners', 'relation', NULL, 0, 'same', true),
('friend', 'relation', NULL, 0, 'same', true),
('friends', 'relation', NULL, 0, 'same', true),
('neighbour', 'relation', NULL, 0, 'same', true),
('neighbours', 'relation', NULL, 0, 'same', true),
('neighbor', 'relation', NULL, 0, 'same', true),
('neighbors', 'relation', NULL, 0, 'same', true),
('enemies', 'relation', NULL, 0, 'same', true),
('adversaries', 'relation', NULL, 0, 'same', true),
('critics', 'relation', NULL, 0, 'same', true),
('opponents', 'relation', NULL, 0, 'same', true),
('supporters', 'relation', NULL, 0, 'same', true),
('backers', 'relation', NULL, 0, 'same', true),
('rivals', 'relation', NULL, 0, 'same', true),
('also joined the joint statement', 'join', NULL, 0, '"X, Y and Z also joined the joint statement" (a statement, not any action)', true),
('joined the joint statement', 'join', NULL, 0, 'same', true),
('joined the statement', 'join', NULL, 0, 'same', true),
('signed the joint statement', 'join', NULL, 0, 'same', true),
('endorsed the joint statement', 'join', NULL, 0, 'same', true),
('associated themselves with', 'join', NULL, 0, 'EU candidate countries aligning with a declaration', true),
('aligned themselves with', 'join', NULL, 0, 'same', true);
