#!/usr/bin/env bash
# client/demo.sh -- the pictures of `make demo`, run after test/demo.sh has
# loaded the sample data into the demo cluster: the network of who
# condemned or criticised whom, drawn by `geopol graph` (Graphviz), and the
# statements of disapproval per quarter, drawn by `geopol plot timeseries`.
# They are written to client/pictures/ (the README shows them) and to the
# terminal as the commands that made them.
set -eu
cd "$(dirname "$0")/.."
port=${GEOPOL_DEMO_PORT:-5499}
sudo=
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo=sudo

printf '\n== pictures (client/demo.sh)\n'
if ! command -v dot >/dev/null; then
	echo "installing graphviz (it draws the network)"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq graphviz >/dev/null
fi
bindir=$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)
geopol=$bindir/geopol
[ -x "$geopol" ] || geopol=client/geopol
export PGHOST=localhost PGPORT=$port PGUSER=postgres PGDATABASE=geopol_demo
mkdir -p client/pictures
run() { echo "\$ geopol $*"; "$geopol" "$@"; }
run graph --what DISAPPROVE --from 2023-01-01 --to 2025-12-31 \
	--title 'Who condemned, accused or criticised whom, 2023-2025 (geopol sample data)' \
	-o client/pictures/disapproval-network.svg
run plot timeseries --what DISAPPROVE --target PRK,RUS,IRN,BLR --from 2023-01-01 --to 2025-06-30 --bucket quarter \
	--title 'Statements of disapproval per quarter, by target (geopol sample data)' \
	-o client/pictures/disapproval-quarters.svg
run who condemn PRK --from 2024-01-01 --to 2025-12-31
echo "pictures: client/pictures/disapproval-network.svg, client/pictures/disapproval-quarters.svg"
