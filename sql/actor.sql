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
