-- privileges.sql: the registry change log and the privilege functions (README,
-- "Privileges"); part of the fresh install and, unchanged, of the update
-- from 0.2 (sql/upgrade-0.3/11-privileges.sql is a link to this file).

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
