/*
 * questions_matrix.c -- matrix_cells(source, target, said_on, domestic):
 * the aggregate behind stance_matrix().  For each statement the pairs of country_dyads() (the
 * countries of the speakers, forums expanded, times the countries of the
 * target's parties), counted in a hash table of pairs, and at the end the
 * cells sorted by speaker and target as three arrays: stance_matrix()
 * unnests them.  The statements are still found and read by the executor
 * (partitions pruned, row level security, foreign partitions, privileges:
 * whatever applies to the query), only the pairs skip it: a tuple, two
 * field selections and a sort comparison a pair were most of the matrix's
 * time (65,000 pairs for a month at 10M statements).
 */
#include "geopol.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "questions.h"

extern Datum bloc_countries(PG_FUNCTION_ARGS);
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
