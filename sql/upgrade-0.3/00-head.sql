-- geopol 0.2 -> 0.3.  Built into geopol--0.2--0.3.sql from the fragments of
-- sql/upgrade-0.3/ (one per concern, applied in file-name order), followed
-- by the builtin data of 0.3 (data/*.tsv through data/tsv2sql.awk).
\echo Use "ALTER EXTENSION geopol UPDATE TO '0.3'" to load this file. \quit
