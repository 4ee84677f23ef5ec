/*
 * geopol.c -- module magic.  Each type keeps its fmgr glue in its own file
 * (actor.c, ...); the pure-C core lives in src/core/.
 */
#include "geopol.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	registry_init();
	extract_init();
}
