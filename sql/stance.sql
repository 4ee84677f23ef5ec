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
