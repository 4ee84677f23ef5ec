-- geopol: typed actors, blocs and stances for geopolitical statement data.
-- This file is built from sql/*.sql and data/*.tsv by the Makefile; edit those.
\echo Use "CREATE EXTENSION geopol" to load this file. \quit

-- The schema geopol must be geopol's own.  CREATE EXTENSION creates it when
-- it does not exist; when it does, geopol would install beside whatever is
-- in it, and whoever owns it or may create objects in it could plant
-- functions and operators that geopol's own functions then resolve (their
-- search_path is pg_catalog, geopol) with the caller's rights.  So an
-- existing schema must belong to a superuser or to the role installing
-- geopol, let no other role create objects in it, and be empty.
DO $check$
DECLARE
    saved text := pg_catalog.current_setting('search_path');
    s oid := '@extschema@'::pg_catalog.regnamespace;
    owner_name name;
    owner_super boolean;
    creators text;
    objects bigint;
BEGIN
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    SELECT r.rolname, r.rolsuper INTO owner_name, owner_super
      FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) n.nspowner
     WHERE n.oid OPERATOR(pg_catalog.=) s;
    IF NOT owner_super AND owner_name OPERATOR(pg_catalog.<>) CURRENT_USER THEN
        RAISE EXCEPTION 'schema "%" already exists and belongs to role "%"', '@extschema@', owner_name
            USING ERRCODE = 'duplicate_schema',
                  DETAIL = 'geopol installs into a schema of its own: the owner of the schema could create functions and operators in it beside geopol''s, which geopol''s functions would then call with the rights of whoever calls them.',
                  HINT = 'Drop or rename that schema, or give it to a superuser (ALTER SCHEMA geopol OWNER TO postgres), then CREATE EXTENSION geopol again.';
    END IF;
    SELECT pg_catalog.string_agg(CASE WHEN a.grantee OPERATOR(pg_catalog.=) 0::pg_catalog.oid THEN 'PUBLIC'
                                      ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END, ', ')
      INTO creators
      FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) a
     WHERE n.oid OPERATOR(pg_catalog.=) s AND a.privilege_type OPERATOR(pg_catalog.=) 'CREATE'
       AND a.grantee OPERATOR(pg_catalog.<>) n.nspowner;
    IF creators IS NOT NULL THEN
        RAISE EXCEPTION 'other roles may create objects in schema "%": %', '@extschema@', creators
            USING ERRCODE = 'duplicate_schema',
                  DETAIL = 'Objects they create beside geopol''s would be called by geopol''s functions with the rights of whoever calls them.',
                  HINT = 'REVOKE CREATE ON SCHEMA geopol FROM ' || creators || ', or drop the schema, then CREATE EXTENSION geopol again.';
    END IF;
    SELECT pg_catalog.count(*) INTO objects
      FROM pg_catalog.pg_depend d
     WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_namespace'::pg_catalog.regclass
       AND d.refobjid OPERATOR(pg_catalog.=) s
       AND d.classid OPERATOR(pg_catalog.<>) 'pg_catalog.pg_extension'::pg_catalog.regclass;
    IF objects OPERATOR(pg_catalog.>) 0 THEN
        RAISE EXCEPTION 'schema "%" already exists and is not empty: it holds % objects', '@extschema@', objects
            USING ERRCODE = 'duplicate_schema',
                  DETAIL = 'geopol installs into a schema of its own; objects already there would be found by geopol''s functions.',
                  HINT = 'Move those objects to another schema (ALTER ... SET SCHEMA) or drop them, then CREATE EXTENSION geopol again.';
    END IF;
    PERFORM pg_catalog.set_config('search_path', saved, true);
END
$check$;

-- everyone may use geopol's types, functions and the registry (what each
-- role may read or write is granted object by object: README, Privileges)
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;

-- One row per transaction that changed the registry (the tables behind
-- actor_name, membership, code_alias, bloc_kind and lexicon), written by
-- their statement-level triggers.  Each session's caches of the registry
-- count the rows their statement's snapshot sees, to know whether the
-- cache is right for that snapshot (src/registry.c).  Not dumped: its
-- meaning ends with the cluster's transaction ids.
CREATE TABLE @extschema@.registry_change (
    xid pg_catalog.xid8 PRIMARY KEY
);
COMMENT ON TABLE @extschema@.registry_change IS
'internal: the transactions that changed the registry (actor_name, membership, code_alias, bloc_kind, lexicon); lets each session''s caches tell whether a snapshot sees changes they do not hold';
COMMENT ON COLUMN @extschema@.registry_change.xid IS 'the transaction (pg_current_xact_id())';

-- Privileges (README, "Privileges").  geopol creates no roles (roles belong
-- to the cluster, not to a database or an extension): these functions give
-- a role of the DBA's the rights of a reader or an editor of geopol's data,
-- for every table and view of geopol, including those added later by
-- updates (run them again after ALTER EXTENSION UPDATE).  Only the owner of
-- geopol's objects (the role that ran CREATE EXTENSION) may grant.
-- Internal tables (the installed, user and hidden parts of the registry,
-- registry_change) are granted to nobody: everyone reads and writes the
-- registry through its views.
CREATE FUNCTION @extschema@.is_internal_relation(regclass) RETURNS boolean
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT c.relname = 'registry_change'
        OR c.relname ~ '^(actor_name|membership|code_alias|bloc_kind|lexicon|import_sector|plover_stance)_(builtin|user|hidden)$'
        OR c.relispartition
      FROM pg_class c WHERE c.oid = $1
$$;
COMMENT ON FUNCTION @extschema@.is_internal_relation(regclass) IS
'is this one of geopol''s internal tables (the parts of the registry behind its views, registry_change, partitions), which no role is granted?';

CREATE FUNCTION @extschema@.grant_reader(role regrole) RETURNS void
LANGUAGE plpgsql VOLATILE STRICT
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    r regclass;
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %s', '@extschema@', role);
    FOR r IN SELECT c.oid FROM pg_class c
              WHERE c.relnamespace = '@extschema@'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                AND NOT @extschema@.is_internal_relation(c.oid)
              ORDER BY c.relname
    LOOP
        EXECUTE format('GRANT SELECT ON %s TO %s', r, role);
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION @extschema@.grant_reader(regrole) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.grant_reader(regrole) IS
'grants a role what a reader needs: SELECT on every table and view of geopol (articles, statements, the registry); run by the owner of geopol';

CREATE FUNCTION @extschema@.grant_editor(role regrole) RETURNS void
LANGUAGE plpgsql VOLATILE STRICT
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    r regclass;
BEGIN
    PERFORM @extschema@.grant_reader(role);
    -- tables, and the views that can be written (the registry)
    FOR r IN SELECT c.oid FROM pg_class c
              WHERE c.relnamespace = '@extschema@'::regnamespace
                AND NOT @extschema@.is_internal_relation(c.oid)
                AND (c.relkind IN ('r', 'p')
                     OR (c.relkind = 'v' AND EXISTS (SELECT FROM pg_trigger t
                                                      WHERE t.tgrelid = c.oid AND (t.tgtype & 64) <> 0)))
              ORDER BY c.relname
    LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s TO %s', r, role);
    END LOOP;
    FOR r IN SELECT c.oid FROM pg_class c
              WHERE c.relnamespace = '@extschema@'::regnamespace AND c.relkind = 'S'
                AND NOT @extschema@.is_internal_relation(c.oid)
              ORDER BY c.relname
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO %s', r, role);
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION @extschema@.grant_editor(regrole) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.grant_editor(regrole) IS
'grants a role what an editor needs: what a reader has, and INSERT, UPDATE and DELETE on the registry (through its views), articles and statements, and the use of their sequences (so geopol.ingest() works); run by the owner of geopol';
