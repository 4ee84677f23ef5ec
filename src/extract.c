/*
 * extract.c -- fmgr glue of the statement coder (the engine is in
 * src/core/extract.c).
 *
 * The dictionary is compiled once per backend from the views
 * geopol.actor_name, geopol.lexicon, geopol.membership and geopol.bloc_kind
 * (which actors are blocs) and kept in its own memory context.  It follows
 * the rules of every registry cache (registry.c): it answers as of the
 * calling statement's snapshot (a new alias or stance word is used from
 * the next statement on, in every session; a statement whose snapshot
 * does not see it does not use it), only for a role that may read those
 * views, and its queries ignore the caller's search_path.
 */
#include "registry.h"

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
#include "utils/guc.h"
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
static GpCacheState dict_state;

/* what the dictionary reads (the views) and what changes it */
static const char *const dict_views[] = {"actor_name", "lexicon", "membership", "bloc_kind"};
static const char *const dict_rels[] = {
	"registry_change", "actor_name", "actor_name_builtin", "actor_name_user", "actor_name_hidden",
	"lexicon", "lexicon_builtin", "lexicon_user", "lexicon_hidden",
	"membership", "membership_builtin", "membership_user", "membership_hidden",
	"bloc_kind", "bloc_kind_builtin", "bloc_kind_user", "bloc_kind_hidden"
};

static void
dict_inval_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || gp_cache_watches(&dict_state, relid))
	{
		dict_state.valid = false;
		gp_acl_changed();
	}
}

/* geopol.extract_memory_limit: kB a call of extract() or mentions() may use */
static int	extract_memory_limit = 65536;

void
extract_init(void)
{
	CacheRegisterRelcacheCallback(dict_inval_callback, (Datum) 0);
	DefineCustomIntVariable("geopol.extract_memory_limit",
							"Memory one call of geopol.extract() or geopol.mentions() may use.",
							"The coder's own work memory, beside the text and the result rows "
							"(which spill to disk beyond work_mem).  A call that needs more "
							"fails with SQLSTATE 54000.",
							&extract_memory_limit, 65536, 64, MAX_KILOBYTES,
							PGC_USERSET, GUC_UNIT_KB, NULL, NULL, NULL);
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
	uint64		i;
	int			ret;
	int			level;

	/* the caller's role must be able to read what the dictionary holds */
	gp_cache_check_select(&dict_state, dict_views, lengthof(dict_views),
						  "geopol.extract() and geopol.ingest()");
	if (dict != NULL && gp_cache_current(&dict_state))
		return;
	if (dict_cxt == NULL)
		dict_cxt = AllocSetContextCreate(TopMemoryContext, "geopol extract dictionary",
										 ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(dict_cxt);
	dict = NULL;
	gx_arena_init(&dict_arena, cxt_alloc, NULL, dict_cxt);
	gp_cache_watch(&dict_state, dict_rels, lengthof(dict_rels));
	gp_cache_begin_load(&dict_state);

	{
		gx_dict    *d = gx_dict_new(&dict_arena);

		if (d == NULL)
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
							errmsg("out of memory building the geopol.extract dictionary")));
		level = gp_search_path_fix();
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		/* every name qualified: the caller's search_path is not ours */
		ret = SPI_execute(
						  "WITH b AS (SELECT m.bloc FROM geopol.membership m"
						  "           UNION SELECT k.bloc FROM geopol.bloc_kind k)"
						  "SELECT n.actor::pg_catalog.text, n.name, n.kind,"
						  "       CASE WHEN pg_catalog.lower_inf(n.valid)"
						  "              OR NOT pg_catalog.isfinite(pg_catalog.lower(n.valid)) THEN NULL"
						  "            ELSE pg_catalog.lower(n.valid) OPERATOR(pg_catalog.-)"
						  "                 '2000-01-01'::pg_catalog.date END,"
						  "       CASE WHEN pg_catalog.upper_inf(n.valid)"
						  "              OR NOT pg_catalog.isfinite(pg_catalog.upper(n.valid)) THEN NULL"
						  "            ELSE pg_catalog.upper(n.valid) OPERATOR(pg_catalog.-)"
						  "                 '2000-01-02'::pg_catalog.date END,"
						  "       n.actor OPERATOR(geopol.=) ANY (SELECT b.bloc FROM b)"
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
		ret = SPI_execute("SELECT l.phrase, l.kind, l.stance, l.intensity FROM geopol.lexicon l"
						  " ORDER BY l.builtin DESC, l.phrase COLLATE pg_catalog.\"C\"", true, 0);
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
		gp_search_path_restore(level);
		if (!gx_dict_finish(d) || dict_arena.failed)
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
							errmsg("out of memory building the geopol.extract dictionary")));
		dict = d;
		dict_state.loaded = true;
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

/*
 * Character offsets of byte positions, counted forwards: statements come
 * mostly in text order; one that comes late (a "we" statement whose author
 * was named later) counts from the nearest checkpoint before it.  The
 * checkpoints are positions asked before (so at character boundaries), at
 * most one per 64 kB: no stretch of the text is counted twice.
 */
typedef struct char_pos
{
	const char *text;
	size_t		byte;			/* the last position asked */
	size_t		chr;
	size_t	   *cp_byte;		/* checkpoints, ascending */
	size_t	   *cp_char;
	size_t		ncp,
				capcp;
} char_pos;

#define CP_STEP (64 * 1024)

static void
char_pos_init(char_pos *p, const char *text, MemoryContext cxt)
{
	memset(p, 0, sizeof(*p));
	p->text = text;
	p->capcp = 64;
	p->cp_byte = MemoryContextAllocZero(cxt, p->capcp * sizeof(size_t));
	p->cp_char = MemoryContextAllocZero(cxt, p->capcp * sizeof(size_t));
	p->ncp = 1;					/* byte 0 is character 0 */
}

static size_t
char_at(char_pos *p, size_t byte)
{
	if (byte < p->byte)
	{
		/* back to the last checkpoint at or before byte */
		size_t		lo = 0,
					hi = p->ncp;

		while (hi - lo > 1)
		{
			size_t		mid = (lo + hi) / 2;

			if (p->cp_byte[mid] <= byte)
				lo = mid;
			else
				hi = mid;
		}
		p->byte = p->cp_byte[lo];
		p->chr = p->cp_char[lo];
	}
	p->chr += pg_mbstrlen_with_len(p->text + p->byte, (int) (byte - p->byte));
	p->byte = byte;
	if (byte >= p->cp_byte[p->ncp - 1] + CP_STEP)
	{
		if (p->ncp == p->capcp)
		{
			p->capcp *= 2;
			p->cp_byte = repalloc(p->cp_byte, p->capcp * sizeof(size_t));
			p->cp_char = repalloc(p->cp_char, p->capcp * sizeof(size_t));
		}
		p->cp_byte[p->ncp] = byte;
		p->cp_char[p->ncp] = p->chr;
		p->ncp++;
	}
	return p->chr;
}

typedef struct extract_out
{
	ReturnSetInfo *rsinfo;
	const char *body;
	const char *title;
	int32		published;
	MemoryContext row_cxt;		/* reset after every row */
	char_pos	pos;
} extract_out;

/* one statement: a row of the tuplestore (which spills beyond work_mem) */
static bool
put_stmt(const gx_stmt *s, void *arg)
{
	extract_out *o = arg;
	Datum		values[8];
	bool		nulls[8] = {false};
	const char *seg = s->in_title ? o->title : o->body;
	size_t		ev_len = s->ev_end - s->ev_start;
	DateADT		on = s->said_on == GX_NO_DATE ?
		(o->published != GX_NO_DATE ? o->published : 0) : s->said_on;
	MemoryContext old = MemoryContextSwitchTo(o->row_cxt);

	values[0] = set_datum(dict, s->src, s->nsrc, on, true);
	values[1] = UInt32GetDatum(s->stance);
	values[2] = set_datum(dict, s->tgt, s->ntgt, on, false);
	if (s->said_on == GX_NO_DATE)
		nulls[3] = true;
	else
		values[3] = DateADTGetDatum(s->said_on);
	/* cut between characters of the database's encoding */
	if (ev_len > EVIDENCE_MAX)
		ev_len = pg_mbcliplen(seg + s->ev_start, (int) ev_len, EVIDENCE_MAX);
	values[4] = PointerGetDatum(cstring_to_text_with_len(seg + s->ev_start, (int) ev_len));
	values[5] = Float4GetDatum(s->confidence);
	if (s->in_title)
		nulls[6] = nulls[7] = true;
	else
	{
		values[6] = Int32GetDatum((int32) char_at(&o->pos, s->ev_start) + 1);
		values[7] = Int32GetDatum(pg_mbstrlen_with_len(o->body + s->ev_start,
													   (int) (s->ev_end - s->ev_start)));
	}
	tuplestore_putvalues(o->rsinfo->setResult, o->rsinfo->setDesc, values, nulls);
	MemoryContextSwitchTo(old);
	MemoryContextReset(o->row_cxt);
	return true;
}

/* the coder's work memory: an arena in cxt, bounded by the setting */
static void
work_begin(gx_arena *work, MemoryContext cxt)
{
	gx_arena_init(work, cxt_alloc, NULL, cxt);
	work->limit = (size_t) extract_memory_limit * 1024;
}

static void
work_failed(const gx_arena *work, const char *fn)
{
	if (work->over_limit)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("geopol.%s() needs more than geopol.extract_memory_limit (%d kB)",
						fn, extract_memory_limit),
				 errhint("Raise geopol.extract_memory_limit, e.g. SET geopol.extract_memory_limit = '1GB'.")));
	ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
					errmsg("out of memory in geopol.%s()", fn)));
}

PG_FUNCTION_INFO_V1(geopol_extract);
Datum
geopol_extract(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body;
	text	   *title = NULL;
	MemoryContext work_cxt;
	gx_arena	work;
	extract_out out;
	size_t		blen,
				tlen = 0;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;		/* no text, no statements */
	memset(&out, 0, sizeof(out));
	out.rsinfo = rsinfo;
	out.published = GX_NO_DATE;
	body = PG_GETARG_TEXT_PP(0);
	if (PG_NARGS() > 1 && !PG_ARGISNULL(1))
	{
		DateADT		p = PG_GETARG_DATEADT(1);

		if (!DATE_NOT_FINITE(p))
			out.published = p;
	}
	if (PG_NARGS() > 2 && !PG_ARGISNULL(2))
		title = PG_GETARG_TEXT_PP(2);
	out.body = VARDATA_ANY(body);
	blen = VARSIZE_ANY_EXHDR(body);
	if (title)
	{
		out.title = VARDATA_ANY(title);
		tlen = VARSIZE_ANY_EXHDR(title);
	}

	dict_load();

	work_cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol extract",
									 ALLOCSET_DEFAULT_SIZES);
	work_begin(&work, work_cxt);
	out.row_cxt = AllocSetContextCreate(work_cxt, "geopol extract row", ALLOCSET_SMALL_SIZES);
	char_pos_init(&out.pos, out.body, work_cxt);
	if (!gx_extract_stream(dict, out.body, blen, out.title, tlen, out.published, &work,
						   put_stmt, &out, tick, NULL, NULL))
		work_failed(&work, "extract");
	MemoryContextDelete(work_cxt);
	return (Datum) 0;
}

/* the actors a text names: geopol.mentions(body, published) */
typedef struct mentions_out
{
	ReturnSetInfo *rsinfo;
	const char *body;
	MemoryContext row_cxt;
	char_pos	pos;
} mentions_out;

static bool
put_mention(const gx_mention *m, void *arg)
{
	static const char *const kinds[] = {"name", "adjective", "capital", "leader", "person", "agent"};
	mentions_out *o = arg;
	Datum		values[5];
	bool		nulls[5] = {false};
	gp_actor	a;
	MemoryContext old;

	if (!gp_actor_parse(gx_dict_code(dict, m->actor), &a, NULL))
		return true;
	old = MemoryContextSwitchTo(o->row_cxt);
	values[0] = actor_datum(a);
	values[1] = CStringGetTextDatum(kinds[m->kind <= GX_AGENT ? m->kind : 0]);
	values[2] = Int32GetDatum((int32) char_at(&o->pos, m->start) + 1);
	values[3] = Int32GetDatum(pg_mbstrlen_with_len(o->body + m->start, (int) (m->end - m->start)));
	values[4] = PointerGetDatum(cstring_to_text_with_len(o->body + m->start,
														 (int) (m->end - m->start)));
	tuplestore_putvalues(o->rsinfo->setResult, o->rsinfo->setDesc, values, nulls);
	MemoryContextSwitchTo(old);
	MemoryContextReset(o->row_cxt);
	return true;
}

PG_FUNCTION_INFO_V1(geopol_mentions);
Datum
geopol_mentions(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body;
	int32		published = GX_NO_DATE;
	MemoryContext work_cxt;
	gx_arena	work;
	mentions_out out;

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
	memset(&out, 0, sizeof(out));
	out.rsinfo = rsinfo;
	out.body = VARDATA_ANY(body);
	dict_load();
	work_cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol mentions",
									 ALLOCSET_DEFAULT_SIZES);
	work_begin(&work, work_cxt);
	out.row_cxt = AllocSetContextCreate(work_cxt, "geopol mentions row", ALLOCSET_SMALL_SIZES);
	char_pos_init(&out.pos, out.body, work_cxt);
	if (!gx_mentions_stream(dict, out.body, VARSIZE_ANY_EXHDR(body), published, &work,
							put_mention, &out, tick, NULL))
		work_failed(&work, "mentions");
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

/* statement-level trigger on the tables behind geopol.actor_name and
 * geopol.lexicon: drop every backend's caches, log the change */
PG_FUNCTION_INFO_V1(geopol_dictionary_invalidate);
Datum
geopol_dictionary_invalidate(PG_FUNCTION_ARGS)
{
	TriggerData *trig = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("geopol.dictionary_invalidate() must be called as a trigger")));
	gp_registry_log_write(trig->tg_relation);
	dict_state.valid = false;
	return PointerGetDatum(NULL);
}
