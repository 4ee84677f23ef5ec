-- bench/plover.sql: geopol.extract() on the PLOVER-annotated sentences.
-- Expects table pl(rn, id, sentence, source, target, plover), rn the line number.  For every
-- sentence: is an event found (a statement coded), is the PLOVER type of its
-- best-matching statement the annotated one, are its source and target the
-- countries of the annotated spans (country level, blocs expanded; the spans'
-- countries are the actors geopol.mentions() finds in them, so only spans
-- that name a country, organisation or person of one are judged).
--
-- Held-out part: a seeded hash draw of a third of the lines (the file is sorted
-- by type, so its last third would hold out whole types); the -v lists name
-- only development sentences.
SET search_path = public, geopol;
\if :{?verbose}
\else
\set verbose 0
\endif
\set day '''2018-01-01'''

ALTER TABLE pl ADD COLUMN half text;
UPDATE pl SET half = CASE WHEN get_byte(decode(md5('geopol plover holdout 9:' || rn), 'hex'), 0) % 3 = 0
                          THEN 'held-out' ELSE 'development' END;

-- the countries the annotated spans name (NULL: none we can name)
CREATE TABLE gold AS
SELECT pl.rn AS id, pl.half, pl.plover,
       (SELECT countries(expand(bloc_agg(m.actor), :day)) FROM mentions(pl.source) m) AS gsrc,
       (SELECT countries(expand(bloc_agg(m.actor), :day)) FROM mentions(pl.target) m) AS gtgt
  FROM pl;

CREATE TABLE pred AS
SELECT pl.rn AS id, row_number() OVER (PARTITION BY pl.rn ORDER BY e.span_start, e.stance::text) AS n,
       e.source, e.stance, e.target,
       -- geopol.plover() names CAMEO 08 by the PLOVER draft's CONCEDE and
       -- RETREAT; the data set (and its README) call that type YIELD
       CASE WHEN plover(e.stance) IN ('CONCEDE', 'RETREAT') THEN 'YIELD' ELSE plover(e.stance) END AS ptype,
       countries(expand(e.source, :day)) AS psrc, countries(expand(e.target, :day)) AS ptgt
  FROM pl, geopol.extract(pl.sentence) e;

CREATE FUNCTION jacc(a bloc, b bloc) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT cardinality(a & b)::float8 / greatest(cardinality(a | b), 1) >= 0.5 $$;

-- the best-matching statement of each sentence: type, then source, then target
CREATE TABLE best AS
SELECT DISTINCT ON (g.id) g.id, g.half, g.plover, g.gsrc, g.gtgt, p.ptype, p.source, p.stance, p.target,
       p.ptype IS NOT DISTINCT FROM g.plover AS type_ok,
       g.gsrc IS NOT NULL AND cardinality(g.gsrc) > 0 AS src_judged,
       g.gtgt IS NOT NULL AND cardinality(g.gtgt) > 0 AS tgt_judged,
       coalesce(jacc(p.psrc, g.gsrc), false) AS src_ok,
       coalesce(jacc(p.ptgt, g.gtgt), false) AS tgt_ok
  FROM gold g JOIN pred p USING (id)
 ORDER BY g.id, (p.ptype IS NOT DISTINCT FROM g.plover) DESC,
          coalesce(jacc(p.psrc, g.gsrc), false) DESC, coalesce(jacc(p.ptgt, g.gtgt), false) DESC, p.n;

CREATE VIEW figures AS
SELECT g.half, g.plover,
       count(*) AS sentences,
       count(b.id) AS found,
       count(*) FILTER (WHERE b.type_ok) AS type_ok,
       count(*) FILTER (WHERE b.src_judged) AS src_judged,
       count(*) FILTER (WHERE b.src_judged AND b.src_ok) AS src_ok,
       count(*) FILTER (WHERE b.tgt_judged) AS tgt_judged,
       count(*) FILTER (WHERE b.tgt_judged AND b.tgt_ok) AS tgt_ok,
       count(*) FILTER (WHERE b.src_judged AND b.tgt_judged) AS both_judged,
       count(*) FILTER (WHERE b.src_judged AND b.tgt_judged AND b.src_ok AND b.tgt_ok) AS both_ok,
       count(*) FILTER (WHERE g.gsrc IS NOT NULL AND cardinality(g.gsrc) > 0) AS src_named,
       count(*) FILTER (WHERE g.gtgt IS NOT NULL AND cardinality(g.gtgt) > 0) AS tgt_named
  FROM gold g LEFT JOIN best b USING (id)
 GROUP BY GROUPING SETS ((g.half, g.plover), (g.half), ());

CREATE FUNCTION pct(a bigint, b bigint) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN b = 0 THEN '' ELSE to_char(100.0 * a / b, 'FM990.0') END $$;

\pset footer off
\echo 'found: a statement coded; type: the PLOVER type of the best-matching statement, of the found;'
\echo 'src, tgt, both: countries right, of the found whose annotated span names an actor geopol knows'
SELECT coalesce(half, 'all') AS half, coalesce(plover, 'all') AS plover, sentences AS n,
       pct(found, sentences) AS "found%", pct(type_ok, found) AS "type%",
       pct(src_ok, src_judged) AS "src%", pct(tgt_ok, tgt_judged) AS "tgt%",
       pct(both_ok, both_judged) AS "both%", src_judged || '/' || tgt_judged AS judged,
       pct(src_named, sentences) AS "src named%", pct(tgt_named, sentences) AS "tgt named%"
  FROM figures
 ORDER BY half NULLS LAST, plover NULLS LAST;

\if :verbose
\echo
\echo 'development sentences with no event found, or the best statement wrong (held-out never listed)'
\pset format unaligned
\pset fieldsep ' | '
SELECT pl.id, g.plover, coalesce(b.ptype, '-') AS got,
       b.source || ' ' || b.stance || ' ' || b.target AS coded,
       '[' || pl.source || '] -> [' || pl.target || ']' AS gold, pl.sentence
  FROM gold g JOIN pl ON pl.rn = g.id LEFT JOIN best b ON b.id = g.id
 WHERE g.half = 'development'
   AND (b.id IS NULL OR NOT b.type_ok OR (b.src_judged AND NOT b.src_ok) OR (b.tgt_judged AND NOT b.tgt_ok))
 ORDER BY g.plover, g.id;
\endif
