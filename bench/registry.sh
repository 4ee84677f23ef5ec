#!/usr/bin/env bash
# bench/registry.sh -- issue 11: how the membership registry keeps periods
# apart, and what dump/restore of a large registry costs.
#
#  1. N rows (100 blocs x N/100 members, one open period each) inserted in
#     one statement into tables that keep periods of the same (bloc, member)
#     apart in four ways: geopol's GiST opclass for actor (what
#     geopol.membership_user uses), btree_gist on the codes as uuid, btree_gist
#     on the codes as text, and the trigger of geopol 0.2 (one advisory lock
#     a row: it fails past max_locks_per_transaction * max_connections locks,
#     so it runs with 10,000 rows).  Each must then refuse an overlapping row
#     (23P01) and hold the same rows (md5).
#  2. 100,000 user memberships through the view geopol.membership, pg_dump
#     -Fc, pg_restore (custom, -j 2) and psql of the plain dump.
# Best of 3 runs, wall-clock (the machine may be shared); prints a table.
#   bench/registry.sh [rows, default 100000]
set -u
. "$(dirname "$0")/../test/cluster.sh"
rows=${1:-100000}
cluster_start || exit 1
psqlq -d postgres -c "CREATE DATABASE b" -c "CREATE DATABASE r"
psqlq -d b -c "CREATE EXTENSION geopol" -c "CREATE EXTENSION btree_gist"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
best() {	# best of 3 wall-clock ms of: psql -d b -c "$1" (after "$2")
	local b=999999999 s t
	for _ in 1 2 3; do
		psqlq -d b -c "$2" >/dev/null
		s=$(date +%s%N)
		psqlq -d b -c "$1" >/dev/null || { echo failed; return; }
		t=$(ms "$s")
		[ "$t" -lt "$b" ] && b=$t
	done
	echo "$b"
}
psqlq -d b <<SQL >/dev/null
SET search_path = geopol, public;
CREATE TABLE public.src AS
SELECT ('B' || (g / ($rows / 100)))::actor AS bloc, ('M' || (g % ($rows / 100)))::actor AS member,
       daterange('2000-01-01', NULL) AS during, 'member'::text AS role
  FROM generate_series(0, $rows - 1) g;
CREATE FUNCTION public.actor_uuid(actor) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS \$\$ SELECT md5(\$1::text)::uuid \$\$;
CREATE TABLE public.t_geopol (bloc actor, member actor, during daterange, role text,
    EXCLUDE USING gist (bloc WITH =, member WITH =, during WITH &&) WHERE (role = 'member'));
CREATE TABLE public.t_uuid (bloc actor, member actor, during daterange, role text,
    EXCLUDE USING gist (actor_uuid(bloc) WITH =, actor_uuid(member) WITH =, during WITH &&) WHERE (role = 'member'));
CREATE TABLE public.t_text (bloc actor, member actor, during daterange, role text,
    EXCLUDE USING gist ((bloc::text) WITH =, (member::text) WITH =, during WITH &&) WHERE (role = 'member'));
-- geopol 0.2: a row trigger, an advisory lock a row until commit
CREATE TABLE public.t_trigger (bloc actor, member actor, during daterange, role text);
CREATE INDEX ON public.t_trigger (bloc, member);
CREATE FUNCTION public.t_trigger_no_overlap() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, geopol, pg_temp AS \$\$
DECLARE other daterange;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(NEW.bloc::text || '/' || NEW.member::text, 4242));
    SELECT m.during INTO other FROM public.t_trigger m
     WHERE m.bloc = NEW.bloc AND m.member = NEW.member AND m.role = NEW.role AND m.during && NEW.during LIMIT 1;
    IF FOUND THEN RAISE EXCEPTION 'overlap' USING ERRCODE = 'exclusion_violation'; END IF;
    RETURN NEW;
END \$\$;
CREATE TRIGGER no_overlap BEFORE INSERT ON public.t_trigger FOR EACH ROW EXECUTE FUNCTION public.t_trigger_no_overlap();
SQL
echo "| design | rows | insert, one statement (ms) | refuses an overlap | same rows |"
echo "| --- | ---: | ---: | --- | --- |"
want=$(psqlq -d b -c "SELECT md5(string_agg(bloc::text || member::text, ',' ORDER BY bloc, member)) FROM src")
for t in t_geopol t_uuid t_text t_trigger; do
	n=$rows
	[ "$t" = t_trigger ] && n=$(( rows < 10000 ? rows : 10000 ))
	ins="SET search_path = geopol, public; INSERT INTO $t SELECT * FROM src LIMIT $n"
	ms_=$(best "$ins" "TRUNCATE $t")
	refuses=$(psqlq -d b -c "SET search_path = geopol, public" \
		-c "INSERT INTO $t VALUES ('B1', 'M1', daterange('2020-01-01', NULL), 'member')" 2>&1 |
		grep -q 'exclusion\|overlap' && echo yes || echo NO)
	got=$(psqlq -d b -c "SELECT md5(string_agg(bloc::text || member::text, ',' ORDER BY bloc, member)) FROM (SELECT * FROM $t) x")
	w=$(psqlq -d b -c "SELECT md5(string_agg(bloc::text || member::text, ',' ORDER BY bloc, member)) FROM (SELECT * FROM src LIMIT $n) x")
	[ "$t" != t_trigger ] && w=$want
	echo "| $t | $n | $ms_ | $refuses | $([ "$got" = "$w" ] && echo yes || echo NO) |"
done
psqlq -d b -c "TRUNCATE t_trigger"
out=$(psqlq -d b -c "SET search_path = geopol, public" -c "INSERT INTO t_trigger SELECT * FROM src" 2>&1 | grep -o 'out of shared memory' | head -1)
echo
echo "geopol 0.2's trigger with all $rows rows: ${out:-no error}"

# 2. the user's memberships through the view, dump and restore
s=$(date +%s%N)
psqlq -d r <<SQL >/dev/null
CREATE EXTENSION geopol;
INSERT INTO geopol.membership (bloc, member, during, source)
SELECT ('B' || (g / ($rows / 100)))::geopol.actor, ('M' || (g % ($rows / 100)))::geopol.actor,
       daterange('2000-01-01', NULL), 'bench'
  FROM generate_series(0, $rows - 1) g;
SQL
ins=$(ms "$s")
as_pg "$bindir/pg_dump" -h "$work" -p "$port" -U postgres -Fc -f "$work/r.dump" r
as_pg "$bindir/pg_dump" -h "$work" -p "$port" -U postgres -Fp -f "$work/r.sql" r
restore() {	# best of 3 ms
	local b=999999999 s t
	for i in 1 2 3; do
		psqlq -d postgres -c "DROP DATABASE IF EXISTS r2" -c "CREATE DATABASE r2"
		s=$(date +%s%N)
		if [ "$1" = plain ]; then psqlq -d r2 -f "$work/r.sql" >/dev/null
		else as_pg "$bindir/pg_restore" -h "$work" -p "$port" -U postgres -d r2 --exit-on-error $1 "$work/r.dump"; fi
		t=$(ms "$s")
		[ "$t" -lt "$b" ] && b=$t
	done
	echo "$b"
}
echo
echo "| $rows user memberships | ms |"
echo "| --- | ---: |"
echo "| INSERT through geopol.membership (create extension included) | $ins |"
echo "| pg_restore, custom format | $(restore "") |"
echo "| pg_restore -j 2 | $(restore "-j 2") |"
echo "| psql, plain dump | $(restore plain) |"
psqlq -d postgres -c "DROP DATABASE IF EXISTS r2" -c "CREATE DATABASE r2"
echo "| CREATE EXTENSION geopol alone (the installed registry) | $(s=$(date +%s%N); psqlq -d r2 -c 'CREATE EXTENSION geopol'; ms "$s") |"
