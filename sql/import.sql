-- ===================================================================
-- loading event data sets (GDELT, ICEWS, POLECAT, Phoenix) and provenance
-- ===================================================================
-- A file is read into a staging table (the `geopol` client streams it
-- through COPY; SQL users use \copy or geopol.import_file()), then
-- geopol.import() converts the staged rows into statements in one statement:
-- rows it cannot convert go to geopol.import_reject with the reason and the
-- line number, the others are upserted on the natural key (dataset,
-- event_id, said_on), so that loading a file again changes nothing.
-- This file is also the 0.2 -> 0.3 upgrade fragment
-- (sql/upgrade-0.3/30-import.sql links to it): everything here must work on
-- a database that has 0.2's statement table.

-- provenance of imported statements ---------------------------------

ALTER TABLE @extschema@.statement
    ADD COLUMN dataset  text COLLATE "C",
    ADD COLUMN event_id text COLLATE "C",
    ADD COLUMN url      text,
    ADD COLUMN mentions integer CHECK (mentions >= 0),
    ADD CONSTRAINT statement_event_id_check CHECK ((dataset IS NULL) = (event_id IS NULL));
COMMENT ON COLUMN @extschema@.statement.dataset IS
'the data set an imported statement comes from (gdelt1, gdelt2, icews, polecat, phoenix, or a name given at import); NULL for statements coded by hand or by geopol.ingest()';
COMMENT ON COLUMN @extschema@.statement.event_id IS
'the data set''s own event id (GDELT GLOBALEVENTID, ICEWS Event ID, ...); with dataset and said_on the natural key of an imported statement';
COMMENT ON COLUMN @extschema@.statement.url IS
'the document the event was coded from, where the data set gives one (GDELT SOURCEURL, the first Phoenix URL, or the first GDELT mention)';
COMMENT ON COLUMN @extschema@.statement.mentions IS
'how many mentions the data set counts for the event (GDELT NumMentions, raised to the number of rows in geopol.mention when more are loaded; Phoenix: its URLs)';
COMMENT ON CONSTRAINT statement_event_id_check ON @extschema@.statement IS
'an imported statement has both a data set and an event id; other statements have neither';
-- The natural key of an imported statement: (dataset, event_id, said_on)
-- (ICEWS reuses an event id on another day).  It is a unique index of each
-- partition, not of geopol.statement itself: the partitioned parent holds
-- no index (sql/statement.sql), so that a partition can be a foreign table
-- on a shard server.  geopol.statement_default is the template:
-- geopol.create_statement_partition(s)() copy its indexes, this one too, to
-- every partition they make.  geopol.import() looks each event up through
-- the parent (on whatever partition, local or foreign, holds its day) and
-- inserts with ON CONFLICT DO NOTHING, which checks the key of the
-- partition the row goes to.
CREATE UNIQUE INDEX statement_default_event_key ON @extschema@.statement_default (dataset, event_id, said_on)
    WHERE dataset IS NOT NULL;
COMMENT ON INDEX @extschema@.statement_default_event_key IS
'one statement per event of a data set and day (copied to every partition geopol.create_statement_partition() makes): geopol.import() finds stored events by it, so loading a file again adds nothing';

-- the layouts of the files ---------------------------------------------

CREATE TABLE @extschema@.import_format (
    format      text PRIMARY KEY,
    dataset     text NOT NULL,
    columns     integer NOT NULL CHECK (columns > 0),
    min_columns integer NOT NULL CHECK (min_columns BETWEEN 1 AND columns),
    header      boolean NOT NULL,
    description text NOT NULL
);
COMMENT ON TABLE @extschema@.import_format IS
'the file formats geopol.import() reads: tab-separated, one event (or mention) a line';
COMMENT ON COLUMN @extschema@.import_format.dataset IS 'the default value of statement.dataset for rows of this format';
COMMENT ON COLUMN @extschema@.import_format.columns IS 'fields a line has';
COMMENT ON COLUMN @extschema@.import_format.min_columns IS 'fewest fields accepted (GDELT 1.0 backfiles have 57 of 58: no SOURCEURL); the missing ones are empty';
COMMENT ON COLUMN @extschema@.import_format.header IS 'the file starts with a header line naming the columns (columns are then found by name)';

CREATE TABLE @extschema@.import_column (
    format   text NOT NULL REFERENCES @extschema@.import_format,
    position integer NOT NULL CHECK (position > 0),
    name     text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_]*$'),
    header   text,
    used     boolean NOT NULL,
    PRIMARY KEY (format, position),
    UNIQUE (format, name)
);
COMMENT ON TABLE @extschema@.import_column IS
'the fields of each format in file order: the staging table''s column names, and which ones geopol.import() reads (the client sends only those)';
COMMENT ON COLUMN @extschema@.import_column.name IS 'the staging table''s column';
COMMENT ON COLUMN @extschema@.import_column.header IS 'the name in the file''s header line (formats with a header)';
COMMENT ON COLUMN @extschema@.import_column.used IS 'read by geopol.import()';
-- the layouts are part of the code (geopol.import_query() has one query per
-- format): installed, not edited, not dumped; everyone may read them, like
-- the registry
GRANT SELECT ON @extschema@.import_format, @extschema@.import_column TO PUBLIC;

INSERT INTO @extschema@.import_format VALUES
  ('gdelt1', 'gdelt1', 58, 57, false, 'GDELT 1.0 events: daily files (58 columns) and backfiles (57, without SOURCEURL)'),
  ('gdelt2', 'gdelt2', 61, 61, false, 'GDELT 2.0 events (the 15-minute export files, 61 columns)'),
  ('gdelt2-mentions', 'gdelt2', 16, 16, false, 'GDELT 2.0 mentions (16 columns): the documents that mention each event'),
  ('icews', 'icews', 20, 20, true, 'ICEWS coded event data (.tab files with a header line, 20 columns)'),
  ('polecat', 'polecat', 41, 41, true, 'POLECAT weekly files (PLOVER ontology; a header line, 41 columns or more)'),
  ('phoenix', 'phoenix', 26, 26, false, 'Phoenix real-time event data (OEDA, 26 columns)');

INSERT INTO @extschema@.import_column (format, position, name, used)
SELECT 'gdelt2', p, n, n IN ('globaleventid', 'sqldate', 'actor1code', 'actor2code', 'eventcode',
                             'nummentions', 'sourceurl')
  FROM unnest(ARRAY[
    'globaleventid', 'sqldate', 'monthyear', 'year', 'fractiondate',
    'actor1code', 'actor1name', 'actor1countrycode', 'actor1knowngroupcode', 'actor1ethniccode',
    'actor1religion1code', 'actor1religion2code', 'actor1type1code', 'actor1type2code', 'actor1type3code',
    'actor2code', 'actor2name', 'actor2countrycode', 'actor2knowngroupcode', 'actor2ethniccode',
    'actor2religion1code', 'actor2religion2code', 'actor2type1code', 'actor2type2code', 'actor2type3code',
    'isrootevent', 'eventcode', 'eventbasecode', 'eventrootcode', 'quadclass', 'goldsteinscale',
    'nummentions', 'numsources', 'numarticles', 'avgtone',
    'actor1geo_type', 'actor1geo_fullname', 'actor1geo_countrycode', 'actor1geo_adm1code',
    'actor1geo_adm2code', 'actor1geo_lat', 'actor1geo_long', 'actor1geo_featureid',
    'actor2geo_type', 'actor2geo_fullname', 'actor2geo_countrycode', 'actor2geo_adm1code',
    'actor2geo_adm2code', 'actor2geo_lat', 'actor2geo_long', 'actor2geo_featureid',
    'actiongeo_type', 'actiongeo_fullname', 'actiongeo_countrycode', 'actiongeo_adm1code',
    'actiongeo_adm2code', 'actiongeo_lat', 'actiongeo_long', 'actiongeo_featureid',
    'dateadded', 'sourceurl']) WITH ORDINALITY AS c(n, p);
-- GDELT 1.0: the same, but the geo blocks have no ADM2 code
INSERT INTO @extschema@.import_column (format, position, name, used)
SELECT 'gdelt1', row_number() OVER (ORDER BY c.position), c.name, c.used
  FROM @extschema@.import_column c
 WHERE c.format = 'gdelt2' AND c.name NOT LIKE '%geo\_adm2code';
INSERT INTO @extschema@.import_column (format, position, name, used)
SELECT 'gdelt2-mentions', p, n, n NOT IN ('mentiondoctranslationinfo', 'extras')
  FROM unnest(ARRAY[
    'globaleventid', 'eventtimedate', 'mentiontimedate', 'mentiontype', 'mentionsourcename',
    'mentionidentifier', 'sentenceid', 'actor1charoffset', 'actor2charoffset', 'actioncharoffset',
    'inrawtext', 'confidence', 'mentiondoclen', 'mentiondoctone', 'mentiondoctranslationinfo',
    'extras']) WITH ORDINALITY AS c(n, p);
INSERT INTO @extschema@.import_column (format, position, name, header, used)
SELECT 'icews', p, lower(replace(h, ' ', '_')), h,
       h IN ('Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country',
             'CAMEO Code', 'Target Name', 'Target Sectors', 'Target Country')
  FROM unnest(ARRAY[
    'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text',
    'CAMEO Code', 'Intensity', 'Target Name', 'Target Sectors', 'Target Country', 'Story ID',
    'Sentence Number', 'Publisher', 'City', 'District', 'Province', 'Country', 'Latitude',
    'Longitude']) WITH ORDINALITY AS c(h, p);
INSERT INTO @extschema@.import_column (format, position, name, header, used)
SELECT 'polecat', p, lower(replace(h, ' ', '_')), h,
       h IN ('Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Actor Name', 'Actor Country',
             'Primary Actor Sector', 'Recipient Name', 'Recipient Country',
             'Primary Recipient Sector')
  FROM unnest(ARRAY[
    'Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Intensity', 'Quad Code', 'Contexts',
    'Actor Name', 'Actor Country', 'Actor COW', 'Primary Actor Sector', 'Actor Sectors',
    'Actor Title', 'Actor Name Raw', 'Wikipedia Actor ID', 'Recipient Name', 'Recipient Country',
    'Recipient COW', 'Primary Recipient Sector', 'Recipient Sectors', 'Recipient Title',
    'Recipient Name Raw', 'Wikipedia Recipient ID', 'Placename', 'City', 'District', 'Province',
    'Country', 'Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename', 'Feature Type', 'Source',
    'Publication Date', 'Story People', 'Story Organizations', 'Story Locations', 'Language',
    'Version']) WITH ORDINALITY AS c(h, p);
INSERT INTO @extschema@.import_column (format, position, name, used)
SELECT 'phoenix', p, n, n IN ('eventid', 'date', 'sourceactorfull', 'targetactorfull', 'eventcode', 'urls')
  FROM unnest(ARRAY[
    'eventid', 'date', 'year', 'month', 'day', 'sourceactorfull', 'sourceactorentity',
    'sourceactorrole', 'sourceactorattribute', 'targetactorfull', 'targetactorentity',
    'targetactorrole', 'targetactorattribute', 'eventcode', 'eventrootcode', 'quadclass',
    'goldsteinscore', 'issues', 'lat', 'lon', 'locationname', 'statename', 'countrycode',
    'sentenceid', 'urls', 'newssources']) WITH ORDINALITY AS c(n, p);

-- sectors and PLOVER types -----------------------------------------------
-- Two small registries of the import, kept as the five of the name and
-- membership registry are (README, "Editing the registry"): the rows geopol
-- installs (X_builtin: not dumped, written by CREATE EXTENSION and replaced
-- by ALTER EXTENSION UPDATE from data/import-sectors.tsv and
-- data/plover-stances.tsv), the user's rows and corrections (X_user,
-- dumped), the installed rows the user deleted or corrected (X_hidden,
-- dumped), and the view everyone reads and writes; so a user's deletion or
-- correction of an installed row survives pg_dump/pg_restore and updates.

CREATE TABLE @extschema@.import_sector_builtin (
    sector        text NOT NULL CHECK (sector <> '' AND sector = btrim(sector)),
    role          text NOT NULL CHECK (role ~ '^[A-Z][A-Z0-9]{1,3}$'),
    rank          smallint NOT NULL,
    international boolean NOT NULL DEFAULT false,
    source        text
);
CREATE UNIQUE INDEX import_sector_builtin_key ON @extschema@.import_sector_builtin (lower(sector));
COMMENT ON TABLE @extschema@.import_sector_builtin IS
'the sectors this release of geopol installs (read them through geopol.import_sector; not dumped: CREATE EXTENSION and ALTER EXTENSION UPDATE write them)';
CREATE TABLE @extschema@.import_sector_user (
    sector        text NOT NULL CONSTRAINT import_sector_sector_check CHECK (sector <> '' AND sector = btrim(sector)),
    role          text NOT NULL CONSTRAINT import_sector_role_check CHECK (role ~ '^[A-Z][A-Z0-9]{1,3}$'),
    rank          smallint NOT NULL,
    international boolean NOT NULL DEFAULT false,
    source        text
);
CREATE UNIQUE INDEX import_sector_key ON @extschema@.import_sector_user (lower(sector));
COMMENT ON TABLE @extschema@.import_sector_user IS
'the sectors users added, and their corrections of installed ones (write them through geopol.import_sector; dumped)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_sector_user', '');
CREATE TABLE @extschema@.import_sector_hidden (
    sector        text NOT NULL
);
CREATE UNIQUE INDEX import_sector_hidden_key ON @extschema@.import_sector_hidden (lower(sector));
COMMENT ON TABLE @extschema@.import_sector_hidden IS
'installed sectors that users deleted or corrected: hidden from geopol.import_sector, also after pg_restore and ALTER EXTENSION UPDATE (dumped; delete a row here to bring the installed row back)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_sector_hidden', '');

CREATE VIEW @extschema@.import_sector AS
SELECT b.sector, b.role, b.rank, b.international, b.source, true AS builtin
  FROM @extschema@.import_sector_builtin b
 WHERE NOT EXISTS (SELECT FROM @extschema@.import_sector_hidden h WHERE lower(h.sector) = lower(b.sector))
   AND NOT EXISTS (SELECT FROM @extschema@.import_sector_user u WHERE lower(u.sector) = lower(b.sector))
UNION ALL
SELECT u.sector, u.role, u.rank, u.international, u.source, false
  FROM @extschema@.import_sector_user u;
ALTER VIEW @extschema@.import_sector ALTER COLUMN international SET DEFAULT false;
ALTER VIEW @extschema@.import_sector ALTER COLUMN builtin SET DEFAULT false;
GRANT SELECT ON @extschema@.import_sector TO PUBLIC;
COMMENT ON VIEW @extschema@.import_sector IS
'the sectors ICEWS and POLECAT give an actor (Military, Police, Executive, ...) as CAMEO roles: an actor of a country becomes the country''s sector path (BGD.GOV, IND.COP); of the sectors an actor has, the one of lowest rank is used; builtin rows ship with geopol, user rows and the user''s deletions and corrections of builtin rows survive pg_dump and updates';
COMMENT ON COLUMN @extschema@.import_sector.sector IS 'the sector as the data set writes it (compared ignoring case)';
COMMENT ON COLUMN @extschema@.import_sector.role IS 'the CAMEO role code (MIL, COP, GOV, ...), or for an international sector the CAMEO actor type (IGO, NGO, MNC, IMG)';
COMMENT ON COLUMN @extschema@.import_sector.rank IS 'lower ranks win: an actor in Military and Government is MIL';
COMMENT ON COLUMN @extschema@.import_sector.international IS 'a kind of international actor, used only for actors without a country (the UN rapporteur of an IGO is IGO)';
COMMENT ON COLUMN @extschema@.import_sector.source IS 'where the fact comes from';
COMMENT ON COLUMN @extschema@.import_sector.builtin IS 'true for rows installed by geopol; false for rows users add (an installed row a user updates becomes a user row)';

CREATE FUNCTION @extschema@.import_sector_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.builtin THEN
            INSERT INTO @extschema@.import_sector_hidden (sector) VALUES (OLD.sector) ON CONFLICT DO NOTHING;
        ELSE
            DELETE FROM @extschema@.import_sector_user u WHERE lower(u.sector) = lower(OLD.sector);
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
    ELSIF NEW.builtin THEN
        RAISE EXCEPTION 'rows of geopol.import_sector with builtin = true are installed by geopol'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Add your own rows with builtin = false (the default).';
    END IF;
    IF EXISTS (SELECT FROM @extschema@.import_sector_builtin b
                WHERE lower(b.sector) = lower(NEW.sector)
                  AND NOT EXISTS (SELECT FROM @extschema@.import_sector_hidden h
                                   WHERE lower(h.sector) = lower(b.sector))) THEN
        RAISE EXCEPTION 'duplicate key value violates unique constraint "import_sector_key"'
            USING ERRCODE = 'unique_violation',
                  DETAIL = format('Key (lower(sector))=(%s) already exists.', lower(NEW.sector)),
                  HINT = 'geopol installs this sector; UPDATE that row to change it.';
    END IF;
    INSERT INTO @extschema@.import_sector_user (sector, role, rank, international, source)
    VALUES (NEW.sector, NEW.role, NEW.rank, coalesce(NEW.international, false), NEW.source);
    NEW.builtin := false;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION @extschema@.import_sector_write() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.import_sector_write() IS
'trigger: INSERT, UPDATE and DELETE on the view geopol.import_sector (user rows to import_sector_user, installed rows hidden through import_sector_hidden)';
CREATE TRIGGER import_sector_write
    INSTEAD OF INSERT OR UPDATE OR DELETE ON @extschema@.import_sector
    FOR EACH ROW EXECUTE FUNCTION @extschema@.import_sector_write();
COMMENT ON TRIGGER import_sector_write ON @extschema@.import_sector IS
'writes to geopol.import_sector go to import_sector_user and import_sector_hidden';

CREATE TABLE @extschema@.plover_stance_builtin (
    event_type text NOT NULL CHECK (event_type ~ '^[A-Z]+$'),
    mode       text NOT NULL DEFAULT '',
    stance     @extschema@.stance NOT NULL,
    source     text,
    PRIMARY KEY (event_type, mode)
);
COMMENT ON TABLE @extschema@.plover_stance_builtin IS
'the PLOVER stances this release of geopol installs (read them through geopol.plover_stance; not dumped: CREATE EXTENSION and ALTER EXTENSION UPDATE write them)';
CREATE TABLE @extschema@.plover_stance_user (
    event_type text NOT NULL CONSTRAINT plover_stance_event_type_check CHECK (event_type ~ '^[A-Z]+$'),
    mode       text NOT NULL DEFAULT '',
    stance     @extschema@.stance NOT NULL,
    source     text,
    CONSTRAINT plover_stance_pkey PRIMARY KEY (event_type, mode)
);
COMMENT ON TABLE @extschema@.plover_stance_user IS
'the PLOVER stances users added, and their corrections of installed ones (write them through geopol.plover_stance; dumped)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.plover_stance_user', '');
CREATE TABLE @extschema@.plover_stance_hidden (
    event_type text NOT NULL,
    mode       text NOT NULL,
    PRIMARY KEY (event_type, mode)
);
COMMENT ON TABLE @extschema@.plover_stance_hidden IS
'installed PLOVER stances that users deleted or corrected: hidden from geopol.plover_stance, also after pg_restore and ALTER EXTENSION UPDATE (dumped; delete a row here to bring the installed row back)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.plover_stance_hidden', '');

CREATE VIEW @extschema@.plover_stance AS
SELECT b.event_type, b.mode, b.stance, b.source, true AS builtin
  FROM @extschema@.plover_stance_builtin b
 WHERE NOT EXISTS (SELECT FROM @extschema@.plover_stance_hidden h
                    WHERE h.event_type = b.event_type AND h.mode = b.mode)
   AND NOT EXISTS (SELECT FROM @extschema@.plover_stance_user u
                    WHERE u.event_type = b.event_type AND u.mode = b.mode)
UNION ALL
SELECT u.event_type, u.mode, u.stance, u.source, false
  FROM @extschema@.plover_stance_user u;
ALTER VIEW @extschema@.plover_stance ALTER COLUMN mode SET DEFAULT '';
ALTER VIEW @extschema@.plover_stance ALTER COLUMN builtin SET DEFAULT false;
GRANT SELECT ON @extschema@.plover_stance TO PUBLIC;
COMMENT ON VIEW @extschema@.plover_stance IS
'the stance a PLOVER event type (and mode) is imported as (POLECAT): the most general CAMEO code of that type and mode in the CAMEO-to-PLOVER crosswalk; an unknown mode falls back to the type''s row with mode ''''; builtin rows ship with geopol, user rows and the user''s deletions and corrections of builtin rows survive pg_dump and updates';
COMMENT ON COLUMN @extschema@.plover_stance.event_type IS 'the PLOVER event type (upper case: ACCUSE, SANCTION)';
COMMENT ON COLUMN @extschema@.plover_stance.mode IS 'the PLOVER mode (lower case), '''' for the type alone';
COMMENT ON COLUMN @extschema@.plover_stance.stance IS 'the stance statements of that type and mode are imported with';
COMMENT ON COLUMN @extschema@.plover_stance.source IS 'where the fact comes from';
COMMENT ON COLUMN @extschema@.plover_stance.builtin IS 'true for rows installed by geopol; false for rows users add (an installed row a user updates becomes a user row)';

CREATE FUNCTION @extschema@.plover_stance_write() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.builtin THEN
            INSERT INTO @extschema@.plover_stance_hidden (event_type, mode)
            VALUES (OLD.event_type, OLD.mode) ON CONFLICT DO NOTHING;
        ELSE
            DELETE FROM @extschema@.plover_stance_user u
             WHERE u.event_type = OLD.event_type AND u.mode = OLD.mode;
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
    ELSIF NEW.builtin THEN
        RAISE EXCEPTION 'rows of geopol.plover_stance with builtin = true are installed by geopol'
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Add your own rows with builtin = false (the default).';
    END IF;
    IF EXISTS (SELECT FROM @extschema@.plover_stance_builtin b
                WHERE b.event_type = NEW.event_type AND b.mode = coalesce(NEW.mode, '')
                  AND NOT EXISTS (SELECT FROM @extschema@.plover_stance_hidden h
                                   WHERE h.event_type = b.event_type AND h.mode = b.mode)) THEN
        RAISE EXCEPTION 'duplicate key value violates unique constraint "plover_stance_pkey"'
            USING ERRCODE = 'unique_violation',
                  DETAIL = format('Key (event_type, mode)=(%s, %s) already exists.', NEW.event_type, NEW.mode),
                  HINT = 'geopol installs this event type and mode; UPDATE that row to change it.';
    END IF;
    INSERT INTO @extschema@.plover_stance_user (event_type, mode, stance, source)
    VALUES (NEW.event_type, coalesce(NEW.mode, ''), NEW.stance, NEW.source);
    NEW.builtin := false;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION @extschema@.plover_stance_write() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.plover_stance_write() IS
'trigger: INSERT, UPDATE and DELETE on the view geopol.plover_stance (user rows to plover_stance_user, installed rows hidden through plover_stance_hidden)';
CREATE TRIGGER plover_stance_write
    INSTEAD OF INSERT OR UPDATE OR DELETE ON @extschema@.plover_stance
    FOR EACH ROW EXECUTE FUNCTION @extschema@.plover_stance_write();
COMMENT ON TRIGGER plover_stance_write ON @extschema@.plover_stance IS
'writes to geopol.plover_stance go to plover_stance_user and plover_stance_hidden';

-- (their installed rows: data/import-sectors.tsv, data/plover-stances.tsv,
-- through data/tsv2sql.awk after the SQL sources)

-- what a load leaves behind -----------------------------------------------

CREATE TABLE @extschema@.import_reject (
    id          bigserial PRIMARY KEY,
    dataset     text NOT NULL,
    file        text NOT NULL,
    line        bigint,
    event_id    text,
    reason      text NOT NULL,
    raw         text,
    rejected_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_reject_file_idx ON @extschema@.import_reject (dataset, file);
COMMENT ON TABLE @extschema@.import_reject IS
'the rows of imported files that could not be converted, with the reason; loading a file again replaces its rows here';
COMMENT ON COLUMN @extschema@.import_reject.file IS 'the file''s name as given at import (the client uses the base name; - is standard input)';
COMMENT ON COLUMN @extschema@.import_reject.line IS 'the line in the file (1 is the first line, a header line included)';
COMMENT ON COLUMN @extschema@.import_reject.event_id IS 'the data set''s event id, when the line has one';
COMMENT ON COLUMN @extschema@.import_reject.reason IS 'why the row was not converted';
COMMENT ON COLUMN @extschema@.import_reject.raw IS 'the line (rejected before conversion: wrong column count, invalid UTF-8), or the fields geopol read from it, tab-separated';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_reject', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_reject_id_seq', '');

CREATE TABLE @extschema@.import_log (
    id        bigserial PRIMARY KEY,
    dataset   text NOT NULL,
    format    text NOT NULL,
    file      text NOT NULL,
    bytes     bigint,
    lines     bigint NOT NULL,
    stored    bigint NOT NULL,
    updated   bigint NOT NULL,
    unchanged bigint NOT NULL,
    rejected  bigint NOT NULL,
    attached  bigint NOT NULL,
    started   timestamptz NOT NULL,
    finished  timestamptz NOT NULL
);
CREATE INDEX import_log_file_idx ON @extschema@.import_log (dataset, file);
COMMENT ON TABLE @extschema@.import_log IS
'one row per file loaded by geopol.import(), committed with its statements: the client skips a file already loaded (same data set, name and size) unless told to load it again';
COMMENT ON COLUMN @extschema@.import_log.lines IS 'rows read (a header line not counted)';
COMMENT ON COLUMN @extschema@.import_log.stored IS 'new rows (statements, or mentions)';
COMMENT ON COLUMN @extschema@.import_log.updated IS 'rows already stored that the file changed';
COMMENT ON COLUMN @extschema@.import_log.unchanged IS 'rows already stored as the file has them';
COMMENT ON COLUMN @extschema@.import_log.rejected IS 'rows recorded in geopol.import_reject';
COMMENT ON COLUMN @extschema@.import_log.attached IS 'GDELT mentions: statements whose mention count or url the file changed';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_log', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_log_id_seq', '');

CREATE TABLE @extschema@.mention (
    dataset       text COLLATE "C" NOT NULL,
    event_id      text COLLATE "C" NOT NULL,
    url           text NOT NULL,
    sentence      integer NOT NULL,
    actor1_offset integer NOT NULL,
    actor2_offset integer NOT NULL,
    action_offset integer NOT NULL,
    event_at      timestamptz,
    mentioned_at  timestamptz,
    mention_type  smallint,
    source_name   text,
    in_raw_text   boolean,
    confidence    smallint CHECK (confidence BETWEEN 0 AND 100),
    doc_length    integer,
    doc_tone      real,
    PRIMARY KEY (dataset, event_id, url, sentence, actor1_offset, actor2_offset, action_offset)
);
COMMENT ON TABLE @extschema@.mention IS
'GDELT 2.0 mentions: each document that mentions an event (join to geopol.statement on dataset and event_id); a mention of an event not loaded yet is kept and counted when the event comes';
COMMENT ON COLUMN @extschema@.mention.url IS 'the document (MentionIdentifier: a url for web documents)';
COMMENT ON COLUMN @extschema@.mention.sentence IS 'the sentence of the document that mentions the event (SentenceID)';
COMMENT ON COLUMN @extschema@.mention.event_at IS 'when the event was first seen (EventTimeDate, UTC)';
COMMENT ON COLUMN @extschema@.mention.mentioned_at IS 'when this mention was seen (MentionTimeDate, UTC)';
COMMENT ON COLUMN @extschema@.mention.mention_type IS 'GDELT MentionType: 1 web, 2 citation only, 3 core, 4 DTIC, 5 JSTOR, 6 non-textual';
COMMENT ON COLUMN @extschema@.mention.confidence IS 'GDELT''s confidence in the extraction, percent';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.mention', '');

-- conversion helpers ---------------------------------------------------------

-- which characters the database's encoding lacks (for the geopol client's
-- check of each line before COPY, in a database not in UTF-8)
CREATE FUNCTION @extschema@.unencodable()
RETURNS bytea
    AS 'MODULE_PATHNAME', 'geopol_unencodable' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.unencodable() IS
'the Unicode characters the database''s encoding cannot hold, by the server''s own conversion from UTF-8 (the one COPY makes): a bitmap of 139,264 bytes, bit cp % 8 of byte cp / 8 set for code point cp (U+0000..U+10FFFF; surrogates set); NULL in a UTF-8 or SQL_ASCII database. The geopol client checks the lines of a file with it before COPY, so that such a character makes its row a reject';

CREATE FUNCTION @extschema@.import_digits(text)
RETURNS integer
    AS 'MODULE_PATHNAME', 'geopol_import_digits' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_digits(text) IS
'the length of a text of ASCII digits only (0 for ''''), NULL when it has another character: how geopol.import() checks a number field of every row (GLOBALEVENTID, NumMentions) at a fraction of a regular expression''s cost';

-- (those that catch a refused literal in an EXCEPTION block start a
-- subtransaction, which parallel mode forbids: PARALLEL UNSAFE)

CREATE FUNCTION @extschema@.import_actors(codes text[], OUT code text, OUT actor @extschema@.actor, OUT error text)
RETURNS SETOF record
LANGUAGE plpgsql STABLE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    d text;
BEGIN
    FOREACH code IN ARRAY codes LOOP
        CONTINUE WHEN code IS NULL OR code = '';
        actor := NULL;
        error := NULL;
        IF code ~ '[a-z]' THEN
            -- CAMEO writes ethnic groups in lower case (ran, hni, idgCOP)
            error := format('%L is a CAMEO ethnic group code (lower case), not an actor', code);
        ELSE
            BEGIN
                actor := @extschema@.canonical(code::@extschema@.actor);
            EXCEPTION WHEN invalid_text_representation THEN
                GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
                error := format('%L is not an actor code%s', code, coalesce(': ' || nullif(d, ''), ''));
            END;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.import_actors(text[]) IS
'for each CAMEO actor code (GDELT, Phoenix: USAGOV, IGOWSTNAT) the geopol actor (through geopol.canonical()), or why it is none';

CREATE FUNCTION @extschema@.import_stances(codes text[], OUT code text, OUT stance @extschema@.stance, OUT error text)
RETURNS SETOF record
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    FOREACH code IN ARRAY codes LOOP
        CONTINUE WHEN code IS NULL;
        stance := NULL;
        error := NULL;
        IF code !~ '^[0-9]{2,4}$' THEN
            error := format('%L is not a CAMEO event code', code);
        ELSE
            BEGIN
                stance := code::@extschema@.stance;
            EXCEPTION WHEN invalid_text_representation THEN
                error := format('%L is not a CAMEO event code', code);
            END;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.import_stances(text[]) IS
'for each CAMEO event code (010, 111, 1123) the stance, or why it is none';

CREATE FUNCTION @extschema@.import_days(vals text[], OUT val text, OUT day date, OUT error text)
RETURNS SETOF record
LANGUAGE plpgsql STABLE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
SET datestyle = 'ISO, MDY'
AS $$
BEGIN
    FOREACH val IN ARRAY vals LOOP
        CONTINUE WHEN val IS NULL;
        day := NULL;
        error := NULL;
        IF val !~ '^([0-9]{8}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4})$' THEN
            error := format('%L is not a date', val);
        ELSE
            BEGIN
                day := val::date;
            EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
                error := format('%L is not a date', val);
            END;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.import_days(text[]) IS
'for each date as data sets write them (20150218, 2018-06-01, 12/1/2017) the date, or why it is none';

CREATE FUNCTION @extschema@.import_times(vals text[], OUT val text, OUT at timestamptz, OUT error text)
RETURNS SETOF record
LANGUAGE plpgsql STABLE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    FOREACH val IN ARRAY vals LOOP
        CONTINUE WHEN val IS NULL;
        at := NULL;
        error := NULL;
        IF val !~ '^[0-9]{14}$' THEN
            error := format('%L is not a time (YYYYMMDDHHMMSS)', val);
        ELSE
            BEGIN
                at := (substr(val, 1, 8) || 'T' || substr(val, 9))::timestamp AT TIME ZONE 'UTC';
            EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
                error := format('%L is not a time (YYYYMMDDHHMMSS)', val);
            END;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.import_times(text[]) IS
'for each GDELT time (20150218230000, UTC) the timestamp, or why it is none';

CREATE FUNCTION @extschema@.import_name(name text, "on" date)
RETURNS @extschema@.actor
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    -- the name on that day; else the actor it named nearest to that day:
    -- data sets keep a name after a rename (ICEWS writes Swaziland in 2019)
    SELECT coalesce(
        @extschema@.lookup($1, $2),
        (SELECT n.actor
           FROM @extschema@.actor_name n
          WHERE lower(n.name) = lower(btrim($1))
            AND n.kind NOT IN ('role', 'agent')
          ORDER BY CASE WHEN upper(n.valid) <= $2 THEN $2 - upper(n.valid)
                        WHEN lower(n.valid) > $2 THEN lower(n.valid) - $2
                        ELSE 0 END,
                   CASE n.kind WHEN 'name' THEN 0 WHEN 'official' THEN 1
                               WHEN 'alias' THEN 2 ELSE 3 END,
                   n.builtin, n.actor
          LIMIT 1))
$$;
COMMENT ON FUNCTION @extschema@.import_name(text, date) IS
'the actor a name in a data set stands for: geopol.lookup() on the day, else the actor the name stood for nearest to that day (names kept after a rename: Swaziland in 2019 is SWZ)';

CREATE FUNCTION @extschema@.import_role(sectors text[], international boolean DEFAULT false)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT s.role
      FROM @extschema@.import_sector s
     WHERE lower(s.sector) = ANY (SELECT lower(btrim(x)) FROM unnest($1) x)
       AND s.international = $2
     ORDER BY s.rank, s.role
     LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@.import_role(text[], boolean) IS
'the CAMEO role of the lowest-ranked known sector of a list (geopol.import_sector), or with international the kind of international actor; NULL when none is known';

CREATE FUNCTION @extschema@.import_party(name text, sectors text[], country text, "on" date,
                                         OUT actor @extschema@.actor, OUT error text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    c @extschema@.actor;
    role text;
    inner_name text;
BEGIN
    name := nullif(btrim(name), '');
    country := nullif(btrim(country), '');
    IF country IN ('NA', 'None') THEN
        country := NULL;
    END IF;
    IF country IS NOT NULL THEN
        -- a country code (POLECAT) or a country name (ICEWS)
        IF country ~ '^[A-Z]{3}$' AND EXISTS (SELECT 1 FROM @extschema@.actor_name n
                                                WHERE n.actor = country::@extschema@.actor
                                                  AND n.kind = 'name') THEN
            c := country::@extschema@.actor;
        ELSE
            c := @extschema@.import_name(country, "on");
        END IF;
        IF c IS NULL THEN
            error := format('unknown country %L', country);
            RETURN;
        END IF;
        IF name IS NOT NULL AND (lower(name) = lower(country)
                                 OR @extschema@.import_name(name, "on") = c) THEN
            actor := c;
            RETURN;
        END IF;
        role := @extschema@.import_role(sectors);
        actor := CASE WHEN role IS NULL THEN c
                      ELSE (c::text || '.' || role)::@extschema@.actor END;
        RETURN;
    END IF;
    IF name IS NULL THEN
        error := 'no actor (name and country are empty)';
        RETURN;
    END IF;
    -- no country: an organisation, a region, a bloc by its name ...
    actor := @extschema@.import_name(name, "on");
    IF actor IS NOT NULL THEN
        RETURN;
    END IF;
    -- ... or a role of one: "Ministry (European Union)", "Citizen (Africa)"
    inner_name := substring(name FROM '\(([^()]+)\)\s*$');
    IF inner_name IS NOT NULL THEN
        c := @extschema@.import_name(inner_name, "on");
        IF c IS NOT NULL THEN
            role := @extschema@.import_role(sectors);
            actor := CASE WHEN role IS NULL THEN c
                          ELSE (c::text || '.' || role)::@extschema@.actor END;
            RETURN;
        END IF;
    END IF;
    -- an international actor known by its kind (IGO, NGO, MNC, IMG), or a
    -- sector without a country (a role-only path such as COP)
    role := coalesce(@extschema@.import_role(sectors, true), @extschema@.import_role(sectors));
    IF role IS NOT NULL THEN
        actor := role::@extschema@.actor;
        RETURN;
    END IF;
    error := format('unknown actor %L (no country, no known sector)', name);
END
$$;
COMMENT ON FUNCTION @extschema@.import_party(text, text[], text, date) IS
'the actor for a named actor of ICEWS or POLECAT (name, sectors, country on a day): the country with the role of its sectors (Foreign Affairs (Bangladesh) = BGD.GOV), an organisation by its name (European Union = EU), a role of a named organisation or region, a kind of international actor (IGO), or why there is none';

-- staging ------------------------------------------------------------------

CREATE FUNCTION @extschema@.import_stage(format text, client boolean DEFAULT false)
RETURNS regclass
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @extschema@, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    rel text;
    cols text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM @extschema@.import_format f WHERE f.format = $1) THEN
        RAISE EXCEPTION 'unknown import format "%"', $1
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Formats: ' || (SELECT string_agg(f.format, ', ' ORDER BY f.format)
                                           FROM @extschema@.import_format f) || '.';
    END IF;
    IF NOT $2 THEN
        -- the file's lines as they come: COPY evaluates the default row by
        -- row in file order, so line is the line number whatever the pages
        -- the rows land on
        DROP TABLE IF EXISTS pg_temp.geopol_import_lines;
        DROP SEQUENCE IF EXISTS pg_temp.geopol_import_line;
        CREATE TEMP SEQUENCE geopol_import_line;
        CREATE TEMP TABLE geopol_import_lines (
            raw text, line bigint NOT NULL DEFAULT pg_catalog.nextval('pg_temp.geopol_import_line'));
        RETURN 'pg_temp.geopol_import_lines'::regclass;
    END IF;
    rel := 'geopol_load_' || replace($1, '-', '_');
    SELECT string_agg(pg_catalog.format('%I text', c.name), ', ' ORDER BY c.position) INTO cols
      FROM @extschema@.import_column c
     WHERE c.format = $1 AND c.used;
    EXECUTE pg_catalog.format('DROP TABLE IF EXISTS pg_temp.%I', rel);
    EXECUTE pg_catalog.format('CREATE TEMP TABLE %I (line bigint NOT NULL, %s, error text, raw text)', rel, cols);
    RETURN pg_catalog.format('pg_temp.%I', rel)::regclass;
END
$$;
COMMENT ON FUNCTION @extschema@.import_stage(text, boolean) IS
'creates (again) a temporary staging table for a file of that format and returns it: pg_temp.geopol_import_lines (raw, line), filled with \copy pg_temp.geopol_import_lines (raw) FROM ''file'' WITH (FORMAT csv, DELIMITER E''\x02'', QUOTE E''\x01''), each line numbered in file order; with client, pg_temp.geopol_load_<format>: the line number, the fields geopol.import() reads, and error and raw for lines the client refused (what the geopol client streams)';

-- a staged file's lines, split into the fields and checked like the client
-- does: the number of columns (by the header, for formats with one)
CREATE FUNCTION @extschema@.import_split(format text, lines regclass)
RETURNS regclass
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @extschema@, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    f @extschema@.import_format;
    stage regclass;
    ncols integer;
    fields text;
    hdr text[];
    pos integer[];
BEGIN
    SELECT * INTO f FROM @extschema@.import_format x WHERE x.format = $1;
    stage := @extschema@.import_stage(f.format, true);
    SELECT array_agg(c.position ORDER BY c.position) INTO pos
      FROM @extschema@.import_column c WHERE c.format = f.format AND c.used;
    IF f.header THEN
        -- the columns by the names in the header line
        EXECUTE pg_catalog.format(
            'SELECT string_to_array(regexp_replace(regexp_replace(l.raw, ''\r$'', ''''), ''^\uFEFF'', ''''), E''\t'')
               FROM %s l ORDER BY l.line LIMIT 1', $2) INTO hdr;
        SELECT array_agg(array_position(hdr, c.header) ORDER BY c.position) INTO pos
          FROM @extschema@.import_column c WHERE c.format = f.format AND c.used;
        IF hdr IS NULL OR array_position(pos, NULL) IS NOT NULL THEN
            RAISE EXCEPTION 'the file is not in the % format: its first line is not a header with the columns %',
                f.format, (SELECT string_agg(c.header, ', ' ORDER BY c.position)
                             FROM @extschema@.import_column c WHERE c.format = f.format AND c.used)
                USING ERRCODE = 'bad_copy_file_format';
        END IF;
        ncols := cardinality(hdr);
    END IF;
    SELECT string_agg(pg_catalog.format('CASE WHEN c.n BETWEEN %s AND %s THEN a.f[%s] END',
                                        coalesce(ncols, f.min_columns), coalesce(ncols, f.columns), p),
                      ', ' ORDER BY o)
      INTO fields FROM unnest(pos) WITH ORDINALITY AS u(p, o);
    EXECUTE pg_catalog.format($q$
INSERT INTO %1$s
SELECT l.line, %2$s,
       CASE WHEN c.n NOT BETWEEN %3$s AND %4$s THEN
            pg_catalog.format('%%s columns, expected %%s', c.n, %5$L) END,
       CASE WHEN c.n NOT BETWEEN %3$s AND %4$s THEN l.raw END
  FROM (SELECT x.line, regexp_replace(x.raw, '\r$', '') AS raw FROM %7$s x
         WHERE x.raw IS NOT NULL AND x.raw <> '') l,
       LATERAL (SELECT string_to_array(l.raw, E'\t') AS f OFFSET 0) a,
       LATERAL (SELECT cardinality(a.f) AS n OFFSET 0) c
 WHERE l.line > %6$s$q$,
        stage, fields, coalesce(ncols, f.min_columns), coalesce(ncols, f.columns),
        CASE WHEN ncols IS NOT NULL THEN ncols::text
             WHEN f.min_columns = f.columns THEN f.columns::text
             ELSE f.min_columns || ' or ' || f.columns END,
        -- the header is the first line
        CASE WHEN f.header THEN (pg_catalog.format('(SELECT min(y.line) FROM %s y)', $2)) ELSE '0' END,
        $2);
    RETURN stage;
END
$$;
COMMENT ON FUNCTION @extschema@.import_split(text, regclass) IS
'splits the lines of a staged file (geopol.import_stage(format)) into the fields geopol.import() reads, refusing a line whose column count is wrong (a reject with the reason), as the geopol client does: used by geopol.import()';

-- one query per format: the staged rows converted, or the reason why not ----

-- Statement formats return: line, event_id, said_on, source, stance, target,
-- url, mentions, reason, raw; gdelt2-mentions returns the mention's columns.
-- The inner query (OFFSET 0: computed once) converts each row; the outer one
-- joins the fields into raw for rejected rows only.
CREATE FUNCTION @extschema@.import_query(format text, stage regclass, line text, rejects boolean DEFAULT false)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    has_error boolean;
    q text;
    outcols text;
    fields text;
    rawf text;
    filter text := '';
BEGIN
    has_error := EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                          WHERE a.attrelid = stage AND a.attname = 'error' AND NOT a.attisdropped);
    SELECT string_agg(pg_catalog.format('s.%I AS %I', c.name, 'f_' || c.name), ', ' ORDER BY c.position),
           string_agg(pg_catalog.format('x.%I', 'f_' || c.name), ', ' ORDER BY c.position)
      INTO fields, rawf
      FROM @extschema@.import_column c WHERE c.format = $1 AND c.used;
    outcols := 'x.line, x.event_id, x.said_on, x.source, x.stance, x.target, x.url, x.mentions, x.reason';
    IF format IN ('gdelt1', 'gdelt2') THEN
        q := $q$
SELECT %1$s AS line, s.globaleventid AS event_id, d.day AS said_on,
       @extschema@.bloc(a1.actor) AS source, st.stance,
       CASE WHEN coalesce(s.actor2code, '') = '' THEN '{}'::@extschema@.bloc
            ELSE @extschema@.bloc(a2.actor) END AS target,
       nullif(s.sourceurl, '') AS url,
       CASE WHEN @extschema@.import_digits(s.nummentions) BETWEEN 1 AND 9 THEN s.nummentions::integer END AS mentions,
       CASE WHEN %2$s IS NOT NULL THEN %2$s
            WHEN coalesce(@extschema@.import_digits(s.globaleventid), 0) = 0 THEN pg_catalog.format('GLOBALEVENTID %%L is not a number', s.globaleventid)
            WHEN d.error IS NOT NULL THEN 'SQLDATE: ' || d.error
            WHEN d.day IS NULL THEN 'SQLDATE is empty'
            WHEN coalesce(s.actor1code, '') = '' THEN 'no source actor (Actor1Code is empty)'
            WHEN a1.error IS NOT NULL THEN 'Actor1Code: ' || a1.error
            WHEN a2.error IS NOT NULL THEN 'Actor2Code: ' || a2.error
            WHEN st.error IS NOT NULL THEN 'EventCode: ' || st.error
            WHEN st.stance IS NULL THEN 'EventCode is empty'
            WHEN coalesce(@extschema@.import_digits(coalesce(s.nummentions, '')), 10) > 9 THEN pg_catalog.format('NumMentions %%L is not a count', s.nummentions)
       END AS reason,
       %3$s AS raw0, %5$s
  FROM %4$s s
  LEFT JOIN pg_temp.geopol_import_day d ON d.val = s.sqldate
  LEFT JOIN pg_temp.geopol_import_actor a1 ON a1.code = s.actor1code
  LEFT JOIN pg_temp.geopol_import_actor a2 ON a2.code = s.actor2code
  LEFT JOIN pg_temp.geopol_import_stance st ON st.code = s.eventcode%6$s$q$;
        IF rejects THEN
            -- only the rows that may be rejects: those with a value that
            -- is not among the good ones of the code tables (hashed
            -- subplans), or a bad number; the others have no reason, so
            -- they need no join (exactly the rows whose reason is set)
            filter := pg_catalog.format($f$
 WHERE %1$s IS NOT NULL
    OR s.sqldate IS NULL
    OR s.sqldate NOT IN (SELECT d.val FROM pg_temp.geopol_import_day d WHERE d.day IS NOT NULL AND d.error IS NULL)
    OR s.actor1code IS NULL
    OR s.actor1code NOT IN (SELECT a.code FROM pg_temp.geopol_import_actor a WHERE a.actor IS NOT NULL AND a.error IS NULL)
    OR (coalesce(s.actor2code, '') <> ''
        AND s.actor2code NOT IN (SELECT a.code FROM pg_temp.geopol_import_actor a WHERE a.actor IS NOT NULL AND a.error IS NULL))
    OR s.eventcode IS NULL
    OR s.eventcode NOT IN (SELECT c.code FROM pg_temp.geopol_import_stance c WHERE c.stance IS NOT NULL AND c.error IS NULL)
    OR coalesce(@extschema@.import_digits(s.globaleventid), 0) = 0
    OR coalesce(@extschema@.import_digits(coalesce(s.nummentions, '')), 10) > 9$f$,
                CASE WHEN has_error THEN 's.error' ELSE 'NULL::text' END);
        END IF;
    ELSIF format = 'phoenix' THEN
        q := $q$
SELECT %1$s AS line, s.eventid AS event_id, d.day AS said_on,
       @extschema@.bloc(a1.actor) AS source, st.stance,
       CASE WHEN coalesce(s.targetactorfull, '') = '' THEN '{}'::@extschema@.bloc
            ELSE @extschema@.bloc(a2.actor) END AS target,
       nullif(btrim(split_part(s.urls, ';', 1)), '') AS url,
       CASE WHEN coalesce(s.urls, '') <> '' THEN cardinality(string_to_array(s.urls, ';')) END AS mentions,
       CASE WHEN %2$s IS NOT NULL THEN %2$s
            WHEN coalesce(s.eventid, '') = '' THEN 'EventID is empty'
            WHEN d.error IS NOT NULL THEN 'Date: ' || d.error
            WHEN d.day IS NULL THEN 'Date is empty'
            WHEN coalesce(s.sourceactorfull, '') = '' THEN 'no source actor (SourceActorFull is empty)'
            WHEN a1.error IS NOT NULL THEN 'SourceActorFull: ' || a1.error
            WHEN a2.error IS NOT NULL THEN 'TargetActorFull: ' || a2.error
            WHEN st.error IS NOT NULL THEN 'EventCode: ' || st.error
            WHEN st.stance IS NULL THEN 'EventCode is empty'
       END AS reason,
       %3$s AS raw0, %5$s
  FROM %4$s s
  LEFT JOIN pg_temp.geopol_import_day d ON d.val = s.date
  LEFT JOIN pg_temp.geopol_import_actor a1 ON a1.code = s.sourceactorfull
  LEFT JOIN pg_temp.geopol_import_actor a2 ON a2.code = s.targetactorfull
  LEFT JOIN pg_temp.geopol_import_stance st ON st.code = s.eventcode$q$;
    ELSIF format = 'icews' THEN
        q := $q$
SELECT %1$s AS line, s.event_id, d.day AS said_on,
       @extschema@.bloc(p1.actor) AS source, st.stance,
       @extschema@.bloc(p2.actor) AS target,
       NULL::text AS url, NULL::integer AS mentions,
       CASE WHEN %2$s IS NOT NULL THEN %2$s
            WHEN coalesce(s.event_id, '') = '' THEN 'Event ID is empty'
            WHEN d.error IS NOT NULL THEN 'Event Date: ' || d.error
            WHEN d.day IS NULL THEN 'Event Date is empty'
            WHEN p1.error IS NOT NULL THEN 'source: ' || p1.error
            WHEN p2.error IS NOT NULL THEN 'target: ' || p2.error
            WHEN st.error IS NOT NULL THEN 'CAMEO Code: ' || st.error
            WHEN st.stance IS NULL THEN 'CAMEO Code is empty'
       END AS reason,
       %3$s AS raw0, %5$s
  FROM %4$s s
  LEFT JOIN pg_temp.geopol_import_day d ON d.val = s.event_date
  LEFT JOIN pg_temp.geopol_import_party p1
         ON p1.name = coalesce(s.source_name, '') AND p1.sectors = coalesce(s.source_sectors, '')
        AND p1.country = coalesce(s.source_country, '') AND p1.day = d.day
  LEFT JOIN pg_temp.geopol_import_party p2
         ON p2.name = coalesce(s.target_name, '') AND p2.sectors = coalesce(s.target_sectors, '')
        AND p2.country = coalesce(s.target_country, '') AND p2.day = d.day
  LEFT JOIN pg_temp.geopol_import_stance st ON st.code = s.cameo_code$q$;
    ELSIF format = 'polecat' THEN
        q := $q$
SELECT %1$s AS line, s.event_id, d.day AS said_on,
       p1.actors AS source, ps.stance, coalesce(p2.actors, '{}') AS target,
       NULL::text AS url, NULL::integer AS mentions,
       CASE WHEN %2$s IS NOT NULL THEN %2$s
            WHEN coalesce(s.event_id, '') = '' THEN 'Event ID is empty'
            WHEN d.error IS NOT NULL THEN 'Event Date: ' || d.error
            WHEN d.day IS NULL THEN 'Event Date is empty'
            WHEN p1.error IS NOT NULL THEN 'actor: ' || p1.error
            WHEN p1.actors IS NULL THEN 'no actor'
            WHEN p2.error IS NOT NULL THEN 'recipient: ' || p2.error
            WHEN coalesce(s.event_type, '') = '' THEN 'Event Type is empty'
            WHEN ps.stance IS NULL THEN pg_catalog.format('unknown PLOVER event type %%L', s.event_type)
       END AS reason,
       %3$s AS raw0, %5$s
  FROM %4$s s
  LEFT JOIN pg_temp.geopol_import_day d ON d.val = s.event_date
  LEFT JOIN pg_temp.geopol_import_parties p1
         ON p1.names = coalesce(s.actor_name, '') AND p1.countries = coalesce(s.actor_country, '')
        AND p1.sectors = coalesce(s.primary_actor_sector, '') AND p1.day = d.day
  LEFT JOIN pg_temp.geopol_import_parties p2
         ON p2.names = coalesce(s.recipient_name, '') AND p2.countries = coalesce(s.recipient_country, '')
        AND p2.sectors = coalesce(s.primary_recipient_sector, '') AND p2.day = d.day
  LEFT JOIN LATERAL (
        SELECT x.stance FROM @extschema@.plover_stance x
         WHERE x.event_type = upper(btrim(s.event_type))
           AND x.mode IN ('', lower(btrim(coalesce(nullif(s.event_mode, 'None'), ''))))
         ORDER BY x.mode DESC LIMIT 1) ps ON true$q$;
    ELSIF format = 'gdelt2-mentions' THEN
        outcols := 'x.line, x.event_id, x.url, x.event_at, x.mentioned_at, x.mention_type, x.source_name, '
                   'x.sentence, x.a1, x.a2, x.ac, x.in_raw_text, x.confidence, x.doc_length, x.doc_tone, x.reason';
        q := $q$
SELECT %1$s AS line, s.globaleventid AS event_id, s.mentionidentifier AS url,
       e.at AS event_at, m.at AS mentioned_at,
       CASE WHEN s.mentiontype ~ '^[0-9]{1,4}$' THEN s.mentiontype::smallint END AS mention_type,
       nullif(s.mentionsourcename, '') AS source_name,
       CASE WHEN s.sentenceid ~ '^-?[0-9]{1,9}$' THEN s.sentenceid::integer END AS sentence,
       CASE WHEN s.actor1charoffset ~ '^-?[0-9]{1,9}$' THEN s.actor1charoffset::integer END AS a1,
       CASE WHEN s.actor2charoffset ~ '^-?[0-9]{1,9}$' THEN s.actor2charoffset::integer END AS a2,
       CASE WHEN s.actioncharoffset ~ '^-?[0-9]{1,9}$' THEN s.actioncharoffset::integer END AS ac,
       CASE s.inrawtext WHEN '1' THEN true WHEN '0' THEN false END AS in_raw_text,
       CASE WHEN s.confidence ~ '^[0-9]{1,3}$' THEN
            CASE WHEN s.confidence::integer <= 100 THEN s.confidence::smallint END END AS confidence,
       CASE WHEN s.mentiondoclen ~ '^[0-9]{1,9}$' THEN s.mentiondoclen::integer END AS doc_length,
       CASE WHEN s.mentiondoctone ~ '^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$' THEN s.mentiondoctone::real END AS doc_tone,
       CASE WHEN %2$s IS NOT NULL THEN %2$s
            WHEN coalesce(s.globaleventid, '') !~ '^[0-9]+$' THEN pg_catalog.format('GLOBALEVENTID %%L is not a number', s.globaleventid)
            WHEN e.error IS NOT NULL THEN 'EventTimeDate: ' || e.error
            WHEN m.error IS NOT NULL THEN 'MentionTimeDate: ' || m.error
            WHEN coalesce(s.mentionidentifier, '') = '' THEN 'MentionIdentifier is empty'
            WHEN coalesce(s.sentenceid, '') !~ '^-?[0-9]{1,9}$' THEN pg_catalog.format('SentenceID %%L is not a number', s.sentenceid)
            WHEN coalesce(s.actor1charoffset, '') !~ '^-?[0-9]{1,9}$' THEN pg_catalog.format('Actor1CharOffset %%L is not a number', s.actor1charoffset)
            WHEN coalesce(s.actor2charoffset, '') !~ '^-?[0-9]{1,9}$' THEN pg_catalog.format('Actor2CharOffset %%L is not a number', s.actor2charoffset)
            WHEN coalesce(s.actioncharoffset, '') !~ '^-?[0-9]{1,9}$' THEN pg_catalog.format('ActionCharOffset %%L is not a number', s.actioncharoffset)
            WHEN CASE WHEN s.confidence ~ '^[0-9]{1,3}$' THEN s.confidence::integer > 100
                      ELSE coalesce(s.confidence, '') <> '' END
                 THEN pg_catalog.format('Confidence %%L is not a percentage', s.confidence)
       END AS reason,
       %3$s AS raw0, %5$s
  FROM %4$s s
  LEFT JOIN pg_temp.geopol_import_time e ON e.val = s.eventtimedate
  LEFT JOIN pg_temp.geopol_import_time m ON m.val = s.mentiontimedate$q$;
    ELSE
        RAISE EXCEPTION 'no query for import format "%"', format
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    q := pg_catalog.format(q, line, CASE WHEN has_error THEN 's.error' ELSE 'NULL::text' END,
                           CASE WHEN has_error THEN 's.raw' ELSE 'NULL::text' END, stage, fields, filter);
    RETURN pg_catalog.format(
        'SELECT %s, CASE WHEN x.reason IS NOT NULL THEN coalesce(x.raw0, concat_ws(E''\t'', %s)) END AS raw FROM (%s OFFSET 0) x',
        outcols, rawf, q);
END
$$;
COMMENT ON FUNCTION @extschema@.import_query(text, regclass, text, boolean) IS
'the SQL that converts the staged rows of a format (statements, or mentions), with the reason for each row that cannot be converted (with rejects, it may leave out rows that have none: for the pass that records the rejects): used by geopol.import()';

-- the code tables of a staged file, each value converted once
CREATE FUNCTION @extschema@.import_prepare(format text, stage regclass)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @extschema@, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    a text;
    b text;
    dcol text;
    ecol text;
    days text[];
    daylines bigint[];
    codes text[];
    actors text[];
BEGIN
    DROP TABLE IF EXISTS pg_temp.geopol_import_day, pg_temp.geopol_import_actor,
        pg_temp.geopol_import_stance, pg_temp.geopol_import_party, pg_temp.geopol_import_parties,
        pg_temp.geopol_import_time;
    IF format = 'gdelt2-mentions' THEN
        CREATE TEMP TABLE geopol_import_time (val text PRIMARY KEY, at timestamptz, error text);
        EXECUTE pg_catalog.format(
            'INSERT INTO pg_temp.geopol_import_time SELECT * FROM @extschema@.import_times(ARRAY(
                 SELECT s.eventtimedate FROM %1$s s WHERE s.eventtimedate IS NOT NULL UNION
                 SELECT s.mentiontimedate FROM %1$s s WHERE s.mentiontimedate IS NOT NULL))', stage);
        ANALYZE pg_temp.geopol_import_time;
        RETURN;
    END IF;
    -- each date value of the file, with its number of lines (the periods of the bulk way)
    CREATE TEMP TABLE geopol_import_day (val text PRIMARY KEY, day date, error text, lines bigint);
    CREATE TEMP TABLE geopol_import_actor (code text PRIMARY KEY, actor @extschema@.actor, error text);
    CREATE TEMP TABLE geopol_import_stance (code text PRIMARY KEY, stance @extschema@.stance, error text);
    dcol := CASE format WHEN 'gdelt1' THEN 'sqldate' WHEN 'gdelt2' THEN 'sqldate'
                        WHEN 'phoenix' THEN 'date' WHEN 'icews' THEN 'event_date'
                        WHEN 'polecat' THEN 'event_date' END;
    ecol := CASE format WHEN 'gdelt1' THEN 'eventcode' WHEN 'gdelt2' THEN 'eventcode'
                        WHEN 'phoenix' THEN 'eventcode' WHEN 'icews' THEN 'cameo_code' END;
    IF format IN ('gdelt1', 'gdelt2', 'phoenix') THEN
        -- the distinct dates, event codes and actor codes in one scan of
        -- the file (a hash table for each)
        a := CASE WHEN format = 'phoenix' THEN 'sourceactorfull' ELSE 'actor1code' END;
        b := CASE WHEN format = 'phoenix' THEN 'targetactorfull' ELSE 'actor2code' END;
        EXECUTE pg_catalog.format(
            'SELECT array_agg(v.d ORDER BY v.d) FILTER (WHERE v.gd = 0 AND v.d IS NOT NULL),
                    array_agg(v.n ORDER BY v.d) FILTER (WHERE v.gd = 0 AND v.d IS NOT NULL),
                    array_agg(v.e) FILTER (WHERE v.ge = 0 AND v.e IS NOT NULL),
                    array_agg(v.a) FILTER (WHERE v.ga = 0 AND v.a <> '''') ||
                    array_agg(v.b) FILTER (WHERE v.gb = 0 AND v.b <> '''')
               FROM (SELECT s.%2$I AS d, s.%3$I AS e, s.%4$I AS a, s.%5$I AS b, count(*) AS n,
                            GROUPING(s.%2$I) AS gd, GROUPING(s.%3$I) AS ge,
                            GROUPING(s.%4$I) AS ga, GROUPING(s.%5$I) AS gb
                       FROM %1$s s
                      GROUP BY GROUPING SETS ((s.%2$I), (s.%3$I), (s.%4$I), (s.%5$I))) v',
            stage, dcol, ecol, a, b) INTO days, daylines, codes, actors;
        INSERT INTO pg_temp.geopol_import_day
        SELECT x.val, x.day, x.error, u.n
          FROM @extschema@.import_days(coalesce(days, '{}')) x
          JOIN unnest(days, daylines) u(v, n) ON u.v = x.val;
        INSERT INTO pg_temp.geopol_import_stance SELECT * FROM @extschema@.import_stances(coalesce(codes, '{}'));
        INSERT INTO pg_temp.geopol_import_actor
        SELECT * FROM @extschema@.import_actors(ARRAY(SELECT DISTINCT u.c FROM unnest(actors) u(c)));
    ELSE
        EXECUTE pg_catalog.format(
            'SELECT array_agg(v.d ORDER BY v.d), array_agg(v.n ORDER BY v.d)
               FROM (SELECT s.%2$I AS d, count(*) AS n FROM %1$s s WHERE s.%2$I IS NOT NULL GROUP BY 1) v',
            stage, dcol) INTO days, daylines;
        INSERT INTO pg_temp.geopol_import_day
        SELECT x.val, x.day, x.error, u.n
          FROM @extschema@.import_days(coalesce(days, '{}')) x
          JOIN unnest(days, daylines) u(v, n) ON u.v = x.val;
        IF ecol IS NOT NULL THEN
            EXECUTE pg_catalog.format(
                'INSERT INTO pg_temp.geopol_import_stance SELECT * FROM @extschema@.import_stances(ARRAY(
                     SELECT DISTINCT s.%2$I FROM %1$s s WHERE s.%2$I IS NOT NULL))', stage, ecol);
        END IF;
    END IF;
    IF format = 'icews' THEN
        CREATE TEMP TABLE geopol_import_party (name text, sectors text, country text, day date,
                                               actor @extschema@.actor, error text);
        EXECUTE pg_catalog.format(
            'INSERT INTO pg_temp.geopol_import_party
             SELECT p.name, p.sectors, p.country, p.day, r.actor, r.error
               FROM (SELECT coalesce(s.source_name, ''''), coalesce(s.source_sectors, ''''),
                            coalesce(s.source_country, ''''), d.day
                       FROM %1$s s JOIN pg_temp.geopol_import_day d ON d.val = s.event_date
                     UNION
                     SELECT coalesce(s.target_name, ''''), coalesce(s.target_sectors, ''''),
                            coalesce(s.target_country, ''''), d.day
                       FROM %1$s s JOIN pg_temp.geopol_import_day d ON d.val = s.event_date
                    ) p(name, sectors, country, day),
                    LATERAL @extschema@.import_party(p.name, string_to_array(p.sectors, '',''), p.country, p.day) r
              WHERE p.day IS NOT NULL', stage);
        ANALYZE pg_temp.geopol_import_party;
    ELSIF format = 'polecat' THEN
        CREATE TEMP TABLE geopol_import_parties (names text, countries text, sectors text, day date,
                                                 actors @extschema@.bloc, error text);
        -- several actors in one cell, separated by ';' (names, countries and
        -- sectors in the same order); "None" is no value
        EXECUTE pg_catalog.format(
            'INSERT INTO pg_temp.geopol_import_parties
             SELECT p.names, p.countries, p.sectors, p.day, r.actors, r.errors
               FROM (SELECT coalesce(s.actor_name, ''''), coalesce(s.actor_country, ''''),
                            coalesce(s.primary_actor_sector, ''''), d.day
                       FROM %1$s s JOIN pg_temp.geopol_import_day d ON d.val = s.event_date
                     UNION
                     SELECT coalesce(s.recipient_name, ''''), coalesce(s.recipient_country, ''''),
                            coalesce(s.primary_recipient_sector, ''''), d.day
                       FROM %1$s s JOIN pg_temp.geopol_import_day d ON d.val = s.event_date
                    ) p(names, countries, sectors, day),
                    LATERAL (
                        SELECT @extschema@.bloc_agg(x.actor) FILTER (WHERE x.error IS NULL) AS actors,
                               string_agg(x.error, ''; '') AS errors
                          FROM unnest(string_to_array(p.names, '';''),
                                      string_to_array(p.countries, '';''),
                                      string_to_array(p.sectors, '';'')) AS e(name, country, sector),
                               LATERAL @extschema@.import_party(
                                   nullif(btrim(e.name), ''None''),
                                   string_to_array(nullif(btrim(e.sector), ''None''), '',''),
                                   e.country, p.day) x
                         WHERE nullif(btrim(e.name), ''None'') IS NOT NULL
                            OR nullif(btrim(e.country), ''None'') IS NOT NULL) r
              WHERE p.day IS NOT NULL', stage);
        ANALYZE pg_temp.geopol_import_parties;
    END IF;
    ANALYZE pg_temp.geopol_import_day;
    ANALYZE pg_temp.geopol_import_actor;
    ANALYZE pg_temp.geopol_import_stance;
END
$$;
COMMENT ON FUNCTION @extschema@.import_prepare(text, regclass) IS
'converts each distinct date, actor code, event code and named actor of a staged file once, into temporary tables the statement query joins: used by geopol.import()';

-- whether new rows of a data set may go in without looking each event up
-- (the quick way of geopol.import() and of the geopol client): every
-- partition is local and has the natural key as a unique index
-- (statement_default_event_key, which geopol.create_statement_partition()
-- copies), so that the key itself refuses an event stored twice, whoever
-- stores it; no statement of the data set is stored on the file's days with
-- an event id between the file's least and greatest (a range of the key's
-- index: the next GDELT file of a day goes the quick way too); and no id
-- beyond the sequence was stored (the careful way says which events it
-- could not store then)
CREATE FUNCTION @extschema@.import_keyed(dataset text, idlo text, idhi text, days date[])
RETURNS boolean
-- (pg_partition_tree() and pg_sequence_last_value() are volatile)
LANGUAGE sql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT NOT EXISTS (
            SELECT 1 FROM pg_catalog.pg_partition_tree('@extschema@.statement'::pg_catalog.regclass) t
             WHERE t.isleaf
               AND NOT EXISTS (
                   SELECT 1 FROM pg_catalog.pg_index i
                    WHERE i.indrelid OPERATOR(pg_catalog.=) t.relid AND i.indisunique AND i.indisvalid
                      AND i.indexprs IS NULL AND i.indnkeyatts OPERATOR(pg_catalog.=) 3
                      AND (i.indpred IS NULL OR pg_catalog.pg_get_expr(i.indpred, i.indrelid)
                                                OPERATOR(pg_catalog.=) '(dataset IS NOT NULL)')
                      AND (SELECT pg_catalog.array_agg(a.attname::text ORDER BY a.attname)
                             FROM pg_catalog.unnest(i.indkey::pg_catalog.int2[]) k
                             JOIN pg_catalog.pg_attribute a
                               ON a.attrelid OPERATOR(pg_catalog.=) t.relid AND a.attnum OPERATOR(pg_catalog.=) k)
                          OPERATOR(pg_catalog.=) '{dataset,event_id,said_on}'::text[]))
       AND NOT EXISTS (
            SELECT 1 FROM @extschema@.statement t
             WHERE t.dataset OPERATOR(pg_catalog.=) $1
               AND t.event_id OPERATOR(pg_catalog.>=) $2 AND t.event_id OPERATOR(pg_catalog.<=) $3
               AND t.said_on OPERATOR(pg_catalog.=) ANY ($4))
       AND NOT EXISTS (
            SELECT 1 FROM @extschema@.statement t
             WHERE t.id OPERATOR(pg_catalog.>)
                   coalesce(pg_catalog.pg_sequence_last_value('@extschema@.statement_id_seq'::pg_catalog.regclass), 0))
$$;
COMMENT ON FUNCTION @extschema@.import_keyed(text, text, text, date[]) IS
'whether new rows of a data set (event ids idlo..idhi on those days) may be stored without looking each event up: every partition local with the natural key as a unique index, none of those events stored, no id beyond geopol.statement_id_seq (used by geopol.import() and geopol.import_begin())';

-- The geopol client's quick way for GDELT files: it converts the rows
-- itself (each distinct date, actor code and event code through
-- geopol.import_days(), import_actors() and import_stances(), as
-- geopol.import() does) and sends the statements by COPY straight into
-- geopol.statement, then the rejects into geopol.import_reject, between
-- these two calls.  A key that refuses a row (an event the probe could not
-- see) makes the client undo the COPY and load the file through
-- geopol.import(), the careful way.
CREATE FUNCTION @extschema@.import_begin(format text, dataset text, file text, idlo text, idhi text, days date[])
RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @extschema@, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    ds text;
BEGIN
    SELECT coalesce(nullif($2, ''), f.dataset) INTO ds FROM @extschema@.import_format f WHERE f.format = $1;
    IF ds IS NULL OR $1 NOT IN ('gdelt1', 'gdelt2')
       -- the bulk way asked for, shards, or GDELT mentions to attach: geopol.import()
       OR pg_catalog.current_setting('geopol.import_bulk_lines', true) OPERATOR(pg_catalog.~) '^\s*[0-9]{1,18}\s*$'
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_partition_tree('@extschema@.statement'::pg_catalog.regclass) t
                    JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) t.relid
                   WHERE c.relkind OPERATOR(pg_catalog.=) 'f')
       OR ($1 = 'gdelt2' AND EXISTS (SELECT 1 FROM @extschema@.mention m WHERE m.dataset = ds))
       OR NOT @extschema@.import_keyed(ds, $4, $5, $6) THEN
        RETURN NULL;
    END IF;
    -- loading a file again: its old rejects go, the new ones come
    DELETE FROM @extschema@.import_reject r WHERE r.dataset = ds AND r.file = $3;
    -- the longer GIN pending list of geopol.import(), for the transaction
    IF NOT EXISTS (
            SELECT 1 FROM pg_catalog.pg_partition_tree('@extschema@.statement'::pg_catalog.regclass) t
              JOIN pg_catalog.pg_index i ON i.indrelid OPERATOR(pg_catalog.=) t.relid
              JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) i.indexrelid
              JOIN pg_catalog.pg_am m ON m.oid OPERATOR(pg_catalog.=) c.relam
             WHERE t.isleaf AND m.amname OPERATOR(pg_catalog.=) 'gin'
               AND NOT pg_catalog.pg_has_role(c.relowner, 'USAGE')) THEN
        -- (the transaction's id marks the value as this call's: one set
        -- from outside, ALTER ROLE ... SET or PGOPTIONS, is ignored)
        PERFORM pg_catalog.set_config('geopol.import_gin_limit',
                                      pg_catalog.txid_current() || ':' || pg_catalog.current_setting('gin_pending_list_limit'), true);
        PERFORM pg_catalog.set_config('gin_pending_list_limit', '64MB', true);
    END IF;
    RETURN ds;
END
$$;
COMMENT ON FUNCTION @extschema@.import_begin(text, text, text, text, text, date[]) IS
'opens the quick way of the geopol client for a GDELT file (event ids idlo..idhi on those days): returns the data set when its converted rows may be sent by COPY into geopol.statement (see geopol.import_keyed(); not with shards, GDELT mentions stored or geopol.import_bulk_lines set), after deleting the file''s old rejects; NULL when the file must go through geopol.import()';

CREATE FUNCTION @extschema@.import_end(format text, dataset text, file text, bytes bigint, rows_stored bigint, rows_rejected bigint,
                                       OUT lines bigint, OUT stored bigint, OUT updated bigint,
                                       OUT unchanged bigint, OUT rejected bigint, OUT attached bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @extschema@, pg_temp
SET client_min_messages = warning
AS $$
BEGIN
    -- only when geopol.import_begin() lengthened the pending list in this
    -- transaction, and only the indexes it checked (the role's own)
    IF pg_catalog.split_part(pg_catalog.current_setting('geopol.import_gin_limit', true), ':', 1)
       OPERATOR(pg_catalog.=) pg_catalog.txid_current()::pg_catalog.text THEN
        PERFORM pg_catalog.gin_clean_pending_list(i.indexrelid::pg_catalog.regclass)
           FROM pg_catalog.pg_partition_tree('@extschema@.statement'::pg_catalog.regclass) t
           JOIN pg_catalog.pg_index i ON i.indrelid OPERATOR(pg_catalog.=) t.relid
           JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) i.indexrelid
           JOIN pg_catalog.pg_am m ON m.oid OPERATOR(pg_catalog.=) c.relam
          WHERE t.isleaf AND m.amname OPERATOR(pg_catalog.=) 'gin'
            AND pg_catalog.pg_has_role(c.relowner, 'USAGE');
        PERFORM pg_catalog.set_config('gin_pending_list_limit',
                                      pg_catalog.split_part(pg_catalog.current_setting('geopol.import_gin_limit'), ':', 2), true);
        PERFORM pg_catalog.set_config('geopol.import_gin_limit', '', true);
    END IF;
    lines := $5 + $6;
    stored := $5;
    updated := 0;
    unchanged := 0;
    rejected := $6;
    attached := 0;
    INSERT INTO @extschema@.import_log (dataset, format, file, bytes, lines, stored, updated,
                                        unchanged, rejected, attached, started, finished)
    VALUES ($2, $1, $3, $4, lines, stored, updated, unchanged, rejected, attached,
            now(), clock_timestamp());
END
$$;
COMMENT ON FUNCTION @extschema@.import_end(text, text, text, bigint, bigint, bigint) IS
'closes the quick way of the geopol client (geopol.import_begin()): moves the GIN pending list into the index, logs the load in geopol.import_log with the counts of rows stored and rejected, and returns them as geopol.import() does';

-- the entry points ---------------------------------------------------------------

CREATE FUNCTION @extschema@.import(format text, stage regclass, file text DEFAULT NULL,
                                   dataset text DEFAULT NULL, bytes bigint DEFAULT NULL,
                                   OUT lines bigint, OUT stored bigint, OUT updated bigint,
                                   OUT unchanged bigint, OUT rejected bigint, OUT attached bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @extschema@, pg_temp
SET client_min_messages = warning
-- a file's rows are converted, grouped and checked in memory: a daily GDELT
-- file (200,000 rows) converted is some 60 MB, kept once for the inserts
-- and the rejects; with 64 MB it went to a temporary file (42 MB written
-- and read back)
SET work_mem = '256MB'
-- the indexes of a period loaded as a new partition are built by sorting
SET maintenance_work_mem = '256MB'
AS $$
DECLARE
    f @extschema@.import_format;
    stage regclass;
    ds text;
    fname text;
    line text;
    conv text;
    q text;
    skipped bigint := 0;
    keyed boolean := false;
    done boolean := false;
    gin regclass[];
    limit_was text;
    bulkmin bigint;
    candidate boolean := false;
    build text[] := '{}';
    cmd text;
    step text;
    tbl text;
    made text[];
    ix record;
    timeout text;
    idlo text;
    idhi text;
    p record;
    n bigint;
BEGIN
    SELECT * INTO f FROM @extschema@.import_format x WHERE x.format = $1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown import format "%"', $1
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Formats: ' || (SELECT string_agg(x.format, ', ' ORDER BY x.format)
                                           FROM @extschema@.import_format x) || '.';
    END IF;
    IF $2 IS NULL THEN
        RAISE EXCEPTION 'geopol.import: the staging table must not be null'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    ds := coalesce(nullif($4, ''), f.dataset);
    fname := coalesce(nullif($3, ''), $2::text);
    stage := $2;
    -- a file's lines (geopol.import_stage(format)): split them first
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                WHERE a.attrelid = stage AND a.attname = 'raw' AND NOT a.attisdropped)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                        WHERE a.attrelid = stage AND a.attname = 'error' AND NOT a.attisdropped) THEN
        stage := @extschema@.import_split(f.format, stage);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                    WHERE a.attrelid = stage AND a.attname = 'line' AND NOT a.attisdropped) THEN
        RAISE EXCEPTION 'geopol.import: the staging table % has no line column', stage
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Stage the file with geopol.import_stage(format) and \copy, or use geopol.import_file().';
    END IF;
    line := 's.line';
    PERFORM @extschema@.import_prepare(f.format, stage);
    conv := @extschema@.import_query(f.format, stage, line);
    -- loading a file again: its old rejects go, the new ones come
    DELETE FROM @extschema@.import_reject r WHERE r.dataset = ds AND r.file = fname;
    attached := 0;

    IF f.format = 'gdelt2-mentions' THEN
        q := $q$
WITH conv AS MATERIALIZED (%1$s),
dup AS MATERIALIZED (
    SELECT c.event_id COLLATE "C" AS event_id, c.url, c.sentence, c.a1, c.a2, c.ac, max(c.line) AS kept
      FROM conv c WHERE c.reason IS NULL
     GROUP BY 1, 2, 3, 4, 5, 6 HAVING count(*) > 1),
good AS (
    SELECT c.* FROM conv c
     WHERE c.reason IS NULL
       AND NOT EXISTS (SELECT 1 FROM dup d
                        WHERE d.event_id = c.event_id AND d.url = c.url AND d.sentence = c.sentence
                          AND d.a1 = c.a1 AND d.a2 = c.a2 AND d.ac = c.ac AND d.kept <> c.line)),
bad AS (
    SELECT c.line, c.event_id, c.reason, c.raw FROM conv c WHERE c.reason IS NOT NULL
    UNION ALL
    SELECT c.line, c.event_id, pg_catalog.format('the same mention again at line %%s (kept)', d.kept), NULL
      FROM conv c JOIN dup d
        ON d.event_id = c.event_id AND d.url = c.url AND d.sentence = c.sentence
       AND d.a1 = c.a1 AND d.a2 = c.a2 AND d.ac = c.ac
     WHERE c.reason IS NULL AND c.line <> d.kept),
rej AS (
    INSERT INTO @extschema@.import_reject (dataset, file, line, event_id, reason, raw)
    SELECT %2$L, %3$L, b.line, nullif(b.event_id, ''), b.reason, b.raw FROM bad b
    RETURNING 1),
ins AS (
    INSERT INTO @extschema@.mention AS t (dataset, event_id, url, sentence, actor1_offset, actor2_offset,
                                         action_offset, event_at, mentioned_at, mention_type, source_name,
                                         in_raw_text, confidence, doc_length, doc_tone)
    SELECT %2$L, g.event_id, g.url, g.sentence, g.a1, g.a2, g.ac, g.event_at, g.mentioned_at,
           g.mention_type, g.source_name, g.in_raw_text, g.confidence, g.doc_length, g.doc_tone
      FROM good g
    ON CONFLICT (dataset, event_id, url, sentence, actor1_offset, actor2_offset, action_offset)
    DO UPDATE SET event_at = EXCLUDED.event_at, mentioned_at = EXCLUDED.mentioned_at,
                  mention_type = EXCLUDED.mention_type, source_name = EXCLUDED.source_name,
                  in_raw_text = EXCLUDED.in_raw_text, confidence = EXCLUDED.confidence,
                  doc_length = EXCLUDED.doc_length, doc_tone = EXCLUDED.doc_tone
     WHERE (t.event_at, t.mentioned_at, t.mention_type, t.source_name, t.in_raw_text,
            t.confidence, t.doc_length, t.doc_tone) IS DISTINCT FROM
           (EXCLUDED.event_at, EXCLUDED.mentioned_at, EXCLUDED.mention_type, EXCLUDED.source_name,
            EXCLUDED.in_raw_text, EXCLUDED.confidence, EXCLUDED.doc_length, EXCLUDED.doc_tone)
    RETURNING (t.xmax = 0) AS inserted)
SELECT (SELECT count(*) FROM conv), count(*) FILTER (WHERE i.inserted), count(*) FILTER (WHERE NOT i.inserted),
       (SELECT count(*) FROM rej), 0
  FROM ins i$q$;
    ELSE
        q := $q$
WITH conv AS MATERIALIZED (%1$s),
dup AS MATERIALIZED (
    SELECT c.event_id COLLATE "C" AS event_id, c.said_on, max(c.line) AS kept
      FROM conv c WHERE c.reason IS NULL
     GROUP BY 1, 2 HAVING count(*) > 1),
good AS (
    SELECT c.* FROM conv c
     WHERE c.reason IS NULL
       AND NOT EXISTS (SELECT 1 FROM dup d
                        WHERE d.event_id = c.event_id AND d.said_on = c.said_on AND d.kept <> c.line)),
bad AS (
    SELECT c.line, c.event_id, c.reason, c.raw FROM conv c WHERE c.reason IS NOT NULL
    UNION ALL
    SELECT c.line, c.event_id,
           pg_catalog.format('the same event (%%s on %%s) again at line %%s (kept)', c.event_id, c.said_on, d.kept), NULL
      FROM conv c JOIN dup d ON d.event_id = c.event_id AND d.said_on = c.said_on
     WHERE c.reason IS NULL AND c.line <> d.kept),
rej AS (
    INSERT INTO @extschema@.import_reject (dataset, file, line, event_id, reason, raw)
    SELECT %2$L, %3$L, b.line, nullif(b.event_id, ''), b.reason, b.raw FROM bad b
    RETURNING 1),
-- each event looked up by its key, one index probe a row (LATERAL ...
-- LIMIT 1: never a scan of every partition), through the parent: on the
-- partition of its day, local or on a shard (the staged event id has the
-- default collation, so the comparison takes the column's "C", which the
-- key's index has, and postgres_fdw may send it to a shard)
look AS MATERIALIZED (
    SELECT g.*, o.id AS old_id,
           (o.source, o.stance, o.target, o.url, o.mentions) IS DISTINCT FROM
           (g.source, g.stance, g.target, g.url, g.mentions) AS changed
      FROM good g
      LEFT JOIN LATERAL (
            SELECT t.id, t.source, t.stance, t.target, t.url, t.mentions
              FROM @extschema@.statement t
             WHERE t.dataset OPERATOR(pg_catalog.=) %2$L
               AND t.event_id OPERATOR(pg_catalog.=) g.event_id
               AND t.said_on OPERATOR(pg_catalog.=) g.said_on
             LIMIT 1) o ON true),
-- a stored event the file changed: corrected in place (same id)
upd AS (
    UPDATE @extschema@.statement t
       SET source = l.source, stance = l.stance, target = l.target, url = l.url, mentions = l.mentions
      FROM look l
     WHERE l.old_id IS NOT NULL AND l.changed
       AND t.id OPERATOR(pg_catalog.=) l.old_id AND t.said_on OPERATOR(pg_catalog.=) l.said_on
       AND t.dataset OPERATOR(pg_catalog.=) %2$L
       AND t.event_id OPERATOR(pg_catalog.=) l.event_id
    RETURNING 1),
-- a new event; ON CONFLICT DO NOTHING (no arbiter: the parent has no index,
-- each partition its own key) skips one a concurrent load just stored
ins AS (
    INSERT INTO @extschema@.statement (said_on, source, stance, target, dataset, event_id, url, mentions)
    SELECT l.said_on, l.source, l.stance, l.target, %2$L, l.event_id, l.url, l.mentions
      FROM look l
     WHERE l.old_id IS NULL
    ON CONFLICT DO NOTHING
    RETURNING event_id, said_on),
-- ... but DO NOTHING also skips a row whose new id a partition holds
-- already (ids stored by hand beyond geopol.statement_id_seq): the events
-- skipped are kept aside (only when some were), to be told apart below
miss AS (
    INSERT INTO pg_temp.geopol_import_missing (event_id, said_on)
    SELECT l.event_id, l.said_on
      FROM look l
     WHERE l.old_id IS NULL
       AND (SELECT count(*) FROM ins) OPERATOR(pg_catalog.<) (SELECT count(*) FROM look x WHERE x.old_id IS NULL)
       AND NOT EXISTS (SELECT 1 FROM ins i
                        WHERE i.event_id OPERATOR(pg_catalog.=) l.event_id AND i.said_on OPERATOR(pg_catalog.=) l.said_on)
    RETURNING 1)
SELECT (SELECT count(*) FROM conv), (SELECT count(*) FROM ins), (SELECT count(*) FROM upd),
       (SELECT count(*) FROM rej), (SELECT count(*) FROM miss)$q$;
    END IF;
    -- The bulk way (below) is decided before the first look at the
    -- statements or their partitions (which locks them): a file big enough
    -- for it, loaded by a role that may make partitions, waits for any other
    -- such load to commit (a transaction-level advisory lock, taken while
    -- this load holds no lock on them), so that two loads never make the
    -- same partition nor wait for each other's locks on the DEFAULT
    -- partition; the one that waited finds the partition made and goes row
    -- by row.  geopol.import_bulk_lines: the least number of a file's lines
    -- in a period for it to become a partition (10000 is a good value; unset
    -- or negative, the default: never: it saves CPU, not time, where the
    -- index builds wait for their fsync, see bench/RESULTS.md)
    IF f.format <> 'gdelt2-mentions' THEN
        -- a value that is no whole number is "never", as unset is
        bulkmin := CASE WHEN pg_catalog.current_setting('geopol.import_bulk_lines', true) OPERATOR(pg_catalog.~) '^\s*[0-9]{1,18}\s*$'
                        THEN pg_catalog.current_setting('geopol.import_bulk_lines', true)::bigint ELSE -1 END;
        IF bulkmin >= 0
           AND pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c
                                        WHERE c.oid OPERATOR(pg_catalog.=) '@extschema@.statement'::pg_catalog.regclass), 'USAGE')
           AND pg_catalog.has_schema_privilege(pg_catalog.quote_ident('@extschema@'), 'CREATE') THEN
            -- the file's lines with a date (geopol.import_prepare() counted them)
            SELECT coalesce(sum(d.lines), 0) INTO n FROM pg_temp.geopol_import_day d;
            IF n >= bulkmin THEN
                PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('geopol.import'),
                                                         pg_catalog.hashtext('partitions'));
                candidate := true;
            END IF;
        END IF;
    END IF;
    -- With partitions on shard servers (foreign tables), an event's key is
    -- unique only within one shard's partition, and a new statement goes to
    -- the shard that the hash of its new id picks: two sessions loading the
    -- same event at once could store it on two shards.  So loads of a data
    -- set into a sharded statement table take turns (a transaction-level
    -- advisory lock per data set); each then finds what the one before it
    -- stored, on any shard, and a reload adds nothing.
    IF f.format <> 'gdelt2-mentions'
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_partition_tree('@extschema@.statement'::pg_catalog.regclass) t
                     JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) t.relid
                    WHERE c.relkind OPERATOR(pg_catalog.=) 'f') THEN
        PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('geopol.import'),
                                                 pg_catalog.hashtext(ds));
        keyed := false;
    ELSIF f.format <> 'gdelt2-mentions' THEN
        -- every partition is local: whether each has the natural key as a
        -- unique index is asked below (geopol.import_keyed())
        keyed := true;
    END IF;
    -- The GIN index of statement_keys() takes new entries into its pending
    -- list and moves them into the index whenever the list outgrows
    -- gin_pending_list_limit (4 MB by default: every few thousand rows of
    -- a file).  A longer list for the load, moved once at its end, costs a
    -- third of the insert less; only who may move it (gin_clean_pending_list()
    -- needs the index's owner) lengthens it, so no long list is left behind.
    IF f.format <> 'gdelt2-mentions' THEN
        SELECT pg_catalog.array_agg(i.indexrelid::pg_catalog.regclass) INTO gin
          FROM pg_catalog.pg_partition_tree('@extschema@.statement'::pg_catalog.regclass) t
          JOIN pg_catalog.pg_index i ON i.indrelid OPERATOR(pg_catalog.=) t.relid
          JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) i.indexrelid
          JOIN pg_catalog.pg_am m ON m.oid OPERATOR(pg_catalog.=) c.relam
         WHERE t.isleaf AND m.amname OPERATOR(pg_catalog.=) 'gin';
        IF gin IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM pg_catalog.unnest(gin) g(i)
                  JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) g.i
                 WHERE NOT pg_catalog.pg_has_role(c.relowner, 'USAGE')) THEN
            limit_was := pg_catalog.current_setting('gin_pending_list_limit');
            PERFORM pg_catalog.set_config('gin_pending_list_limit', '64MB', true);
        ELSE
            gin := NULL;
        END IF;
    END IF;
    -- The quick way, for new data: when the data set has no statement yet
    -- on the days of the file with an event id between the file's least
    -- and greatest (a range of the natural key's index: the next GDELT file
    -- of a day that has statements goes the quick way too), the converted
    -- rows go in with a plain INSERT, without looking each event up,
    -- checking the file for an event twice or the speculative insertion of
    -- ON CONFLICT.  Whatever the probes could not see (an event twice in
    -- the file, one a concurrent load stored, an id taken meanwhile) makes
    -- a key refuse the insert: then it is undone (a subtransaction) and
    -- the file goes the careful way below, which tells these apart.
    IF keyed THEN
        EXECUTE pg_catalog.format('SELECT min(s.%1$I COLLATE "C"), max(s.%1$I COLLATE "C") FROM %2$s s',
                                  CASE f.format WHEN 'phoenix' THEN 'eventid' WHEN 'gdelt1' THEN 'globaleventid'
                                                WHEN 'gdelt2' THEN 'globaleventid' ELSE 'event_id' END, stage)
            INTO idlo, idhi;
        keyed := @extschema@.import_keyed(ds, idlo, idhi, ARRAY(SELECT d.day FROM pg_temp.geopol_import_day d
                                                                  WHERE d.day IS NOT NULL));
    END IF;
    IF keyed THEN
        -- two passes over the staged rows, the statements then the rejects,
        -- cost less than keeping the converted file (the rejects' pass
        -- computes only the reasons, and the raw lines of the rejects)
        BEGIN
            -- The bulk way, for the periods of new days: each period (a
            -- year, or the width of the partitions made so far) that has
            -- enough of the file's lines, no partition and no statement
            -- becomes a partition of its own, whose indexes and keys are
            -- built once over its rows (a sort each) rather than kept up to
            -- date row by row, and whose foreign keys check the rows in one
            -- query rather than with a trigger a row; a period it cannot
            -- make (the DEFAULT partition's lock not granted within 2 s,
            -- the name taken, a missing right) goes row by row with the rest
            IF candidate AND keyed THEN
                -- the width of the partitions made so far (that of the
                -- newest: a month, a quarter), else a year
                SELECT CASE WHEN x.n BETWEEN 28 AND 31 THEN 'month' WHEN x.n BETWEEN 89 AND 92 THEN 'quarter' END
                  INTO step
                  FROM (SELECT upper(r.days) OPERATOR(pg_catalog.-) lower(r.days) AS n
                          FROM pg_catalog.pg_inherits i,
                               LATERAL (SELECT @extschema@.partition_days(i.inhrelid) AS days) r
                         WHERE i.inhparent OPERATOR(pg_catalog.=) '@extschema@.statement'::pg_catalog.regclass
                           AND r.days IS NOT NULL
                         ORDER BY i.inhrelid DESC LIMIT 1) x;
                step := coalesce(step, 'year');
                -- the periods of the file's days (and its lines on them:
                -- geopol.import_prepare() counted them), named as
                -- geopol.create_statement_partitions() names them, that no
                -- partition covers, whose days the DEFAULT partition holds
                -- no statement of (its day index), whose name is free
                FOR p IN
                    SELECT y.lo, y.hi, y.name
                      FROM (SELECT q.lo, (q.lo OPERATOR(pg_catalog.+) w.width)::date AS hi,
                                   pg_catalog.to_char(q.lo, w.fmt) AS name, q.n
                              FROM (SELECT CASE step WHEN 'month' THEN interval '1 month'
                                                     WHEN 'quarter' THEN interval '3 months'
                                                     ELSE interval '1 year' END AS width,
                                           CASE step WHEN 'month' THEN '"statement_y"YYYY"m"MM'
                                                     WHEN 'quarter' THEN '"statement_y"YYYY"q"Q'
                                                     ELSE '"statement_y"YYYY' END AS fmt) w,
                                   LATERAL (SELECT pg_catalog.date_trunc(step, d.day::timestamp)::date AS lo,
                                                   sum(d.lines)::bigint AS n
                                              FROM pg_temp.geopol_import_day d
                                             WHERE d.day IS NOT NULL
                                             GROUP BY 1) q) y
                     WHERE y.n OPERATOR(pg_catalog.>=) bulkmin
                       AND NOT EXISTS (
                           SELECT 1 FROM pg_catalog.pg_inherits i
                            WHERE i.inhparent OPERATOR(pg_catalog.=) '@extschema@.statement'::pg_catalog.regclass
                              AND pg_catalog.daterange(y.lo, y.hi) OPERATOR(pg_catalog.&&) @extschema@.partition_days(i.inhrelid))
                       AND NOT EXISTS (
                           SELECT 1 FROM @extschema@.statement_default t
                            WHERE (t.said_on OPERATOR(pg_catalog.+) 0) OPERATOR(pg_catalog.>=) y.lo
                              AND (t.said_on OPERATOR(pg_catalog.+) 0) OPERATOR(pg_catalog.<) y.hi)
                       AND pg_catalog.to_regclass(pg_catalog.quote_ident('@extschema@') OPERATOR(pg_catalog.||) '.'
                                                  OPERATOR(pg_catalog.||) pg_catalog.quote_ident(y.name)) IS NULL
                     ORDER BY y.lo
                LOOP
                    -- The period's partition, made before the rows go in: a
                    -- table like the DEFAULT partition (as
                    -- geopol.create_statement_partition() makes it: its
                    -- columns, checks, indexes, keys, their names and
                    -- comments, its foreign keys), attached while empty; but
                    -- its indexes, keys and foreign keys are taken off again
                    -- and kept as the commands that make them, run once the
                    -- rows are in.  Attaching checks the DEFAULT partition
                    -- for rows of the period, with a lock that waits for
                    -- every session reading it: after 2 s (lock_not_available;
                    -- longer than deadlock_timeout, after which an autovacuum
                    -- holding it gives way) the period goes row by row.
                    tbl := pg_catalog.quote_ident('@extschema@') || '.' || pg_catalog.quote_ident(p.name);
                    BEGIN
                        made := '{}';
                        EXECUTE pg_catalog.format('CREATE TABLE %s (LIKE @extschema@.statement_default INCLUDING ALL)', tbl);
                        FOR ix IN
                            SELECT i.indexrelid, c.relname, k.oid AS conoid, k.conname,
                                   pg_catalog.obj_description(i.indexrelid, 'pg_class') AS note,
                                   pg_catalog.obj_description(k.oid, 'pg_constraint') AS connote
                              FROM pg_catalog.pg_index i
                              JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) i.indexrelid
                              LEFT JOIN pg_catalog.pg_constraint k
                                     ON k.conindid OPERATOR(pg_catalog.=) i.indexrelid
                                    AND k.conrelid OPERATOR(pg_catalog.=) i.indrelid AND k.contype IN ('p', 'u', 'x')
                             WHERE i.indrelid OPERATOR(pg_catalog.=) tbl::pg_catalog.regclass
                             ORDER BY i.indexrelid
                        LOOP
                            IF ix.conname IS NOT NULL THEN
                                made := made || pg_catalog.format('ALTER TABLE %s ADD CONSTRAINT %I %s', tbl, ix.conname,
                                                                  pg_catalog.pg_get_constraintdef(ix.conoid));
                                IF ix.connote IS NOT NULL THEN
                                    made := made || pg_catalog.format('COMMENT ON CONSTRAINT %I ON %s IS %L',
                                                                      ix.conname, tbl, ix.connote);
                                END IF;
                                EXECUTE pg_catalog.format('ALTER TABLE %s DROP CONSTRAINT %I', tbl, ix.conname);
                            ELSE
                                made := made || pg_catalog.pg_get_indexdef(ix.indexrelid);
                                EXECUTE pg_catalog.format('DROP INDEX %s', ix.indexrelid::pg_catalog.regclass);
                            END IF;
                            IF ix.note IS NOT NULL THEN
                                made := made || pg_catalog.format('COMMENT ON INDEX %I.%I IS %L', '@extschema@', ix.relname, ix.note);
                            END IF;
                        END LOOP;
                        -- the foreign keys, as geopol.create_statement_partition() adds them
                        FOR ix IN SELECT c.conname, pg_catalog.pg_get_constraintdef(c.oid) AS def
                                    FROM pg_catalog.pg_constraint c
                                   WHERE c.conrelid OPERATOR(pg_catalog.=) '@extschema@.statement_default'::pg_catalog.regclass
                                     AND c.contype OPERATOR(pg_catalog.=) 'f'
                                   ORDER BY c.conname
                        LOOP
                            made := made || pg_catalog.format('ALTER TABLE %s ADD CONSTRAINT %I %s', tbl,
                                                              pg_catalog.replace(ix.conname, 'statement_default', p.name), ix.def);
                        END LOOP;
                        timeout := pg_catalog.current_setting('lock_timeout');
                        PERFORM pg_catalog.set_config('lock_timeout', '2s', true);
                        EXECUTE pg_catalog.format('ALTER TABLE @extschema@.statement ATTACH PARTITION %s FOR VALUES FROM (%L) TO (%L)',
                                                  tbl, p.lo, p.hi);
                        PERFORM pg_catalog.set_config('lock_timeout', timeout, true);
                        build := build || made;
                    -- the DEFAULT partition in use, or rows of the period
                    -- stored there by a session that committed after our
                    -- look (check_violation), or the range taken meanwhile
                    -- by another partition: the period goes row by row
                    EXCEPTION WHEN lock_not_available OR duplicate_table OR insufficient_privilege
                                   OR check_violation OR invalid_object_definition THEN
                        NULL;
                    END;
                END LOOP;
            END IF;
            EXECUTE pg_catalog.format($q$
INSERT INTO @extschema@.statement (said_on, source, stance, target, dataset, event_id, url, mentions)
SELECT c.said_on, c.source, c.stance, c.target, %2$L, c.event_id, c.url, c.mentions FROM (%1$s) c
 WHERE c.reason IS NULL$q$, conv, ds);
            GET DIAGNOSTICS stored = ROW_COUNT;
            -- the new partitions' indexes, keys and foreign keys, built over their rows
            FOREACH cmd IN ARRAY build LOOP
                EXECUTE cmd;
            END LOOP;
            EXECUTE pg_catalog.format($q$
INSERT INTO @extschema@.import_reject (dataset, file, line, event_id, reason, raw)
SELECT %2$L, %3$L, c.line, nullif(c.event_id, ''), c.reason, c.raw FROM (%1$s) c
 WHERE c.reason IS NOT NULL$q$, @extschema@.import_query(f.format, stage, line, true), ds, fname);
            GET DIAGNOSTICS rejected = ROW_COUNT;
            lines := stored + rejected;
            updated := 0;
            done := true;
        EXCEPTION WHEN unique_violation THEN
            done := false;
        END;
    END IF;
    IF f.format <> 'gdelt2-mentions' THEN
        DROP TABLE IF EXISTS pg_temp.geopol_import_missing;
        CREATE TEMP TABLE geopol_import_missing (event_id text, said_on date);
    END IF;
    IF NOT done THEN
        EXECUTE pg_catalog.format(q, conv, ds, fname) INTO lines, stored, updated, rejected, skipped;
    END IF;
    IF gin IS NOT NULL THEN
        PERFORM pg_catalog.gin_clean_pending_list(g.i) FROM pg_catalog.unnest(gin) g(i);
        PERFORM pg_catalog.set_config('gin_pending_list_limit', limit_was, true);
    END IF;
    -- events the insert skipped: stored meanwhile by a concurrent load (then
    -- they are unchanged), or refused because their new id is taken
    IF skipped > 0 THEN
        SELECT count(*) INTO skipped
          FROM pg_temp.geopol_import_missing m
         WHERE NOT EXISTS (SELECT 1 FROM @extschema@.statement t
                            WHERE t.dataset OPERATOR(pg_catalog.=) ds AND t.event_id OPERATOR(pg_catalog.=) m.event_id
                              AND t.said_on OPERATOR(pg_catalog.=) m.said_on);
        IF skipped > 0 THEN
            RAISE EXCEPTION 'geopol.import: % new statements could not be stored: the ids geopol.statement_id_seq gave them are used already', skipped
                USING ERRCODE = 'unique_violation',
                      DETAIL = 'Statements were stored with ids beyond the sequence (explicit ids, or a restore of statements without their sequence).',
                      HINT = 'Move the sequence past them: SELECT setval(''geopol.statement_id_seq'', (SELECT max(id) FROM geopol.statement)); then load the file again.';
        END IF;
    END IF;
    -- attach mentions: the statements of the events in this file count the
    -- mentions stored for them (loaded before or now), and take the first
    -- mention's document when they have no url
    IF f.format = 'gdelt2-mentions'
       OR (f.format = 'gdelt2' AND EXISTS (SELECT 1 FROM @extschema@.mention m WHERE m.dataset = ds)) THEN
        EXECUTE pg_catalog.format($q$
WITH ev AS (SELECT DISTINCT s.globaleventid COLLATE "C" AS event_id FROM %1$s s
             WHERE s.globaleventid ~ '^[0-9]+$'),
cnt AS (SELECT m.event_id, count(*) AS n, min(m.url) AS url
          FROM @extschema@.mention m JOIN ev ON ev.event_id = m.event_id
         WHERE m.dataset = %2$L
         GROUP BY m.event_id),
upd AS (UPDATE @extschema@.statement t
           SET mentions = greatest(coalesce(t.mentions, 0), c.n::integer), url = coalesce(t.url, c.url)
          FROM cnt c
         WHERE t.dataset = %2$L AND t.event_id = c.event_id
           AND (t.mentions IS NULL OR t.mentions < c.n OR t.url IS NULL)
        RETURNING 1)
SELECT count(*) FROM upd$q$, stage, ds) INTO attached;
    END IF;
    unchanged := lines - stored - updated - rejected;
    INSERT INTO @extschema@.import_log (dataset, format, file, bytes, lines, stored, updated,
                                        unchanged, rejected, attached, started, finished)
    VALUES (ds, f.format, fname, $5, lines, stored, updated, unchanged, rejected, attached,
            now(), clock_timestamp());
END
$$;
COMMENT ON FUNCTION @extschema@.import(text, regclass, text, text, bigint) IS
'converts the rows of a staging table (geopol.import_stage()) of a format (gdelt1, gdelt2, gdelt2-mentions, icews, polecat, phoenix) into statements (mentions for gdelt2-mentions), upserted on (dataset, event_id, said_on); rows that cannot be converted go to geopol.import_reject with the reason and line; logs the load in geopol.import_log and returns the counts (lines = stored + updated + unchanged + rejected; attached: statements that gained mentions)';

CREATE FUNCTION @extschema@.import_file(format text, path text, dataset text DEFAULT NULL,
                                        OUT lines bigint, OUT stored bigint, OUT updated bigint,
                                        OUT unchanged bigint, OUT rejected bigint, OUT attached bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @extschema@, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    stage regclass;
BEGIN
    stage := @extschema@.import_stage($1);
    -- every line as one field (no quoting, no escapes): the columns are
    -- counted line by line, so a wrong line is a reject, not the end of COPY
    EXECUTE pg_catalog.format(
        'COPY %s (raw) FROM %L WITH (FORMAT csv, DELIMITER E''\x02'', QUOTE E''\x01'')', stage, $2);
    SELECT * INTO lines, stored, updated, unchanged, rejected, attached
      FROM @extschema@.import($1, stage, $2, $3,
                              (SELECT sum(octet_length(x.raw) + 1) FROM pg_temp.geopol_import_lines x));
END
$$;
COMMENT ON FUNCTION @extschema@.import_file(text, text, text) IS
'imports a file on the database server (the caller needs the right to read server files, e.g. pg_read_server_files): its lines are staged, split and counted as the client does, then geopol.import() converts them';

-- a question's network, for pictures ------------------------------------------

CREATE FUNCTION @extschema@.graph_edges(what text, from_date date, to_date date, min_statements integer DEFAULT 1)
RETURNS TABLE (speaker @extschema@.actor, target @extschema@.actor, statements bigint)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT m.speaker, m.target, m.statements
      FROM @extschema@.stance_matrix($2, $3, $1) m
     WHERE m.statements >= $4
     ORDER BY m.speaker, m.target
$$;
COMMENT ON FUNCTION @extschema@.graph_edges(text, date, date, integer) IS
'the edges of the network of a stance between two dates: who (country level, forums expanded) took it towards whom, weighted by the number of statements (geopol.stance_matrix()), those with at least min_statements';

CREATE FUNCTION @extschema@.graph_nodes(what text, from_date date, to_date date, min_statements integer DEFAULT 1)
RETURNS TABLE (node @extschema@.actor, label text, bloc @extschema@.actor, spoke bigint, received bigint)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    WITH e AS MATERIALIZED (
        SELECT * FROM @extschema@.graph_edges($1, $2, $3, $4)),
    n AS (
        SELECT x.node, sum(x.spoke) AS spoke, sum(x.received) AS received
          FROM (SELECT e.speaker AS node, e.statements AS spoke, 0::bigint AS received FROM e
                UNION ALL
                SELECT e.target, 0, e.statements FROM e) x
         GROUP BY x.node),
    -- the forum each speaker spoke through most often in these statements
    via AS (
        SELECT DISTINCT ON (v.node) v.node, v.via
          FROM (SELECT @extschema@.country(p.party) AS node, p.via, count(*) AS k
                  FROM @extschema@.statement s
                 CROSS JOIN LATERAL @extschema@.parties(s.source, s.said_on) p
                 WHERE s.said_on BETWEEN $2 AND $3
                   AND @extschema@.stance_matches(s.stance, $1)
                   AND p.via IS NOT NULL
                 GROUP BY 1, 2) v
         WHERE v.node IN (SELECT n.node FROM n)
         ORDER BY v.node, v.k DESC, v.via)
    SELECT n.node, coalesce(@extschema@.label(n.node, $3), n.node::text), via.via, n.spoke, n.received
      FROM n LEFT JOIN via ON via.node = n.node
     ORDER BY n.node
$$;
COMMENT ON FUNCTION @extschema@.graph_nodes(text, date, date, integer) IS
'the nodes of the network of geopol.graph_edges(): each country with its label, the forum it spoke through most often in these statements (bloc, shown as a group; NULL when it spoke for itself), and its statements made and received';

CREATE FUNCTION @extschema@.graphml(what text, from_date date, to_date date, min_statements integer DEFAULT 1)
RETURNS xml
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT xmlroot(xmlelement(name graphml,
        xmlattributes('http://graphml.graphdrawing.org/xmlns' AS xmlns),
        xmlelement(name key, xmlattributes('label' AS id, 'node' AS "for", 'label' AS "attr.name", 'string' AS "attr.type")),
        xmlelement(name key, xmlattributes('bloc' AS id, 'node' AS "for", 'bloc' AS "attr.name", 'string' AS "attr.type")),
        xmlelement(name key, xmlattributes('spoke' AS id, 'node' AS "for", 'spoke' AS "attr.name", 'long' AS "attr.type")),
        xmlelement(name key, xmlattributes('received' AS id, 'node' AS "for", 'received' AS "attr.name", 'long' AS "attr.type")),
        xmlelement(name key, xmlattributes('statements' AS id, 'edge' AS "for", 'statements' AS "attr.name", 'long' AS "attr.type")),
        xmlelement(name graph,
            xmlattributes(pg_catalog.format('%s %s to %s', $1, $2, $3) AS id, 'directed' AS edgedefault),
            (SELECT xmlagg(xmlelement(name node, xmlattributes(n.node::text AS id),
                        xmlelement(name data, xmlattributes('label' AS key), n.label),
                        CASE WHEN n.bloc IS NOT NULL THEN
                            xmlelement(name data, xmlattributes('bloc' AS key), n.bloc::text) END,
                        xmlelement(name data, xmlattributes('spoke' AS key), n.spoke),
                        xmlelement(name data, xmlattributes('received' AS key), n.received))
                        ORDER BY n.node)
               FROM @extschema@.graph_nodes($1, $2, $3, $4) n),
            (SELECT xmlagg(xmlelement(name edge,
                        xmlattributes(e.speaker::text AS source, e.target::text AS target),
                        xmlelement(name data, xmlattributes('statements' AS key), e.statements))
                        ORDER BY e.speaker, e.target)
               FROM @extschema@.graph_edges($1, $2, $3, $4) e))),
        version '1.0', standalone yes)
$$;
COMMENT ON FUNCTION @extschema@.graphml(text, date, date, integer) IS
'the network of a stance between two dates as a GraphML document: nodes (countries, with label, bloc, statements made and received) and directed edges weighted by statements';

CREATE FUNCTION @extschema@.graph_json(what text, from_date date, to_date date, min_statements integer DEFAULT 1)
RETURNS jsonb
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
    SELECT jsonb_build_object(
        'what', $1, 'from', $2, 'to', $3,
        'nodes', coalesce((SELECT jsonb_agg(jsonb_build_object(
                              'id', n.node::text, 'label', n.label, 'bloc', n.bloc::text,
                              'spoke', n.spoke, 'received', n.received) ORDER BY n.node)
                             FROM @extschema@.graph_nodes($1, $2, $3, $4) n), '[]'),
        'edges', coalesce((SELECT jsonb_agg(jsonb_build_object(
                              'source', e.speaker::text, 'target', e.target::text,
                              'statements', e.statements) ORDER BY e.speaker, e.target)
                             FROM @extschema@.graph_edges($1, $2, $3, $4) e), '[]'))
$$;
COMMENT ON FUNCTION @extschema@.graph_json(text, date, date, integer) IS
'the network of geopol.graphml() as JSON: {"nodes": [{id, label, bloc, spoke, received}], "edges": [{source, target, statements}]}';

-- articles, once ----------------------------------------------------------------

CREATE FUNCTION @extschema@.ingest_once(url text, published date, title text, body text,
                                        source text DEFAULT NULL, replace boolean DEFAULT false,
                                        OUT article bigint, OUT statements bigint, OUT stored boolean)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    IF NOT coalesce($6, false) THEN
        SELECT a.id INTO article FROM @extschema@.article a WHERE a.url = $1;
        IF FOUND THEN
            stored := false;
            SELECT count(*) INTO statements FROM @extschema@.statement s
             WHERE s.article = ingest_once.article AND s.extracted;
            RETURN;
        END IF;
    END IF;
    article := @extschema@.ingest($1, $2, $3, $4, $5);
    stored := true;
    SELECT count(*) INTO statements FROM @extschema@.statement s
     WHERE s.article = ingest_once.article AND s.extracted;
END
$$;
COMMENT ON FUNCTION @extschema@.ingest_once(text, date, text, text, text, boolean) IS
'geopol.ingest() for an article whose url is not stored yet (with replace, for any): returns the article id, its extracted statements, and whether it was stored now (false: it was there, and was left alone); what geopol ingest calls for each article, so that a second run changes nothing';

-- an actor as people write it -------------------------------------------------

CREATE FUNCTION @extschema@.find_actor(name text, "on" date DEFAULT current_date)
RETURNS @extschema@.actor
LANGUAGE plpgsql STABLE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    a @extschema@.actor;
BEGIN
    -- a name first: Chad is TCD, UK is GBR (both also read as codes); a
    -- name of another day too (Swaziland today is SWZ)
    a := @extschema@.import_name($1, $2);
    IF a IS NOT NULL THEN
        RETURN a;
    END IF;
    BEGIN
        RETURN $1::@extschema@.actor;
    EXCEPTION WHEN invalid_text_representation THEN
        -- the name quoted up to 64 characters, as the types' details quote
        RAISE EXCEPTION 'no actor is named "%"',
                        CASE WHEN length($1) > 64 THEN left($1, 64) || '...' ELSE $1 END
            USING ERRCODE = 'invalid_text_representation',
                  HINT = 'Give an actor code (PRK, RUS.GOV, G7) or a name that geopol.actor_name knows on that day (North Korea).';
    END;
END
$$;
COMMENT ON FUNCTION @extschema@.find_actor(text, date) IS
'the actor a name stands for on a day (geopol.import_name(): geopol.lookup(), else the actor the name stood for nearest to that day), else the text read as an actor code; an error when it is neither: how the geopol client reads the actors on its command line';
