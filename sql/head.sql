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

