#!/usr/bin/env bash
# test/demo.sh -- `make demo`, `make demo-stop`, `make clean-demo`.
#
# start: installs missing Debian packages (as root, or through sudo), builds
#        geopol and installs it into the system PostgreSQL (it says so
#        first; make uninstall removes it), initialises a private cluster
#        in .demo/ (as the postgres user when run as root: initdb refuses
#        root), starts it on
#        localhost:${GEOPOL_DEMO_PORT:-5499}, creates the extension in database
#        geopol_demo and runs test/demo.sql.  Running it again reuses the
#        cluster and re-creates the extension.
# stop:  stops the cluster.   clean: stops it and removes .demo/.
set -eu
cd "$(dirname "$0")/.."
top=$PWD
port=${GEOPOL_DEMO_PORT:-5499}
demo=$top/.demo
sudo=
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo=sudo

say() { printf '\n== %s\n' "$*"; }

pg_bindir() {
	if command -v pg_config >/dev/null; then pg_config --bindir; else echo /usr/lib/postgresql/15/bin; fi
}

as_owner() {	# run a command as the cluster's owner
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

datadir() {	# where the cluster lives (.demo/data, or a fallback it links to)
	if [ -L "$demo" ]; then readlink "$demo"; else echo "$demo"; fi
}

stop() {
	local d
	d=$(datadir)/data
	if [ -f "$d/postmaster.pid" ]; then
		as_owner "$(pg_bindir)/pg_ctl" -D "$d" -m fast stop >/dev/null && echo "demo cluster stopped"
	else
		echo "demo cluster is not running"
	fi
}

case "${1:-start}" in
stop) stop; exit 0 ;;
clean)
	stop || true
	d=$(datadir)
	rm -rf "$d" "$demo"
	echo "removed $d"
	exit 0 ;;
start) ;;
*) echo "usage: $0 start|stop|clean" >&2; exit 2 ;;
esac

say "packages"
need=()
for p in postgresql-15 postgresql-server-dev-15 gcc make; do
	dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
	echo "installing: ${need[*]}"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
else
	echo "all present"
fi

say "build, and install into the system PostgreSQL"
make -s
# the server loads extensions from its own folders only (PostgreSQL 15 has
# no private extension path), so the demo installs there, as make install
# does, and says so before it does
echo "NOTE: make demo installs geopol into the system PostgreSQL:"
echo "        $(pg_config --pkglibdir)/geopol.so"
echo "        $(pg_config --sharedir)/extension/geopol.control and geopol--*.sql"
echo "      every cluster of this PostgreSQL can then CREATE EXTENSION geopol;"
echo "      'make uninstall' removes these files."
$sudo make -s install
echo "installed geopol $(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" geopol.control) into the system PostgreSQL"
bindir=$(pg_bindir)

say "private cluster"
if [ "$(id -u)" -eq 0 ]; then
	mkdir -p "$demo"
	chown postgres "$demo"
	if ! runuser -u postgres -- test -w "$demo"; then
		# the postgres user cannot reach this folder (e.g. under /root):
		# keep the cluster in /var/tmp and link it from .demo
		alt=/var/tmp/geopol-demo-$(echo "$top" | md5sum | cut -c1-8)
		rmdir "$demo"
		mkdir -p "$alt"
		chown postgres "$alt"
		ln -s "$alt" "$demo"
		echo "postgres cannot reach $top; cluster in $alt (linked from .demo)"
	fi
else
	mkdir -p "$demo"
fi
data=$(datadir)/data
if [ ! -f "$data/PG_VERSION" ]; then
	as_owner "$bindir/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
	echo "initialised $data"
fi
if ! as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
	as_owner "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w \
		-o "-p $port -c listen_addresses=localhost -c unix_socket_directories=''" start >/dev/null
fi
echo "running on localhost:$port (psql -h localhost -p $port -U postgres geopol_demo)"

psql=("$bindir/psql" -X -h localhost -p "$port" -U postgres -v ON_ERROR_STOP=1)
"${psql[@]}" -d postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname = 'geopol_demo'" | grep -q 1 ||
	"${psql[@]}" -d postgres -q -c "CREATE DATABASE geopol_demo"
"${psql[@]}" -d geopol_demo -q -c "DROP EXTENSION IF EXISTS geopol CASCADE" -c "CREATE EXTENSION geopol"

say "geopol at work (test/demo.sql)"
"${psql[@]}" -d geopol_demo -e -f test/demo.sql
say "done: make demo-stop stops the cluster, make clean-demo removes it"
