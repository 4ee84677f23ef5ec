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
/* big-endian bytes of an actor: the stable input of every hash */
extern void actor_to_bytes(gp_actor a, unsigned char *out16);
/* parse the text of a binary value (recv), erroring like recv does */
extern void actor_recv_text(const char *text, int len, gp_actor *out);
/* characters of the database encoding, for error details (gp_mblen_fn) */
extern size_t geopol_mblen(const char *s, size_t avail);

/*
 * geopol.bloc: varlena; a member count, then the members sorted and
 * distinct.  Always read through PG_GETARG_BLOC (detoasts and unpacks).
 */
typedef struct Bloc
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint32		n_layout;		/* member count (low 24 bits), layout (top 4) */
	uint64		data[FLEXIBLE_ARRAY_MEMBER];	/* see bloc_make() */
} Bloc;

/* layouts: how many bytes a member takes (see bloc_make) */
#define BLOC_FULL				0		/* 16: both words */
#define BLOC_COMPACT			1		/* 8: the high word (members of <= 12 symbols) */
#define BLOC_TINY				2		/* 4: high word / 37^6 (members of <= 6 symbols) */
#define BLOC_N(b)				((b)->n_layout & 0x00FFFFFF)
#define BLOC_LAYOUT(b)			((b)->n_layout >> 28)
#define BLOC_MAX_MEMBERS		(1 << 20)
#define DatumGetBlocP(X)		((Bloc *) PG_DETOAST_DATUM(X))
#define PG_GETARG_BLOC(n)		DatumGetBlocP(PG_GETARG_DATUM(n))
#define GEOPOL_BLOC_SEND_VERSION 1

/* the members of a bloc as an array of actors, whatever the layout */
typedef struct BlocView
{
	const gp_actor *m;
	size_t		n;
} BlocView;

extern BlocView bloc_view(const Bloc *b);
extern bool bloc_has(const Bloc *b, gp_actor x);
#define PG_GETARG_BLOCVIEW(n)	bloc_view(PG_GETARG_BLOC(n))

extern Bloc *bloc_make(const gp_actor *members, size_t n);

/* registry.c */
extern void registry_init(void);
extern bool registry_forum_member(gp_actor f, gp_actor x, int32 on);

/* a party to a statement and the forum it spoke through (zero: itself) */
typedef struct GpParty
{
	gp_actor	party;
	gp_actor	via;
} GpParty;

/* parties(b, on): sorted by party, one each (palloc'd; *n of them) */
extern GpParty *registry_parties(BlocView b, int32 on, size_t *n);

/* extract.c */
extern void extract_init(void);

#endif							/* GEOPOL_H */
