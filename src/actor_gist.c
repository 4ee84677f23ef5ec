/*
 * actor_gist.c -- a GiST operator class for geopol.actor.
 *
 * Why: exclusion constraints need GiST, and PostgreSQL ships GiST equality
 * only for its own types (btree_gist).  geopol.membership keeps its periods
 * from overlapping with EXCLUDE USING gist (bloc WITH =, member WITH =,
 * during WITH &&): a constraint that checks each row through the index, so
 * it needs no lock per row (the trigger it replaces took one advisory lock
 * per row and ran out of shared memory at about 12,600 rows in one
 * transaction) and it is safe under every isolation level (a second writer
 * of an overlapping period waits for the first and then fails).
 *
 * The key is a closed interval [lo, hi] of actors (a leaf holds [a, a]),
 * so the class answers what a btree answers: =, <, <=, >, >= and, because
 * a subtree of codes is one interval of the order, a <@ X (descendants).
 * a @> X (ancestors) is answered by testing X's prefixes.
 */
#include "geopol.h"

#include "access/gist.h"
#include "access/stratnum.h"
#include "utils/builtins.h"

typedef struct ActorKey
{
	gp_actor	lo;
	gp_actor	hi;
} ActorKey;

StaticAssertDecl(sizeof(ActorKey) == 32, "gist_actor_key must be 32 bytes");

/* strategies beyond the btree ones, numbered as for ranges */
#define ACTOR_CONTAINS_STRATEGY		7	/* key @> query: key is an ancestor */
#define ACTOR_CONTAINED_STRATEGY	8	/* key <@ query: key is a descendant */

#define DatumGetActorKey(X)		((ActorKey *) DatumGetPointer(X))

PG_FUNCTION_INFO_V1(actor_gist_key_in);
Datum
actor_gist_key_in(PG_FUNCTION_ARGS)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("geopol.gist_actor_key has no input: it is the key of GiST indexes on geopol.actor")));
	PG_RETURN_NULL();
}

PG_FUNCTION_INFO_V1(actor_gist_key_out);
Datum
actor_gist_key_out(PG_FUNCTION_ARGS)
{
	ActorKey   *k = DatumGetActorKey(PG_GETARG_DATUM(0));
	char		lo[GP_ACTOR_TEXT_BUFSIZE];
	char		hi[GP_ACTOR_TEXT_BUFSIZE];

	gp_actor_format(k->lo, lo);
	gp_actor_format(k->hi, hi);
	PG_RETURN_CSTRING(psprintf("[%s,%s]", lo, hi));
}

/* a leaf value becomes the interval [a, a] */
PG_FUNCTION_INFO_V1(actor_gist_compress);
Datum
actor_gist_compress(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);

	if (entry->leafkey)
	{
		GISTENTRY  *ret = palloc(sizeof(GISTENTRY));
		ActorKey   *k = palloc(sizeof(ActorKey));

		k->lo = k->hi = *DatumGetActorP(entry->key);
		gistentryinit(*ret, PointerGetDatum(k), entry->rel, entry->page,
					  entry->offset, false);
		PG_RETURN_POINTER(ret);
	}
	PG_RETURN_POINTER(entry);
}

/* index-only scans: the actor of a leaf */
PG_FUNCTION_INFO_V1(actor_gist_fetch);
Datum
actor_gist_fetch(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *ret = palloc(sizeof(GISTENTRY));

	gistentryinit(*ret, actor_datum(DatumGetActorKey(entry->key)->lo),
				  entry->rel, entry->page, entry->offset, false);
	PG_RETURN_POINTER(ret);
}

static bool
key_has_ancestor_of(const ActorKey *k, gp_actor q, bool leaf)
{
	int			d = gp_actor_depth(q),
				i;

	if (leaf)
		return gp_actor_contains(k->lo, q);
	for (i = 1; i <= d; i++)
	{
		gp_actor	p = gp_actor_prefix(q, i);

		if (gp_actor_cmp(k->lo, p) <= 0 && gp_actor_cmp(p, k->hi) <= 0)
			return true;
	}
	return false;
}

static bool
key_meets_subtree(const ActorKey *k, gp_actor q)
{
	gp_actor	upper;
	bool		inclusive;

	gp_actor_subtree_upper(q, &upper, &inclusive);
	if (gp_actor_cmp(k->hi, q) < 0)
		return false;
	return inclusive ? gp_actor_cmp(k->lo, upper) <= 0 : gp_actor_cmp(k->lo, upper) < 0;
}

PG_FUNCTION_INFO_V1(actor_gist_consistent);
Datum
actor_gist_consistent(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	gp_actor	q = PG_GETARG_ACTOR(1);
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	ActorKey   *k = DatumGetActorKey(entry->key);
	bool		leaf = GIST_LEAF(entry);

	*recheck = false;
	switch (strategy)
	{
		case BTLessStrategyNumber:
			PG_RETURN_BOOL(gp_actor_cmp(k->lo, q) < 0);
		case BTLessEqualStrategyNumber:
			PG_RETURN_BOOL(gp_actor_cmp(k->lo, q) <= 0);
		case BTEqualStrategyNumber:
			PG_RETURN_BOOL(gp_actor_cmp(k->lo, q) <= 0 && gp_actor_cmp(q, k->hi) <= 0);
		case BTGreaterEqualStrategyNumber:
			PG_RETURN_BOOL(gp_actor_cmp(k->hi, q) >= 0);
		case BTGreaterStrategyNumber:
			PG_RETURN_BOOL(gp_actor_cmp(k->hi, q) > 0);
		case ACTOR_CONTAINS_STRATEGY:
			PG_RETURN_BOOL(key_has_ancestor_of(k, q, leaf));
		case ACTOR_CONTAINED_STRATEGY:
			PG_RETURN_BOOL(leaf ? gp_actor_contains(q, k->lo) : key_meets_subtree(k, q));
	}
	elog(ERROR, "geopol: unknown GiST strategy %d for actor", strategy);
	PG_RETURN_BOOL(false);
}

PG_FUNCTION_INFO_V1(actor_gist_union);
Datum
actor_gist_union(PG_FUNCTION_ARGS)
{
	GistEntryVector *v = (GistEntryVector *) PG_GETARG_POINTER(0);
	int		   *size = (int *) PG_GETARG_POINTER(1);
	ActorKey   *u = palloc(sizeof(ActorKey));
	int			i;

	*u = *DatumGetActorKey(v->vector[0].key);
	for (i = 1; i < v->n; i++)
	{
		ActorKey   *k = DatumGetActorKey(v->vector[i].key);

		if (gp_actor_cmp(k->lo, u->lo) < 0)
			u->lo = k->lo;
		if (gp_actor_cmp(k->hi, u->hi) > 0)
			u->hi = k->hi;
	}
	*size = sizeof(ActorKey);
	PG_RETURN_POINTER(u);
}

/*
 * The width of an interval as a number: codes are base-37 numbers of 23
 * symbols held as hi * 37^11 + lo; the difference is taken word by word
 * first so that close codes keep their distance in a double.
 */
static double
key_width(gp_actor lo, gp_actor hi)
{
	static const double pow37_11 = 1.7463743104358e17;	/* 37^11 */

	return ((double) hi.hi - (double) lo.hi) * pow37_11 + ((double) hi.lo - (double) lo.lo);
}

PG_FUNCTION_INFO_V1(actor_gist_penalty);
Datum
actor_gist_penalty(PG_FUNCTION_ARGS)
{
	ActorKey   *o = DatumGetActorKey(((GISTENTRY *) PG_GETARG_POINTER(0))->key);
	ActorKey   *n = DatumGetActorKey(((GISTENTRY *) PG_GETARG_POINTER(1))->key);
	float	   *penalty = (float *) PG_GETARG_POINTER(2);
	gp_actor	lo = gp_actor_cmp(n->lo, o->lo) < 0 ? n->lo : o->lo;
	gp_actor	hi = gp_actor_cmp(n->hi, o->hi) > 0 ? n->hi : o->hi;
	double		grow = key_width(lo, hi) - key_width(o->lo, o->hi);

	*penalty = grow > 0 ? (float) grow : 0.0f;
	PG_RETURN_POINTER(penalty);
}

typedef struct SortItem
{
	OffsetNumber i;
	ActorKey   *k;
} SortItem;

static int
sort_item_cmp(const void *x, const void *y)
{
	const SortItem *a = x,
			   *b = y;
	int			c = gp_actor_cmp(a->k->lo, b->k->lo);

	return c != 0 ? c : gp_actor_cmp(a->k->hi, b->k->hi);
}

/* sorted by the lower end, the first half left and the rest right */
PG_FUNCTION_INFO_V1(actor_gist_picksplit);
Datum
actor_gist_picksplit(PG_FUNCTION_ARGS)
{
	GistEntryVector *v = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *s = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	OffsetNumber maxoff = v->n - 1;
	int			n = maxoff - FirstOffsetNumber + 1,
				j;
	SortItem   *items = palloc(n * sizeof(SortItem));
	ActorKey   *l = palloc(sizeof(ActorKey)),
			   *r = palloc(sizeof(ActorKey));
	OffsetNumber i;

	for (i = FirstOffsetNumber, j = 0; i <= maxoff; i = OffsetNumberNext(i), j++)
	{
		items[j].i = i;
		items[j].k = DatumGetActorKey(v->vector[i].key);
	}
	qsort(items, n, sizeof(SortItem), sort_item_cmp);

	s->spl_left = palloc(n * sizeof(OffsetNumber));
	s->spl_right = palloc(n * sizeof(OffsetNumber));
	s->spl_nleft = s->spl_nright = 0;
	for (j = 0; j < n; j++)
	{
		ActorKey   *k = items[j].k;
		ActorKey   *u;

		if (j < n / 2)
		{
			u = l;
			s->spl_left[s->spl_nleft++] = items[j].i;
		}
		else
		{
			u = r;
			s->spl_right[s->spl_nright++] = items[j].i;
		}
		if (j == 0 || j == n / 2)
			*u = *k;
		else
		{
			if (gp_actor_cmp(k->lo, u->lo) < 0)
				u->lo = k->lo;
			if (gp_actor_cmp(k->hi, u->hi) > 0)
				u->hi = k->hi;
		}
	}
	s->spl_ldatum = PointerGetDatum(l);
	s->spl_rdatum = PointerGetDatum(r);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(actor_gist_same);
Datum
actor_gist_same(PG_FUNCTION_ARGS)
{
	ActorKey   *a = DatumGetActorKey(PG_GETARG_DATUM(0));
	ActorKey   *b = DatumGetActorKey(PG_GETARG_DATUM(1));
	bool	   *result = (bool *) PG_GETARG_POINTER(2);

	*result = gp_actor_eq(a->lo, b->lo) && gp_actor_eq(a->hi, b->hi);
	PG_RETURN_POINTER(result);
}
