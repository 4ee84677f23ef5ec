-- geopol.actor_name, lookup() and label()
SET search_path = geopol, public;

-- every ISO 3166-1 country is there, with its label
SELECT count(DISTINCT actor) AS countries FROM actor_name
 WHERE kind = 'name' AND source LIKE 'ISO 3166-1%';
SELECT a, label(a) FROM unnest('{PRK,KOR,RUS,USA,GBR,DEU,CHN,IRN,SYR,TUR,COD,COG,CIV}'::actor[]) a;

-- the names people write, ignoring case and blanks
SELECT n, lookup(n) FROM unnest(ARRAY['North Korea', 'DPRK', 'south korea', 'Russia',
    'the United States', 'Britain', 'UK', 'United Kingdom', 'U.S.', '  Japan ',
    'European Union', 'NATO', 'Group of Seven', 'Big Seven', 'the Quad', 'Atlantic Alliance',
    'the Security Council', 'Ivory Coast', 'Burma', 'Narnia', '']) n;

-- names valid on a date
SELECT lookup('Zaire', '1990-01-01') AS zaire_1990, lookup('Zaire', '2000-01-01') AS zaire_2000,
       lookup('Macedonia', '2015-01-01') AS mkd_2015, lookup('Macedonia', '2020-01-01') AS mkd_2020,
       lookup('Soviet Union', '1985-06-01') AS sun_1985, lookup('Soviet Union', '1995-06-01') AS sun_1995,
       lookup('Swaziland', '2018-04-18') AS swz_before, lookup('Swaziland', '2018-04-19') AS swz_after,
       lookup('G8', '2010-01-01') AS g8_2010, lookup('G8', '2015-01-01') AS g8_2015;

-- labels of role paths come from the role codes' meanings
SELECT a, label(a) FROM unnest('{PRK.GOV,RUS.GOV.MIL,USA.LEG,IGO.UNO,SUN,EU,XYZ,XYZ.GOV}'::actor[]) a;
SELECT actor, name FROM actor_name WHERE kind = 'role' AND actor IN ('GOV', 'MIL', 'REB', 'OPP') ORDER BY actor;

-- every row says where it comes from
SELECT count(*) AS unsourced FROM actor_name WHERE source IS NULL OR source = '';

-- users add names; a user row takes effect at once
INSERT INTO actor_name (actor, name, kind, source) VALUES ('PRK.GOV', 'Kim Jong-un''s regime', 'alias', 'test');
SELECT lookup('kim jong-un''s regime');
-- bad rows are refused
INSERT INTO actor_name (actor, name, kind) VALUES ('PRK', '', 'alias');
INSERT INTO actor_name (actor, name, kind) VALUES ('PRK', 'x', 'nickname');
INSERT INTO actor_name (actor, name, kind) VALUES ('PRK', 'Hermit Kingdom', 'alias');
INSERT INTO actor_name (actor, name, kind) VALUES ('PRK', 'Hermit Kingdom', 'alias');

-- user rows are dumped, builtin rows are not (they come with CREATE EXTENSION)
SELECT extconfig::regclass[] AS tables, extcondition FROM pg_extension WHERE extname = 'geopol';
