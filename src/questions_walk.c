/*
 * questions_walk.c -- first_time(speaker, what, target) and last_time():
 * the first (last) day the speaker took the stance towards the target.
 *
 * The month walk of geopol.first_or_last() (sql/questions.sql) done here
 * against the indexes of each partition, without the executor: the first
 * (last) day of the data from the btrees on said_on + 0 (the first visible
 * entry of each), then month by month from the first (last) month; the
 * other end of the data, which only bounds the walk, is read when a second
 * month is needed (at once when it may be an infinite day, a case the SQL
 * walk decides); the candidates of a month from the GIN index of
 * statement_keys() (the month's T keys of the target's countries and blocs,
 * each a short posting list of its own), read
 * from the heap and tested exactly as the SQL does (the keys again, the
 * days of the month, countries(source) && the speaker's set,
 * stance_matches(), concerns(), spoke()); the walk stops at the first
 * month with a match.  Only the partitions whose days meet the month are
 * read; which partitions there are, and the indexes and columns of each,
 * come from a cache kept for the backend (layout, below).
 *
 * When this cannot be done that way (a partition that is foreign, as on a
 * coordinator of shards, or partitioned again, or lacks one of the two
 * indexes; row level security on geopol.statement; no table-wide SELECT
 * privilege), the PL/pgSQL geopol.first_or_last() answers instead: the
 * same answer, through the executor (postgres_fdw ships its conditions).
 */
#include "geopol.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "catalog/objectaccess.h"
#include "catalog/pg_am.h"
#include "catalog/pg_class.h"
#include "catalog/pg_opclass_d.h"
#include "catalog/pg_operator_d.h"
#include "catalog/pg_type.h"
#include "executor/tuptable.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "nodes/primnodes.h"
#include "nodes/tidbitmap.h"
#include "nodes/value.h"
#include "parser/parse_func.h"
#include "partitioning/partbounds.h"
#include "partitioning/partdesc.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/fmgroids.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/partcache.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "questions.h"

/*
 * the C functions of the registry and of the types (registry.c, actor.c,
 * bloc.c), called directly: first_time()'s own EXECUTE privilege covers them,
 * as they are its implementation (search_set, concerns, spoke, ...), not
 * functions a user chose, so no EXECUTE check or hook is made for them; the
 * only function called through fmgr_info, the PL/pgSQL first_or_last(), is
 * checked as a SQL call would be (first_or_last_sql)
 */
extern Datum geopol_blocs_ever(PG_FUNCTION_ARGS);
extern Datum geopol_concerns(PG_FUNCTION_ARGS);
extern Datum geopol_spoke(PG_FUNCTION_ARGS);
extern Datum actor_country(PG_FUNCTION_ARGS);
extern Datum bloc_of_actor(PG_FUNCTION_ARGS);
extern Datum bloc_union(PG_FUNCTION_ARGS);
extern Datum bloc_countries(PG_FUNCTION_ARGS);
extern Datum bloc_overlaps(PG_FUNCTION_ARGS);

/* a partition of geopol.statement, as the walk uses it */
/* a partition and its days [lo, hi) (no bounds: the DEFAULT partition) */
typedef struct LeafBounds
{
	Oid			relid;
	bool		has_lo,
				has_hi;
	DateADT		lo,
				hi;
} LeafBounds;

/* how a partition is searched: the && strategy of its GIN index, the columns */
typedef struct LeafCols
{
	StrategyNumber overlap;
	AttrNumber	a_said_on,
				a_source,
				a_stance,
				a_target;
} LeafCols;

typedef struct WalkLeaf
{
	LeafBounds	b;
	bool		opened;
	Relation	rel,
				keys_idx,		/* GIN on statement_keys(source, target, said_on, stance) */
				day_idx;		/* btree on (said_on + 0) */
	LeafCols	c;
	TupleTableSlot *slot;
	bool		probed[2];		/* its first [0] and last [1] day looked up */
	bool		empty;
	DateADT		day[2];
	int			cached;			/* its entry in the layout cache (-1: none) */
} WalkLeaf;

typedef struct Walk
{
	Oid			nsp;
	int			nleaves;
	WalkLeaf   *leaves;
	Snapshot	snap;
	MemoryContext cxt;			/* of the call: what lives across months */
	MemoryContext tcxt;			/* of one candidate, reset after each */
	Datum		speaker,
				target;
	Bloc	   *sset;			/* search_set(speaker) */
	BlocView	tset;			/* search_set(target) */
	bool		set[NFLAGS];	/* the stance flags what can match */
	size_t		nset;			/* how many are set */
	int64		wcode;
	uint64		gen;			/* layout_gen when the leaves were read */
} Walk;

/*
 * The layout of geopol.statement as a walk last found it, kept for the
 * backend: the partitions in order with their days and, for each partition
 * a walk opened, the two indexes and the columns it uses (or that it cannot
 * be walked).  Without it every call looked each partition's indexes up
 * again (their list, every index opened, its expression, function name,
 * operator family and the columns' numbers).
 *
 * It can never be used stale: any relcache invalidation of the parent, of
 * a partition or of one of the indexes it names (or of every relation: a
 * cache reset), and any change to pg_proc or to operator families, empties
 * it and bumps layout_gen.  It is read only after the parent's lock is
 * taken (which takes in pending invalidations), a partition's entry only
 * after that partition's lock is taken and when layout_gen has not moved
 * since the walk read the leaves, and its indexes are checked again after
 * they are locked.  A partition whose indexes depend on the transaction
 * (indcheckxmin: the planner's rule for indexes built over HOT chains) is
 * never kept, nor a layout while a partition is being detached.
 */
typedef struct LeafMeta
{
	LeafBounds	b;
	bool		known;			/* what follows is filled */
	bool		usable;			/* a heap with both indexes */
	Oid			keys_idx,
				day_idx;
	LeafCols	c;
} LeafMeta;

static struct
{
	bool		valid;
	bool		walkable;		/* every partition a plain local table */
	Oid			parent;
	Oid			nsp;
	int			nleaves;
	LeafMeta   *leaves;			/* in CacheMemoryContext */
}			layout;
static uint64 layout_gen = 1;
static uint64 layout_inval = 0; /* every invalidation seen, kept or not */
static bool layout_callbacks = false;

static void
layout_forget(void)
{
	if (layout.valid)
	{
		layout.valid = false;
		layout_gen++;
	}
}

static void
layout_relcache_cb(Datum arg, Oid relid)
{
	int			i;

	layout_inval++;
	if (!layout.valid)
		return;
	if (OidIsValid(relid) && relid != layout.parent)
	{
		for (i = 0; i < layout.nleaves; i++)
		{
			LeafMeta   *m = &layout.leaves[i];

			if (m->b.relid == relid || (m->known && (m->keys_idx == relid || m->day_idx == relid)))
				break;
		}
		if (i == layout.nleaves)
			return;				/* not one of ours */
	}
	layout_forget();
}

static void
layout_syscache_cb(Datum arg, int cacheid, uint32 hashvalue)
{
	layout_inval++;
	layout_forget();
}

static void
layout_register(void)
{
	if (layout_callbacks)
		return;
	CacheRegisterRelcacheCallback(layout_relcache_cb, (Datum) 0);
	/* statement_keys() renamed or moved; the index's && strategy changed */
	CacheRegisterSyscacheCallback(PROCOID, layout_syscache_cb, (Datum) 0);
	CacheRegisterSyscacheCallback(AMOPOPID, layout_syscache_cb, (Datum) 0);
	CacheRegisterSyscacheCallback(AMOPSTRATEGY, layout_syscache_cb, (Datum) 0);
	layout_callbacks = true;
}

/* the cache's entry of a leaf, if it may be read now */
static LeafMeta *
layout_entry(Walk *w, WalkLeaf *l)
{
	if (l->cached < 0 || !layout.valid || layout_gen != w->gen)
		return NULL;
	return &layout.leaves[l->cached];
}

static bool
is_var(Node *n, AttrNumber a)
{
	return n != NULL && IsA(n, Var) && ((Var *) n)->varattno == a;
}

/*
 * Opens a partition and finds its two indexes; false when it lacks one (the
 * caller then falls back to the SQL walk).
 */
static bool leaf_open_indexes(Walk *w, WalkLeaf *l, bool *keep);
static bool leaf_open_cached(Walk *w, WalkLeaf *l, LeafMeta *m);

static bool
leaf_open(Walk *w, WalkLeaf *l)
{
	MemoryContext old;
	LeafMeta   *m;
	bool		ok,
				keep = true;

	if (l->opened)
		return l->keys_idx != NULL && l->day_idx != NULL;
	l->opened = true;
	old = MemoryContextSwitchTo(w->cxt);
	l->rel = table_open(l->b.relid, AccessShareLock);
	/* the lock took in any pending invalidation: the entry is read after it */
	m = layout_entry(w, l);
	if (m != NULL && m->known)
		ok = leaf_open_cached(w, l, m);
	else
	{
		ok = leaf_open_indexes(w, l, &keep);
		/* kept when nothing was invalidated meanwhile */
		if (keep && (m = layout_entry(w, l)) != NULL)
		{
			m->known = true;
			m->usable = ok;
			if (ok)
			{
				m->keys_idx = RelationGetRelid(l->keys_idx);
				m->day_idx = RelationGetRelid(l->day_idx);
				m->c = l->c;
			}
		}
	}
	MemoryContextSwitchTo(old);
	return ok;
}

/* the partition's indexes and columns as the cache holds them */
static bool
leaf_open_cached(Walk *w, WalkLeaf *l, LeafMeta *m)
{
	bool		keep;

	if (!m->usable)
		return false;
	l->keys_idx = index_open(m->keys_idx, AccessShareLock);
	l->day_idx = index_open(m->day_idx, AccessShareLock);
	if (layout_entry(w, l) == NULL)
	{
		/* invalidated while the indexes were locked: look again */
		index_close(l->keys_idx, NoLock);
		index_close(l->day_idx, NoLock);
		l->keys_idx = l->day_idx = NULL;
		return leaf_open_indexes(w, l, &keep);
	}
	l->c = m->c;
	l->slot = table_slot_create(l->rel, NULL);
	return true;
}

static bool
leaf_open_indexes(Walk *w, WalkLeaf *l, bool *keep)
{
	List	   *ixs;
	ListCell   *lc;

	/*
	 * heap only: the bitmap heap scan below calls the table AM's
	 * scan_bitmap_next_block, which other AMs need not provide
	 */
	if (l->rel->rd_rel->relam != HEAP_TABLE_AM_OID)
		return false;
	/* the columns by name: a partition may order them otherwise */
	l->c.a_said_on = get_attnum(l->b.relid, "said_on");
	l->c.a_source = get_attnum(l->b.relid, "source");
	l->c.a_stance = get_attnum(l->b.relid, "stance");
	l->c.a_target = get_attnum(l->b.relid, "target");
	if (l->c.a_said_on <= 0 || l->c.a_source <= 0 || l->c.a_stance <= 0 || l->c.a_target <= 0)
		return false;
	ixs = RelationGetIndexList(l->rel);
	foreach(lc, ixs)
	{
		Relation	ix = index_open(lfirst_oid(lc), AccessShareLock);
		Form_pg_index f = ix->rd_index;
		List	   *exprs;
		Node	   *e;
		bool		used = false;

		/* whether it may be used depends on the transaction: not kept */
		if (f->indcheckxmin)
			*keep = false;

		/*
		 * as the planner (get_relation_info): an index built by CREATE INDEX
		 * over HOT chains is not for snapshots older than its creator
		 */
		if (f->indisvalid && f->indnatts == 1 && f->indkey.values[0] == 0 &&
			(!f->indcheckxmin ||
			 TransactionIdPrecedes(HeapTupleHeaderGetXmin(ix->rd_indextuple->t_data), TransactionXmin)) &&
			heap_attisnull(ix->rd_indextuple, Anum_pg_index_indpred, NULL) &&
			(ix->rd_rel->relam == GIN_AM_OID || ix->rd_rel->relam == BTREE_AM_OID) &&
			(exprs = RelationGetIndexExpressions(ix)) != NIL && list_length(exprs) == 1)
		{
			e = (Node *) linitial(exprs);
			if (ix->rd_rel->relam == GIN_AM_OID && l->keys_idx == NULL && IsA(e, FuncExpr))
			{
				FuncExpr   *fe = (FuncExpr *) e;
				char	   *fname;

				if (list_length(fe->args) == 4 &&
					is_var(linitial(fe->args), l->c.a_source) && is_var(lsecond(fe->args), l->c.a_target) &&
					is_var(lthird(fe->args), l->c.a_said_on) && is_var(lfourth(fe->args), l->c.a_stance) &&
					get_func_namespace(fe->funcid) == w->nsp &&
					(fname = get_func_name(fe->funcid)) != NULL &&
					strcmp(fname, "statement_keys") == 0)
				{
					l->c.overlap = get_op_opfamily_strategy(OID_ARRAY_OVERLAP_OP, ix->rd_opfamily[0]);
					if (l->c.overlap != InvalidStrategy)
					{
						l->keys_idx = ix;
						used = true;
					}
				}
			}
			else if (ix->rd_rel->relam == BTREE_AM_OID && l->day_idx == NULL && IsA(e, OpExpr))
			{
				OpExpr	   *oe = (OpExpr *) e;

				/*
				 * its first entry is the first day: ascending (NULLS LAST) in
				 * the default btree order of date
				 */
				if (oe->opfuncid == F_DATE_PLI && list_length(oe->args) == 2 &&
					ix->rd_indoption[0] == 0 &&
					ix->rd_opfamily[0] == get_opclass_family(DATE_BTREE_OPS_OID) &&
					is_var(linitial(oe->args), l->c.a_said_on) && IsA(lsecond(oe->args), Const) &&
					!((Const *) lsecond(oe->args))->constisnull &&
					DatumGetInt32(((Const *) lsecond(oe->args))->constvalue) == 0)
				{
					l->day_idx = ix;
					used = true;
				}
			}
		}
		if (!used)
			index_close(ix, NoLock);	/* the lock is held to transaction end */
	}
	list_free(ixs);
	if (l->keys_idx == NULL || l->day_idx == NULL)
		return false;
	l->slot = table_slot_create(l->rel, NULL);
	return true;
}

static void
walk_close(Walk *w)
{
	int			i;

	for (i = 0; i < w->nleaves; i++)
	{
		WalkLeaf   *l = &w->leaves[i];

		if (l->slot)
			ExecDropSingleTupleTableSlot(l->slot);
		if (l->keys_idx)
			index_close(l->keys_idx, NoLock);
		if (l->day_idx)
			index_close(l->day_idx, NoLock);
		if (l->rel)
			table_close(l->rel, NoLock);
	}
}

/* the first (last) day a partition holds, by its btree on said_on + 0 */
static bool
leaf_day(Walk *w, WalkLeaf *l, int which, DateADT *out)
{
	if (!l->probed[which])
	{
		IndexScanDesc sc = index_beginscan(l->rel, l->day_idx, w->snap, 0, 0);
		bool		isnull;

		index_rescan(sc, NULL, 0, NULL, 0);
		l->probed[which] = true;
		l->empty = !index_getnext_slot(sc, which == 0 ? ForwardScanDirection : BackwardScanDirection, l->slot);
		if (!l->empty)
			l->day[which] = DatumGetDateADT(slot_getattr(l->slot, l->c.a_said_on, &isnull));
		index_endscan(sc);
		ExecClearTuple(l->slot);
	}
	*out = l->day[which];
	return !l->empty;
}

static int
cmp_leaf_lo(const void *a, const void *b)
{
	const WalkLeaf *x = a,
			   *y = b;

	/* the DEFAULT partition last; the others by their first day */
	if (x->b.has_lo != y->b.has_lo)
		return x->b.has_lo ? -1 : 1;
	return x->b.lo < y->b.lo ? -1 : (x->b.lo > y->b.lo ? 1 : 0);
}

/*
 * The partitions of geopol.statement with their days; false when one is not
 * a plain local table.  From the layout cache when it holds this parent.
 */
static bool walk_leaves_read(Walk *w, Relation parent, PartitionDesc pd);

static bool
walk_leaves(Walk *w, Relation parent)
{
	PartitionKey key = RelationGetPartitionKey(parent);
	PartitionDesc pd;
	bool		ok;
	int			i;
	uint64		inval;

	if (key == NULL || key->strategy != PARTITION_STRATEGY_RANGE || key->partnatts != 1 ||
		key->partattrs[0] != get_attnum(RelationGetRelid(parent), "said_on"))
		return false;
	layout_register();
	if (layout.valid && layout.parent == RelationGetRelid(parent) && layout.nsp == w->nsp)
	{
		w->gen = layout_gen;
		if (!layout.walkable)
			return false;
		w->nleaves = layout.nleaves;
		w->leaves = palloc0(sizeof(WalkLeaf) * (layout.nleaves + 1));
		for (i = 0; i < layout.nleaves; i++)
		{
			LeafMeta   *m = &layout.leaves[i];
			WalkLeaf   *l = &w->leaves[i];

			l->b = m->b;
			l->cached = i;
		}
		return true;
	}
	/*
	 * An invalidation taken in while the leaves are read (a catalog read
	 * below can take one in: an ATTACH PARTITION committed meanwhile) finds
	 * no valid layout to empty: the count tells, and what was read then is
	 * used for this call only.
	 */
	inval = layout_inval;
	pd = RelationGetPartitionDesc(parent, true);
	ok = walk_leaves_read(w, parent, pd);
	for (i = 0; i < w->nleaves; i++)
		w->leaves[i].cached = -1;
	/*
	 * kept for the next calls, unless a partition is being detached (which
	 * partitions a snapshot sees then depends on the snapshot), or an
	 * invalidation came in while they were read
	 */
	if (!pd->detached_exist && inval == layout_inval)
	{
		MemoryContext old = MemoryContextSwitchTo(CacheMemoryContext);

		layout_forget();
		if (layout.leaves != NULL)
			pfree(layout.leaves);
		layout.leaves = NULL;	/* never freed twice, should the next palloc fail */
		layout.nleaves = 0;
		layout.leaves = palloc0(sizeof(LeafMeta) * (w->nleaves + 1));
		MemoryContextSwitchTo(old);
		layout.parent = RelationGetRelid(parent);
		layout.nsp = w->nsp;
		layout.walkable = ok;
		layout.nleaves = ok ? w->nleaves : 0;
		for (i = 0; i < layout.nleaves; i++)
		{
			LeafMeta   *m = &layout.leaves[i];
			WalkLeaf   *l = &w->leaves[i];

			m->b = l->b;
			l->cached = i;
		}
		layout.valid = true;
	}
	w->gen = layout_gen;
	return ok;
}

static bool
walk_leaves_read(Walk *w, Relation parent, PartitionDesc pd)
{
	PartitionBoundInfo bi;
	int			i;

	w->nleaves = pd->nparts;
	w->leaves = palloc0(sizeof(WalkLeaf) * (pd->nparts + 1));
	for (i = 0; i < pd->nparts; i++)
	{
		if (!pd->is_leaf[i] || get_rel_relkind(pd->oids[i]) != RELKIND_RELATION)
			return false;
		w->leaves[i].b.relid = pd->oids[i];
	}
	bi = pd->boundinfo;
	if (bi != NULL)
		for (i = 0; i < bi->ndatums; i++)
		{
			int			p = bi->indexes[i];

			if (p < 0)
				continue;
			/* the range ending at datum i began at datum i - 1 */
			if (i > 0 && bi->kind[i - 1][0] == PARTITION_RANGE_DATUM_VALUE)
			{
				w->leaves[p].b.has_lo = true;
				w->leaves[p].b.lo = DatumGetDateADT(bi->datums[i - 1][0]);
			}
			else
			{
				w->leaves[p].b.has_lo = true;
				w->leaves[p].b.lo = DATEVAL_NOBEGIN;
			}
			if (bi->kind[i][0] == PARTITION_RANGE_DATUM_VALUE)
			{
				w->leaves[p].b.has_hi = true;
				w->leaves[p].b.hi = DatumGetDateADT(bi->datums[i][0]);
			}
			else
			{
				w->leaves[p].b.has_hi = true;
				w->leaves[p].b.hi = DATEVAL_NOEND;
			}
		}
	/* range partitions in order of their days, the DEFAULT one (if any) last */
	qsort(w->leaves, w->nleaves, sizeof(WalkLeaf), cmp_leaf_lo);
	return true;
}

/*
 * The first (which 0) or last (1) day of the data: the range partitions in
 * order from that end until one holds a row, and the DEFAULT partition.
 * False when a partition it must read lacks its indexes.
 */
static bool
walk_end(Walk *w, int which, bool *any, DateADT *out)
{
	bool		range_found = false;
	int			k;

	*any = false;
	for (k = 0; k < w->nleaves; k++)
	{
		WalkLeaf   *l = &w->leaves[which == 0 ? k : w->nleaves - 1 - k];
		DateADT		d;

		CHECK_FOR_INTERRUPTS();
		if (l->b.has_lo && range_found)
			continue;			/* beyond a range that holds rows */
		if (!leaf_open(w, l))
			return false;
		if (leaf_day(w, l, which, &d))
		{
			if (!*any || (which == 0 ? d < *out : d > *out))
				*out = d;
			*any = true;
			range_found = range_found || l->b.has_lo;
		}
	}
	return true;
}

static bool
has_key(const int64 *k, size_t n, int64 x)
{
	return bsearch(&x, k, n, sizeof(int64), questions_cmp_int64) != NULL;
}

/* sorted distinct keys, in place; returns how many */
static size_t
keys_sort(int64 *k, size_t n)
{
	size_t		i,
				m = 0;

	if (n > 1)
		qsort(k, n, sizeof(int64), questions_cmp_int64);
	for (i = 0; i < n; i++)
		if (m == 0 || k[i] != k[m - 1])
			k[m++] = k[i];
	return m;
}

static ArrayType *
int8_array(const int64 *k, size_t n)
{
	Datum	   *d = palloc((n + 1) * sizeof(Datum));
	size_t		i;

	for (i = 0; i < n; i++)
		d[i] = Int64GetDatum(k[i]);
	return construct_array(d, (int) n, INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
}

/*
 * Whether the candidate in slot (of day *on) matches, tested as the SQL
 * tests it; false also when it is not of [a, z) or no better than a match.
 */
static bool
walk_candidate(Walk *w, WalkLeaf *l, TupleTableSlot *slot, DateADT a, DateADT z,
			   const int64 *tk, size_t ntk,
			   bool last, bool found, DateADT best, DateADT *on)
{
	bool		isnull;
	gp_stance	st;
	Datum		src,
				tgt;
	BlocView	tv;
	int			flags,
				year,
				month;
	size_t		i;
	bool		tkey = false;

	*on = DatumGetDateADT(slot_getattr(slot, l->c.a_said_on, &isnull));
	if (isnull || *on < a || *on >= z || (found && (last ? *on <= best : *on >= best)))
		return false;			/* not of the month, or no better than a match */
	st = DatumGetUInt32(slot_getattr(slot, l->c.a_stance, &isnull));
	if (isnull || !DatumGetBool(DirectFunctionCall2(geopol_stance_matches_code,
													UInt32GetDatum(st), Int64GetDatum(w->wcode))))
		return false;
	/* the keys, as statement_keys() makes them */
	flags = questions_stance_flags(st);
	questions_date_ym(*on, &year, &month);
	tgt = slot_getattr(slot, l->c.a_target, &isnull);
	if (isnull)
		return false;
	tv = bloc_view(DatumGetBlocP(tgt));
	for (i = 0; i < tv.n && !tkey; i++)
		tkey = has_key(tk, ntk, key_target(country_num(tv.m[i]), year * 12 + month - 1, flags));
	if (!tkey)
		return false;
	src = slot_getattr(slot, l->c.a_source, &isnull);
	return !isnull &&
		DatumGetBool(DirectFunctionCall2(bloc_overlaps, DirectFunctionCall1(bloc_countries, src),
										 PointerGetDatum(w->sset))) &&
		DatumGetBool(DirectFunctionCall3(geopol_concerns, tgt, DateADTGetDatum(*on), w->target)) &&
		DatumGetBool(DirectFunctionCall3(geopol_spoke, src, DateADTGetDatum(*on), w->speaker));
}

/*
 * The matches of month mi in one partition: the GIN candidates, each tested
 * by walk_candidate (in w->tcxt, reset after each); the earliest (latest)
 * day into *best.
 */
static void
walk_month_leaf(Walk *w, WalkLeaf *l, DateADT a, DateADT z,
				const int64 *tk, size_t ntk, ArrayType *tarr,
				bool last, bool *found, DateADT *best)
{
	ScanKeyData sk[1];
	IndexScanDesc sc;
	TIDBitmap  *tbm;
	TBMIterator *it;
	TBMIterateResult *r;
	TableScanDesc hs;
	TupleTableSlot *slot = l->slot;

	ScanKeyEntryInitialize(&sk[0], 0, 1, l->c.overlap, InvalidOid, l->keys_idx->rd_indcollation[0],
						   F_ARRAYOVERLAP, PointerGetDatum(tarr));
	sc = index_beginscan_bitmap(l->keys_idx, w->snap, 1);
	index_rescan(sc, sk, 1, NULL, 0);
	tbm = tbm_create(work_mem * 1024L, NULL);
	(void) index_getbitmap(sc, tbm);
	index_endscan(sc);
	if (tbm_is_empty(tbm))
	{
		tbm_free(tbm);
		return;
	}
	hs = table_beginscan_bm(l->rel, w->snap, 0, NULL);
	it = tbm_begin_iterate(tbm);
	while ((r = tbm_iterate(it)) != NULL)
	{
		CHECK_FOR_INTERRUPTS();
		if (!table_scan_bitmap_next_block(hs, r))
			continue;
		while (table_scan_bitmap_next_tuple(hs, r, slot))
		{
			MemoryContext old;
			DateADT		on;
			bool		match;

			CHECK_FOR_INTERRUPTS();
			old = MemoryContextSwitchTo(w->tcxt);
			match = walk_candidate(w, l, slot, a, z, tk, ntk, last, *found, *best, &on);
			MemoryContextSwitchTo(old);
			MemoryContextReset(w->tcxt);
			if (match)
			{
				*found = true;
				*best = on;
			}
		}
	}
	tbm_end_iterate(it);
	table_endscan(hs);
	ExecClearTuple(slot);
	tbm_free(tbm);
}

/* the PL/pgSQL walk, geopol.first_or_last(speaker, what, target, last) */
static Datum
first_or_last_sql(FunctionCallInfo fcinfo, Oid nsp, bool last)
{
	Oid		   *argtypes;
	int			nargs;
	Oid			types[4];
	Oid			fn;
	char	   *nspname;
	AclResult	aclresult;
	FmgrInfo	fl;
	LOCAL_FCINFO(fc, 4);
	Datum		r;

	(void) get_func_signature(fcinfo->flinfo->fn_oid, &argtypes, &nargs);
	types[0] = argtypes[0];
	types[1] = TEXTOID;
	types[2] = argtypes[2];
	types[3] = BOOLOID;
	nspname = get_namespace_name(nsp);
	if (nspname == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_SCHEMA),
				 errmsg("schema with OID %u does not exist", nsp)));
	fn = LookupFuncName(list_make2(makeString(nspname), makeString("first_or_last")),
						4, types, false);
	/* called as SQL would call it: EXECUTE checked, the hook told */
	aclresult = pg_proc_aclcheck(fn, GetUserId(), ACL_EXECUTE);
	if (aclresult != ACLCHECK_OK)
		aclcheck_error(aclresult, OBJECT_FUNCTION, get_func_name(fn));
	InvokeFunctionExecuteHook(fn);
	fmgr_info(fn, &fl);
	InitFunctionCallInfoData(*fc, &fl, 4, PG_GET_COLLATION(), NULL, NULL);
	fc->args[0].value = PG_GETARG_DATUM(0);
	fc->args[0].isnull = false;
	fc->args[1].value = PG_GETARG_DATUM(1);
	fc->args[1].isnull = false;
	fc->args[2].value = PG_GETARG_DATUM(2);
	fc->args[2].isnull = false;
	fc->args[3].value = BoolGetDatum(last);
	fc->args[3].isnull = false;
	r = FunctionCallInvoke(fc);
	fcinfo->isnull = fc->isnull;
	return r;
}

/* how many calendar months from lo's to hi's, both counted */
static int
months_between(DateADT lo, DateADT hi)
{
	int			y0,
				m0,
				y1,
				m1,
				day;

	j2date(lo + POSTGRES_EPOCH_JDATE, &y0, &m0, &day);
	j2date(hi + POSTGRES_EPOCH_JDATE, &y1, &m1, &day);
	return (y1 - y0) * 12 + m1 - m0 + 1;
}

/*
 * Whether the first (which 0) or last (1) day of the data is sure to be a
 * finite day without reading it: no range partition is open on that side
 * (MINVALUE/MAXVALUE or an infinite bound) and the DEFAULT partition's day
 * on that side (one btree entry) is finite.  *sure is the answer; false
 * when the DEFAULT partition cannot be walked.
 */
static bool
other_end_finite(Walk *w, int which, bool *sure)
{
	int			k;

	*sure = false;
	for (k = 0; k < w->nleaves; k++)
	{
		WalkLeaf   *l = &w->leaves[k];
		DateADT		d;

		if (l->b.has_lo)
		{
			if (DATE_NOT_FINITE(which == 0 ? l->b.lo : l->b.hi))
				return true;
			continue;
		}
		if (!leaf_open(w, l))
			return false;
		if (leaf_day(w, l, which, &d) && DATE_NOT_FINITE(d))
			return true;
	}
	*sure = true;
	return true;
}

/*
 * The matches of calendar month t (year * 12 + month - 1) in every
 * partition whose days meet it, the earliest (latest) day into *best;
 * false when a partition it must read cannot be walked.  What it allocates
 * lives in cxt, reset at the end.
 */
static bool
walk_month(Walk *w, int t, bool last, MemoryContext cxt, bool *found, DateADT *best)
{
	int			cy = t >= 0 ? t / 12 : -((11 - t) / 12),
				cm = t - cy * 12 + 1,
				y,
				mi,
				f,
				k,
				i;
	DateADT		a = date2j(cy, cm, 1) - POSTGRES_EPOCH_JDATE,
				z = date2j(cm == 12 ? cy + 1 : cy, cm == 12 ? 1 : cm + 1, 1) - POSTGRES_EPOCH_JDATE;
	size_t		ntk = 0;
	int64	   *tk;
	ArrayType  *tarr;
	bool		ok = true;
	MemoryContext old;

	/* its keys, folded as the keys of its days are (years 1900-2155) */
	questions_date_ym(a, &y, &mi);
	mi = y * 12 + mi - 1;
	CHECK_FOR_INTERRUPTS();
	old = MemoryContextSwitchTo(cxt);
	/* target_keys(tset, what, a, z - 1) */
	tk = palloc((w->tset.n * w->nset + 1) * sizeof(int64));
	for (k = 0; k < (int) w->tset.n; k++)
	{
		uint64		cn = country_num(w->tset.m[k]);

		for (f = 0; f < NFLAGS; f++)
			if (w->set[f])
				tk[ntk++] = key_target(cn, mi, f);
	}
	ntk = keys_sort(tk, ntk);
	tarr = int8_array(tk, ntk);
	for (i = 0; i < w->nleaves; i++)
	{
		WalkLeaf   *l = &w->leaves[i];
		DateADT		d0,
					d1;

		if (l->b.has_lo && (l->b.lo >= z || l->b.hi <= a))
			continue;			/* its days are not of this month */
		if (!leaf_open(w, l))
		{
			ok = false;
			break;
		}
		if (!l->b.has_lo && (!leaf_day(w, l, 0, &d0) || !leaf_day(w, l, 1, &d1) ||
							 d0 >= z || d1 < a))
			continue;			/* the DEFAULT partition holds nothing of it */
		walk_month_leaf(w, l, a, z, tk, ntk, tarr, last, found, best);
	}
	MemoryContextSwitchTo(old);
	MemoryContextReset(cxt);
	return ok;
}

static Datum
first_or_last_c(FunctionCallInfo fcinfo, bool last)
{
	Walk		w;
	Oid			relid;
	Relation	parent;
	DateADT		lo = 0,
				hi = 0,
				best = 0;
	bool		found = false,
				any = false,
				ok;
	int			t0 = 0,
				nmonths = 0,
				n,
				i;
	bool		lazy = false;
	MemoryContext cxt;

	memset(&w, 0, sizeof(w));
	w.cxt = CurrentMemoryContext;
	w.nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	w.speaker = PG_GETARG_DATUM(0);
	w.target = PG_GETARG_DATUM(2);
	w.wcode = DatumGetInt64(DirectFunctionCall1(geopol_what_code, PG_GETARG_DATUM(1)));
	questions_what_flags(PG_GETARG_TEXT_PP(1), w.set);
	for (i = 0; i < NFLAGS; i++)
		w.nset += w.set[i];

	/*
	 * the table locked first, then its privileges and policies checked (as
	 * the executor does); every lock taken here is held to transaction end,
	 * as the executor holds them: relations are closed with NoLock
	 */
	relid = get_relname_relid("statement", w.nsp);
	parent = OidIsValid(relid) ? try_table_open(relid, AccessShareLock) : NULL;
	if (parent == NULL || parent->rd_rel->relkind != RELKIND_PARTITIONED_TABLE ||
		pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK ||
		check_enable_rls(relid, InvalidOid, true) == RLS_ENABLED)
	{
		if (parent != NULL)
			table_close(parent, NoLock);
		return first_or_last_sql(fcinfo, w.nsp, last);
	}
	/* the sets, as search_set() makes them (the registry's checks and cache) */
	w.tset = bloc_view(DatumGetBlocP(questions_search_set(w.target)));
	w.sset = DatumGetBlocP(questions_search_set(w.speaker));
	w.snap = ActiveSnapshotSet() ? GetActiveSnapshot() : GetTransactionSnapshot();

	/*
	 * the day the walk starts from (the first for first_time, the last for
	 * last_time); the other end only when a second month is needed, if it
	 * cannot be an infinite day (else now: the SQL walk decides then)
	 */
	ok = walk_leaves(&w, parent) && walk_end(&w, last, &any, last ? &hi : &lo);
	if (ok && any && !(DATE_NOT_FINITE(last ? hi : lo)))
	{
		ok = other_end_finite(&w, !last, &lazy);
		if (ok && !lazy)
			ok = walk_end(&w, !last, &any, last ? &lo : &hi);
	}
	/* indexes it cannot walk, or a statement of an infinite day: the walk in SQL decides */
	if (!ok || (any && (DATE_NOT_FINITE(last ? hi : lo) || (!lazy && DATE_NOT_FINITE(last ? lo : hi)))))
	{
		walk_close(&w);
		table_close(parent, NoLock);
		return first_or_last_sql(fcinfo, w.nsp, last);
	}

	/* the calendar months from the first day's to the last day's */
	cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol first_time", ALLOCSET_SMALL_SIZES);
	w.tcxt = AllocSetContextCreate(CurrentMemoryContext, "geopol first_time candidate", ALLOCSET_SMALL_SIZES);
	if (any)
	{
		int			y,
					m,
					day;

		j2date((last ? hi : lo) + POSTGRES_EPOCH_JDATE, &y, &m, &day);
		t0 = y * 12 + m - 1;
		/* one month at least; the others once the other end is known */
		nmonths = lazy ? 1 : months_between(lo, hi);
		/* the limit of target_keys(tset, what, a, z - 1), which the SQL walk calls */
		questions_too_many(w.tset.n * w.nset);
	}
	for (n = 0; !found; n++)
	{
		if (n == nmonths && lazy && any)
		{
			bool		any2;

			/* a second month is needed: the other end of the data */
			lazy = false;
			ok = walk_end(&w, !last, &any2, last ? &lo : &hi);
			if (!ok || DATE_NOT_FINITE(last ? lo : hi))
			{
				ok = false;
				break;
			}
			nmonths = months_between(lo, hi);
		}
		if (n >= nmonths)
			break;
		ok = walk_month(&w, last ? t0 - n : t0 + n, last, cxt, &found, &best);
		if (!ok)
			break;
	}
	MemoryContextDelete(cxt);
	MemoryContextDelete(w.tcxt);
	walk_close(&w);
	table_close(parent, NoLock);
	if (!ok)
	{
		return first_or_last_sql(fcinfo, w.nsp, last);
	}
	if (!found)
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(best);
}

/* first_time(speaker actor, what text, target actor) -> date */
PG_FUNCTION_INFO_V1(geopol_first_time);
Datum
geopol_first_time(PG_FUNCTION_ARGS)
{
	return first_or_last_c(fcinfo, false);
}

/* last_time(speaker actor, what text, target actor) -> date */
PG_FUNCTION_INFO_V1(geopol_last_time);
Datum
geopol_last_time(PG_FUNCTION_ARGS)
{
	return first_or_last_c(fcinfo, true);
}
