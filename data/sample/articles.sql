-- geopol sample articles, written for geopol (not copied from any outlet),
-- each with the statements an analyst codes from it.  Loaded by `make demo`.
-- The events are real; the wording is ours.
SET search_path = geopol, public;

INSERT INTO article (url, published, title, body, source) VALUES
('https://example.org/sample/2024-11-05-g7-dprk', '2024-11-05',
 'G7 and three partners condemn North Korean deployment to Russia',
 'The foreign ministers of the G7 and the EU High Representative, joined by South Korea, Australia and New Zealand, said on Tuesday they were gravely concerned by the deployment of North Korean troops to Russia. They condemned in the strongest terms the deepening military cooperation between Pyongyang and Moscow, and called on North Korea to stop assisting Russia''s war against Ukraine.',
 'geopol sample'),
('https://example.org/sample/2024-12-17-e3-iran', '2024-12-17',
 'E3 warn Iran over enrichment',
 'France, Germany and the United Kingdom said the expansion of Iran''s enrichment programme had no credible civilian justification and urged Tehran to reverse course.',
 'geopol sample'),
('https://example.org/sample/2025-01-10-kor-dprk', '2025-01-10',
 'Seoul condemns missile launch',
 'South Korea''s foreign ministry condemned the latest ballistic missile launch by North Korea.',
 'geopol sample'),
('https://example.org/sample/2023-07-12-nato-vilnius', '2023-07-12',
 'Allies at Vilnius on Russia and China',
 'NATO leaders meeting in Vilnius condemned Russia''s war of aggression against Ukraine and said they were concerned by China''s coercive policies.',
 'geopol sample');

INSERT INTO statement (article, said_on, source, stance, target, topic, evidence, confidence)
SELECT a.id, v.said_on::date, v.source::bloc, v.stance::stance, v.target::bloc, v.topic, v.evidence, 1
  FROM article a JOIN (VALUES
    ('https://example.org/sample/2024-11-05-g7-dprk', '2024-11-05', '{G7,EU,KOR,AUS,NZL}', 'strongly concern', '{PRK}', 'troops in Russia', 'gravely concerned by the deployment of North Korean troops to Russia'),
    ('https://example.org/sample/2024-11-05-g7-dprk', '2024-11-05', '{G7,EU,KOR,AUS,NZL}', 'extremely strongly condemn', '{RUS,PRK}', 'military cooperation', 'condemned in the strongest terms the deepening military cooperation between Pyongyang and Moscow'),
    ('https://example.org/sample/2024-11-05-g7-dprk', '2024-11-05', '{G7,EU,KOR,AUS,NZL}', 'appeal', '{PRK}', 'aid to Russia', 'called on North Korea to stop assisting Russia''s war'),
    ('https://example.org/sample/2024-12-17-e3-iran', '2024-12-17', '{E3}', 'appeal', '{IRN}', 'enrichment', 'urged Tehran to reverse course'),
    ('https://example.org/sample/2024-12-17-e3-iran', '2024-12-17', '{E3}', 'accuse', '{IRN}', 'enrichment', 'no credible civilian justification'),
    ('https://example.org/sample/2025-01-10-kor-dprk', '2025-01-10', '{KOR.GOV}', 'condemn', '{PRK}', 'missile launch', 'condemned the latest ballistic missile launch'),
    ('https://example.org/sample/2023-07-12-nato-vilnius', '2023-07-12', '{NATO}', 'condemn', '{RUS}', 'war against Ukraine', 'condemned Russia''s war of aggression'),
    ('https://example.org/sample/2023-07-12-nato-vilnius', '2023-07-12', '{NATO}', 'concern', '{CHN}', 'coercive policies', 'concerned by China''s coercive policies')
  ) v(url, said_on, source, stance, target, topic, evidence) ON v.url = a.url;
