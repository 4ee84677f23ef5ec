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
