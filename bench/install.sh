#!/bin/bash
# bench/install.sh -- how long CREATE EXTENSION geopol takes in a UTF-8
# database, and how many built-in rows each database encoding leaves out.
#   bench/install.sh [rounds] [DIR...]
# Without DIR: the installed geopol, `rounds` times (default 7).  With DIRs
# (each holding geopol.control and its scripts, e.g. two builds to compare):
# each round installs each DIR's files in turn into the extension folder of
# pg_config --sharedir, so the versions alternate under the same load.  That
# overwrites the installed scripts: run it in a private install (the
# helpers' /work/bin/pgiso) or reinstall afterwards.  Prints wall time
# (psql \timing) and the backend's CPU time (/proc) per round, then best
# and median; then, for the installed geopol (or the last DIR), the rows
# left out in each of GEOPOL_ENCODINGS (default: LATIN1 LATIN9 LATIN5
# LATIN2 EUC_JP EUC_CN WIN1251 KOI8R SQL_ASCII).
set -u
cd "$(dirname "$0")/.."
. test/cluster.sh
rounds=${1:-7}
shift $(($# > 0 ? 1 : 0))
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=(installed)
ext=$($PG_CONFIG --sharedir)/extension
cluster_start -E UTF8 --locale=C.UTF-8 || exit 1
psqlq -d postgres -c "CREATE DATABASE t"
tck=$(getconf CLK_TCK)
for i in $(seq 1 "$rounds"); do
	for d in "${dirs[@]}"; do
		[ "$d" = installed ] || cp "$d"/geopol* "$ext/"
		coproc P { as_pg "$bindir/psql" -X -q -At -h "$work" -p "$port" -U postgres -d t 2>&1; }
		echo 'SELECT pg_backend_pid();' >&"${P[1]}"; read -r pid <&"${P[0]}"
		c0=$(awk '{print $14 + $15}' /proc/"$pid"/stat)
		printf '%s\n' '\timing on' 'CREATE EXTENSION geopol;' >&"${P[1]}"; read -r t <&"${P[0]}"
		c1=$(awk '{print $14 + $15}' /proc/"$pid"/stat)
		printf '%s\n' 'DROP EXTENSION geopol;' >&"${P[1]}"; read -r _ <&"${P[0]}"
		echo '\q' >&"${P[1]}"; wait "$P_PID" 2>/dev/null
		echo "$d $(sed 's/^Time: \([0-9.]*\) ms.*/\1/' <<<"$t") $(((c1 - c0) * 1000 / tck))"
	done
done | tee /dev/stderr | awk '
	{ w[$1, ++k[$1]] = $2; c[$1, k[$1]] = $3; if (!($1 in seen)) { seen[$1] = 1; order[++nd] = $1 } }
	function stat(a, d, n,   i, j, t, v) {
		for (i = 1; i <= n; i++) v[i] = a[d, i] + 0
		for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
		return sprintf("best %.0f, median %.0f", v[1], v[int((n + 1) / 2)])
	}
	END { for (i = 1; i <= nd; i++) printf "%s: CREATE EXTENSION in UTF8, wall ms %s; backend CPU ms %s (%d rounds)\n", order[i], stat(w, order[i], k[order[i]]), stat(c, order[i], k[order[i]]), k[order[i]] }'
for enc in ${GEOPOL_ENCODINGS:-LATIN1 LATIN9 LATIN5 LATIN2 EUC_JP EUC_CN WIN1251 KOI8R SQL_ASCII}; do
	psqlq -d postgres -c "CREATE DATABASE e ENCODING '$enc' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
	out=$(psqlq -d e -c "CREATE EXTENSION geopol" 2>&1)
	left=$(sed -n 's/^WARNING: *geopol: \([0-9]*\) built-in rows left out.*/\1/p' <<<"$out")
	if psqlq -d e -c "SELECT 1 FROM geopol.actor_name_builtin LIMIT 1" >/dev/null 2>&1; then
		echo "$enc: installs, ${left:-0} built-in rows left out"
	else
		echo "$enc: does not install: $(head -1 <<<"$out")"
	fi
	psqlq -d postgres -c "DROP DATABASE e"
done
