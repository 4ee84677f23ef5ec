-- test/suites/plants.sql -- used by test/suites/security.sh: writes the SQL
-- that plants, in schemas evil and public, a function, aggregate, operator,
-- domain or view with the name (and argument types) of every function,
-- aggregate, operator, type and relation of pg_catalog and geopol whose
-- name appears in a query geopol runs: its C sources' string literals, its
-- install and update scripts, and the bodies of its functions and views
-- (table tok, loaded by the caller, plus what this database holds).  Each
-- planted object raises WARNING 'PLANTED ...' when it runs.  Polymorphic
-- signatures are planted for each concrete type geopol's queries use.
-- Reads psql variable :part: 1 plants what needs only pg_catalog's types
-- (for a database where geopol is not installed yet, or where its types
-- may not be used), 2 the rest (what names geopol's types).
\set QUIET 1
SET search_path = '';
INSERT INTO tok
SELECT lower(m[1]) FROM pg_catalog.pg_proc p
  CROSS JOIN LATERAL pg_catalog.regexp_matches(p.prosrc, '([A-Za-z_][A-Za-z0-9_]*|[-+*/<>=~!@#%^&|`?]+)', 'g') m
 WHERE p.pronamespace = 'geopol'::regnamespace
   AND p.prolang IN (SELECT oid FROM pg_catalog.pg_language WHERE lanname IN ('sql', 'plpgsql'));
INSERT INTO tok
SELECT lower(m[1]) FROM pg_catalog.pg_class c
  CROSS JOIN LATERAL pg_catalog.regexp_matches(pg_catalog.pg_get_viewdef(c.oid), '([A-Za-z_][A-Za-z0-9_]*|[-+*/<>=~!@#%^&|`?]+)', 'g') m
 WHERE c.relnamespace = 'geopol'::regnamespace AND c.relkind = 'v';

CREATE TEMP TABLE fam (t regtype);
INSERT INTO fam VALUES ('pg_catalog.date'), ('pg_catalog.text'), ('pg_catalog.int4'), ('pg_catalog.int8'),
    ('pg_catalog.int2'), ('pg_catalog.numeric'), ('pg_catalog.bool'), ('pg_catalog.float4'), ('pg_catalog.float8'),
    ('pg_catalog.timestamptz'), ('pg_catalog.timestamp'), ('pg_catalog.xid8'), ('pg_catalog.oid'),
    ('pg_catalog.name'), ('pg_catalog.bytea'), ('pg_catalog.daterange'), ('geopol.actor'), ('geopol.bloc'),
    ('geopol.stance');

-- a concrete type for a declared one (NULL: cannot be planted)
CREATE FUNCTION pg_temp.conc(a oid, t regtype, is_ret boolean) RETURNS regtype LANGUAGE sql AS $$
    SELECT CASE
        WHEN a IN ('anyelement'::regtype, 'anynonarray'::regtype, 'anycompatible'::regtype,
                   'anycompatiblenonarray'::regtype, '"any"'::regtype) THEN t
        WHEN a IN ('anyarray'::regtype, 'anycompatiblearray'::regtype) THEN
            (SELECT NULLIF(typarray, 0)::regtype FROM pg_catalog.pg_type WHERE oid = t)
        WHEN a IN ('anyrange'::regtype, 'anycompatiblerange'::regtype) THEN
            (SELECT rngtypid::regtype FROM pg_catalog.pg_range WHERE rngsubtype = t LIMIT 1)
        WHEN a IN ('anymultirange'::regtype, 'anycompatiblemultirange'::regtype) THEN
            (SELECT rngmultitypid::regtype FROM pg_catalog.pg_range WHERE rngsubtype = t LIMIT 1)
        WHEN a IN ('record'::regtype, 'void'::regtype) AND is_ret THEN a::regtype
        WHEN (SELECT typtype FROM pg_catalog.pg_type WHERE oid = a) = 'p' THEN NULL
        ELSE a::regtype END
$$;

-- functions and aggregates: every signature, with defaults left out and
-- variadic arguments spelt out, for each family type
CREATE TEMP TABLE sig AS
WITH fn AS (
    SELECT p.oid, p.proname, p.prokind, p.proretset, p.provariadic, p.pronargdefaults,
           pg_catalog.string_to_array(p.proargtypes::text, ' ')::oid[] AS args,
           CASE WHEN p.proargmodes && ARRAY['o', 't', 'b']::"char"[] THEN 'record'::regtype::oid
                ELSE p.prorettype END AS ret
      FROM pg_catalog.pg_proc p
     WHERE p.pronamespace IN ('pg_catalog'::regnamespace, 'geopol'::regnamespace)
       AND p.prokind IN ('f', 'a')
       AND p.proname IN (SELECT t FROM tok)
       AND (p.prokind <> 'a' OR (SELECT aggkind FROM pg_catalog.pg_aggregate WHERE aggfnoid = p.oid) = 'n')),
forms AS (   -- argument lists: all, fewer (defaults), variadic spelt out 1..3 times
    SELECT fn.*, fn.args[1:pg_catalog.cardinality(fn.args) - d] AS a
      FROM fn, pg_catalog.generate_series(0, fn.pronargdefaults) d
     WHERE fn.provariadic = 0
    UNION ALL
    SELECT fn.*, fn.args[1:pg_catalog.cardinality(fn.args) - 1]
                 || pg_catalog.array_fill(fn.provariadic, ARRAY[k])
      FROM fn, pg_catalog.generate_series(1, 3) k
     WHERE fn.provariadic <> 0),
inst AS (
    SELECT f.proname, f.prokind, f.proretset, fam.t,
           (SELECT pg_catalog.array_agg(pg_temp.conc(x, fam.t, false) ORDER BY i)
              FROM pg_catalog.unnest(f.a) WITH ORDINALITY u(x, i)) AS ca,
           pg_temp.conc(f.ret, fam.t, true) AS cr,
           pg_catalog.cardinality(f.a) AS n
      FROM forms f CROSS JOIN fam)
SELECT DISTINCT ON (proname, ca::text) proname, prokind, proretset, ca, cr, n
  FROM inst
 WHERE cr IS NOT NULL AND (n = 0 OR pg_catalog.array_position(ca, NULL) IS NULL) AND (n > 0 OR prokind = 'a')
   AND (:part = 2) = EXISTS (SELECT FROM pg_catalog.unnest(ca || cr) x(y)
                              JOIN pg_catalog.pg_type ty ON ty.oid = x.y
                             WHERE ty.typnamespace = 'geopol'::regnamespace
                                OR ty.typelem IN (SELECT oid FROM pg_catalog.pg_type WHERE typnamespace = 'geopol'::regnamespace))
 ORDER BY proname, ca::text;

CREATE TEMP TABLE ops AS
WITH o AS (
    SELECT o.oprname, o.oprleft, o.oprright, o.oprresult
      FROM pg_catalog.pg_operator o
     WHERE o.oprnamespace IN ('pg_catalog'::regnamespace, 'geopol'::regnamespace)
       AND o.oprname IN (SELECT t FROM tok))
SELECT DISTINCT ON (oprname, l::text, r::text) oprname, l, r, res
  FROM (SELECT o.oprname,
               CASE WHEN o.oprleft = 0 THEN NULL ELSE pg_temp.conc(o.oprleft, fam.t, false) END AS l,
               pg_temp.conc(o.oprright, fam.t, false) AS r,
               pg_temp.conc(o.oprresult, fam.t, true) AS res, o.oprleft = 0 AS prefix
          FROM o CROSS JOIN fam) x
 WHERE r IS NOT NULL AND res IS NOT NULL AND (prefix OR l IS NOT NULL)
   AND (:part = 2) = EXISTS (SELECT FROM pg_catalog.pg_type ty
                              WHERE ty.oid IN (l, r, res)
                                AND (ty.typnamespace = 'geopol'::regnamespace
                                     OR ty.typelem IN (SELECT oid FROM pg_catalog.pg_type WHERE typnamespace = 'geopol'::regnamespace)))
 ORDER BY oprname, l::text, r::text;

\pset tuples_only on
\pset format unaligned
\o :out
SELECT 'SET search_path = '''';';
SELECT format($f$CREATE FUNCTION %I.gp_planted_check(boolean) RETURNS boolean LANGUAGE plpgsql AS $p$BEGIN RAISE WARNING 'PLANTED domain check ran as %%', current_user; RETURN true; END$p$;$f$, s)
  FROM (VALUES ('evil'), ('public')) v(s) WHERE :part = 1;
SELECT format($f$CREATE FUNCTION %I.gp_planted_rel(text) RETURNS integer LANGUAGE plpgsql AS $p$BEGIN RAISE WARNING 'PLANTED relation %% read as %%', $1, current_user; RETURN 1; END$p$;$f$, s)
  FROM (VALUES ('evil'), ('public')) v(s) WHERE :part = 1;
-- functions
SELECT format($f$CREATE FUNCTION %I.%I(%s) RETURNS %s%s LANGUAGE plpgsql AS $p$BEGIN RAISE WARNING 'PLANTED %s(%s) ran as %%', current_user; %s END$p$;$f$,
              s, proname, pg_catalog.array_to_string(ca::text[], ', '),
              CASE WHEN proretset THEN 'SETOF ' ELSE '' END, cr,
              proname, pg_catalog.replace(pg_catalog.array_to_string(ca::text[], ', '), '''', ''''''),
              CASE WHEN proretset OR cr = 'void'::regtype THEN 'RETURN;' ELSE 'RETURN NULL;' END)
  FROM sig, (VALUES ('evil'), ('public')) v(s)
 WHERE prokind = 'f';
-- aggregates: a transition function that reports, over the state type of the result
SELECT format($f$CREATE FUNCTION %I.gp_agg_%s(%s) RETURNS %s LANGUAGE plpgsql AS $p$BEGIN RAISE WARNING 'PLANTED aggregate %s ran as %%', current_user; RETURN NULL; END$p$;$f$
              || format($f$ CREATE AGGREGATE %I.%I(%s) (SFUNC = %I.gp_agg_%s, STYPE = %s);$f$,
                        s, proname, CASE WHEN n = 0 THEN '*' ELSE pg_catalog.array_to_string(ca::text[], ', ') END, s, i, cr),
              s, i, pg_catalog.array_to_string(ARRAY[cr] || ca, ', '), cr, proname)
  FROM (SELECT *, row_number() OVER () AS i FROM sig WHERE prokind = 'a' AND cr NOT IN ('record'::regtype, 'void'::regtype)) a,
       (VALUES ('evil'), ('public')) v(s);
-- operators
SELECT format($f$CREATE FUNCTION %I.gp_op_%s(%s) RETURNS %s LANGUAGE plpgsql AS $p$BEGIN RAISE WARNING 'PLANTED operator %s(%s) ran as %%', current_user; RETURN NULL; END$p$;$f$,
              s, i, concat_ws(', ', l, r), res, pg_catalog.replace(oprname, '%', '%%'),
              pg_catalog.replace(concat_ws(', ', l, r), '''', ''''''))
       || format($f$ CREATE OPERATOR %I.%s (%sRIGHTARG = %s, FUNCTION = %I.gp_op_%s);$f$,
                 s, oprname, CASE WHEN l IS NULL THEN '' ELSE 'LEFTARG = ' || l || ', ' END, r, s, i)
  FROM (SELECT *, row_number() OVER () AS i FROM ops) o, (VALUES ('evil'), ('public')) v(s);
-- domains named like the types, views named like the relations
SELECT format($f$CREATE DOMAIN %I.%I AS %s CHECK (%I.gp_planted_check(VALUE IS NULL));$f$,
              s, ty.typname, ty.oid::regtype, s)
  FROM pg_catalog.pg_type ty, (VALUES ('evil'), ('public')) v(s)
 WHERE ty.typnamespace IN ('pg_catalog'::regnamespace, 'geopol'::regnamespace)
   AND ty.typtype IN ('b', 'r', 'm', 'e') AND ty.typname NOT LIKE '\_%' AND ty.typname IN (SELECT t FROM tok)
   AND (:part = 2) = (ty.typnamespace = 'geopol'::regnamespace);
SELECT format($f$CREATE VIEW %I.%I AS SELECT %I.gp_planted_rel(%L) AS planted;$f$, s, c.relname, s, c.relname)
  FROM pg_catalog.pg_class c, (VALUES ('evil'), ('public')) v(s)
 WHERE c.relnamespace IN ('pg_catalog'::regnamespace, 'geopol'::regnamespace)
   AND c.relkind IN ('r', 'v', 'm', 'p', 'f') AND c.relname IN (SELECT t FROM tok) AND :part = 1;
\o
