-- geopol.actor: text input and output, canonical form, every bad literal
CREATE EXTENSION geopol;
SET search_path = geopol, public;

-- canonical dotted upper case; in(out(x)) = x
SELECT a::text AS input, a::geopol.actor AS actor, a::geopol.actor::text::geopol.actor = a::geopol.actor AS round_trip
  FROM (VALUES ('PRK'), ('PRK.GOV'), ('prk.gov'), (' RUS.GOV.MIL '), ('G7'), ('EU'),
               ('NATO'), ('ASEAN'), ('ECOWAS'), ('MERCOSUR'), ('IGO.UNO.REF.HCR'),
               ('AB.CD.EF.GH.IJ.KL.MN.OP'), ('ABCDEFGH.ABCD.ABCD')) v(a);

-- the concatenated CAMEO form of GDELT, ICEWS and Phoenix
SELECT a AS input, a::geopol.actor AS actor
  FROM (VALUES ('PRKGOV'), ('USAGOVMIL'), ('IGOUNO'), ('IGOUNOREFHCR'), ('igowstnat'),
               ('GOVMIL'), ('NGOHRIAMN'), ('USAGOVMILREBOPP'),
               ('ECOWAS'), ('USAGOVX'), ('USA')) v(a);

-- bad literals: 22P02, the type, the text, and what is wrong
\set VERBOSITY default
SELECT ''::geopol.actor;
SELECT '   '::geopol.actor;
SELECT 'P'::geopol.actor;
SELECT 'ABCDEFGHIJ'::geopol.actor;
SELECT 'PRK..GOV'::geopol.actor;
SELECT 'PRK.GOV.'::geopol.actor;
SELECT '.PRK'::geopol.actor;
SELECT 'PRK.GOVERN'::geopol.actor;
SELECT 'PRK.G'::geopol.actor;
SELECT 'AB.CD.EF.GH.IJ.KL.MN.OP.QR'::geopol.actor;
SELECT 'ABCDEFGH.ABCD.ABCD.AB'::geopol.actor;
SELECT 'USAGOVMILREBOPPX'::geopol.actor;
SELECT 'PRÉ'::geopol.actor;
SELECT 'PRK GOV'::geopol.actor;
SELECT 'North Korea'::geopol.actor;
SELECT 'PRK-GOV'::geopol.actor;

-- the SQLSTATE is 22P02, never XX000
DO $$
DECLARE
    lit text;
BEGIN
    FOREACH lit IN ARRAY ARRAY['', 'P', 'ABCDEFGHIJ', 'PRK..GOV', 'PRK.GOV.', '.PRK',
                               'PRK.GOVERN', 'AB.CD.EF.GH.IJ.KL.MN.OP.QR', 'PRÉ', 'PRK GOV']
    LOOP
        BEGIN
            PERFORM lit::geopol.actor;
            RAISE NOTICE '% accepted', lit;
        EXCEPTION WHEN others THEN
            RAISE NOTICE '%: %', rpad(quote_literal(lit), 30), SQLSTATE;
        END;
    END LOOP;
END
$$;

-- NULL in, NULL out
SELECT NULL::geopol.actor IS NULL AS is_null;

-- issue 11, item 9: details quote whole characters and count positions in
-- characters; under a LATIN1 client the real error arrives (22P02), not an
-- encoding error
SELECT ('PR' || repeat('é', 30))::geopol.actor;
SELECT (repeat('é', 5) || ' X')::geopol.actor;
SELECT ('PRK.A' || repeat('ü', 40) || 'X')::geopol.actor;
DO $$
DECLARE
    n int;
    d text;
    bad int := 0;
    tried int := 0;
BEGIN
    FOR n IN 1..80 LOOP
        FOREACH d IN ARRAY ARRAY[repeat('é', n), 'A' || repeat('é', n), 'PRK.' || repeat('ü', n), repeat('Aß', n)]
        LOOP
            BEGIN
                PERFORM d::geopol.actor;
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
    RAISE NOTICE 'actor: % errors with non-ASCII literals, % details not valid', tried, bad;
END
$$;
SET client_encoding = 'LATIN1';
\set VERBOSITY sqlstate
SELECT ('PR' || repeat(chr(233), 30))::geopol.actor;
SELECT (repeat(chr(233), 5) || ' X')::geopol.actor;
RESET client_encoding;
\set VERBOSITY default
