/*
 * questions.c -- the index keys the analyst's questions search by.  The
 * questions done in C are in questions_walk.c (first_time()/last_time()),
 * questions_who.c (who()) and questions_matrix.c (stance_matrix()'s cells).
 *
 * geopol.statement carries one GIN index, on the int8[] that
 * statement_keys(source, target, said_on, stance) returns: three kinds of
 * 64-bit keys, each packed from facts of the row alone (no table is read,
 * so the function is IMMUTABLE, and postgres_fdw ships it to shards):
 *
 *   T  target side: (country of a target member, month, stance)
 *   M  the calendar: (month, stance)
 *
 * "Country" is the first segment of the code as written: PRK for PRK.GOV,
 * G7 for a statement signed by the G7 (the questions look up the blocs an
 * actor belonged to in the registry, on the coordinator, and search for
 * their keys too).
 *
 * Layout (non-negative int8): bits 61-62 the kind; T: bits 23-59 the
 * country (the first 7 symbols of its first segment as a base-37 number,
 * < 37^7 < 2^37; an eighth symbol is folded, the exact tests of the target
 * follow anyway), bits 11-22 the month, bits 0-10 the stance flags; M:
 * bits 11-22 the month, bits 0-10 the stance flags.  The month is (year -
 * 1900) * 12 + month - 1 for the years 1900..2155; the days of years
 * outside are folded onto the ends (the exact test on said_on follows).  The stance flags are
 * the CAMEO code cut to three digits (a bucket: 111 holds 111 and 1111, 8
 * bits), negation (1) and mood (2): what stance_matches() tests, so a key
 * finds neither accusations nor negated condemnations for who('condemn').
 *
 * The query side builds the same keys for the months and classes a
 * question asks: target_keys(), matrix_keys().  The T keys are by month,
 * not by year, so that a month of one target (first_time()'s walk, a who()
 * over a few weeks) is one short posting list of its own, where a year's
 * list had to be intersected with the month's M keys inside the index: the
 * same statements are indexed either way (2.5 keys a statement), in more,
 * shorter lists; a question over a year asks for 12 lists instead of 1.  The signatories have no
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
#include "questions.h"

/* stance.c: reports a bad "what" with its hint */
extern Datum stance_floor(PG_FUNCTION_ARGS);

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

int
questions_stance_flags(gp_stance s)
{
	char		code[5];

	gp_stance_code(s, code);
	return (bucket_of_code(code) << 3) | (gp_stance_negated(s) ? 4 : 0) | gp_stance_mood(s);
}

void
questions_date_ym(DateADT d, int *year, int *month)
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
void
questions_what_flags(text *what, bool *set)
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

int
questions_cmp_int64(const void *a, const void *b)
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
		qsort(k, n, sizeof(int64), questions_cmp_int64);
	d = palloc((n + 1) * sizeof(Datum));
	for (i = 0; i < n; i++)
		if (m == 0 || k[i] != k[i - 1])
			d[m++] = Int64GetDatum(k[i]);
	return construct_array(d, (int) m, INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
}

void
questions_too_many(size_t n)
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
	int			flags = questions_stance_flags(st),
				year,
				month;
	int64	   *k = palloc((tgt.n + 1) * sizeof(int64));
	size_t		n = 0,
				i;

	questions_date_ym(on, &year, &month);
	for (i = 0; i < tgt.n; i++)
		k[n++] = key_target(country_num(tgt.m[i]), year * 12 + month - 1, flags);
	k[n++] = key_month(year * 12 + month - 1, flags);
	PG_RETURN_ARRAYTYPE_P(keys_array(k, n));
}

/*
 * target_keys(actors bloc, what text, from date, to date) -> int8[]: the T
 * keys of the actors' countries, for every month from..to and every class
 * what can match (what NULL: every class).
 */
PG_FUNCTION_INFO_V1(geopol_target_keys);
Datum
geopol_target_keys(PG_FUNCTION_ARGS)
{
	BlocView	b;
	bool		set[NFLAGS];
	int			y0,
				m0,
				y1,
				m1,
				mi,
				f;
	size_t		n = 0,
				i,
				nf = 0,
				nm;
	int64	   *k;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PG_RETURN_NULL();
	b = PG_GETARG_BLOCVIEW(0);
	questions_what_flags(PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1), set);
	questions_date_ym(PG_GETARG_DATEADT(2), &y0, &m0);
	questions_date_ym(PG_GETARG_DATEADT(3), &y1, &m1);
	for (f = 0; f < NFLAGS; f++)
		nf += set[f];
	if (y1 * 12 + m1 < y0 * 12 + m0)
		PG_RETURN_ARRAYTYPE_P(keys_array(NULL, 0));
	nm = (size_t) (y1 * 12 + m1 - y0 * 12 - m0 + 1);
	questions_too_many(b.n * nm * nf);
	k = palloc((b.n * nm * nf + 1) * sizeof(int64));
	for (i = 0; i < b.n; i++)
	{
		uint64		cn = country_num(b.m[i]);

		for (mi = y0 * 12 + m0 - 1; mi <= y1 * 12 + m1 - 1; mi++)
			for (f = 0; f < NFLAGS; f++)
				if (set[f])
					k[n++] = key_target(cn, mi, f);
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
	questions_date_ym(PG_GETARG_DATEADT(1), &y0, &m0);
	questions_date_ym(PG_GETARG_DATEADT(2), &y1, &m1);
	questions_what_flags(PG_ARGISNULL(0) ? NULL : PG_GETARG_TEXT_PP(0), set);
	for (f = 0; f < NFLAGS; f++)
		nf += set[f];
	if (y1 * 12 + m1 < y0 * 12 + m0)
		PG_RETURN_ARRAYTYPE_P(keys_array(NULL, 0));
	questions_too_many((size_t) (y1 * 12 + m1 - y0 * 12 - m0 + 1) * nf);
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

/*
 * the C functions of the registry and of the types (registry.c, actor.c,
 * bloc.c) that search_set() is made of, called directly
 */
extern Datum geopol_blocs_ever(PG_FUNCTION_ARGS);
extern Datum actor_country(PG_FUNCTION_ARGS);
extern Datum bloc_of_actor(PG_FUNCTION_ARGS);
extern Datum bloc_union(PG_FUNCTION_ARGS);

/* search_set(x): its country and every bloc that country ever belonged to */
Datum
questions_search_set(Datum x)
{
	Datum		c = DirectFunctionCall1(actor_country, x);

	return DirectFunctionCall2(bloc_union, DirectFunctionCall1(bloc_of_actor, c),
							   DirectFunctionCall1(geopol_blocs_ever, c));
}
