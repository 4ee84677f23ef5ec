#!/bin/bash
# bench/score.sh -- precision, recall and F1 of geopol.extract() on a corpus
# in the format of shared/corpus (text files with a header, and gold.tsv).
#
#   bench/score.sh [corpus-dir] [-v] [-n] [-H a,b,...]
#                                   default ../shared/corpus/dev
#
# Starts a throw-away cluster (geopol must be installed: make install),
# loads the articles and the gold statements, and runs bench/score.sql.
# -v also lists the false positives and the missed statements; -n calls
# geopol.extract(body, published) without the title.  -H names the held-out
# articles (reported apart, never listed by -v, no per-article line); for a
# corpus folder named dev the default is the draw recorded in
# bench/RESULTS.md (seed 9: 017,039,042,045,050), else none.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/dev
verbose=()
holdout=
next_h=0
for a in "$@"; do
	if [ "$next_h" = 1 ]; then holdout=$a; next_h=0; continue; fi
	case "$a" in
		-v) verbose+=(-v verbose=1) ;;
		-n) verbose+=(-v notitle=true) ;;
		-H) next_h=1; holdout=- ;;
		*) corpus=$a ;;
	esac
done
if [ -z "$holdout" ] && [ "$(basename "$corpus")" = dev ]; then
	holdout=017,039,042,045,050
fi
[ "$holdout" = - ] && holdout=
. test/cluster.sh
cluster_start >/dev/null

stage=$(mktemp -d)
trap 'rm -rf "$stage"; cluster_stop' EXIT
chmod 755 "$stage"
# one INSERT per article: header lines, then the text after '---'
for f in "$corpus"/*.txt; do
	awk -v id="$(basename "$f" .txt)" '
		BEGIN { q = "$gxcorpus$" }
		!body && /^---$/ { body = 1; next }
		!body && /^url: / { url = substr($0, 6); next }
		!body && /^date: / { date = substr($0, 7); next }
		!body && /^title: / { title = substr($0, 8); next }
		body { text = text (n++ ? "\n" : "") $0 }
		END {
			if (length(date) == 7) date = date "-01"
			printf "INSERT INTO corpus VALUES (%s, %s, %s, %s, %s);\n",
				"'\''" id "'\''", q url q, "'\''" date "'\''", q title q, q text q
		}' "$f"
done >"$stage/corpus.sql"
grep -v '^#' "$corpus/gold.tsv" | grep -v '^[[:space:]]*$' >"$stage/gold.tsv"
cp bench/score.sql "$stage/"
chmod 644 "$stage"/*

psqlq -d postgres <<SQL
CREATE EXTENSION geopol;
CREATE TABLE corpus (article text PRIMARY KEY, url text, published date, title text, body text);
CREATE TABLE holdout (article text PRIMARY KEY);
INSERT INTO holdout SELECT DISTINCT x FROM unnest(string_to_array('$holdout', ',')) x WHERE x <> '';
CREATE TABLE gold_raw (article text, said_on text, source text, stance text, intensity int,
                       target text, required int, evidence text);
\i $stage/corpus.sql
\copy gold_raw FROM '$stage/gold.tsv'
-- non-state actors are written NSA:<name>; geopol codes them <name> (at most
-- eight letters: NSA:HEZBOLLAH is HEZBOLLA); a day-less date is the 1st
CREATE FUNCTION nsa(text) RETURNS geopol.bloc LANGUAGE sql IMMUTABLE AS
  \$\$ SELECT regexp_replace(\$1, 'NSA:([A-Z0-9]{1,8})[A-Z0-9]*', '\\1', 'g')::geopol.bloc \$\$;
CREATE TABLE gold AS
SELECT article, (CASE WHEN length(said_on) = 7 THEN said_on || '-01' ELSE said_on END)::date AS said_on,
       nsa(source) AS source, stance, intensity, nsa(target) AS target, required, evidence
  FROM gold_raw;
SQL
echo "corpus: $corpus ($(ls "$corpus"/*.txt | wc -l) articles, $(wc -l <"$stage/gold.tsv") gold statements; held out: ${holdout:-none})"
as_pg "$bindir/psql" -X -q -h "$work" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
	"${verbose[@]}" -f "$stage/score.sql"
