#!/usr/bin/env bash
# test/suites/shard.sh -- geopol.statement sharded over two servers with
# postgres_fdw: a coordinator and two shard servers (small temporary
# clusters), the same statements loaded into one node and, through the
# coordinator, into the shards; every question must give the single node's
# answer, and EXPLAIN VERBOSE must show geopol's conditions in the Remote SQL.
# Prints "ok N - ..." lines and "shard: N passed, N failed".
set -u
. "$(dirname "$0")/../cluster.sh"
. "$(dirname "$0")/../check.sh"

# three clusters: c (coordinator, also holding the single-node database), s1, s2
top=$(mktemp -d /tmp/geopol-shard.XXXXXX)
[ "$(id -u)" -eq 0 ] && chown postgres "$top"
base=$((46000 + RANDOM % 900))
declare -A portof
stop_all() {
	for nd in c s1 s2; do
		[ -d "$top/$nd" ] && as_pg "$bindir/pg_ctl" -D "$top/$nd" -m immediate stop >/dev/null 2>&1
	done
	rm -rf "$top"
}
trap stop_all EXIT
i=0
for nd in c s1 s2; do
	portof[$nd]=$((base + i))
	i=$((i + 1))
	as_pg "$bindir/initdb" -D "$top/$nd" -A trust -U postgres >"$top/$nd.initdb.log" 2>&1 ||
		{ cat "$top/$nd.initdb.log"; echo "shard: 0 passed, 1 failed"; exit 1; }
	as_pg "$bindir/pg_ctl" -D "$top/$nd" -l "$top/$nd.log" -w \
		-o "-p ${portof[$nd]} -k $top -c listen_addresses='' -c max_parallel_workers_per_gather=0" start >/dev/null ||
		{ cat "$top/$nd.log"; echo "shard: 0 passed, 1 failed"; exit 1; }
done
quiet() { "$@" >/dev/null; }
on() { local node=$1; shift; as_pg "$bindir/psql" -X -q -At -h "$top" -p "${portof[$node]}" -U postgres -v ON_ERROR_STOP=1 "$@"; }

# the shards: geopol, and the partitions the coordinator's foreign tables
# point at (no key to geopol.article: the articles live on the coordinator)
for nd in s1 s2; do
	check "shard $nd: geopol and its partitions 2015-2024" \
		quiet on $nd -d postgres -c "CREATE EXTENSION geopol" \
		-c "SELECT count(*) FROM geopol.create_statement_partitions('2015-01-01', '2024-12-31', article_key => false)"
done

# the coordinator: postgres_fdw servers for the shards, then the partitions
on c -d postgres -c "CREATE DATABASE single" -c "CREATE DATABASE coord"
check "coordinator: geopol, postgres_fdw, two servers with extensions 'geopol' and async_capable" \
	on c -d coord -c "CREATE EXTENSION geopol" -c "CREATE EXTENSION postgres_fdw" \
	-c "CREATE SERVER s1 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '$top', port '${portof[s1]}', dbname 'postgres', extensions 'geopol', async_capable 'true', batch_size '500', fetch_size '1000')" \
	-c "CREATE SERVER s2 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '$top', port '${portof[s2]}', dbname 'postgres', extensions 'geopol', async_capable 'true', batch_size '500', fetch_size '1000')" \
	-c "CREATE USER MAPPING FOR postgres SERVER s1 OPTIONS (user 'postgres')" \
	-c "CREATE USER MAPPING FOR postgres SERVER s2 OPTIONS (user 'postgres')"
check "coordinator: geopol.shard_statements() makes 10 years x 2 foreign partitions" \
	test "$(on c -d coord -c "SELECT count(*) FROM geopol.shard_statements('{s1,s2}', '2015-01-01', '2024-12-31')")" = 20
fails() { ! "$@" >/dev/null 2>&1; }
check "geopol.shard_statements() refuses an unknown server" \
	fails on c -d coord -c "SELECT geopol.shard_statements('{nosuch}', '2030-01-01', '2030-12-31')"

# the same statements into the single node and through the coordinator
GEN="INSERT INTO geopol.statement (id, said_on, source, stance, target, evidence)
SELECT g, date '2015-01-01' + (g * 7919) % 3652,
       (ARRAY['{G7,KOR}','{JPN}','{USA,GBR}','{CHN,RUS}','{EU}','{G7,EU,KOR,AUS,NZL}','{FRA,DEU}','{IRN}','{G20}',
              '{PRK.GOV}','{USA.GOV}','{NATO}','{BRICS,TUR}','{E3}','{KOR}'])[1 + g % 15]::geopol.bloc,
       (ARRAY['concern','condemn','strongly condemn','appeal','praise','not condemn','accuse','warn',
              'sanction','support','comment'])[1 + (g / 15) % 11]::geopol.stance,
       (ARRAY['{PRK}','{RUS}','{UKR}','{IRN,PRK.GOV}','{NATO}','{USA.GOV}','{G7}','{CHN,TWN}','{ISR}',
              '{PRK.REB}','{EU}','{USA}','{G20}'])[1 + (g / 165) % 13]::geopol.bloc,
       'generated ' || g
  FROM generate_series(1, 30000) g"
USERBLOC="INSERT INTO geopol.membership (bloc, member, during, source)
SELECT 'LIMA', m, daterange('2017-08-08', NULL), 'test' FROM unnest('{CAN,BRA,ARG}'::geopol.actor[]) m"
on c -d single -c "CREATE EXTENSION geopol" -c "$GEN" -c "$USERBLOC" -c "ANALYZE geopol.statement"
check "30,000 statements loaded through the coordinator into the shards" \
	on c -d coord -c "$GEN" -c "$USERBLOC" -c "ANALYZE geopol.statement" \
	-c "SELECT setval('geopol.statement_id_seq', 30000)"
c1=$(on s1 -d postgres -c "SELECT count(*) FROM geopol.statement")
c2=$(on s2 -d postgres -c "SELECT count(*) FROM geopol.statement")
check "both shards hold statements ($c1 + $c2), none left on the coordinator" \
	test "$c1" -gt 5000 -a "$c2" -gt 5000 -a $((c1 + c2)) = 30000 \
	-a "$(on c -d coord -c "SELECT count(*) FROM ONLY geopol.statement_default")" = 0
check "shards know nothing of the user's bloc (the registry lives on the coordinator)" \
	test "$(on s1 -d postgres -c "SELECT count(*) FROM geopol.membership WHERE bloc OPERATOR(geopol.=) 'LIMA'")" = 0

# every question, on one node and through the shards
same() { # description, query
	local a b
	a=$(on c -d single -c "SELECT count(*) || ' ' || md5(coalesce(string_agg(q::text, ';' ORDER BY q::text), '')) FROM ($2) q" 2>&1)
	b=$(on c -d coord -c "SELECT count(*) || ' ' || md5(coalesce(string_agg(q::text, ';' ORDER BY q::text), '')) FROM ($2) q" 2>&1)
	check "$1: same answer through the shards ($a)" test "$a" = "$b" -a "${a%% *}" != 0
}
same "who concern PRK 2020" "SELECT * FROM geopol.who('concern', 'PRK', '2020-01-01', '2020-12-31')"
same "who DISAPPROVE USA 2015-2024" "SELECT * FROM geopol.who('DISAPPROVE', 'USA', '2015-01-01', '2024-12-31')"
same "who DISAPPROVE USA, its own actors too" "SELECT * FROM geopol.who('DISAPPROVE', 'USA', '2015-01-01', '2024-12-31', include_own => true)"
same "who condemned Canada (through the G7 and NATO)" "SELECT * FROM geopol.who('condemn', 'CAN', '2018-01-01', '2019-06-30')"
same "stance_matrix one month" "SELECT * FROM geopol.stance_matrix('2021-03-01', '2021-03-31')"
same "stance_matrix one year, domestic pairs" "SELECT * FROM geopol.stance_matrix('2019-01-01', '2019-12-31', 'condemn', domestic => true)"
same "cohesion G7 one year" "SELECT * FROM geopol.cohesion('G7', '2022-01-01', '2022-12-31')"
same "cohesion LIMA (a user's bloc) 2018" "SELECT * FROM geopol.cohesion('LIMA', '2018-01-01', '2018-12-31')"
same "timeseries PRK condemn by month, 5 years" "SELECT * FROM geopol.timeseries('PRK', 'condemn', '2020-01-01', '2024-12-31')"
same "timeseries by quarter without zeros" "SELECT * FROM geopol.timeseries('RUS', 'DISAPPROVE', '2015-01-01', '2024-12-31', 'quarter', zeros => false)"
same "first_time and last_time" "SELECT geopol.first_time('JPN', 'condemn', 'PRK'), geopol.last_time('KOR', 'condemn', 'PRK'), geopol.first_time('DEU', 'sanction', 'TWN')"
# one node walks its indexes in C, the coordinator (foreign partitions)
# walks in SQL through the shards: the same days
same "first_time and last_time, 8 speakers x 3 stances x 6 targets" "SELECT s, w, t, geopol.first_time(s::geopol.actor, w, t::geopol.actor), geopol.last_time(s::geopol.actor, w, t::geopol.actor) FROM unnest('{JPN,KOR,USA,CHN,EU,FRA,IRN,TUR}'::text[]) s, unnest('{condemn,DISAPPROVE,not condemn}'::text[]) w, unnest('{PRK,RUS,UKR,USA,TWN,G7}'::text[]) t"
same "the dyad view" "SELECT count(*), count(DISTINCT speaker) FROM geopol.dyad"

# pushdown: the plans of the questions' own queries (auto_explain, nested)
EXPLAIN_ON="LOAD 'auto_explain'; SET auto_explain.log_min_duration = 0; SET auto_explain.log_nested_statements = on; SET auto_explain.log_verbose = on; SET auto_explain.log_level = notice"
who_plan=$(on c -d coord -c "$EXPLAIN_ON" -c "SELECT count(*) FROM geopol.who('concern', 'PRK', '2020-01-01', '2020-12-31')" 2>&1)
matrix_plan=$(on c -d coord -c "$EXPLAIN_ON" -c "SELECT count(*) FROM geopol.stance_matrix('2021-03-01', '2021-03-31')" 2>&1)
remote() { echo "$1" | grep 'Remote SQL' | grep 'statement_keys'; }
has() { echo "$1" | grep -qE "$2"; }
hasnt() { ! echo "$1" | grep -qE "$2"; }
who_remote=$(remote "$who_plan")
matrix_remote=$(remote "$matrix_plan")
check "who: the Remote SQL has statement_keys() && keys" \
	has "$who_remote" 'geopol\.statement_keys\(source, target, said_on, stance\) && '
check "who: the Remote SQL has stance_matches() and the dates" \
	eval 'has "$who_remote" "geopol\.stance_matches\(stance, [\$0-9]+::bigint\)" && has "$who_remote" "said_on >= [\$0-9]+::date"'
check "who: only the shards' partitions of 2020 are read, both at once (Async Foreign Scan)" \
	test "$(echo "$who_remote" | grep -o 'FROM geopol.statement_y[0-9]*' | sort | uniq -c | tr -s ' ')" = " 2 FROM geopol.statement_y2020" \
	-a "$(echo "$who_plan" | grep -c 'Async Foreign Scan on geopol.statement_y2020_s')" = 2
check "stance_matrix: the Remote SQL has the month keys and stance_matches(), on the partitions of 2021" \
	eval 'has "$matrix_remote" "geopol\.stance_matches\(stance, [\$0-9]+::bigint\)" && has "$matrix_remote" "FROM geopol\.statement_y2021 " && hasnt "$matrix_remote" "statement_y20(1|22)"'
check "no registry function (concerns, parties, country_dyads, speakers) is sent to a shard" \
	hasnt "$(echo "$who_plan $matrix_plan" | grep 'Remote SQL')" 'concerns|parties|country_dyads|speakers'

# writes through the coordinator: ingest() stores an article here and its
# statements on the shards, and replaces them when ingested again
check "geopol.ingest() through the coordinator, twice" \
	quiet on c -d coord -c "SELECT geopol.ingest('https://example.org/s', '2020-05-05', 't', 'Japan on Tuesday strongly condemned North Korea''s missile launch.')" \
	-c "SELECT geopol.ingest('https://example.org/s', '2020-05-05', 't', 'Japan on Tuesday strongly condemned North Korea''s missile launch.')"
check "the ingested statement is stored once, on a shard" \
	test "$(on c -d coord -c "SELECT count(*) FROM geopol.statement WHERE extracted")" = 1 \
	-a "$(($(on s1 -d postgres -c "SELECT count(*) FROM geopol.statement WHERE extracted") + $(on s2 -d postgres -c "SELECT count(*) FROM geopol.statement WHERE extracted")))" = 1

# imports through the coordinator: the key of imported statements is unique
# within each shard's partition only, and a new statement goes to the shard
# its new id hashes to; geopol.import() looks every event up on the shards
# first, so a reload adds nothing and a corrected event is updated where it
# lies (and loads of one data set take turns: an advisory lock)
gdelt_line() {	# id day actor1 actor2 eventcode
	local f=() i
	for i in $(seq 1 61); do f+=(""); done
	f[0]=$1 f[1]=$2 f[5]=$3 f[15]=$4 f[26]=$5
	(IFS=$'\t'; echo "${f[*]}") | sed 's/\t/\\t/g'
}
import_lines() {	# lines... : staged and imported on the coordinator; prints stored updated unchanged
	local values="" l
	for l in "$@"; do values="$values${values:+, }(E'$l')"; done
	on c -d coord -c "SELECT geopol.import_stage('gdelt2')" \
		-c "INSERT INTO pg_temp.geopol_import_lines (raw) VALUES $values" \
		-c "SELECT stored || ' ' || updated || ' ' || unchanged FROM geopol.import('gdelt2', 'pg_temp.geopol_import_lines', 'f')" | tail -n 1
}
e1=$(gdelt_line 7001 20160304 JPN PRK 111) e2=$(gdelt_line 7002 20190611 USAGOV IRN 112) e3=$(gdelt_line 7003 20230101 FRA RUS 111)
check "import through the coordinator: 3 events stored" test "$(import_lines "$e1" "$e2" "$e3")" = "3 0 0"
check "... on the shards" test "$(($(on s1 -d postgres -c "SELECT count(*) FROM geopol.statement WHERE dataset = 'gdelt2'") + $(on s2 -d postgres -c "SELECT count(*) FROM geopol.statement WHERE dataset = 'gdelt2'")))" = 3
check "the same file again: nothing stored, 3 unchanged" test "$(import_lines "$e1" "$e2" "$e3")" = "0 0 3"
check "a corrected event: updated in place (same id, on its shard), the others unchanged" \
	eval 'before=$(on c -d coord -c "SELECT id FROM geopol.statement WHERE dataset = '"'"'gdelt2'"'"' AND event_id = '"'"'7002'"'"'") &&
	      test "$(import_lines "$e1" "$(gdelt_line 7002 20190611 USAGOV IRN 111)" "$e3")" = "0 1 2" &&
	      test "$(on c -d coord -c "SELECT id || '"'"' '"'"'|| geopol.cameo(stance) FROM geopol.statement WHERE dataset = '"'"'gdelt2'"'"' AND event_id = '"'"'7002'"'"'")" = "$before 111"'
check "still 3 imported statements on the coordinator's view" \
	test "$(on c -d coord -c "SELECT count(*) FROM geopol.statement WHERE dataset = 'gdelt2'")" = 3

echo "shard: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
