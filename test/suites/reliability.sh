#!/usr/bin/env bash
# test/suites/reliability.sh -- the standing reliability suite (issue 11):
#
#   1. random literals of the three types through the server, as text and
#      as binary: every error is 22P02 (text) or 22P03 (binary), whatever is
#      accepted round-trips through text and binary COPY, nothing crashes
#      (the parsers themselves are fuzzed against models of their grammars
#      in the unit tests: GEOPOL_FUZZ, GEOPOL_FUZZ_SECONDS);
#   2. encodings: geopol installs in LATIN1 and EUC_JP databases, every
#      built-in row the encoding can hold stored converted, the others left
#      out as the install's WARNING counts; error details there reach UTF8
#      and LATIN1 clients intact, stance input under a Turkish locale;
#   3. concurrency: 200 simultaneous geopol.ingest() of one url store one
#      article and one set of statements; two overlapping membership
#      periods, inserted by two transactions at once (READ COMMITTED and
#      REPEATABLE READ), cannot both commit;
#   4. crash: four clients insert rows of the three types and ingest
#      articles, acknowledging each commit; a backend and then the
#      postmaster are killed with SIGKILL and the server restarted (once a
#      minute in long runs, at least once); every
#      acknowledged commit must be there, no article without its
#      statements, the btree indexes pass amcheck (bt_index_parent_check
#      with heapallindexed) and the GIN indexes answer as sequential scans.
#
# Bounded for make test (about a minute); longer by hand:
#   GEOPOL_RELIABILITY_SECONDS=600   crash test load time (default 20)
#   GEOPOL_RELIABILITY_LITERALS=N    random literals per type (default 2000)
# Prints "ok N - ..." lines, "# ..." figures, and "reliability: N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
top=$PWD
. test/cluster.sh
. test/check.sh

secs=${GEOPOL_RELIABILITY_SECONDS:-20}
nlit=${GEOPOL_RELIABILITY_LITERALS:-2000}
skip() { n=$((n + 1)); pass=$((pass + 1)); echo "ok $n - # SKIP $*"; }
t0=$SECONDS
section() { echo "# $* (at $((SECONDS - t0)) s)"; }
finish() { section "done"; echo "reliability: $pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit $?; }

cluster_start -E UTF8 --locale=C.UTF-8 || { echo "reliability: 0 passed, 1 failed"; exit 1; }
server_opts="-p $port -k $work -c listen_addresses='' -c max_connections=260"
restart() {
	as_pg "$bindir/pg_ctl" -D "$work/data" -l "$work/log" -w -m fast -o "$server_opts" restart >/dev/null
}
restart || { cat "$work/log"; finish; }
psqlq -d postgres -c "CREATE DATABASE rel" -c "CREATE DATABASE conc"
for db in rel conc; do
	psqlq -d $db -c "CREATE EXTENSION geopol" || { check "CREATE EXTENSION geopol" false; finish; }
done

# ---- 1. random literals through the server ---------------------------------
section "random literals"
fuzz_sql() {	# $1 type, $2 alphabet (dollar-quoted), $3 words
	psqlq -d rel <<SQL
SET search_path = geopol, public;
CREATE TEMP TABLE lits (n serial, lit text);
CREATE TEMP TABLE ok (n int, v geopol.$1);
DO \$\$
DECLARE
    alpha text := \$a\$$2\$a\$;
    words text[] := \$w\$$3\$w\$::text[];
    lit text;
    k int;
    v geopol.$1;
BEGIN
    PERFORM setseed(0.42);
    FOR i IN 1..$nlit LOOP
        lit := '';
        FOR k IN 1..1 + floor(random() * 5)::int LOOP
            IF random() < 0.8 THEN
                lit := lit || words[1 + floor(random() * cardinality(words))::int];
            ELSE
                lit := lit || substr(alpha, 1 + floor(random() * length(alpha))::int, 1);
            END IF;
        END LOOP;
        IF '$1' = 'bloc' AND random() < 0.7 THEN
            lit := '{' || replace(replace(lit, '{', ''), '}', '') || '}';
        END IF;
        IF random() < 0.1 THEN lit := lit || repeat(' ', floor(random() * 40)::int); END IF;
        INSERT INTO lits (lit) VALUES (lit);
    END LOOP;
END \$\$;
DO \$\$
DECLARE
    r record;
    v geopol.$1;
    bad int := 0;
    good int := 0;
    state text;
BEGIN
    FOR r IN SELECT n, lit FROM lits LOOP
        BEGIN
            v := r.lit::geopol.$1;
            good := good + 1;
            IF v::text::geopol.$1 IS DISTINCT FROM v THEN
                bad := bad + 1;
                RAISE WARNING 'round trip: %', r.lit;
            END IF;
            INSERT INTO ok VALUES (r.n, v);
        EXCEPTION WHEN others THEN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE;
            IF state <> '22P02' THEN
                bad := bad + 1;
                RAISE WARNING '% for %', state, r.lit;
            END IF;
        END;
    END LOOP;
    RAISE NOTICE 'fuzz $1 % % %', $nlit, good, bad;
END \$\$;
\copy ok TO '$work/fuzz.bin' (FORMAT binary)
CREATE TEMP TABLE back (n int, v geopol.$1);
\copy back FROM '$work/fuzz.bin' (FORMAT binary)
SELECT 'binary', count(*), count(*) FILTER (WHERE o.v IS NOT DISTINCT FROM b.v) FROM ok o JOIN back b USING (n);
SQL
}
for t in actor bloc stance; do
	case $t in
	actor) alpha='ABCRUSPKGOV.. 0129xé-'; words='{USA,GOV,MIL,PRK,IGO,UNO,RUS,G7,.,..,usa,ABCDEFGHI}' ;;
	bloc) alpha='{},, ABPRKUS.é"'; words='{",",",",",",PRK,KOR,G7,EU,RUS.GOV,usa,IGOUNO," ","{}","{","}"}' ;;
	stance) alpha="abcdeimnorst -_'\"é1"; words='{"not ","strongly ",condemn,"deep ",concern,111,"future ","mildly ","in the strongest terms"," in the strongest terms",0874,"will ","did not ",-," ",call-on,CRITICISE,"conditional ",warn,012}' ;;
	esac
	out=$(fuzz_sql $t "$alpha" "$words" 2>&1)
	tried=$(sed -n "s/.*NOTICE:  fuzz $t \([0-9]*\) \([0-9]*\) \([0-9]*\).*/\1/p" <<<"$out")
	good=$(sed -n "s/.*NOTICE:  fuzz $t \([0-9]*\) \([0-9]*\) \([0-9]*\).*/\2/p" <<<"$out")
	bad=$(sed -n "s/.*NOTICE:  fuzz $t \([0-9]*\) \([0-9]*\) \([0-9]*\).*/\3/p" <<<"$out")
	bin=$(grep '^binary|' <<<"$out")
	echo "# $t: $tried random literals, $good accepted; $(grep -c WARNING <<<"$out") warnings"
	check "$t: $tried random literals: errors are 22P02, accepted ones round-trip as text" \
		test -n "$tried" -a "${bad:-1}" = 0
	check "$t: the $good accepted values round-trip through binary COPY" test "$bin" = "binary|$good|$good"
	[ "${bad:-1}" = 0 ] || grep WARNING <<<"$out" | head -n 5
done

# random bytes into recv: only 22P03, never a crash
recv_fuzz() {
	psqlq -d rel <<SQL
CREATE TEMP TABLE one_a (v geopol.actor);
CREATE TEMP TABLE one_b (v geopol.bloc);
CREATE TEMP TABLE one_s (v geopol.stance);
DO \$\$
DECLARE
    payload bytea;
    t text;
    state text;
    other int := 0;
    accepted int := 0;
    tried int := 0;
BEGIN
    PERFORM setseed(0.17);
    FOR i IN 1..greatest(300, $nlit / 10) LOOP
        FOREACH t IN ARRAY ARRAY['a', 'b', 's'] LOOP
            payload := CASE t WHEN 'a' THEN '\x01' WHEN 'b' THEN '\x01000000' || set_byte('\x00', 0, floor(random() * 4)::int)
                              ELSE '\x01' END;
            FOR k IN 1..floor(random() * 12)::int LOOP
                payload := payload || set_byte('\x00', 0, CASE WHEN random() < 0.6
                    THEN ascii(substr('ABPRKUS.G7 ', 1 + floor(random() * 11)::int, 1))
                    ELSE floor(random() * 256)::int END);
            END LOOP;
            IF random() < 0.1 THEN payload := set_byte(payload, 0, floor(random() * 256)::int); END IF;
            tried := tried + 1;
            EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', payload, '$work/recv.bin');
            BEGIN
                EXECUTE format('COPY one_%s FROM %L (FORMAT binary)', t, '$work/recv.bin');
                accepted := accepted + 1;
            EXCEPTION WHEN others THEN
                GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE;
                IF state NOT IN ('22P03') THEN
                    other := other + 1;
                    RAISE WARNING '% for % %', state, t, payload;
                END IF;
            END;
        END LOOP;
    END LOOP;
    RAISE NOTICE 'recv % % %', tried, accepted, other;
END \$\$;
SQL
}
out=$(recv_fuzz 2>&1)
line=$(sed -n 's/.*NOTICE:  recv \([0-9]*\) \([0-9]*\) \([0-9]*\).*/\1 \2 \3/p' <<<"$out")
echo "# recv: ${line:-?} (payloads, accepted, other errors)"
check "random binary values: every refusal is 22P03" test -n "$line" -a "${line##* }" = 0
[ "${line##* }" = 0 ] || grep -m5 WARNING <<<"$out"
check "no backend crashed during the fuzzing" \
	bash -c "! grep -q 'terminated by signal' '$work/log'"

# ---- 2. encodings --------------------------------------------------------------
section "encodings"
psqlq -d postgres -c "CREATE DATABASE lat ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" \
	-c "CREATE DATABASE euc ENCODING 'EUC_JP' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
# the install scripts are ASCII (geopol.control: encoding = UTF8), their text
# outside ASCII decoded at install time: a row whose text the database's
# encoding cannot hold is left out, and one WARNING counts them
lat_install=$(psqlq -d lat -c "CREATE EXTENSION geopol" 2>&1)
check "LATIN1 database: CREATE EXTENSION geopol" test $? -eq 0
euc_ok=1
euc_install=$(psqlq -d euc -c "CREATE EXTENSION geopol" 2>&1) || euc_ok=0
left_out() { sed -n 's/^WARNING: *geopol: \([0-9]*\) built-in rows left out.*/\1/p' <<<"$1" | grep . || echo 0; }
# the rows of actor_name_builtin (where $2), in UTF-8 whatever the database's encoding
names_md5() {
	psqlq -d "$1" -c "SELECT md5(convert_to(string_agg(actor::text || '|' || name || '|' || kind || '|' || valid::text || '|' || coalesce(source, ''), E'\n' ORDER BY actor::text, name COLLATE \"C\", kind, valid), 'UTF8')) FROM geopol.actor_name_builtin WHERE $2"
}
rows() { psqlq -d "$1" -c "SELECT (SELECT count(*) FROM geopol.actor_name_builtin) + (SELECT count(*) FROM geopol.lexicon_builtin)"; }
beyond_latin1="name || coalesce(source, '') ~ '[^\x01-\xff]'"
lat_expected=$(psqlq -d rel -c "SELECT (SELECT count(*) FROM geopol.actor_name_builtin WHERE $beyond_latin1)
	+ (SELECT count(*) FROM geopol.lexicon_builtin WHERE phrase || coalesce(source, '') ~ '[^\x01-\xff]')")
echo "# LATIN1: $(left_out "$lat_install") built-in rows left out, $lat_expected with a character beyond Latin-1 in the UTF8 database"
check "LATIN1 database: the install's WARNING counts the rows with a character beyond Latin-1 ($lat_expected), and they are what is missing" \
	test "$(left_out "$lat_install")" = "$lat_expected" -a "$lat_expected" -gt 0 -a $(($(rows rel) - $(rows lat))) = "$lat_expected"
check "LATIN1 database: every other name is there, converted (the UTF8 database's rows, byte for byte in UTF-8)" \
	test "$(names_md5 lat true)" = "$(names_md5 rel "NOT ($beyond_latin1)")"
check "LATIN1 database: lookup('Côte d''Ivoire') = CIV; the name reads back exactly (13 LATIN1 bytes)" \
	test "$(PGCLIENTENCODING=UTF8 psqlq -d lat -c "SELECT geopol.lookup('Côte d''Ivoire'), name, octet_length(name) FROM geopol.actor_name WHERE actor::text = 'CIV' AND kind = 'name'")" \
	= "CIV|Côte d'Ivoire|13"
check "LATIN1 database, LATIN1 client: the name arrives as its Latin-1 bytes" \
	test "$(PGCLIENTENCODING=LATIN1 psqlq -d lat -c "SELECT name FROM geopol.actor_name WHERE actor::text = 'CIV' AND kind = 'name'" | od -An -tx1 | tr -d ' \n')" \
	= "43f4746520642749766f6972650a"
check "LATIN1 database: geopol.extract() codes a sentence that names Côte d'Ivoire" \
	test "$(PGCLIENTENCODING=UTF8 psqlq -d lat -c "SELECT source, stance, target FROM geopol.extract('Mali on Friday strongly condemned Côte d''Ivoire.', '2024-11-05')")" \
	= "{MLI}|strongly condemn|{CIV}"
check "EUC_JP database: CREATE EXTENSION geopol (it failed while the script was read as EUC_JP)" test "$euc_ok" -eq 1
# details of long non-ASCII literals, read by a UTF8 and a LATIN1 client:
# the real error (22P02), never a conversion error
enc_errors() {	# $1 database, $2 client encoding, $3 character
	PGCLIENTENCODING=$2 as_pg "$bindir/psql" -X -q -At -h "$work" -p "$port" -U postgres -d "$1" \
		-v VERBOSITY=sqlstate 2>&1 <<SQL | sort | uniq -c | tr -s ' ' | tr '\n' ';'
SELECT ('PR' || repeat(convert_from('\x$3', 'UTF8'), 40))::geopol.actor;
SELECT ('{PRK,A' || repeat(convert_from('\x$3', 'UTF8'), 40) || '}')::geopol.bloc;
SELECT ('{PRK,' || repeat(convert_from('\x$3', 'UTF8'), 40) || '}')::geopol.bloc;
SELECT repeat(convert_from('\x$3', 'UTF8'), 40)::geopol.stance;
SELECT ('condemn A' || repeat(convert_from('\x$3', 'UTF8'), 40))::geopol.stance;
SELECT ('{PRK,' || repeat(convert_from('\x$3', 'UTF8'), 5) || 'X}')::geopol.bloc;
SQL
}
# é (U+00E9) in LATIN1; あ (U+3042) and 漢 in EUC_JP
check "LATIN1 database, UTF8 client: every error arrives as 22P02" \
	test "$(enc_errors lat UTF8 c3a9)" = " 6 ERROR: 22P02;"
check "LATIN1 database, LATIN1 client: every error arrives as 22P02" \
	test "$(enc_errors lat LATIN1 c3a9)" = " 6 ERROR: 22P02;"
if [ "$euc_ok" -eq 1 ]; then
	check "EUC_JP database, UTF8 client: every error arrives as 22P02" \
		test "$(enc_errors euc UTF8 e38182)" = " 6 ERROR: 22P02;"
	check "EUC_JP database, EUC_JP client: every error arrives as 22P02" \
		test "$(enc_errors euc EUC_JP e6bca2)" = " 6 ERROR: 22P02;"
	echo "# EUC_JP: $(left_out "$euc_install") built-in rows left out"
	check "EUC_JP database: the rows missing are what the install's WARNING counts ($(left_out "$euc_install"))" \
		test $(($(rows rel) - $(rows euc))) = "$(left_out "$euc_install")"
	check "EUC_JP database: every name is there, converted (JIS X 0208/0212 hold every letter of the data)" \
		test "$(names_md5 euc true)" = "$(names_md5 rel true)"
	check "EUC_JP database: lookup('Germany') = DEU, lookup('Côte d''Ivoire') = CIV" \
		test "$(PGCLIENTENCODING=UTF8 psqlq -d euc -c "SELECT geopol.lookup('Germany'), geopol.lookup('Côte d''Ivoire')")" = "DEU|CIV"
fi
lat_detail() {
	PGCLIENTENCODING=UTF8 as_pg "$bindir/psql" -X -q -At -h "$work" -p "$port" -U postgres -d lat \
		-c "SELECT 'ÉÉ X'::geopol.actor" 2>&1 | grep DETAIL
}
check "LATIN1 database: a non-ASCII character is quoted whole, its position counted in characters" \
	test "$(lat_detail)" = 'DETAIL:  Character "É" at position 1 is not allowed: use letters A-Z, digits 0-9 and dots between segments.'
# a Turkish locale: tolower('I') is a dotless i there
turkish=0
if command -v localedef >/dev/null && [ -d /usr/share/i18n/locales ]; then
	mkdir -p "$work/locale" && chown postgres "$work/locale" 2>/dev/null
	if localedef -i tr_TR -f ISO-8859-9 "$work/locale/tr_TR.ISO-8859-9" >/dev/null 2>&1; then
		chmod -R a+rX "$work/locale"
		export LOCPATH=$work/locale
		restart && turkish=1
	fi
fi
if [ "$turkish" -eq 1 ] &&
	psqlq -d postgres -c "CREATE DATABASE tr ENCODING 'LATIN5' LC_COLLATE 'tr_TR.ISO-8859-9' LC_CTYPE 'tr_TR.ISO-8859-9' TEMPLATE template0" &&
	psqlq -d tr -c "CREATE EXTENSION geopol"; then
	check "Turkish locale: 'CRITICISE' and 'DISAPPROVE' read as in any locale" \
		test "$(psqlq -d tr -c "SELECT 'CRITICISE'::geopol.stance, 'STRONGLY DENOUNCE'::geopol.stance, geopol.stance_matches('condemn', 'DISAPPROVE'), 'igo.uno'::geopol.actor")" \
		= "condemn|strongly condemn|t|IGO.UNO"
else
	skip "no Turkish locale could be built here (localedef and locale sources needed)"
fi
unset LOCPATH

# ---- 3. concurrency -------------------------------------------------------------
section "concurrency"
body="Japan on Friday strongly condemned North Korea's missile launch. South Korea urged Pyongyang to stop."
sqlbody=${body//\'/\'\'}
expected=$(psqlq -d conc -c "SELECT count(*) FROM geopol.extract('$sqlbody', '2024-11-05')")
# 200 sessions (dblink connections) send the same ingest at once: each
# first waits for a gate (an advisory lock this session holds), and when
# all 200 wait, the gate opens
ingest200() {
	psqlq -d conc <<SQL
SET search_path = geopol, public;
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT pg_advisory_lock(7) IS NULL;
DO \$\$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM dblink_connect('c' || i, 'host=$work port=$port user=postgres dbname=conc');
        PERFORM dblink_send_query('c' || i, \$q\$SELECT pg_advisory_lock_shared(7); SELECT geopol.ingest('https://example.org/same', '2024-11-05', 'Same', '$sqlbody')\$q\$);
    END LOOP;
END \$\$;
DO \$\$
DECLARE
    waiting int;
BEGIN
    FOR k IN 1..1200 LOOP
        SELECT count(*) INTO waiting FROM pg_locks WHERE locktype = 'advisory' AND objid = 7 AND NOT granted;
        EXIT WHEN waiting >= 200;
        PERFORM pg_sleep(0.1);
    END LOOP;
    RAISE NOTICE 'waiting %', waiting;
END \$\$;
SELECT pg_advisory_unlock(7) IS NULL;
DO \$\$
DECLARE
    failed int := 0;
    r record;
BEGIN
    FOR i IN 1..200 LOOP
        LOOP
            -- each statement's result, until none is left
            SELECT count(*) INTO r FROM dblink_get_result('c' || i, false) AS t(x text);
            EXIT WHEN r.count = 0;
        END LOOP;
        IF dblink_error_message('c' || i) <> 'OK' THEN
            failed := failed + 1;
            RAISE WARNING 'session %: %', i, dblink_error_message('c' || i);
        END IF;
        PERFORM dblink_disconnect('c' || i);
    END LOOP;
    RAISE NOTICE 'failed %', failed;
END \$\$;
SQL
}
out=$(ingest200 2>&1)
waiting=$(sed -n 's/.*NOTICE:  waiting \([0-9]*\).*/\1/p' <<<"$out")
failed=$(sed -n 's/.*NOTICE:  failed \([0-9]*\).*/\1/p' <<<"$out")
section "${waiting:-?} sessions waited at the gate; the 200 ingests are done"
check "200 simultaneous ingests of one url: all 200 waited at the gate and succeeded" \
	test "${waiting:-0}" -ge 200 -a "${failed:-1}" = 0
[ "${failed:-1}" = 0 ] || grep -m 5 'WARNING\|ERROR' <<<"$out"
check "... and store one article" \
	test "$(psqlq -d conc -c "SELECT count(*) FROM geopol.article WHERE url = 'https://example.org/same'")" = 1
check "... with one set of its $expected statements" \
	test "$(psqlq -d conc -c "SELECT count(*) FROM geopol.statement s JOIN geopol.article a ON a.id = s.article WHERE a.url = 'https://example.org/same'")" = "$expected"

# two transactions insert overlapping periods of one membership at once
overlap() {	# $1 isolation level; prints how many of the two committed
	psqlq -d conc <<SQL
SET search_path = geopol, public;
CREATE EXTENSION IF NOT EXISTS dblink;
DELETE FROM geopol.membership WHERE bloc = 'TESTB';
SELECT dblink_connect('a', 'host=$work port=$port user=postgres dbname=conc');
SELECT dblink_connect('b', 'host=$work port=$port user=postgres dbname=conc');
SELECT dblink_exec('a', 'BEGIN ISOLATION LEVEL $1');
SELECT dblink_exec('b', 'BEGIN ISOLATION LEVEL $1');
SELECT * FROM dblink('a', 'SELECT count(*) FROM geopol.membership') AS t(n bigint);
SELECT * FROM dblink('b', 'SELECT count(*) FROM geopol.membership') AS t(n bigint);
SELECT dblink_exec('a', \$q\$INSERT INTO geopol.membership (bloc, member, during, source) VALUES ('TESTB', 'FRA', '[2020-01-01,2022-01-01)', 'a')\$q\$);
SELECT dblink_send_query('b', \$q\$INSERT INTO geopol.membership (bloc, member, during, source) VALUES ('TESTB', 'FRA', '[2021-01-01,2023-01-01)', 'b')\$q\$);
SELECT pg_sleep(0.5);
SELECT dblink_exec('a', 'COMMIT', false);
SELECT * FROM dblink_get_result('b', false) AS t(status text);
SELECT * FROM dblink_get_result('b', false) AS t(status text);
SELECT dblink_exec('b', 'COMMIT', false);
SELECT dblink_disconnect('a');
SELECT dblink_disconnect('b');
SELECT 'committed ' || count(*) FROM geopol.membership WHERE bloc = 'TESTB';
DELETE FROM geopol.membership WHERE bloc = 'TESTB';
SQL
}
for level in "READ COMMITTED" "REPEATABLE READ"; do
	res=$(overlap "$level" 2>&1 | sed -n 's/^committed //p')
	check "$level: of two overlapping membership periods inserted at once, one commits (got ${res:-?})" \
		test "$res" = 1
done

# ---- 4. crash under load --------------------------------------------------------
section "crash under load"
psqlq -d rel <<'SQL'
CREATE EXTENSION amcheck;
CREATE TABLE rel_load (client int, seq int, who geopol.actor, members geopol.bloc, st geopol.stance,
                       PRIMARY KEY (client, seq));
CREATE INDEX rel_load_who ON rel_load (who);
CREATE INDEX rel_load_st ON rel_load (st);
CREATE INDEX rel_load_members ON rel_load USING gin (members);
SQL
stop=$work/stop
loader() {	# $1 client number: inserts, and ingests every fifth row
	local c=$1 run=0 from
	while [ ! -e "$stop" ]; do
		run=$((run + 1))
		from=$(psqlq -d rel -c "SELECT coalesce(max(seq), 0) + 1 FROM rel_load WHERE client = $c" 2>/dev/null) ||
			{ sleep 0.2; continue; }
		awk -v c="$c" -v from="$from" -v body="$sqlbody" 'BEGIN {
			split("PRK PRK.GOV RUS.GOV.MIL G7 EU IGO.UNO.REF.HCR USA KOR JPN AB.CD.EF.GH.IJ.KL.MN.OP", a, " ");
			split("{G7,KOR,AUS} {} {RUS,PRK} {EU,USA.GOV} {JPN} {IGO.UNO,ABCDEFGH.ABCD.ABCD}", b, " ");
			split("condemn|strongly condemn|not 0874|future warn|012|mildly criticise", s, "|");
			srand(c * 1000 + from);
			for (k = from; k < from + 100; k++) {
				printf "INSERT INTO rel_load VALUES (%d, %d, %c%s%c, %c%s%c, %c%s%c);\n", c, k,
					39, a[1 + int(rand() * 10)], 39, 39, b[1 + int(rand() * 6)], 39, 39, s[1 + int(rand() * 6)], 39;
				printf "\\echo ack %d %d\n", c, k;
				if (k % 5 == 0) {
					printf "SELECT geopol.ingest(%chttps://rel.example/%d/%d%c, %c2024-11-05%c, NULL, %c%s%c) \\g /dev/null\n",
						39, c, k, 39, 39, 39, 39, body, 39;
					printf "\\echo ingest %d %d\n", c, k;
				}
			}
		}' >"$work/load.$c.sql"
		PGAPPNAME=geopol-loader-$c as_pg "$bindir/psql" -X -q -h "$work" -p "$port" -U postgres -d rel \
			-v ON_ERROR_STOP=1 -f "$work/load.$c.sql" >>"$work/acks.$c" 2>>"$work/loader.$c.err"
		echo "run $run" >>"$work/runs.$c"
	done
}
wait_ready() {
	for _ in $(seq 1 120); do
		as_pg "$bindir/pg_isready" -q -h "$work" -p "$port" && return 0
		sleep 0.5
	done
	return 1
}
lpids=()
for c in 1 2 3 4; do
	loader $c &
	lpids+=($!)
done
# one crash cycle a minute (at least one): SIGKILL to a loader's backend
# in the middle of a statement, later to the postmaster, then a restart
cycles=$((secs >= 120 ? secs / 60 : 1))
period=$((secs / cycles))
kills=0
pm_kills=0
recovered=0
restarted=0
for cycle in $(seq 1 $cycles); do
	sleep $((period / 3))
	victim=
	for _ in $(seq 1 50); do
		victim=$(psqlq -d rel -c "SELECT pid FROM pg_stat_activity WHERE application_name LIKE 'geopol-loader-%' AND state = 'active' LIMIT 1" 2>/dev/null)
		[ -n "$victim" ] && break
		sleep 0.2
	done
	if [ -n "$victim" ] && kill -9 "$victim"; then
		kills=$((kills + 1))
		echo "# cycle $cycle: SIGKILL to backend $victim (a loader's, in the middle of a statement)"
	fi
	sleep 1
	wait_ready && recovered=$((recovered + 1))
	psqlq -d rel -c "CHECKPOINT" >/dev/null 2>&1
	sleep $((period / 3))
	pm=$(head -n 1 "$work/data/postmaster.pid")
	children=$(ps -o pid= --ppid "$pm" | tr -d ' ')
	kill -9 "$pm" && pm_kills=$((pm_kills + 1))
	echo "# cycle $cycle: SIGKILL to the postmaster $pm"
	# its children notice and exit on their own; then start again
	for _ in $(seq 1 60); do
		alive=0
		for p in $children; do kill -0 "$p" 2>/dev/null && alive=1; done
		[ "$alive" -eq 0 ] && break
		sleep 0.5
	done
	as_pg "$bindir/pg_ctl" -D "$work/data" -l "$work/log" -w -o "$server_opts" start >/dev/null 2>&1
	wait_ready && restarted=$((restarted + 1))
	sleep $((period - 2 * (period / 3)))
done
check "the server recovered from each of $kills backends killed with SIGKILL" \
	test "$kills" -eq "$cycles" -a "$recovered" -eq "$cycles"
check "the server restarted after each of $pm_kills postmasters killed with SIGKILL" \
	test "$pm_kills" -eq "$cycles" -a "$restarted" -eq "$cycles"
touch "$stop"
for p in "${lpids[@]}"; do wait "$p"; done
section "the loaders stopped"

acked=$(cat "$work"/acks.* 2>/dev/null | grep -c '^ack ')
ingests=$(cat "$work"/acks.* 2>/dev/null | grep -c '^ingest ')
runs=$(cat "$work"/runs.* | wc -l)
cat "$work"/acks.* | awk '$1 == "ack" { print $2 "\t" $3 }' >"$work/acked.tsv"
cat "$work"/acks.* | awk '$1 == "ingest" { print "https://rel.example/" $2 "/" $3 }' >"$work/ingested.txt"
psqlq -d rel <<SQL >"$work/count.txt"
CREATE TEMP TABLE acked (client int, seq int);
\copy acked FROM '$work/acked.tsv'
CREATE TEMP TABLE ingested (url text);
\copy ingested FROM '$work/ingested.txt'
SELECT (SELECT count(*) FROM rel_load),
       (SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM rel_load r WHERE (r.client, r.seq) = (a.client, a.seq))),
       (SELECT count(*) FROM ingested i WHERE NOT EXISTS (SELECT 1 FROM geopol.article a WHERE a.url = i.url)),
       (SELECT count(*) FROM geopol.article a WHERE a.url LIKE 'https://rel.example/%'
           AND (SELECT count(*) FROM geopol.statement s WHERE s.article = a.id) <> $expected);
SQL
IFS='|' read -r rows lost lost_ingests half <"$work/count.txt"
echo "# crash test: $acked acknowledged inserts and $ingests acknowledged ingests by 4 clients in $secs s ($runs psql runs), $rows rows after $kills backend and $pm_kills postmaster kills; lost $lost rows, $lost_ingests articles; $half half-written articles"
check "every acknowledged insert survived the crashes ($acked acknowledged, $rows rows)" \
	test -n "$lost" -a "$lost" = 0 -a "$acked" -gt 0
check "every acknowledged ingest survived with all its statements ($ingests)" \
	test "$lost_ingests" = 0 -a "$half" = 0
check "at most one unacknowledged commit per psql run (rows $rows <= acks $acked + runs $runs)" \
	test "$rows" -le $((acked + runs))
check "the crashes really happened (a backend terminated by signal 9; recovery after the postmaster's death)" \
	bash -c "grep -q 'terminated by signal 9' '$work/log' && grep -Eq 'not properly shut down|was interrupted' '$work/log'"

section "index checks"
# amcheck on every btree index of the database
amcheck=$(psqlq -d rel -c "
SELECT count(*), count(*) FILTER (WHERE ok)
  FROM (SELECT c.oid, c.relname, true AS ok
          FROM pg_class c JOIN pg_am am ON am.oid = c.relam
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE am.amname = 'btree' AND c.relkind = 'i' AND n.nspname IN ('public', 'geopol')) i,
       LATERAL (SELECT bt_index_parent_check(i.oid, true)) chk" 2>&1)
same_pair() { [[ "$1" =~ ^[0-9]+\|[0-9]+$ ]] && [ "${1%%|*}" = "${1##*|}" ] && [ "${1%%|*}" -gt 0 ]; }
check "amcheck: every btree index passes bt_index_parent_check with heapallindexed ($amcheck)" \
	same_pair "$amcheck"
# GIN: the index answers as a sequential scan does
gin_vs_seq() {
	psqlq -d rel <<'SQL'
SET search_path = geopol, public;
CREATE TEMP TABLE q (q text);
INSERT INTO q VALUES ($$members @> 'KOR'::geopol.actor$$), ($$members @> '{G7,KOR}'$$), ($$members && '{RUS,USA.GOV}'$$),
  ($$members @> 'IGO.UNO'::geopol.actor$$), ($$members <@ '{G7,KOR,AUS,JPN}'$$), ($$members = '{}'$$), ($$members && '{EU,PRK}'$$);
CREATE TEMP TABLE answers (q text, how text, n bigint, digest text);
DO $$
DECLARE
    r record;
    plan text;
    cnt bigint;
    dig text;
BEGIN
    FOR r IN SELECT q FROM q LOOP
        SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = on;
        EXECUTE 'EXPLAIN SELECT * FROM rel_load WHERE ' || r.q INTO plan;
        EXECUTE 'SELECT count(*), md5(string_agg(client || ''/'' || seq, '','' ORDER BY client, seq)) FROM rel_load WHERE ' || r.q
           INTO cnt, dig;
        INSERT INTO answers VALUES (r.q, 'index', cnt, coalesce(dig, ''));
        IF plan NOT LIKE '%Bitmap%' THEN
            INSERT INTO answers VALUES ('no bitmap scan for ' || r.q, 'index', 0, '');
        END IF;
        SET LOCAL enable_seqscan = on; SET LOCAL enable_bitmapscan = off;
        EXECUTE 'SELECT count(*), md5(string_agg(client || ''/'' || seq, '','' ORDER BY client, seq)) FROM rel_load WHERE ' || r.q
           INTO cnt, dig;
        INSERT INTO answers VALUES (r.q, 'seq', cnt, coalesce(dig, ''));
    END LOOP;
END $$;
SELECT count(DISTINCT q), count(*) FILTER (WHERE a.how = 'index' AND EXISTS (
           SELECT 1 FROM answers b WHERE b.q = a.q AND b.how = 'seq' AND b.n = a.n AND b.digest = a.digest)),
       sum(n) FILTER (WHERE how = 'seq')
  FROM answers a;
SQL
}
gin=$(gin_vs_seq 2>&1 | tail -n 1)
check "GIN: 7 queries give the same rows by bitmap index scan and by sequential scan ($gin)" \
	bash -c "[[ '$gin' =~ ^7\|7\|[0-9]+$ ]]"
stmt_count() {	# $1: settings
	psqlq -d rel -c "SET search_path = geopol, public; $1 SELECT count(*) FROM geopol.statement WHERE source @> 'JPN'::geopol.actor" | tail -n 1
}
by_index=$(stmt_count "SET enable_seqscan = off;")
by_seq=$(stmt_count "SET enable_bitmapscan = off; SET enable_indexscan = off;")
plan=$(psqlq -d rel -c "SET search_path = geopol, public; SET enable_seqscan = off; EXPLAIN SELECT count(*) FROM geopol.statement WHERE source @> 'JPN'::geopol.actor")
if grep -q 'Bitmap Index Scan' <<<"$plan"; then
	check "GIN on geopol.statement(source): index and sequential scans agree ($by_index, $by_seq statements of JPN)" \
		bash -c "[[ '$by_index' =~ ^[1-9][0-9]*$ ]] && [ '$by_index' = '$by_seq' ]"
else
	skip "no index of geopol.statement answers source @> actor (the rel_load GIN index is checked above)"
fi
finish
