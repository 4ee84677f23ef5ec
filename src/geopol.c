/*
 * geopol.c -- module magic.  Each type keeps its fmgr glue in its own file
 * (actor.c, ...); the pure-C core lives in src/core/.
 */
#include "postgres.h"
#include "fmgr.h"

PG_MODULE_MAGIC;
