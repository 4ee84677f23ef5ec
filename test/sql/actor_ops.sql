-- geopol.actor: order, equality, hierarchy operators and functions
SET search_path = geopol, public;

-- hierarchical order: a parent right before its descendants
SELECT a FROM unnest('{RWA,RUS.MIL,RUSA,RUS.GOV.MIL,RUS,RUS.GOV,G7,G20,EU,NATO}'::geopol.actor[]) a
 ORDER BY a;

SELECT 'RUS'::actor < 'RUS.GOV' AS lt, 'RUS.GOV.MIL'::actor < 'RUS.MIL' AS lt2,
       'RUS.MIL'::actor < 'RWA' AS lt3, 'prk'::actor = 'PRK' AS eq, 'PRK'::actor <> 'PRK.GOV' AS ne,
       'RWA'::actor >= 'RUS' AS ge, 'RUS'::actor > 'RUS' AS gt, 'RUS'::actor <= 'RUS' AS le;
SELECT actor_cmp('RUS', 'RUS.GOV'), actor_cmp('RUS.GOV', 'RUS.GOV'), actor_cmp('RWA', 'RUS.GOV.MIL');

-- ancestry: a @> b when a is b or an ancestor of b
SELECT a, b, a::actor @> b::actor AS contains, b::actor <@ a::actor AS contained
  FROM (VALUES ('RUS', 'RUS.GOV.MIL'), ('RUS', 'RUS'), ('RUS.GOV', 'RUS.GOV.MIL'),
               ('RUS.GOV.MIL', 'RUS.GOV'), ('RUS', 'RUSA'), ('RUS.GOV', 'RUS.GOVX'),
               ('RUS', 'RWA'), ('IGO', 'IGO.UNO.REF.HCR'), ('IGO.UNO.REF', 'IGO.UNO.REF.HCR'),
               ('AB.CD.EF.GH.IJ.KL.MN', 'AB.CD.EF.GH.IJ.KL.MN.OP')) v(a, b);

SELECT a, country(a), parent(a), depth(a), role(a), segment(a, 2) AS seg2
  FROM unnest('{PRK,PRK.GOV,RUS.GOV.MIL,IGO.UNO.REF.HCR,G7}'::actor[]) a;
SELECT parent(parent('RUS.GOV.MIL')), parent(parent(parent('RUS.GOV.MIL'))) IS NULL AS top;
SELECT segment('PRK.GOV', 0) IS NULL AS zero, segment('PRK.GOV', 3) IS NULL AS past_end;

-- min/max follow the hierarchical order
SELECT min(a), max(a) FROM unnest('{RUS.MIL,RUS,RWA,RUS.GOV.MIL}'::actor[]) a;

-- every function is immutable or stable, parallel safe, and commented;
-- except ingest(), which writes
SELECT p.proname, p.provolatile, p.proparallel
  FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'geopol'
 WHERE (p.provolatile = 'v' OR p.proparallel <> 's') AND p.prorettype <> 'trigger'::regtype;
SELECT count(*) AS uncommented
  FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'geopol'
 WHERE d.deptype = 'e'
   AND d.classid IN ('pg_proc'::regclass, 'pg_type'::regclass, 'pg_operator'::regclass)
   AND obj_description(d.objid, d.classid::regclass::name) IS NULL
   AND NOT (d.classid = 'pg_type'::regclass AND
            EXISTS (SELECT 1 FROM pg_type t WHERE t.oid = d.objid AND t.typelem <> 0));
