/*
 * questions_who.c -- who(): the statements found in SQL, their parties
 * written in C.
 *
 * The statements are found by one SQL query, planned once per backend
 * (a generic plan: the keys, the stance code, the days and the target are
 * parameters): the GIN index of statement_keys(), the days (partitions
 * pruned when the plan starts), stance_matches() and concerns(); so row
 * level security, column privileges and foreign partitions (postgres_fdw
 * ships the index conditions) are as for any query.  Its rows, in order
 * of day and id, go to a receiver that expands each statement into its
 * parties (registry_parties(): forums replaced by their members that day,
 * sorted by party) and writes the answer rows straight into the caller's
 * tuplestore: no composite row, field selection or filter call per party,
 * no second query.
 */
#include "geopol.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/params.h"
#include "tcop/dest.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/syscache.h"

#include "questions.h"

/* the statement query, kept for the backend with the schema it names */
static SPIPlanPtr who_plan = NULL;
static Oid	who_plan_nsp = InvalidOid;
static Oid	who_plan_type = InvalidOid;

#define WHO_NATTS 6

/*
 * The memory of the result: a context kept for the backend whose first
 * block (WHO_POOL_SIZE) stays allocated, emptied when no result in it is
 * alive any more (the per-query memory of every call that put one there
 * has been reset or deleted).  A result of a few thousand rows then reuses
 * the same pages call after call, where a fresh tuplestore in the query's
 * memory took new blocks from malloc and faulted every page in again (a
 * quarter of the time of a 7,000-row who() at 10M statements).
 */
#define WHO_POOL_SIZE (1024 * 1024)

static MemoryContext who_pool = NULL;
static int	who_pool_users = 0;

static void
who_pool_release(void *arg)
{
	if (--who_pool_users == 0)
		MemoryContextReset(who_pool);
}

/* as InitMaterializedSRF(), with the tuplestore in who_pool */
static void
who_result_init(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext per_query,
				old;
	MemoryContextCallback *cb;
	TupleDesc	desc;
	Tuplestorestate *ts;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("materialize mode required, but it is not allowed in this context")));
	per_query = rsinfo->econtext->ecxt_per_query_memory;
	old = MemoryContextSwitchTo(per_query);
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "geopol: who() must return a row type");
	cb = palloc(sizeof(MemoryContextCallback));
	if (who_pool == NULL)
		who_pool = AllocSetContextCreate(TopMemoryContext, "geopol who results",
										 WHO_POOL_SIZE, WHO_POOL_SIZE, ALLOCSET_DEFAULT_MAXSIZE);
	MemoryContextSwitchTo(who_pool);
	ts = tuplestore_begin_heap((rsinfo->allowedModes & SFRM_Materialize_Random) != 0, false, work_mem);
	MemoryContextSwitchTo(old);
	/* nothing fails from here on: the count and its callback go together */
	who_pool_users++;
	cb->func = who_pool_release;
	cb->arg = NULL;
	MemoryContextRegisterResetCallback(per_query, cb);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = ts;
	rsinfo->setDesc = desc;
}

typedef struct WhoDest
{
	DestReceiver pub;
	Tuplestorestate *ts;
	TupleDesc	desc;
	gp_actor	target;
	bool		include_own;
	MemoryContext tmp;			/* of one statement, reset after each */
} WhoDest;

static bool
who_receive(TupleTableSlot *slot, DestReceiver *self)
{
	WhoDest    *d = (WhoDest *) self;
	Datum		values[WHO_NATTS];
	bool		nulls[WHO_NATTS] = {false, false, false, false, false, false};
	MemoryContext old;
	GpParty    *p;
	size_t		n,
				i;

	/* said_on, id, stance, evidence, source */
	slot_getallattrs(slot);
	if (slot->tts_isnull[0] || slot->tts_isnull[1] || slot->tts_isnull[4])
		elog(ERROR, "geopol: a statement without a day, an id or signatories");
	old = MemoryContextSwitchTo(d->tmp);
	p = registry_parties(bloc_view(DatumGetBlocP(slot->tts_values[4])),
						 DatumGetDateADT(slot->tts_values[0]), &n);
	values[2] = slot->tts_values[0];
	values[3] = slot->tts_values[1];
	values[4] = slot->tts_values[2];
	nulls[4] = slot->tts_isnull[2];
	values[5] = slot->tts_values[3];
	nulls[5] = slot->tts_isnull[3];
	for (i = 0; i < n; i++)
	{
		if (!d->include_own && gp_actor_contains(d->target, p[i].party))
			continue;
		values[0] = PointerGetDatum(&p[i].party);
		nulls[1] = p[i].via.hi == 0 && p[i].via.lo == 0;
		values[1] = nulls[1] ? (Datum) 0 : PointerGetDatum(&p[i].via);
		tuplestore_putvalues(d->ts, d->desc, values, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextReset(d->tmp);
	return true;
}

static void
who_startup(DestReceiver *self, int operation, TupleDesc typeinfo)
{
}

static void
who_shutdown(DestReceiver *self)
{
}

static void
who_destroy(DestReceiver *self)
{
}

/* the query of the statements, prepared once for the schema nsp */
static SPIPlanPtr
who_prepare(Oid nsp, Oid actor_type)
{
	char	   *nspname = get_namespace_name(nsp);
	const char *q;
	StringInfoData sql;
	Oid			types[5] = {INT8ARRAYOID, INT8OID, DATEOID, DATEOID, actor_type};
	SPIPlanPtr	plan;

	if (who_plan != NULL && who_plan_nsp == nsp && who_plan_type == actor_type)
		return who_plan;
	if (nspname == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_SCHEMA),
				 errmsg("schema with OID %u does not exist", nsp)));
	q = quote_identifier(nspname);
	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT s.said_on, s.id, s.stance, s.evidence, s.source"
					 "  FROM %s.statement s"
					 " WHERE %s.statement_keys(s.source, s.target, s.said_on, s.stance) OPERATOR(pg_catalog.&&) $1"
					 "   AND s.said_on OPERATOR(pg_catalog.>=) $3 AND s.said_on OPERATOR(pg_catalog.<=) $4"
					 "   AND %s.stance_matches(s.stance, $2)"
					 "   AND %s.concerns(s.target, s.said_on, $5)"
					 " ORDER BY s.said_on, s.id",
					 q, q, q, q);
	plan = SPI_prepare_cursor(sql.data, 5, types, CURSOR_OPT_GENERIC_PLAN);
	if (plan == NULL)
		elog(ERROR, "geopol: who(): SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "geopol: who(): SPI_keepplan failed");
	if (who_plan != NULL)
		SPI_freeplan(who_plan);
	who_plan = plan;
	who_plan_nsp = nsp;
	who_plan_type = actor_type;
	return plan;
}

/*
 * The months a search of who() covers (a divisor of 12, so that a search
 * stays within a calendar year): the keys are by month, and the GIN index
 * pays for many keys twice, in its set-up (each key compared with every
 * key before it) and for every candidate (the && test walks the keys); so
 * a search takes at most WHO_CHUNK_KEYS keys, a year when the target and
 * stance make few keys a month (who('concern', 'PRK', ...): one), down to
 * a month a search (who('DISAPPROVE', 'USA', ...): 64 a month).
 */
#define WHO_CHUNK_KEYS 64

int
questions_chunk_months(size_t keys_a_month)
{
	static const int steps[] = {12, 6, 4, 3, 2};
	int			i;

	for (i = 0; i < (int) lengthof(steps); i++)
		if (keys_a_month * steps[i] <= WHO_CHUNK_KEYS)
			return steps[i];
	return 1;
}

/*
 * The last day of the search that starts on d, of months months: the end
 * of the months-long part of d's year that d is in; days before 1900 (and
 * -infinity) count as January 1900, and a part that holds December 2155
 * runs to infinity, as the keys fold those days onto those months.
 */
static DateADT
who_chunk_end(DateADT d, int months)
{
	int			y,
				m,
				day,
				next;
	DateADT		e;

	if (DATE_IS_NOBEGIN(d))
	{
		y = YEAR_MIN;
		m = 1;
	}
	else if (DATE_IS_NOEND(d))
		return d;
	else
		j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	if (y < YEAR_MIN)
	{
		y = YEAR_MIN;
		m = 1;
	}
	if (y > YEAR_MIN + YEAR_SPAN - 1)
	{
		y = YEAR_MIN + YEAR_SPAN - 1;
		m = 12;
	}
	/* the first month (0-based, in the year) of the next part */
	next = ((m - 1) / months + 1) * months;
	if (y == YEAR_MIN + YEAR_SPAN - 1 && next >= 12)
	{
		DATE_NOEND(e);
		return e;
	}
	return (next >= 12 ? date2j(y + 1, 1, 1) : date2j(y, next + 1, 1)) - POSTGRES_EPOCH_JDATE - 1;
}

/*
 * An infinite or long span searched only over the days of the data the
 * caller sees (geopol.statement_days(): the btrees on said_on + 0, or the
 * partitions' bounds when some are foreign), not in parts over all of
 * 1900-2155: the same rows, far fewer searches. No data: an empty span.
 */
#define WHO_CLAMP_DAYS 731

static void
who_clamp(Oid nsp, DateADT *lo, DateADT *to)
{
	char	   *q;
	bool		null1,
				null2;
	Datum		first,
				last;

	q = psprintf("SELECT first_day, last_day FROM %s.statement_days()",
				 quote_identifier(get_namespace_name(nsp)));
	if (SPI_execute(q, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "geopol: who(): statement_days() failed");
	first = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &null1);
	last = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &null2);
	if (null1 || null2)
	{
		DATE_NOEND(*lo);
		DATE_NOBEGIN(*to);
	}
	else
	{
		if (DatumGetDateADT(first) > *lo)
			*lo = DatumGetDateADT(first);
		if (DatumGetDateADT(last) < *to)
			*to = DatumGetDateADT(last);
	}
	SPI_freetuptable(SPI_tuptable);
	pfree(q);
}

PG_FUNCTION_INFO_V1(geopol_who);
Datum
geopol_who(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Datum		target = PG_GETARG_DATUM(1);
	Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	Oid			actor_type = get_fn_expr_argtype(fcinfo->flinfo, 1);
	ParamListInfo params;
	SPIExecuteOptions opts;
	WhoDest		d;
	SPIPlanPtr	plan;
	int			rc;
	Datum		sset;
	DateADT		lo,
				to;
	int			months;
	ArrayType  *keys;
	MemoryContext keyctx,
				oldctx;

	who_result_init(fcinfo);
	if (!OidIsValid(actor_type))
		actor_type = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
									 CStringGetDatum("actor"), ObjectIdGetDatum(nsp));

	params = makeParamList(5);
	params->numParams = 5;
	params->params[0].ptype = INT8ARRAYOID;
	params->params[1].value = DirectFunctionCall1(geopol_what_code, PG_GETARG_DATUM(0));
	params->params[1].ptype = INT8OID;
	params->params[2].ptype = DATEOID;
	params->params[3].ptype = DATEOID;
	params->params[4].value = target;
	params->params[4].ptype = actor_type;
	for (rc = 0; rc < 5; rc++)
	{
		params->params[rc].isnull = false;
		params->params[rc].pflags = PARAM_FLAG_CONST;
	}
	sset = questions_search_set(target);

	memset(&d, 0, sizeof(d));
	d.pub.receiveSlot = who_receive;
	d.pub.rStartup = who_startup;
	d.pub.rShutdown = who_shutdown;
	d.pub.rDestroy = who_destroy;
	d.pub.mydest = DestNone;
	d.ts = rsinfo->setResult;
	d.desc = rsinfo->setDesc;
	d.target = PG_GETARG_ACTOR(1);
	d.include_own = PG_GETARG_BOOL(4);
	d.tmp = AllocSetContextCreate(CurrentMemoryContext, "geopol who statement",
								  ALLOCSET_SMALL_SIZES);
	/* each part's keys, freed part by part (not at SPI_finish) */
	keyctx = AllocSetContextCreate(CurrentMemoryContext, "geopol who keys",
								   ALLOCSET_SMALL_SIZES);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "geopol: who(): SPI_connect failed");
	plan = who_prepare(nsp, actor_type);
	memset(&opts, 0, sizeof(opts));
	opts.params = params;
	opts.read_only = true;
	opts.dest = (DestReceiver *) &d;

	/*
	 * The span a part of a year at a time, in order (questions_chunk_months):
	 * each part's statements come sorted by day and id, so the rows are in
	 * the order of one query over the span.
	 */
	lo = PG_GETARG_DATEADT(2);
	to = PG_GETARG_DATEADT(3);
	if (DATE_NOT_FINITE(lo) || DATE_NOT_FINITE(to) || (int64) to - lo > WHO_CLAMP_DAYS)
		who_clamp(nsp, &lo, &to);
	keys = DatumGetArrayTypeP(DirectFunctionCall4(geopol_target_keys, sset, PG_GETARG_DATUM(0),
												  DateADTGetDatum(0), DateADTGetDatum(0)));
	months = questions_chunk_months(ArrayGetNItems(ARR_NDIM(keys), ARR_DIMS(keys)));
	while (lo <= to)
	{
		DateADT		hi = who_chunk_end(lo, months);

		if (hi > to)
			hi = to;
		MemoryContextReset(keyctx);
		oldctx = MemoryContextSwitchTo(keyctx);
		params->params[0].value = DirectFunctionCall4(geopol_target_keys, sset, PG_GETARG_DATUM(0),
													  DateADTGetDatum(lo), DateADTGetDatum(hi));
		MemoryContextSwitchTo(oldctx);
		params->params[2].value = DateADTGetDatum(lo);
		params->params[3].value = DateADTGetDatum(hi);
		rc = SPI_execute_plan_extended(plan, &opts);
		if (rc < 0)
			elog(ERROR, "geopol: who(): SPI_execute failed: %s", SPI_result_code_string(rc));
		if (hi >= to || DATE_IS_NOEND(hi))
			break;
		lo = hi + 1;
	}
	SPI_finish();
	MemoryContextDelete(keyctx);
	MemoryContextDelete(d.tmp);
	return (Datum) 0;
}
