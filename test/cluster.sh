# test/cluster.sh -- sourced by test/dump.sh and bench/*.sh: a throw-away
# PostgreSQL cluster in a temporary folder, run as the postgres user when
# the caller is root (initdb refuses root).  Provides:
#   cluster_start [initdb options...]   sets $work, $port, $bindir; stops on EXIT
#   as_pg CMD...                        runs CMD as the cluster's owner
#   psqlq [psql options...]             quiet, unaligned psql on the cluster
PG_CONFIG=${PG_CONFIG:-pg_config}
bindir=$($PG_CONFIG --bindir)
runas=()
[ "$(id -u)" -eq 0 ] && runas=(runuser -u postgres --)

as_pg() { "${runas[@]}" "$@"; }
psqlq() { as_pg "$bindir/psql" -X -q -At -h "$work" -p "$port" -U postgres -v ON_ERROR_STOP=1 "$@"; }

cluster_stop() {
	as_pg "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1
	rm -rf "$work"
}

cluster_start() {
	work=$(mktemp -d /tmp/geopol-cluster.XXXXXX)
	[ "$(id -u)" -eq 0 ] && chown postgres "$work"
	port=$((20000 + RANDOM % 20000))
	# GEOPOL_KEEP_CLUSTER=1 leaves it running (for a look after a benchmark)
	[ "${GEOPOL_KEEP_CLUSTER:-0}" = 1 ] || trap cluster_stop EXIT
	as_pg "$bindir/initdb" -D "$work/data" -A trust -U postgres "$@" >"$work/initdb.log" 2>&1 ||
		{ cat "$work/initdb.log"; return 1; }
	as_pg "$bindir/pg_ctl" -D "$work/data" -l "$work/log" -w \
		-o "-p $port -k $work -c listen_addresses=''" start >/dev/null ||
		{ cat "$work/log"; return 1; }
}
