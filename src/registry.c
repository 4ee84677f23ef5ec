/*
 * registry.c -- dated bloc membership: a per-backend cache of the view
 * geopol.membership (and geopol.bloc_kind), and the functions that read it
 * (members, is_member, member_of, expand, parties, ...).  How the cache
 * stays right (snapshots, privileges, search_path) is cache.c's.
 */
#include "registry.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/transam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "storage/procarray.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/xid8.h"
#include "funcapi.h"

#include "core/bloc.h"

/* ---- the membership cache -------------------------------------------- */

#define ROLE_MEMBER			0
#define ROLE_PARTICIPANT	1
#define ROLE_OBSERVER		2
#define ROLE_SUSPENDED		3
#define EXPAND_MAX_DEPTH	8

typedef struct MemRow
{
	gp_actor	bloc;
	gp_actor	member;
	int32		lo;				/* first day (DateADT), inclusive */
	int32		hi;				/* last day + 1, exclusive */
	int32		role;
} MemRow;

static MemoryContext cache_cxt = NULL;
static GpCacheState cache_state;
static MemRow *rows = NULL;			/* sorted by (bloc, member, lo) */
static int	nrows = 0;
static int *by_member = NULL;		/* row numbers sorted by (member, bloc) */
static gp_actor *blocs = NULL;		/* the distinct named blocs, sorted */
static int *bloc_first = NULL;		/* first row of each named bloc */
static int	nblocs = 0;

/* what the membership cache reads (the views) and what changes it */
static const char *const registry_views[] = {"membership", "bloc_kind"};
static const char *const registry_rels[] = {
	"registry_change", "membership", "membership_builtin", "membership_user", "membership_hidden",
	"bloc_kind", "bloc_kind_builtin", "bloc_kind_user", "bloc_kind_hidden"
};

/*
 * Memo of members(bloc, day), direct-mapped: statements cluster on few
 * days, so most expansions repeat one already made.  Dropped with the cache.
 */
#define MEMO_SLOTS 1024
typedef struct MemoSlot
{
	int			bloc;			/* index in blocs[], -1 = empty */
	DateADT		on;
	bool		recurse;
	int			n;
	gp_actor   *m;
} MemoSlot;
static MemoSlot *memo = NULL;
static gp_actor *orgs = NULL;		/* blocs of kind organisation, sorted */
static int	norgs = 0;

static void
registry_inval_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || gp_cache_watches(&cache_state, relid))
	{
		cache_state.valid = false;
		gp_acl_changed();
	}
}

void
registry_init(void)
{
	gp_cache_init();
	CacheRegisterRelcacheCallback(registry_inval_callback, (Datum) 0);
}

static int
actor_qsort_cmp(const void *x, const void *y)
{
	return gp_actor_cmp(*(const gp_actor *) x, *(const gp_actor *) y);
}

static int
row_cmp(const void *x, const void *y)
{
	const MemRow *a = x,
			   *b = y;
	int			c = gp_actor_cmp(a->bloc, b->bloc);

	if (c == 0)
		c = gp_actor_cmp(a->member, b->member);
	if (c == 0)
		c = a->lo < b->lo ? -1 : (a->lo > b->lo ? 1 : 0);
	return c;
}

static int
member_idx_cmp(const void *x, const void *y)
{
	const MemRow *a = &rows[*(const int *) x],
			   *b = &rows[*(const int *) y];
	int			c = gp_actor_cmp(a->member, b->member);

	if (c == 0)
		c = gp_actor_cmp(a->bloc, b->bloc);
	return c;
}

static int32
role_code(const char *role)
{
	if (strcmp(role, "member") == 0)
		return ROLE_MEMBER;
	if (strcmp(role, "participant") == 0)
		return ROLE_PARTICIPANT;
	if (strcmp(role, "observer") == 0)
		return ROLE_OBSERVER;
	return ROLE_SUSPENDED;
}

static void
registry_load(void)
{
	int			i;
	uint64		n;
	int			level;

	/* the caller's role must be able to read what the cache holds */
	gp_cache_check_select(&cache_state, registry_views, lengthof(registry_views),
						  "geopol.members(), expand() and the other membership functions");
	if (gp_cache_current(&cache_state))
		return;

	gp_cache_watch(&cache_state, registry_rels, lengthof(registry_rels));
	gp_cache_begin_load(&cache_state);
	if (cache_cxt == NULL)
		cache_cxt = AllocSetContextCreate(TopMemoryContext, "geopol membership cache",
										  ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(cache_cxt);
	rows = NULL;
	orgs = NULL;
	norgs = 0;
	by_member = NULL;
	blocs = NULL;
	bloc_first = NULL;
	memo = NULL;
	nrows = 0;
	nblocs = 0;

	level = gp_search_path_fix();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "geopol: SPI_connect failed");
	/* every name qualified: the caller's search_path is not ours */
	if (SPI_execute("SELECT m.bloc, m.member, pg_catalog.lower(m.during),"
					" pg_catalog.upper(m.during), m.role"
					" FROM geopol.membership m", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "geopol: could not read geopol.membership");
	n = SPI_processed;
	if (n > (uint64) (MaxAllocSize / sizeof(MemRow)))
		elog(ERROR, "geopol: too many membership rows");
	rows = MemoryContextAlloc(cache_cxt, Max(n, 1) * sizeof(MemRow));
	by_member = MemoryContextAlloc(cache_cxt, Max(n, 1) * sizeof(int));
	for (i = 0; i < (int) n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		Datum		d;
		char	   *role;

		d = SPI_getbinval(tup, desc, 1, &isnull);
		rows[i].bloc = *DatumGetActorP(d);
		d = SPI_getbinval(tup, desc, 2, &isnull);
		rows[i].member = *DatumGetActorP(d);
		d = SPI_getbinval(tup, desc, 3, &isnull);
		rows[i].lo = isnull ? PG_INT32_MIN : DatumGetDateADT(d);
		d = SPI_getbinval(tup, desc, 4, &isnull);
		rows[i].hi = isnull ? PG_INT32_MAX : DatumGetDateADT(d);
		role = SPI_getvalue(tup, desc, 5);
		rows[i].role = role_code(role ? role : "");
	}
	if (SPI_execute("SELECT k.bloc FROM geopol.bloc_kind k"
					" WHERE k.kind OPERATOR(pg_catalog.=) 'organisation'",
					true, 0) != SPI_OK_SELECT)
		elog(ERROR, "geopol: could not read geopol.bloc_kind");
	orgs = MemoryContextAlloc(cache_cxt, Max(SPI_processed, 1) * sizeof(gp_actor));
	norgs = (int) SPI_processed;
	for (i = 0; i < norgs; i++)
	{
		bool		isnull;

		orgs[i] = *DatumGetActorP(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull));
	}
	SPI_finish();
	gp_search_path_restore(level);
	if (norgs > 1)
		qsort(orgs, norgs, sizeof(gp_actor), actor_qsort_cmp);

	nrows = (int) n;
	qsort(rows, nrows, sizeof(MemRow), row_cmp);
	for (i = 0; i < nrows; i++)
		by_member[i] = i;
	qsort(by_member, nrows, sizeof(int), member_idx_cmp);

	blocs = MemoryContextAlloc(cache_cxt, Max(nrows, 1) * sizeof(gp_actor));
	bloc_first = MemoryContextAlloc(cache_cxt, (Max(nrows, 1) + 1) * sizeof(int));
	nblocs = 0;
	for (i = 0; i < nrows; i++)
		if (i == 0 || !gp_actor_eq(rows[i].bloc, rows[i - 1].bloc))
		{
			blocs[nblocs] = rows[i].bloc;
			bloc_first[nblocs++] = i;
		}
	bloc_first[nblocs] = nrows;
	memo = MemoryContextAllocZero(cache_cxt, MEMO_SLOTS * sizeof(MemoSlot));
	for (i = 0; i < MEMO_SLOTS; i++)
		memo[i].bloc = -1;
	cache_state.loaded = true;
}

/* index of b in blocs[], or -1 when b is no named bloc */
static int
bloc_index(gp_actor b)
{
	int			lo = 0,
				hi = nblocs;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;
		int			c = gp_actor_cmp(blocs[mid], b);

		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* first position in by_member[] of member m (or where it would be) */
static int
first_by_member(gp_actor m)
{
	int			lo = 0,
				hi = nrows;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (gp_actor_cmp(rows[by_member[mid]].member, m) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static inline bool
row_active(const MemRow *r, DateADT on, int32 role)
{
	return r->role == role && r->lo <= on && on < r->hi;
}

/* Is b a named bloc (does it have any row, at any date, in any role)? */
static bool
is_named_bloc(gp_actor b)
{
	return bloc_index(b) >= 0;
}

/* Append the members of bloc b on day `on` to out (growing it). */
typedef struct ActorBuf
{
	gp_actor   *a;
	size_t		n;
	size_t		cap;
	bool		heap;			/* a was palloc'd (else caller's stack or NULL) */
} ActorBuf;

static void
buf_push(ActorBuf *buf, gp_actor x)
{
	if (buf->n == buf->cap)
	{
		size_t		cap = buf->cap ? buf->cap * 2 : 32;

		if (buf->heap)
			buf->a = repalloc(buf->a, cap * sizeof(gp_actor));
		else
		{
			gp_actor   *a = palloc(cap * sizeof(gp_actor));

			if (buf->n > 0)
				memcpy(a, buf->a, buf->n * sizeof(gp_actor));
			buf->a = a;
			buf->heap = true;
		}
		buf->cap = cap;
	}
	buf->a[buf->n++] = x;
}

static void
expand_rows(int bi, DateADT on, ActorBuf *out, int depth, bool recurse)
{
	int			i;

	CHECK_FOR_INTERRUPTS();
	for (i = bloc_first[bi]; i < bloc_first[bi + 1]; i++)
	{
		const MemRow *r = &rows[i];
		int			sub;

		if (!row_active(r, on, ROLE_MEMBER))
			continue;
		if (recurse && (sub = bloc_index(r->member)) >= 0)
		{
			if (depth >= EXPAND_MAX_DEPTH)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_RECURSION),
						 errmsg("bloc membership nests deeper than %d levels", EXPAND_MAX_DEPTH),
						 errhint("Look for a cycle in geopol.membership (a bloc that is, through others, a member of itself).")));
			expand_rows(sub, on, out, depth + 1, recurse);
		}
		else
			buf_push(out, r->member);
	}
}

/* Append the members of named bloc number bi on day `on` to out, through the memo. */
static void
expand_one(int bi, DateADT on, ActorBuf *out, bool recurse)
{
	uint32		h = ((uint32) bi * 2654435761U) ^ ((uint32) on * 40503U) ^ (recurse ? 0x9e37U : 0);
	MemoSlot   *slot = &memo[h % MEMO_SLOTS];
	int			i;

	if (slot->bloc != bi || slot->on != on || slot->recurse != recurse)
	{
		ActorBuf	tmp = {NULL, 0, 0, false};

		expand_rows(bi, on, &tmp, 1, recurse);
		tmp.n = tmp.n ? gp_bloc_normalize(tmp.a, tmp.n) : 0;
		slot->bloc = -1;		/* stays empty if the copy fails */
		if (slot->m)
			pfree(slot->m);
		slot->m = MemoryContextAlloc(cache_cxt, Max(tmp.n, 1) * sizeof(gp_actor));
		if (tmp.n)
			memcpy(slot->m, tmp.a, tmp.n * sizeof(gp_actor));
		slot->n = (int) tmp.n;
		slot->on = on;
		slot->recurse = recurse;
		slot->bloc = bi;
	}
	for (i = 0; i < slot->n; i++)
		buf_push(out, slot->m[i]);
}

PG_FUNCTION_INFO_V1(geopol_members);
Datum
geopol_members(PG_FUNCTION_ARGS)
{
	gp_actor	b = PG_GETARG_ACTOR(0);
	DateADT		on = PG_GETARG_DATEADT(1);
	ActorBuf	out = {NULL, 0, 0, false};

	int			bi;

	registry_load();
	bi = bloc_index(b);
	if (bi >= 0)
		expand_one(bi, on, &out, false);
	PG_RETURN_POINTER(bloc_make(out.a, out.n));
}

PG_FUNCTION_INFO_V1(geopol_is_member);
Datum
geopol_is_member(PG_FUNCTION_ARGS)
{
	gp_actor	m = PG_GETARG_ACTOR(0);
	gp_actor	b = PG_GETARG_ACTOR(1);
	DateADT		on = PG_GETARG_DATEADT(2);
	int			i;

	int			bi;

	registry_load();
	bi = bloc_index(b);
	if (bi < 0)
		PG_RETURN_BOOL(false);
	for (i = bloc_first[bi]; i < bloc_first[bi + 1]; i++)
		if (gp_actor_eq(rows[i].member, m) && row_active(&rows[i], on, ROLE_MEMBER))
			PG_RETURN_BOOL(true);
	PG_RETURN_BOOL(false);
}

PG_FUNCTION_INFO_V1(geopol_member_of);
Datum
geopol_member_of(PG_FUNCTION_ARGS)
{
	gp_actor	m = PG_GETARG_ACTOR(0);
	DateADT		on = PG_GETARG_DATEADT(1);
	ActorBuf	out = {NULL, 0, 0, false};
	int			lo;

	registry_load();
	for (lo = first_by_member(m); lo < nrows && gp_actor_eq(rows[by_member[lo]].member, m); lo++)
		if (row_active(&rows[by_member[lo]], on, ROLE_MEMBER))
			buf_push(&out, rows[by_member[lo]].bloc);
	out.n = gp_bloc_normalize(out.a, out.n);
	PG_RETURN_POINTER(bloc_make(out.a, out.n));
}

PG_FUNCTION_INFO_V1(geopol_expand);
Datum
geopol_expand(PG_FUNCTION_ARGS)
{
	BlocView	b = PG_GETARG_BLOCVIEW(0);
	DateADT		on = PG_GETARG_DATEADT(1);
	gp_actor	stack[64];
	ActorBuf	out = {stack, 0, lengthof(stack), false};
	uint32		i;
	bool		changed = false;

	registry_load();
	for (i = 0; i < b.n; i++)
	{
		int			bi = bloc_index(b.m[i]);

		if (bi >= 0)
		{
			expand_one(bi, on, &out, true);
			changed = true;
		}
		else
			buf_push(&out, b.m[i]);
	}
	if (!changed)
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	out.n = gp_bloc_normalize(out.a, out.n);
	PG_RETURN_POINTER(bloc_make(out.a, out.n));
}

/* ---- parties: who speaks for a bloc of signatories ---- */

/* Is b a named bloc that speaks as a forum (its members speak)? */
static bool
is_forum(gp_actor b)
{
	return bloc_index(b) >= 0 && !gp_bloc_has(orgs, norgs, b);
}

typedef GpParty Party;

static int
party_cmp(const void *x, const void *y)
{
	const Party *a = x,
			   *b = y;
	int			c = gp_actor_cmp(a->party, b->party);

	/* for one party: "for itself" (zero via) first, then vias in order */
	return c != 0 ? c : gp_actor_cmp(a->via, b->via);
}

static void
party_push(Party **p, size_t *n, size_t *cap, gp_actor party, gp_actor via)
{
	if (*n == *cap)
	{
		*cap = *cap ? *cap * 2 : 32;
		*p = *p ? repalloc(*p, *cap * sizeof(Party)) : palloc(*cap * sizeof(Party));
	}
	(*p)[*n].party = party;
	(*p)[*n].via = via;
	(*n)++;
}

static void
add_forum_members(gp_actor forum, gp_actor via, DateADT on, Party **p, size_t *n,
				  size_t *cap, int depth)
{
	ActorBuf	mem = {NULL, 0, 0, false};
	size_t		i;

	if (depth > EXPAND_MAX_DEPTH)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_RECURSION),
				 errmsg("bloc membership nests deeper than %d levels", EXPAND_MAX_DEPTH),
				 errhint("Look for a cycle in geopol.membership (a bloc that is, through others, a member of itself).")));
	expand_one(bloc_index(forum), on, &mem, false);
	for (i = 0; i < mem.n; i++)
	{
		if (is_forum(mem.a[i]))
			add_forum_members(mem.a[i], via, on, p, n, cap, depth + 1);
		else
			party_push(p, n, cap, mem.a[i], via);
	}
}

/*
 * The parties of a bloc of signatories on a day: every forum (G7, E3, ...)
 * replaced by its full members that day, recursively, each remembering the
 * forum it came through; organisations (EU, NATO, ...) and states stay as
 * they are, and so does a forum that has no members that day.  One row per party; a party that also signed in its own name
 * has no via.  Sorted by party.
 */
static Party *
compute_parties(BlocView b, DateADT on, size_t *np)
{
	Party	   *p = NULL;
	size_t		n = 0,
				cap = 0,
				i,
				k;
	gp_actor	none = {0, 0};

	registry_load();
	for (i = 0; i < b.n; i++)
	{
		size_t		before = n;

		if (is_forum(b.m[i]))
			add_forum_members(b.m[i], b.m[i], on, &p, &n, &cap, 1);
		/* a forum with no members that day (the G8 after 2014) stays itself */
		if (n == before)
			party_push(&p, &n, &cap, b.m[i], none);
	}
	if (n > 1)
		qsort(p, n, sizeof(Party), party_cmp);
	for (i = 0, k = 0; i < n; i++)
		if (k == 0 || !gp_actor_eq(p[i].party, p[k - 1].party))
			p[k++] = p[i];
	*np = k;
	return p;
}

/* compute_parties() for who() (questions_who.c), which expands in C */
GpParty *
registry_parties(BlocView b, int32 on, size_t *np)
{
	return compute_parties(b, (DateADT) on, np);
}

PG_FUNCTION_INFO_V1(geopol_speakers);
Datum
geopol_speakers(PG_FUNCTION_ARGS)
{
	BlocView	b = PG_GETARG_BLOCVIEW(0);
	size_t		n,
				i;
	Party	   *p = compute_parties(b, PG_GETARG_DATEADT(1), &n);
	gp_actor   *m = palloc((n + 1) * sizeof(gp_actor));

	for (i = 0; i < n; i++)
		m[i] = p[i].party;
	PG_RETURN_POINTER(bloc_make(m, n));
}

/*
 * Rows of two actors (the second may be NULL), returned one per call: the
 * set-returning functions below are called once per statement, where a
 * tuplestore per call costs more than the rows themselves.
 */
typedef struct PairRows
{
	size_t		n;
	size_t		i;
	gp_actor   *a;
	gp_actor   *b;				/* zero value = NULL */
} PairRows;

static Datum
pair_rows_srf(FunctionCallInfo fcinfo, PairRows *(*compute) (FunctionCallInfo))
{
	FuncCallContext *fc;
	PairRows   *r;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	desc;

		fc = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(fc->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "geopol: a set of rows was expected");
		fc->tuple_desc = BlessTupleDesc(desc);
		fc->user_fctx = compute(fcinfo);
		MemoryContextSwitchTo(old);
	}
	fc = SRF_PERCALL_SETUP();
	r = (PairRows *) fc->user_fctx;
	if (r->i < r->n)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};
		gp_actor   *b = &r->b[r->i];

		values[0] = PointerGetDatum(&r->a[r->i]);
		if (b->hi == 0 && b->lo == 0)
		{
			values[1] = (Datum) 0;
			nulls[1] = true;
		}
		else
			values[1] = PointerGetDatum(b);
		r->i++;
		SRF_RETURN_NEXT(fc, HeapTupleGetDatum(heap_form_tuple(fc->tuple_desc, values, nulls)));
	}
	SRF_RETURN_DONE(fc);
}

static PairRows *
parties_rows(FunctionCallInfo fcinfo)
{
	size_t		n,
				i;
	Party	   *p = compute_parties(PG_GETARG_BLOCVIEW(0), PG_GETARG_DATEADT(1), &n);
	PairRows   *r = palloc(sizeof(PairRows));

	r->n = n;
	r->i = 0;
	r->a = palloc((n + 1) * sizeof(gp_actor));
	r->b = palloc((n + 1) * sizeof(gp_actor));
	for (i = 0; i < n; i++)
	{
		r->a[i] = p[i].party;
		r->b[i] = p[i].via;
	}
	return r;
}

PG_FUNCTION_INFO_V1(geopol_parties);
Datum
geopol_parties(PG_FUNCTION_ARGS)
{
	return pair_rows_srf(fcinfo, parties_rows);
}

/* the countries (first segments) of the parties, sorted and distinct */
static gp_actor *
party_countries(BlocView b, DateADT on, size_t *np)
{
	size_t		n,
				i;
	Party	   *p = compute_parties(b, on, &n);
	gp_actor   *c = palloc((n + 1) * sizeof(gp_actor));

	for (i = 0; i < n; i++)
		c[i] = gp_actor_prefix(p[i].party, 1);
	*np = gp_bloc_normalize(c, n);
	return c;
}

static PairRows *
country_dyad_rows(FunctionCallInfo fcinfo)
{
	DateADT		on = PG_GETARG_DATEADT(2);
	size_t		ns,
				nt,
				i,
				j,
				k = 0;
	gp_actor   *sc = party_countries(PG_GETARG_BLOCVIEW(0), on, &ns);
	gp_actor   *tc = party_countries(PG_GETARG_BLOCVIEW(1), on, &nt);
	PairRows   *r = palloc(sizeof(PairRows));

	r->n = ns * nt;
	r->i = 0;
	r->a = palloc((r->n + 1) * sizeof(gp_actor));
	r->b = palloc((r->n + 1) * sizeof(gp_actor));
	for (i = 0; i < ns; i++)
		for (j = 0; j < nt; j++, k++)
		{
			r->a[k] = sc[i];
			r->b[k] = tc[j];
		}
	return r;
}

/*
 * country_dyads(source, target, on): one row per (speaker country, target
 * country) of a statement, forums expanded: what stance_matrix counts.
 */
PG_FUNCTION_INFO_V1(geopol_country_dyads);
Datum
geopol_country_dyads(PG_FUNCTION_ARGS)
{
	return pair_rows_srf(fcinfo, country_dyad_rows);
}

/* Does any party of b on that day lie in the subtree of x? */
static bool
any_party_under(BlocView b, DateADT on, gp_actor x)
{
	size_t		n,
				i;
	Party	   *p = compute_parties(b, on, &n);

	for (i = 0; i < n; i++)
		if (gp_actor_contains(x, p[i].party))
			return true;
	return false;
}

/*
 * concerns(target, on, x): is a statement with this target, made on that
 * day, about x?  Yes when a party of the target (forums expanded) is x or
 * part of it (PRK.GOV for PRK), or when x was then a member, directly or
 * through other blocs, of a bloc in the target.
 */
PG_FUNCTION_INFO_V1(geopol_concerns);
Datum
geopol_concerns(PG_FUNCTION_ARGS)
{
	BlocView	t = PG_GETARG_BLOCVIEW(0);
	DateADT		on = PG_GETARG_DATEADT(1);
	gp_actor	x = PG_GETARG_ACTOR(2);
	size_t		i;

	if (any_party_under(t, on, x))
		PG_RETURN_BOOL(true);
	for (i = 0; i < t.n; i++)
	{
		int			bi = bloc_index(t.m[i]);

		if (bi >= 0)
		{
			ActorBuf	mem = {NULL, 0, 0, false};

			expand_one(bi, on, &mem, true);
			if (mem.n > 0 && gp_bloc_has(mem.a, mem.n, x))
				PG_RETURN_BOOL(true);
		}
	}
	PG_RETURN_BOOL(false);
}

/* spoke(source, on, x): was x (or part of it) a party to a statement by these signatories that day? */
PG_FUNCTION_INFO_V1(geopol_spoke);
Datum
geopol_spoke(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(any_party_under(PG_GETARG_BLOCVIEW(0), PG_GETARG_DATEADT(1), PG_GETARG_ACTOR(2)));
}

/* every bloc m ever belonged to, in any role, directly or through blocs */
static void
blocs_ever_into(gp_actor m, ActorBuf *out, int depth)
{
	int			lo;
	gp_actor	prev = {0, 0};

	if (depth > EXPAND_MAX_DEPTH)
		return;					/* a cycle: what was found is enough */
	for (lo = first_by_member(m); lo < nrows && gp_actor_eq(rows[by_member[lo]].member, m); lo++)
	{
		gp_actor	b = rows[by_member[lo]].bloc;

		if (gp_actor_eq(prev, b))
			continue;			/* the same bloc in another period */
		prev = b;
		buf_push(out, b);
		blocs_ever_into(b, out, depth + 1);
	}
}

PG_FUNCTION_INFO_V1(geopol_blocs_ever);
Datum
geopol_blocs_ever(PG_FUNCTION_ARGS)
{
	ActorBuf	out = {NULL, 0, 0, false};

	registry_load();
	blocs_ever_into(PG_GETARG_ACTOR(0), &out, 1);
	out.n = out.n ? gp_bloc_normalize(out.a, out.n) : 0;
	PG_RETURN_POINTER(bloc_make(out.a, out.n));
}

PG_FUNCTION_INFO_V1(geopol_is_bloc);
Datum
geopol_is_bloc(PG_FUNCTION_ARGS)
{
	registry_load();
	PG_RETURN_BOOL(is_named_bloc(PG_GETARG_ACTOR(0)));
}

/*
 * statement-level trigger on the tables behind geopol.membership and
 * geopol.bloc_kind: drop every backend's caches, log the change
 */
PG_FUNCTION_INFO_V1(geopol_membership_invalidate);
Datum
geopol_membership_invalidate(PG_FUNCTION_ARGS)
{
	TriggerData *trig = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("geopol.membership_invalidate() must be called as a trigger")));
	gp_registry_log_write(trig->tg_relation);
	cache_state.valid = false;
	return PointerGetDatum(NULL);
}

/*
 * For geopol.extract(): is x a full member of the forum bloc f on day on?
 * A forum speaks through its members, so {G7,CAN} says no more than {G7}.
 */
bool
registry_forum_member(gp_actor f, gp_actor x, DateADT on)
{
	ActorBuf	buf = {NULL, 0, 0, false};
	int			bi;
	bool		found;

	registry_load();
	if (!is_forum(f) || (bi = bloc_index(f)) < 0)
		return false;
	expand_one(bi, on, &buf, false);
	found = buf.n > 0 && gp_bloc_has(buf.a, buf.n, x);
	if (buf.heap)
		pfree(buf.a);
	return found;
}
