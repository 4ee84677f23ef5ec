-- geopol.actor: text and binary COPY round trips; recv checks what in checks
SET search_path = geopol, public;
\getenv abs_builddir PG_ABS_BUILDDIR
\set bin :abs_builddir '/actor_copy.bin'
\set txt :abs_builddir '/actor_copy.txt'

CREATE TABLE src (a actor);
INSERT INTO src SELECT unnest('{PRK,PRK.GOV,RUS.GOV.MIL,G7,EU,IGO.UNO.REF.HCR,AB.CD.EF.GH.IJ.KL.MN.OP,ABCDEFGH.ABCD.ABCD}'::actor[]);
INSERT INTO src VALUES (NULL);

COPY src TO :'bin' (FORMAT binary);
CREATE TABLE dst (a actor);
COPY dst FROM :'bin' (FORMAT binary);
SELECT count(*) AS rows, count(*) FILTER (WHERE d.a IS NOT DISTINCT FROM s.a) AS same
  FROM (SELECT a, row_number() OVER () r FROM src) s
  JOIN (SELECT a, row_number() OVER () r FROM dst) d USING (r);

COPY src TO :'txt';
TRUNCATE dst;
COPY dst FROM :'txt';
SELECT array_agg(a ORDER BY a) FROM dst;

-- send gives a version byte, then the text
SELECT actor_send('PRK.GOV');

-- recv rejects what in rejects, a bad version, NUL and non-ASCII bytes.  A bytea
-- column written with binary COPY holds exactly the bytes given, so reading
-- that file into an actor column hands those bytes to actor_recv.
SELECT set_config('geopol.test_bin', :'bin', false) IS NOT NULL AS path_set;
CREATE TABLE raw (label text, b bytea);
INSERT INTO raw VALUES
  ('valid PRK.GOV',       '\x0150524B2E474F56'),
  ('valid lower case',    '\x01707266'),
  ('empty text',          '\x01'),
  ('bad version 2',       '\x02505254'),
  ('no version byte',     ''),
  ('one letter',          '\x0150'),
  ('double dot',          '\x0150524B2E2E474F56'),
  ('non-ASCII byte',      '\x015052B5'),
  ('embedded NUL',        '\x015052004B'),
  ('30 characters',       '\x01' || convert_to(repeat('A', 30), 'UTF8')),
  ('blanks beyond 23 bytes', '\x01' || convert_to('   prk.gov' || repeat(' ', 30), 'UTF8'));
CREATE TABLE one (a actor);
DO $$
DECLARE
    r record;
    path text := current_setting('geopol.test_bin');
    d text;
BEGIN
    FOR r IN SELECT label, b FROM raw LOOP
        EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', r.b, path);
        TRUNCATE one;
        BEGIN
            EXECUTE format('COPY one FROM %L (FORMAT binary)', path);
            RAISE NOTICE '%: accepted %', r.label, (SELECT a FROM one);
        EXCEPTION WHEN others THEN
            GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
            RAISE NOTICE '%: % % (%)', r.label, SQLSTATE, SQLERRM, d;
        END;
    END LOOP;
END
$$;

-- issue 11, item 11: binary input accepts exactly what text input accepts.
-- Each literal goes in as text and, through binary COPY, as the binary
-- form a client sends for that text (the version byte, then the text).
CREATE TABLE lits (lit text);
INSERT INTO lits VALUES ('PRK'), ('prk.gov'), ('  RUS.GOV.MIL  '), ('USAGOVMIL'), ('igounorefhcr'),
  (E'\tPRK\n'), ('PRK' || repeat(' ', 40)), (repeat(' ', 40) || 'G7'), ('AB.CD.EF.GH.IJ.KL.MN.OP'),
  ('ABCDEFGH.ABCD.ABCD'), (''), ('  '), ('P'), ('PRK..GOV'), ('PRK.GOV.'), ('.PRK'), ('PRK GOV'),
  ('AB.CD.EF.GH.IJ.KL.MN.OP.QR'), ('USAGOVMILREBOPPX'), ('PRÉ'), ('PRK-GOV'), ('{PRK}'), ('PRK,KOR');
DO $$
DECLARE
    r record;
    path text := current_setting('geopol.test_bin');
    t text;
    b text;
BEGIN
    FOR r IN SELECT lit FROM lits LOOP
        BEGIN
            t := r.lit::actor::text;
        EXCEPTION WHEN others THEN
            t := 'error ' || SQLSTATE;
        END;
        EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)',
                       '\x01'::bytea || convert_to(r.lit, 'UTF8'), path);
        TRUNCATE one;
        BEGIN
            EXECUTE format('COPY one FROM %L (FORMAT binary)', path);
            b := (SELECT a::text FROM one);
        EXCEPTION WHEN others THEN
            b := 'error ' || SQLSTATE;
        END;
        RAISE NOTICE '%: text %, binary %: %', rpad(translate(quote_literal(r.lit), E'\t\n', '→↵'), 46), t, b,
            CASE WHEN t = b OR (t LIKE 'error%' AND b LIKE 'error%') THEN 'agree' ELSE 'DISAGREE' END;
    END LOOP;
END
$$;
DROP TABLE src, dst, raw, one, lits;
