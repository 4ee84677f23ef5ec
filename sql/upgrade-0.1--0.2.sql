-- geopol 0.1 -> 0.2: the statement coder (geopol.extract, geopol.ingest,
-- geopol.lexicon), the names it reads, and statement.extracted.
-- Built into geopol--0.1--0.2.sql with sql/extract.sql and the name and
-- lexicon data (builtin names are added where missing).
\echo Use "ALTER EXTENSION geopol UPDATE TO '0.2'" to load this file. \quit
