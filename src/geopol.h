/*
 * geopol.h -- shared declarations of the fmgr glue.
 */
#ifndef GEOPOL_H
#define GEOPOL_H

#include "postgres.h"
#include "fmgr.h"

#include "core/actor.h"

/* geopol.actor: 16 bytes, fixed length, passed by reference, double-aligned */
StaticAssertDecl(sizeof(gp_actor) == 16, "actor must be 16 bytes");

#define DatumGetActorP(X)		((const gp_actor *) DatumGetPointer(X))
#define PG_GETARG_ACTOR(n)		(*DatumGetActorP(PG_GETARG_DATUM(n)))
#define PG_RETURN_ACTOR(a)		return actor_datum(a)

/* The binary format starts with this version byte. */
#define GEOPOL_ACTOR_SEND_VERSION 1

extern Datum actor_datum(gp_actor a);

#endif							/* GEOPOL_H */
