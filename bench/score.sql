-- bench/score.sql: score geopol.extract() against a gold standard, with the
-- rules of shared/corpus/README.md.  Expects tables corpus(article, url,
-- published, title, body) and gold(article, said_on, source, stance,
-- intensity, target, required, evidence) and holdout(article); prints
-- statement-level and dyad-level precision, recall and F1, per article of
-- the development part, and overall for the development part, the held-out
-- part and all; -v lists errors of development articles only.
SET search_path = public, geopol;
-- -v notitle=true: call geopol.extract(body, published) without the title
\if :{?notitle}
\else
\set notitle false
\endif

-- the scored classes; comment (and anything else) is not scored
CREATE FUNCTION score_class(s geopol.stance) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE geopol.stance_class(s)
             WHEN 'DISAPPROVE' THEN 'DISAPPROVE' WHEN 'CONCERN' THEN 'CONCERN'
             WHEN 'REQUEST' THEN 'REQUEST' WHEN 'SUPPORT' THEN 'SUPPORT'
             WHEN 'REJECT' THEN 'REJECT' WHEN 'THREATEN' THEN 'THREATEN'
             WHEN 'SANCTION' THEN 'SANCTION' END
$$;

CREATE TABLE pred AS
SELECT row_number() OVER (ORDER BY c.article, e.span_start NULLS FIRST) AS pid,
       c.article, e.source, e.stance, e.target, coalesce(e.said_on, c.published) AS said_on,
       e.evidence, e.confidence, score_class(e.stance) AS cls,
       geopol.countries(geopol.expand(e.source, coalesce(e.said_on, c.published))) AS src_c,
       geopol.countries(geopol.expand(e.target, coalesce(e.said_on, c.published))) AS tgt_c
  FROM corpus c, geopol.extract(c.body, c.published, CASE WHEN :notitle THEN NULL ELSE c.title END) e;

CREATE TABLE g AS
SELECT row_number() OVER () AS gid, gold.*, score_class(gold.stance::geopol.stance) AS cls,
       geopol.countries(geopol.expand(gold.source, gold.said_on)) AS src_c,
       geopol.countries(geopol.expand(gold.target, gold.said_on)) AS tgt_c
  FROM gold;

-- candidate pairs: same article and class, targets intersect, sources
-- (expanded on the day) overlap with Jaccard >= 0.5
CREATE TABLE pair AS
SELECT p.pid, g.gid, g.required
  FROM pred p JOIN g ON g.article = p.article AND g.cls = p.cls
 WHERE p.cls IS NOT NULL
   AND p.tgt_c && g.tgt_c
   AND geopol.cardinality(p.src_c & g.src_c)::float8
       / greatest(geopol.cardinality(p.src_c | g.src_c), 1) >= 0.5;

-- one-to-one matching: each prediction in text order takes an unmatched
-- gold statement, a required one first
CREATE TABLE matched (pid bigint, gid bigint, required int);
DO $$
DECLARE r record; m record;
BEGIN
    FOR r IN SELECT pid FROM pred WHERE cls IS NOT NULL ORDER BY pid LOOP
        SELECT pair.gid, pair.required INTO m FROM pair
         WHERE pair.pid = r.pid AND pair.gid NOT IN (SELECT gid FROM matched)
         ORDER BY pair.required DESC, pair.gid LIMIT 1;
        IF FOUND THEN
            INSERT INTO matched VALUES (r.pid, m.gid, m.required);
        END IF;
    END LOOP;
END $$;

CREATE FUNCTION half_of(a text) RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT CASE WHEN a IN (SELECT article FROM holdout) THEN 'held-out' ELSE 'development' END $$;

CREATE VIEW stmt_score AS
SELECT a.article,
       (SELECT count(*) FROM matched m JOIN pred p USING (pid) WHERE p.article = a.article AND m.required = 1) AS tp,
       (SELECT count(*) FROM pred p WHERE p.article = a.article AND p.cls IS NOT NULL
           AND p.pid NOT IN (SELECT pid FROM matched)) AS fp,
       (SELECT count(*) FROM g WHERE g.article = a.article AND g.required = 1 AND g.cls IS NOT NULL
           AND g.gid NOT IN (SELECT gid FROM matched)) AS fn
  FROM corpus a;

-- dyads: expanded source country x target country x class
CREATE TABLE pdyad AS
SELECT DISTINCT p.article, s.s, t.t, p.cls FROM pred p,
       LATERAL geopol.unnest(p.src_c) s(s), LATERAL geopol.unnest(p.tgt_c) t(t)
 WHERE p.cls IS NOT NULL;
CREATE TABLE gdyad AS
SELECT g.article, s.s, t.t, g.cls, max(g.required) AS required FROM g,
       LATERAL geopol.unnest(g.src_c) s(s), LATERAL geopol.unnest(g.tgt_c) t(t)
 WHERE g.cls IS NOT NULL
 GROUP BY 1, 2, 3, 4;

CREATE VIEW dyad_score AS
SELECT h.half,
       (SELECT count(*) FROM pdyad p JOIN gdyad g USING (article, s, t, cls)
         WHERE g.required = 1 AND (h.half = 'all' OR half_of(p.article) = h.half)) AS tp,
       (SELECT count(*) FROM pdyad p LEFT JOIN gdyad g USING (article, s, t, cls)
         WHERE g.article IS NULL AND (h.half = 'all' OR half_of(p.article) = h.half)) AS fp,
       (SELECT count(*) FROM gdyad g LEFT JOIN pdyad p USING (article, s, t, cls)
         WHERE g.required = 1 AND p.article IS NULL AND (h.half = 'all' OR half_of(g.article) = h.half)) AS fn
  FROM (VALUES ('development'), ('held-out'), ('all')) h(half);

CREATE FUNCTION prf(tp bigint, fp bigint, fn bigint, OUT "precision" numeric, OUT recall numeric, OUT f1 numeric)
LANGUAGE sql IMMUTABLE AS $$
    SELECT round(tp::numeric / nullif(tp + fp, 0), 3),
           round(tp::numeric / nullif(tp + fn, 0), 3),
           round(2 * tp::numeric / nullif(2 * tp + fp + fn, 0), 3)
$$;

\pset footer off
\echo
\echo 'per article of the development part (statement level; borderline gold neither rewarded nor penalised)'
SELECT article, tp, fp, fn, (prf(tp, fp, fn)).* FROM stmt_score
 WHERE half_of(article) = 'development' ORDER BY article;
\echo 'overall'
SELECT half, level, tp, fp, fn, "precision", recall, f1 FROM (
SELECT h.half, h.o, 'statement' AS level, sum(tp) AS tp, sum(fp) AS fp, sum(fn) AS fn,
       (prf(sum(tp)::bigint, sum(fp)::bigint, sum(fn)::bigint)).*
  FROM (VALUES ('development', 1), ('held-out', 2), ('all', 3)) h(half, o)
  JOIN stmt_score s ON h.half = 'all' OR half_of(s.article) = h.half
 GROUP BY h.half, h.o
UNION ALL
SELECT half, CASE half WHEN 'development' THEN 1 WHEN 'held-out' THEN 2 ELSE 3 END, 'dyad',
       tp, fp, fn, (prf(tp, fp, fn)).* FROM dyad_score) x
 ORDER BY level DESC, o;

\echo 'of the matched statements: same said_on, same intensity as the gold line'
SELECT count(*) AS matched,
       count(*) FILTER (WHERE p.said_on = g.said_on) AS same_day,
       count(*) FILTER (WHERE geopol.intensity(p.stance) = g.intensity) AS same_intensity
  FROM matched m JOIN pred p USING (pid) JOIN g USING (gid);

\if :{?verbose}
\echo 'false positives'
SELECT p.article, p.source, p.stance, p.target, left(p.evidence, 90) AS evidence
  FROM pred p WHERE p.cls IS NOT NULL AND p.pid NOT IN (SELECT pid FROM matched)
   AND half_of(p.article) = 'development' ORDER BY p.pid;
\echo 'missed (required)'
SELECT g.article, g.source, g.stance, g.target, left(g.evidence, 90) AS evidence
  FROM g WHERE g.required = 1 AND g.cls IS NOT NULL AND g.gid NOT IN (SELECT gid FROM matched)
   AND half_of(g.article) = 'development' ORDER BY g.gid;
\endif
\if :{?verbose}
\echo 'matched with another day or intensity'
SELECT p.article, p.said_on, g.said_on AS gold_day, p.stance, g.intensity AS gold_intensity, left(p.evidence, 70) AS evidence
  FROM matched m JOIN pred p USING (pid) JOIN g USING (gid)
 WHERE (p.said_on <> g.said_on OR geopol.intensity(p.stance) <> g.intensity)
   AND half_of(p.article) = 'development' ORDER BY p.pid;
\endif
