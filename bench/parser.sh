#!/bin/bash
# bench/parser.sh -- would the Link Grammar parser earn its cost in the coder?
# Parses the development part of the PLOVER sentences (bench/plover.sql's
# draw; the held-out part is not touched) and reports the parser's time per
# sentence and how often the subject and object it finds name the annotated
# source and target: as words (token Jaccard >= 0.5 with the span) and as
# countries (geopol.mentions() of both sides, blocs expanded, Jaccard >= 0.5).
#
#   bench/parser.sh [train.tsv] [seconds per sentence, default 5]
#
# Needs liblink-grammar-dev and link-grammar-dictionaries-en (Debian) and
# geopol installed.
set -euo pipefail
cd "$(dirname "$0")/.."
tsv=${1:-../shared/corpus/plover/train.tsv}
secs=${2:-5}
stage=$(mktemp -d)
chmod 755 "$stage"
# psql writes dev.tsv there as the cluster's owner
[ "$(id -u)" -eq 0 ] && chown postgres "$stage"
cc -O2 -o "$stage/lgmeasure" bench/parser/lgmeasure.c -llink-grammar
. test/cluster.sh
cluster_start >/dev/null
trap 'rm -rf "$stage"; cluster_stop' EXIT
tail -n +2 "$tsv" >"$stage/pl.tsv"
chmod 644 "$stage/pl.tsv"
psqlq -d postgres <<SQL
CREATE EXTENSION geopol;
CREATE TABLE pl (rn serial PRIMARY KEY, id int, sentence text, source text, target text, plover text);
\copy pl (id, sentence, source, target, plover) FROM '$stage/pl.tsv'
DELETE FROM pl WHERE get_byte(decode(md5('geopol plover holdout 9:' || rn), 'hex'), 0) % 3 = 0;
\copy (SELECT rn, sentence FROM pl ORDER BY rn) TO '$stage/dev.tsv'
SQL
LANG=C.UTF-8 "$stage/lgmeasure" "$secs" <"$stage/dev.tsv" 2>/dev/null | grep -v '^Debug' >"$stage/lg.tsv"
chmod 644 "$stage/lg.tsv"
psqlq -d postgres -F ' | ' <<SQL
CREATE TABLE lg (rn int, ms float8, linkages int, nulls int, timed_out int, subj text, obj text);
\copy lg FROM '$stage/lg.tsv'
CREATE FUNCTION toks(t text) RETURNS text[] LANGUAGE sql IMMUTABLE AS
  \$\$ SELECT array_agg(DISTINCT w) FROM regexp_split_to_table(lower(t), '[^a-z0-9'']+') w WHERE w <> '' \$\$;
CREATE FUNCTION words_agree(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS \$\$
  SELECT coalesce(cardinality(ARRAY(SELECT unnest(toks(a)) INTERSECT SELECT unnest(toks(b))))::float8
         / nullif(cardinality(ARRAY(SELECT unnest(toks(a)) UNION SELECT unnest(toks(b)))), 0) >= 0.5, false) \$\$;
CREATE FUNCTION c(t text) RETURNS geopol.bloc LANGUAGE sql AS
  \$\$ SELECT geopol.countries(geopol.expand(geopol.bloc_agg(m.actor), date '2018-01-01')) FROM geopol.mentions(t) m \$\$;
CREATE FUNCTION j(a geopol.bloc, b geopol.bloc) RETURNS boolean LANGUAGE sql AS
  \$\$ SELECT coalesce(geopol.cardinality(a OPERATOR(geopol.&) b)::float8
                   / greatest(geopol.cardinality(a OPERATOR(geopol.|) b), 1) >= 0.5, false) \$\$;
\echo 'Link Grammar on the development part of the PLOVER sentences'
SELECT count(*) AS sentences, round(avg(ms)::numeric, 1) AS mean_ms,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY ms) AS median_ms,
       percentile_disc(0.9) WITHIN GROUP (ORDER BY ms) AS p90_ms,
       percentile_disc(0.99) WITHIN GROUP (ORDER BY ms) AS p99_ms, max(ms) AS max_ms,
       count(*) FILTER (WHERE nulls > 0) AS with_null_links, count(*) FILTER (WHERE timed_out > 0) AS timed_out
  FROM lg;
SELECT round(100.0 * count(*) FILTER (WHERE words_agree(lg.subj, pl.source)) / count(*), 1) AS "subject = source span %",
       round(100.0 * count(*) FILTER (WHERE words_agree(lg.obj, pl.target)) / count(*), 1) AS "object = target span %"
  FROM lg JOIN pl USING (rn);
WITH x AS (SELECT c(pl.source) gs, c(pl.target) gt, c(lg.subj) ls, c(lg.obj) lo FROM lg JOIN pl USING (rn))
SELECT count(*) FILTER (WHERE geopol.cardinality(gs) > 0) AS src_judged,
       round(100.0 * count(*) FILTER (WHERE geopol.cardinality(gs) > 0 AND j(ls, gs))
             / nullif(count(*) FILTER (WHERE geopol.cardinality(gs) > 0), 0), 1) AS "subject's countries right %",
       count(*) FILTER (WHERE geopol.cardinality(gt) > 0) AS tgt_judged,
       round(100.0 * count(*) FILTER (WHERE geopol.cardinality(gt) > 0 AND j(lo, gt))
             / nullif(count(*) FILTER (WHERE geopol.cardinality(gt) > 0), 0), 1) AS "object's countries right %"
  FROM x;
SQL
