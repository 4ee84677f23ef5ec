-- 0.3: the coder's actors at the world's scale -----------------------
-- new name kinds: person (an office holder other than a head of state or
-- government, by term) and agent (a word for a sector: army -> MIL)
-- (the CHECK of the kinds and the comments of geopol.actor_name are made
-- by 12-trust.sql, which rebuilds actor_name as a view over
-- actor_name_builtin, actor_name_user and actor_name_hidden)
CREATE OR REPLACE FUNCTION @extschema@.lookup(name text, "on" date DEFAULT current_date)
RETURNS @extschema@.actor
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT n.actor
      FROM @extschema@.actor_name n
     WHERE lower(n.name) = lower(btrim($1))
       AND n.kind NOT IN ('role', 'agent')
       AND n.valid @> $2
     ORDER BY CASE n.kind WHEN 'name' THEN 0 WHEN 'official' THEN 1
                          WHEN 'alias' THEN 2 ELSE 3 END,
              n.builtin, n.actor
     LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@.lookup(text, date) IS
'the actor a name stands for on a date (default today), ignoring case; NULL when unknown (role meanings and agent words such as army are not actors). Example: lookup(''North Korea'') = PRK';


-- geopol.mentions(): the actors a text names, as the coder reads them
-- (OR REPLACE: the 0.1 -> 0.2 script is built from the current
-- sql/extract.sql and so already has it on that path)
CREATE OR REPLACE FUNCTION @extschema@.mentions(body text, published date DEFAULT NULL,
    OUT actor @extschema@.actor, OUT kind text, OUT span_start integer, OUT span_length integer,
    OUT words text)
RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'geopol_mentions' LANGUAGE C STABLE PARALLEL SAFE
    ROWS 10 COST 500;
COMMENT ON FUNCTION @extschema@.mentions(text, date) IS
'the actors a text names, in order, as geopol.extract() reads them (names valid on published; kind is the kind of name: name, adjective, capital, leader; substr(body, span_start, span_length) = words)';

