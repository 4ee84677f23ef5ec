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
INSERT INTO braw VALUES
  ('padded member',         '\x0100000001' || '\x1e'::bytea || convert_to('   kor' || repeat(' ', 24), 'UTF8')),
  ('non-ASCII member',      '\x0100000001' || '\x04'::bytea || convert_to('PRÉ', 'UTF8')),
  ('NUL in member',         '\x010000000103504b00'::bytea),
  ('bytes after members',   '\x010000000102473700'::bytea),
  ('member cut off',        '\x0100000001054b4f'::bytea);
CREATE TABLE bone (b bloc);
DO $$
DECLARE
    r record;
    path text := current_setting('geopol.test_bin');
    d text;
BEGIN
    FOR r IN SELECT label, b FROM braw LOOP
        EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', r.b, path);
        TRUNCATE bone;
        BEGIN
            EXECUTE format('COPY bone FROM %L (FORMAT binary)', path);
            RAISE NOTICE '%: accepted %', r.label, (SELECT b FROM bone);
        EXCEPTION WHEN others THEN
            GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
            RAISE NOTICE '%: % % (%)', r.label, SQLSTATE, SQLERRM, d;
        END;
    END LOOP;
END $$;

-- issue 11, item 11: binary input accepts exactly what text input accepts.
-- Each list of member texts goes in as a literal and, through binary COPY,
-- as the binary form of the same members.
CREATE TABLE blits (members text[]);
INSERT INTO blits VALUES ('{G7,KOR,AUS}'), ('{kor,G7,AUS,AUS}'), ('{}'), (ARRAY[' PRK ', 'prk.gov', 'RUSGOVMIL']),
  (ARRAY['KOR' || repeat(' ', 40)]), (ARRAY[repeat(' ', 30) || 'IGO.UNO.REF.HCR', E'\tEU\n']),
  (ARRAY['PRK', '']), (ARRAY['PRK', '  ']), (ARRAY['X']), (ARRAY['PRK GOV']), (ARRAY['PRÉ']),
  (ARRAY['PRK..GOV']), (ARRAY['AB.CD.EF.GH.IJ.KL.MN.OP.QR']), (ARRAY['"PRK"']);
DO $$
DECLARE
    r record;
    path text := current_setting('geopol.test_bin');
    lit text;
    bin bytea;
    m text;
    as_text text;
    as_binary text;
BEGIN
    FOR r IN SELECT members FROM blits LOOP
        lit := '{' || array_to_string(r.members, ',') || '}';
        bin := '\x01'::bytea || int4send(cardinality(r.members));
        FOREACH m IN ARRAY r.members LOOP
            bin := bin || set_byte('\x00'::bytea, 0, octet_length(convert_to(m, 'UTF8'))) || convert_to(m, 'UTF8');
        END LOOP;
        BEGIN
            as_text := lit::bloc::text;
        EXCEPTION WHEN others THEN
            as_text := 'error ' || SQLSTATE;
        END;
        EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', bin, path);
        TRUNCATE bone;
        BEGIN
            EXECUTE format('COPY bone FROM %L (FORMAT binary)', path);
            as_binary := (SELECT bone.b::text FROM bone);
        EXCEPTION WHEN others THEN
            as_binary := 'error ' || SQLSTATE;
        END;
        RAISE NOTICE '%: text %, binary %: %', rpad(translate(quote_literal(lit), E'\t\n', '→↵'), 48),
            as_text, as_binary,
            CASE WHEN as_text = as_binary OR (as_text LIKE 'error%' AND as_binary LIKE 'error%')
                 THEN 'agree' ELSE 'DISAGREE' END;
    END LOOP;
END $$;
DROP TABLE bsrc, bdst, braw, bone, blits;

-- issue 11, item 9: a long non-ASCII member is quoted whole characters;
-- under a LATIN1 client the real error arrives (22P02)
SELECT ('{PRK,A' || repeat('é', 40) || '}')::bloc;
SELECT ('{PRK,' || repeat('—', 40) || '}')::bloc;
DO $$
DECLARE
    n int;
    d text;
    bad int := 0;
    tried int := 0;
BEGIN
    FOR n IN 1..80 LOOP
        FOREACH d IN ARRAY ARRAY['{PRK,' || repeat('é', n) || '}', '{PRK,A' || repeat('é', n) || '}',
                                 '{' || repeat('Aß', n) || ',KOR}']
        LOOP
            BEGIN
                PERFORM d::geopol.bloc;
            EXCEPTION WHEN others THEN
                GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
                tried := tried + 1;
                BEGIN
                    PERFORM convert_to(d, 'LATIN1');
                EXCEPTION WHEN others THEN
                    bad := bad + 1;
                END;
            END;
        END LOOP;
    END LOOP;
    RAISE NOTICE 'bloc: % errors with non-ASCII members, % details not valid', tried, bad;
END
$$;
SET client_encoding = 'LATIN1';
\set VERBOSITY sqlstate
SELECT ('{PRK,A' || repeat(chr(233), 40) || '}')::bloc;
RESET client_encoding;
\set VERBOSITY default
