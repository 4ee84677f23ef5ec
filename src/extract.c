/*
 * extract.c -- fmgr glue of the statement coder (the engine is in
 * src/core/extract.c).
 *
 * The dictionary is compiled once per backend from geopol.actor_name,
 * geopol.lexicon and geopol.membership (which actors are blocs) and kept
 * in its own memory context.  A statement-level trigger on each of those
 * tables queues a relcache invalidation; the callback registered in
 * _PG_init drops the dictionary, so a new alias or stance word is used
 * from the next statement on, in every session, without reconnecting.
 */
#include "geopol.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "core/bloc.h"
#include "core/extract.h"
#include "core/stance.h"

#define EVIDENCE_MAX 1000		/* bytes of a sentence kept as evidence */

static MemoryContext dict_cxt = NULL;
static gx_arena dict_arena;
static gx_dict *dict = NULL;
static bool dict_valid = false;
static Oid	dict_rels[3] = {InvalidOid, InvalidOid, InvalidOid};

static void
dict_inval_callback(Datum arg, Oid relid)
{
	int			i;

	if (relid == InvalidOid)
		dict_valid = false;
	for (i = 0; i < 3; i++)
		if (relid == dict_rels[i])
			dict_valid = false;
}

void
extract_init(void)
{
	CacheRegisterRelcacheCallback(dict_inval_callback, (Datum) 0);
}

static void *
cxt_alloc(size_t size, void *ctx)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, size,
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

static int32
day_or_none(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);

	return isnull ? GX_NO_DATE : DatumGetInt32(d);
}

static gx_name_kind
name_kind(const char *k)
{
	if (strcmp(k, "adjective") == 0)
		return GX_ADJECTIVE;
	if (strcmp(k, "capital") == 0)
		return GX_CAPITAL;
	if (strcmp(k, "leader") == 0)
		return GX_LEADER;
	if (strcmp(k, "person") == 0)
		return GX_PERSON;
	if (strcmp(k, "agent") == 0)
		return GX_AGENT;
	return GX_NAME;
}

static void
dict_load(void)
{
	Oid			nsp;
	uint64		i;
	int			ret;

	if (dict_valid && dict != NULL)
		return;
	if (dict_cxt == NULL)
		dict_cxt = AllocSetContextCreate(TopMemoryContext, "geopol extract dictionary",
										 ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(dict_cxt);
	dict = NULL;
	gx_arena_init(&dict_arena, cxt_alloc, NULL, dict_cxt);

	nsp = get_namespace_oid("geopol", false);
	dict_rels[0] = get_relname_relid("actor_name", nsp);
	dict_rels[1] = get_relname_relid("lexicon", nsp);
	dict_rels[2] = get_relname_relid("membership", nsp);

	{
		gx_dict    *d = gx_dict_new(&dict_arena);

		if (d == NULL)
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
							errmsg("out of memory building the geopol.extract dictionary")));
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		/* every operator qualified: the caller's search_path is not ours */
		ret = SPI_execute(
						  "SELECT n.actor::pg_catalog.text, n.name, n.kind,"
						  "       CASE WHEN pg_catalog.lower_inf(n.valid)"
						  "              OR NOT pg_catalog.isfinite(pg_catalog.lower(n.valid)) THEN NULL"
						  "            ELSE pg_catalog.lower(n.valid) OPERATOR(pg_catalog.-) date '2000-01-01' END,"
						  "       CASE WHEN pg_catalog.upper_inf(n.valid)"
						  "              OR NOT pg_catalog.isfinite(pg_catalog.upper(n.valid)) THEN NULL"
						  "            ELSE pg_catalog.upper(n.valid) OPERATOR(pg_catalog.-) date '2000-01-02' END,"
						  "       EXISTS (SELECT 1 FROM geopol.membership m"
						  "                WHERE m.bloc OPERATOR(geopol.=) n.actor)"
						  "    OR EXISTS (SELECT 1 FROM geopol.bloc_kind k"
						  "                WHERE k.bloc OPERATOR(geopol.=) n.actor)"
						  "  FROM geopol.actor_name n"
						  " WHERE n.kind OPERATOR(pg_catalog.<>) 'role'"
						  " ORDER BY n.builtin, n.actor, n.name", true, 0);
		if (ret != SPI_OK_SELECT)
			elog(ERROR, "geopol.extract: reading geopol.actor_name failed");
		for (i = 0; i < SPI_processed; i++)
		{
			HeapTuple	tup = SPI_tuptable->vals[i];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			char	   *code = SPI_getvalue(tup, desc, 1);
			char	   *name = SPI_getvalue(tup, desc, 2);
			char	   *kind = SPI_getvalue(tup, desc, 3);
			bool		isnull;
			bool		group = DatumGetBool(SPI_getbinval(tup, desc, 6, &isnull));
			int			id;

			if (code == NULL || name == NULL || kind == NULL)
				continue;
			id = gx_dict_actor(d, code, group);
			if (id >= 0)
				gx_dict_add_name(d, name, strlen(name), id, name_kind(kind),
								 day_or_none(tup, desc, 4), day_or_none(tup, desc, 5));
		}
		ret = SPI_execute("SELECT phrase, kind, stance, intensity FROM geopol.lexicon"
						  " ORDER BY builtin DESC, phrase COLLATE \"C\"", true, 0);
		if (ret != SPI_OK_SELECT)
			elog(ERROR, "geopol.extract: reading geopol.lexicon failed");
		for (i = 0; i < SPI_processed; i++)
		{
			HeapTuple	tup = SPI_tuptable->vals[i];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			char	   *phrase = SPI_getvalue(tup, desc, 1);
			char	   *kind = SPI_getvalue(tup, desc, 2);
			bool		snull,
						inull;
			Datum		st = SPI_getbinval(tup, desc, 3, &snull);
			Datum		in = SPI_getbinval(tup, desc, 4, &inull);
			int			k;

			if (phrase == NULL || kind == NULL)
				continue;
			k = gx_word_kind_parse(kind, strlen(kind));
			if (k < 0)
				continue;
			/* a phrase that cannot be compiled (only punctuation, too long)
			 * is skipped: geopol.lexicon_check() reports such rows */
			gx_dict_add_word(d, phrase, strlen(phrase), (gx_word_kind) k,
							 snull ? 0 : DatumGetUInt32(st),
							 inull ? 0 : DatumGetInt16(in));
		}
		SPI_finish();
		if (!gx_dict_finish(d) || dict_arena.failed)
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
							errmsg("out of memory building the geopol.extract dictionary")));
		dict = d;
		dict_valid = true;
	}
}

static void
tick(void *arg)
{
	CHECK_FOR_INTERRUPTS();
}

/* members of a forum named in the same set are implied: {G7,CAN} = {G7} */
static size_t
compact(const gp_actor *in, size_t n, gp_actor *out, DateADT on)
{
	size_t		i,
				j,
				m = 0;

	for (i = 0; i < n; i++)
	{
		bool		implied = false;

		for (j = 0; j < n && !implied; j++)
			if (j != i && gp_actor_depth(in[j]) == 1 &&
				registry_forum_member(in[j], gp_actor_prefix(in[i], 1), on))
				implied = true;
		if (!implied)
			out[m++] = in[i];
	}
	return m;
}

static Datum
set_datum(const gx_dict *d, const int *ids, int n, DateADT on, bool compact_forums)
{
	gp_actor	a[GX_SET_MAX];
	gp_actor	keep[GX_SET_MAX];
	size_t		m = 0,
				i;

	for (i = 0; i < (size_t) n; i++)
	{
		const char *code = gx_dict_code(d, ids[i]);

		if (gp_actor_parse(code, &a[m], NULL))
			m++;
	}
	m = gp_bloc_normalize(a, m);
	/* "Turkish President Erdogan" is {TUR.GOV}, not {TUR,TUR.GOV}: an actor
	 * whose part is named too gives way to the part */
	if (m > 1)
	{
		size_t		j,
					k = 0;

		for (i = 0; i < m; i++)
		{
			bool		has_part = false;

			for (j = 0; j < m && !has_part; j++)
				if (j != i && gp_actor_contains(a[i], a[j]))
					has_part = true;
			if (!has_part)
				keep[k++] = a[i];
		}
		memcpy(a, keep, k * sizeof(gp_actor));
		m = k;
	}
	if (compact_forums && m > 1)
	{
		m = compact(a, m, keep, on);
		memcpy(a, keep, m * sizeof(gp_actor));
	}
	return PointerGetDatum(bloc_make(a, m));
}

PG_FUNCTION_INFO_V1(geopol_extract);
Datum
geopol_extract(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body;
	text	   *title = NULL;
	int32		published = GX_NO_DATE;
	MemoryContext work_cxt,
				old;
	gx_arena	work;
	gx_result	res;
	const char *b,
			   *t = NULL;
	size_t		blen,
				tlen = 0,
				i;
	size_t		cur_byte = 0,
				cur_char = 0;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;		/* no text, no statements */
	body = PG_GETARG_TEXT_PP(0);
	if (PG_NARGS() > 1 && !PG_ARGISNULL(1))
	{
		DateADT		p = PG_GETARG_DATEADT(1);

		if (!DATE_NOT_FINITE(p))
			published = p;
	}
	if (PG_NARGS() > 2 && !PG_ARGISNULL(2))
		title = PG_GETARG_TEXT_PP(2);
	b = VARDATA_ANY(body);
	blen = VARSIZE_ANY_EXHDR(body);
	if (title)
	{
		t = VARDATA_ANY(title);
		tlen = VARSIZE_ANY_EXHDR(title);
	}

	dict_load();

	work_cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol extract",
									 ALLOCSET_DEFAULT_SIZES);
	gx_arena_init(&work, cxt_alloc, NULL, work_cxt);
	if (!gx_extract(dict, b, blen, t, tlen, published, &work, &res, tick, NULL))
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
						errmsg("out of memory in geopol.extract()")));

	for (i = 0; i < res.n; i++)
	{
		const gx_stmt *s = &res.stmts[i];
		Datum		values[8];
		bool		nulls[8] = {false};
		const char *seg = s->in_title ? t : b;
		size_t		ev_len = s->ev_end - s->ev_start;
		DateADT		on = s->said_on == GX_NO_DATE ? (published != GX_NO_DATE ? published : 0) : s->said_on;

		old = MemoryContextSwitchTo(work_cxt);
		values[0] = set_datum(dict, s->src, s->nsrc, on, true);
		values[1] = UInt32GetDatum(s->stance);
		values[2] = set_datum(dict, s->tgt, s->ntgt, on, false);
		if (s->said_on == GX_NO_DATE)
			nulls[3] = true;
		else
			values[3] = DateADTGetDatum(s->said_on);
		if (ev_len > EVIDENCE_MAX)
		{
			ev_len = EVIDENCE_MAX;
			while (ev_len > 0 && (seg[s->ev_start + ev_len] & 0xC0) == 0x80)
				ev_len--;
		}
		values[4] = PointerGetDatum(cstring_to_text_with_len(seg + s->ev_start, (int) ev_len));
		values[5] = Float4GetDatum(s->confidence);
		if (s->in_title)
		{
			nulls[6] = nulls[7] = true;
		}
		else
		{
			/* character offsets, counted forwards from the last statement */
			if (s->ev_start < cur_byte)
				cur_byte = cur_char = 0;
			cur_char += pg_mbstrlen_with_len(b + cur_byte, (int) (s->ev_start - cur_byte));
			cur_byte = s->ev_start;
			values[6] = Int32GetDatum((int32) cur_char + 1);
			values[7] = Int32GetDatum(pg_mbstrlen_with_len(b + s->ev_start,
														   (int) (s->ev_end - s->ev_start)));
		}
		MemoryContextSwitchTo(old);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		CHECK_FOR_INTERRUPTS();
	}
	MemoryContextDelete(work_cxt);
	return (Datum) 0;
}

/* the actors a text names: geopol.mentions(body, published) */
PG_FUNCTION_INFO_V1(geopol_mentions);
Datum
geopol_mentions(PG_FUNCTION_ARGS)
{
	static const char *const kinds[] = {"name", "adjective", "capital", "leader", "person", "agent"};
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body;
	int32		published = GX_NO_DATE;
	MemoryContext work_cxt;
	gx_arena	work;
	gx_mention *m;
	size_t		n,
				i,
				cur_byte = 0,
				cur_char = 0;
	const char *b;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	body = PG_GETARG_TEXT_PP(0);
	if (PG_NARGS() > 1 && !PG_ARGISNULL(1))
	{
		DateADT		p = PG_GETARG_DATEADT(1);

		if (!DATE_NOT_FINITE(p))
			published = p;
	}
	b = VARDATA_ANY(body);
	dict_load();
	work_cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol mentions",
									 ALLOCSET_DEFAULT_SIZES);
	gx_arena_init(&work, cxt_alloc, NULL, work_cxt);
	if (!gx_mentions(dict, b, VARSIZE_ANY_EXHDR(body), published, &work, &m, &n, tick, NULL))
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
						errmsg("out of memory in geopol.mentions()")));
	for (i = 0; i < n; i++)
	{
		Datum		values[5];
		bool		nulls[5] = {false};
		gp_actor	a;
		int			len;

		if (!gp_actor_parse(gx_dict_code(dict, m[i].actor), &a, NULL))
			continue;
		cur_char += pg_mbstrlen_with_len(b + cur_byte, (int) (m[i].start - cur_byte));
		cur_byte = m[i].start;
		len = pg_mbstrlen_with_len(b + m[i].start, (int) (m[i].end - m[i].start));
		values[0] = actor_datum(a);
		values[1] = CStringGetTextDatum(kinds[m[i].kind <= GX_AGENT ? m[i].kind : 0]);
		values[2] = Int32GetDatum((int32) cur_char + 1);
		values[3] = Int32GetDatum(len);
		values[4] = PointerGetDatum(cstring_to_text_with_len(b + m[i].start,
															 (int) (m[i].end - m[i].start)));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	MemoryContextDelete(work_cxt);
	return (Datum) 0;
}

/* how big the compiled dictionary is: names, phrases, actors */
PG_FUNCTION_INFO_V1(geopol_extract_dictionary);
Datum
geopol_extract_dictionary(PG_FUNCTION_ARGS)
{
	TupleDesc	desc;
	Datum		values[4];
	bool		nulls[4] = {false};

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	dict_load();
	values[0] = Int64GetDatum((int64) gx_dict_names(dict));
	values[1] = Int64GetDatum((int64) gx_dict_words(dict));
	values[2] = Int32GetDatum(gx_dict_nactors(dict));
	values[3] = Int64GetDatum((int64) dict_arena.total);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}

/* may this phrase be compiled into the lexicon? (CHECK of geopol.lexicon) */
PG_FUNCTION_INFO_V1(geopol_lexicon_phrase_ok);
Datum
geopol_lexicon_phrase_ok(PG_FUNCTION_ARGS)
{
	text	   *p = PG_GETARG_TEXT_PP(0);
	text	   *k = PG_GETARG_TEXT_PP(1);
	char	   *kind = text_to_cstring(k);
	int			kc = gx_word_kind_parse(kind, strlen(kind));
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol lexicon check",
											  ALLOCSET_SMALL_SIZES);
	gx_arena	a;
	gx_dict    *d;
	bool		ok = false;

	gx_arena_init(&a, cxt_alloc, NULL, cxt);
	d = gx_dict_new(&a);
	if (d && kc > 0)
		ok = gx_dict_add_word(d, VARDATA_ANY(p), VARSIZE_ANY_EXHDR(p), (gx_word_kind) kc,
							  0, 0);
	MemoryContextDelete(cxt);
	PG_RETURN_BOOL(ok);
}

/* statement-level trigger on the dictionary tables */
PG_FUNCTION_INFO_V1(geopol_dictionary_invalidate);
Datum
geopol_dictionary_invalidate(PG_FUNCTION_ARGS)
{
	TriggerData *trig = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("geopol.dictionary_invalidate() must be called as a trigger")));
	CacheInvalidateRelcache(trig->tg_relation);
	dict_valid = false;
	return PointerGetDatum(NULL);
}
