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
