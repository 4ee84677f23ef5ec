#!/usr/bin/env bash
# test/suites/client.sh -- the geopol command-line client against a
# throw-away cluster: every command and output format, the reference samples
# of GDELT 1.0, GDELT 2.0 (events and mentions) and ICEWS imported completely
# and counted against the files, POLECAT and Phoenix on files written here
# (no sample of them is public), bad files, reloads, a refused connection,
# cancelled runs, rejects counted exactly, answers over imported rows compared
# with plain SQL over the raw file, pictures checked against the SQL answer,
# the SQL-only import path, dump/restore of loaded data, and one run under
# valgrind.  Prints "ok N - ..." lines and "client: N passed, N failed".
set -u
. "$(dirname "$0")/../cluster.sh"
. "$(dirname "$0")/../check.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)
# the shared reference data sit beside the repository (../shared); a git
# worktree one level deeper finds them one level up
shared=${GEOPOL_SHARED:-$top/../shared}
[ -d "$shared/reference" ] || shared=$top/../../shared
ref=$shared/reference
geopol=$bindir/geopol

cluster_start || { echo "client: 0 passed, 1 failed"; exit 1; }
tmp=$work/client
mkdir -p "$tmp"
# copies the server (and psql as its owner) can read, wherever the clone is
for f in gdelt1-events-sample.tsv gdelt2-events-sample.tsv gdelt2-mentions-sample.tsv icews-events-2018-sample.tab; do
	cp "$ref/$f" "$tmp/$f" 2>/dev/null
done
[ "$(id -u)" -eq 0 ] && chown -R postgres "$tmp"

export PGHOST=$work PGPORT=$port PGUSER=postgres PGDATABASE=gc
unset PGSERVICE PGSERVICEFILE PGPASSFILE
psqlq -d postgres -c "CREATE DATABASE gc" -c "CREATE DATABASE noext"
psqlq -d gc -c "CREATE EXTENSION geopol"
q() { psqlq -d "${DB:-gc}" -c "SET search_path = public, geopol; $1"; }
# run the client; its exit status in $rc, its output in $tmp/out and $tmp/err
run() {
	"$geopol" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
out_has() { grep -q -- "$1" "$tmp/out"; }
err_has() { grep -q -- "$1" "$tmp/err"; }
rc_is() { [ "$rc" = "$1" ]; }
rc_out() { [ "$rc" = "$1" ] && grep -q -- "$2" "$tmp/out"; }
rc_err() { [ "$rc" = "$1" ] && grep -q -- "$2" "$tmp/err"; }
is() { [ "$1" = "$2" ] || { echo "# got:      $1" >&2; echo "# expected: $2" >&2; false; }; }
qis() { is "$(q "$1")" "$2"; }
lines_of() { tail -n +2 "$1" | tr -d '\r' | grep -c .; }
no_geopol_backend() {	# the client's backend goes when the client does
	for _ in $(seq 1 100); do
		[ "$(q "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'geopol'")" = 0 ] && return 0
		sleep 0.05
	done
	false
}


# ---- the program ------------------------------------------------------------
check "the reference samples are there ($ref)" test -s "$tmp/gdelt2-events-sample.tsv"
check "geopol is installed beside pg_config --bindir" test -x "$geopol"
check "the client builds with -Wall -Wextra -Werror" \
	make -s -B -C "$top/client" WERROR=1 PG_CONFIG="$PG_CONFIG" geopol
mandir=$($PG_CONFIG --mandir)
check "the man page is installed (geopol.1)" test -s "$mandir/man1/geopol.1"
if command -v groff >/dev/null; then
	man_clean() { [ -z "$(groff -man -Tutf8 -ww -z "$top/client/geopol.1" 2>&1)" ]; }
	check "the man page renders without warnings" man_clean
fi
run --version
check "geopol --version" rc_out 0 'geopol 0.3'
run --help
check "geopol --help lists the commands" rc_out 0 'plot timeseries'
for c in import ingest who matrix cohesion timeseries first graph plot; do
	run "$c" --help
	check "geopol $c --help" rc_out 0 "Usage: geopol $c"
	check "geopol $c --help lists the connection options" out_has '--dbname'
done
run help who
check "geopol help who" rc_out 0 'Usage: geopol who'
run frobnicate
check "an unknown command exits 2" rc_is 2
run import
check "import without arguments exits 2" rc_is 2
run import nosuchformat "$tmp/gdelt2-events-sample.tsv"
check "an unknown format exits 2 and lists the formats" rc_err 2 'gdelt2-mentions'
for a in "import -j 2x gdelt2" "ingest -j 2x" "import -j 0 gdelt2" "ingest -j 65" "graph --min 3x" "plot timeseries --target PRK --width 300x"; do
	# shellcheck disable=SC2086
	run $a "$tmp/gdelt2-events-sample.tsv"
	check "$a: refused, exit 2 and the option's range" rc_err 2 'must be'
done
run matrix --format xml
check "a bad --format exits 2" rc_is 2
run who condemn PRK --from yesterday-ish
check "a bad date exits 2" rc_is 2

# ---- connecting -----------------------------------------------------------------
freeport=$((port + 1))
run matrix -p "$freeport"
check "a refused connection exits 2 with libpq's message" rc_err 2 'cannot connect'
run import -p "$freeport" gdelt2 "$tmp/gdelt2-events-sample.tsv"
check "import: a refused connection exits 2" rc_is 2
run ingest -p "$freeport" "$top/README.md"
check "ingest: a refused connection exits 2" rc_is 2
run matrix -d noext
check "a database without geopol exits 2 and says so" rc_err 2 'CREATE EXTENSION geopol'
env_run() {	# without the PG* variables of this suite
	env -u PGHOST -u PGPORT -u PGDATABASE -u PGUSER "$geopol" "$@" >"$tmp/out" 2>"$tmp/err"
}
check "-d takes a URI" env_run matrix -d "postgresql://postgres@/gc?host=$work&port=$port"
check "-d takes a conninfo string" env_run matrix -d "host=$work port=$port user=postgres dbname=gc"
check "-h -p -U -d" env_run matrix -h "$work" -p "$port" -U postgres -d gc
printf '[geopoltest]\nhost=%s\nport=%s\nuser=postgres\ndbname=gc\n' "$work" "$port" >"$tmp/pg_service.conf"
check "a service file (PGSERVICEFILE, PGSERVICE)" \
	env -u PGHOST -u PGPORT -u PGDATABASE -u PGUSER PGSERVICEFILE="$tmp/pg_service.conf" PGSERVICE=geopoltest "$geopol" matrix
# a password: the server asks (scram), .pgpass answers, -w never asks
q "CREATE ROLE pwuser LOGIN PASSWORD 'pw-secret'; GRANT USAGE ON SCHEMA geopol TO pwuser;
   GRANT SELECT ON ALL TABLES IN SCHEMA geopol TO pwuser" >/dev/null
{ printf 'local gc pwuser scram-sha-256\n'; cat "$work/data/pg_hba.conf"; } >"$tmp/hba" && cat "$tmp/hba" >"$work/data/pg_hba.conf"
as_pg "$bindir/pg_ctl" -D "$work/data" reload >/dev/null
sleep 0.5
printf '%s:%s:gc:pwuser:pw-secret\n' "$work" "$port" >"$tmp/pgpass"
chmod 600 "$tmp/pgpass"
check "a password from .pgpass (PGPASSFILE)" env PGPASSFILE="$tmp/pgpass" "$geopol" matrix -U pwuser -w
env PGPASSFILE=/dev/null "$geopol" matrix -U pwuser -w </dev/null >"$tmp/out" 2>"$tmp/err"
rc=$?
check "no password and -w: exit 2, libpq's message" rc_err 2 'password'
# a search_path that would send unqualified names elsewhere, and a planted function
q "CREATE SCHEMA trap; CREATE FUNCTION trap.lookup(text, date DEFAULT current_date) RETURNS geopol.actor
   LANGUAGE sql AS \$\$ SELECT 'XXX'::geopol.actor \$\$; ALTER DATABASE gc SET search_path = trap, public" >/dev/null
run who condemn PRK
check "the client ignores the user's search_path (a planted lookup() is not called)" \
	bash -c "[ $rc = 0 ] && ! grep -q XXX '$tmp/out'"
q "ALTER DATABASE gc RESET search_path; DROP SCHEMA trap CASCADE" >/dev/null

# ---- GDELT 2.0 events: the sample, completely ---------------------------------------
f2=$tmp/gdelt2-events-sample.tsv
lines2=$(wc -l <"$f2")
# what must be refused, from the file: no Actor1Code, or an ethnic group code
# (lower case) as either actor
bad2=$(awk -F'\t' '$6 == "" || $6 ~ /[a-z]/ || $16 ~ /[a-z]/' "$f2" | wc -l)
good2=$((lines2 - bad2))
noactor2=$(awk -F'\t' '$6 == ""' "$f2" | wc -l)
ids2=$(cut -f1 "$f2" | sort -u | wc -l)
good_line=$(awk -F'\t' '$6 != "" && $6 !~ /[a-z]/ && $16 != "" && $16 !~ /[a-z]/ { print; exit }' "$f2")
gid=$(printf '%s' "$good_line" | cut -f1)
run import gdelt2 "$f2"
check "import gdelt2: exit 1 (some rows rejected)" rc_is 1
check "import gdelt2: the summary counts $lines2 rows, $good2 stored, $bad2 rejected" \
	out_has "$lines2 rows, $good2 stored, 0 updated, 0 unchanged, $bad2 rejected"
check "import gdelt2: $good2 statements, each with its own event id" \
	qis "SELECT count(*) || ' ' || count(DISTINCT event_id) FROM geopol.statement WHERE dataset = 'gdelt2'" "$good2 $good2"
check "import gdelt2: statements and rejects account for the $ids2 event ids of the file" \
	qis "SELECT count(DISTINCT e) FROM (SELECT event_id e FROM geopol.statement WHERE dataset = 'gdelt2'
	     UNION ALL SELECT event_id FROM geopol.import_reject WHERE dataset = 'gdelt2') x" "$ids2"
check "import gdelt2: $noactor2 rejects say the source actor is missing" \
	qis "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'gdelt2' AND reason = 'no source actor (Actor1Code is empty)'" "$noactor2"
check "import gdelt2: every reject has a reason, its line and the fields read" \
	qis "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'gdelt2' AND reason <> '' AND line BETWEEN 1 AND $lines2 AND raw <> ''" "$bad2"
rl=$(q "SELECT line || ' ' || event_id FROM geopol.import_reject WHERE dataset = 'gdelt2' ORDER BY line DESC LIMIT 1")
check "import gdelt2: a reject's line number is its line in the file" \
	is "$(sed -n "${rl% *}p" "$f2" | cut -f1)" "${rl#* }"
check "import gdelt2: ethnic group codes (lower case) are refused with the reason" \
	qis "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'gdelt2' AND reason LIKE '%ethnic group code%'" \
	"$(awk -F'\t' '$6 != "" && ($6 ~ /[a-z]/ || $16 ~ /[a-z]/)' "$f2" | wc -l)"
check "import gdelt2: provenance: url (SOURCEURL), mentions (NumMentions), day (SQLDATE), stance (EventCode)" \
	qis "SELECT url || ' ' || mentions || ' ' || to_char(said_on, 'YYYYMMDD') || ' ' || geopol.cameo(stance)
	     FROM geopol.statement WHERE dataset = 'gdelt2' AND event_id = '$gid'" \
	"$(printf '%s' "$good_line" | awk -F'\t' '{ printf "%s %s %s %s", $61, $32, $2, $27 }')"
check "import gdelt2: USAGOV is USA.GOV, the role-only GOV is the path GOV, IGOEUREEC is EU" \
	qis "SELECT count(*) FILTER (WHERE source = '{USA.GOV}') > 0 AND count(*) FILTER (WHERE source = '{GOV}') > 0
	        AND count(*) FILTER (WHERE source = '{EU}') > 0 AND count(*) FILTER (WHERE source::text LIKE '%EEC%') = 0
	     FROM geopol.statement WHERE dataset = 'gdelt2'" t
check "import gdelt2: an event without a target actor is stored with the empty bloc" \
	qis "SELECT count(*) FROM geopol.statement WHERE dataset = 'gdelt2' AND target = '{}'" \
	"$(awk -F'\t' '$6 != "" && $6 !~ /[a-z]/ && $16 == ""' "$f2" | wc -l)"
n_before=$(q "SELECT count(*) FROM geopol.statement")
run import gdelt2 "$f2"
check "reload: a file already loaded (same name and size) is skipped" \
	bash -c "grep -q 'skipped, loaded before' '$tmp/err' && grep -q '1 skipped' '$tmp/out'"
run import --again gdelt2 "$f2"
check "reload --again: nothing new, $good2 unchanged" out_has "0 stored, 0 updated, $good2 unchanged, $bad2 rejected"
check "reload: no duplicate statement, the rejects replaced, not added" \
	is "$(q "SELECT count(*) FROM geopol.statement")/$(q "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'gdelt2'")" "$n_before/$bad2"
"$geopol" import --label stdin-copy gdelt2 - <"$f2" >"$tmp/out" 2>"$tmp/err"
check "import from standard input (-): the same rows, unchanged" out_has "0 stored, 0 updated, $good2 unchanged"
awk -F'\t' -v OFS='\t' -v id="$gid" '$1 == id { $27 = "111"; $28 = "111"; $29 = "11" } { print }' "$f2" >"$tmp/changed.tsv"
run import gdelt2 "$tmp/changed.tsv"
check "a corrected row is updated in place (1 updated)" out_has "0 stored, 1 updated"
check "the corrected row: one statement, the new stance" \
	qis "SELECT count(*) || ' ' || min(geopol.cameo(stance)) FROM geopol.statement WHERE dataset = 'gdelt2' AND event_id = '$gid'" "1 111"

# ---- who and matrix over imported rows = plain SQL over the raw file ------------------
q "CREATE TABLE raw2 ($(for i in $(seq 1 61); do printf 'c%d text,' "$i"; done | sed 's/,$//'))" >/dev/null
psqlq -d gc -c "\\copy raw2 FROM '$tmp/changed.tsv' WITH (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01')" >/dev/null
"$geopol" matrix --from 2000-01-01 --to 2030-01-01 --format csv >"$tmp/m.csv" 2>"$tmp/err"
geo_m=$(tail -n +2 "$tmp/m.csv" | tr -d '\r' | tr ',' ' ' | LC_ALL=C sort | md5sum)
# (by default a country's statements about itself are left out: matrix
# without pairs of one country, who without the target's own actors; with
# --domestic and --include-own they are in)
plain_matrix() {	# 1: domestic pairs too
	q "WITH p AS (SELECT DISTINCT c1, left(c6, 3) s, left(c16, 3) t FROM raw2
	     WHERE c29 = '11' AND coalesce(c6, '') <> '' AND coalesce(c16, '') <> ''
	       AND c6 !~ '[a-z]' AND c16 !~ '[a-z]')
	   SELECT s || ' ' || t || ' ' || count(*) FROM p WHERE $1 OR s <> t GROUP BY s, t" | LC_ALL=C sort | md5sum
}
plain_m=$(plain_matrix false)
check "matrix (DISAPPROVE) over imported GDELT rows = plain SQL over the raw file ($(lines_of "$tmp/m.csv") pairs)" \
	bash -c "[ '$geo_m' = '$plain_m' ] && [ $(lines_of "$tmp/m.csv") -gt 20 ]"
"$geopol" matrix --domestic --from 2000-01-01 --to 2030-01-01 --format csv >"$tmp/md.csv" 2>"$tmp/err"
geo_md=$(tail -n +2 "$tmp/md.csv" | tr -d '\r' | tr ',' ' ' | LC_ALL=C sort | md5sum)
check "matrix --domestic: the pairs of a country with itself too ($(lines_of "$tmp/md.csv") pairs, plain SQL the same)" \
	bash -c "[ '$geo_md' = '$(plain_matrix true)' ] && [ $(lines_of "$tmp/md.csv") -gt $(lines_of "$tmp/m.csv") ]"
plain_who() {	# 1: the target's own actors too
	q "SELECT regexp_replace(c6, '(...)(?=.)', '\\1.', 'g') || ' ' || to_date(c2, 'YYYYMMDD')
	     FROM raw2 WHERE c29 = '11' AND coalesce(c6, '') <> '' AND c6 !~ '[a-z]' AND c16 ~ '^USA' AND c16 !~ '[a-z]'
	      AND ($1 OR c6 !~ '^USA')" | LC_ALL=C sort | md5sum
}
"$geopol" who DISAPPROVE USA --from 2000-01-01 --to 2030-01-01 --format csv >"$tmp/w.csv" 2>"$tmp/err"
geo_w=$(tail -n +2 "$tmp/w.csv" | tr -d '\r' | awk -F, '{ print $1, $4 }' | LC_ALL=C sort | md5sum)
plain_w=$(plain_who false)
check "who DISAPPROVE USA over imported GDELT rows = plain SQL over the raw file ($(lines_of "$tmp/w.csv") rows)" \
	bash -c "[ '$geo_w' = '$plain_w' ] && [ $(lines_of "$tmp/w.csv") -gt 5 ]"
"$geopol" who --include-own DISAPPROVE USA --from 2000-01-01 --to 2030-01-01 --format csv >"$tmp/wo.csv" 2>"$tmp/err"
geo_wo=$(tail -n +2 "$tmp/wo.csv" | tr -d '\r' | awk -F, '{ print $1, $4 }' | LC_ALL=C sort | md5sum)
check "who --include-own: USA's own actors too ($(lines_of "$tmp/wo.csv") rows, plain SQL the same)" \
	bash -c "[ '$geo_wo' = '$(plain_who true)' ] && [ $(lines_of "$tmp/wo.csv") -gt $(lines_of "$tmp/w.csv") ]"
check "the raw rows compared hold no code that geopol.canonical() maps: the comparison is exact" \
	qis "SELECT count(*) FROM raw2 WHERE c29 = '11' AND coalesce(c6, '') <> '' AND coalesce(c16, '') <> ''
	     AND (c6 LIKE 'IGO%' OR c16 LIKE 'IGO%')" 0

# ---- output formats ----------------------------------------------------------------------
json_sql() {	# run SQL (on stdin) with the client's output as :'j'
	psqlq -d gc -v j="$(cat "$tmp/out")" -f -
}
json_ok() {	# valid JSON, and the statement ids as numbers
	echo "SELECT jsonb_typeof((:'j')::jsonb->0->'statement');" | json_sql | grep -qx number
}
run who DISAPPROVE USA --from 2000-01-01 --to 2030-01-01 --format json
check "--format json: valid JSON, numbers as numbers" json_ok
run who DISAPPROVE USA --from 2000-01-01 --to 2030-01-01
table_ok() { [ "$rc" = 0 ] && sed -n 2p "$tmp/out" | grep -q '^-*+' && tail -n 1 "$tmp/out" | grep -q 'rows)$'; }
check "--format table: a header, a rule, '(N rows)'" table_ok
run matrix --format csv -o "$tmp/m2.csv"
check "-o writes the file" bash -c "[ $rc = 0 ] && head -n 1 '$tmp/m2.csv' | grep -q '^speaker,target,statements'"
q "INSERT INTO geopol.statement (said_on, source, stance, target, evidence)
   VALUES ('2024-11-05', '{G7,EU,KOR,AUS,NZL}', 'extremely strongly condemn', '{RUS,PRK}', 'condemned, \"in the strongest terms\"'),
          ('2025-01-10', '{KOR}', 'condemn', '{PRK}', 'a missile launch')" >/dev/null
run who condemn "North Korea" --from 2024-01-01 --to 2025-12-31 --format csv
check "who takes a name (North Korea)" rc_out 0 '^JPN,Japan,G7,2024-11-05'
check "CSV quotes commas and quotes" out_has '"condemned, ""in the strongest terms"""'
run cohesion G7 --from 2024-01-01 --to 2024-12-31 --format csv
check "cohesion G7: 7 of 7" rc_out 0 ',7,7,1.000'
run timeseries PRK condemn --from 2024-01-01 --to 2025-03-31 --zeros --format csv
check "timeseries --zeros: 15 months" is "$(lines_of "$tmp/out")" 15
check "timeseries --zeros: an empty month is 0, November 2024 has 11 speakers" \
	bash -c "grep -q '^2024-02-01,0,0' '$tmp/out' && grep -q '^2024-11-01,1,11' '$tmp/out'"
run timeseries PRK condemn --from 2024-01-01 --to 2025-03-31 --bucket quarter --format csv
check "timeseries: empty periods by default (geopol.timeseries() fills them): 5 quarters" is "$(lines_of "$tmp/out")" 5
run timeseries PRK condemn --from 2024-01-01 --to 2025-03-31 --no-zeros --format csv
check "timeseries --no-zeros: only the 2 months with statements" \
	bash -c "[ $rc = 0 ] && [ $(lines_of "$tmp/out") = 2 ] && grep -q '^2024-11-01,1,11' '$tmp/out' && grep -q '^2025-01-01,1,1' '$tmp/out'"
run timeseries PRK condemn --format csv
check "timeseries without dates: from the first to the last month with a statement (3 months)" \
	bash -c "[ $rc = 0 ] && [ $(lines_of "$tmp/out") = 3 ] && head -n 2 '$tmp/out' | grep -q '^2024-11-01,1,11' && grep -q '^2024-12-01,0,0' '$tmp/out'"
run first KOR condemn PRK --format csv
check "first: the first and the last day" rc_out 0 '2024-11-05,2025-01-10'
run first KOR condemn "Nowhere Land"
check "an actor that is neither a name nor a code exits 2 and says so" rc_err 2 'no actor is named'

# ---- GDELT 1.0: daily (58) and backfile (57) rows in one file ---------------------------------
f1=$tmp/gdelt1-events-sample.tsv
lines1=$(wc -l <"$f1")
bad1=$(awk -F'\t' '$6 == "" || $6 ~ /[a-z]/ || $16 ~ /[a-z]/' "$f1" | wc -l)
n57=$(awk -F'\t' 'NF == 57 && !($6 == "" || $6 ~ /[a-z]/ || $16 ~ /[a-z]/)' "$f1" | wc -l)
run import gdelt1 "$f1"
check "import gdelt1: $lines1 rows of 57 and 58 columns, $((lines1 - bad1)) stored, $bad1 rejected" \
	out_has "$lines1 rows, $((lines1 - bad1)) stored, 0 updated, 0 unchanged, $bad1 rejected"
check "import gdelt1: the $n57 backfile rows (57 columns, no SOURCEURL) have no url" \
	qis "SELECT count(*) FROM geopol.statement WHERE dataset = 'gdelt1' AND url IS NULL" "$n57"

# ---- GDELT 2.0 mentions ------------------------------------------------------------------------
fm=$tmp/gdelt2-mentions-sample.tsv
linesm=$(wc -l <"$fm")
run import gdelt2-mentions "$fm"
check "import gdelt2-mentions: $linesm rows, all stored" rc_out 0 "$linesm rows, $linesm stored"
check "mentions: $linesm rows in geopol.mention" qis "SELECT count(*) FROM geopol.mention" "$linesm"
check "mentions: no statement counts fewer mentions than are stored for it" \
	qis "SELECT count(*) FROM geopol.statement s JOIN (SELECT event_id, count(*) n FROM geopol.mention GROUP BY 1) m
	     ON m.event_id = s.event_id WHERE s.dataset = 'gdelt2' AND s.mentions < m.n" 0
run import --again gdelt2-mentions "$fm"
check "mentions reloaded: all unchanged" out_has "0 stored, 0 updated, $linesm unchanged"
# mentions first, then their event (no SOURCEURL, NumMentions 1)
printf '%s\n' "$good_line" | awk -F'\t' -v OFS='\t' '{ $1 = "990000001"; $32 = "1"; $61 = ""; print }' >"$tmp/ev.tsv"
for k in 1 2 3; do
	printf '990000001\t20150218230000\t20150219000000\t1\texample.org\thttps://example.org/m%s\t%s\t-1\t10\t20\t1\t50\t1000\t-1.5\t\t\n' "$k" "$k"
done >"$tmp/ment.tsv"
run import gdelt2-mentions "$tmp/ment.tsv"
run import gdelt2 "$tmp/ev.tsv"
check "mentions loaded before their event are attached: 3 mentions (NumMentions said 1), the first url" \
	qis "SELECT mentions || ' ' || url FROM geopol.statement WHERE event_id = '990000001'" "3 https://example.org/m1"
check "the summary says a statement was attached" out_has "1 statements attached"

# ---- ICEWS -------------------------------------------------------------------------------------------
fi_=$tmp/icews-events-2018-sample.tab
linesi=$(($(wc -l <"$fi_") - 1))
idsi=$(tail -n +2 "$fi_" | cut -f1 | sort -u | wc -l)
unspec=$(tail -n +2 "$fi_" | awk -F'\t' '($3 == "Unspecified Actor" && ($5 == "" || $5 == "NA")) || ($9 == "Unspecified Actor" && ($11 == "" || $11 == "NA"))' | wc -l)
run import icews "$fi_"
stored_i=$(q "SELECT count(*) FROM geopol.statement WHERE dataset = 'icews'")
rej_i=$(q "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'icews'")
check "import icews: $linesi rows (the header not counted) = $stored_i stored + $rej_i rejected" \
	bash -c "[ $((stored_i + rej_i)) = $linesi ] && grep -q '$linesi rows, $stored_i stored, 0 updated, 0 unchanged, $rej_i rejected' '$tmp/out'"
check "import icews: statements and rejects account for the $idsi event ids" \
	qis "SELECT count(DISTINCT e) FROM (SELECT event_id e FROM geopol.statement WHERE dataset = 'icews'
	     UNION ALL SELECT event_id FROM geopol.import_reject WHERE dataset = 'icews') x" "$idsi"
check "import icews: the rejects are on data lines (2..$((linesi + 1))), each with a reason" \
	qis "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'icews' AND line BETWEEN 2 AND $((linesi + 1)) AND reason <> ''" "$rej_i"
unspec_ids=$(tail -n +2 "$fi_" | awk -F'\t' '($3 == "Unspecified Actor" && ($5 == "" || $5 == "NA")) || ($9 == "Unspecified Actor" && ($11 == "" || $11 == "NA")) { printf "%s'"'"'%s'"'"'", sep, $1; sep = "," }')
check "import icews: the $unspec rows with an Unspecified Actor (no country) are all rejected" \
	qis "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'icews' AND event_id IN ($unspec_ids)" "$unspec"
check "import icews: ... most of them for that reason" \
	qis "SELECT count(*) * 10 >= $unspec * 9 FROM geopol.import_reject WHERE dataset = 'icews' AND reason LIKE '%''Unspecified Actor''%'" t
check "import icews: at least 90% of the rows convert" test "$((stored_i * 10))" -ge "$((linesi * 9))"
icews_source() {	# the source stored for the first row with this source name and country
	q "SELECT source FROM geopol.statement WHERE dataset = 'icews' AND event_id =
	     '$(tail -n +2 "$fi_" | awk -F'\t' -v n="$1" -v c="$2" '$3 == n && $5 == c { print $1; exit }')'"
}
check "ICEWS: Foreign Affairs (Bangladesh) is BGD.GOV (the country, and its sectors as a role)" is "$(icews_source 'Foreign Affairs (Bangladesh)' Bangladesh)" "{BGD.GOV}"
check "ICEWS: European Union (no country) is EU" is "$(icews_source 'European Union' NA)" "{EU}"
check "ICEWS: Military actors are their country's MIL" \
	qis "SELECT count(*) > 0 FROM geopol.statement WHERE dataset = 'icews' AND source::text LIKE '%.MIL}'" t
swz=$(tail -n +2 "$fi_" | awk -F'\t' '$5 == "Swaziland" && $2 >= "2018-04-19" { print $1; exit }')
if [ -n "$swz" ]; then
	check "ICEWS: Swaziland after its rename (2018-04-19) is still SWZ" \
		qis "SELECT min(geopol.country(a))::text FROM geopol.statement, geopol.unnest(source) a WHERE dataset = 'icews' AND event_id = '$swz'" SWZ
fi
check "import_name(): a name kept after a rename (Swaziland in 2019) is the country" \
	qis "SELECT geopol.import_name('Swaziland', '2019-06-01')" SWZ
run import --again icews "$fi_"
check "ICEWS reloaded: nothing new" out_has "0 stored, 0 updated, $stored_i unchanged, $rej_i rejected"
# ICEWS reuses an event id on another day: both are kept (the key has the day)
{ head -n 1 "$fi_"; sed -n 2p "$fi_"; sed -n 2p "$fi_" | awk -F'\t' -v OFS='\t' '{ $2 = "2018-07-01"; print }'; } >"$tmp/icews-reuse.tab"
run import --dataset icews-reuse icews "$tmp/icews-reuse.tab"
check "ICEWS: the same Event ID on two days is two statements" \
	qis "SELECT count(*) || ' ' || count(DISTINCT event_id) FROM geopol.statement WHERE dataset = 'icews-reuse'" "2 1"
{ head -n 1 "$fi_"; sed -n 2p "$fi_"; sed -n 2p "$fi_"; } >"$tmp/icews-dup.tab"
run import --dataset icews-dup icews "$tmp/icews-dup.tab"
check "the same event twice in a file: one stored, the other rejected (the later line is kept)" \
	is "$(q "SELECT count(*) FROM geopol.statement WHERE dataset = 'icews-dup'")/$(q "SELECT line || ': ' || reason FROM geopol.import_reject WHERE dataset = 'icews-dup'")" \
	"1/2: the same event ($(sed -n 2p "$fi_" | cut -f1) on $(sed -n 2p "$fi_" | cut -f2)) again at line 3 (kept)"

# ---- bad files ----------------------------------------------------------------------------------------
run import icews "$f2"
check "a GDELT file given as ICEWS is refused as a whole (exit 1)" rc_err 1 'not in the icews format'
check "... and counted as a bad file" out_has '(0 skipped, 1 bad)'
run import gdelt2 "$fi_"
check "an ICEWS file given as gdelt2 is refused: line 1 has 20 columns" rc_err 1 'line 1 has 20 columns, the format has 61'
run import gdelt1 "$f2"
check "a GDELT 2.0 file given as gdelt1 is refused (61 columns)" rc_err 1 'has 61 columns'
# the summary of a refused file shows the file's size, not the part read
size_of() { awk -v b="$(wc -c <"$1")" 'BEGIN { if (b < 10000) printf "%d B", b; else if (b < 10000000) printf "%.0f kB", b / 1e3; else printf "%.1f MB", b / 1e6 }'; }
run import icews "$f2"
check "a file refused as ICEWS: the summary shows its size ($(size_of "$f2"))" out_has "(0 skipped, 1 bad), $(size_of "$f2"),"
# a binary file, a file in another encoding: not in the format, refused as
# a whole (its first line's layout is read before its encoding), no rejects
head -c 100000 "$geopol" >"$tmp/binary.tsv"
printf 'caf\351 cr\350me\nna\357ve\n' >"$tmp/latin1.tsv"
for fmt in gdelt2 gdelt1 gdelt2-mentions phoenix; do
	for f in binary latin1; do
		run import --dataset "bin-$fmt" "$fmt" "$tmp/$f.tsv"
		check "import $fmt: a $f file is refused as a whole, exit 1" rc_err 1 "$f.tsv: not imported: not in the $fmt format: line 1 has"
		check "import $fmt: ... a bad file of $(size_of "$tmp/$f.tsv"), no row" out_has "(0 skipped, 1 bad), $(size_of "$tmp/$f.tsv"), 0 rows"
	done
	"$geopol" import --dataset "bin-$fmt" "$fmt" - <"$tmp/binary.tsv" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	check "import $fmt: a binary file on standard input (the careful way) is refused as a whole" rc_err 1 "not in the $fmt format: line 1 has"
done
check "binary and non-UTF-8 files: no reject recorded" qis "SELECT count(*) FROM geopol.import_reject WHERE dataset LIKE 'bin-%'" 0
# ten lines, three broken: the rejects counted exactly, at their lines
awk -F'\t' -v OFS='\t' '$6 != "" && $6 !~ /[a-z]/ && $16 !~ /[a-z]/ && n < 10 { $1 = 980000000 + n; n++; print }' "$f2" >"$tmp/ten.tsv"
awk -F'\t' -v OFS='\t' 'NR == 3 { NF = 60 } { print }' "$tmp/ten.tsv" >"$tmp/t1"
awk 'NR == 5 { sub(/http/, "ht\377\376tp") } { print }' "$tmp/t1" >"$tmp/t2"
awk -F'\t' -v OFS='\t' 'NR == 9 { $27 = "999" } { print }' "$tmp/t2" >"$tmp/bad.tsv"
run import --label '' gdelt2 "$tmp/bad.tsv"
check "an empty --label exits 2 and says so" rc_err 2 'label must not be empty'
run import --dataset badfile gdelt2 "$tmp/bad.tsv"
check "bad lines: 10 rows, 7 stored, 3 rejected, exit 1" rc_out 1 '10 rows, 7 stored, 0 updated, 0 unchanged, 3 rejected'
check "bad lines: the rejects are lines 3 (60 columns), 5 (invalid UTF-8) and 9 (no CAMEO code)" \
	qis "SELECT string_agg(line || ' ' || reason, '; ' ORDER BY line) FROM geopol.import_reject WHERE dataset = 'badfile'" \
	"3 60 columns, expected 61; 5 invalid UTF-8 at byte $(sed -n 5p "$tmp/bad.tsv" | LC_ALL=C grep -a -bo $'\377' | head -n 1 | awk -F: '{ print $1 + 1 }'); 9 EventCode: '999' is not a CAMEO event code"
check "bad lines: the broken line is kept in raw, made valid UTF-8" \
	qis "SELECT raw LIKE '%ht' || U&'\\FFFD\\FFFD' || 'tp%' FROM geopol.import_reject WHERE dataset = 'badfile' AND line = 5" t
# bad fields: each number, date and code check of the conversion (and the
# rejects' pass, which joins only the rows that can be rejects), at its line
awk -F'\t' -v OFS='\t' 'NR == 1 { $1 = "12a" } NR == 2 { $1 = "" } NR == 3 { $32 = "1234567890" }
	NR == 4 { $32 = "" } NR == 5 { $2 = "2015021" } NR == 6 { $2 = "" }
	NR == 8 { $27 = "04x" } NR == 9 { $32 = "000000009" } NR == 10 { $16 = "" } { print }' "$tmp/ten.tsv" >"$tmp/fields.tsv"
run import --dataset badfields gdelt2 "$tmp/fields.tsv"
check "bad fields: 10 rows, 4 stored, 6 rejected, exit 1" rc_out 1 '10 rows, 4 stored, 0 updated, 0 unchanged, 6 rejected'
check "bad fields: each reject at its line with its reason" \
	qis "SELECT string_agg(line || ' ' || reason, '; ' ORDER BY line) FROM geopol.import_reject WHERE dataset = 'badfields'" \
	"1 GLOBALEVENTID '12a' is not a number; 2 GLOBALEVENTID '' is not a number; 3 NumMentions '1234567890' is not a count; 5 SQLDATE: '2015021' is not a date; 6 SQLDATE: '' is not a date; 8 EventCode: '04x' is not a CAMEO event code"
check "bad fields: an empty NumMentions is no count, 000000009 is 9, an empty Actor2Code no target" \
	qis "SELECT string_agg(coalesce(mentions::text, '-') || ' ' || (target = '{}')::text, ', ' ORDER BY event_id) FROM geopol.statement WHERE dataset = 'badfields' AND event_id IN ('980000003', '980000008', '980000009')" \
	"$(awk -F'\t' 'NR == 4 { a = "- " ($16 == "" ? "true" : "false") } NR == 9 { b = "9 " ($16 == "" ? "true" : "false") } NR == 10 { c = $32 " true" } END { print a ", " b ", " c }' "$tmp/ten.tsv")"
: >"$tmp/empty.tab"
run import icews "$tmp/empty.tab"
check "an empty ICEWS file (no header) is refused" rc_err 1 'no header line'
run import gdelt2 "$tmp/does-not-exist.tsv"
check "a missing file exits 2" rc_is 2
mkdir -p "$tmp/folder"
cp "$tmp/ten.tsv" "$tmp/folder/a.tsv"
cp "$fi_" "$tmp/folder/b.tab"
run import --dataset folder gdelt2 "$tmp/folder"
check "a folder: its files loaded, the one in another format reported and skipped" \
	bash -c "[ $rc = 1 ] && grep -q '2 files (0 skipped, 1 bad), .* 10 stored' '$tmp/out' && grep -q 'b.tab: not imported' '$tmp/err'"

# ---- Phoenix and POLECAT: files written here, after the layouts in shared/reference ----------------
{
	printf 'PHX1\t20140617\t2014\t06\t17\tUSAGOV\tUSA\tGOV\t\tRUSMIL\tRUS\tMIL\t\t111\t11\t3\t-2.0\t\t38.9\t-77.0\tWashington\t\tUSA\t3\thttp://a.example/1;http://b.example/2\tpost\n'
	printf 'PHX2\t20140617\t2014\t06\t17\t\tUSA\tGOV\t\tRUSMIL\tRUS\tMIL\t\t111\t11\t3\t-2.0\t\t38.9\t-77.0\tWashington\t\tUSA\t3\thttp://a.example/3\tpost\n'
	printf 'PHX3\t20140618\t2014\t06\t18\tIGOWSTNAT\t\t\t\tRUS\tRUS\t\t\tXYZ\t11\t3\t-2.0\t\t50.8\t4.3\tBrussels\t\tBEL\t3\thttp://a.example/4\tpost\n'
	printf 'PHX4\t20140618\t2014\t06\t18\tIGOWSTNAT\t\t\t\tRUS\tRUS\t\t\t112\t11\t3\t-2.0\t\t50.8\t4.3\tBrussels\t\tBEL\t3\thttp://a.example/5\tpost\n'
} >"$tmp/phoenix.txt"
run import phoenix "$tmp/phoenix.txt"
check "import phoenix: 4 rows, 2 stored, 2 rejected (no source, no CAMEO code)" \
	rc_out 1 '4 rows, 2 stored, 0 updated, 0 unchanged, 2 rejected'
check "phoenix: USAGOV -> RUSMIL, the first URL, 2 mentions (its URLs); IGOWSTNAT is NATO" \
	qis "SELECT string_agg(event_id || ' ' || source || ' ' || target || ' ' || url || ' ' || mentions, ', ' ORDER BY event_id)
	     FROM geopol.statement WHERE dataset = 'phoenix'" \
	"PHX1 {USA.GOV} {RUS.MIL} http://a.example/1 2, PHX4 {NATO} {RUS} http://a.example/5 1"
pc_header() {
	printf '%s\t' 'Event ID' 'Event Date' 'Event Type' 'Event Mode' 'Intensity' 'Quad Code' 'Contexts' 'Actor Name' \
		'Actor Country' 'Actor COW' 'Primary Actor Sector' 'Actor Sectors' 'Actor Title' 'Actor Name Raw' \
		'Wikipedia Actor ID' 'Recipient Name' 'Recipient Country' 'Recipient COW' 'Primary Recipient Sector' \
		'Recipient Sectors' 'Recipient Title' 'Recipient Name Raw' 'Wikipedia Recipient ID' 'Placename' 'City' \
		'District' 'Province' 'Country' 'Latitude' 'Longitude' 'GeoNames ID' 'Raw Placename' 'Feature Type' 'Source' \
		'Publication Date' 'Story People' 'Story Organizations' 'Story Locations' 'Language'
	printf 'Version\n'
}
pc_row() {	# id date type mode actor country sector recipient rcountry rsector
	printf '%s\t%s\t%s\t%s\t-5\t3\tNone\t%s\t%s\t2\t%s\tNone\tNone\tNone\tNone\t%s\t%s\t365\t%s\tNone\tNone\tNone\tNone' "$@"
	for _ in $(seq 24 40); do printf '\tNone'; done
	printf '\n'
}
{
	pc_header
	pc_row PC1 2023-01-02 ACCUSE disapprove 'Antony Blinken' USA Government Russia None None
	pc_row PC2 2023-01-02 SANCTION None 'Joe Biden;Rishi Sunak' 'USA;GBR' 'Government;Government' 'Vladimir Putin' RUS Government
	pc_row PC3 2023-01-03 FROBNICATE None 'Joe Biden' USA Government Russia None None
	pc_row PC4 2023-01-03 REQUEST None 'Someone' Atlantis None Russia None None
} >"$tmp/polecat.txt"
run import polecat "$tmp/polecat.txt"
check "import polecat: 4 rows, 2 stored, 2 rejected (an unknown PLOVER type, an unknown country)" \
	rc_out 1 '4 rows, 2 stored, 0 updated, 0 unchanged, 2 rejected'
check "polecat: ACCUSE/disapprove is CAMEO 110; two actors in a cell are one bloc; SANCTION is 16" \
	qis "SELECT string_agg(event_id || ' ' || source || ' ' || geopol.cameo(stance) || ' ' || target, ', ' ORDER BY event_id)
	     FROM geopol.statement WHERE dataset = 'polecat'" \
	"PC1 {USA.GOV} 110 {RUS}, PC2 {GBR.GOV,USA.GOV} 16 {RUS.GOV}"
check "polecat: the rejects say why" \
	qis "SELECT string_agg(reason, '; ' ORDER BY line) FROM geopol.import_reject WHERE dataset = 'polecat'" \
	"unknown PLOVER event type 'FROBNICATE'; actor: unknown country 'Atlantis'"
check "every builtin PLOVER row's stance has that PLOVER type (the crosswalk round-trips)" \
	qis "SELECT count(*) FROM geopol.plover_stance WHERE builtin AND geopol.plover(stance) IS DISTINCT FROM event_type" 0
{ pc_header; pc_row PC9 2023-01-05 ACCUSE None "$(printf 'C\364te d\047Ivoire')" None None Russia None None; } >"$tmp/polecat-latin1.txt"
run import -E LATIN1 --dataset polecat-latin1 polecat "$tmp/polecat-latin1.txt"
check "polecat in ISO-8859-1 (-E LATIN1): Côte d'Ivoire is CIV" \
	qis "SELECT source::text FROM geopol.statement WHERE dataset = 'polecat-latin1'" "{CIV}"
run import --dataset polecat-utf8 polecat "$tmp/polecat-latin1.txt"
check "the same file read as UTF-8: its line is rejected as invalid UTF-8" \
	qis "SELECT split_part(reason, ' at', 1) FROM geopol.import_reject WHERE dataset = 'polecat-utf8'" "invalid UTF-8"

# ---- cancelled runs -----------------------------------------------------------------------------------------
awk -F'\t' -v OFS='\t' '{ for (r = 0; r < 40; r++) { $1 = sprintf("%.0f", 2000000000 + r * 10000000 + NR); print } }' "$f2" >"$tmp/big.tsv"
big_lines=$(wc -l <"$tmp/big.tsv")
"$geopol" import --no-progress --dataset cancelled gdelt2 "$tmp/big.tsv" >"$tmp/out" 2>"$tmp/err" &
pid=$!
for _ in $(seq 1 200); do
	[ "$(q "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'geopol' AND state = 'active'
	        AND (query LIKE 'COPY%' OR query LIKE '%import(%')")" -gt 0 ] && break
	sleep 0.05
done
sleep 0.1
kill -INT "$pid"
wait "$pid"
rc=$?
check "Ctrl-C during an import: the client dies of SIGINT (status 130)" rc_is 130
check "Ctrl-C during an import: nothing of the file is stored, rejected or logged" \
	qis "SELECT (SELECT count(*) FROM geopol.statement WHERE dataset = 'cancelled') || ' ' ||
	            (SELECT count(*) FROM geopol.import_log WHERE dataset = 'cancelled') || ' ' ||
	            (SELECT count(*) FROM geopol.import_reject WHERE dataset = 'cancelled')" "0 0 0"
check "Ctrl-C: the client's backend is gone (its query cancelled)" no_geopol_backend
run import --no-progress --dataset cancelled gdelt2 "$tmp/big.tsv"
check "the import run again loads the whole file ($big_lines rows)" out_has "$big_lines rows, $((40 * good2)) stored"
# Ctrl-C while the quick way's COPY waits for another session's lock: that
# session stores the file's first lines and sleeps before COMMIT; the key
# makes the client's COPY wait, the client cancels it and dies of SIGINT
awk -F'\t' -v OFS='\t' '$1 ~ /^[0-9]+$/ { $1 = sprintf("%.0f", $1 + 3000000000) } { print }' "$tmp/big.tsv" >"$tmp/locked.tsv"
awk -F'\t' '$6 != "" && $6 !~ /[a-z]/ && $16 !~ /[a-z]/' "$tmp/locked.tsv" | head -n 5 >"$tmp/locked-head.tsv"
[ "$(id -u)" -eq 0 ] && chown postgres "$tmp/locked.tsv" "$tmp/locked-head.tsv"
psqlq -d gc -c "BEGIN" -c "SET application_name = 'locker'" \
	-c "SELECT count(*) FROM geopol.import_file('gdelt2', '$tmp/locked-head.tsv', 'locked')" \
	-c "SELECT pg_sleep(60)" -c "COMMIT" >/dev/null 2>&1 &
locker=$!
for _ in $(seq 1 200); do
	[ "$(q "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'locker' AND query LIKE '%pg_sleep%'")" -gt 0 ] && break
	sleep 0.05
done
"$geopol" import --no-progress --dataset locked gdelt2 "$tmp/locked.tsv" >"$tmp/out" 2>"$tmp/err" &
pid=$!
for _ in $(seq 1 400); do
	[ "$(q "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'geopol' AND wait_event_type = 'Lock'")" -gt 0 ] && break
	sleep 0.05
done
sleep 0.3
t0=$(date +%s%N)
kill -INT "$pid"
wait "$pid"
rc=$?
ms=$((($(date +%s%N) - t0) / 1000000))
check "Ctrl-C while the quick way's COPY waits for another session's lock: status 130 within 3 s ($ms ms)" \
	eval '[ "$rc" = 130 ] && [ "$ms" -lt 3000 ]'
check "Ctrl-C during the wait: the client's backend is gone" no_geopol_backend
q "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = 'locker'" >/dev/null
wait "$locker" 2>/dev/null
# a file cut short while the quick way reads it: no SIGBUS (the file is
# read, not mapped), the client ends normally
cp "$tmp/locked.tsv" "$tmp/shrinks.tsv"
"$geopol" import --no-progress --dataset shrinks gdelt2 "$tmp/shrinks.tsv" >"$tmp/out" 2>"$tmp/err" &
pid=$!
sleep 0.4
: >"$tmp/shrinks.tsv"
wait "$pid"
rc=$?
check "a file emptied 0.4 s into its import: the client ends normally (status $rc, not 135 of SIGBUS)" \
	eval '[ "$rc" = 0 ] || [ "$rc" = 1 ]'
# the GIN index of statement_keys() took the file through a longer pending
# list (gin_pending_list_limit), moved into the index at the end of the load
if [ -f "$($PG_CONFIG --sharedir)/extension/pageinspect.control" ]; then
	q "CREATE EXTENSION IF NOT EXISTS pageinspect" >/dev/null
	check "after an import, the GIN indexes of statement_keys() have no pending entries left" \
		qis "SELECT count(*) || ' ' || sum((gin_metapage_info(get_raw_page(i.indexrelid::regclass::text, 0))).n_pending_tuples)
		       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am m ON m.oid = c.relam
		      WHERE m.amname = 'gin' AND i.indrelid IN (SELECT relid FROM pg_partition_tree('geopol.statement'))" \
		"$(q "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am m ON m.oid = c.relam
		       WHERE m.amname = 'gin' AND i.indrelid IN (SELECT relid FROM pg_partition_tree('geopol.statement'))") 0"
	q "DROP EXTENSION pageinspect" >/dev/null
fi
# geopol.import_gin_limit set from outside (ALTER ROLE ... SET, PGOPTIONS)
# is not taken for geopol.import_begin()'s: a role that owns no GIN index
# of geopol.statement loads a file by the quick way
q "CREATE ROLE loader LOGIN; GRANT USAGE ON SCHEMA geopol TO loader;
   GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA geopol TO loader;
   GRANT USAGE ON ALL SEQUENCES IN SCHEMA geopol TO loader" >/dev/null
awk -F'\t' -v OFS='\t' '$1 ~ /^[0-9]+$/ { $1 = sprintf("%.0f", $1 + 6000000000) } { print }' "$f2" >"$tmp/ginrole.tsv"
PGOPTIONS="-c geopol.import_gin_limit=4MB" run import -U loader --no-progress --dataset gin-role gdelt2 "$tmp/ginrole.tsv"
check "geopol.import_gin_limit set from outside: a role owning no GIN index loads a file the quick way ($good2 stored)" \
	eval '[ "$rc" = 1 ] && out_has " $good2 stored, 0 updated, 0 unchanged"'
# two loads of the same new file at once: both find the day empty and insert
# without a lookup; the key makes the later one wait, refuse and go the
# careful way, which finds every event stored
"$geopol" import --no-progress --dataset twice gdelt2 "$f2" >"$tmp/out1" 2>&1 &
pid=$!
"$geopol" import --no-progress --dataset twice gdelt2 "$f2" >"$tmp/out2" 2>&1 || true
wait "$pid" || true
check "the same new file loaded twice at once: stored once ($good2 statements), the other load finds them unchanged" \
	eval 'test "$(q "SELECT count(*) || '"'"' '"'"' || count(DISTINCT event_id) FROM geopol.statement WHERE dataset = '"'"'twice'"'"'")" = "$good2 $good2" &&
	      cat "$tmp/out1" "$tmp/out2" | grep -q " $good2 stored, 0 updated, 0 unchanged" &&
	      cat "$tmp/out1" "$tmp/out2" | grep -q " 0 stored, 0 updated, $good2 unchanged"'
# ---- the quick way (GDELT converted by the client, COPY into geopol.statement) and the careful way -----
# A file with a bad field of each kind, and every reject of the sample: the
# client's conversion (the quick way), the server's (--staged) and the
# SQL-only path (geopol.import_file()) store the same statements and record
# the same rejects (lines, event ids, reasons, raw fields)
{ cat "$f2"
  # (the ten lines' ids made new, but for the bad ones)
  awk -F'\t' -v OFS='\t' '$1 ~ /^[0-9]+$/ { $1 = 970000000 + NR } { print }' "$tmp/bad.tsv" "$tmp/fields.tsv"
  awk -F'\t' -v OFS='\t' 'NR == 1 { $1 = "975000001"; $6 = "QQQQQQQQQ"; print } NR == 2 { $1 = "975000002"; $16 = "a\\b'"'"'c"; print }
	NR == 3 { $1 = "975000003"; $2 = "20150231"; print } NR == 4 { $1 = "975000004"; $27 = ""; print }' "$tmp/ten.tsv"
  printf '\n'; } >"$tmp/ways.tsv"
[ "$(id -u)" -eq 0 ] && chown postgres "$tmp/ways.tsv"
ways_rows() {	# the statements and rejects of a data set, in one line each
	q "SELECT md5(string_agg(concat_ws('|', said_on, source, stance, target, event_id, url, mentions), ',' ORDER BY event_id, said_on))
	   FROM geopol.statement WHERE dataset = '$1'"
	q "SELECT count(*) || ' ' || md5(string_agg(concat_ws('|', line, event_id, reason, raw), ',' ORDER BY line))
	   FROM geopol.import_reject WHERE dataset = '$1'"
}
logged() { grep -c "$1" "$work/log"; }
copies=$(logged 'statement (said_on, source, stance, target, dataset, event_id, url, mentions) FROM STDIN')
staged=$(logged 'geopol_load_gdelt2')	# (a refused file staged before is in the log)
PGOPTIONS="-c log_statement=all" run import --label ways.tsv --dataset way-quick gdelt2 "$tmp/ways.tsv"
check "the quick way: a GDELT file of new events is sent by COPY into geopol.statement, no staging table" \
	eval '[ "$(logged "statement (said_on, source, stance, target, dataset, event_id, url, mentions) FROM STDIN")" -gt "$copies" ] && [ "$(logged "geopol_load_gdelt2")" -eq "$staged" ]'
staged=$(logged 'geopol_load_gdelt2')
PGOPTIONS="-c log_statement=all" run import --staged --label ways.tsv --dataset way-staged gdelt2 "$tmp/ways.tsv"
check "--staged: the same file staged and converted by geopol.import()" \
	eval '[ "$(logged "geopol_load_gdelt2")" -gt "$staged" ] && [ "$(logged "statement (said_on, source, stance, target, dataset, event_id, url, mentions) FROM STDIN")" -eq "$((copies + 1))" ]'
check "the quick way and --staged: the same statements and the same rejects ($(q "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'way-quick'") rejects)" \
	eval '[ "$(ways_rows way-quick)" = "$(ways_rows way-staged)" ]'
# the SQL-only path reads files of valid UTF-8 only (its COPY refuses others)
LC_ALL=C grep -av $'\377' "$tmp/ways.tsv" >"$tmp/ways-sql.tsv"
[ "$(id -u)" -eq 0 ] && chown postgres "$tmp/ways-sql.tsv"
run import --dataset way-quick-sql gdelt2 "$tmp/ways-sql.tsv"
q "SELECT * FROM geopol.import_file('gdelt2', '$tmp/ways-sql.tsv', 'way-sql')" >/dev/null
check "the quick way and geopol.import_file() (the SQL-only path): the same statements and the same rejects ($(q "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'way-sql'") rejects)" \
	eval '[ "$(ways_rows way-quick-sql)" = "$(ways_rows way-sql)" ]'
check "the quick way's rejects: one of each reason (number, date, actor, event code, count, columns, UTF-8)" \
	qis "SELECT count(DISTINCT split_part(split_part(reason, ':', 1), ' ', 1)) >= 7 FROM geopol.import_reject WHERE dataset = 'way-quick'" t
PGOPTIONS="-c log_statement=all" run import --again --label ways.tsv --dataset way-quick gdelt2 "$tmp/ways.tsv"
check "the quick way reloaded: the probe sees the stored events, the careful way finds every row unchanged, no duplicate" \
	eval 'out_has " 0 stored, 0 updated, $(q "SELECT count(*) FROM geopol.statement WHERE dataset = '"'"'way-quick'"'"'") unchanged" &&
	      [ "$(ways_rows way-quick)" = "$(ways_rows way-staged)" ]'
# an event twice in the file: the key refuses the COPY, which is undone (a
# savepoint), and the file goes the careful way: one stored, the copy rejected
{ cat "$tmp/ten.tsv"; sed -n 4p "$tmp/ten.tsv"; } >"$tmp/twice.tsv"
rollbacks=$(logged 'ROLLBACK TO SAVEPOINT geopol_quick')
PGOPTIONS="-c log_statement=all" run import --dataset quick-twice gdelt2 "$tmp/twice.tsv"
check "an event twice in a file: the quick way undone, the careful way: 10 stored, the first copy rejected at its line" \
	eval 'out_has "11 rows, 10 stored, 0 updated, 0 unchanged, 1 rejected" &&
	      [ "$(logged "ROLLBACK TO SAVEPOINT geopol_quick")" -gt "$rollbacks" ] &&
	      [ "$(q "SELECT line || '"'"' '"'"' || (reason LIKE '"'"'the same event%again at line 11 (kept)'"'"') FROM geopol.import_reject WHERE dataset = '"'"'quick-twice'"'"'")" = "4 true" ]'
# more statements than one COPY of the quick way takes (32,768): they go
# by two COPYs in one savepoint, the same as --staged's; an event twice in
# the file, the second time in the second COPY, undoes both (no statement of
# the first COPY stays) and the file goes the careful way
awk -F'\t' -v OFS='\t' 'NR <= 50000 { $1 = 960000000 + NR; print }' "$tmp/big.tsv" >"$tmp/chunks.tsv"
awk -F'\t' -v OFS='\t' 'NR <= 50000 { $1 = 950000000 + NR; print }' "$tmp/big.tsv" >"$tmp/chunks2.tsv"
dup=$(awk -F'\t' '$6 != "" && $6 !~ /[a-z]/ && $16 !~ /[a-z]/ { print NR; exit }' "$tmp/chunks2.tsv")
sed -n "${dup}p" "$tmp/chunks2.tsv" >>"$tmp/chunks2.tsv"
copies=$(logged 'statement (said_on, source, stance, target, dataset, event_id, url, mentions) FROM STDIN')
PGOPTIONS="-c log_statement=all" run import --label chunks.tsv --dataset chunks gdelt2 "$tmp/chunks.tsv"
run import --staged --label chunks.tsv --dataset chunks-staged gdelt2 "$tmp/chunks.tsv"
good=$(q "SELECT count(*) FROM geopol.statement WHERE dataset = 'chunks'")
check "50,000 lines the quick way: two COPYs in one savepoint, the same statements and rejects as --staged ($good stored)" \
	eval '[ "$(logged "statement (said_on, source, stance, target, dataset, event_id, url, mentions) FROM STDIN")" -eq "$((copies + 2))" ] &&
	      [ "$good" -gt 32768 ] && [ "$(ways_rows chunks)" = "$(ways_rows chunks-staged)" ]'
rollbacks=$(logged 'ROLLBACK TO SAVEPOINT geopol_quick')
PGOPTIONS="-c log_statement=all" run import --dataset chunks-twice gdelt2 "$tmp/chunks2.tsv"
check "an event twice in a file, in the quick way's second COPY: both undone, the careful way stores each event once" \
	eval 'out_has "50001 rows, $good stored, 0 updated, 0 unchanged, $((50000 - good + 1)) rejected" &&
	      [ "$(logged "ROLLBACK TO SAVEPOINT geopol_quick")" -gt "$rollbacks" ] &&
	      [ "$(q "SELECT count(*) || '"'"' '"'"' || count(DISTINCT event_id) FROM geopol.statement WHERE dataset = '"'"'chunks-twice'"'"'")" = "$good $good" ]'
# the quick way's probe looks at the first COPY's range of events only: a
# file whose later lines hold events stored before is refused by the key in
# a later COPY, undone, and goes the careful way (new events stored, the
# others unchanged, none twice)
awk -F'\t' -v OFS='\t' 'NR <= 50000 { $1 = (NR <= 40000 ? 940000000 : 960000000) + NR; print }' "$tmp/big.tsv" >"$tmp/chunks3.tsv"
rollbacks=$(logged 'ROLLBACK TO SAVEPOINT geopol_quick')
PGOPTIONS="-c log_statement=all" run import --dataset chunks gdelt2 "$tmp/chunks3.tsv"
new3=$(sed -n 's/.* rows, \([0-9]*\) stored, 0 updated, \([0-9]*\) unchanged.*/\1/p' "$tmp/out")
same3=$(sed -n 's/.* rows, \([0-9]*\) stored, 0 updated, \([0-9]*\) unchanged.*/\2/p' "$tmp/out")
check "events stored before in a later COPY than the first: undone, the careful way stores the new ($new3) and finds the others unchanged ($same3)" \
	eval '[ "${new3:-0}" -gt 0 ] && [ "${same3:-0}" -gt 0 ] && [ "$((new3 + same3))" = "$good" ] &&
	      [ "$(logged "ROLLBACK TO SAVEPOINT geopol_quick")" -gt "$rollbacks" ] &&
	      [ "$(q "SELECT count(*) || '"'"' '"'"' || count(DISTINCT event_id) FROM geopol.statement WHERE dataset = '"'"'chunks'"'"'")" = "$((good + new3)) $((good + new3))" ]'
check "the quick way logs the file in geopol.import_log: lines = stored + rejected" \
	qis "SELECT (lines = stored + rejected AND stored > 0 AND rejected > 0 AND updated = 0 AND unchanged = 0)
	     FROM geopol.import_log WHERE dataset = 'way-quick' ORDER BY id LIMIT 1" t
run import -j 2 --again --dataset cancelled gdelt2 "$tmp/big.tsv" "$f2"
check "-j 2 over two files: the big one unchanged, the sample stored under that data set" \
	out_has "2 files, .* $((big_lines + lines2)) rows, $good2 stored, 0 updated, $((40 * good2)) unchanged"

# ---- the bulk way: a file of new years becomes their partitions ------------------------------------------
# the sample moved 16 years on (2014 -> 2030: 52 lines; 2015 -> 2031: the
# rest), years nothing holds yet; geopol.import_bulk_lines (unset: never)
# at 1000, so that the sample's 2031 is enough for a partition, not its 2030
awk -F'\t' -v OFS='\t' '{ $2 = (substr($2, 1, 4) + 16) substr($2, 5); print }' "$f2" >"$tmp/y2031.tsv"
in31=$(awk -F'\t' '($6 != "" && $6 !~ /[a-z]/ && $16 !~ /[a-z]/) && $2 ~ /^2031/' "$tmp/y2031.tsv" | wc -l)
PGOPTIONS="-c geopol.import_bulk_lines=1000" run import --dataset bulk gdelt2 "$tmp/y2031.tsv"
check "bulk: a file of new years: the sample's counts ($good2 stored, $bad2 rejected)" \
	out_has "$lines2 rows, $good2 stored, 0 updated, 0 unchanged, $bad2 rejected"
check "bulk: 2031 ($in31 statements) is a new partition, statement_y2031; 2030 (52 lines) is not" \
	qis "SELECT (SELECT count(*) FROM geopol.statement_y2031) || ' ' || (SELECT count(*) FROM pg_class WHERE relname = 'statement_y2030')" "$in31 0"
check "bulk: the rejects, their lines and reasons are those of the sample" \
	qis "SELECT md5(string_agg(line || reason, ',' ORDER BY line)) FROM geopol.import_reject WHERE dataset = 'bulk'" \
	"$(q "SELECT md5(string_agg(line || reason, ',' ORDER BY line)) FROM geopol.import_reject WHERE dataset = 'gdelt2' AND file = 'gdelt2-events-sample.tsv'")"
# the same partition as geopol.create_statement_partition() makes: columns,
# checks, indexes (names included), keys, foreign keys, comments
shape() {
	q "SELECT string_agg(x, E'\n' ORDER BY x) FROM (
	     SELECT replace(pg_get_indexdef(indexrelid), '$1', 'P') || coalesce(' -- ' || obj_description(indexrelid, 'pg_class'), '') AS x
	       FROM pg_index WHERE indrelid = 'geopol.$1'::regclass
	     UNION ALL
	     SELECT replace(conname || ' ' || pg_get_constraintdef(oid), '$1', 'P') FROM pg_constraint WHERE conrelid = 'geopol.$1'::regclass
	     UNION ALL
	     SELECT attname || ' ' || format_type(atttypid, atttypmod) || ' ' || attnotnull || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
	       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
	      WHERE a.attrelid = 'geopol.$1'::regclass AND a.attnum > 0 AND NOT a.attisdropped) s"
}
q "SELECT geopol.create_statement_partition('2040-01-01', '2041-01-01', 'statement_y2040')" >/dev/null
check "bulk: the partition is made as geopol.create_statement_partition() makes one (indexes, keys, checks, columns)" \
	is "$(shape statement_y2031)" "$(shape statement_y2040)"
q "DROP TABLE geopol.statement_y2040"
check "bulk: its indexes are valid, its foreign key validated" \
	qis "SELECT bool_and(i.indisvalid AND i.indisready) AND (SELECT bool_and(convalidated) FROM pg_constraint WHERE conrelid = 'geopol.statement_y2031'::regclass)
	       FROM pg_index i WHERE i.indrelid = 'geopol.statement_y2031'::regclass" t
# the questions over the new partition: the plain-SQL answers over the raw file
q "CREATE TABLE raw31 ($(for i in $(seq 1 61); do printf 'c%d text,' "$i"; done | sed 's/,$//'))" >/dev/null
psqlq -d gc -c "\\copy raw31 FROM '$tmp/y2031.tsv' WITH (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01')" >/dev/null
"$geopol" who DISAPPROVE USA --from 2030-01-01 --to 2031-12-31 --format csv >"$tmp/w31.csv" 2>"$tmp/err"
check "bulk: who DISAPPROVE USA over the new partition = plain SQL over the raw file ($(lines_of "$tmp/w31.csv") rows)" \
	is "$(tail -n +2 "$tmp/w31.csv" | tr -d '\r' | awk -F, '{ print $1, $4 }' | LC_ALL=C sort | md5sum)" \
	   "$(q "SELECT regexp_replace(c6, '(...)(?=.)', '\\1.', 'g') || ' ' || to_date(c2, 'YYYYMMDD')
	           FROM raw31 WHERE c29 = '11' AND coalesce(c6, '') <> '' AND c6 !~ '[a-z]' AND c16 ~ '^USA' AND c16 !~ '[a-z]'
	            AND c6 !~ '^USA'" | LC_ALL=C sort | md5sum)"
"$geopol" matrix --from 2030-01-01 --to 2031-12-31 --format csv >"$tmp/m31.csv" 2>"$tmp/err"
check "bulk: matrix (DISAPPROVE) over the new partition = plain SQL over the raw file ($(lines_of "$tmp/m31.csv") pairs)" \
	is "$(tail -n +2 "$tmp/m31.csv" | tr -d '\r' | tr ',' ' ' | LC_ALL=C sort | md5sum)" \
	   "$(q "WITH p AS (SELECT DISTINCT c1, left(c6, 3) s, left(c16, 3) t FROM raw31
	           WHERE c29 = '11' AND coalesce(c6, '') <> '' AND coalesce(c16, '') <> ''
	             AND c6 !~ '[a-z]' AND c16 !~ '[a-z]')
	         SELECT s || ' ' || t || ' ' || count(*) FROM p WHERE s <> t GROUP BY s, t" | LC_ALL=C sort | md5sum)"
q "DROP TABLE raw31"
PGOPTIONS="-c geopol.import_bulk_lines=-1" run import --dataset rowwise gdelt2 "$tmp/y2031.tsv"
check "bulk: the same file row by row (another data set) stores the same rows" \
	is "$(q "SELECT md5(string_agg(concat_ws(' ', said_on, source, stance, target, event_id, url, mentions), ',' ORDER BY event_id, said_on))
	           FROM geopol.statement WHERE dataset = 'rowwise'")" \
	   "$(q "SELECT md5(string_agg(concat_ws(' ', said_on, source, stance, target, event_id, url, mentions), ',' ORDER BY event_id, said_on))
	           FROM geopol.statement WHERE dataset = 'bulk'")"
PGOPTIONS="-c geopol.import_bulk_lines=1000" run import --again --dataset bulk gdelt2 "$tmp/y2031.tsv"
check "bulk: loading the file again adds nothing ($good2 unchanged), no duplicate" \
	eval 'out_has "0 stored, 0 updated, $good2 unchanged, $bad2 rejected" &&
	      [ "$(q "SELECT count(*) || '"'"' '"'"' || count(DISTINCT (event_id, said_on)) FROM geopol.statement WHERE dataset = '"'"'bulk'"'"'")" = "$good2 $good2" ]'
# an event twice in a file of a new year: the unique key's build refuses the
# partition; the file goes the careful way (the same counts and reasons as
# the row by row way)
awk -F'\t' -v OFS='\t' '{ $2 = (substr($2, 1, 4) + 18) substr($2, 5); print } NR == 40 { print }' "$f2" >"$tmp/y2033.tsv"
PGOPTIONS="-c geopol.import_bulk_lines=1000" run import --dataset bulk-twice gdelt2 "$tmp/y2033.tsv"
check "bulk: an event twice in the file: no partition, $good2 stored, the copy rejected with its line" \
	eval 'out_has "$((lines2 + 1)) rows, $good2 stored, 0 updated, 0 unchanged, $((bad2 + 1)) rejected" &&
	      [ "$(q "SELECT count(*) FROM pg_class WHERE relname = '"'"'statement_y2033'"'"'")" = 0 ] &&
	      [ "$(q "SELECT count(*) FROM geopol.import_reject WHERE dataset = '"'"'bulk-twice'"'"' AND reason LIKE '"'"'the same event%'"'"'")" = 1 ]'
# by default (geopol.import_bulk_lines unset) a big file of a new year goes
# row by row: no partition
awk -F'\t' -v OFS='\t' '{ $2 = (substr($2, 1, 4) + 23) substr($2, 5); print }' "$tmp/big.tsv" >"$tmp/y2038.tsv"
run import --no-progress --dataset default-way gdelt2 "$tmp/y2038.tsv"
check "bulk: off by default: a big file of a new year goes row by row (no partition, every row stored)" \
	eval 'out_has "$((40 * good2)) stored" && [ "$(q "SELECT count(*) FROM pg_class WHERE relname = '"'"'statement_y2038'"'"'")" = 0 ]'
# a setting that is no whole number is "never" (as unset), not an error
awk -F'\t' -v OFS='\t' '{ $2 = (substr($2, 1, 4) + 24) substr($2, 5); print }' "$f2" >"$tmp/y2039.tsv"
PGOPTIONS="-c geopol.import_bulk_lines=10k" run import --no-progress --dataset bulk-badsetting gdelt2 "$tmp/y2039.tsv"
check "bulk: geopol.import_bulk_lines = '10k' loads row by row (no partition, $good2 stored), no error" \
	eval 'out_has "$good2 stored" && [ "$(q "SELECT count(*) FROM pg_class WHERE relname = '"'"'statement_y2039'"'"'")" = 0 ]'
# a session reading the DEFAULT partition for long: the attach waits 2 s,
# then the year goes row by row (no partition, every row stored)
awk -F'\t' -v OFS='\t' '{ $2 = (substr($2, 1, 4) + 19) substr($2, 5); print }' "$f2" >"$tmp/y2034.tsv"
psqlq -d gc -c "BEGIN" -c "LOCK TABLE geopol.statement_default IN ACCESS SHARE MODE" -c "SELECT pg_sleep(10)" -c "COMMIT" >/dev/null &
lockpid=$!
sleep 0.5
PGOPTIONS="-c geopol.import_bulk_lines=1000" run import --dataset bulk-locked gdelt2 "$tmp/y2034.tsv"
wait "$lockpid"
check "bulk: the DEFAULT partition in use: the year goes row by row (no partition, $good2 stored)" \
	eval 'out_has "$good2 stored, 0 updated, 0 unchanged, $bad2 rejected" &&
	      [ "$(q "SELECT count(*) FROM pg_class WHERE relname = '"'"'statement_y2034'"'"'")" = 0 ]'
# Ctrl-C during a load of new years: no partition left behind
awk -F'\t' -v OFS='\t' '{ $2 = (substr($2, 1, 4) + 21) substr($2, 5); print }' "$tmp/big.tsv" >"$tmp/y2036.tsv"
PGOPTIONS="-c geopol.import_bulk_lines=10000" "$geopol" import --no-progress --dataset bulk-cancelled gdelt2 "$tmp/y2036.tsv" >"$tmp/out" 2>"$tmp/err" &
pid=$!
for _ in $(seq 1 200); do
	[ "$(q "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'geopol' AND state = 'active'
	        AND query LIKE '%import(%'")" -gt 0 ] && break
	sleep 0.05
done
sleep 0.3
kill -INT "$pid"
wait "$pid"
rc=$?
check "bulk: Ctrl-C during a load of new years: no partition, statement, reject or log left" \
	eval 'rc_is 130 && [ "$(q "SELECT (SELECT count(*) FROM pg_class WHERE relname = '"'"'statement_y2036'"'"') || '"'"' '"'"' ||
	                               (SELECT count(*) FROM geopol.statement WHERE dataset = '"'"'bulk-cancelled'"'"') || '"'"' '"'"' ||
	                               (SELECT count(*) FROM geopol.import_log WHERE dataset = '"'"'bulk-cancelled'"'"')")" = "0 0 0" ]'
# (the cancelled load's backend gone first: until it has rolled back it
# holds the advisory lock and the DEFAULT partition, and the year would go
# row by row)
no_geopol_backend
PGOPTIONS="-c geopol.import_bulk_lines=10000" run import --no-progress --dataset bulk-cancelled gdelt2 "$tmp/y2036.tsv"
check "bulk: run again, the whole file ($big_lines rows) in its new partition statement_y2036" \
	eval 'out_has "$big_lines rows, $((40 * good2)) stored" &&
	      [ "$(q "SELECT count(*) FROM geopol.statement_y2036")" -gt 0 ]'

# ---- ingest ---------------------------------------------------------------------------------------------------
mkdir -p "$tmp/articles/sub"
cat >"$tmp/articles/a1.txt" <<'TXT'
url: https://example.org/a1
date: 2024-11-05
title: Tokyo protests
source: Example News
---
Japan on Friday strongly condemned North Korea's missile launch.
TXT
cat >"$tmp/articles/sub/a2.txt" <<'TXT'
url: https://example.org/a2
date: 2024-03
title: Seoul and Canberra
---
South Korea and Australia on Monday condemned Russia's attacks on Ukraine.
TXT
printf 'France and Germany condemned Iran on Tuesday.\n' >"$tmp/articles/plain.text"
printf 'url: https://example.org/bad\ndate: 2024-11-05\n---\nJapan condemned \377 North Korea.\n' >"$tmp/articles/broken.txt"
printf 'notes that are not an article\n' >"$tmp/articles/notes.md"
{
	printf '{"url": "https://example.org/j1", "published": "2024-11-05", "title": "J1", "body": "Canada condemned Belarus."}\n'
	printf '\n'
	printf '{"url": "https://example.org/j2", "date": "2024-11-06T10:00:00Z", "body": "The United States condemned Iran."}\n'
	printf '{not json\n'
	printf '{"published": "2024-11-07", "body": "No url here: Japan condemned China."}\n'
} >"$tmp/articles/feed.jsonl"
run ingest --no-progress --date 2024-02-02 "$tmp/articles"
check "ingest a folder (header, plain text with --date, JSON Lines): 7 articles, 5 stored, 2 failed, 1 bad file; exit 1" \
	rc_out 1 '5 files (1 bad), .* 7 articles, 5 stored, 0 skipped, 2 failed'
check "ingest: the broken file is named, with the reason" err_has 'broken.txt: skipped: invalid UTF-8'
check "ingest: a JSON error names the file and line" err_has 'feed.jsonl:4: not stored: invalid input syntax for type json'
check "ingest: a missing url names the file and line" err_has 'feed.jsonl:5: not stored: geopol.ingest: url must not be null'
check "ingest: the header's title and source, a month as its first day, a plain file's url and --date" \
	qis "SELECT string_agg(url || '|' || coalesce(title, '-') || '|' || coalesce(source, '-') || '|' || published, ' ' ORDER BY url)
	     FROM geopol.article WHERE url IN ('https://example.org/a1', 'https://example.org/a2') OR url LIKE 'file://%plain.text'" \
	"file://$(cd "$tmp/articles" && pwd -P)/plain.text|-|-|2024-02-02 https://example.org/a1|Tokyo protests|Example News|2024-11-05 https://example.org/a2|Seoul and Canberra|-|2024-03-01"
check "ingest: the statements were coded (JPN -> PRK)" \
	qis "SELECT count(*) > 0 FROM geopol.statement s JOIN geopol.article a ON a.id = s.article
	     WHERE a.url = 'https://example.org/a1' AND s.source = '{JPN}' AND s.target = '{PRK}'" t
arts="SELECT count(*) || ' ' || (SELECT count(*) FROM geopol.statement WHERE extracted) FROM geopol.article"
before=$(q "$arts")
run ingest --no-progress --date 2024-02-02 -j 2 "$tmp/articles"
check "ingest again (-j 2): every stored url skipped" out_has '7 articles, 0 stored, 5 skipped, 2 failed'
check "ingest again: nothing added" qis "$arts" "$before"
run ingest --no-progress --replace "$tmp/articles/a1.txt"
check "ingest --replace: stored again" out_has '1 article, 1 stored'
check "ingest --replace: the statements replaced, not added" qis "$arts" "$before"
"$geopol" ingest --date 2023-07-31 --url https://example.org/stdin - >"$tmp/out" 2>"$tmp/err" <<<'Kenya condemned the coup in Niger on Monday.'
check "ingest from standard input with --date and --url" \
	qis "SELECT published FROM geopol.article WHERE url = 'https://example.org/stdin'" 2023-07-31
"$geopol" ingest - >"$tmp/out" 2>"$tmp/err" <<<'Text without a header.'
rc=$?
check "ingest: plain text without --date is refused (exit 1)" rc_err 1 'needs --date'
# JSON Lines with a byte order mark: its first line is read too
printf '\357\273\277{"url": "https://example.org/bom1", "published": "2024-11-05", "body": "Japan condemned North Korea."}\n{"url": "https://example.org/bom2", "published": "2024-11-05", "body": "Canada condemned Belarus."}\n' >"$tmp/bom.jsonl"
run ingest --no-progress "$tmp/bom.jsonl"
check "ingest: JSON Lines after a byte order mark: both lines stored, exit 0" rc_out 0 '2 articles, 2 stored'
check "ingest: the first line after the byte order mark is stored" \
	qis "SELECT count(*) FROM geopol.article WHERE url IN ('https://example.org/bom1', 'https://example.org/bom2')" 2
# JSON Lines of the wrong types: bad lines with a reason, the others stored
{
	printf '{"url": "https://example.org/t1", "published": "2024-11-05", "body": 42}\n'
	printf '{"url": ["https://example.org/t2"], "published": "2024-11-05", "body": "Japan condemned China."}\n'
	printf '{"url": "https://example.org/t3", "published": "2024-11-05", "title": "no body"}\n'
	printf '{"url": "https://example.org/t4", "published": "2024-11-05", "body": "Japan condemned China.", "title": {"a": 1}}\n'
	printf '[1, 2]\n'
	printf '{"url": "https://example.org/t6", "published": "2024-11-05", "body": "Kenya condemned the coup in Niger."}\n'
} >"$tmp/types.jsonl"
run ingest --no-progress "$tmp/types.jsonl"
check "ingest: JSON Lines of wrong types: 6 articles, 1 stored, 5 failed, exit 1" rc_out 1 '6 articles, 1 stored, 0 skipped, 5 failed'
check "ingest: a number for body is refused with the reason" err_has 'types.jsonl:1: not stored: "body" is a number, not a string'
check "ingest: an array for url is refused with the reason" err_has 'types.jsonl:2: not stored: "url" is an array, not a string'
check "ingest: an object without body is refused with the reason" err_has 'types.jsonl:3: not stored: no "body"'
check "ingest: an object for title is refused with the reason" err_has 'types.jsonl:4: not stored: "title" is an object, not a string'
check "ingest: a line that is no object is refused with the reason" err_has 'types.jsonl:5: not stored: the line is an array, not an object'
check "ingest: of the wrong types nothing is stored, the good line is" \
	qis "SELECT string_agg(url, ' ' ORDER BY url) FROM geopol.article WHERE url LIKE '%example.org/t%'" 'https://example.org/t6'
# dates: only written ones, not the words the server's date input also reads
mkdir -p "$tmp/words"
for w in yesterday today epoch infinity; do
	printf 'url: https://example.org/word-%s\ndate: %s\n---\nJapan condemned North Korea.\n' "$w" "$w" >"$tmp/words/$w.txt"
done
printf 'url: https://example.org/word-ts\ndate: 2024-11-05T08:30:00Z\n---\nJapan condemned North Korea.\n' >"$tmp/words/ts.txt"
printf '{"url": "https://example.org/word-j1", "published": "epoch", "body": "Japan condemned China."}\n{"url": "https://example.org/word-j2", "date": "today", "body": "Japan condemned China."}\n{"url": "https://example.org/word-j3", "published": "2024-11-05T08:30:00Z", "body": "Japan condemned China."}\n' >"$tmp/words/feed.jsonl"
run ingest --no-progress "$tmp/words"
check "ingest: date words in header files are bad files, in JSON bad lines; exit 1" \
	rc_out 1 '6 files (4 bad), .* 4 articles, 2 stored, 0 skipped, 2 failed'
for w in yesterday today epoch infinity; do
	check "ingest: \"date: $w\" is refused with the file and the reason" err_has "$w.txt: skipped: date \"$w\" is not a written date"
done
check "ingest: JSON \"published\": \"epoch\" is refused with the line and the reason" \
	err_has 'feed.jsonl:1: not stored: "published": "epoch" is not a written date'
check "ingest: JSON \"date\": \"today\" is refused with the line and the reason" \
	err_has 'feed.jsonl:2: not stored: "date": "today" is not a written date'
check "ingest: of the date words nothing is stored; the timestamps are, on their day" \
	qis "SELECT string_agg(url || ' ' || published, ',' ORDER BY url) FROM geopol.article WHERE url LIKE '%example.org/word-%'" \
	'https://example.org/word-j3 2024-11-05,https://example.org/word-ts 2024-11-05'
run ingest --no-progress --date today "$tmp/articles/plain.text"
check "ingest --date today: refused, exit 2" rc_err 2 'not a written date'
# an interrupted ingest is resumed by running it again
for i in $(seq 1 2000); do
	printf '{"url": "https://example.org/bulk/%d", "published": "2024-05-%02d", "body": "Japan condemned North Korea on Monday. Canada urged Russia to withdraw its troops."}\n' "$i" $((i % 28 + 1))
done >"$tmp/bulk.jsonl"
"$geopol" ingest --no-progress -j 2 "$tmp/bulk.jsonl" >"$tmp/out" 2>"$tmp/err" &
pid=$!
for _ in $(seq 1 400); do
	[ "$(q "SELECT count(*) FROM geopol.article WHERE url LIKE 'https://example.org/bulk/%'")" -gt 20 ] && break
	sleep 0.05
done
kill -INT "$pid"
wait "$pid"
rc=$?
partial=$(q "SELECT count(*) FROM geopol.article WHERE url LIKE 'https://example.org/bulk/%'")
check "Ctrl-C during ingest: status 130, $partial of 2000 articles stored" bash -c "[ $rc = 130 ] && [ $partial -gt 0 ] && [ $partial -lt 2000 ]"
check "Ctrl-C during ingest: every stored article has all its statements (one transaction each)" \
	qis "SELECT count(DISTINCT n) FROM (SELECT (SELECT count(*) FROM geopol.statement s WHERE s.article = a.id) n
	     FROM geopol.article a WHERE a.url LIKE 'https://example.org/bulk/%') x" 1
run ingest --no-progress -j 2 "$tmp/bulk.jsonl"
check "ingest run again resumes: 2000 articles, $((2000 - partial)) stored, $partial skipped" \
	out_has "2000 articles, $((2000 - partial)) stored, $partial skipped, 0 failed"
check "ingest resumed: each article once" \
	qis "SELECT count(*) || ' ' || count(DISTINCT url) FROM geopol.article WHERE url LIKE 'https://example.org/bulk/%'" "2000 2000"

# ---- pictures ----------------------------------------------------------------------------------------------------
G=(--what condemn --from 2023-01-01 --to 2025-12-31)
sql_nodes=$(q "SELECT node FROM geopol.graph_nodes('condemn', '2023-01-01', '2025-12-31')" | LC_ALL=C sort | paste -sd, -)
sql_edges=$(q "SELECT speaker || ' ' || target FROM geopol.graph_edges('condemn', '2023-01-01', '2025-12-31')" | LC_ALL=C sort | paste -sd, -)
nn=$(printf '%s' "$sql_nodes" | tr ',' '\n' | grep -c .)
ne=$(printf '%s' "$sql_edges" | tr ',' '\n' | grep -c .)
run graph "${G[@]}" -o "$tmp/g.svg"
check "graph -o g.svg: Graphviz draws an SVG" bash -c "[ $rc = 0 ] && [ -s '$tmp/g.svg' ]"
if command -v xmllint >/dev/null; then
	check "the SVG is valid XML" xmllint --noout "$tmp/g.svg"
fi
svg_nodes=$(grep -A1 'class="node"' "$tmp/g.svg" | sed -n 's/.*<title>\(.*\)<\/title>.*/\1/p' | LC_ALL=C sort | paste -sd, -)
svg_edges=$(grep -A1 'class="edge"' "$tmp/g.svg" | sed -n 's/.*<title>\(.*\)<\/title>.*/\1/p' |
	sed 's/&#45;&gt;/ /; s/&#45;/-/g' | LC_ALL=C sort | paste -sd, -)
check "the SVG's nodes are the $nn rows of graph_nodes()" bash -c "[ $nn -gt 5 ] && [ '$svg_nodes' = '$sql_nodes' ]"
check "the SVG's edges are the $ne rows of graph_edges()" bash -c "[ $ne -gt 5 ] && [ '$svg_edges' = '$sql_edges' ]"
check "the SVG groups the G7 members that spoke through it" grep -q '<title>cluster_G7</title>' "$tmp/g.svg"
run graph "${G[@]}" --format png -o "$tmp/g.png"
png_ok() { [ "$rc" = 0 ] && [ "$(head -c 8 "$tmp/g.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; }
check "graph --format png: a PNG" png_ok
run graph "${G[@]}" -o "$tmp/g.graphml"
check "graph -o g.graphml: one node and one edge per row" \
	bash -c "[ $rc = 0 ] && [ \$(grep -o '<node ' '$tmp/g.graphml' | wc -l) = $nn ] && [ \$(grep -o '<edge ' '$tmp/g.graphml' | wc -l) = $ne ]"
if command -v xmllint >/dev/null; then
	check "the GraphML is valid XML" xmllint --noout "$tmp/g.graphml"
fi
run graph "${G[@]}" --format json
check "graph --format json: the nodes and edges" \
	is "$(echo "SELECT jsonb_array_length((:'j')::jsonb->'nodes') || ' ' || jsonb_array_length((:'j')::jsonb->'edges');" | json_sql)" "$nn $ne"
run graph "${G[@]}" --format dot
check "graph --format dot: a digraph with a cluster" bash -c "[ $rc = 0 ] && grep -q '^digraph' '$tmp/out' && grep -q 'subgraph \"cluster_' '$tmp/out'"
run graph "${G[@]}" --format svg --dot /nonexistent/dot -o "$tmp/none.svg"
check "without Graphviz: a clear message, exit 2, no file left" \
	bash -c "[ $rc = 2 ] && grep -q 'apt-get install graphviz' '$tmp/err' && [ ! -e '$tmp/none.svg' ]"
run plot timeseries --target PRK,RUS --what condemn --from 2024-01-01 --to 2025-06-30 -o "$tmp/p.svg"
check "plot timeseries: an SVG" bash -c "[ $rc = 0 ] && [ -s '$tmp/p.svg' ]"
if command -v xmllint >/dev/null; then
	check "the chart is valid XML" xmllint --noout "$tmp/p.svg"
fi
check "the chart: one line per target, one point per month (18 each)" \
	bash -c "[ \$(grep -c '<polyline' '$tmp/p.svg') = 2 ] && [ \$(grep -c '<circle' '$tmp/p.svg') = 36 ]"
nov=$(q "SELECT statements FROM geopol.timeseries('PRK', 'condemn', '2024-11-01', '2024-11-30')")
check "the chart: an empty month at zero, November 2024 at its count ($nov)" \
	bash -c "grep -q 'North Korea (PRK), 2024-02: 0<' '$tmp/p.svg' && grep -q 'North Korea (PRK), 2024-11: $nov<' '$tmp/p.svg'"
run plot timeseries --target PRK --speaker KOR,JPN --what condemn --from 2024-01-01 --to 2025-06-30 -o "$tmp/p2.svg"
check "plot timeseries --speaker: one line per speaker" \
	bash -c "[ $rc = 0 ] && [ \$(grep -c '<polyline' '$tmp/p2.svg') = 2 ] && grep -q 'South Korea (KOR), 2025-01: 1<' '$tmp/p2.svg'"

# ---- in SQL, without the client -------------------------------------------------------------------------------------
check "geopol.import_file() reads a file on the server: the client's counts" \
	qis "SELECT lines || ' ' || stored || ' ' || rejected FROM geopol.import_file('gdelt2', '$f2', 'sql-file')" "$lines2 $good2 $bad2"
check "geopol.import_stage() + \\copy + geopol.import(): the client's counts" \
	is "$(psqlq -d gc -c "SELECT geopol.import_stage('gdelt2')" \
	       -c "\\copy pg_temp.geopol_import_lines (raw) FROM '$f2' WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')" \
	       -c "SELECT lines || ' ' || stored || ' ' || rejected FROM geopol.import('gdelt2', 'pg_temp.geopol_import_lines', 'psql', 'sql-copy')" | tail -n 1)" \
	"$lines2 $good2 $bad2"
check "geopol.import() after \\copy: the line numbers are the file's" \
	qis "SELECT string_agg(line::text, ',' ORDER BY line) FROM geopol.import_reject WHERE dataset = 'sql-copy'" \
	"$(q "SELECT string_agg(line::text, ',' ORDER BY line) FROM geopol.import_reject WHERE dataset = 'gdelt2' AND file = 'gdelt2-events-sample.tsv'")"
unknown_format() { psqlq -d gc -c "SELECT geopol.import_stage('nope')" 2>&1 | grep -q 'Formats: gdelt1'; }
check "an unknown format in SQL: an error with the formats in the hint" unknown_format

# ---- dump and restore -------------------------------------------------------------------------------------------------------
psqlq -d postgres -c "CREATE DATABASE gc2"
as_pg "$bindir/pg_dump" -h "$work" -p "$port" -U postgres -Fc -f "$work/gc.dump" gc
as_pg "$bindir/pg_restore" -h "$work" -p "$port" -U postgres -d gc2 --exit-on-error "$work/gc.dump" 2>"$tmp/restore.err"
counts="SELECT (SELECT count(*) FROM geopol.statement) || ' ' || (SELECT count(*) FROM geopol.import_reject) || ' ' ||
               (SELECT count(*) FROM geopol.import_log) || ' ' || (SELECT count(*) FROM geopol.mention) || ' ' ||
               (SELECT count(*) FROM geopol.import_sector) || ' ' || (SELECT count(*) FROM geopol.plover_stance)"
check "dump/restore: statements, rejects, load log, mentions, sectors and PLOVER rows come back" \
	is "$(DB=gc2 q "$counts")" "$(DB=gc q "$counts")"
parts="SELECT string_agg(c.relname || ' ' || pg_get_expr(c.relpartbound, c.oid) || ' ' ||
                          (SELECT count(*) FROM pg_index i WHERE i.indrelid = c.oid), ', ' ORDER BY c.relname)
         FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid WHERE h.inhparent = 'geopol.statement'::regclass"
check "dump/restore: the partitions the bulk way made come back, with their indexes ($(q "$parts"))" \
	is "$(DB=gc2 q "$parts")" "$(DB=gc q "$parts")"
PGDATABASE=gc2 "$geopol" import --again gdelt2 "$tmp/changed.tsv" >"$tmp/out" 2>"$tmp/err"
check "after restore, loading a file again adds nothing (the key came back)" out_has "0 stored, 0 updated, $good2 unchanged"

# ---- geopol.import_digits(): the test of a number field, by itself ---------------------------------------------------------
check "import_digits(): the length of ASCII digits, '' is 0, NULL for a sign, a space, a letter, other scripts' digits, NULL" \
	qis "SELECT concat_ws(',', import_digits('0123'), import_digits(''), coalesce(import_digits('-1')::text, 'n'),
	       coalesce(import_digits(' 1')::text, 'n'), coalesce(import_digits('12a')::text, 'n'),
	       coalesce(import_digits('١٢')::text, 'n'), coalesce(import_digits(NULL)::text, 'n'),
	       import_digits(repeat('9', 100000)))" '4,0,n,n,n,n,n,100000'

# ---- names11: a database whose encoding lacks a character of the file ------------------------------------
# (LATIN1): the row is a reject naming the character, the rest of the file
# loads (staged formats: ICEWS, POLECAT); a character only in a column the
# conversion does not read is no reject
psqlq -d postgres -c "CREATE DATABASE gl1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
psqlq -d gl1 -c "CREATE EXTENSION geopol"
{
	head -n 2 "$fi_"
	sed -n 3p "$fi_" | awk -F'\t' -v OFS='\t' -v v="$(printf 'Nguy\341\273\205n Ph\303\272 Tr\341\273\215ng')" '{ $3 = v; print }'
	sed -n 4p "$fi_" | awk -F'\t' -v OFS='\t' -v v="$(printf '\316\221\316\270\316\256\316\275\316\261')" '{ $15 = v; print }'
	sed -n 5p "$fi_" | awk -F'\t' -v OFS='\t' -v v="$(printf ' caf\303\251')" '{ $6 = $6 v; print }'
} >"$tmp/icews-l1.tab"
PGDATABASE=gl1 run import --dataset icews-l1 icews "$tmp/icews-l1.tab"
check "LATIN1 database: an ICEWS file with a name the encoding lacks loads (exit 0 or 1, 4 rows accounted for)" \
	eval 'rc_out 1 "4 rows" || rc_out 0 "4 rows"'
check "LATIN1 database: that row (line 3) is a reject naming the character U+1EC5 and the encoding" \
	is "$(DB=gl1 q "SELECT string_agg(line || ' ' || reason, '; ') FROM geopol.import_reject WHERE dataset = 'icews-l1' AND reason LIKE 'character U+%'")" \
	"3 character U+1EC5 at byte $(($(sed -n 3p "$fi_" | cut -f1-2 | wc -c) + 5)) has no equivalent in the database's encoding LATIN1"
check "LATIN1 database: the reject keeps the line, the character written <U+1EC5>" \
	is "$(DB=gl1 q "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'icews-l1' AND line = 3 AND raw LIKE '%Nguy<U+1EC5>n Ph_ Tr<U+1ECD>ng%'")" 1
check "LATIN1 database: Greek only in the City column (not read) and é in the event text are no encoding reject" \
	is "$(DB=gl1 q "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'icews-l1' AND line <> 3")" \
	"$(q "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'icews' AND line IN (2, 4, 5)")"
check "LATIN1 database: the other rows are stored as from the UTF-8 database's file" \
	is "$(DB=gl1 q "SELECT string_agg(event_id, ',' ORDER BY event_id) FROM geopol.statement WHERE dataset = 'icews-l1'")" \
	"$(q "SELECT string_agg(event_id, ',' ORDER BY event_id) FROM geopol.statement WHERE dataset = 'icews' AND event_id IN ('$(sed -n 2p "$fi_" | cut -f1)', '$(sed -n 4p "$fi_" | cut -f1)', '$(sed -n 5p "$fi_" | cut -f1)')")"
run import --dataset icews-u8 icews "$tmp/icews-l1.tab"
check "the same file into a UTF-8 database: no encoding reject" \
	qis "SELECT count(*) FROM geopol.import_reject WHERE dataset = 'icews-u8' AND reason LIKE 'character U+%'" 0
{
	pc_header
	pc_row PL1 2023-01-02 ACCUSE disapprove 'Antony Blinken' USA Government Russia None None
	pc_row PL2 2023-01-02 ACCUSE disapprove "$(printf 'Nguy\341\273\205n Ph\303\272 Tr\341\273\215ng')" Vietnam Government Russia None None
	pc_row PL3 2023-01-03 ACCUSE disapprove "$(printf 'Fran\303\247ois Hollande')" France Government Russia None None
} >"$tmp/polecat-l1.txt"
PGDATABASE=gl1 run import --dataset polecat-l1 polecat "$tmp/polecat-l1.txt"
check "LATIN1 database, POLECAT: 3 rows, 2 stored, the Vietnamese name's row rejected (line 3)" \
	eval 'rc_out 1 "3 rows, 2 stored, 0 updated, 0 unchanged, 1 rejected" &&
	      is "$(DB=gl1 q "SELECT line || split_part(reason, '"'"' at'"'"', 1) FROM geopol.import_reject WHERE dataset = '"'"'polecat-l1'"'"'")" "3character U+1EC5"'
# a GDELT file goes the staged way in such a database (the quick way's COPY
# would fail on the character as a whole): the url's row is the reject
awk -F'\t' '$6 != "" && $6 !~ /[a-z]/ && $16 !~ /[a-z]/' "$tmp/gdelt2-events-sample.tsv" | head -n 3 |
	awk -F'\t' -v OFS='\t' -v v="$(printf 'http://example.org/Nguy\341\273\205n')" 'NR == 2 { $61 = v } { print }' >"$tmp/gdelt-l1.tsv"
PGDATABASE=gl1 run import --dataset gdelt-l1 gdelt2 "$tmp/gdelt-l1.tsv"
check "LATIN1 database, GDELT (the staged way there): 3 rows, 2 stored, the url's row rejected (line 2)" \
	eval 'rc_out 1 "3 rows, 2 stored, 0 updated, 0 unchanged, 1 rejected" &&
	      is "$(DB=gl1 q "SELECT line || split_part(reason, '"'"' at'"'"', 1) FROM geopol.import_reject WHERE dataset = '"'"'gdelt-l1'"'"'")" "2character U+1EC5"'
# fix12: the rule on user names reads the name as UTF-8 whatever the database's encoding (LATIN1 here,
# EUC_JP below): accented letters are letters, and the words come back in the database's encoding
u8() { PGCLIENTENCODING=UTF8 DB=$1 q "$2"; }
check "LATIN1 database: actor_name_ok('Ñandú', 'alias') is true" is "$(u8 gl1 "SELECT actor_name_ok('Ñandú', 'alias')")" t
check "LATIN1 database: actor_name_free_words('Zürich', '{}') = {Zürich}, not {Z,rich}" \
	is "$(u8 gl1 "SELECT actor_name_free_words('Zürich', '{}')")" '{Zürich}'
check "LATIN1 database: the lexicon's words are found in a name of accented words (stems too)" \
	is "$(u8 gl1 "SELECT actor_name_free_words('Zürich condemns the Ñandú', '{condemn}')::text || ' ' || actor_name_ok('Condémned', 'alias')")" '{Zürich,Ñandú} false'
check "LATIN1 database: every word, function words too, in the database's encoding" \
	is "$(u8 gl1 "SELECT actor_name_words('\"Zürich\" and Ñandú') = ARRAY['Zürich', 'and', 'Ñandú']")" t
check "LATIN1 database: a user's name with accented letters is written through the view" \
	is "$(u8 gl1 "INSERT INTO geopol.actor_name (actor, name, kind, source) VALUES ('CHE', 'Zürichsee', 'alias', 'test') RETURNING name")" 'Zürichsee'
psqlq -d postgres -c "CREATE DATABASE gej ENCODING 'EUC_JP' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
psqlq -d gej -c "CREATE EXTENSION geopol"
check "EUC_JP database: actor_name_ok('東京', 'alias') is true, its one word 東京" \
	is "$(u8 gej "SELECT actor_name_ok('東京', 'alias')::text || ' ' || actor_name_words('東京 の')::text")" 'true {東京,の}'
psqlq -d postgres -c "DROP DATABASE gej"
psqlq -d postgres -c "DROP DATABASE gl1"
# what the database lacks is what the server's own conversion says
# (geopol.unencodable()), not iconv(3), which differs from it in some
# encodings: WIN1258 lacks the precomposed letters of Vietnamese (iconv would
# split them and pass the line, and the whole COPY would fail); EUC_JP holds
# U+2460 (iconv says it does not) and lacks U+2212 (iconv says it holds it)
psqlq -d postgres -c "CREATE DATABASE gw8 ENCODING 'WIN1258' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
psqlq -d gw8 -c "CREATE EXTENSION geopol"
check "geopol.unencodable() in WIN1258: A, U+00E9 and U+0300 held, U+1EC5 lacking" \
	is "$(DB=gw8 q "SELECT string_agg((get_byte(m, cp / 8) >> (cp % 8) & 1)::text, '' ORDER BY cp)
	               FROM (SELECT geopol.unencodable() m) x, unnest(ARRAY[x'1EC5'::int, 233, 768, 65]) cp")" "0001"
PGDATABASE=gw8 run import --dataset polecat-w8 polecat "$tmp/polecat-l1.txt"
check "WIN1258 database, POLECAT: the Vietnamese name's row rejected (U+1EC5, line 3), the file loads" \
	eval 'rc_out 1 "3 rows, 2 stored, 0 updated, 0 unchanged, 1 rejected" &&
	      is "$(DB=gw8 q "SELECT line || split_part(reason, '"'"' at'"'"', 1) FROM geopol.import_reject WHERE dataset = '"'"'polecat-w8'"'"'")" "3character U+1EC5"'
psqlq -d postgres -c "DROP DATABASE gw8"
psqlq -d postgres -c "CREATE DATABASE gej ENCODING 'EUC_JP' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
psqlq -d gej -c "CREATE EXTENSION geopol"
{
	pc_header
	pc_row PJ1 2023-01-02 ACCUSE disapprove "$(printf 'Tanaka \342\221\240')" Japan Government Russia None None
	pc_row PJ2 2023-01-02 ACCUSE disapprove "$(printf 'Tanaka \342\210\222')" Japan Government Russia None None
} >"$tmp/polecat-ej.txt"
PGDATABASE=gej run import --dataset polecat-ej polecat "$tmp/polecat-ej.txt"
check "EUC_JP database, POLECAT: the name with U+2460 stored, the one with U+2212 rejected (line 3)" \
	eval 'rc_out 1 "2 rows, 1 stored, 0 updated, 0 unchanged, 1 rejected" &&
	      is "$(DB=gej q "SELECT line || split_part(reason, '"'"' at'"'"', 1) FROM geopol.import_reject WHERE dataset = '"'"'polecat-ej'"'"'")" "3character U+2212"'
check "geopol.unencodable() is NULL in a UTF-8 database" qis "SELECT geopol.unencodable() IS NULL" t
psqlq -d postgres -c "DROP DATABASE gej"

# ---- under valgrind ---------------------------------------------------------------------------------------------------------
if command -v valgrind >/dev/null; then
	vg=(valgrind -q --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite)
	"${vg[@]}" "$geopol" import --again --dataset valgrind gdelt2 "$tmp/bad.tsv" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	check "under valgrind: import of bad lines, clean (exit 1, no valgrind error)" rc_is 1
	"${vg[@]}" "$geopol" ingest --date 2024-01-01 "$tmp/articles" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	check "under valgrind: ingest, clean (exit 1 for the bad file)" rc_is 1
	"${vg[@]}" "$geopol" who condemn PRK --format json >"$tmp/out" 2>"$tmp/err"
	rc=$?
	check "under valgrind: who --format json, clean" rc_is 0
	"${vg[@]}" "$geopol" plot timeseries --target PRK,RUS -o "$tmp/vg.svg" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	check "under valgrind: plot, clean" rc_is 0
	"${vg[@]}" "$geopol" graph -f dot -o "$tmp/vg.dot" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	check "under valgrind: graph, clean" rc_is 0
fi

# ---- jsonl11: JSON Lines checked where the server reads them; large articles by COPY -----------------------------
# a member is found however its name is written ("b\u006fdy" is "body"; of a name written twice the last
# counts), as jsonb reads it; the reasons come from the query that casts the line
{
	printf '{"url": "https://example.org/esc1", "publ\\u0069shed": "2024-11-05", "b\\u006fdy": "Japan condemned China."}\n'
	printf '{"url": "https://example.org/esc2", "published": "2024-11-05", "b\\u006fdy": 42}\n'
	printf '{"url": "https://example.org/esc3", "published": "2024-11-05", "body": 42, "body": "Canada condemned Belarus."}\n'
	printf '"just a string"\n'
	printf '{"url": "https://example.org/esc5", "published": null, "date": "yesterday", "body": "Japan condemned China."}\n'
	printf '{"url": "https://example.org/esc6", "published": "2024-02-30", "body": "Japan condemned China."}\n'
	printf '{"url": "https://example.org/esc7", "body": "Japan condemned China.", "source": true}\n'
	printf '{"url": "https://example.org/esc8", "published": "2024-11-05", "b\\u006fdy": null}\n'
} >"$tmp/esc.jsonl"
run ingest --no-progress "$tmp/esc.jsonl"
check "ingest: escaped member names: 8 articles, 2 stored, 6 failed, exit 1" rc_out 1 '8 articles, 2 stored, 0 skipped, 6 failed'
check "ingest: \"publ\\u0069shed\" and \"b\\u006fdy\" are published and body" \
	qis "SELECT published || ' ' || body FROM geopol.article WHERE url = 'https://example.org/esc1'" '2024-11-05 Japan condemned China.'
check "ingest: \"b\\u006fdy\": 42 is a number for body, with the reason" err_has 'esc.jsonl:2: not stored: "body" is a number, not a string'
check "ingest: of \"body\" written twice the last counts" \
	qis "SELECT body FROM geopol.article WHERE url = 'https://example.org/esc3'" 'Canada condemned Belarus.'
check "ingest: a line that is a string is refused with the reason" err_has 'esc.jsonl:4: not stored: the line is a string, not an object'
check "ingest: \"published\": null reads \"date\", which must be written" \
	err_has 'esc.jsonl:5: not stored: "date": "yesterday" is not a written date'
check "ingest: a written day that does not exist is the server's date error" err_has 'esc.jsonl:6: not stored: date/time field value out of range'
check "ingest: a boolean for source is refused with the reason" err_has 'esc.jsonl:7: not stored: "source" is a boolean, not a string'
check "ingest: \"b\\u006fdy\": null is refused with the reason" err_has 'esc.jsonl:8: not stored: "body" is null, not a string'
# articles of 1 MB and more go by COPY: the text arrives whole (a tab, a backslash, a carriage return, the
# statement at its end), a failed one leaves the next able to go, a header's text and a JSON line too
mkdir -p "$tmp/big"
filler() { yes 'The weather was mild and the markets were calm all week.' | head -c $(($1 * 1024)); }
{
	printf 'A tab\there, a backslash \\ and \\n, a carriage return\r\n'
	filler 1200
	printf '\nJapan condemned North Korea on Monday.\n'
} >"$tmp/big/plain.txt"
{ printf 'url: https://example.org/big-bad\ndate: 2024-02-30\n---\n'; cat "$tmp/big/plain.txt"; } >"$tmp/big/bad.txt"
{ printf 'url: https://example.org/big-head\ndate: 2024-06-02\n---\n'; cat "$tmp/big/plain.txt"; } >"$tmp/big/head.txt"
run ingest --no-progress --date 2024-06-01 "$tmp/big/bad.txt" "$tmp/big/plain.txt" "$tmp/big/head.txt"
check "ingest: three files of 1.2 MB: 2 stored, the one with a day that does not exist failed, exit 1" \
	rc_out 1 '3 articles, 2 stored, 0 skipped, 1 failed'
check "ingest: the 1.2 MB file's failure is the server's" err_has 'bad.txt: not stored: date/time field value out of range'
big_md5=$(md5sum <"$tmp/big/plain.txt" | cut -d' ' -f1)
check "ingest: a 1.2 MB plain file and a header's text arrive byte for byte (md5)" \
	qis "SELECT string_agg(md5(body), ' ' ORDER BY url) FROM geopol.article
	     WHERE url IN ('https://example.org/big-head', 'file://$(cd "$tmp/big" && pwd -P)/plain.txt')" "$big_md5 $big_md5"
check "ingest: the statement at the end of each large article is coded (JPN -> PRK)" \
	qis "SELECT count(*) FROM geopol.statement s JOIN geopol.article a ON a.id = s.article
	     WHERE (a.url = 'https://example.org/big-head' OR a.url LIKE 'file://%/big/plain.txt')
	       AND s.source = '{JPN}' AND s.target = '{PRK}'" 2
{
	printf '{"url": "https://example.org/big-j1", "published": "2024-06-03", "body": "'
	filler 1100 | tr '\n' ' '
	printf 'Japan condemned North Korea on Monday."}\n'
	printf '{"url": "https://example.org/big-j2", "published": "2024-06-03", "title": "'
	filler 1100 | tr '\n' ' '
	printf '", "b\\u006fdy": ["Japan condemned North Korea on Monday."]}\n'
} >"$tmp/big/feed.jsonl"
run ingest --no-progress "$tmp/big/feed.jsonl"
check "ingest: JSON lines of 1.1 MB: the good one stored, the other refused with the reason" \
	bash -c "[ $rc = 1 ] && grep -q '2 articles, 1 stored, 0 skipped, 1 failed' '$tmp/out' &&
	         grep -q 'feed.jsonl:2: not stored: \"body\" is an array, not a string' '$tmp/err'"
check "ingest: the refused 1.1 MB JSON line is not stored (ingest_once() not called)" \
	qis "SELECT count(*) FROM geopol.article WHERE url = 'https://example.org/big-j2'" 0
check "ingest: the 1.1 MB JSON line's body arrived whole" \
	qis "SELECT length(body) || ' ' || (body LIKE '%Japan condemned North Korea on Monday.')
	     FROM geopol.article WHERE url = 'https://example.org/big-j1'" "$((1100 * 1024 + 38)) true"
# without the TEMPORARY privilege a large article goes as a literal
q "REVOKE TEMPORARY ON DATABASE gc FROM PUBLIC" >/dev/null
PGUSER=loader "$geopol" ingest --no-progress --date 2024-06-01 --url https://example.org/big-notemp \
	"$tmp/big/plain.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
q "GRANT TEMPORARY ON DATABASE gc TO PUBLIC" >/dev/null
check "ingest: no TEMPORARY privilege: the 1.2 MB file stored all the same, exit 0" rc_out 0 '1 article, 1 stored'
check "ingest: no TEMPORARY privilege: its text arrived byte for byte" \
	qis "SELECT md5(body) FROM geopol.article WHERE url = 'https://example.org/big-notemp'" "$big_md5"
rm -rf "$tmp/big"

# ---- fix12: a failed COMMIT leaves the session's table of large values as it is ------------------------------------
# the table made by an earlier, committed batch is still there after a batch's COMMIT fails (a deferred
# trigger refuses one url): the large articles after it go by COPY into it, none refused for "already exists"
mkdir -p "$tmp/big12"
filler() { yes 'The weather was mild and the markets were calm all week.' | head -c $(($1 * 1024)); }
big12() { printf '{"url": "https://example.org/big12-%s", "published": "2024-06-04", "body": "' "$1"; filler 1100 | tr '\n' ' '; printf 'Japan condemned North Korea on Monday."}\n'; }
small12() { for i in $(seq "$1" "$2"); do printf '{"url": "https://example.org/small12-%s", "published": "2024-06-04", "body": "Japan condemned China."}\n' "$i"; done; }
{
	big12 0
	small12 1 150
	printf '{"url": "https://example.org/refused12", "published": "2024-06-04", "body": "Japan condemned China."}\n'
	small12 151 300
	big12 1; big12 2; big12 3
} >"$tmp/big12/feed.jsonl"
q "CREATE FUNCTION public.refuse12() RETURNS trigger LANGUAGE plpgsql AS \$\$
   BEGIN IF NEW.url = 'https://example.org/refused12' THEN RAISE EXCEPTION 'refused12'; END IF; RETURN NULL; END \$\$;
   CREATE CONSTRAINT TRIGGER refuse12 AFTER INSERT ON geopol.article DEFERRABLE INITIALLY DEFERRED
   FOR EACH ROW EXECUTE FUNCTION public.refuse12()" >/dev/null
run ingest --no-progress "$tmp/big12/feed.jsonl"
q "DROP TRIGGER refuse12 ON geopol.article; DROP FUNCTION public.refuse12()" >/dev/null
check "ingest: a batch's COMMIT refused by a deferred trigger: said, exit 1" rc_err 1 'a commit failed: .*refused12'
check "ingest: after the failed COMMIT no large article is refused for the table that exists" \
	bash -c "! grep -q 'already exists' '$tmp/err'"
check "ingest: after the failed COMMIT the first and the three later large articles are stored whole" \
	qis "SELECT count(*) FILTER (WHERE length(body) = $((1100 * 1024 + 38))) FROM geopol.article WHERE url LIKE 'https://example.org/big12-%'" 4
check "ingest: the refused url is not stored, the small articles of the committed batches are" \
	qis "SELECT count(*) FILTER (WHERE url = 'https://example.org/refused12') || ' ' || (count(*) FILTER (WHERE url LIKE '%small12-%') >= 200)
	     FROM geopol.article WHERE url LIKE 'https://example.org/%12%'" '0 true'
rm -rf "$tmp/big12"

echo "client: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
