-- 0.3, trust: search_path, schema ownership, privileges, registry integrity
--
-- The schema must be geopol's own (as CREATE EXTENSION now checks): no
-- other owner than a superuser or the role updating, nobody else may create
-- objects in it.
DO $check$
DECLARE
    saved text := pg_catalog.current_setting('search_path');
    s oid := '@extschema@'::pg_catalog.regnamespace;
    owner_name name;
    owner_super boolean;
    creators text;
BEGIN
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    SELECT r.rolname, r.rolsuper INTO owner_name, owner_super
      FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) n.nspowner
     WHERE n.oid OPERATOR(pg_catalog.=) s;
    IF NOT owner_super AND owner_name OPERATOR(pg_catalog.<>) CURRENT_USER THEN
        RAISE EXCEPTION 'schema "%" belongs to role "%"', '@extschema@', owner_name
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = 'The owner of the schema could create functions and operators in it beside geopol''s, which geopol''s functions would then call with the rights of whoever calls them.',
                  HINT = 'Give the schema to a superuser (ALTER SCHEMA geopol OWNER TO postgres), then update again.';
    END IF;
    SELECT pg_catalog.string_agg(CASE WHEN a.grantee OPERATOR(pg_catalog.=) 0::pg_catalog.oid THEN 'PUBLIC'
                                      ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END, ', ')
      INTO creators
      FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) a
     WHERE n.oid OPERATOR(pg_catalog.=) s AND a.privilege_type OPERATOR(pg_catalog.=) 'CREATE'
       AND a.grantee OPERATOR(pg_catalog.<>) n.nspowner;
    IF creators IS NOT NULL THEN
        RAISE EXCEPTION 'other roles may create objects in schema "%": %', '@extschema@', creators
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = 'Objects they create beside geopol''s would be called by geopol''s functions with the rights of whoever calls them.',
                  HINT = 'REVOKE CREATE ON SCHEMA geopol FROM ' || creators || ', then update again.';
    END IF;
    PERFORM pg_catalog.set_config('search_path', saved, true);
END
$check$;

