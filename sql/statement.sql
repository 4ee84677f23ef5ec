-- ===================================================================
-- articles, statements, dyads, and the analyst's questions
-- ===================================================================

CREATE TABLE @extschema@.article (
    id        bigserial PRIMARY KEY,
    url       text UNIQUE,
    published date,
    title     text,
    body      text,
    source    text,
    added     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE @extschema@.article IS 'news articles and official statements, as stored by the user or geopol.ingest()';
COMMENT ON COLUMN @extschema@.article.url IS 'where the article was found (unique)';
COMMENT ON COLUMN @extschema@.article.published IS 'publication date';
COMMENT ON COLUMN @extschema@.article.source IS 'the publisher';
COMMENT ON COLUMN @extschema@.article.added IS 'when the row was stored';

CREATE TABLE @extschema@.statement (
    id         bigserial PRIMARY KEY,
    article    bigint REFERENCES @extschema@.article (id) ON DELETE CASCADE,
    said_on    date NOT NULL,
    source     @extschema@.bloc NOT NULL,
    stance     @extschema@.stance NOT NULL,
    target     @extschema@.bloc NOT NULL,
    topic      text,
    evidence   text,
    confidence real CHECK (confidence BETWEEN 0 AND 1),
    CHECK (@extschema@.cardinality(source) > 0)
);
CREATE INDEX statement_source_gin ON @extschema@.statement USING gin (source);
CREATE INDEX statement_target_gin ON @extschema@.statement USING gin (target);
-- the questions narrow by country and year through these (PRK.GOV is found
-- under PRK.2024 for a statement of 2024)
CREATE INDEX statement_target_years_gin ON @extschema@.statement USING gin (@extschema@.country_years(target, said_on));
CREATE INDEX statement_source_years_gin ON @extschema@.statement USING gin (@extschema@.country_years(source, said_on));
CREATE INDEX statement_said_on_idx ON @extschema@.statement (said_on);
CREATE INDEX statement_stance_idx ON @extschema@.statement (stance);
CREATE INDEX statement_article_idx ON @extschema@.statement (article);
COMMENT ON TABLE @extschema@.statement IS 'coded statements: who (source, a bloc of signatories) took which stance towards whom (target), on which day, from which words';
COMMENT ON COLUMN @extschema@.statement.article IS 'the article it was coded from (NULL for statements coded without one)';
COMMENT ON COLUMN @extschema@.statement.said_on IS 'the day the statement was made';
COMMENT ON COLUMN @extschema@.statement.source IS 'the signatories: {G7,EU,KOR,AUS,NZL} is one joint statement';
COMMENT ON COLUMN @extschema@.statement.target IS 'the actors whose conduct the stance is about';
COMMENT ON COLUMN @extschema@.statement.evidence IS 'the words it was coded from';
COMMENT ON COLUMN @extschema@.statement.confidence IS 'how sure the coder is, 0..1';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.article', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.article_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.statement', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.statement_id_seq', '');

-- one row per (speaker, target) of member-level actors, blocs expanded on said_on
CREATE VIEW @extschema@.dyad AS
SELECT s.id AS statement, s.said_on, sp.party AS speaker, sp.via,
       tg.party AS target, tg.via AS target_via, s.stance
  FROM @extschema@.statement s
 CROSS JOIN LATERAL @extschema@.parties(s.source, s.said_on) sp
 CROSS JOIN LATERAL @extschema@.parties(s.target, s.said_on) tg;
COMMENT ON VIEW @extschema@.dyad IS
'one row per (speaker, target) pair of a statement: forums expanded into their members on said_on (via = the forum a speaker came through, NULL when it spoke for itself; target_via likewise)';

-- the questions ----------------------------------------------------

-- index keys (country.year) of an actor, its country and every bloc it ever
-- belonged to, for the years between two dates clamped to the data
CREATE FUNCTION @extschema@.search_keys(x @extschema@.actor, from_date date, to_date date)
RETURNS @extschema@.bloc
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT @extschema@.year_keys(
               @extschema@.bloc(@extschema@.country($1))
                   OPERATOR(@extschema@.|) @extschema@.blocs_ever(@extschema@.country($1)),
               greatest($2, (SELECT min(s.said_on) FROM @extschema@.statement s)),
               least($3, (SELECT max(s.said_on) FROM @extschema@.statement s)))
$$;
COMMENT ON FUNCTION @extschema@.search_keys(@extschema@.actor, date, date) IS
'the country_years() keys under which statements about (or by) the actor between two dates are indexed: its country and every bloc it ever belonged to, for each year';

CREATE FUNCTION @extschema@.who(what text, target @extschema@.actor, from_date date, to_date date)
RETURNS TABLE (speaker @extschema@.actor, via @extschema@.actor, said_on date, statement bigint,
               stance @extschema@.stance, evidence text)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    -- candidates by index: statements whose target names the target's
    -- country or a bloc it ever belonged to; then the exact test on the day
    WITH c AS MATERIALIZED (SELECT @extschema@.search_keys($2, $3, $4) AS cand)
    SELECT p.party, p.via, s.said_on, s.id, s.stance, s.evidence
      FROM c, @extschema@.statement s
     CROSS JOIN LATERAL @extschema@.parties(s.source, s.said_on) p
     WHERE @extschema@.country_years(s.target, s.said_on) OPERATOR(@extschema@.&&) c.cand
       -- the keys already narrow by year: "+ 0" keeps the planner from
       -- adding a costly bitmap of the date index
       AND (s.said_on + 0) BETWEEN $3 AND $4
       AND @extschema@.stance_matches(s.stance, $1)
       AND @extschema@.concerns(s.target, s.said_on, $2)
     ORDER BY s.said_on, s.id, p.party
$$;
COMMENT ON FUNCTION @extschema@.who(text, @extschema@.actor, date, date) IS
'who took that stance (a name, a CAMEO code or a class) towards the target between two dates: directly or as a party to a joint statement (via the forum), towards the target itself, any part of it (PRK.GOV for PRK), or a bloc it belonged to that day';

CREATE FUNCTION @extschema@.stance_matrix(from_date date, to_date date, what text DEFAULT 'DISAPPROVE')
RETURNS TABLE (speaker @extschema@.actor, target @extschema@.actor, statements bigint)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    -- the same pairs as geopol.dyad at country level; each statement counts
    -- once per pair because countries() drops duplicates
    SELECT d.speaker, d.target_country, count(*)
      FROM @extschema@.statement s
     CROSS JOIN LATERAL @extschema@.country_dyads(s.source, s.target, s.said_on) d
     WHERE s.said_on BETWEEN $1 AND $2
       AND @extschema@.stance_matches(s.stance, $3)
     GROUP BY 1, 2
     ORDER BY 1, 2
$$;
COMMENT ON FUNCTION @extschema@.stance_matrix(date, date, text) IS
'how many statements each speaker made towards each target (country level, forums expanded) between two dates';

CREATE FUNCTION @extschema@.cohesion(bloc @extschema@.actor, from_date date, to_date date, what text DEFAULT NULL)
RETURNS TABLE (statement bigint, said_on date, members integer, joined integer, share numeric)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    -- candidates by index: statements whose signatories name the bloc, one
    -- of its members (ever), or a bloc one of them ever belonged to
    WITH c AS MATERIALIZED (
        SELECT @extschema@.search_keys($1, $2, $3) OPERATOR(@extschema@.|)
               coalesce(@extschema@.union_agg(@extschema@.search_keys(m.member, $2, $3)), '{}') AS cand
          FROM (SELECT DISTINCT x.member FROM @extschema@.membership x WHERE x.bloc = $1) m
    )
    SELECT s.id, s.said_on, @extschema@.cardinality(m.m),
           @extschema@.cardinality(m.p OPERATOR(@extschema@.&) m.m),
           round(@extschema@.cardinality(m.p OPERATOR(@extschema@.&) m.m)::numeric
                 / nullif(@extschema@.cardinality(m.m), 0), 3)
      FROM c, @extschema@.statement s
     CROSS JOIN LATERAL (SELECT @extschema@.members($1, s.said_on) AS m,
                                @extschema@.speakers(s.source, s.said_on) AS p) m
     WHERE @extschema@.country_years(s.source, s.said_on) OPERATOR(@extschema@.&&) c.cand
       AND (s.said_on + 0) BETWEEN $2 AND $3
       AND ($4 IS NULL OR @extschema@.stance_matches(s.stance, $4))
       AND (s.source OPERATOR(@extschema@.@>) $1 OR m.p OPERATOR(@extschema@.&&) m.m)
     ORDER BY s.said_on, s.id
$$;
COMMENT ON FUNCTION @extschema@.cohesion(@extschema@.actor, date, date, text) IS
'for each statement between two dates that involves the bloc or any of its members: how many of its full members that day were parties to it (speakers(); an organisation such as the EU counts as itself), out of how many, and the share';

CREATE FUNCTION @extschema@.timeseries(target @extschema@.actor, what text, from_date date, to_date date, bucket text DEFAULT 'month')
RETURNS TABLE (period date, statements bigint, speakers bigint)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT date_trunc($5, w.said_on)::date, count(DISTINCT w.statement), count(DISTINCT w.speaker)
      FROM @extschema@.who($2, $1, $3, $4) w
     GROUP BY 1
     ORDER BY 1
$$;
COMMENT ON FUNCTION @extschema@.timeseries(@extschema@.actor, text, date, date, text) IS
'statements and distinct speakers taking the stance towards the target, per period (bucket: day, week, month, quarter, year)';

CREATE FUNCTION @extschema@.first_time(speaker @extschema@.actor, what text, target @extschema@.actor)
RETURNS date
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    -- first a short walk in date order (frequent pairs are found at once),
    -- else every statement about the target's country or its blocs, by index
    SELECT coalesce(
        (SELECT x.said_on
           FROM (SELECT s.said_on, s.source, s.target, s.stance
                   FROM @extschema@.statement s
                  WHERE s.stance OPERATOR(@extschema@.>=) @extschema@.stance_floor($2)
                    AND s.stance OPERATOR(@extschema@.<=) @extschema@.stance_ceiling($2)
                  ORDER BY s.said_on
                  LIMIT 2000) x
          WHERE @extschema@.stance_matches(x.stance, $2)
            AND @extschema@.concerns(x.target, x.said_on, $3)
            AND @extschema@.spoke(x.source, x.said_on, $1)
          ORDER BY x.said_on
          LIMIT 1),
        (WITH c AS MATERIALIZED (SELECT @extschema@.search_keys($3, '-infinity', 'infinity') AS tc)
         SELECT s.said_on
           FROM c, @extschema@.statement s
          WHERE @extschema@.country_years(s.target, s.said_on) OPERATOR(@extschema@.&&) c.tc
            AND s.stance OPERATOR(@extschema@.>=) @extschema@.stance_floor($2)
            AND s.stance OPERATOR(@extschema@.<=) @extschema@.stance_ceiling($2)
            AND @extschema@.stance_matches(s.stance, $2)
            AND @extschema@.concerns(s.target, s.said_on, $3)
            AND @extschema@.spoke(s.source, s.said_on, $1)
          ORDER BY s.said_on
          LIMIT 1))
$$;
COMMENT ON FUNCTION @extschema@.first_time(@extschema@.actor, text, @extschema@.actor) IS
'the first day the speaker (or any part of it) took the stance towards the target, directly or as a party to a joint statement';

CREATE FUNCTION @extschema@.last_time(speaker @extschema@.actor, what text, target @extschema@.actor)
RETURNS date
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    -- first a short walk in date order (frequent pairs are found at once),
    -- else every statement about the target's country or its blocs, by index
    SELECT coalesce(
        (SELECT x.said_on
           FROM (SELECT s.said_on, s.source, s.target, s.stance
                   FROM @extschema@.statement s
                  WHERE s.stance OPERATOR(@extschema@.>=) @extschema@.stance_floor($2)
                    AND s.stance OPERATOR(@extschema@.<=) @extschema@.stance_ceiling($2)
                  ORDER BY s.said_on DESC
                  LIMIT 2000) x
          WHERE @extschema@.stance_matches(x.stance, $2)
            AND @extschema@.concerns(x.target, x.said_on, $3)
            AND @extschema@.spoke(x.source, x.said_on, $1)
          ORDER BY x.said_on DESC
          LIMIT 1),
        (WITH c AS MATERIALIZED (SELECT @extschema@.search_keys($3, '-infinity', 'infinity') AS tc)
         SELECT s.said_on
           FROM c, @extschema@.statement s
          WHERE @extschema@.country_years(s.target, s.said_on) OPERATOR(@extschema@.&&) c.tc
            AND s.stance OPERATOR(@extschema@.>=) @extschema@.stance_floor($2)
            AND s.stance OPERATOR(@extschema@.<=) @extschema@.stance_ceiling($2)
            AND @extschema@.stance_matches(s.stance, $2)
            AND @extschema@.concerns(s.target, s.said_on, $3)
            AND @extschema@.spoke(s.source, s.said_on, $1)
          ORDER BY s.said_on DESC
          LIMIT 1))
$$;
COMMENT ON FUNCTION @extschema@.last_time(@extschema@.actor, text, @extschema@.actor) IS
'the last day the speaker (or any part of it) took the stance towards the target';
