-- geopol: typed actors, blocs and stances for geopolitical statement data.
-- This file is built from sql/*.sql and data/*.tsv by the Makefile; edit those.
\echo Use "CREATE EXTENSION geopol" to load this file. \quit
