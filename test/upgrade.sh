#!/usr/bin/env bash
# test/upgrade.sh -- the upgrade path: a database created with each earlier
# release of geopol (0.1, 0.2) and updated with ALTER EXTENSION ... UPDATE has
# the same objects, definitions and builtin data as a fresh install of the
# current version, and keeps the user's rows.  Prints "ok N - ..." lines and "upgrade: N passed, N failed".
set -u
. "$(dirname "$0")/cluster.sh"
. "$(dirname "$0")/check.sh"
cluster_start || { echo "upgrade: 0 passed, 1 failed"; exit 1; }
version=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" "$(dirname "$0")/../geopol.control")

psqlq -d postgres -c "CREATE DATABASE fresh"
psqlq -d fresh -c "CREATE EXTENSION geopol"
for from in 0.1 0.2; do
up=up_${from//./_}
psqlq -d postgres -c "CREATE DATABASE $up"
psqlq -d $up -c "CREATE EXTENSION geopol VERSION '$from'"
psqlq -d $up <<'SQL'
INSERT INTO geopol.actor_name (actor, name, kind, source) VALUES ('PRK', 'the Hermit Kingdom', 'alias', 'test');
INSERT INTO geopol.article (url, published, title, body) VALUES ('https://example.org/old', '2024-11-05', 't', 'b');
INSERT INTO geopol.statement (article, said_on, source, stance, target, evidence)
SELECT id, '2024-11-05', '{G7,EU}', 'condemn', '{PRK}', 'coded by hand in 0.1' FROM geopol.article;
SQL
check "ALTER EXTENSION geopol UPDATE from $from to $version" \
	psqlq -d $up -c "ALTER EXTENSION geopol UPDATE"
check "the extension updated from $from reports version $version" \
	test "$(psqlq -d $up -c "SELECT extversion FROM pg_extension WHERE extname = 'geopol'")" = "$version"

done

# everything that defines the extension, one line each, in a stable order
signature() {
	psqlq -d "$1" <<'SQL'
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'geopol'),
members AS (
    SELECT 'member ' || pg_describe_object(d.classid, d.objid, d.objsubid) AS line
      FROM pg_depend d, ext WHERE d.refobjid = ext.oid AND d.deptype = 'e'),
funcs AS (
    SELECT 'function ' || p.oid::regprocedure::text || ' ' || md5(pg_get_functiondef(p.oid))
           || ' ' || coalesce(md5(obj_description(p.oid, 'pg_proc')), '-')
      FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
      JOIN ext ON d.refobjid = ext.oid AND d.deptype = 'e'
     WHERE p.prokind IN ('f', 'p')),
cols AS (
    SELECT 'column ' || c.oid::regclass::text || '.' || a.attname || ' ' || a.attnum || ' '
           || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull || ' '
           || coalesce(pg_get_expr(ad.adbin, ad.adrelid), '') || ' '
           || coalesce(md5(col_description(c.oid, a.attnum)), '-')
      FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'geopol'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
     WHERE c.relkind IN ('r', 'v')),
cons AS (
    SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
      FROM pg_constraint WHERE connamespace = 'geopol'::regnamespace AND contype <> 't'),
idx AS (
    SELECT 'index ' || pg_get_indexdef(i.indexrelid)
      FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
      JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'geopol'),
views AS (
    SELECT 'view ' || c.oid::regclass::text || ' ' || md5(pg_get_viewdef(c.oid))
      FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'geopol'
     WHERE c.relkind = 'v'),
acl AS (
    SELECT 'acl ' || c.oid::regclass::text || ' ' || coalesce(c.relacl::text, '-')
      FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'geopol'
    UNION ALL
    SELECT 'acl function ' || p.oid::regprocedure::text || ' ' || coalesce(p.proacl::text, '-')
      FROM pg_proc p WHERE p.pronamespace = 'geopol'::regnamespace
    UNION ALL
    SELECT 'acl schema geopol ' || coalesce(nspacl::text, '-') FROM pg_namespace WHERE nspname = 'geopol'),
trg AS (
    SELECT 'trigger ' || pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'geopol'
     WHERE NOT t.tgisinternal),
conf AS (
    SELECT 'config ' || c::regclass::text || ' ' || coalesce(e.extcondition[i], '')
      FROM pg_extension e, unnest(e.extconfig) WITH ORDINALITY AS u(c, i)
     WHERE e.extname = 'geopol'),
data AS (
    SELECT 'data actor_name ' || count(*) || ' ' || md5(string_agg(format('%s|%s|%s|%s|%s', actor, name, kind, valid, source), ',' ORDER BY actor, name, kind, valid))
      FROM geopol.actor_name WHERE builtin
    UNION ALL
    SELECT 'data lexicon ' || count(*) || ' ' || md5(string_agg(format('%s|%s|%s|%s|%s', phrase, kind, stance, intensity, source), ',' ORDER BY phrase, kind))
      FROM geopol.lexicon WHERE builtin
    UNION ALL
    SELECT 'data membership ' || count(*) || ' ' || md5(string_agg(format('%s|%s|%s|%s|%s', bloc, member, during, role, source), ',' ORDER BY bloc, member, during))
      FROM geopol.membership WHERE builtin
    UNION ALL
    SELECT 'data code_alias ' || count(*) FROM geopol.code_alias WHERE builtin
    UNION ALL
    SELECT 'data bloc_kind ' || count(*) FROM geopol.bloc_kind WHERE builtin)
SELECT line FROM (
    SELECT line FROM members UNION ALL SELECT * FROM funcs UNION ALL SELECT * FROM cols
    UNION ALL SELECT * FROM cons UNION ALL SELECT * FROM idx UNION ALL SELECT * FROM trg
    UNION ALL SELECT * FROM views UNION ALL SELECT * FROM acl
    UNION ALL SELECT * FROM conf UNION ALL SELECT * FROM data) x
ORDER BY line COLLATE "C";
SQL
}
signature fresh >"$work/fresh.sig"
for from in 0.1 0.2; do
up=up_${from//./_}
signature $up >"$work/$up.sig"
check "updated from $from and fresh install have the same objects, definitions and builtin data ($(wc -l <"$work/fresh.sig") lines compared)" \
	eval 'test -s "$work/fresh.sig" && diff -u "$work/fresh.sig" "$work/$up.sig"'
check "the user's name and hand-coded statement survive the update from $from" \
	test "$(psqlq -d $up -c "SELECT geopol.lookup('the Hermit Kingdom')::text || ' ' || count(*) FROM geopol.statement WHERE NOT extracted")" = "PRK 1"
check "geopol.extract() works in the database updated from $from" \
	test "$(psqlq -d $up -c "SELECT source::text || ' ' || target::text FROM geopol.extract('The Hermit Kingdom condemned Seoul.', '2024-01-01')")" = "{PRK} {KOR}"
done

echo "upgrade: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
