/*
 * questions.c -- the index keys the analyst's questions search by, and
 * first_time()/last_time(), which walk them in C (at the end of the file).
 *
 * geopol.statement carries one GIN index, on the int8[] that
 * statement_keys(source, target, said_on, stance) returns: three kinds of
 * 64-bit keys, each packed from facts of the row alone (no table is read,
 * so the function is IMMUTABLE, and postgres_fdw ships it to shards):
 *
 *   T  target side: (country of a target member, year, stance)
 *   M  the calendar: (month, stance)
 *
 * "Country" is the first segment of the code as written: PRK for PRK.GOV,
 * G7 for a statement signed by the G7 (the questions look up the blocs an
 * actor belonged to in the registry, on the coordinator, and search for
 * their keys too).
 *
 * Layout (non-negative int8): bits 61-62 the kind; T: bits 19-60 the
 * country (its first segment as a base-37 number of 8 symbols, < 37^8 <
 * 2^42), bits 11-18 the year (1900..2155; years outside are folded onto
 * the ends, the exact test on said_on follows anyway), bits 0-10 the
 * stance flags; M: bits 11-22 the month (year * 12 + month - 1, the year
 * folded as above), bits 0-10 the stance flags.  The stance flags are
 * the CAMEO code cut to three digits (a bucket: 111 holds 111 and 1111, 8
 * bits), negation (1) and mood (2): what stance_matches() tests, so a key
 * finds neither accusations nor negated condemnations for who('condemn').
 *
 * The query side builds the same keys for the years (months) and classes a
 * question asks: target_keys(), matrix_keys().  The signatories have no
 * keys: a question about a speaker (cohesion, first_time) filters on
 * countries(source) && its set, a cheap test postgres_fdw ships too, after
 * the days (cohesion: the index on said_on + 0) or the target's keys;
 * keys for the 6 signatories of an average statement would cost COPY more
 * than they save.  2.5 keys a statement on average.
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
#include "funcapi.h"
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
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/partcache.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "core/stance.h"

/* stance.c: reports a bad "what" with its hint */
extern Datum stance_floor(PG_FUNCTION_ARGS);

#define KEY_T			UINT64CONST(1)
#define KEY_M			UINT64CONST(3)
#define P37_4			UINT64CONST(1874161)	/* 37^4 */
#define MAX_KEYS		(1 << 20)

static inline uint64
country_num(gp_actor a)
{
	/* the first segment fills symbols 0..7 at most: hi is a multiple of 37^4 */
	return gp_actor_prefix(a, 1).hi / P37_4;
}

#define YEAR_MIN		1900
#define YEAR_SPAN		256
#define MAX_BUCKETS		256
#define NFLAGS			(MAX_BUCKETS << 3)	/* bucket << 3 | negated << 2 | mood */

static inline int64
key_country(uint64 kind, uint64 country, int year, int flags)
{
	return (int64) ((kind << 61) | (country << 19) | ((uint64) year << 11) | (uint64) flags);
}

static inline int64
key_month(int month_index, int flags)
{
	return (int64) ((KEY_M << 61) | ((uint64) month_index << 11) | (uint64) flags);
}


/*
 * Stance buckets: the CAMEO codes cut to three digits (111 for 111 and
 * 1111; a root stays two), numbered in code order; built once from the
 * table of CAMEO events.  A bucket lies in one stance class.
 */
static char bucket_code[MAX_BUCKETS][4];
static int	bucket_class[MAX_BUCKETS];
static int	nbuckets = 0;

static void
buckets_init(void)
{
	size_t		i;

	if (nbuckets > 0)
		return;
	for (i = 0; i < gp_cameo_event_count; i++)
	{
		const char *c = gp_cameo_events[i].code;
		size_t		len = strlen(c) < 3 ? strlen(c) : 3;
		gp_stance	e;

		if (nbuckets > 0 && strlen(bucket_code[nbuckets - 1]) == len &&
			strncmp(bucket_code[nbuckets - 1], c, len) == 0)
			continue;
		if (nbuckets == MAX_BUCKETS || !gp_stance_make(c, 0, false, GP_MOOD_FACTUAL, &e))
			elog(ERROR, "geopol: cannot number the CAMEO code %s", c);
		memcpy(bucket_code[nbuckets], c, len);
		bucket_code[nbuckets][len] = '\0';
		bucket_class[nbuckets] = (int) gp_stance_class_of(e);
		nbuckets++;
	}
}

/* the bucket of a code (2 to 4 digits) */
static int
bucket_of_code(const char *code)
{
	char		b[4];
	size_t		len = strlen(code) < 3 ? strlen(code) : 3;
	int			lo = 0,
				hi;

	buckets_init();
	memcpy(b, code, len);
	b[len] = '\0';
	hi = nbuckets;
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = strcmp(bucket_code[mid], b);

		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	elog(ERROR, "geopol: the CAMEO code %s has no bucket", code);
	return 0;					/* not reached */
}

static inline int
stance_flags(gp_stance s)
{
	char		code[5];

	gp_stance_code(s, code);
	return (bucket_of_code(code) << 3) | (gp_stance_negated(s) ? 4 : 0) | gp_stance_mood(s);
}

static void
date_ym(DateADT d, int *year, int *month)
{
	int			y,
				m,
				day;

	if (DATE_NOT_FINITE(d))
	{
		*year = DATE_IS_NOBEGIN(d) ? 0 : YEAR_SPAN - 1;
		*month = DATE_IS_NOBEGIN(d) ? 1 : 12;
		return;
	}
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	if (y < YEAR_MIN)
	{
		y = YEAR_MIN;
		m = 1;
	}
	else if (y >= YEAR_MIN + YEAR_SPAN)
	{
		y = YEAR_MIN + YEAR_SPAN - 1;
		m = 12;
	}
	*year = y - YEAR_MIN;
	*month = m;
}

/*
 * The stance flags a "what" (a class name, a stance, or NULL for all) can
 * match, as a set: a class, its buckets, affirmative and factual; a stance,
 * the buckets of every code under its code, with its negation and mood (as
 * gp_stance_contains()).
 */
static void
what_flags(text *what, bool *set)
{
	const char *w;
	int			len,
				cls,
				f;
	gp_stance	s;
	char		code[5];
	size_t		n,
				i;

	buckets_init();
	memset(set, 0, NFLAGS * sizeof(bool));
	if (what == NULL)
	{
		for (f = 0; f < (nbuckets << 3); f++)
			set[f] = (f & 3) != 3;	/* mood 3 does not exist */
		return;
	}
	w = VARDATA_ANY(what);
	len = (int) VARSIZE_ANY_EXHDR(what);
	cls = gp_stance_class_parse(w, len);
	if (cls >= 0)
	{
		for (f = 0; f < nbuckets; f++)
			if (bucket_class[f] == cls)
				set[f << 3] = true;
		return;
	}
	if (!gp_stance_parse(w, len, &s, NULL))
	{
		/* stance_floor() reports the error of the text as a stance */
		(void) DirectFunctionCall1(stance_floor, PointerGetDatum(what));
		return;					/* not reached */
	}
	n = gp_stance_code(s, code);
	for (i = 0; i < gp_cameo_event_count; i++)
	{
		const char *c = gp_cameo_events[i].code;

		if (strncmp(c, code, n) == 0)
			set[(bucket_of_code(c) << 3) | (gp_stance_negated(s) ? 4 : 0) | gp_stance_mood(s)] = true;
	}
}

static int
cmp_int64(const void *a, const void *b)
{
	int64		x = *(const int64 *) a,
				y = *(const int64 *) b;

	return x < y ? -1 : (x > y ? 1 : 0);
}

/* sorted, distinct int8[] of n keys */
static ArrayType *
keys_array(int64 *k, size_t n)
{
	size_t		i,
				m = 0;
	Datum	   *d;

	if (n > 1)
		qsort(k, n, sizeof(int64), cmp_int64);
	d = palloc((n + 1) * sizeof(Datum));
	for (i = 0; i < n; i++)
		if (m == 0 || k[i] != k[i - 1])
			d[m++] = Int64GetDatum(k[i]);
	return construct_array(d, (int) m, INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
}

static void
too_many(size_t n)
{
	if (n > MAX_KEYS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("a question over this span needs %zu index keys, more than %d", n, MAX_KEYS),
				 errhint("Ask over fewer years or fewer actors.")));
}

/* statement_keys(source bloc, target bloc, said_on date, stance stance) -> int8[] */
PG_FUNCTION_INFO_V1(geopol_statement_keys);
Datum
geopol_statement_keys(PG_FUNCTION_ARGS)
{
	BlocView	tgt = PG_GETARG_BLOCVIEW(1);
	DateADT		on = PG_GETARG_DATEADT(2);
	gp_stance	st = DatumGetUInt32(PG_GETARG_DATUM(3));
	int			flags = stance_flags(st),
				year,
				month;
	int64	   *k = palloc((tgt.n + 1) * sizeof(int64));
	size_t		n = 0,
				i;

	date_ym(on, &year, &month);
	for (i = 0; i < tgt.n; i++)
		k[n++] = key_country(KEY_T, country_num(tgt.m[i]), year, flags);
	k[n++] = key_month(year * 12 + month - 1, flags);
	PG_RETURN_ARRAYTYPE_P(keys_array(k, n));
}

/*
 * target_keys(actors bloc, what text, from date, to date) -> int8[]: the T
 * keys of the actors' countries, for every year from..to and every class
 * what can match (what NULL: every class).
 */
PG_FUNCTION_INFO_V1(geopol_target_keys);
Datum
geopol_target_keys(PG_FUNCTION_ARGS)
{
	BlocView	b;
	bool		set[NFLAGS];
	int			y0,
				y1,
				y,
				f,
				m;
	size_t		n = 0,
				i,
				nf = 0;
	int64	   *k;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PG_RETURN_NULL();
	b = PG_GETARG_BLOCVIEW(0);
	what_flags(PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1), set);
	date_ym(PG_GETARG_DATEADT(2), &y0, &m);
	date_ym(PG_GETARG_DATEADT(3), &y1, &m);
	for (f = 0; f < NFLAGS; f++)
		nf += set[f];
	if (y1 < y0)
		PG_RETURN_ARRAYTYPE_P(keys_array(NULL, 0));
	too_many(b.n * (size_t) (y1 - y0 + 1) * nf);
	k = palloc((b.n * (size_t) (y1 - y0 + 1) * nf + 1) * sizeof(int64));
	for (i = 0; i < b.n; i++)
	{
		uint64		cn = country_num(b.m[i]);

		for (y = y0; y <= y1; y++)
			for (f = 0; f < NFLAGS; f++)
				if (set[f])
					k[n++] = key_country(KEY_T, cn, y, f);
	}
	PG_RETURN_ARRAYTYPE_P(keys_array(k, n));
}

/* matrix_keys(what text, from date, to date) -> int8[]: the M keys (what NULL: every stance) */
PG_FUNCTION_INFO_V1(geopol_matrix_keys);
Datum
geopol_matrix_keys(PG_FUNCTION_ARGS)
{
	bool		set[NFLAGS];
	int			y0,
				m0,
				y1,
				m1,
				mi,
				f;
	size_t		n = 0,
				nf = 0;
	int64	   *k;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	date_ym(PG_GETARG_DATEADT(1), &y0, &m0);
	date_ym(PG_GETARG_DATEADT(2), &y1, &m1);
	what_flags(PG_ARGISNULL(0) ? NULL : PG_GETARG_TEXT_PP(0), set);
	for (f = 0; f < NFLAGS; f++)
		nf += set[f];
	if (y1 * 12 + m1 < y0 * 12 + m0)
		PG_RETURN_ARRAYTYPE_P(keys_array(NULL, 0));
	too_many((size_t) (y1 * 12 + m1 - y0 * 12 - m0 + 1) * nf);
	k = palloc(((size_t) (y1 * 12 + m1 - y0 * 12 - m0 + 1) * nf + 1) * sizeof(int64));
	for (mi = y0 * 12 + m0 - 1; mi <= y1 * 12 + m1 - 1; mi++)
		for (f = 0; f < NFLAGS; f++)
			if (set[f])
				k[n++] = key_month(mi, f);
	PG_RETURN_ARRAYTYPE_P(keys_array(k, n));
}

/*
 * what_code(what text) -> int8: a "what" (a class name or a stance) as a
 * number, for stance_matches(stance, int8): a class c is 2^32 + c, a stance
 * its 32-bit value.  A number, not text, so that postgres_fdw ships the
 * test to a shard (a text argument carries a collation, which postgres_fdw
 * only ships when it comes from a column).
 */
#define WHAT_CLASS		(INT64CONST(1) << 32)

PG_FUNCTION_INFO_V1(geopol_what_code);
Datum
geopol_what_code(PG_FUNCTION_ARGS)
{
	text	   *what = PG_GETARG_TEXT_PP(0);
	const char *w = VARDATA_ANY(what);
	int			len = (int) VARSIZE_ANY_EXHDR(what);
	int			cls = gp_stance_class_parse(w, len);
	gp_stance	s;

	if (cls >= 0)
		PG_RETURN_INT64(WHAT_CLASS + cls);
	if (!gp_stance_parse(w, len, &s, NULL))
		(void) DirectFunctionCall1(stance_floor, PointerGetDatum(what));	/* reports it */
	PG_RETURN_INT64((int64) s);
}

/* stance_matches(stance, what_code): as stance_matches(stance, text) */
PG_FUNCTION_INFO_V1(geopol_stance_matches_code);
Datum
geopol_stance_matches_code(PG_FUNCTION_ARGS)
{
	gp_stance	s = DatumGetUInt32(PG_GETARG_DATUM(0));
	int64		w = PG_GETARG_INT64(1);

	if (w >= WHAT_CLASS)
		PG_RETURN_BOOL(!gp_stance_negated(s) && gp_stance_mood(s) == GP_MOOD_FACTUAL &&
					   (int64) gp_stance_class_of(s) == w - WHAT_CLASS);
	if (w < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%lld is not a code of geopol.what_code()", (long long) w)));
	PG_RETURN_BOOL(gp_stance_contains((gp_stance) w, s));
}

/*
 * outside(b bloc, x actor) -> bloc: the members of b that are neither x nor
 * part of it (the speakers of a statement other than the target's own
 * actors).
 */
PG_FUNCTION_INFO_V1(geopol_outside);
Datum
geopol_outside(PG_FUNCTION_ARGS)
{
	BlocView	b = PG_GETARG_BLOCVIEW(0);
	gp_actor	x = PG_GETARG_ACTOR(1);
	gp_actor   *m = palloc((b.n + 1) * sizeof(gp_actor));
	size_t		i,
				n = 0;

	for (i = 0; i < b.n; i++)
		if (!gp_actor_contains(x, b.m[i]))
			m[n++] = b.m[i];
	if (n == b.n)
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	PG_RETURN_POINTER(bloc_make(m, n));
}


/* ---------------------------------------------------------------------
 * first_time(speaker, what, target) and last_time(): the first (last) day
 * the speaker took the stance towards the target.
 *
 * The month walk of geopol.first_or_last() (sql/questions.sql) done here
 * against the indexes of each partition, without the executor: the first
 * (last) day of the data from the btrees on said_on + 0 (the first visible
 * entry of each), then month by month from the first (last) month; the
 * other end of the data, which only bounds the walk, is read when a second
 * month is needed (at once when it may be an infinite day, a case the SQL
 * walk decides); the candidates of a month from the GIN index of
 * statement_keys() (the month's T keys of the target's countries and blocs
 * AND its M keys, the two scan keys intersected inside the index), read
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
 * ---------------------------------------------------------------------
 */

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
typedef struct WalkLeaf
{
	Oid			relid;
	bool		has_lo,
				has_hi;			/* bounds of its days [lo, hi) (none: DEFAULT) */
	DateADT		lo,
				hi;
	bool		opened;
	Relation	rel,
				keys_idx,		/* GIN on statement_keys(source, target, said_on, stance) */
				day_idx;		/* btree on (said_on + 0) */
	StrategyNumber overlap;		/* && of the GIN index's operator class */
	AttrNumber	a_said_on,
				a_source,
				a_stance,
				a_target;
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
	Oid			relid;
	bool		has_lo,
				has_hi;
	DateADT		lo,
				hi;
	bool		known;			/* what follows is filled */
	bool		usable;			/* a heap with both indexes */
	Oid			keys_idx,
				day_idx;
	StrategyNumber overlap;
	AttrNumber	a_said_on,
				a_source,
				a_stance,
				a_target;
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

			if (m->relid == relid || (m->known && (m->keys_idx == relid || m->day_idx == relid)))
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
	l->rel = table_open(l->relid, AccessShareLock);
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
				m->overlap = l->overlap;
				m->a_said_on = l->a_said_on;
				m->a_source = l->a_source;
				m->a_stance = l->a_stance;
				m->a_target = l->a_target;
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
	l->overlap = m->overlap;
	l->a_said_on = m->a_said_on;
	l->a_source = m->a_source;
	l->a_stance = m->a_stance;
	l->a_target = m->a_target;
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
	l->a_said_on = get_attnum(l->relid, "said_on");
	l->a_source = get_attnum(l->relid, "source");
	l->a_stance = get_attnum(l->relid, "stance");
	l->a_target = get_attnum(l->relid, "target");
	if (l->a_said_on <= 0 || l->a_source <= 0 || l->a_stance <= 0 || l->a_target <= 0)
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
					is_var(linitial(fe->args), l->a_source) && is_var(lsecond(fe->args), l->a_target) &&
					is_var(lthird(fe->args), l->a_said_on) && is_var(lfourth(fe->args), l->a_stance) &&
					get_func_namespace(fe->funcid) == w->nsp &&
					(fname = get_func_name(fe->funcid)) != NULL &&
					strcmp(fname, "statement_keys") == 0)
				{
					l->overlap = get_op_opfamily_strategy(OID_ARRAY_OVERLAP_OP, ix->rd_opfamily[0]);
					if (l->overlap != InvalidStrategy)
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
					is_var(linitial(oe->args), l->a_said_on) && IsA(lsecond(oe->args), Const) &&
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
			l->day[which] = DatumGetDateADT(slot_getattr(l->slot, l->a_said_on, &isnull));
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
	if (x->has_lo != y->has_lo)
		return x->has_lo ? -1 : 1;
	return x->lo < y->lo ? -1 : (x->lo > y->lo ? 1 : 0);
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

			l->relid = m->relid;
			l->has_lo = m->has_lo;
			l->has_hi = m->has_hi;
			l->lo = m->lo;
			l->hi = m->hi;
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

			m->relid = l->relid;
			m->has_lo = l->has_lo;
			m->has_hi = l->has_hi;
			m->lo = l->lo;
			m->hi = l->hi;
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
		w->leaves[i].relid = pd->oids[i];
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
				w->leaves[p].has_lo = true;
				w->leaves[p].lo = DatumGetDateADT(bi->datums[i - 1][0]);
			}
			else
			{
				w->leaves[p].has_lo = true;
				w->leaves[p].lo = DATEVAL_NOBEGIN;
			}
			if (bi->kind[i][0] == PARTITION_RANGE_DATUM_VALUE)
			{
				w->leaves[p].has_hi = true;
				w->leaves[p].hi = DatumGetDateADT(bi->datums[i][0]);
			}
			else
			{
				w->leaves[p].has_hi = true;
				w->leaves[p].hi = DATEVAL_NOEND;
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
		if (l->has_lo && range_found)
			continue;			/* beyond a range that holds rows */
		if (!leaf_open(w, l))
			return false;
		if (leaf_day(w, l, which, &d))
		{
			if (!*any || (which == 0 ? d < *out : d > *out))
				*out = d;
			*any = true;
			range_found = range_found || l->has_lo;
		}
	}
	return true;
}

static bool
has_key(const int64 *k, size_t n, int64 x)
{
	return bsearch(&x, k, n, sizeof(int64), cmp_int64) != NULL;
}

/* sorted distinct keys, in place; returns how many */
static size_t
keys_sort(int64 *k, size_t n)
{
	size_t		i,
				m = 0;

	if (n > 1)
		qsort(k, n, sizeof(int64), cmp_int64);
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
			   const int64 *tk, size_t ntk, const int64 *mk, size_t nmk,
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

	*on = DatumGetDateADT(slot_getattr(slot, l->a_said_on, &isnull));
	if (isnull || *on < a || *on >= z || (found && (last ? *on <= best : *on >= best)))
		return false;			/* not of the month, or no better than a match */
	st = DatumGetUInt32(slot_getattr(slot, l->a_stance, &isnull));
	if (isnull || !DatumGetBool(DirectFunctionCall2(geopol_stance_matches_code,
													UInt32GetDatum(st), Int64GetDatum(w->wcode))))
		return false;
	/* the keys, as statement_keys() makes them */
	flags = stance_flags(st);
	date_ym(*on, &year, &month);
	if (!has_key(mk, nmk, key_month(year * 12 + month - 1, flags)))
		return false;
	tgt = slot_getattr(slot, l->a_target, &isnull);
	if (isnull)
		return false;
	tv = bloc_view(DatumGetBlocP(tgt));
	for (i = 0; i < tv.n && !tkey; i++)
		tkey = has_key(tk, ntk, key_country(KEY_T, country_num(tv.m[i]), year, flags));
	if (!tkey)
		return false;
	src = slot_getattr(slot, l->a_source, &isnull);
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
				const int64 *mk, size_t nmk, ArrayType *marr,
				bool last, bool *found, DateADT *best)
{
	ScanKeyData sk[2];
	IndexScanDesc sc;
	TIDBitmap  *tbm;
	TBMIterator *it;
	TBMIterateResult *r;
	TableScanDesc hs;
	TupleTableSlot *slot = l->slot;

	ScanKeyEntryInitialize(&sk[0], 0, 1, l->overlap, InvalidOid, l->keys_idx->rd_indcollation[0],
						   F_ARRAYOVERLAP, PointerGetDatum(tarr));
	ScanKeyEntryInitialize(&sk[1], 0, 1, l->overlap, InvalidOid, l->keys_idx->rd_indcollation[0],
						   F_ARRAYOVERLAP, PointerGetDatum(marr));
	sc = index_beginscan_bitmap(l->keys_idx, w->snap, 2);
	index_rescan(sc, sk, 2, NULL, 0);
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
			match = walk_candidate(w, l, slot, a, z, tk, ntk, mk, nmk, last, *found, *best, &on);
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

/* search_set(x): its country and every bloc that country ever belonged to */
static Datum
search_set_of(Datum x)
{
	Datum		c = DirectFunctionCall1(actor_country, x);

	return DirectFunctionCall2(bloc_union, DirectFunctionCall1(bloc_of_actor, c),
							   DirectFunctionCall1(geopol_blocs_ever, c));
}

/* the PL/pgSQL walk, geopol.first_or_last(speaker, what, target, last) */
static Datum
first_or_last_sql(FunctionCallInfo fcinfo, Oid nsp, bool last, bool *isnull)
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
	*isnull = fc->isnull;
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

		if (l->has_lo)
		{
			if (DATE_NOT_FINITE(which == 0 ? l->lo : l->hi))
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
				ok,
				isnull;
	int			t0 = 0,
				nmonths = 0,
				n,
				i;
	bool		lazy = false;
	MemoryContext cxt,
				old;
	Datum		r;

	memset(&w, 0, sizeof(w));
	w.cxt = CurrentMemoryContext;
	w.nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	w.speaker = PG_GETARG_DATUM(0);
	w.target = PG_GETARG_DATUM(2);
	w.wcode = DatumGetInt64(DirectFunctionCall1(geopol_what_code, PG_GETARG_DATUM(1)));
	what_flags(PG_GETARG_TEXT_PP(1), w.set);
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
		r = first_or_last_sql(fcinfo, w.nsp, last, &isnull);
		if (isnull)
			PG_RETURN_NULL();
		return r;
	}
	/* the sets, as search_set() makes them (the registry's checks and cache) */
	w.tset = bloc_view(DatumGetBlocP(search_set_of(w.target)));
	w.sset = DatumGetBlocP(search_set_of(w.speaker));
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
		r = first_or_last_sql(fcinfo, w.nsp, last, &isnull);
		if (isnull)
			PG_RETURN_NULL();
		return r;
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
		too_many(w.tset.n * w.nset);
	}
	for (n = 0; !found; n++)
	{
		int			t,
					cy,
					cm;
		DateADT		a,
					z;
		int			y,
					mi,
					f,
					k;
		size_t		ntk = 0,
					nmk = 0;
		int64	   *tk,
				   *mk;
		ArrayType  *tarr,
				   *marr;

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
		t = last ? t0 - n : t0 + n;
		cy = t >= 0 ? t / 12 : -((11 - t) / 12);
		cm = t - cy * 12 + 1;
		a = date2j(cy, cm, 1) - POSTGRES_EPOCH_JDATE;
		z = date2j(cm == 12 ? cy + 1 : cy, cm == 12 ? 1 : cm + 1, 1) - POSTGRES_EPOCH_JDATE;

		/* its keys, folded as the keys of its days are (years 1900-2155) */
		date_ym(a, &y, &mi);
		mi = y * 12 + mi - 1;
		CHECK_FOR_INTERRUPTS();
		old = MemoryContextSwitchTo(cxt);
		/* target_keys(tset, what, a, z - 1) and matrix_keys(what, a, z - 1) */
		tk = palloc((w.tset.n * w.nset + 1) * sizeof(int64));
		mk = palloc((w.nset + 1) * sizeof(int64));
		for (k = 0; k < (int) w.tset.n; k++)
		{
			uint64		cn = country_num(w.tset.m[k]);

			for (f = 0; f < NFLAGS; f++)
				if (w.set[f])
					tk[ntk++] = key_country(KEY_T, cn, y, f);
		}
		for (f = 0; f < NFLAGS; f++)
			if (w.set[f])
				mk[nmk++] = key_month(mi, f);
		ntk = keys_sort(tk, ntk);
		nmk = keys_sort(mk, nmk);
		tarr = int8_array(tk, ntk);
		marr = int8_array(mk, nmk);
		for (i = 0; i < w.nleaves; i++)
		{
			WalkLeaf   *l = &w.leaves[i];
			DateADT		d0,
						d1;

			if (l->has_lo && (l->lo >= z || l->hi <= a))
				continue;		/* its days are not of this month */
			if (!leaf_open(&w, l))
			{
				ok = false;
				break;
			}
			if (!l->has_lo && (!leaf_day(&w, l, 0, &d0) || !leaf_day(&w, l, 1, &d1) ||
							   d0 >= z || d1 < a))
				continue;		/* the DEFAULT partition holds nothing of it */
			walk_month_leaf(&w, l, a, z, tk, ntk, tarr, mk, nmk, marr, last, &found, &best);
		}
		MemoryContextSwitchTo(old);
		MemoryContextReset(cxt);
		if (!ok)
			break;
	}
	MemoryContextDelete(cxt);
	MemoryContextDelete(w.tcxt);
	walk_close(&w);
	table_close(parent, NoLock);
	if (!ok)
	{
		r = first_or_last_sql(fcinfo, w.nsp, last, &isnull);
		if (isnull)
			PG_RETURN_NULL();
		return r;
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


/* ---------------------------------------------------------------------
 * matrix_cells(source, target, said_on, domestic): the aggregate behind
 * stance_matrix().  For each statement the pairs of country_dyads() (the
 * countries of the speakers, forums expanded, times the countries of the
 * target's parties), counted in a hash table of pairs, and at the end the
 * cells sorted by speaker and target as three arrays: stance_matrix()
 * unnests them.  The statements are still found and read by the executor
 * (partitions pruned, row level security, foreign partitions, privileges:
 * whatever applies to the query), only the pairs skip it: a tuple, two
 * field selections and a sort comparison a pair were most of the matrix's
 * time (65,000 pairs for a month at 10M statements).
 * ---------------------------------------------------------------------
 */
extern Datum geopol_speakers(PG_FUNCTION_ARGS);

typedef struct MatrixPair
{
	gp_actor	speaker;
	gp_actor	target;
} MatrixPair;

typedef struct MatrixCell
{
	MatrixPair	key;
	int64		statements;
} MatrixCell;

typedef struct MatrixState
{
	HTAB	   *cells;
} MatrixState;

/* the countries of the parties of a bloc that day (party_countries in registry.c) */
static BlocView
party_country_view(Datum b, Datum on)
{
	Datum		sp = DirectFunctionCall2(geopol_speakers, b, on);

	return bloc_view(DatumGetBlocP(DirectFunctionCall1(bloc_countries, sp)));
}

PG_FUNCTION_INFO_V1(geopol_matrix_cells_add);
Datum
geopol_matrix_cells_add(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	MatrixState *st;
	BlocView	sc,
				tc;
	bool		domestic;
	size_t		i,
				j;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("geopol.matrix_cells_add() is the transition function of the aggregate geopol.matrix_cells()")));
	if (PG_ARGISNULL(0))
	{
		HASHCTL		ctl;

		st = MemoryContextAllocZero(aggcxt, sizeof(MatrixState));
		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(MatrixPair);
		ctl.entrysize = sizeof(MatrixCell);
		ctl.hcxt = aggcxt;
		st->cells = hash_create("geopol matrix cells", 1024, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	else
		st = (MatrixState *) PG_GETARG_POINTER(0);
	/* a statement with a NULL side has no pairs, as country_dyads() (STRICT) */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PG_RETURN_POINTER(st);
	domestic = !PG_ARGISNULL(4) && PG_GETARG_BOOL(4);
	sc = party_country_view(PG_GETARG_DATUM(1), PG_GETARG_DATUM(3));
	tc = party_country_view(PG_GETARG_DATUM(2), PG_GETARG_DATUM(3));
	/* distinct pairs: both sides are sorted and distinct */
	for (i = 0; i < sc.n; i++)
		for (j = 0; j < tc.n; j++)
		{
			MatrixPair	k;
			MatrixCell *c;
			bool		found;

			if (!domestic && gp_actor_eq(sc.m[i], tc.m[j]))
				continue;
			memset(&k, 0, sizeof(k));
			k.speaker = sc.m[i];
			k.target = tc.m[j];
			c = hash_search(st->cells, &k, HASH_ENTER, &found);
			if (!found)
				c->statements = 0;
			c->statements++;
		}
	PG_RETURN_POINTER(st);
}

static int
cmp_cell(const void *a, const void *b)
{
	const MatrixCell *x = *(const MatrixCell *const *) a,
			   *y = *(const MatrixCell *const *) b;
	int			c = gp_actor_cmp(x->key.speaker, y->key.speaker);

	return c != 0 ? c : gp_actor_cmp(x->key.target, y->key.target);
}

PG_FUNCTION_INFO_V1(geopol_matrix_cells_final);
Datum
geopol_matrix_cells_final(PG_FUNCTION_ARGS)
{
	MatrixState *st = PG_ARGISNULL(0) ? NULL : (MatrixState *) PG_GETARG_POINTER(0);
	TupleDesc	desc;
	Oid			actor_type;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	long		n = st ? hash_get_num_entries(st->cells) : 0,
				i = 0;
	MatrixCell **cells = palloc((n + 1) * sizeof(MatrixCell *));
	Datum	   *sp = palloc((n + 1) * sizeof(Datum)),
			   *tg = palloc((n + 1) * sizeof(Datum)),
			   *ct = palloc((n + 1) * sizeof(Datum));
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE || desc->natts != 3)
		elog(ERROR, "geopol.matrix_cells_final() must return geopol.matrix_cells");
	desc = BlessTupleDesc(desc);
	actor_type = get_element_type(TupleDescAttr(desc, 0)->atttypid);
	if (!OidIsValid(actor_type))
		elog(ERROR, "geopol.matrix_cells_final(): the speakers are not an array");
	get_typlenbyvalalign(actor_type, &typlen, &typbyval, &typalign);
	if (typlen != (int16) sizeof(gp_actor) || typbyval)
		elog(ERROR, "geopol.matrix_cells_final(): unexpected actor type");
	if (st != NULL)
	{
		HASH_SEQ_STATUS it;
		MatrixCell *c;

		hash_seq_init(&it, st->cells);
		while ((c = hash_seq_search(&it)) != NULL)
			cells[i++] = c;
	}
	if (n > 1)
		qsort(cells, n, sizeof(MatrixCell *), cmp_cell);
	for (i = 0; i < n; i++)
	{
		sp[i] = PointerGetDatum(&cells[i]->key.speaker);
		tg[i] = PointerGetDatum(&cells[i]->key.target);
		ct[i] = Int64GetDatum(cells[i]->statements);
	}
	values[0] = PointerGetDatum(construct_array(sp, (int) n, actor_type, typlen, typbyval, typalign));
	values[1] = PointerGetDatum(construct_array(tg, (int) n, actor_type, typlen, typbyval, typalign));
	values[2] = PointerGetDatum(construct_array(ct, (int) n, INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
