#!/bin/bash
# bench/plover.sh -- geopol.extract() on the PLOVER-annotated news sentences
# (shared/corpus/plover/train.tsv): events found, PLOVER type right, source
# and target countries right, by PLOVER type, for the development part and
# the held-out part (bench/plover.sql says how they are drawn).
#
#   bench/plover.sh [train.tsv] [-v]    default ../shared/corpus/plover/train.tsv
#
# Starts a throw-away cluster (geopol must be installed: make install).
# -v lists the development sentences missed or coded wrong (never the
# held-out ones).
set -euo pipefail
cd "$(dirname "$0")/.."
tsv=../shared/corpus/plover/train.tsv
verbose=()
for a in "$@"; do
	case "$a" in
		-v) verbose+=(-v verbose=1) ;;
		*) tsv=$a ;;
	esac
done
. test/cluster.sh
cluster_start >/dev/null
stage=$(mktemp -d)
trap 'rm -rf "$stage"; cluster_stop' EXIT
chmod 755 "$stage"
tail -n +2 "$tsv" >"$stage/pl.tsv"
cp bench/plover.sql "$stage/"
chmod 644 "$stage"/*
psqlq -d postgres <<SQL
CREATE EXTENSION geopol;
-- rn: the line number (the file's id column is not unique)
CREATE TABLE pl (rn serial PRIMARY KEY, id int, sentence text, source text, target text, plover text);
\copy pl (id, sentence, source, target, plover) FROM '$stage/pl.tsv'
SQL
echo "sentences: $tsv ($(wc -l <"$stage/pl.tsv") lines)"
as_pg "$bindir/psql" -X -q -h "$work" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
	"${verbose[@]}" -f "$stage/plover.sql"
