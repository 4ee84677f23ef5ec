-- ===================================================================
-- geopol.actor_name: names and aliases of actors, with validity dates
-- ===================================================================

CREATE TABLE @extschema@.actor_name (
    actor   @extschema@.actor NOT NULL,
    name    text NOT NULL CHECK (name <> '' AND name = btrim(name)),
    kind    text NOT NULL CONSTRAINT actor_name_kind_check
            CHECK (kind IN ('name', 'official', 'alias', 'role', 'capital',
                            'leader', 'person', 'adjective', 'agent')),
    valid   daterange NOT NULL DEFAULT daterange(NULL, NULL)
            CHECK (NOT isempty(valid)),
    source  text,
    builtin boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX actor_name_key
    ON @extschema@.actor_name (lower(name), actor, kind, valid);
CREATE INDEX actor_name_actor_idx ON @extschema@.actor_name (actor);

COMMENT ON TABLE @extschema@.actor_name IS
'names people write for an actor, each valid on a range of dates; kind is name (the label), official, alias, role (meaning of a role code), capital, leader (a head of state or government, by term), person (another office holder, by term), adjective, or agent (a word for a sector such as army or police, coded as a role: MIL, COP); builtin rows ship with geopol, user rows survive pg_dump';
COMMENT ON COLUMN @extschema@.actor_name.actor IS 'the actor the name stands for';
COMMENT ON COLUMN @extschema@.actor_name.name IS 'the name as written (lookups ignore case)';
COMMENT ON COLUMN @extschema@.actor_name.kind IS 'name | official | alias | role | capital | leader | person | adjective | agent';
COMMENT ON COLUMN @extschema@.actor_name.valid IS 'days on which the name refers to the actor (inclusive lower, exclusive upper)';
COMMENT ON COLUMN @extschema@.actor_name.source IS 'where the fact comes from';
COMMENT ON COLUMN @extschema@.actor_name.builtin IS 'true for rows installed by geopol (not dumped); false for rows users add (dumped)';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.actor_name', 'WHERE NOT builtin');

CREATE FUNCTION @extschema@.lookup(name text, "on" date DEFAULT current_date)
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

CREATE FUNCTION @extschema@.label(@extschema@.actor, "on" date DEFAULT current_date)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    WITH own AS (
        SELECT n.name FROM @extschema@.actor_name n
         WHERE n.actor = $1 AND n.kind = 'name'
         ORDER BY (n.valid @> $2) DESC, upper(n.valid) DESC NULLS FIRST, n.builtin
         LIMIT 1
    )
    SELECT coalesce(
        (SELECT name FROM own),
        -- a role path: the label of its parent, then the meaning of each role
        CASE WHEN @extschema@.depth($1) > 1 THEN
            coalesce(@extschema@.label(@extschema@.parent($1), $2),
                     @extschema@.parent($1)::text)
            || ' ' ||
            coalesce((SELECT r.name FROM @extschema@.actor_name r
                       WHERE r.kind = 'role'
                         AND r.actor = @extschema@.role($1)::@extschema@.actor
                       ORDER BY r.builtin LIMIT 1),
                     @extschema@.role($1))
        END)
$$;
COMMENT ON FUNCTION @extschema@.label(@extschema@.actor, date) IS
'a human-readable name of an actor: label(''PRK'') = North Korea, label(''RUS.GOV.MIL'') = Russia government military; NULL when nothing is known';
