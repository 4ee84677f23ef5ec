-- geopol.bloc: literals, canonical form, bad literals, binary round trip
SET search_path = geopol, public;

SELECT b AS input, b::bloc AS bloc, b::bloc::text::bloc = b::bloc AS round_trip
  FROM (VALUES ('{G7,KOR,AUS,NZL}'), ('{kor,G7,AUS,AUS}'), ('{}'), ('  { }  '),
               ('{ PRK , prk.gov ,RUSGOVMIL }'), ('{PRK}'), ('{IGO.UNO.REF.HCR,EU}')) v(b);

-- bad literals: 22P02, naming bloc, the literal and what is wrong
SELECT '{'::bloc;
SELECT '{PRK,}'::bloc;
SELECT '{PRK'::bloc;
SELECT '{,}'::bloc;
SELECT '{{PRK}}'::bloc;
SELECT 'PRK'::bloc;
SELECT '{PRK,X}'::bloc;
SELECT '{PRK} x'::bloc;
SELECT '{PRK,,KOR}'::bloc;
SELECT '{PRK GOV}'::bloc;
DO $$
DECLARE lit text;
BEGIN
    FOREACH lit IN ARRAY ARRAY['{', '{PRK,}', '{PRK', '{,}', '{{PRK}}', 'PRK', '{PRK,X}', '']
    LOOP
        BEGIN
            PERFORM lit::geopol.bloc;
            RAISE NOTICE '% accepted', lit;
        EXCEPTION WHEN others THEN
            RAISE NOTICE '%: %', rpad(quote_literal(lit), 12), SQLSTATE;
        END;
    END LOOP;
END $$;

-- binary COPY round trip, and recv checks what in checks
\getenv abs_builddir PG_ABS_BUILDDIR
\set bin :abs_builddir '/bloc_copy.bin'
CREATE TABLE bsrc (b bloc);
INSERT INTO bsrc VALUES ('{G7,KOR,AUS,NZL}'), ('{}'), (NULL), ('{IGO.UNO.REF.HCR,AB.CD.EF.GH.IJ.KL.MN.OP}');
INSERT INTO bsrc SELECT bloc_agg(actor) FROM actor_name WHERE kind = 'name';
COPY bsrc TO :'bin' (FORMAT binary);
CREATE TABLE bdst (b bloc);
COPY bdst FROM :'bin' (FORMAT binary);
SELECT count(*) AS rows, count(*) FILTER (WHERE s.b IS NOT DISTINCT FROM d.b) AS same
  FROM (SELECT b, row_number() OVER () r FROM bsrc) s JOIN (SELECT b, row_number() OVER () r FROM bdst) d USING (r);
SELECT bloc_send('{KOR,G7}');
SELECT set_config('geopol.test_bin', :'bin', false) IS NOT NULL AS path_set;
CREATE TABLE braw (label text, b bytea);
INSERT INTO braw VALUES
  ('valid {G7,KOR}',        '\x010000000202473703 4b4f52'::bytea),
  ('unsorted, duplicated',  '\x0100000003034b4f5202473703 4b4f52'::bytea),
  ('empty',                 '\x0100000000'::bytea),
  ('bad version',           '\x0200000000'::bytea),
  ('negative count',        '\x01ffffffff'::bytea),
  ('count beyond data',     '\x01000000ff02473703'::bytea),
  ('bad member',            '\x010000000101 58'::bytea),
  ('zero-length member',    '\x010000000100'::bytea);
CREATE TABLE bone (b bloc);
DO $$
DECLARE
    r record;
    path text := current_setting('geopol.test_bin');
BEGIN
    FOR r IN SELECT label, b FROM braw LOOP
        EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', r.b, path);
        TRUNCATE bone;
        BEGIN
            EXECUTE format('COPY bone FROM %L (FORMAT binary)', path);
            RAISE NOTICE '%: accepted %', r.label, (SELECT b FROM bone);
        EXCEPTION WHEN others THEN
            RAISE NOTICE '%: % %', r.label, SQLSTATE, SQLERRM;
        END;
    END LOOP;
END $$;
DROP TABLE bsrc, bdst, braw, bone;
