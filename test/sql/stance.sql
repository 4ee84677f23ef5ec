-- geopol.stance: I/O, bad literals, facts, classes, PLOVER, order, binary
SET search_path = geopol, public;

SELECT s AS input, s::stance AS stance, cameo(s::stance), intensity(s::stance), negated(s::stance),
       factual(s::stance), s::stance::text::stance = s::stance AS round_trip
  FROM unnest(ARRAY['condemn', '111', '0874', '012', '01', 'strongly condemn', 'deep concern',
                    'not condemn', 'refused to condemn', 'extremely strongly condemn',
                    'condemn in the strongest possible terms', 'mildly criticise', 'call on',
                    'impose sanctions', 'future warn', 'would support', 'praise', 'welcome',
                    'support', 'commit', 'appeal', 'demand', 'accuse', 'reject', 'warn',
                    'sanction', 'comment', 'concern']) s;

-- bad literals: 22P02, naming stance, with the closest names
SELECT 'condemnn'::stance;
SELECT '999'::stance;
SELECT ''::stance;
SELECT 'strongly'::stance;
SELECT 'not'::stance;
SELECT 'condemn loudly'::stance;
SELECT '12345'::stance;
-- issue 11, item 10: contradictions and stray characters are refused
SELECT '-111'::stance;
SELECT 'not not condemn'::stance;
SELECT 'strongly mildly condemn'::stance;
SELECT 'future conditional condemn'::stance;
SELECT 'c"o"n"d"e"m"n'::stance;
SELECT 'not future condemn'::stance;
SELECT 'strongly condemn in the strongest terms'::stance;
SELECT 'will did not condemn'::stance;
SELECT 'refused to not condemn'::stance;
SELECT 'condemn-'::stance;
-- still accepted: each kind once, in order; joiners between words; any case
SELECT s AS input, s::stance AS stance
  FROM unnest(ARRAY['future not strongly condemn', 'will not condemn', 'will refuse to condemn',
                    'may not condemn', 'not condemn in the strongest terms', 'call-on', 'IMPOSE_SANCTIONS',
                    'CRITICISE', 'Deeply Concerned']) s;
SELECT stance_matches('condemn', 'DisApprove') AS class_any_case;
DO $$
DECLARE lit text;
BEGIN
    FOREACH lit IN ARRAY ARRAY['condemnn', '999', '', 'strongly', 'not', 'x', '-111', 'not not condemn',
                               'strongly mildly condemn', 'future conditional condemn', 'c"o"n"d"e"m"n',
                               chr(39) || 'condemn' || chr(39), 'would did not condemn', 'strongly not condemn',
                               '1', repeat('condemn ', 20)]
    LOOP
        BEGIN
            PERFORM lit::geopol.stance;
            RAISE NOTICE '% accepted', lit;
        EXCEPTION WHEN others THEN
            RAISE NOTICE '%: %', rpad(quote_literal(lit), 12), SQLSTATE;
        END;
    END LOOP;
END $$;

-- facts: Goldstein, QuadClass, PLOVER, polarity, class
SELECT s, cameo(s), goldstein(s), quad_class(s), plover(s), polarity(s), stance_class(s), description(s)
  FROM unnest('{comment,concern,appeal,commit,support,praise,demand,condemn,accuse,reject,warn,sanction,040,060,0874,090,140,150,180,018,019}'::stance[]) s;
SELECT goldstein('not condemn') AS negated_weighs_0, goldstein('strongly condemn') AS intensity_keeps_value;
-- every CAMEO code of the reference list is a stance; the table has 311 codes
SELECT count(*) FROM unnest(ARRAY['010','0211','0874','1056','106','2042','20','163','1661']) c WHERE c::stance IS NOT NULL;
-- a root code contains its children
SELECT '11'::stance @> '111' AS root_contains, '11'::stance @> 'strongly 111' AS any_intensity,
       '111'::stance @> '11' AS not_reverse, '11'::stance @> 'not 111' AS not_negated,
       '012'::stance <@ '01' AS concern_in_01;
-- order: code, a code before its children, then intensity
SELECT s FROM unnest('{strongly condemn,11,condemn,1121,mildly condemn,accuse,012,02,not condemn}'::stance[]) s ORDER BY s;
-- stance_matches: classes and stances
SELECT s, stance_matches(s, 'DISAPPROVE') AS disapprove, stance_matches(s, 'condemn') AS condemn,
       stance_matches(s, '11') AS root11, stance_matches(s, 'concern') AS concern
  FROM unnest('{condemn,strongly condemn,not condemn,accuse,concern,future condemn}'::stance[]) s;
SELECT avg_goldstein(s) FROM unnest('{condemn,accuse,praise,not condemn}'::stance[]) s;
-- binary round trip; recv checks what in checks
SELECT stance_send('strongly condemn');
CREATE TABLE ssrc (s stance);
INSERT INTO ssrc SELECT unnest('{condemn,strongly condemn,not 0874,future warn,012}'::stance[]);
\getenv abs_builddir PG_ABS_BUILDDIR
\set bin :abs_builddir '/stance_copy.bin'
COPY ssrc TO :'bin' (FORMAT binary);
CREATE TABLE sdst (s stance);
COPY sdst FROM :'bin' (FORMAT binary);
SELECT (SELECT array_agg(s ORDER BY s) FROM ssrc) = (SELECT array_agg(s ORDER BY s) FROM sdst) AS same;
SELECT set_config('geopol.test_bin', :'bin', false) IS NOT NULL AS path_set;
DO $$
DECLARE
    b bytea;
    path text := current_setting('geopol.test_bin');
    d text;
BEGIN
    FOREACH b IN ARRAY ARRAY['\x012db88000'::bytea, '\x0100000000', '\x022db88000', '\x012db88001', '\x012dbb8000', '\x012db8b000', '\x012db8', '\x012db8800000', '']
    LOOP
        EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', b, path);
        TRUNCATE sdst;
        BEGIN
            EXECUTE format('COPY sdst FROM %L (FORMAT binary)', path);
            RAISE NOTICE '%: accepted %', b, (SELECT s FROM sdst);
        EXCEPTION WHEN others THEN
            GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
            RAISE NOTICE '%: % % (%)', b, SQLSTATE, SQLERRM, d;
        END;
    END LOOP;
END $$;
-- issue 11, item 11: the values binary input accepts are the values text
-- input gives: codes with every intensity, negation and mood go in as text
-- and come back through binary COPY as the same values (the unit tests
-- check all 2^20 bit patterns)
CREATE TABLE sall (s stance);
INSERT INTO sall SELECT (m || n || i || code)::stance
  FROM unnest(ARRAY['010','0211','0874','1056','106','2042','20','163','1661','111','012']) code,
       unnest(ARRAY['', 'future ', 'conditional ']) m, unnest(ARRAY['', 'not ']) n,
       unnest(ARRAY['mildly ', '', 'strongly ', 'extremely strongly ']) i;
COPY sall TO :'bin' (FORMAT binary);
TRUNCATE sdst;
COPY sdst FROM :'bin' (FORMAT binary);
SELECT count(*) AS values, count(DISTINCT s) AS distinct_values,
       (SELECT array_agg(s ORDER BY s) FROM sall) = (SELECT array_agg(s ORDER BY s) FROM sdst) AS same
  FROM sall;
DROP TABLE sall;
-- btree and hash
SELECT stance, count(*) FROM (VALUES ('condemn'::stance), ('111'), ('strongly condemn'), ('praise')) v(stance)
 GROUP BY 1 ORDER BY 1;
SELECT s, stance_hash(s), stance_hash_extended(s, 0) FROM unnest('{condemn,concern}'::stance[]) s;
DROP TABLE ssrc, sdst;

-- issue 11, item 9: long non-ASCII words are quoted whole characters;
-- under a LATIN1 client the real error arrives (22P02)
SELECT repeat('é', 20)::stance;
SELECT ('condemn A' || repeat('é', 40))::stance;
DO $$
DECLARE
    n int;
    d text;
    bad int := 0;
    tried int := 0;
BEGIN
    FOR n IN 1..60 LOOP
        FOREACH d IN ARRAY ARRAY[repeat('é', n), 'A' || repeat('é', n), 'condemn ' || repeat('ü', n),
                                 'strongly A' || repeat('ß', n)]
        LOOP
            BEGIN
                PERFORM d::geopol.stance;
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
    RAISE NOTICE 'stance: % errors with non-ASCII literals, % details not valid', tried, bad;
END
$$;
SET client_encoding = 'LATIN1';
\set VERBOSITY sqlstate
SELECT repeat(chr(233), 20)::stance;
SELECT ('condemn A' || repeat(chr(233), 40))::stance;
RESET client_encoding;
\set VERBOSITY default
