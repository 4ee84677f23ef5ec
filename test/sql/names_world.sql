-- The world's actors and the CAMEO lexicon as shipped data: persons by the
-- days of their offices, organisations and institutions, armed groups,
-- former names of renamed countries (data/persons.tsv, organisations.tsv,
-- groups.tsv, lexicon-cameo.tsv; data/gen-actors.py, gen-lexicon-cameo.py)
SET search_path = geopol, public;

-- persons on days inside and outside their terms
SELECT n, d, lookup(n, d::date) AS actor FROM (VALUES
    ('Barack Obama', '2012-06-01'), ('Barack Obama', '2018-06-01'),
    ('Angela Merkel', '2015-01-01'), ('Merkel', '2022-01-01'),
    ('Mohammad Javad Zarif', '2019-03-01'), ('Zarif', '2022-03-01'),
    ('Ban Ki-moon', '2010-01-01'), ('Ban Ki-moon', '2017-06-01'),
    ('Theresa May', '2017-01-01'), ('Theresa May', '2020-01-01'),
    ('Jim Mattis', '2018-01-01'), ('Lloyd Austin', '2023-01-01'),
    ('Sergei Shoigu', '2020-01-01'), ('Sergei Shoigu', '2024-06-01'),
    ('Hamid Karzai', '2010-01-01'), ('Hamid Karzai', '2016-01-01'),
    ('Ashraf Ghani', '2003-01-01'), ('Ashraf Ghani', '2016-01-01'),
    ('Jens Stoltenberg', '2010-01-01'), ('Jens Stoltenberg', '2014-06-01'),
    ('Donald Tusk', '2010-01-01'), ('Donald Tusk', '2017-01-01'), ('Donald Tusk', '2024-01-01'),
    ('Gorbachev', '1988-01-01'),
    ('Javier Milei', '2024-01-01'), ('Claudia Sheinbaum', '2025-01-01'),
    ('Ahmad Moqbel Zarar', '2012-01-01'), ('Ahmad Moqbel Zarar', '2015-06-01')
  ) v(n, d);

-- a term the dictionary left open ends with its 2014 freeze, unless a later
-- record is known: Hollande's runs to 2017-05-13 (the day before Macron)
SELECT lookup('Hollande', '2016-01-01') AS hollande_2016, lookup('Hollande', '2017-05-14') AS hollande_after,
       lookup('Macron', '2017-05-14') AS macron;

-- leaders and persons
SELECT name, kind FROM actor_name
 WHERE name IN ('Barack Obama', 'Mike Pompeo', 'Sanae Takaichi', 'Maria Zakharova') AND builtin
 ORDER BY name, kind;

-- names a country had before a rename are still read after it
SELECT lookup('Swaziland', '2017-01-01') AS swz_2017, lookup('Swaziland', '2020-01-01') AS swz_2020,
       lookup('Macedonia', '2015-01-01') AS mkd_2015, lookup('Macedonia', '2020-01-01') AS mkd_2020,
       lookup('FYROM', '2022-01-01') AS fyrom_2022,
       lookup('Zaire', '1990-01-01') AS zaire_1990, lookup('Zaire', '2000-01-01') AS zaire_2000;

-- organisations, their organs, institutions of states, armed groups
SELECT n, lookup(n, '2020-01-01') AS actor FROM unnest(ARRAY[
    'UNHCR', 'UNICEF', 'OHCHR', 'World Food Programme', 'ICJ', 'International Committee of the Red Cross',
    'Human Rights Watch', 'Mossad', 'Knesset', 'FBI', 'Bundestag', 'Revolutionary Guards',
    'Boko Haram', 'Revolutionary Armed Forces of Colombia', 'Palestinian Islamic Jihad',
    'al-Shabab', 'Jemaah Islamiyah', 'Hezbollah']) n;

-- names that are common words, dates or given names are not shipped
SELECT n, lookup(n, '2015-01-01') AS actor FROM unnest(ARRAY[
    'Supreme Court', 'Abdullah', 'Hussein', 'May', 'Islamic Jihad', '21 June', 'army', 'police']) n;

-- agent words are not actors: lookup() does not return them
INSERT INTO actor_name (actor, name, kind, source) VALUES ('MIL', 'the test army', 'agent', 'test');
SELECT lookup('the test army') AS agent_lookup;
DELETE FROM actor_name WHERE source = 'test';

-- the shipped files are well formed
SELECT count(*) AS unsourced FROM actor_name WHERE builtin AND (source IS NULL OR source = '');
-- one name, two actors on the same day: none among the persons
SELECT a.name, a.actor, b.actor, a.valid, b.valid
  FROM actor_name a JOIN actor_name b
    ON lower(a.name) = lower(b.name) AND a.actor < b.actor AND a.valid && b.valid
 WHERE a.builtin AND b.builtin AND a.kind IN ('leader', 'person') AND b.kind IN ('leader', 'person')
 ORDER BY 1, 2, 3;
-- every term has a first day before its last
SELECT count(*) AS empty_terms FROM actor_name WHERE builtin AND isempty(valid);
-- codes: group codes are one segment of at most 8 characters, persons sit
-- under a country, an organisation or a bloc
SELECT count(*) AS long_group_codes FROM actor_name
 WHERE builtin AND source LIKE 'Phoenix MilNonState%' AND (depth(actor) <> 1 OR length(actor::text) > 8);
SELECT count(*) > 15000 AS persons_many, count(DISTINCT country(actor)) > 150 AS countries_many
  FROM actor_name WHERE builtin AND kind IN ('leader', 'person');
SELECT count(*) > 1000 AS organisations_many FROM actor_name
 WHERE builtin AND (source LIKE 'Phoenix Intl%' OR source LIKE 'Phoenix: %' AND kind = 'alias');
SELECT count(DISTINCT actor) > 500 AS groups_many FROM actor_name
 WHERE builtin AND source LIKE 'Phoenix MilNonState%';

-- the lexicon covers all twenty CAMEO roots
SELECT count(DISTINCT left(cameo(stance), 2)) AS roots FROM lexicon WHERE kind = 'stance' AND builtin;
SELECT left(cameo(stance), 2) AS root, count(*) > 10 AS phrases
  FROM lexicon WHERE kind = 'stance' AND builtin GROUP BY 1 ORDER BY 1;
-- no phrase twice (same words)
SELECT lower(phrase), kind, count(*) FROM lexicon GROUP BY 1, 2 HAVING count(*) > 1;
SELECT phrase, kind, stance FROM lexicon
 WHERE phrase IN ('expel * diplomat', 'sever * ties', 'impose * curfew', 'send * aid', 'arrest', 'invade')
 ORDER BY phrase;

-- the coder uses them: a person is her state only during her term, actions are coded
SELECT source, stance, target FROM geopol.extract('Zarif condemned the decision of the United States.', '2019-03-01');
SELECT count(*) AS after_term FROM geopol.extract('Zarif condemned the decision of the United States.', '2023-03-01');
SELECT source, stance, target FROM geopol.extract('Russia expelled two Estonian diplomats on Monday.', '2022-05-04');
SELECT source, stance, target FROM geopol.extract('Saudi Arabia severed diplomatic ties with Qatar.', '2017-06-05');
SELECT source, stance, target FROM geopol.extract('Japan sent humanitarian aid to Turkey after the earthquake.', '2023-02-10');
