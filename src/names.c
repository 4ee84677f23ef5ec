/*
 * names.c -- fmgr glue of the rule on the user's names (src/core/namecheck.c):
 * geopol.actor_name_free_words(name, taken) gives the words of a name that
 * the coder reads as nothing else, which geopol.actor_name_ok() needs one of;
 * geopol.actor_name_words(name) all its words.  Names are read as UTF-8 (the
 * lexer's), converted from and back to the database's encoding.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "mb/pg_wchar.h"
#include "utils/memutils.h"

#include "core/namecheck.h"

static void *
names_alloc(size_t size, void *ctx)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, size,
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

/* does stem occur among the n stems of taken? */
static bool
stem_taken(const uint64_t *taken, int n, uint64_t stem)
{
	int			i;

	for (i = 0; i < n; i++)
		if (taken[i] == stem)
			return true;
	return false;
}

/*
 * s[0..*n) as UTF-8, which the coder's lexer reads: converted from the
 * database's encoding (unless that is UTF-8, or SQL_ASCII, whose bytes are
 * read as they are); *n becomes the converted length.
 */
static const char *
to_utf8(const char *s, int *n)
{
	char	   *u;

	if (GetDatabaseEncoding() == PG_UTF8 || GetDatabaseEncoding() == PG_SQL_ASCII || *n == 0)
		return s;
	u = pg_server_to_any(s, *n, PG_UTF8);
	if (u != s)
		*n = (int) strlen(u);
	return u;
}

/* a word of u (UTF-8, from to_utf8()) as text in the database's encoding */
static Datum
word_text(const char *u, const gx_name_word *w)
{
	const char *s = u + w->start;
	int			n = (int) w->len;

	if (GetDatabaseEncoding() != PG_UTF8 && GetDatabaseEncoding() != PG_SQL_ASCII)
	{
		char	   *c = pg_any_to_server(s, n, PG_UTF8);

		if (c != s)
			return PointerGetDatum(cstring_to_text(c));
	}
	return PointerGetDatum(cstring_to_text_with_len(s, n));
}

/*
 * The words of name, as written (in the database's encoding), as a text[]:
 * all of them (all), or those that are no function word and whose stem is
 * none of the ntaken stems of taken.  d: the grammar.
 */
static ArrayType *
name_words(const gx_dict *d, text *name, const uint64_t *taken, int ntaken, bool all)
{
	int			n = VARSIZE_ANY_EXHDR(name);
	const char *u = to_utf8(VARDATA_ANY(name), &n);
	size_t		nw = gx_name_words(d, u, n, NULL, 0);
	gx_name_word *w = palloc(sizeof(gx_name_word) * (nw + 1));
	Datum	   *out = palloc(sizeof(Datum) * (nw + 1));
	int			nout = 0;

	nw = gx_name_words(d, u, n, w, nw);
	for (size_t i = 0; i < nw; i++)
		if (all || (!w[i].function_word && !stem_taken(taken, ntaken, w[i].stem)))
			out[nout++] = word_text(u, &w[i]);
	return construct_array(out, nout, TEXTOID, -1, false, TYPALIGN_INT);
}

/* the grammar, in cxt (deleted by the caller) */
static gx_dict *
names_dict(MemoryContext cxt, gx_arena *a)
{
	gx_dict    *d;

	gx_arena_init(a, names_alloc, NULL, cxt);
	d = gx_dict_new(a);
	if (d == NULL)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
						errmsg("out of memory reading the grammar of geopol.extract")));
	return d;
}

/*
 * geopol.actor_name_free_words(name text, taken text[]) returns text[]:
 * the words of name, as written, that are no function word of the coder's
 * grammar and whose stem is no stem of a one-word element of taken (the
 * lexicon's words); elements of taken with several words, or NULL, are
 * ignored.  Every word of the name is checked, however many.
 */
PG_FUNCTION_INFO_V1(geopol_actor_name_free_words);
Datum
geopol_actor_name_free_words(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(1);
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol name check",
											  ALLOCSET_DEFAULT_SIZES);
	gx_arena	a;
	gx_dict    *d;
	Datum	   *elems;
	bool	   *nulls;
	int			nelems,
				ntaken = 0,
				i;
	uint64_t   *taken;
	ArrayType  *res;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("geopol.actor_name_free_words: taken must be a one-dimensional array")));
	d = names_dict(cxt, &a);
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &nelems);
	taken = palloc(sizeof(uint64_t) * (nelems + 1));
	for (i = 0; i < nelems; i++)
	{
		text	   *p;
		gx_name_word pw;
		const char *u;
		int			n;

		if (nulls[i])
			continue;
		p = DatumGetTextPP(elems[i]);
		n = VARSIZE_ANY_EXHDR(p);
		u = to_utf8(VARDATA_ANY(p), &n);
		if (gx_name_words(d, u, n, &pw, 1) == 1)
			taken[ntaken++] = pw.stem;
	}
	res = name_words(d, name, taken, ntaken, false);
	MemoryContextDelete(cxt);
	PG_RETURN_ARRAYTYPE_P(res);
}

/*
 * geopol.actor_name_words(name text) returns text[]: every word of name as
 * the coder's lexer reads it, as written (function words too; punctuation
 * and quotes left out).
 */
PG_FUNCTION_INFO_V1(geopol_actor_name_words);
Datum
geopol_actor_name_words(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol name check",
											  ALLOCSET_DEFAULT_SIZES);
	gx_arena	a;
	ArrayType  *res = name_words(names_dict(cxt, &a), name, NULL, 0, true);

	MemoryContextDelete(cxt);
	PG_RETURN_ARRAYTYPE_P(res);
}
