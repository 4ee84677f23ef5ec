-- ===================================================================
-- geopol.actor_name: names and aliases of actors, with validity dates
-- ===================================================================

-- The registry keeps the names geopol ships apart from the user's edits,
-- so that pg_dump/pg_restore and updates of geopol give back exactly the
-- names the user sees (README, "Editing the registry"):
--   actor_name_builtin  the names this release of geopol installs (not
--                       dumped; ALTER EXTENSION ... UPDATE replaces them)
--   actor_name_user     the names the user added or corrected (dumped)
--   actor_name_hidden   installed names the user deleted or corrected
--                       (dumped; they stay hidden after a restore or update)
--   actor_name          the view everyone reads and writes: installed names
--                       not hidden and not replaced by a user row with the
--                       same key, and the user's names.  INSERT, UPDATE and
--                       DELETE on it (and COPY into it) go to the tables above.
CREATE TABLE @extschema@.actor_name_builtin (
    actor   @extschema@.actor NOT NULL,
    name    text NOT NULL CHECK (name <> '' AND name = btrim(name)),
    kind    text NOT NULL
            CHECK (kind IN ('name', 'official', 'alias', 'role', 'capital',
                            'leader', 'person', 'adjective', 'agent')),
    valid   daterange NOT NULL CHECK (NOT isempty(valid)),
    source  text
);
CREATE UNIQUE INDEX actor_name_builtin_key
    ON @extschema@.actor_name_builtin (lower(name), actor, kind, valid);
CREATE INDEX actor_name_builtin_actor_idx ON @extschema@.actor_name_builtin (actor);
COMMENT ON TABLE @extschema@.actor_name_builtin IS
'the names this release of geopol installs (read them through geopol.actor_name; not dumped: CREATE EXTENSION and ALTER EXTENSION UPDATE write them)';

CREATE TABLE @extschema@.actor_name_user (
    actor   @extschema@.actor NOT NULL,
    name    text NOT NULL CONSTRAINT actor_name_name_check CHECK (name <> '' AND name = btrim(name)),
    kind    text NOT NULL CONSTRAINT actor_name_kind_check
            CHECK (kind IN ('name', 'official', 'alias', 'role', 'capital',
                            'leader', 'person', 'adjective', 'agent')),
    valid   daterange NOT NULL DEFAULT daterange(NULL, NULL)
            CONSTRAINT actor_name_valid_check CHECK (NOT isempty(valid)),
    source  text
);
CREATE UNIQUE INDEX actor_name_key
    ON @extschema@.actor_name_user (lower(name), actor, kind, valid);
CREATE INDEX actor_name_actor_idx ON @extschema@.actor_name_user (actor);
COMMENT ON TABLE @extschema@.actor_name_user IS
'the names users added, and their corrections of installed names (write them through geopol.actor_name; dumped)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.actor_name_user', '');

CREATE TABLE @extschema@.actor_name_hidden (
    actor   @extschema@.actor NOT NULL,
    name    text NOT NULL,
    kind    text NOT NULL,
    valid   daterange NOT NULL
);
CREATE UNIQUE INDEX actor_name_hidden_key
    ON @extschema@.actor_name_hidden (lower(name), actor, kind, valid);
COMMENT ON TABLE @extschema@.actor_name_hidden IS
'installed names that users deleted or corrected: hidden from geopol.actor_name, also after pg_restore and ALTER EXTENSION UPDATE (dumped; delete a row here to bring the installed name back)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.actor_name_hidden', '');

CREATE VIEW @extschema@.actor_name AS
SELECT b.actor, b.name, b.kind, b.valid, b.source, true AS builtin
  FROM @extschema@.actor_name_builtin b
 WHERE NOT EXISTS (SELECT FROM @extschema@.actor_name_hidden h
                    WHERE lower(h.name) = lower(b.name) AND h.actor = b.actor
                      AND h.kind = b.kind AND h.valid = b.valid)
   AND NOT EXISTS (SELECT FROM @extschema@.actor_name_user u
                    WHERE lower(u.name) = lower(b.name) AND u.actor = b.actor
                      AND u.kind = b.kind AND u.valid = b.valid)
UNION ALL
SELECT u.actor, u.name, u.kind, u.valid, u.source, false
  FROM @extschema@.actor_name_user u;
ALTER VIEW @extschema@.actor_name ALTER COLUMN valid SET DEFAULT daterange(NULL, NULL);
ALTER VIEW @extschema@.actor_name ALTER COLUMN builtin SET DEFAULT false;
GRANT SELECT ON @extschema@.actor_name TO PUBLIC;

COMMENT ON VIEW @extschema@.actor_name IS
'names people write for an actor, each valid on a range of dates; kind is name (the label), official, alias, role (meaning of a role code), capital, leader (a head of state or government, by term), person (another office holder, by term), adjective, or agent (a word for a sector such as army or police, coded as a role: MIL, COP); builtin rows ship with geopol, user rows and the user''s deletions and corrections of builtin rows survive pg_dump and updates';
COMMENT ON COLUMN @extschema@.actor_name.actor IS 'the actor the name stands for';
COMMENT ON COLUMN @extschema@.actor_name.name IS 'the name as written (lookups ignore case)';
COMMENT ON COLUMN @extschema@.actor_name.kind IS 'name | official | alias | role | capital | leader | person | adjective | agent';
COMMENT ON COLUMN @extschema@.actor_name.valid IS 'days on which the name refers to the actor (inclusive lower, exclusive upper)';
COMMENT ON COLUMN @extschema@.actor_name.source IS 'where the fact comes from';
COMMENT ON COLUMN @extschema@.actor_name.builtin IS 'true for rows installed by geopol; false for rows users add (an installed row a user updates becomes a user row)';

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
