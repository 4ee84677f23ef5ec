-- ===================================================================
-- the questions and the partitions of geopol.statement (CREATE OR REPLACE:
-- the same file is the 0.2 -> 0.3 upgrade's sql/upgrade-0.3/25-scale-questions.sql)
-- ===================================================================

-- partitions ---------------------------------------------------------

-- the partition of said_on ranges [lo, hi): a table like the DEFAULT
-- partition (its columns, defaults, checks, indexes and keys, whatever other
-- parts of geopol or the user added to it), filled with the rows of the
-- DEFAULT partition in that range, then attached
CREATE OR REPLACE FUNCTION @extschema@.create_statement_partition(lo date, hi date, name text DEFAULT NULL,
                                                                 article_key boolean DEFAULT true)
RETURNS regclass
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    tbl text := coalesce(name, 'statement_' || to_char(lo, 'YYYYMMDD') || '_' || to_char(hi, 'YYYYMMDD'));
    fk record;
    moved bigint;
BEGIN
    IF lo IS NULL OR hi IS NULL OR lo >= hi THEN
        RAISE EXCEPTION 'geopol.create_statement_partition: the range [%, %) is empty', lo, hi
            USING ERRCODE = '22023', HINT = 'Give the first day and the day after the last.';
    END IF;
    EXECUTE format('CREATE TABLE @extschema@.%I (LIKE @extschema@.statement_default INCLUDING ALL)', tbl);
    FOR fk IN SELECT c.conname, pg_get_constraintdef(c.oid) AS def
                FROM pg_constraint c
               WHERE c.conrelid = '@extschema@.statement_default'::regclass AND c.contype = 'f'
                 AND (article_key OR c.confrelid <> '@extschema@.article'::regclass)
               ORDER BY c.conname
    LOOP
        EXECUTE format('ALTER TABLE @extschema@.%I ADD CONSTRAINT %I %s', tbl,
                       replace(fk.conname, 'statement_default', tbl), fk.def);
    END LOOP;
    -- rows of the range move out of the DEFAULT partition, ids unchanged
    EXECUTE format('WITH m AS (DELETE FROM @extschema@.statement_default d
                                WHERE d.said_on OPERATOR(pg_catalog.>=) $1 AND d.said_on OPERATOR(pg_catalog.<) $2
                                RETURNING d.*)
                    INSERT INTO @extschema@.%I SELECT * FROM m', tbl) USING lo, hi;
    GET DIAGNOSTICS moved = ROW_COUNT;
    EXECUTE format('ALTER TABLE @extschema@.statement ATTACH PARTITION @extschema@.%I FOR VALUES FROM (%L) TO (%L)',
                   tbl, lo, hi);
    IF moved > 0 THEN
        EXECUTE format('ANALYZE @extschema@.%I', tbl);
    END IF;
    RETURN format('@extschema@.%I', tbl)::regclass;
END
$$;
COMMENT ON FUNCTION @extschema@.create_statement_partition(date, date, text, boolean) IS
'makes a partition of geopol.statement for the days [lo, hi): like geopol.statement_default (columns, indexes, keys; the foreign key to geopol.article only with article_key, false on a shard server, whose articles live on the coordinator), with the rows of that range moved out of the DEFAULT partition (ids kept); returns it';

CREATE OR REPLACE FUNCTION @extschema@.create_statement_partitions(from_date date, to_date date, step text DEFAULT 'year',
                                                                  article_key boolean DEFAULT true)
RETURNS SETOF regclass
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    width interval;
    fmt text;
    lo date;
    hi date;
BEGIN
    CASE step
        WHEN 'year' THEN width := interval '1 year'; fmt := '"statement_y"YYYY';
        WHEN 'quarter' THEN width := interval '3 months'; fmt := '"statement_y"YYYY"q"Q';
        WHEN 'month' THEN width := interval '1 month'; fmt := '"statement_y"YYYY"m"MM';
        ELSE RAISE EXCEPTION 'geopol.create_statement_partitions: unknown step "%"', step
                 USING ERRCODE = '22023', HINT = 'The step is year, quarter or month.';
    END CASE;
    IF from_date IS NULL OR to_date IS NULL THEN
        RAISE EXCEPTION 'geopol.create_statement_partitions: the dates must not be null' USING ERRCODE = '22004';
    END IF;
    lo := date_trunc(CASE step WHEN 'year' THEN 'year' WHEN 'quarter' THEN 'quarter' ELSE 'month' END,
                     from_date::timestamp)::date;
    WHILE lo <= to_date LOOP
        hi := (lo + width)::date;
        -- skip ranges a partition (other than the DEFAULT one) already covers
        IF NOT EXISTS (
            SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
             WHERE i.inhparent = '@extschema@.statement'::regclass AND c.relpartbound IS NOT NULL
               AND NOT pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT'
               AND daterange(lo, hi) OPERATOR(pg_catalog.&&) @extschema@.partition_days(c.oid)) THEN
            RETURN NEXT @extschema@.create_statement_partition(lo, hi, to_char(lo, fmt), article_key);
        END IF;
        lo := hi;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.create_statement_partitions(date, date, text, boolean) IS
'partitions geopol.statement by year (quarter, month) from the period holding from_date to the one holding to_date: one geopol.create_statement_partition() per period not yet covered (named statement_y2024, statement_y2024q1, statement_y2024m01); returns the new partitions';

-- sharding: on the coordinator, each period a partition of geopol.statement
-- split by hash of id over the shard servers, one foreign table each,
-- pointing at the shard's partition of the same name (made there by
-- create_statement_partitions(..., article_key => false)); the servers are
-- postgres_fdw servers declared with extensions 'geopol' (so that
-- statement_keys(), stance_matches() and the operators of geopol's types are
-- shipped) and async_capable 'true' (so that the shards work at once)
CREATE OR REPLACE FUNCTION @extschema@.shard_statements(servers text[], from_date date, to_date date,
                                                        step text DEFAULT 'year')
RETURNS SETOF regclass
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    width interval;
    fmt text;
    lo date;
    hi date;
    tbl text;
    n int := coalesce(cardinality(servers), 0);
BEGIN
    CASE step
        WHEN 'year' THEN width := interval '1 year'; fmt := '"statement_y"YYYY';
        WHEN 'quarter' THEN width := interval '3 months'; fmt := '"statement_y"YYYY"q"Q';
        WHEN 'month' THEN width := interval '1 month'; fmt := '"statement_y"YYYY"m"MM';
        ELSE RAISE EXCEPTION 'geopol.shard_statements: unknown step "%"', step
                 USING ERRCODE = '22023', HINT = 'The step is year, quarter or month.';
    END CASE;
    IF n = 0 OR from_date IS NULL OR to_date IS NULL THEN
        RAISE EXCEPTION 'geopol.shard_statements: give the servers and the dates' USING ERRCODE = '22004';
    END IF;
    FOR k IN 1 .. n LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_foreign_server f WHERE f.srvname = servers[k]) THEN
            RAISE EXCEPTION 'geopol.shard_statements: no foreign server "%"', servers[k]
                USING ERRCODE = '42704',
                      HINT = 'CREATE SERVER ... FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host ..., dbname ..., extensions ''geopol'', async_capable ''true'') and a user mapping first.';
        END IF;
    END LOOP;
    lo := date_trunc(CASE step WHEN 'year' THEN 'year' WHEN 'quarter' THEN 'quarter' ELSE 'month' END,
                     from_date::timestamp)::date;
    WHILE lo <= to_date LOOP
        hi := (lo + width)::date;
        tbl := to_char(lo, fmt);
        EXECUTE format('CREATE TABLE @extschema@.%I PARTITION OF @extschema@.statement FOR VALUES FROM (%L) TO (%L) PARTITION BY HASH (id)',
                       tbl, lo, hi);
        FOR k IN 1 .. n LOOP
            EXECUTE format('CREATE FOREIGN TABLE @extschema@.%I PARTITION OF @extschema@.%I FOR VALUES WITH (MODULUS %s, REMAINDER %s) SERVER %I OPTIONS (schema_name %L, table_name %L)',
                           tbl || '_' || servers[k], tbl, n, k - 1, servers[k], '@extschema@', tbl);
            RETURN NEXT format('@extschema@.%I', tbl || '_' || servers[k])::regclass;
        END LOOP;
        lo := hi;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.shard_statements(text[], date, date, text) IS
'on a coordinator: partitions geopol.statement by year (quarter, month) from the period holding from_date to the one holding to_date, each period split by hash of id over the postgres_fdw servers (foreign tables pointing at the shards'' partitions of the same name, made there by geopol.create_statement_partitions(from_date, to_date, step, article_key => false)); returns the foreign tables';

-- the days a partition of geopol.statement holds (NULL for the DEFAULT one)
CREATE OR REPLACE FUNCTION @extschema@.partition_days(part regclass)
RETURNS daterange
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT daterange(m[1]::date, m[2]::date)
      FROM pg_class c,
           regexp_match(pg_get_expr(c.relpartbound, c.oid), 'FROM \(''([^'']*)''\) TO \(''([^'']*)''\)') m
     WHERE c.oid = $1 AND m IS NOT NULL
$$;
COMMENT ON FUNCTION @extschema@.partition_days(regclass) IS
'the days [lo, hi) a range partition of geopol.statement holds; NULL for the DEFAULT partition';

-- the first and last day of the data the caller sees, by the indexes on
-- said_on + 0; with foreign (sharded) partitions, which cannot give their
-- first day cheaply, the DEFAULT partition's days widened to the other
-- partitions' bounds (one query when no partition is foreign: the test is
-- a one-time filter of the min/max scan); NULLs when there is no data
CREATE OR REPLACE FUNCTION @extschema@.statement_days(OUT first_day date, OUT last_day date)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    SELECT min(s.said_on OPERATOR(pg_catalog.+) 0), max(s.said_on OPERATOR(pg_catalog.+) 0) INTO first_day, last_day
      FROM @extschema@.statement s
     WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_partition_tree('@extschema@.statement'::regclass) t
                        WHERE t.isleaf
                          AND (SELECT c.relkind FROM pg_catalog.pg_class c
                                WHERE c.oid OPERATOR(pg_catalog.=) t.relid) OPERATOR(pg_catalog.=) 'f');
    IF first_day IS NULL AND EXISTS (SELECT 1 FROM pg_catalog.pg_partition_tree('@extschema@.statement'::regclass) t
                                      WHERE t.isleaf
                                        AND (SELECT c.relkind FROM pg_catalog.pg_class c
                                              WHERE c.oid OPERATOR(pg_catalog.=) t.relid) OPERATOR(pg_catalog.=) 'f') THEN
        SELECT min(s.said_on OPERATOR(pg_catalog.+) 0), max(s.said_on OPERATOR(pg_catalog.+) 0) INTO first_day, last_day
          FROM @extschema@.statement_default s;
        SELECT least(first_day, min(pg_catalog.lower(x.d))), greatest(last_day, max(pg_catalog.upper(x.d)) OPERATOR(pg_catalog.-) 1)
          INTO first_day, last_day
          FROM (SELECT @extschema@.partition_days(t.relid) AS d
                  FROM pg_catalog.pg_partition_tree('@extschema@.statement'::regclass) t
                 WHERE t.level OPERATOR(pg_catalog.=) 1) x
         WHERE x.d IS NOT NULL;
    END IF;
END;
$$;
COMMENT ON FUNCTION @extschema@.statement_days() IS
'the first and last day of geopol.statement the caller sees (by the indexes on said_on + 0; with foreign partitions, the DEFAULT partition''s days widened to the other partitions'' bounds); NULLs when there is none; who(), timeseries() and first_or_last() search only these days';

-- the questions ----------------------------------------------------
--
-- Each question asks the GIN index of statement_keys() for the statements
-- that can be an answer (the keys of the target's country and of every
-- bloc it ever belonged to, for the months and stance classes asked), keeps
-- said_on in the asked range (partitions are pruned), and then tests each
-- candidate exactly on its day against the registry (concerns(),
-- parties(), ...).  They are PL/pgSQL with one plan per session
-- (plan_cache_mode = force_generic_plan: the keys, the stance code and the
-- dates are parameters, so the plan is the same for every call): the GIN
-- index, then the exact tests; partitions are pruned when the plan starts,
-- from the dates; postgres_fdw ships the index conditions (IMMUTABLE
-- functions and their parameters) to shard servers, while everything that
-- reads the registry runs here.  No index on said_on itself: the planner
-- would AND a whole range of days into every key search.

-- the actors whose keys find statements about (or by) x: its country and
-- every bloc it ever belonged to
CREATE OR REPLACE FUNCTION @extschema@.search_set(x @extschema@.actor)
RETURNS @extschema@.bloc
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT @extschema@.bloc(@extschema@.country($1))
           OPERATOR(@extschema@.|) @extschema@.blocs_ever(@extschema@.country($1))
$$;
COMMENT ON FUNCTION @extschema@.search_set(@extschema@.actor) IS
'the actors under whose keys statements about (or by) x are indexed: its country and every bloc it ever belonged to';

CREATE OR REPLACE FUNCTION @extschema@.who(what text, target @extschema@.actor, from_date date, to_date date,
                                include_own boolean DEFAULT false)
RETURNS TABLE (speaker @extschema@.actor, via @extschema@.actor, said_on date, statement bigint,
               stance @extschema@.stance, evidence text)
-- in C (src/questions_who.c): the statements found by one query kept for
-- the session (a generic plan: the GIN keys of the target's search set,
-- the days, stance_matches(), concerns(); partitions pruned when the plan
-- starts, postgres_fdw ships the index conditions), sorted by day and id,
-- each expanded into its parties (sorted by party) and written into the
-- result as it comes: no row, field or filter call a party in SQL
    AS 'MODULE_PATHNAME', 'geopol_who'
LANGUAGE C STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp;
COMMENT ON FUNCTION @extschema@.who(text, @extschema@.actor, date, date, boolean) IS
'who took that stance (a name, a CAMEO code or a class) towards the target between two dates: directly or as a party to a joint statement (via the forum), towards the target itself, any part of it (PRK.GOV for PRK), or a bloc it belonged to that day; the target''s own actors (the target or part of it: USA.GOV condemning NATO is no condemnation of the USA) only with include_own';

-- the cells of the matrix, counted in C (src/questions.c): the pairs of
-- country_dyads() of each statement in a hash table, returned sorted by
-- speaker and target as three arrays
CREATE TYPE @extschema@.matrix_cells AS (speakers @extschema@.actor[], targets @extschema@.actor[], statements bigint[]);
COMMENT ON TYPE @extschema@.matrix_cells IS
'what the aggregate geopol.matrix_cells() returns: the (speaker, target) cells of a stance matrix, sorted, and how many statements each';
CREATE FUNCTION @extschema@.matrix_cells_add(internal, @extschema@.bloc, @extschema@.bloc, date, boolean)
RETURNS internal
    AS 'MODULE_PATHNAME', 'geopol_matrix_cells_add' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.matrix_cells_add(internal, @extschema@.bloc, @extschema@.bloc, date, boolean) IS
'the transition function of geopol.matrix_cells(): counts the statement once for each of its country_dyads() pairs';
CREATE FUNCTION @extschema@.matrix_cells_final(internal)
RETURNS @extschema@.matrix_cells
    AS 'MODULE_PATHNAME', 'geopol_matrix_cells_final' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.matrix_cells_final(internal) IS
'the final function of geopol.matrix_cells(): the cells sorted by speaker and target';
CREATE AGGREGATE @extschema@.matrix_cells(source @extschema@.bloc, target @extschema@.bloc, said_on date, domestic boolean) (
    SFUNC = @extschema@.matrix_cells_add, STYPE = internal,
    FINALFUNC = @extschema@.matrix_cells_final, PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.matrix_cells(@extschema@.bloc, @extschema@.bloc, date, boolean) IS
'the cells of a stance matrix over the statements aggregated: how many statements each (speaker country, target country) pair of country_dyads(source, target, said_on) has, pairs of one country with itself only with domestic; what stance_matrix() returns';

CREATE OR REPLACE FUNCTION @extschema@.stance_matrix(from_date date, to_date date, what text DEFAULT 'DISAPPROVE',
                                          domestic boolean DEFAULT false)
RETURNS TABLE (speaker @extschema@.actor, target @extschema@.actor, statements bigint)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
#variable_conflict use_column
DECLARE
    keys bigint[] := @extschema@.matrix_keys($3, $1, $2);
    wcode bigint := @extschema@.what_code($3);
BEGIN
    -- the same pairs as geopol.dyad at country level, each statement
    -- counted once a pair (as count(*) over country_dyads(), which drops
    -- duplicates): the statements found and read by the executor, the
    -- pairs counted in C by matrix_cells() (no row, sort or group a pair),
    -- its cells already sorted by speaker and target
    -- (unnested in step in the target list: row by row, where ROWS FROM
    -- would first copy each array into a tuplestore)
    RETURN QUERY
    SELECT pg_catalog.unnest((x.m).speakers), pg_catalog.unnest((x.m).targets), pg_catalog.unnest((x.m).statements)
      FROM (SELECT @extschema@.matrix_cells(s.source, s.target, s.said_on, $4) AS m
              FROM @extschema@.statement s
             WHERE @extschema@.statement_keys(s.source, s.target, s.said_on, s.stance) OPERATOR(pg_catalog.&&) keys
               AND s.said_on OPERATOR(pg_catalog.>=) $1 AND s.said_on OPERATOR(pg_catalog.<=) $2
               AND @extschema@.stance_matches(s.stance, wcode)) x;
END
$$;
COMMENT ON FUNCTION @extschema@.stance_matrix(date, date, text, boolean) IS
'how many statements each speaker made towards each target (country level, forums expanded) between two dates; pairs of one country with itself (USA.GOV towards USA.REB) only with domestic';

CREATE OR REPLACE FUNCTION @extschema@.cohesion(bloc @extschema@.actor, from_date date, to_date date, what text DEFAULT NULL)
RETURNS TABLE (statement bigint, said_on date, members integer, joined integer, share numeric)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
#variable_conflict use_column
DECLARE
    keys bigint[];
    cand @extschema@.bloc;
    wcode bigint := @extschema@.what_code($4);
BEGIN
    IF $1 IS NULL OR $2 IS NULL OR $3 IS NULL THEN
        RETURN;
    END IF;
    -- candidates: the statements of those days (by the index on said_on +
    -- 0; by the month keys when a stance is asked) signed by the bloc, one
    -- of its members (ever), or a bloc one of them ever belonged to
    SELECT @extschema@.search_set($1) OPERATOR(@extschema@.|)
           coalesce(@extschema@.union_agg(@extschema@.search_set(m.member)), '{}')
      INTO cand
      FROM (SELECT DISTINCT x.member FROM @extschema@.membership x WHERE x.bloc OPERATOR(@extschema@.=) $1) m;
    -- the counts in a subquery kept apart (OFFSET 0), so that speakers()
    -- and members() run once a statement, not once in the filter and again
    -- for the columns; the members of the day in a lateral of their own for
    -- the same reason
    IF $4 IS NULL THEN
        RETURN QUERY
        SELECT x.id, x.said_on, x.n, x.j, round(x.j::numeric / nullif(x.n, 0), 3)
          FROM (SELECT s.id, s.said_on, s.source, @extschema@.cardinality(mp.m) AS n,
                       @extschema@.cardinality(@extschema@.speakers(s.source, s.said_on) OPERATOR(@extschema@.&) mp.m) AS j
                  FROM @extschema@.statement s
                 CROSS JOIN LATERAL (SELECT @extschema@.members($1, s.said_on) AS m OFFSET 0) mp
                 WHERE (s.said_on OPERATOR(pg_catalog.+) 0) OPERATOR(pg_catalog.>=) $2
                   AND (s.said_on OPERATOR(pg_catalog.+) 0) OPERATOR(pg_catalog.<=) $3
                   AND s.said_on OPERATOR(pg_catalog.>=) $2 AND s.said_on OPERATOR(pg_catalog.<=) $3
                   AND @extschema@.countries(s.source) OPERATOR(@extschema@.&&) cand
                OFFSET 0) x
         WHERE (x.source OPERATOR(@extschema@.@>) $1 OR x.j OPERATOR(pg_catalog.>) 0)
         ORDER BY x.said_on, x.id;
    ELSE
        keys := @extschema@.matrix_keys($4, $2, $3);
        RETURN QUERY
        SELECT x.id, x.said_on, x.n, x.j, round(x.j::numeric / nullif(x.n, 0), 3)
          FROM (SELECT s.id, s.said_on, s.source, @extschema@.cardinality(mp.m) AS n,
                       @extschema@.cardinality(@extschema@.speakers(s.source, s.said_on) OPERATOR(@extschema@.&) mp.m) AS j
                  FROM @extschema@.statement s
                 CROSS JOIN LATERAL (SELECT @extschema@.members($1, s.said_on) AS m OFFSET 0) mp
                 WHERE @extschema@.statement_keys(s.source, s.target, s.said_on, s.stance) OPERATOR(pg_catalog.&&) keys
                   AND s.said_on OPERATOR(pg_catalog.>=) $2 AND s.said_on OPERATOR(pg_catalog.<=) $3
                   AND @extschema@.countries(s.source) OPERATOR(@extschema@.&&) cand
                   AND @extschema@.stance_matches(s.stance, wcode)
                OFFSET 0) x
         WHERE (x.source OPERATOR(@extschema@.@>) $1 OR x.j OPERATOR(pg_catalog.>) 0)
         ORDER BY x.said_on, x.id;
    END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.cohesion(@extschema@.actor, date, date, text) IS
'for each statement between two dates that involves the bloc or any of its members: how many of its full members that day were parties to it (speakers(); an organisation such as the EU counts as itself), out of how many, and the share';

CREATE OR REPLACE FUNCTION @extschema@.timeseries(target @extschema@.actor, what text, from_date date, to_date date,
                                       bucket text DEFAULT 'month', zeros boolean DEFAULT true,
                                       include_own boolean DEFAULT false)
RETURNS TABLE (period date, statements bigint, speakers bigint)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
#variable_conflict use_column
DECLARE
    step interval;
    tset @extschema@.bloc;
    wcode bigint;
    c int;
    k0 int;
    k1 int;
    span_lo date := $3;
    span_hi date := $4;
    dlo date;
    dhi date;
BEGIN
    CASE $5
        WHEN 'day' THEN step := interval '1 day';
        WHEN 'week' THEN step := interval '7 days';
        WHEN 'month' THEN step := interval '1 month';
        WHEN 'quarter' THEN step := interval '3 months';
        WHEN 'year' THEN step := interval '1 year';
        ELSE RAISE EXCEPTION 'geopol.timeseries: unknown bucket "%"', $5
                 USING ERRCODE = '22023', HINT = 'The bucket is day, week, month, quarter or year.';
    END CASE;
    tset := @extschema@.search_set($1);
    -- an infinite or long span: only the days of the data (statement_days()),
    -- not every part of 1900-2155 (the answer is the same)
    IF (CASE WHEN pg_catalog.isfinite($3) AND pg_catalog.isfinite($4) THEN $4 OPERATOR(pg_catalog.-) $3 OPERATOR(pg_catalog.>) 731
             ELSE true END) THEN
        SELECT d.first_day, d.last_day INTO dlo, dhi FROM @extschema@.statement_days() d;
        IF dlo IS NULL THEN
            span_lo := 'infinity';
            span_hi := '-infinity';
        ELSE
            span_lo := greatest($3, dlo);
            span_hi := least($4, dhi);
        END IF;
    END IF;
    wcode := @extschema@.what_code($2);
    -- the span a part of a year at a time, c months (12, 6, 4, 3, 2 or 1)
    -- of at most 64 keys, as who() does (src/questions_who.c): the keys are
    -- by month, and the GIN index pays for many keys in its set-up
    -- (quadratic) and for every candidate; the parts numbered from January
    -- 1900 (the days before it count as its first, the days after 2155 as
    -- its last, as the keys fold them)
    c := (SELECT max(x) FROM (VALUES (1), (2), (3), (4), (6), (12)) v(x)
           WHERE x OPERATOR(pg_catalog.=) 1
              OR x OPERATOR(pg_catalog.*) pg_catalog.cardinality(@extschema@.target_keys(tset, $2, '2000-01-01', '2000-01-01'))
                 OPERATOR(pg_catalog.<=) 64);
    k0 := CASE WHEN NOT pg_catalog.isfinite(span_lo) AND span_lo OPERATOR(pg_catalog.<) '2000-01-01' THEN 0
               WHEN NOT pg_catalog.isfinite(span_lo) THEN 3071
               ELSE least(greatest((extract(year FROM span_lo)::int OPERATOR(pg_catalog.-) 1900) OPERATOR(pg_catalog.*) 12
                                   OPERATOR(pg_catalog.+) extract(month FROM span_lo)::int OPERATOR(pg_catalog.-) 1, 0), 3071) END
          OPERATOR(pg_catalog./) c;
    k1 := CASE WHEN NOT pg_catalog.isfinite(span_hi) AND span_hi OPERATOR(pg_catalog.<) '2000-01-01' THEN 0
               WHEN NOT pg_catalog.isfinite(span_hi) THEN 3071
               ELSE least(greatest((extract(year FROM span_hi)::int OPERATOR(pg_catalog.-) 1900) OPERATOR(pg_catalog.*) 12
                                   OPERATOR(pg_catalog.+) extract(month FROM span_hi)::int OPERATOR(pg_catalog.-) 1, 0), 3071) END
          OPERATOR(pg_catalog./) c;
    -- the statements and speakers of who(), counted per period: each
    -- statement's speakers as a bloc, merged per period (no row per speaker)
    RETURN QUERY
    WITH c AS (SELECT x.period, count(*) FILTER (WHERE @extschema@.cardinality(x.sp) OPERATOR(pg_catalog.>) 0) AS statements,
                      @extschema@.cardinality(@extschema@.union_agg(x.sp))::bigint AS speakers
                 FROM (SELECT date_trunc($5, s.said_on::timestamp)::date AS period,
                              CASE WHEN $7 THEN @extschema@.speakers(s.source, s.said_on)
                                   ELSE @extschema@.outside(@extschema@.speakers(s.source, s.said_on), $1) END AS sp
                         FROM (SELECT CASE WHEN g.k OPERATOR(pg_catalog.=) k0 THEN span_lo
                                           ELSE pg_catalog.make_date(1900 OPERATOR(pg_catalog.+) ((g.k OPERATOR(pg_catalog.*) c) OPERATOR(pg_catalog./) 12),
                                                                     g.k OPERATOR(pg_catalog.*) c OPERATOR(pg_catalog.%) 12 OPERATOR(pg_catalog.+) 1, 1) END AS lo,
                                      CASE WHEN g.k OPERATOR(pg_catalog.=) k1 THEN span_hi
                                           ELSE pg_catalog.make_date(1900 OPERATOR(pg_catalog.+) (((g.k OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.*) c) OPERATOR(pg_catalog./) 12),
                                                                     (g.k OPERATOR(pg_catalog.+) 1) OPERATOR(pg_catalog.*) c OPERATOR(pg_catalog.%) 12 OPERATOR(pg_catalog.+) 1, 1)
                                                OPERATOR(pg_catalog.-) 1 END AS hi
                                 FROM pg_catalog.generate_series(k0, k1) g(k)) b
                        CROSS JOIN LATERAL (
                              SELECT s.said_on, s.source
                                FROM @extschema@.statement s
                               WHERE @extschema@.statement_keys(s.source, s.target, s.said_on, s.stance) OPERATOR(pg_catalog.&&)
                                     @extschema@.target_keys(tset, $2, b.lo, b.hi)
                                 AND s.said_on OPERATOR(pg_catalog.>=) b.lo AND s.said_on OPERATOR(pg_catalog.<=) b.hi
                                 AND @extschema@.stance_matches(s.stance, wcode)
                                 AND @extschema@.concerns(s.target, s.said_on, $1)) s) x
                GROUP BY 1
               HAVING count(*) FILTER (WHERE @extschema@.cardinality(x.sp) OPERATOR(pg_catalog.>) 0) OPERATOR(pg_catalog.>) 0)
    SELECT g.period, coalesce(c.statements, 0), coalesce(c.speakers, 0)
      FROM (SELECT p::date AS period
              FROM (SELECT CASE WHEN isfinite($3) THEN date_trunc($5, $3::timestamp)
                                ELSE (SELECT min(c.period) FROM c WHERE isfinite(c.period))::timestamp END AS lo,
                           CASE WHEN isfinite($4) THEN date_trunc($5, $4::timestamp)
                                ELSE (SELECT max(c.period) FROM c WHERE isfinite(c.period))::timestamp END AS hi) b,
                   generate_series(b.lo, b.hi, step) p
             WHERE $6
            UNION
            SELECT c.period FROM c) g
      LEFT JOIN c ON c.period OPERATOR(pg_catalog.=) g.period
     ORDER BY 1;
END
$$;
COMMENT ON FUNCTION @extschema@.timeseries(@extschema@.actor, text, date, date, text, boolean, boolean) IS
'statements and distinct speakers taking the stance towards the target (as in who()), per period (bucket: day, week, month, quarter, year); every period of the span, empty ones as zeros, unless zeros is false (an infinite from_date or to_date: the zeros start or end at the first or last finite period with a statement; statements of an infinite day are a period of their own)';

-- first_time and last_time: the first (last) month whose candidates hold a
-- match, month by month from the first (last) month of the data, in one
-- query that stops at the first month with a match.  The candidates of a
-- month: the statements towards the target's country or its blocs that
-- month in a stance what can match (the month's T keys, a short posting
-- list each), then signed by the speaker's country or its blocs
CREATE OR REPLACE FUNCTION @extschema@.first_or_last(speaker @extschema@.actor, what text, target @extschema@.actor, last boolean)
RETURNS date
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
#variable_conflict use_column
DECLARE
    tset @extschema@.bloc := @extschema@.search_set($3);
    sset @extschema@.bloc := @extschema@.search_set($1);
    wcode bigint := @extschema@.what_code($2);
    lo date;
    hi date;
    n int;
    d date;
BEGIN
    -- the days of the data (statement_days())
    SELECT d.first_day, d.last_day INTO lo, hi FROM @extschema@.statement_days() d;
    IF lo IS NULL THEN
        RETURN NULL;
    END IF;
    lo := date_trunc('month', lo::timestamp)::date;
    hi := date_trunc('month', hi::timestamp)::date;
    n := ((extract(year FROM hi) OPERATOR(pg_catalog.-) extract(year FROM lo)) OPERATOR(pg_catalog.*) 12
          OPERATOR(pg_catalog.+) extract(month FROM hi) OPERATOR(pg_catalog.-) extract(month FROM lo))::int;
    SELECT m.d INTO d
      FROM pg_catalog.generate_series(0, n) g(i)
     CROSS JOIN LATERAL (SELECT (CASE WHEN $4 THEN hi OPERATOR(pg_catalog.-) pg_catalog.make_interval(months => g.i)
                                      ELSE lo OPERATOR(pg_catalog.+) pg_catalog.make_interval(months => g.i) END)::date AS a) b
     CROSS JOIN LATERAL (SELECT (b.a OPERATOR(pg_catalog.+) interval '1 month')::date AS z) e
     CROSS JOIN LATERAL (
           SELECT CASE WHEN $4 THEN max(s.said_on) ELSE min(s.said_on) END AS d
             FROM @extschema@.statement s
            WHERE @extschema@.statement_keys(s.source, s.target, s.said_on, s.stance) OPERATOR(pg_catalog.&&)
                  @extschema@.target_keys(tset, $2, b.a, e.z OPERATOR(pg_catalog.-) 1)
              AND @extschema@.countries(s.source) OPERATOR(@extschema@.&&) sset
              AND s.said_on OPERATOR(pg_catalog.>=) b.a AND s.said_on OPERATOR(pg_catalog.<) e.z
              AND @extschema@.stance_matches(s.stance, wcode)
              AND @extschema@.concerns(s.target, s.said_on, $3)
              AND @extschema@.spoke(s.source, s.said_on, $1)) m
     WHERE m.d IS NOT NULL
     LIMIT 1;                   -- the months in order (a nested loop over them): no sort
    RETURN d;
END
$$;
COMMENT ON FUNCTION @extschema@.first_or_last(@extschema@.actor, text, @extschema@.actor, boolean) IS
'the first (last = false) or last (last = true) day the speaker took the stance towards the target, by a month walk in SQL: what first_time() and last_time() call when some partition of geopol.statement is foreign (sharded), partitioned again or without its indexes, or row level security or column privileges apply';

-- first_time() and last_time() walk the same months in C, against each
-- partition's indexes (src/questions.c: no executor, no plan, only the
-- partitions of each month read); where a partition is foreign (a
-- coordinator of shards), is partitioned again or lacks its indexes, or row
-- level security or column privileges apply, they call first_or_last()
CREATE OR REPLACE FUNCTION @extschema@.first_time(speaker @extschema@.actor, what text, target @extschema@.actor)
RETURNS date
    AS 'MODULE_PATHNAME', 'geopol_first_time' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.first_time(@extschema@.actor, text, @extschema@.actor) IS
'the first day the speaker (or any part of it) took the stance towards the target, directly or as a party to a joint statement';

CREATE OR REPLACE FUNCTION @extschema@.last_time(speaker @extschema@.actor, what text, target @extschema@.actor)
RETURNS date
    AS 'MODULE_PATHNAME', 'geopol_last_time' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.last_time(@extschema@.actor, text, @extschema@.actor) IS
'the last day the speaker (or any part of it) took the stance towards the target';
