-- 0.3, names: the user's names of 0.2 that the rule on names
-- (geopol.actor_name_ok(), sql/actor_name_rule.sql) refuses, checked against
-- the lexicon of 0.3 (so after its builtin data): kept, with a WARNING.
DO $warn$
DECLARE
    bad text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.format('%s (%s, %s)', u.name, u.actor, u.kind), ', '
                                 ORDER BY u.name, u.kind)
      INTO bad
      FROM @extschema@.actor_name_user u
     WHERE NOT @extschema@.actor_name_ok(u.name, u.kind);
    IF bad IS NOT NULL THEN
        RAISE WARNING 'geopol.actor_name holds names of yours that would change what geopol.extract() codes: %', bad
            USING DETAIL = 'Each word of these names is a function word of the coder''s grammar or a word of geopol.lexicon; they are kept, but geopol 0.3 refuses new ones.',
                  HINT = 'Delete or rename them: DELETE FROM geopol.actor_name WHERE NOT builtin AND NOT geopol.actor_name_ok(name, kind).';
    END IF;
END
$warn$;
