/*
 * names.c -- fmgr glue of the rule on the user's names (src/core/namecheck.c):
 * geopol.actor_name_free_words(name, taken) gives the words of a name that
 * the coder reads as nothing else, which geopol.actor_name_ok() needs one of.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "core/namecheck.h"

#define NAME_WORDS_MAX 64

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
 * geopol.actor_name_free_words(name text, taken text[]) returns text[]:
 * the words of name, as written, that are no function word of the coder's
 * grammar and whose stem is no stem of a one-word element of taken (the
 * lexicon's words); elements of taken with several words, or NULL, are
 * ignored.
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
	gx_name_word w[NAME_WORDS_MAX];
	size_t		nw;
	Datum	   *out;
	int			nout = 0;
	const char *s = VARDATA_ANY(name);

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("geopol.actor_name_free_words: taken must be a one-dimensional array")));
	gx_arena_init(&a, names_alloc, NULL, cxt);
	d = gx_dict_new(&a);
	if (d == NULL)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
						errmsg("out of memory reading the grammar of geopol.extract")));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &nelems);
	taken = palloc(sizeof(uint64_t) * (nelems + 1));
	for (i = 0; i < nelems; i++)
	{
		text	   *p;
		gx_name_word pw;

		if (nulls[i])
			continue;
		p = DatumGetTextPP(elems[i]);
		if (gx_name_words(d, VARDATA_ANY(p), VARSIZE_ANY_EXHDR(p), &pw, 1) == 1)
			taken[ntaken++] = pw.stem;
	}
	nw = gx_name_words(d, s, VARSIZE_ANY_EXHDR(name), w, NAME_WORDS_MAX);
	if (nw > NAME_WORDS_MAX)
		nw = NAME_WORDS_MAX;
	out = palloc(sizeof(Datum) * (nw + 1));
	for (i = 0; i < (int) nw; i++)
		if (!w[i].function_word && !stem_taken(taken, ntaken, w[i].stem))
			out[nout++] = PointerGetDatum(cstring_to_text_with_len(s + w[i].start,
																   (int) w[i].len));
	MemoryContextDelete(cxt);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, nout, TEXTOID, -1, false, TYPALIGN_INT));
}
