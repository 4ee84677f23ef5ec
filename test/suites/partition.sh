#!/usr/bin/env bash
# test/suites/partition.sh -- geopol.statement partitioned by said_on:
# pg_dump/pg_restore (custom and plain) of a database whose statements are
# spread over partitions made by geopol.create_statement_partitions(), and
# the 0.2 -> 0.3 update turning a statement table with user rows into the
# DEFAULT partition of the partitioned table, every row and id kept.
# Prints "ok N - ..." lines and "partition: N passed, N failed".
set -u
. "$(dirname "$0")/../cluster.sh"
. "$(dirname "$0")/../check.sh"
cluster_start || { echo "partition: 0 passed, 1 failed"; exit 1; }
quiet() { "$@" >/dev/null; }

ROWS="SELECT md5(string_agg(format('%s|%s|%s|%s|%s|%s|%s|%s', id, article, said_on, source, stance, target, evidence, extracted), ';' ORDER BY id))
        FROM geopol.statement"
ANSWERS="SELECT md5(concat_ws(';',
   (SELECT string_agg(w::text, ',' ORDER BY w::text) FROM geopol.who('DISAPPROVE', 'PRK', '2022-01-01', '2024-12-31') w),
   (SELECT string_agg(m::text, ',' ORDER BY m::text) FROM geopol.stance_matrix('2023-01-01', '2024-06-30') m),
   (SELECT string_agg(c::text, ',' ORDER BY c::text) FROM geopol.cohesion('G7', '2022-01-01', '2024-12-31') c),
   (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM geopol.timeseries('PRK', 'condemn', '2022-01-01', '2024-12-31', 'quarter') t),
   geopol.first_time('JPN', 'condemn', 'PRK'), geopol.last_time('KOR', 'condemn', 'PRK')))"
LAYOUT="SELECT string_agg(c.relname || ' ' || coalesce(geopol.partition_days(c.oid)::text, 'DEFAULT') || ' '
                      || (SELECT count(*) FROM pg_index i WHERE i.indrelid = c.oid)
                      || ' ' || (SELECT count(*) FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype IN ('p', 'f')),
                      ', ' ORDER BY c.relname)
          FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid WHERE h.inhparent = 'geopol.statement'::regclass"
GEN="INSERT INTO geopol.article (url, published, title, body)
SELECT 'https://example.org/' || a, date '2021-06-01' + a * 3, 'a' || a, 'body' FROM generate_series(1, 400) a;
INSERT INTO geopol.statement (article, said_on, source, stance, target, evidence)
SELECT 1 + g % 400, date '2021-06-01' + (g * 37) % 1300,
       (ARRAY['{G7,KOR}','{JPN}','{USA,GBR}','{CHN,RUS}','{EU}','{KOR}','{G7,EU,KOR,AUS,NZL}'])[1 + g % 7]::geopol.bloc,
       (ARRAY['condemn','concern','accuse','not condemn','praise'])[1 + (g / 7) % 5]::geopol.stance,
       (ARRAY['{PRK}','{RUS}','{PRK.GOV,IRN}','{UKR}'])[1 + (g / 35) % 4]::geopol.bloc, 'row ' || g
  FROM generate_series(1, 3000) g"

# ---- dump and restore of a partitioned statement table ----------------------
psqlq -d postgres -c "CREATE DATABASE p"
quiet psqlq -d p -c "CREATE EXTENSION geopol" -c "$GEN"
rows0=$(psqlq -d p -c "$ROWS")
answers0=$(psqlq -d p -c "$ANSWERS")
check "geopol.create_statement_partitions(): 2022 and 2023 by year, 2024 by quarter" \
	test "$(psqlq -d p -c "SELECT count(*) FROM geopol.create_statement_partitions('2022-01-01', '2023-12-31')" \
		-c "SELECT count(*) FROM geopol.create_statement_partitions('2024-01-01', '2024-12-31', 'quarter')" | tr '\n' ' ')" = "2 4 "
check "the rows and ids are the same after partitioning" test "$(psqlq -d p -c "$ROWS")" = "$rows0"
# the key of imported statements lives on each partition (the parent has
# no index): copied from the template geopol.statement_default
NOKEY="SELECT count(*) FILTER (WHERE NOT EXISTS (
          SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisunique
             AND pg_get_indexdef(i.indexrelid) LIKE '%(dataset, event_id, said_on) WHERE (dataset IS NOT NULL)'))
             || ' of ' || count(*)
          FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid WHERE h.inhparent = 'geopol.statement'::regclass"
check "every partition has the import's key (dataset, event_id, said_on), none the parent" \
	test "$(psqlq -d p -c "$NOKEY" -c "SELECT count(*) FROM pg_index WHERE indrelid = 'geopol.statement'::regclass")" = "$(printf '0 of 7\n0')"
check "every question gives the same answer after partitioning" test "$(psqlq -d p -c "$ANSWERS")" = "$answers0"
check "rows of 2021 and 2025 stay in the DEFAULT partition, the others moved" \
	test "$(psqlq -d p -c "SELECT count(*) = count(*) FILTER (WHERE extract(year FROM said_on) IN (2021, 2025)) FROM ONLY geopol.statement_default")" = t
layout0=$(psqlq -d p -c "$LAYOUT")
for fmt in custom plain; do
	psqlq -d postgres -c "CREATE DATABASE r_$fmt"
	if [ $fmt = custom ]; then
		as_pg "$bindir/pg_dump" -h "$work" -p "$port" -U postgres -Fc -f "$work/p.dump" p
		check "pg_restore (custom format) without an error" \
			as_pg "$bindir/pg_restore" -h "$work" -p "$port" -U postgres --exit-on-error -d r_$fmt "$work/p.dump"
	else
		as_pg "$bindir/pg_dump" -h "$work" -p "$port" -U postgres -f "$work/p.sql" p
		check "psql restores the plain dump without an error" quiet psqlq -d r_$fmt -f "$work/p.sql"
	fi
	check "$fmt: the same partitions, each with its indexes and keys" test "$(psqlq -d r_$fmt -c "$LAYOUT")" = "$layout0"
	check "$fmt: the same rows and ids" test "$(psqlq -d r_$fmt -c "$ROWS")" = "$rows0"
	check "$fmt: the same answers" test "$(psqlq -d r_$fmt -c "$ANSWERS")" = "$answers0"
	check "$fmt: the sequence goes on after the highest id" \
		test "$(psqlq -d r_$fmt -c "SELECT nextval('geopol.statement_id_seq') > (SELECT max(id) FROM geopol.statement)")" = t
	check "$fmt: every partition still has the import's key" test "$(psqlq -d r_$fmt -c "$NOKEY")" = "0 of 7"
	check "$fmt: deleting an article deletes its statements in every partition" \
		test "$(psqlq -d r_$fmt -c "DELETE FROM geopol.article WHERE id <= 200" -c "SELECT count(*) FROM geopol.statement WHERE article <= 200")" = 0
done

# an import never drops a row silently: ON CONFLICT DO NOTHING (the parent
# has no key to name) would also skip a new statement whose id is taken
line=$(printf '8001\t20220505\t\t\t\tJPN\t\t\t\t\t\t\t\t\t\tPRK\t\t\t\t\t\t\t\t\t\t\t111'; for i in $(seq 28 61); do printf '\t'; done)
line=$(echo "$line" | sed 's/\t/\\t/g')
import_it() { psqlq -d p -c "SELECT geopol.import_stage('gdelt2')" -c "INSERT INTO pg_temp.geopol_import_lines (raw) VALUES (E'$line')" \
	-c "SELECT stored || ' ' || unchanged FROM geopol.import('gdelt2', 'pg_temp.geopol_import_lines', 'f')" 2>&1 | tail -n 4; }
psqlq -d p -c "INSERT INTO geopol.statement (id, said_on, source, stance, target)
               VALUES (nextval('geopol.statement_id_seq') + 1, '2022-05-05', '{FRA}', 'praise', '{DEU}')"
out=$(import_it)
check "an imported event whose new id its partition holds already is refused (23505, the hint says setval), not dropped" \
	eval 'echo "$out" | grep -q "could not be stored" && echo "$out" | grep -q "setval" &&
	      test "$(psqlq -d p -c "SELECT count(*) FROM geopol.statement WHERE dataset = '"'"'gdelt2'"'"'")" = 0'
check "... the next id is free: the import stores it, and a reload finds it (1 0, then 0 1)" \
	test "$(import_it | tail -n 1) $(import_it | tail -n 1)" = "1 0 0 1"

# ---- 0.2 -> 0.3: the statement table becomes the DEFAULT partition --------
psqlq -d postgres -c "CREATE DATABASE u"
quiet psqlq -d u -c "CREATE EXTENSION geopol VERSION '0.2'" -c "$GEN" \
	-c "DELETE FROM geopol.statement WHERE id % 10 = 3"
rows_u=$(psqlq -d u -c "$ROWS")
check "ALTER EXTENSION geopol UPDATE from 0.2 with 2,701 user statements" quiet psqlq -d u -c "ALTER EXTENSION geopol UPDATE"
layout_u=$(psqlq -d u -c "SELECT relkind FROM pg_class WHERE oid = 'geopol.statement'::regclass" -c "$LAYOUT" | tr '\n' ' ')
check "geopol.statement is partitioned, the table of 0.2 its DEFAULT partition ($layout_u)" \
	test "$layout_u" = "p statement_default DEFAULT 5 2 "
check "every row and id of 0.2 is kept" test "$(psqlq -d u -c "$ROWS")" = "$rows_u"
check "new statements get ids after the old ones" \
	test "$(psqlq -d u -c "INSERT INTO geopol.statement (said_on, source, stance, target) VALUES ('2024-03-03', '{FRA}', 'praise', '{DEU}') RETURNING id > 3000")" = t
check "the updated table partitions like a fresh one, rows and answers kept" \
	eval 'psqlq -d u -c "DELETE FROM geopol.statement WHERE id > 3000" >/dev/null && a=$(psqlq -d u -c "$ANSWERS") &&
	      psqlq -d u -c "SELECT geopol.create_statement_partitions('"'"'2021-01-01'"'"', '"'"'2024-12-31'"'"')" >/dev/null &&
	      test "$(psqlq -d u -c "$ROWS")" = "$rows_u" -a "$(psqlq -d u -c "$ANSWERS")" = "$a"'

echo "partition: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
