-- geopol sample articles coded by geopol.ingest() (geopol.extract() inside),
-- written for geopol (not copied from any outlet).  Loaded by `make demo`.
-- The articles are short reports in the style of wire copy; the wording is ours.
SET search_path = geopol, public;

SELECT geopol.ingest('https://example.org/sample/2025-06-12-nordic-belarus', '2025-06-12',
  'Nordic ministers rebuke Minsk over border incidents',
  'The foreign ministers of Denmark, Finland, Norway and Sweden on Tuesday condemned Belarus for pushing migrants across its border with Lithuania and Poland. '
  '"We strongly condemn the instrumentalisation of migrants by the Lukashenko regime," the four ministers said in a joint statement issued in Oslo. '
  'They called on Minsk to stop the practice immediately and urged the European Commission to support the frontline states. '
  'The ministers also expressed their full solidarity with Lithuania and Poland. '
  'Belarus has denied the accusations. China did not condemn the incidents, and India declined to comment.',
  'geopol sample') AS nordic;

SELECT geopol.ingest('https://example.org/sample/2023-10-20-taiwan-drills', '2023-10-20',
  'Beijing rejects criticism from Washington',
  'China on Thursday rejected U.S. criticism of its military drills near Taiwan, saying the exercises were a legitimate response to provocations. '
  'A spokesperson for the Chinese foreign ministry accused Washington of interfering in China''s internal affairs. '
  'The U.S. State Department had earlier criticised the drills and warned Beijing against further escalation. '
  'Japan and Australia expressed concern about the drills, while Russia praised China''s "restraint".',
  'geopol sample') AS drills;

SELECT geopol.ingest('https://example.org/sample/2024-03-13-haiti', '2024-03-13',
  'Canada and Mexico on Haiti',
  'Canada and Mexico on Monday expressed deep concern about the attacks by armed gangs on Haitian police stations. '
  'In a joint statement, the two governments called on the Haitian authorities to agree on a transition '
  'and urged the UN Security Council to deploy the support mission quickly. '
  '"We stand with the people of Haiti," the statement said. '
  'Brazil did not condemn the gangs, and Argentina declined to comment.',
  'geopol sample') AS haiti;
