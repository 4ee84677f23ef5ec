/*
 * bloc.c -- fmgr glue for geopol.bloc: I/O, comparison, hashing, set
 * operators, conversion to and from actor[], bloc_agg, and GIN support.
 *
 * On disk a bloc is a varlena: the header, a member count, then the
 * members (16-byte actors) sorted and distinct.  Always read through
 * PG_GETARG_BLOC (detoasting, unpacking short headers).
 */
#include "geopol.h"

#include "access/gin.h"
#include "access/stratnum.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"

#include "core/bloc.h"

/* ---- construction and access ---- */

/*
 * Three layouts, chosen by the longest member: "tiny" when every member
 * has at most 6 symbols (PRK, G7, NATO, ASEAN, EU: most real blocs), 4
 * bytes a member: the high word divided by 37^6, which keeps the order;
 * "compact" when every member has at most 12 symbols (RUS.GOV.MIL), 8 bytes
 * a member: the high word; "full" otherwise, 16 bytes.  The layout never
 * shows: the text, binary and hash forms are computed from the members.
 */
#define P37_6	UINT64CONST(2565726409)		/* 37^6 */

static inline bool
fits_tiny(gp_actor a)
{
	return a.lo == 0 && a.hi % P37_6 == 0;
}

Bloc *
bloc_make(const gp_actor *members, size_t n)
{
	int			layout = BLOC_TINY;
	size_t		i,
				size;
	Bloc	   *b;

	if (n > BLOC_MAX_MEMBERS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("a bloc can have at most %d members", BLOC_MAX_MEMBERS)));
	for (i = 0; i < n && layout != BLOC_FULL; i++)
	{
		if (members[i].lo != 0)
			layout = BLOC_FULL;
		else if (layout == BLOC_TINY && !fits_tiny(members[i]))
			layout = BLOC_COMPACT;
	}
	size = offsetof(Bloc, data) +
		n * (layout == BLOC_TINY ? sizeof(uint32) : layout == BLOC_COMPACT ? sizeof(uint64) : sizeof(gp_actor));
	b = (Bloc *) palloc(size);
	SET_VARSIZE(b, size);
	b->n_layout = (uint32) n | ((uint32) layout << 28);
	if (layout == BLOC_TINY)
	{
		uint32	   *w = (uint32 *) b->data;

		for (i = 0; i < n; i++)
			w[i] = (uint32) (members[i].hi / P37_6);
	}
	else if (layout == BLOC_COMPACT)
		for (i = 0; i < n; i++)
			b->data[i] = members[i].hi;
	else if (n > 0)
		memcpy(b->data, members, n * sizeof(gp_actor));
	return b;
}

BlocView
bloc_view(const Bloc *b)
{
	BlocView	v;
	uint32		n = BLOC_N(b),
				i;
	gp_actor   *m;

	v.n = n;
	if (BLOC_LAYOUT(b) == BLOC_FULL)
	{
		v.m = (const gp_actor *) b->data;
		return v;
	}
	m = palloc((n + 1) * sizeof(gp_actor));
	if (BLOC_LAYOUT(b) == BLOC_TINY)
	{
		const uint32 *w = (const uint32 *) b->data;

		for (i = 0; i < n; i++)
		{
			m[i].hi = (uint64) w[i] * P37_6;
			m[i].lo = 0;
		}
	}
	else
		for (i = 0; i < n; i++)
		{
			m[i].hi = b->data[i];
			m[i].lo = 0;
		}
	v.m = m;
	return v;
}

/* Is x a member?  Straight on the stored words, without decoding. */
bool
bloc_has(const Bloc *b, gp_actor x)
{
	uint32		lo = 0,
				hi = BLOC_N(b);

	switch (BLOC_LAYOUT(b))
	{
		case BLOC_TINY:
			{
				const uint32 *w = (const uint32 *) b->data;
				uint32		key;

				if (!fits_tiny(x))
					return false;
				key = (uint32) (x.hi / P37_6);
				while (lo < hi)
				{
					uint32		mid = lo + (hi - lo) / 2;

					if (w[mid] == key)
						return true;
					if (w[mid] < key)
						lo = mid + 1;
					else
						hi = mid;
				}
				return false;
			}
		case BLOC_COMPACT:
			if (x.lo != 0)
				return false;
			while (lo < hi)
			{
				uint32		mid = lo + (hi - lo) / 2;

				if (b->data[mid] == x.hi)
					return true;
				if (b->data[mid] < x.hi)
					lo = mid + 1;
				else
					hi = mid;
			}
			return false;
		default:
			return gp_bloc_has((const gp_actor *) b->data, BLOC_N(b), x);
	}
}

static Bloc *
bloc_parse_or_error(const char *str, size_t len, Node *escontext)
{
	size_t		cap = gp_bloc_count_upper(str, len);
	gp_actor   *buf;
	size_t		n;
	gp_bloc_error err;
	char		detail[GP_DETAIL_BUFSIZE];
	char	   *shown;

	if (cap > BLOC_MAX_MEMBERS)
		cap = BLOC_MAX_MEMBERS;
	buf = palloc(cap * sizeof(gp_actor));
	if (gp_bloc_parse(str, len, buf, cap, &n, &err))
	{
		Bloc	   *b = bloc_make(buf, n);

		pfree(buf);
		return b;
	}
	gp_bloc_error_detail(&err, str, len, detail, sizeof(detail), geopol_mblen);
	shown = pnstrdup(str, len);
#if PG_VERSION_NUM >= 160000
	ereturn(escontext, NULL,
#else
	(void) escontext;
	ereport(ERROR,
#endif
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", "bloc", shown),
			 errdetail("%s", detail),
			 err.code == GP_BLOC_ERR_NO_OPEN ?
			 errhint("A bloc is written {G7,KOR,AUS}; {PRK} is a bloc of one. To test whether a bloc holds an actor, compare with an actor: source @> 'PRK'::geopol.actor.") :
			 errhint("A bloc is written {G7,KOR,AUS}: actor codes between braces, separated by commas.")));
#if PG_VERSION_NUM < 160000
	return NULL;
#endif
}

PG_FUNCTION_INFO_V1(bloc_in);
Datum
bloc_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	Bloc	   *b = bloc_parse_or_error(str, strlen(str), fcinfo->context);

	if (b == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(b);
}

PG_FUNCTION_INFO_V1(bloc_out);
Datum
bloc_out(PG_FUNCTION_ARGS)
{
	BlocView	b = PG_GETARG_BLOCVIEW(0);
	char	   *buf = palloc(GP_BLOC_TEXT_SIZE(b.n));

	gp_bloc_format(b.m, b.n, buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary format: version byte (1), member count (int32), then each member
 * as a length byte and its canonical text.  The core (gp_bloc_recv) reads
 * every member as actor recv does and normalises (sorts, drops
 * duplicates) as in does, so recv accepts exactly the values in accepts.
 */
PG_FUNCTION_INFO_V1(bloc_recv);
Datum
bloc_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const char *data = buf->data + buf->cursor;
	size_t		len = buf->len - buf->cursor;
	size_t		cap = gp_bloc_recv_count(data, len),
				n;
	gp_actor   *m;
	gp_bloc_error err;

	/* the core refuses a count the data cannot hold: cap is bounded by len */
	if (cap > BLOC_MAX_MEMBERS)
		cap = BLOC_MAX_MEMBERS;
	if (cap > len / 2)
		cap = len / 2;
	m = palloc(Max(cap, 1) * sizeof(gp_actor));
	if (!gp_bloc_recv(data, len, m, cap, &n, &err))
	{
		char		detail[GP_DETAIL_BUFSIZE];

		gp_bloc_error_detail(&err, data, len, detail, sizeof(detail), geopol_mblen);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", "bloc"),
				 errdetail("%s", detail)));
	}
	buf->cursor = buf->len;
	PG_RETURN_POINTER(bloc_make(m, n));
}

PG_FUNCTION_INFO_V1(bloc_send);
Datum
bloc_send(PG_FUNCTION_ARGS)
{
	BlocView	b = PG_GETARG_BLOCVIEW(0);
	char	   *data = palloc(GP_BLOC_SEND_SIZE(b.n));
	size_t		len = gp_bloc_send(b.m, b.n, data);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, data, (int) len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- comparison and hashing ---- */

static int
bloc_cmp_internal(FunctionCallInfo fcinfo)
{
	BlocView	a = PG_GETARG_BLOCVIEW(0);
	BlocView	b = PG_GETARG_BLOCVIEW(1);

	return gp_bloc_cmp(a.m, a.n, b.m, b.n);
}

#define BLOC_CMP_FN(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = bloc_cmp_internal(fcinfo); \
	PG_RETURN_BOOL(expr); \
}

BLOC_CMP_FN(bloc_eq, c == 0)
BLOC_CMP_FN(bloc_ne, c != 0)
BLOC_CMP_FN(bloc_lt, c < 0)
BLOC_CMP_FN(bloc_le, c <= 0)
BLOC_CMP_FN(bloc_gt, c > 0)
BLOC_CMP_FN(bloc_ge, c >= 0)

PG_FUNCTION_INFO_V1(bloc_cmp);
Datum
bloc_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(bloc_cmp_internal(fcinfo));
}

/* over the members' big-endian bytes: stable across platforms and releases */
static unsigned char *
bloc_hash_bytes(BlocView b, size_t *len)
{
	unsigned char *bytes = palloc(Max(b.n, 1) * 16);
	uint32		i;

	for (i = 0; i < b.n; i++)
		actor_to_bytes(b.m[i], bytes + 16 * i);
	*len = b.n * 16;
	return bytes;
}

PG_FUNCTION_INFO_V1(bloc_hash);
Datum
bloc_hash(PG_FUNCTION_ARGS)
{
	BlocView	b = PG_GETARG_BLOCVIEW(0);
	size_t		len;
	unsigned char *bytes = bloc_hash_bytes(b, &len);
	Datum		h = hash_any(bytes, (int) len);

	pfree(bytes);
	PG_RETURN_DATUM(h);
}

PG_FUNCTION_INFO_V1(bloc_hash_extended);
Datum
bloc_hash_extended(PG_FUNCTION_ARGS)
{
	BlocView	b = PG_GETARG_BLOCVIEW(0);
	size_t		len;
	unsigned char *bytes = bloc_hash_bytes(b, &len);
	Datum		h = hash_any_extended(bytes, (int) len, PG_GETARG_INT64(1));

	pfree(bytes);
	PG_RETURN_DATUM(h);
}

/* ---- set operators ---- */

PG_FUNCTION_INFO_V1(bloc_contains);
Datum
bloc_contains(PG_FUNCTION_ARGS)
{
	BlocView	a = PG_GETARG_BLOCVIEW(0);
	BlocView	b = PG_GETARG_BLOCVIEW(1);

	PG_RETURN_BOOL(gp_bloc_contains(a.m, a.n, b.m, b.n));
}

PG_FUNCTION_INFO_V1(bloc_contained);
Datum
bloc_contained(PG_FUNCTION_ARGS)
{
	BlocView	a = PG_GETARG_BLOCVIEW(0);
	BlocView	b = PG_GETARG_BLOCVIEW(1);

	PG_RETURN_BOOL(gp_bloc_contains(b.m, b.n, a.m, a.n));
}

PG_FUNCTION_INFO_V1(bloc_has_actor);
Datum
bloc_has_actor(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(bloc_has(PG_GETARG_BLOC(0), PG_GETARG_ACTOR(1)));
}

PG_FUNCTION_INFO_V1(actor_in_bloc);
Datum
actor_in_bloc(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(bloc_has(PG_GETARG_BLOC(1), PG_GETARG_ACTOR(0)));
}

PG_FUNCTION_INFO_V1(bloc_overlaps);
Datum
bloc_overlaps(PG_FUNCTION_ARGS)
{
	BlocView	a = PG_GETARG_BLOCVIEW(0);
	BlocView	b = PG_GETARG_BLOCVIEW(1);

	PG_RETURN_BOOL(gp_bloc_overlaps(a.m, a.n, b.m, b.n));
}

PG_FUNCTION_INFO_V1(bloc_union);
Datum
bloc_union(PG_FUNCTION_ARGS)
{
	BlocView	a = PG_GETARG_BLOCVIEW(0);
	BlocView	b = PG_GETARG_BLOCVIEW(1);
	gp_actor   *out = palloc((a.n + b.n + 1) * sizeof(gp_actor));
	size_t		n = gp_bloc_union(a.m, a.n, b.m, b.n, out);

	PG_RETURN_POINTER(bloc_make(out, n));
}

PG_FUNCTION_INFO_V1(bloc_intersect);
Datum
bloc_intersect(PG_FUNCTION_ARGS)
{
	BlocView	a = PG_GETARG_BLOCVIEW(0);
	BlocView	b = PG_GETARG_BLOCVIEW(1);
	gp_actor   *out = palloc((Min(a.n, b.n) + 1) * sizeof(gp_actor));
	size_t		n = gp_bloc_intersect(a.m, a.n, b.m, b.n, out);

	PG_RETURN_POINTER(bloc_make(out, n));
}

PG_FUNCTION_INFO_V1(bloc_minus);
Datum
bloc_minus(PG_FUNCTION_ARGS)
{
	BlocView	a = PG_GETARG_BLOCVIEW(0);
	BlocView	b = PG_GETARG_BLOCVIEW(1);
	gp_actor   *out = palloc((a.n + 1) * sizeof(gp_actor));
	size_t		n = gp_bloc_minus(a.m, a.n, b.m, b.n, out);

	PG_RETURN_POINTER(bloc_make(out, n));
}

PG_FUNCTION_INFO_V1(bloc_add);
Datum
bloc_add(PG_FUNCTION_ARGS)
{
	BlocView	a = PG_GETARG_BLOCVIEW(0);
	gp_actor	x = PG_GETARG_ACTOR(1);
	gp_actor   *out = palloc((a.n + 1) * sizeof(gp_actor));
	size_t		n = gp_bloc_union(a.m, a.n, &x, 1, out);

	PG_RETURN_POINTER(bloc_make(out, n));
}

PG_FUNCTION_INFO_V1(bloc_remove);
Datum
bloc_remove(PG_FUNCTION_ARGS)
{
	BlocView	a = PG_GETARG_BLOCVIEW(0);
	gp_actor	x = PG_GETARG_ACTOR(1);
	gp_actor   *out = palloc((a.n + 1) * sizeof(gp_actor));
	size_t		n = gp_bloc_minus(a.m, a.n, &x, 1, out);

	PG_RETURN_POINTER(bloc_make(out, n));
}

PG_FUNCTION_INFO_V1(bloc_cardinality);
Datum
bloc_cardinality(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) BLOC_N(PG_GETARG_BLOC(0)));
}

PG_FUNCTION_INFO_V1(bloc_of_actor);
Datum
bloc_of_actor(PG_FUNCTION_ARGS)
{
	gp_actor	x = PG_GETARG_ACTOR(0);

	PG_RETURN_POINTER(bloc_make(&x, 1));
}

/* the countries (first segments) of the members: {PRK.GOV,RUS.MIL,RUS} -> {PRK,RUS} */
PG_FUNCTION_INFO_V1(bloc_countries);
Datum
bloc_countries(PG_FUNCTION_ARGS)
{
	BlocView	b = PG_GETARG_BLOCVIEW(0);
	gp_actor   *m = palloc((b.n + 1) * sizeof(gp_actor));
	size_t		i;

	for (i = 0; i < b.n; i++)
		m[i] = gp_actor_prefix(b.m[i], 1);
	PG_RETURN_POINTER(bloc_make(m, gp_bloc_normalize(m, b.n)));
}

/*
 * Index keys by country and year: {PRK.GOV,RUS} said on 2024-11-05 gives
 * {PRK.2024,RUS.2024}.  A GIN index on these finds the statements about a
 * country in a span of years without a second index on the date.
 */
static gp_actor
country_year(gp_actor m, int year)
{
	char		buf[GP_ACTOR_TEXT_BUFSIZE + 8];
	size_t		n = gp_actor_format(gp_actor_prefix(m, 1), buf);
	gp_actor	k;

	snprintf(buf + n, sizeof(buf) - n, ".%04d", year < 0 ? 0 : year > 9999 ? 9999 : year);
	if (!gp_actor_parse(buf, &k, NULL))
		elog(ERROR, "geopol: cannot make the index key \"%s\"", buf);
	return k;
}

static int
date_year(DateADT d)
{
	int			y,
				m,
				day;

	if (DATE_NOT_FINITE(d))
		return DATE_IS_NOBEGIN(d) ? 0 : 9999;
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	return y;
}

PG_FUNCTION_INFO_V1(bloc_country_years);
Datum
bloc_country_years(PG_FUNCTION_ARGS)
{
	BlocView	b = PG_GETARG_BLOCVIEW(0);
	int			year = date_year(PG_GETARG_DATEADT(1));
	gp_actor   *m = palloc((b.n + 1) * sizeof(gp_actor));
	size_t		i;

	for (i = 0; i < b.n; i++)
		m[i] = country_year(b.m[i], year);
	PG_RETURN_POINTER(bloc_make(m, gp_bloc_normalize(m, b.n)));
}

/* the keys of country_years() for these actors and every year from..to */
PG_FUNCTION_INFO_V1(bloc_year_keys);
Datum
bloc_year_keys(PG_FUNCTION_ARGS)
{
	BlocView	b = PG_GETARG_BLOCVIEW(0);
	int			y0 = date_year(PG_GETARG_DATEADT(1)),
				y1 = date_year(PG_GETARG_DATEADT(2)),
				y;
	gp_actor   *m;
	size_t		i,
				n = 0;

	if (y1 < y0)
		PG_RETURN_POINTER(bloc_make(NULL, 0));
	if ((size_t) (y1 - y0 + 1) * b.n > BLOC_MAX_MEMBERS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many index keys: %zu actors over %d years", b.n, y1 - y0 + 1)));
	m = palloc(((size_t) (y1 - y0 + 1) * b.n + 1) * sizeof(gp_actor));
	for (i = 0; i < b.n; i++)
		for (y = y0; y <= y1; y++)
			m[n++] = country_year(b.m[i], y);
	PG_RETURN_POINTER(bloc_make(m, gp_bloc_normalize(m, n)));
}

/* ---- actor[] <-> bloc ---- */

PG_FUNCTION_INFO_V1(bloc_from_array);
Datum
bloc_from_array(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			nelems,
				i;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	gp_actor   *m;
	size_t		n = 0;

	get_typlenbyvalalign(ARR_ELEMTYPE(arr), &typlen, &typbyval, &typalign);
	deconstruct_array(arr, ARR_ELEMTYPE(arr), typlen, typbyval, typalign,
					  &elems, &nulls, &nelems);
	m = palloc((nelems + 1) * sizeof(gp_actor));
	for (i = 0; i < nelems; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("a bloc cannot have a NULL member"),
					 errdetail("Element %d of the array is NULL.", i + 1)));
		m[n++] = *DatumGetActorP(elems[i]);
	}
	n = gp_bloc_normalize(m, n);
	PG_RETURN_POINTER(bloc_make(m, n));
}

PG_FUNCTION_INFO_V1(bloc_to_array);
Datum
bloc_to_array(PG_FUNCTION_ARGS)
{
	BlocView	b = PG_GETARG_BLOCVIEW(0);
	Oid			actor_type = get_fn_expr_rettype(fcinfo->flinfo);
	Datum	   *elems = palloc((b.n + 1) * sizeof(Datum));
	uint32		i;

	/* the return type is actor[]; find the element type */
	actor_type = get_element_type(actor_type);
	if (!OidIsValid(actor_type))
		elog(ERROR, "bloc_to_array must return an array");
	for (i = 0; i < b.n; i++)
		elems[i] = PointerGetDatum(&b.m[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, (int) b.n, actor_type,
										  sizeof(gp_actor), false, TYPALIGN_DOUBLE));
}

/* ---- bloc_agg(actor): internal state, parallel safe ---- */

typedef struct BlocAggState
{
	size_t		n;
	size_t		cap;
	gp_actor   *m;
} BlocAggState;

static BlocAggState *
agg_state(FunctionCallInfo fcinfo, int argno)
{
	MemoryContext aggctx;
	BlocAggState *st;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		elog(ERROR, "bloc_agg called in non-aggregate context");
	if (!PG_ARGISNULL(argno))
		return (BlocAggState *) PG_GETARG_POINTER(argno);
	st = MemoryContextAllocZero(aggctx, sizeof(BlocAggState));
	st->cap = 16;
	st->m = MemoryContextAlloc(aggctx, st->cap * sizeof(gp_actor));
	return st;
}

static void
agg_push(FunctionCallInfo fcinfo, BlocAggState *st, const gp_actor *x, size_t k)
{
	MemoryContext aggctx;

	AggCheckCallContext(fcinfo, &aggctx);
	if (st->n + k > st->cap)
	{
		/* normalise before growing: duplicates are the common case */
		st->n = gp_bloc_normalize(st->m, st->n);
		if (st->n + k > st->cap / 2)
		{
			size_t		cap = Max(st->cap * 2, st->n + k);
			gp_actor   *m = MemoryContextAlloc(aggctx, cap * sizeof(gp_actor));

			memcpy(m, st->m, st->n * sizeof(gp_actor));
			pfree(st->m);
			st->m = m;
			st->cap = cap;
		}
	}
	memcpy(st->m + st->n, x, k * sizeof(gp_actor));
	st->n += k;
}

PG_FUNCTION_INFO_V1(bloc_agg_trans);
Datum
bloc_agg_trans(PG_FUNCTION_ARGS)
{
	BlocAggState *st = agg_state(fcinfo, 0);

	if (!PG_ARGISNULL(1))
		agg_push(fcinfo, st, DatumGetActorP(PG_GETARG_DATUM(1)), 1);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(bloc_union_agg_trans);
Datum
bloc_union_agg_trans(PG_FUNCTION_ARGS)
{
	BlocAggState *st = agg_state(fcinfo, 0);

	if (!PG_ARGISNULL(1))
	{
		BlocView	b = PG_GETARG_BLOCVIEW(1);

		agg_push(fcinfo, st, b.m, b.n);
	}
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(bloc_agg_combine);
Datum
bloc_agg_combine(PG_FUNCTION_ARGS)
{
	BlocAggState *a;
	BlocAggState *b;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	a = agg_state(fcinfo, 0);
	b = (BlocAggState *) PG_GETARG_POINTER(1);
	agg_push(fcinfo, a, b->m, b->n);
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(bloc_agg_final);
Datum
bloc_agg_final(PG_FUNCTION_ARGS)
{
	BlocAggState *st;
	size_t		n;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (BlocAggState *) PG_GETARG_POINTER(0);
	/* normalise a copy: the state stays as it was (FINALFUNC_MODIFY = READ_ONLY) */
	{
		gp_actor   *m = palloc((st->n + 1) * sizeof(gp_actor));

		memcpy(m, st->m, st->n * sizeof(gp_actor));
		n = gp_bloc_normalize(m, st->n);
		PG_RETURN_POINTER(bloc_make(m, n));
	}
}

PG_FUNCTION_INFO_V1(bloc_agg_serial);
Datum
bloc_agg_serial(PG_FUNCTION_ARGS)
{
	BlocAggState *st = (BlocAggState *) PG_GETARG_POINTER(0);
	size_t		n = gp_bloc_normalize(st->m, st->n);
	bytea	   *out = palloc(VARHDRSZ + n * sizeof(gp_actor));

	st->n = n;
	SET_VARSIZE(out, VARHDRSZ + n * sizeof(gp_actor));
	memcpy(VARDATA(out), st->m, n * sizeof(gp_actor));
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(bloc_agg_deserial);
Datum
bloc_agg_deserial(PG_FUNCTION_ARGS)
{
	bytea	   *in = PG_GETARG_BYTEA_PP(0);
	size_t		n = VARSIZE_ANY_EXHDR(in) / sizeof(gp_actor);
	MemoryContext aggctx;
	BlocAggState *st;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		elog(ERROR, "bloc_agg_deserial called in non-aggregate context");
	st = MemoryContextAllocZero(aggctx, sizeof(BlocAggState));
	st->cap = Max(n, 16);
	st->m = MemoryContextAlloc(aggctx, st->cap * sizeof(gp_actor));
	memcpy(st->m, VARDATA_ANY(in), n * sizeof(gp_actor));
	st->n = n;
	PG_RETURN_POINTER(st);
}

/* ---- GIN: a bloc is indexed by its members ---- */

#define GIN_OVERLAP		3			/* bloc && bloc */
#define GIN_EQUAL		6			/* bloc = bloc */
#define GIN_CONTAINS	7			/* bloc @> bloc */
#define GIN_CONTAINED	8			/* bloc <@ bloc */
#define GIN_HAS_ACTOR	9			/* bloc @> actor */

static Datum *
members_as_datums(BlocView b)
{
	Datum	   *keys = palloc((b.n + 1) * sizeof(Datum));
	uint32		i;

	for (i = 0; i < b.n; i++)
		keys[i] = actor_datum(b.m[i]);
	return keys;
}

PG_FUNCTION_INFO_V1(bloc_gin_extract_value);
Datum
bloc_gin_extract_value(PG_FUNCTION_ARGS)
{
	BlocView	b = PG_GETARG_BLOCVIEW(0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);

	*nkeys = (int32) b.n;
	PG_RETURN_POINTER(members_as_datums(b));
}

PG_FUNCTION_INFO_V1(bloc_gin_extract_query);
Datum
bloc_gin_extract_query(PG_FUNCTION_ARGS)
{
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	Datum	   *keys;

	if (strategy == GIN_HAS_ACTOR)
	{
		keys = palloc(sizeof(Datum));
		keys[0] = actor_datum(PG_GETARG_ACTOR(0));
		*nkeys = 1;
		PG_RETURN_POINTER(keys);
	}
	else
	{
		BlocView	q = PG_GETARG_BLOCVIEW(0);

		keys = members_as_datums(q);
		*nkeys = (int32) q.n;
		switch (strategy)
		{
			case GIN_OVERLAP:
				/* no keys: nothing overlaps the empty bloc */
				break;
			case GIN_CONTAINS:
				if (q.n == 0)
					*searchMode = GIN_SEARCH_MODE_ALL;
				break;
			case GIN_CONTAINED:
			case GIN_EQUAL:
				/* the empty bloc is contained in (and may equal) anything */
				*searchMode = GIN_SEARCH_MODE_INCLUDE_EMPTY;
				break;
			default:
				elog(ERROR, "bloc_gin_extract_query: unknown strategy %d", strategy);
		}
		PG_RETURN_POINTER(keys);
	}
}

PG_FUNCTION_INFO_V1(bloc_gin_consistent);
Datum
bloc_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nkeys = PG_GETARG_INT32(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	int32		i;

	switch (strategy)
	{
		case GIN_OVERLAP:
			*recheck = false;
			for (i = 0; i < nkeys; i++)
				if (check[i])
					PG_RETURN_BOOL(true);
			PG_RETURN_BOOL(false);
		case GIN_CONTAINS:
		case GIN_HAS_ACTOR:
			*recheck = false;
			for (i = 0; i < nkeys; i++)
				if (!check[i])
					PG_RETURN_BOOL(false);
			PG_RETURN_BOOL(true);
		case GIN_EQUAL:
			/* every query member must be there; the heap check does the rest */
			*recheck = true;
			for (i = 0; i < nkeys; i++)
				if (!check[i])
					PG_RETURN_BOOL(false);
			PG_RETURN_BOOL(true);
		case GIN_CONTAINED:
			/* the index cannot tell whether the row has other members */
			*recheck = true;
			PG_RETURN_BOOL(true);
		default:
			elog(ERROR, "bloc_gin_consistent: unknown strategy %d", strategy);
	}
	PG_RETURN_BOOL(false);
}
