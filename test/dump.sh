#!/usr/bin/env bash
# test/dump.sh -- what pg_regress cannot test: pg_dump / pg_restore round trips
# of user data and user-added registry rows, on a throw-away cluster.
# Prints "ok N - ..." / "not ok N - ..." lines and "dump: N passed, N failed".
# Run by test/run.sh after the extension is installed.
set -u
. "$(dirname "$0")/cluster.sh"
. "$(dirname "$0")/check.sh"
cluster_start || { echo "dump: 0 passed, 1 failed"; exit 1; }

psqlq -d postgres -c "CREATE DATABASE src" -c "CREATE DATABASE dst"
psqlq -d src <<'SQL'
CREATE EXTENSION geopol;
CREATE TABLE public.events (id int PRIMARY KEY, who geopol.actor NOT NULL, whom geopol.actor);
CREATE INDEX ON public.events (who);
INSERT INTO public.events
SELECT g, (ARRAY['PRK.GOV','RUS.GOV.MIL','USA','G7','IGO.UNO.REF.HCR'])[1 + g % 5]::geopol.actor,
       CASE WHEN g % 7 = 0 THEN NULL ELSE 'PRK'::geopol.actor END
  FROM generate_series(1, 1000) g;
INSERT INTO geopol.actor_name (actor, name, kind, valid, source)
VALUES ('PRK.GOV', 'Kim Jong-un''s regime', 'alias', daterange('2011-12-17', NULL), 'test'),
       ('LIMA', 'Lima Group', 'name', daterange('2017-08-08', NULL), 'Lima Declaration, 2017-08-08');
INSERT INTO geopol.membership (bloc, member, during, source)
SELECT 'LIMA', m, daterange('2017-08-08', NULL), 'Lima Declaration, 2017-08-08'
  FROM unnest('{ARG,BRA,CAN,CHL,COL,CRI,GTM,HND,MEX,PAN,PRY,PER}'::geopol.actor[]) m;
INSERT INTO geopol.code_alias (code, actor, source) VALUES ('IGO.LAM.LIM', 'LIMA', 'test');
CREATE TABLE public.statements (id int, source geopol.bloc, target geopol.bloc);
INSERT INTO public.statements
SELECT g, CASE g % 3 WHEN 0 THEN '{G7,KOR,AUS,NZL}' WHEN 1 THEN '{LIMA}' ELSE '{}' END::geopol.bloc,
       '{PRK}'::geopol.bloc FROM generate_series(1, 300) g;
CREATE INDEX ON public.statements USING gin (source);
INSERT INTO geopol.article (url, published, title, body) VALUES ('https://example.org/a', '2024-11-05', 't', 'b');
INSERT INTO geopol.statement (article, said_on, source, stance, target, evidence)
SELECT id, '2024-11-05', '{G7,EU,KOR,AUS,NZL}', 'strongly concern', '{PRK}', 'e' FROM geopol.article;
INSERT INTO geopol.bloc_kind (bloc, kind, source) VALUES ('LIMA', 'forum', 'test');
INSERT INTO geopol.lexicon (phrase, kind, stance, source) VALUES ('excoriate', 'stance', 'condemn', 'test');
SELECT geopol.ingest('https://example.org/ingested', '2024-11-05', 'Seoul lambasts Pyongyang',
                     'South Korea excoriated North Korea''s missile launch on Monday.');
SQL

as_pg "$bindir/pg_dump" -h "$work" -p "$port" -U postgres -Fc -f "$work/src.dump" src
check "pg_dump -Fc of a database using geopol" test -s "$work/src.dump"
check "pg_restore into an empty database" \
	as_pg "$bindir/pg_restore" -h "$work" -p "$port" -U postgres -d dst --exit-on-error "$work/src.dump"

q="SELECT md5(string_agg(id || ':' || who || ':' || coalesce(whom::text, '-'), ',' ORDER BY id)) FROM public.events"
check "user table with actor columns restored identically" \
	test "$(psqlq -d src -c "$q")" = "$(psqlq -d dst -c "$q")"
q="SELECT count(*) || '/' || count(*) FILTER (WHERE builtin) FROM geopol.actor_name"
check "registry has the builtin rows once and the user rows (src $(psqlq -d src -c "$q"), dst $(psqlq -d dst -c "$q"))" \
	test "$(psqlq -d src -c "$q")" = "$(psqlq -d dst -c "$q")"
check "user-added alias works after restore" \
	test "$(psqlq -d dst -c "SELECT geopol.lookup('kim jong-un''s regime', '2024-11-05')")" = "PRK.GOV"
check "user-added name has its label after restore" \
	test "$(psqlq -d dst -c "SELECT geopol.label('LIMA', '2020-01-01')")" = "Lima Group"
check "restored btree index answers <@" \
	test "$(psqlq -d dst -c "SET search_path = geopol, public; SET enable_seqscan = off; SELECT count(*) FROM public.events WHERE who <@ 'RUS'")" = "200"

check "user bloc membership restored (LIMA has 12 members)" \
	test "$(psqlq -d dst -c "SELECT geopol.cardinality(geopol.members('LIMA', '2020-01-01'))")" = "12"
check "builtin membership rows not duplicated by the restore" \
	test "$(psqlq -d dst -c "SELECT geopol.cardinality(geopol.members('NATO', '2024-11-05'))")" = "32"
check "user code alias restored" \
	test "$(psqlq -d dst -c "SELECT geopol.canonical('IGO.LAM.LIM')")" = "LIMA"
q="SELECT md5(string_agg(id || ':' || source || ':' || target, ',' ORDER BY id)) FROM public.statements"
check "bloc columns restored identically" \
	test "$(psqlq -d src -c "$q")" = "$(psqlq -d dst -c "$q")"
check "restored GIN index answers bloc @> actor" \
	test "$(psqlq -d dst -c "SET search_path = geopol, public; SET enable_seqscan = off; SELECT count(*) FROM public.statements WHERE source @> 'KOR'::actor")" = "100"

check "articles and statements restored (11 concerned speakers)" \
	test "$(psqlq -d dst -c "SELECT count(DISTINCT speaker) FROM geopol.who('concern', 'PRK', '2024-11-01', '2024-11-30')")" = "11"
check "statement ids continue after the restored ones" \
	test "$(psqlq -d dst -c "INSERT INTO geopol.statement (said_on, source, stance, target) VALUES ('2024-11-06', '{JPN}', 'condemn', '{PRK}') RETURNING id")" = "3"

check "user lexicon row restored once and used by extract() after restore" \
	test "$(psqlq -d dst -c "SELECT count(*) FROM geopol.lexicon WHERE phrase = 'excoriate'")/$(psqlq -d dst -c "SELECT string_agg(source::text || ' ' || stance::text || ' ' || target::text, ';') FROM geopol.extract('Japan excoriated China.', '2024-01-01')")" = "1/{JPN} condemn {CHN}"
check "ingested article and its extracted statement restored (extracted = true)" \
	test "$(psqlq -d dst -c "SELECT count(*) FROM geopol.statement s JOIN geopol.article a ON a.id = s.article WHERE a.url = 'https://example.org/ingested' AND s.extracted AND s.said_on = '2024-11-04'")" = "1"

# the extraction dictionary of a running session sees another session's
# new name at its next statement, without reconnecting
out=$(psqlq -d src <<SQL
SELECT count(*) FROM geopol.extract('Ruritania condemned Japan.', '2024-01-01');
\! "$bindir/psql" -X -q -h "$work" -p "$port" -U postgres -d src -c "INSERT INTO geopol.actor_name (actor, name, kind, source) VALUES ('RTA', 'Ruritania', 'name', 'test')"
SELECT count(*) FROM geopol.extract('Ruritania condemned Japan.', '2024-01-01');
SQL
)
check "another session's new name is used by extract() at the next statement ($(echo $out))" \
	test "$(echo $out)" = "0 1"

# the membership cache of a running session sees another session's change
# at its next statement, without reconnecting
out=$(psqlq -d src <<SQL
SELECT geopol.cardinality(geopol.members('NATO', '2099-01-01'));
\! "$bindir/psql" -X -q -h "$work" -p "$port" -U postgres -d src -c "INSERT INTO geopol.membership (bloc, member, during, source) VALUES ('NATO', 'XKX', daterange('2099-01-01', NULL), 'test')"
SELECT geopol.cardinality(geopol.members('NATO', '2099-01-01'));
SQL
)
check "another session's new membership row is seen at the next statement ($(echo $out))" \
	test "$(echo $out)" = "32 33"

# plain-text dump restores through psql too (COPY text form of actor)
as_pg "$bindir/pg_dump" -h "$work" -p "$port" -U postgres -Fp -f "$work/src.sql" src
psqlq -d postgres -c "CREATE DATABASE dst2"
check "plain pg_dump restores with psql" psqlq -d dst2 -f "$work/src.sql"
q="SELECT md5(string_agg(id || ':' || who, ',' ORDER BY id)) FROM public.events"
check "plain dump restored identically" \
	test "$(psqlq -d src -c "$q")" = "$(psqlq -d dst2 -c "$q")"

# ---- issue 11 items 5 and 7: the user's edits of installed facts, and
# 100,000 user membership rows, survive pg_dump and pg_restore (custom
# format, custom with -j 2, plain through psql) exactly, and so do they an
# update's refresh of the installed facts
psqlq -d postgres -c "CREATE DATABASE edits"
psqlq -d edits <<'SQL' >/dev/null
CREATE EXTENSION geopol;
SET search_path = geopol, public;
-- in each registry: an installed row deleted, one corrected, rows added
DELETE FROM membership WHERE bloc = 'G7' AND member = 'ITA';
UPDATE membership SET during = daterange('1949-08-24', '2009-04-04') WHERE bloc = 'NATO' AND member = 'FRA';
INSERT INTO membership (bloc, member, during, role, source)
VALUES ('NATO', 'FRA', daterange('2009-04-04', NULL), 'member', 'back in the integrated command'),
       ('LIMA', 'ARG', daterange('2017-08-08', NULL), 'member', 'Lima Declaration');
DELETE FROM actor_name WHERE name = 'Burma';
UPDATE actor_name SET source = 'our style guide' WHERE name = 'North Korea';
INSERT INTO actor_name (actor, name, kind, source) VALUES ('PRK', 'the Hermit Kingdom', 'alias', 'usage');
DELETE FROM lexicon WHERE phrase = 'deplore';
UPDATE lexicon SET intensity = 1, source = 'our coding rules' WHERE phrase = 'denounce';
INSERT INTO lexicon (phrase, kind, stance, source) VALUES ('excoriate', 'stance', 'condemn', 'our coding rules');
DELETE FROM code_alias WHERE code = 'GOS';
UPDATE code_alias SET source = 'checked' WHERE code = 'IGO.GOS';
INSERT INTO code_alias (code, actor, source) VALUES ('IGO.LIM', 'LIMA', 'ours');
DELETE FROM bloc_kind WHERE bloc = 'E3';
UPDATE bloc_kind SET kind = 'forum' WHERE bloc = 'AU';
INSERT INTO bloc_kind (bloc, kind, source) VALUES ('LIMA', 'forum', 'ours');
-- COPY into a view of the registry works too
COPY membership (bloc, member, during, source) FROM stdin;
LIMA	BRA	[2017-08-08,)	copied in
LIMA	CAN	[2017-08-08,)	copied in
\.
SQL
check "COPY ... FROM into geopol.membership (a view) adds user rows" \
	test "$(psqlq -d edits -c "SELECT count(*) FROM geopol.membership WHERE source = 'copied in' AND NOT builtin")" = 2
start=$(date +%s%N)
psqlq -d edits -c "INSERT INTO geopol.membership (bloc, member, during, source)
                   SELECT ('B' || (g / 1000))::geopol.actor, ('M' || (g % 1000))::geopol.actor,
                          daterange('2000-01-01', NULL), 'load' FROM generate_series(0, 99999) g"
secs() { local d=$(( ($(date +%s%N) - $1) / 100000000 )); echo "$((d / 10)).$((d % 10))"; }
check "100,000 user membership rows inserted through geopol.membership in one statement ($(secs "$start") s)" \
	test "$(psqlq -d edits -c "SELECT count(*) FROM geopol.membership WHERE source = 'load'")" = 100000
# the live rows of the five registries, each sorted, as md5
regsig() {
	psqlq -d "$1" <<'SQL'
SET search_path = geopol, public;
SELECT string_agg(t || ' ' || n || ' ' || h, ' ' ORDER BY t) FROM (
  SELECT 'membership' t, count(*) n, md5(string_agg(format('%s|%s|%s|%s|%s|%s', bloc, member, during, role, source, builtin), ',' ORDER BY bloc, member, role, during)) h FROM membership
  UNION ALL SELECT 'actor_name', count(*), md5(string_agg(format('%s|%s|%s|%s|%s|%s', actor, name, kind, valid, source, builtin), ',' ORDER BY actor, name, kind, valid, builtin)) FROM actor_name
  UNION ALL SELECT 'lexicon', count(*), md5(string_agg(format('%s|%s|%s|%s|%s|%s', phrase, kind, stance, intensity, source, builtin), ',' ORDER BY phrase, kind)) FROM lexicon
  UNION ALL SELECT 'code_alias', count(*), md5(string_agg(format('%s|%s|%s|%s', code, actor, source, builtin), ',' ORDER BY code)) FROM code_alias
  UNION ALL SELECT 'bloc_kind', count(*), md5(string_agg(format('%s|%s|%s|%s', bloc, kind, source, builtin), ',' ORDER BY bloc)) FROM bloc_kind) x
SQL
}
edits_sig=$(regsig edits)
as_pg "$bindir/pg_dump" -h "$work" -p "$port" -U postgres -Fc -f "$work/edits.dump" edits
as_pg "$bindir/pg_dump" -h "$work" -p "$port" -U postgres -Fp -f "$work/edits.sql" edits
restores=0
for how in "custom|" "custom, -j 2|-j 2" "plain, through psql|plain"; do
	db=e$((++restores))
	psqlq -d postgres -c "CREATE DATABASE $db"
	start=$(date +%s%N)
	if [ "${how#*|}" = plain ]; then
		psqlq -d "$db" -f "$work/edits.sql" >/dev/null
	else
		as_pg "$bindir/pg_restore" -h "$work" -p "$port" -U postgres -d "$db" --exit-on-error ${how#*|} "$work/edits.dump"
	fi
	t=$(secs "$start")
	check "restore (${how%%|*}, $t s): the five registries are exactly as they were (deletions, corrections, user rows, 100,000 memberships)" \
		test "$(regsig "$db")" = "$edits_sig"
	check "restore (${how%%|*}): ITA still not in the G7, FRA in NATO as corrected, Burma still unknown, GOS no alias" \
		test "$(psqlq -d "$db" -c "SELECT geopol.is_member('ITA', 'G7', '2024-11-05')::text || geopol.is_member('FRA', 'NATO', '2009-04-03')::text || coalesce(geopol.lookup('Burma')::text, '-') || geopol.canonical('GOS')::text")" = "falsetrue-GOS"
done
# an update's refresh of the installed facts (data/tsv2sql.awk refresh=1,
# what ALTER EXTENSION UPDATE runs after its own fragments) keeps them too,
# also when the new release ships facts that the user hid or replaced
top=$(cd "$(dirname "$0")/.." && pwd)
files=$(sed -n '/^DATA_FILES *=/,/[^\\]$/p' "$top/Makefile" | sed 's/^DATA_FILES *= *//; s/\\$//' | tr '\n' ' ')
mkdir -p "$work/next"
for f in $files; do cp "$top/$f" "$work/next/"; done
# (the next release ships facts the user already added, with its own sources)
printf 'LIMA\tARG\t2017-08-08\t\tmember\tnext release\n' >>"$work/next/membership.tsv"
printf 'PRK\tthe Hermit Kingdom\talias\t\t\tnext release\n' >>"$work/next/names.tsv"
printf 'excoriate\tstance\tcondemn\t\tnext release\n' >>"$work/next/lexicon.tsv"
printf 'IGO.LIM\tLIMA\tnext release\n' >>"$work/next/code-aliases.tsv"
printf 'LIMA\torganisation\tnext release\n' >>"$work/next/bloc-kinds.tsv"
( cd "$work/next" && LC_ALL=C awk -F'\t' -v refresh=1 -f "$top/data/tsv2sql.awk" $(for f in $files; do basename "$f"; done) ) |
	sed 's/@extschema@/geopol/g' >"$work/refresh.sql"
check "the refresh of an update (the next release's data) runs on a restored database" \
	psqlq -d e1 -1 -f "$work/refresh.sql"
check "... and keeps the user's deletions, corrections and rows (no installed fact comes back, the user's rows win over the new ones)" \
	test "$(regsig e1)" = "$edits_sig"

# concurrent overlapping inserts: the second waits for the first and fails
# (23P01), under READ COMMITTED and REPEATABLE READ alike
other="$bindir/psql -X -q -h $work -p $port -U postgres -d edits -v VERBOSITY=verbose"
for iso in "READ COMMITTED" "REPEATABLE READ"; do
	rm -f "$work/b.log"
	psqlq -d edits <<SQL >/dev/null
BEGIN ISOLATION LEVEL $iso;
INSERT INTO geopol.membership (bloc, member, during, source) VALUES ('CONC', 'FRA', '[2020-01-01,)', 'first');
\! ( $other -c "BEGIN ISOLATION LEVEL $iso" -c "INSERT INTO geopol.membership (bloc, member, during, source) VALUES ('CONC', 'FRA', '[2021-01-01,)', 'second')" -c "COMMIT"; echo DONE ) >$work/b.log 2>&1 &
SELECT pg_sleep(1);
COMMIT;
SQL
	for i in $(seq 50); do grep -q DONE "$work/b.log" 2>/dev/null && break; sleep 0.2; done
	check "$iso: of two concurrent overlapping inserts one commits, the other fails with 23P01" \
		eval 'grep -q "23P01" "$work/b.log" && test "$(psqlq -d edits -c "SELECT count(*) FROM geopol.membership WHERE bloc OPERATOR(geopol.=) '"'CONC'"'")" = 1'
	psqlq -d edits -c "DELETE FROM geopol.membership WHERE bloc OPERATOR(geopol.=) 'CONC'"
done
# a transaction writing 20,000 memberships (the trigger of 0.2 took a lock
# a row and failed at about 12,600) does not block others' inserts
out=$(psqlq -d edits <<SQL 2>&1
BEGIN;
INSERT INTO geopol.membership (bloc, member, during, source)
SELECT ('BIG' || (g / 1000))::geopol.actor, ('M' || (g % 1000))::geopol.actor, '[2000-01-01,)', 'big' FROM generate_series(0, 19999) g;
\! $other -c "SET statement_timeout = '5s'" -c "INSERT INTO geopol.membership (bloc, member, during, source) VALUES ('SMALL', 'FRA', '[2000-01-01,)', 'meanwhile')"
ROLLBACK;
SELECT count(*) FROM geopol.membership WHERE source = 'meanwhile';
SQL
)
check "while a transaction holds 20,000 new membership rows, another session's insert goes through ($(echo $out))" \
	test "$(echo $out)" = "1"

# search_path hijacking: a malicious = operator in public must not be
# called by CREATE EXTENSION or by geopol's functions
psqlq -d postgres -c "CREATE DATABASE sec"
psqlq -d sec <<'SQL' >/dev/null 2>&1
CREATE SCHEMA geopol;
CREATE TABLE public.hijacked (at timestamptz DEFAULT now());
SQL
psqlq -d sec -c "DROP SCHEMA geopol"
psqlq -d sec <<'SQL'
CREATE FUNCTION public.evil_eq(text, text) RETURNS boolean LANGUAGE plpgsql AS
$$ BEGIN INSERT INTO public.hijacked DEFAULT VALUES; RETURN $1 OPERATOR(pg_catalog.=) $2; END $$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.evil_eq);
SET search_path = public, pg_catalog;
CREATE EXTENSION geopol;
SELECT geopol.lookup('North Korea'), geopol.label('PRK.GOV') \g /dev/null
SELECT count(*) FROM geopol.extract('France condemned Russia''s war.', '2024-01-01') \g /dev/null
SELECT geopol.ingest('https://example.org/sec', '2024-01-01', 't', 'France condemned Russia''s war.') \g /dev/null
SQL

check "install, lookups, extract and ingest ignore operators planted in public" \
	test "$(psqlq -d sec -c "SELECT count(*) FROM public.hijacked")" = "0"
check "control: the planted operator does fire for unqualified SQL" \
	test "$(psqlq -d sec -c "SET search_path = public, pg_catalog; SELECT 'a'::text = 'a'::text; SELECT count(*) FROM public.hijacked" | tail -n 1)" = "1"

echo "dump: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
