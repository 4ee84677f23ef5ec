#!/usr/bin/env bash
# test/suites/security.sh -- issue 11, items 1-4, on a throw-away cluster:
#
#  1. search_path: a role that may create objects in public and in a schema
#     of its own plants a function, aggregate, operator, domain or view with
#     the name and argument types of every one that a query of geopol names
#     (test/suites/plants.sql: taken from the C sources' string literals,
#     the install and update scripts, the bodies of geopol's functions and
#     views; polymorphic ones for each concrete type); then a superuser
#     calls every geopol function that runs a query, reads the dyad view,
#     writes the registry (so every cache reloads), with that schema first
#     on its search_path, with the default one, and with every query in a
#     parallel worker; and installs and updates geopol with it.  Nothing
#     planted may run (each planted object raises WARNING 'PLANTED').
#     Controls show the plants do run for unqualified SQL, and the
#     statistics of function calls show that every geopol function that
#     runs a query was called.
#  2. CREATE EXTENSION refuses a schema geopol that is not its own.
#  3. the caches check the current role's SELECT privilege on use.
#  4. the privileges of the owner, an editor and a reader.
# Prints "ok N - ..." / "not ok N - ..." and "security: N passed, N failed".
set -u
. "$(dirname "$0")/../cluster.sh"
. "$(dirname "$0")/../check.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" "$top/geopol.control")
cluster_start || { echo "security: 0 passed, 1 failed"; exit 1; }
psqlq -d postgres -c "ALTER SYSTEM SET track_functions = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
# psql as another role (quiet, unaligned, no ON_ERROR_STOP): psqlr ROLE ARGS...
psqlr() { local r=$1; shift; as_pg "$bindir/psql" -X -q -At -h "$work" -p "$port" -U "$r" "$@"; }
# the first lines of a text, as comments (shown when a check fails)
show() { echo "$1" | head -n "${2:-8}" | sed 's/^/#   /'; }

# ---- 1. search_path ----------------------------------------------------------
psqlq -d postgres -c "CREATE ROLE mallory LOGIN" \
	-c "CREATE ROLE plant_reader" -c "CREATE ROLE plant_editor" >/dev/null

# the words of every query geopol runs: C string literals, the scripts
words="$work/words.txt"
( for f in "$top"/src/*.c; do grep -ho '"[^"]*"' "$f"; done
  cat "$top"/sql/geopol--"$version".sql "$top"/sql/geopol--*--*.sql ) |
	grep -oE '[A-Za-z_][A-Za-z0-9_]*|[-+*/<>=~!@#%^&|`?]+' | tr 'A-Z' 'a-z' | sort -u >"$words"
chmod a+r "$words"
psqlq -d postgres -c "CREATE DATABASE ref"
psqlq -d ref -c "CREATE EXTENSION geopol"
for part in 1 2; do
	psqlq -d ref -v part=$part -v out="$work/plants-$part.sql" <<SQL >/dev/null
CREATE TEMP TABLE tok (t text);
\copy tok FROM '$words'
\i $top/test/suites/plants.sql
SQL
done
nplants=$(cat "$work"/plants-[12].sql | grep -cE '^CREATE (FUNCTION|DOMAIN|VIEW)')

# a database with geopol, some statements, and the plants
plant_setup() {
	psqlq -d postgres -c "CREATE DATABASE $1"
	psqlq -d "$1" -c "GRANT CREATE ON SCHEMA public TO mallory" -c "CREATE SCHEMA evil AUTHORIZATION mallory"
}
plant_setup plant
psqlq -d plant <<'SQL' >/dev/null
CREATE EXTENSION geopol;
CREATE SCHEMA fdw;
CREATE EXTENSION postgres_fdw SCHEMA fdw;
INSERT INTO geopol.article (url, published, title, body) VALUES ('https://example.org/a', '2024-11-05', 't', 'b');
INSERT INTO geopol.statement (article, said_on, source, stance, target, evidence)
SELECT a.id, d, s, 'condemn', '{PRK}', 'e'
  FROM geopol.article a, (VALUES ('2024-11-05'::date, '{G7,EU,KOR,AUS,NZL}'::geopol.bloc),
                                 ('2024-03-01', '{JPN}'), ('2024-06-01', '{NATO,JPN}')) v(d, s);
SQL
# (those that name geopol's types need USAGE on schema geopol, which 0.3
# grants to PUBLIC: without it, the plants of pg_catalog's names stand)
out=$(psqlr mallory -d plant -1 -v ON_ERROR_STOP=1 -f "$work/plants-1.sql" 2>&1)
out=$out$(psqlr mallory -d plant -1 -v ON_ERROR_STOP=1 -f "$work/plants-2.sql" 2>&1)
check "a role that may create in public and in its own schema plants $nplants objects" test -z "$out"
[ -n "$out" ] && show "$out"

# controls: the plants run for unqualified SQL under these search paths
control() {
	psqlq -d plant -c "SET search_path = evil, public, pg_catalog" -c "$1" 2>&1 >/dev/null | grep -c 'PLANTED'
}
check "control: a planted lower(daterange) runs for unqualified lower(during)" \
	test "$(control "SELECT lower(pg_catalog.daterange('2020-01-01', '2021-01-01'))")" -ge 1
check "control: a planted = (actor, actor) runs for unqualified =" \
	test "$(control "SELECT 'NATO'::geopol.actor = 'NATO'::geopol.actor")" -ge 1
check "control: a planted domain text runs for ::text" test "$(control "SELECT 'x'::text")" -ge 1
check "control: a planted view membership runs for unqualified membership" \
	test "$(control "SELECT * FROM membership")" -ge 1
check "control: with the default search_path, a planted public.lower(daterange) beats pg_catalog.lower(anyrange)" \
	test "$(psqlq -d plant -c "SELECT lower(pg_catalog.daterange('2020-01-01', '2021-01-01'))" 2>&1 >/dev/null | grep -c PLANTED)" -ge 1

# every geopol function that runs a query, the dyad view, and writes to
# the registry (each cache reloads after them)
cat >"$work/calls.sql" <<'SQL'
SET client_min_messages = warning;
-- the membership cache
SELECT geopol.members('NATO', '2024-11-05'), geopol.is_member('FRA', 'NATO', '2024-11-05'),
       geopol.member_of('FRA', '2024-11-05'), geopol.expand('{G7,KOR}', '2024-11-05'),
       geopol.is_bloc('NATO'), geopol.blocs_ever('FRA'), geopol.speakers('{G7,EU}', '2024-11-05'),
       geopol.concerns('{G7}', '2024-11-05', 'FRA'), geopol.spoke('{G7}', '2024-11-05', 'FRA') \g /dev/null
SELECT * FROM geopol.parties('{G7,EU}', '2024-11-05') \g /dev/null
SELECT * FROM geopol.country_dyads('{G7}', '{PRK}', '2024-11-05') \g /dev/null
-- names and codes
SELECT geopol.lookup('North Korea'), geopol.lookup('Burma', '2000-01-01'), geopol.label('RUS.GOV.MIL'),
       geopol.label('PRK', '2024-01-01'), geopol.canonical('IGOWSTNAT'),
       geopol.is_internal_relation('geopol.membership') \g /dev/null
-- extraction
SELECT * FROM geopol.extract('Japan strongly condemned North Korea''s missile launch on Monday.', '2024-11-05') \g /dev/null
SELECT * FROM geopol.mentions('Japan strongly condemned North Korea''s missile launch on Monday.', '2024-11-05') \g /dev/null
SELECT * FROM geopol.extract_dictionary() \g /dev/null
SELECT geopol.lexicon_phrase_ok('condemn', 'stance') \g /dev/null
SELECT geopol.ingest('https://example.org/planted', '2024-11-05', 'Tokyo protests', 'Japan condemned North Korea on Friday.') \g /dev/null
-- the questions and the dyad view
SELECT * FROM geopol.dyad \g /dev/null
SELECT * FROM geopol.who('condemn', 'PRK', '2024-01-01', '2024-12-31') \g /dev/null
SELECT * FROM geopol.stance_matrix('2024-01-01', '2024-12-31') \g /dev/null
SELECT * FROM geopol.cohesion('G7', '2024-01-01', '2024-12-31') \g /dev/null
SELECT * FROM geopol.timeseries('PRK', 'condemn', '2024-01-01', '2024-12-31') \g /dev/null
SELECT * FROM geopol.who('condemn', 'USA', '2024-01-01', '2024-12-31', include_own => true) \g /dev/null
SELECT * FROM geopol.stance_matrix('2024-01-01', '2024-12-31', 'condemn', domestic => true) \g /dev/null
SELECT * FROM geopol.timeseries('PRK', 'condemn', '-infinity', 'infinity', 'quarter', zeros => true, include_own => true) \g /dev/null
SELECT geopol.first_time('JPN', 'condemn', 'PRK'), geopol.last_time('JPN', 'condemn', 'PRK') \g /dev/null
SELECT geopol.first_or_last('JPN', 'condemn', 'PRK', false) \g /dev/null
-- the client's questions and pictures
SELECT geopol.find_actor('North Korea'), geopol.find_actor('PRK.GOV', '2024-01-01') \g /dev/null
SELECT geopol.graphml('condemn', '2024-01-01', '2024-12-31'), geopol.graph_json('DISAPPROVE', '2024-01-01', '2024-12-31') \g /dev/null
SELECT * FROM geopol.ingest_once('https://example.org/once', '2024-11-05', 't', 'Japan condemned North Korea on Friday.') \g /dev/null
-- partitions, and the shard set-up (a postgres_fdw server is declared, not
-- reached: shard_statements() only makes foreign tables); rolled back, so
-- the other calls read the DEFAULT partition each time
BEGIN;
SELECT geopol.create_statement_partitions('2024-01-01', '2024-12-31', 'quarter') \g /dev/null
SELECT geopol.partition_days('geopol.statement_y2024q4') \g /dev/null
SELECT * FROM geopol.who('condemn', 'PRK', '2024-01-01', '2024-12-31') \g /dev/null
CREATE SERVER plant_shard FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'plant', extensions 'geopol');
SELECT geopol.shard_statements('{plant_shard}', '2030-01-01', '2030-12-31') \g /dev/null
ROLLBACK;
-- writes through the registry's views (user rows, installed rows deleted
-- and corrected), and the caches reloaded after them
DELETE FROM geopol.membership WHERE bloc OPERATOR(geopol.=) 'PLNT';
INSERT INTO geopol.membership (bloc, member, during, source) VALUES ('PLNT', 'FRA', '[2020-01-01,)', 'test');
UPDATE geopol.membership SET source = 'test 2' WHERE bloc OPERATOR(geopol.=) 'PLNT';
DELETE FROM geopol.membership WHERE bloc OPERATOR(geopol.=) 'G7' AND member OPERATOR(geopol.=) 'ITA';
UPDATE geopol.membership SET source = 'corrected' WHERE bloc OPERATOR(geopol.=) 'G7' AND member OPERATOR(geopol.=) 'JPN';
DELETE FROM geopol.actor_name WHERE actor OPERATOR(geopol.=) 'RTA';
INSERT INTO geopol.actor_name (actor, name, kind, source) VALUES ('RTA', 'Ruritania', 'name', 'test');
UPDATE geopol.actor_name SET source = 'corrected' WHERE name OPERATOR(pg_catalog.=) 'Burma';
DELETE FROM geopol.lexicon WHERE phrase OPERATOR(pg_catalog.=) 'excoriate';
INSERT INTO geopol.lexicon (phrase, kind, stance, source) VALUES ('excoriate', 'stance', 'condemn', 'test');
UPDATE geopol.lexicon SET source = 'corrected' WHERE phrase OPERATOR(pg_catalog.=) 'condemn';
DELETE FROM geopol.code_alias WHERE code OPERATOR(geopol.=) 'IGO.PLNT';
INSERT INTO geopol.code_alias (code, actor, source) VALUES ('IGO.PLNT', 'PLNT', 'test');
UPDATE geopol.code_alias SET source = 'corrected' WHERE code OPERATOR(geopol.=) 'GOS';
DELETE FROM geopol.bloc_kind WHERE bloc OPERATOR(geopol.=) 'PLNT';
INSERT INTO geopol.bloc_kind (bloc, kind, source) VALUES ('PLNT', 'forum', 'test');
UPDATE geopol.bloc_kind SET source = 'corrected' WHERE bloc OPERATOR(geopol.=) 'EU';
DELETE FROM geopol.import_sector WHERE sector OPERATOR(pg_catalog.=) 'Plant Sector';
INSERT INTO geopol.import_sector (sector, role, rank, source) VALUES ('Plant Sector', 'GOV', 50, 'test');
UPDATE geopol.import_sector SET source = 'corrected' WHERE sector OPERATOR(pg_catalog.=) 'Police';
DELETE FROM geopol.import_sector WHERE sector OPERATOR(pg_catalog.=) 'Navy';
DELETE FROM geopol.plover_stance WHERE event_type OPERATOR(pg_catalog.=) 'PLANT';
INSERT INTO geopol.plover_stance (event_type, mode, stance, source) VALUES ('PLANT', '', 'condemn', 'test');
UPDATE geopol.plover_stance SET source = 'corrected' WHERE event_type OPERATOR(pg_catalog.=) 'ACCUSE' AND mode OPERATOR(pg_catalog.=) '';
DELETE FROM geopol.plover_stance WHERE event_type OPERATOR(pg_catalog.=) 'THREATEN' AND mode OPERATOR(pg_catalog.=) 'ban';
SELECT geopol.members('G7', '2024-11-05'), geopol.expand('{PLNT}', '2024-11-05'),
       geopol.speakers('{PLNT}', '2024-11-05') \g /dev/null
SELECT * FROM geopol.extract('Ruritania excoriated France.', '2024-11-05') \g /dev/null
SELECT geopol.grant_reader('plant_reader'), geopol.grant_editor('plant_editor') \g /dev/null
SQL
# the imports of every kind of conversion: GDELT 2.0 events from a file on
# the server (loaded again each round: the second finds the stored events),
# GDELT 2.0 mentions and ICEWS (named actors, sectors) staged in SQL
field() { local IFS=$'\t'; echo "$*" | sed 's/\t/\\t/g'; }
gdelt=()
for i in $(seq 1 61); do
	case $i in 1) v=1 ;; 2) v=20241105 ;; 6) v=JPNGOV ;; 16) v=PRK ;; 27) v=111 ;; 32) v=3 ;;
		61) v=https://example.org/g ;; *) v= ;; esac
	gdelt+=("$v")
done
(IFS=$'\t'; echo "${gdelt[*]}") >"$work/plant-gdelt2.tsv"
chmod a+r "$work/plant-gdelt2.tsv"
icews_head=$(field 'Event ID' 'Event Date' 'Source Name' 'Source Sectors' 'Source Country' 'Event Text' 'CAMEO Code' \
	Intensity 'Target Name' 'Target Sectors' 'Target Country' 'Story ID' 'Sentence Number' Publisher City District \
	Province Country Latitude Longitude)
icews_row=$(field 1 2024-11-05 'Japan Self-Defense Forces' 'Military,Government' Japan 'Criticize or denounce' 111 -2 \
	'North Korea' '' 'North Korea' 1 1 x '' '' '' Japan 0 0)
mention=$(field 1 20241105000000 20241105010000 1 example.org https://example.org/m 1 1 2 3 1 100 1000 -1.5 '' '')
cat >>"$work/calls.sql" <<SQL
SELECT * FROM geopol.import_file('gdelt2', '$work/plant-gdelt2.tsv') \\g /dev/null
BEGIN;
SELECT geopol.import_begin('gdelt2', 'gdelt2', 'plant-quick', '7', '7', '{2024-11-05}') \\g /dev/null
SELECT * FROM geopol.import_end('gdelt2', 'gdelt2', 'plant-quick', 100, 0, 0) \\g /dev/null
ROLLBACK;
SELECT geopol.import_stage('gdelt2-mentions') \\g /dev/null
INSERT INTO pg_temp.geopol_import_lines (raw) VALUES (E'$mention');
SELECT * FROM geopol.import('gdelt2-mentions', 'pg_temp.geopol_import_lines', 'plant-mentions') \\g /dev/null
SELECT geopol.import_stage('icews') \\g /dev/null
INSERT INTO pg_temp.geopol_import_lines (raw) VALUES (E'$icews_head'), (E'$icews_row');
SELECT * FROM geopol.import('icews', 'pg_temp.geopol_import_lines', 'plant-icews') \\g /dev/null
SELECT pg_stat_force_next_flush() \\g /dev/null
SQL
parallel="SET force_parallel_mode = on; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;"
for mode in "evil first on the search_path|SET search_path = evil, public, pg_catalog;" \
            "the default search_path, plants in public|SET search_path = \"\$user\", public;" \
            "evil first, every query in a parallel worker|SET search_path = evil, public, pg_catalog; $parallel"; do
	what=${mode%%|*}
	out=$(printf '%s\n\\i %s\n' "${mode#*|}" "$work/calls.sql" | psqlr postgres -d plant 2>&1)
	planted=$(echo "$out" | grep -c 'PLANTED')
	errors=$(echo "$out" | grep -c 'ERROR')
	check "superuser, $what: no planted object ran ($planted), nothing failed ($errors)" \
		test "$planted" -eq 0 -a "$errors" -eq 0
	[ "$planted$errors" != 00 ] && show "$out" 12
done

# coverage: every geopol function that can run a query was called above
symbols=$(grep -l 'SPI_connect\|registry_load\|dict_load' "$top"/src/*.c |
	xargs sed -n 's/^PG_FUNCTION_INFO_V1(\([a-z_0-9]*\));/\1/p' | paste -sd, -)
sleep 1
uncalled=$(psqlq -d plant <<SQL
SET search_path = pg_catalog;
SELECT count(*) || ' ' || coalesce(string_agg(p.oid::regprocedure::text, ', ') FILTER (WHERE coalesce(s.calls, 0) = 0), '')
  FROM pg_proc p LEFT JOIN pg_stat_user_functions s ON s.funcid = p.oid
 WHERE p.pronamespace = 'geopol'::regnamespace AND p.prokind = 'f'
   AND ((p.prolang IN (SELECT oid FROM pg_language WHERE lanname IN ('sql', 'plpgsql')) AND p.prosqlbody IS NULL)
        OR (p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c') AND p.prosrc = ANY ('{$symbols}')))
SQL
)
check "every one of the ${uncalled%% *} geopol functions that run queries was called with the plants in place (not: ${uncalled#* })" \
	test -z "${uncalled#* }" -a "${uncalled%% *}" -ge 30
check "every SQL and PL/pgSQL function of geopol pins its search_path (or has an SQL-standard body)" \
	test "$(psqlq -d plant -c "SET search_path = pg_catalog" -c "SELECT coalesce(string_agg(oid::regprocedure::text, ', '), 'none') FROM pg_proc
	         WHERE pronamespace = 'geopol'::regnamespace AND prolang IN (SELECT oid FROM pg_language WHERE lanname IN ('sql', 'plpgsql'))
	           AND prosqlbody IS NULL AND NOT coalesce(proconfig, '{}') @> '{\"search_path=pg_catalog, geopol, pg_temp\"}'")" = none

# CREATE EXTENSION and ALTER EXTENSION UPDATE with the plants in place
plant_setup plantnew
out=$(psqlr mallory -d plantnew -1 -v ON_ERROR_STOP=1 -f "$work/plants-1.sql" 2>&1)
out=$out$(psqlq -d plantnew -c "SET search_path = evil, public, pg_catalog" -c "CREATE EXTENSION geopol" 2>&1)
check "CREATE EXTENSION geopol with planted objects first on the search_path: none ran" \
	test "$(echo "$out" | grep -c 'PLANTED\|ERROR')" -eq 0
plant_setup plantup
psqlq -d plantup -c "CREATE EXTENSION geopol VERSION '0.2'"
out=$(psqlr mallory -d plantup -1 -v ON_ERROR_STOP=1 -f "$work/plants-1.sql" 2>&1)
out=$out$(psqlq -d plantup -c "SET search_path = evil, public, pg_catalog" -c "ALTER EXTENSION geopol UPDATE" 2>&1)
check "ALTER EXTENSION geopol UPDATE from 0.2 with planted objects first on the search_path: none ran" \
	test "$(echo "$out" | grep -c 'PLANTED\|ERROR')" -eq 0

# ---- 2. the schema must be geopol's own ------------------------------------
refused() {	# db setup-sql expected-text
	psqlq -d postgres -c "CREATE DATABASE $1"
	psqlq -d "$1" -c "GRANT CREATE ON DATABASE $1 TO mallory" >/dev/null
	eval "$2"
	out=$(psqlq -d "$1" -v VERBOSITY=verbose -c "\\set VERBOSITY verbose" -c "CREATE EXTENSION geopol" 2>&1)
	echo "$out" | grep -q "42P06" && echo "$out" | grep -q "$3" &&
		test "$(psqlq -d "$1" -c "SELECT count(*) FROM pg_extension WHERE extname = 'geopol'")" = 0
}
check "CREATE EXTENSION refuses a schema geopol that another role created (42P06)" \
	refused s1 'psqlr mallory -d s1 -c "CREATE SCHEMA geopol"' 'belongs to role "mallory"'
check "CREATE EXTENSION refuses a schema geopol where others may create objects" \
	refused s2 'psqlq -d s2 -c "CREATE SCHEMA geopol" -c "GRANT CREATE ON SCHEMA geopol TO PUBLIC"' \
	'other roles may create objects in schema "geopol": PUBLIC'
check "CREATE EXTENSION refuses a schema geopol that is not empty" \
	refused s3 'psqlq -d s3 -c "CREATE SCHEMA geopol" -c "CREATE FUNCTION geopol.lower(daterange) RETURNS date LANGUAGE sql AS \$\$SELECT NULL::date\$\$"' \
	'is not empty: it holds 1 objects'
psqlq -d postgres -c "CREATE DATABASE s4"
check "an empty schema geopol of a superuser is fine, and so is CREATE EXTENSION after DROP EXTENSION" \
	psqlq -d s4 -c "CREATE SCHEMA geopol" -c "CREATE EXTENSION geopol" -c "DROP EXTENSION geopol" -c "CREATE EXTENSION geopol"
psqlq -d postgres -c "CREATE DATABASE s5"
psqlq -d s5 -c "CREATE EXTENSION geopol VERSION '0.2'" -c "ALTER SCHEMA geopol OWNER TO mallory"
out=$(psqlq -d s5 -c "\\set VERBOSITY verbose" -c "ALTER EXTENSION geopol UPDATE" 2>&1)
check "ALTER EXTENSION UPDATE refuses a schema geopol that a non-superuser owns (42501)" \
	eval 'echo "$out" | grep -q "42501" && echo "$out" | grep -q "belongs to role \"mallory\""'

# ---- 3 and 4. privileges -------------------------------------------------------
psqlq -d postgres -c "CREATE DATABASE priv" -c "CREATE ROLE reader LOGIN" -c "CREATE ROLE editor LOGIN" \
	-c "CREATE ROLE nobody LOGIN" >/dev/null
psqlq -d priv <<'SQL' >/dev/null
CREATE EXTENSION geopol;
SELECT geopol.grant_reader('reader');
SELECT geopol.grant_editor('editor');
INSERT INTO geopol.article (url, published, title, body) VALUES ('https://example.org/a', '2024-11-05', 't', 'b');
INSERT INTO geopol.statement (article, said_on, source, stance, target, evidence)
SELECT id, '2024-11-05', '{G7,EU,KOR,AUS,NZL}', 'condemn', '{PRK}', 'e' FROM geopol.article;
SQL
# can ROLE run SQL?  allowed ROLE SQL / denied ROLE SQL (denied: SQLSTATE 42501)
allowed() { psqlr "$1" -d priv -v ON_ERROR_STOP=1 -c "SET search_path = geopol, public; $2" >/dev/null 2>&1; }
denied() {
	local out
	out=$(psqlr "$1" -d priv -c "\\set VERBOSITY verbose" -c "SET search_path = geopol, public; $2" 2>&1)
	echo "$out" | grep -q 'ERROR:  42501'
}
for r in reader editor nobody; do
	check "$r reads the registry (SELECT granted to PUBLIC) and its caches work for it" \
		allowed $r "SELECT count(*) FROM geopol.membership, geopol.actor_name WHERE false;
		            SELECT geopol.members('G7', '2024-11-05'), geopol.lookup('North Korea'), geopol.label('PRK');
		            SELECT * FROM geopol.extract('Japan condemned North Korea.', '2024-11-05')"
done
check "reader asks the questions (who, cohesion, the dyad view) and reads articles and statements" \
	allowed reader "SELECT * FROM geopol.who('condemn', 'PRK', '2024-01-01', '2024-12-31');
	                SELECT * FROM geopol.cohesion('G7', '2024-01-01', '2024-12-31'); SELECT * FROM geopol.dyad;
	                SELECT * FROM geopol.article, geopol.statement"
check "nobody (PUBLIC alone) may not read the statements (42501)" \
	denied nobody "SELECT * FROM geopol.who('condemn', 'PRK', '2024-01-01', '2024-12-31')"
for sql in "INSERT INTO geopol.actor_name (actor, name, kind) VALUES ('PRK', 'reader''s alias', 'alias')" \
           "DELETE FROM geopol.membership WHERE member = 'ITA'" \
           "INSERT INTO geopol.statement (said_on, source, stance, target) VALUES ('2024-11-05', '{JPN}', 'condemn', '{PRK}')" \
           "SELECT geopol.ingest('https://example.org/r', '2024-11-05', 't', 'Japan condemned North Korea.')"; do
	check "reader may not write: ${sql:0:60}... (42501)" denied reader "$sql"
done
check "editor edits the registry through its views (add, correct, delete names, memberships, stance words)" \
	allowed editor "INSERT INTO geopol.actor_name (actor, name, kind, source) VALUES ('PRK', 'the Hermit Kingdom', 'alias', 'editor');
	                UPDATE geopol.actor_name SET source = 'editor' WHERE name = 'Burma';
	                DELETE FROM geopol.membership WHERE bloc = 'G7' AND member = 'ITA';
	                INSERT INTO geopol.membership (bloc, member, during, source) VALUES ('LIMA', 'ARG', '[2017-08-08,)', 'editor');
	                INSERT INTO geopol.lexicon (phrase, kind, stance, source) VALUES ('excoriate', 'stance', 'condemn', 'editor');
	                INSERT INTO geopol.code_alias (code, actor, source) VALUES ('IGO.LIM', 'LIMA', 'editor');
	                INSERT INTO geopol.bloc_kind (bloc, kind, source) VALUES ('LIMA', 'forum', 'editor')"
check "editor's edits take effect for everyone (members of G7 without ITA, the new alias)" \
	test "$(psqlr nobody -d priv -c "SELECT geopol.is_member('ITA', 'G7', '2024-11-05')::text || ' ' || geopol.lookup('the hermit kingdom')")" = "false PRK"
check "editor writes articles and statements, and ingests" \
	allowed editor "INSERT INTO geopol.statement (said_on, source, stance, target) VALUES ('2024-11-05', '{JPN}', 'condemn', '{PRK}');
	                SELECT geopol.ingest('https://example.org/e', '2024-11-05', 't', 'Japan condemned North Korea on Monday.')"
check "editor imports (a staged GDELT line: statements, the import log) and reloads it (ingest_once, the import's registries edited)" \
	allowed editor "SELECT geopol.import_stage('gdelt2');
	                INSERT INTO pg_temp.geopol_import_lines (raw) VALUES (E'$(sed 's/\t/\\t/g' "$work/plant-gdelt2.tsv")');
	                SELECT geopol.import('gdelt2', 'pg_temp.geopol_import_lines', 'f');
	                SELECT geopol.import('gdelt2', 'pg_temp.geopol_import_lines', 'f');
	                SELECT geopol.ingest_once('https://example.org/e', '2024-11-05', 't', 'Japan condemned North Korea on Monday.');
	                UPDATE geopol.import_sector SET rank = 11 WHERE sector = 'Navy';
	                INSERT INTO geopol.plover_stance (event_type, stance, source) VALUES ('SCOLD', 'condemn', 'editor')"
check "... one imported statement, one log row per load" \
	test "$(psqlq -d priv -c "SELECT count(*) FROM geopol.statement WHERE dataset = 'gdelt2'" -c "SELECT count(*) FROM geopol.import_log")" = "$(printf '1\n2')"
check "nobody (PUBLIC) reads the import's registries and layouts, not its log or rejects (42501)" \
	eval 'allowed nobody "SELECT count(*) FROM geopol.import_sector, geopol.plover_stance, geopol.import_format, geopol.import_column WHERE false" &&
	      denied nobody "SELECT count(*) FROM geopol.import_log" && denied nobody "SELECT count(*) FROM geopol.import_reject"'
check "reader reads the import's log, rejects and mentions; may not import (42501)" \
	eval 'allowed reader "SELECT count(*) FROM geopol.import_log, geopol.import_reject, geopol.mention WHERE false" &&
	      denied reader "SELECT geopol.import_stage('"'"'gdelt2'"'"'); INSERT INTO pg_temp.geopol_import_lines (raw) VALUES (E'"'"'$(sed 's/\t/\\t/g' "$work/plant-gdelt2.tsv")'"'"'); SELECT geopol.import('"'"'gdelt2'"'"', '"'"'pg_temp.geopol_import_lines'"'"', '"'"'r'"'"')"'
for sql in "INSERT INTO geopol.membership_builtin (bloc, member, during, role) VALUES ('G7', 'ESP', '[2024-01-01,)', 'member')" \
           "DELETE FROM geopol.import_sector_hidden" \
           "DELETE FROM geopol.actor_name_hidden" \
           "INSERT INTO geopol.registry_change VALUES ('1')" \
           "TRUNCATE geopol.statement" \
           "ALTER TABLE geopol.article ADD COLUMN x int" \
           "SELECT geopol.grant_editor('nobody')"; do
	check "editor may not: ${sql:0:60}... (42501)" denied editor "$sql"
done
check "owner (who ran CREATE EXTENSION) truncates, writes the internal tables and grants" \
	psqlq -d priv -c "TRUNCATE geopol.registry_change" -c "SELECT geopol.grant_reader('nobody')" \
	-c "REVOKE ALL ON ALL TABLES IN SCHEMA geopol FROM nobody" \
	-c "DELETE FROM geopol.actor_name_hidden WHERE name = 'Burma'"

# 3: a cache warmed by a superuser gives nothing to a role that may not
# read the registry; granting and revoking take effect in the same session
psqlq -d priv -c "REVOKE SELECT ON geopol.membership FROM PUBLIC"
out=$(psqlr postgres -d priv 2>&1 <<'SQL'
\set VERBOSITY verbose
SELECT geopol.cardinality(geopol.members('NATO', '2024-11-05')), count(*) FROM geopol.extract('Japan condemned North Korea.', '2024-11-05');
SET ROLE nobody;
SELECT geopol.members('NATO', '2024-11-05');
SELECT * FROM geopol.extract('Japan condemned North Korea.', '2024-11-05');
SELECT geopol.lookup('North Korea');
RESET ROLE;
GRANT SELECT ON geopol.membership TO nobody;
SET ROLE nobody;
SELECT geopol.cardinality(geopol.members('NATO', '2024-11-05')), count(*) FROM geopol.extract('Japan condemned North Korea.', '2024-11-05');
RESET ROLE;
REVOKE SELECT ON geopol.membership FROM nobody;
SET ROLE nobody;
SELECT geopol.is_member('FRA', 'NATO', '2024-11-05');
SQL
)
check "after a superuser warmed the caches, SET ROLE to a role without SELECT on membership: members() 42501" \
	eval 'echo "$out" | grep -q "ERROR:  42501: permission denied for view geopol.membership" && test "$(echo "$out" | grep -c "ERROR:  42501")" -eq 3'
check "... extract() (which knows blocs from membership) refused too, lookup() still answers" \
	eval 'echo "$out" | grep -qx "PRK"'
check "GRANT in the same session: the role gets the answers; REVOKE: refused again" \
	eval 'test "$(echo "$out" | grep -cx "32|1")" -eq 2 -a "$(echo "$out" | grep -c "ERROR:  42501")" -eq 3'
psqlq -d priv -c "GRANT SELECT ON geopol.membership TO PUBLIC" -c "REVOKE SELECT ON geopol.actor_name FROM PUBLIC"
out=$(psqlr nobody -d priv 2>&1 <<'SQL'
\set VERBOSITY verbose
SELECT count(*) FROM geopol.extract('Japan condemned North Korea.', '2024-11-05');
SELECT geopol.cardinality(geopol.members('NATO', '2024-11-05'));
SQL
)
check "the other way round: a role that loads no cache itself is refused names it may not read (extract 42501), not memberships" \
	eval 'echo "$out" | grep -q "42501: permission denied for view geopol.actor_name" && echo "$out" | grep -qx 32'
psqlq -d priv -c "GRANT SELECT ON geopol.actor_name TO PUBLIC"

echo "security: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
