/*
 * stance.c -- fmgr glue for geopol.stance (4 bytes, passed by value).
 * The grammar, the encoding and the CAMEO facts are in src/core/stance.c.
 */
#include "geopol.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"

#include "core/stance.h"

#define PG_GETARG_STANCE(n)		((gp_stance) PG_GETARG_UINT32(n))
#define PG_RETURN_STANCE(s)		PG_RETURN_UINT32(s)

static bool
stance_parse_or_error(const char *str, size_t len, gp_stance *out, Node *escontext)
{
	gp_stance_error err;
	char		detail[GP_STANCE_DETAIL_BUFSIZE];
	char	   *shown;

	if (gp_stance_parse(str, len, out, &err))
		return true;
	gp_stance_error_detail(&err, str, len, detail, sizeof(detail), geopol_mblen);
	shown = pnstrdup(str, len);
#if PG_VERSION_NUM >= 160000
	ereturn(escontext, false,
#else
	(void) escontext;
	ereport(ERROR,
#endif
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", "stance", shown),
			 errdetail("%s", detail),
			 err.code == GP_STANCE_ERR_NO_STANCE ?
			 errhint("Add a stance to the modifier, as in \"strongly condemn\" or \"not condemn\"; common stances: %s.",
					 err.suggest) :
			 err.suggest[0] ?
			 errhint("Closest stance names: %s. A stance is a name, a CAMEO code (\"111\") or a phrase such as \"strongly condemn\" or \"not condemn\".", err.suggest) :
			 errhint("A stance is a name (\"condemn\"), a CAMEO event code (\"111\", \"0874\") or a phrase such as \"strongly condemn\" or \"not condemn\".")));
#if PG_VERSION_NUM < 160000
	return false;
#endif
}

PG_FUNCTION_INFO_V1(stance_in);
Datum
stance_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	gp_stance	s;

	if (!stance_parse_or_error(str, strlen(str), &s, fcinfo->context))
		PG_RETURN_NULL();
	PG_RETURN_STANCE(s);
}

PG_FUNCTION_INFO_V1(stance_out);
Datum
stance_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(GP_STANCE_TEXT_BUFSIZE);

	gp_stance_format(PG_GETARG_STANCE(0), buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary: version byte (1), then the 32-bit value.  The core
 * (gp_stance_recv) accepts exactly the values text input can give.
 */
PG_FUNCTION_INFO_V1(stance_recv);
Datum
stance_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const char *data = buf->data + buf->cursor;
	size_t		len = buf->len - buf->cursor;
	gp_stance	s;
	gp_stance_error err;

	if (!gp_stance_recv(data, len, &s, &err))
	{
		char		detail[GP_STANCE_DETAIL_BUFSIZE];

		gp_stance_error_detail(&err, data, len, detail, sizeof(detail), geopol_mblen);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", "stance"),
				 errdetail("%s", detail)));
	}
	buf->cursor = buf->len;
	PG_RETURN_STANCE(s);
}

PG_FUNCTION_INFO_V1(stance_send);
Datum
stance_send(PG_FUNCTION_ARGS)
{
	char		data[GP_STANCE_SEND_SIZE];
	StringInfoData buf;

	gp_stance_send(PG_GETARG_STANCE(0), data);
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, data, GP_STANCE_SEND_SIZE);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- comparison, hashing ---- */

#define STANCE_CMP_FN(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_STANCE(0) op PG_GETARG_STANCE(1)); \
}

STANCE_CMP_FN(stance_eq, ==)
STANCE_CMP_FN(stance_ne, !=)
STANCE_CMP_FN(stance_lt, <)
STANCE_CMP_FN(stance_le, <=)
STANCE_CMP_FN(stance_gt, >)
STANCE_CMP_FN(stance_ge, >=)

PG_FUNCTION_INFO_V1(stance_cmp);
Datum
stance_cmp(PG_FUNCTION_ARGS)
{
	gp_stance	a = PG_GETARG_STANCE(0),
				b = PG_GETARG_STANCE(1);

	PG_RETURN_INT32(a < b ? -1 : (a > b ? 1 : 0));
}

PG_FUNCTION_INFO_V1(stance_hash);
Datum
stance_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32(PG_GETARG_STANCE(0));
}

PG_FUNCTION_INFO_V1(stance_hash_extended);
Datum
stance_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended(PG_GETARG_STANCE(0), PG_GETARG_INT64(1));
}

PG_FUNCTION_INFO_V1(stance_contains);
Datum
stance_contains(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(gp_stance_contains(PG_GETARG_STANCE(0), PG_GETARG_STANCE(1)));
}

PG_FUNCTION_INFO_V1(stance_contained);
Datum
stance_contained(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(gp_stance_contains(PG_GETARG_STANCE(1), PG_GETARG_STANCE(0)));
}

/* ---- facts ---- */

PG_FUNCTION_INFO_V1(stance_cameo);
Datum
stance_cameo(PG_FUNCTION_ARGS)
{
	char		code[5];

	gp_stance_code(PG_GETARG_STANCE(0), code);
	PG_RETURN_TEXT_P(cstring_to_text(code));
}

PG_FUNCTION_INFO_V1(stance_goldstein);
Datum
stance_goldstein(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(gp_stance_goldstein(PG_GETARG_STANCE(0)));
}

PG_FUNCTION_INFO_V1(stance_quad_class);
Datum
stance_quad_class(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(gp_stance_quad(PG_GETARG_STANCE(0)));
}

PG_FUNCTION_INFO_V1(stance_plover);
Datum
stance_plover(PG_FUNCTION_ARGS)
{
	const gp_cameo_event *e = gp_stance_event(PG_GETARG_STANCE(0));

	if (e == NULL || e->plover[0] == '\0')
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(e->plover));
}

PG_FUNCTION_INFO_V1(stance_polarity);
Datum
stance_polarity(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(gp_stance_polarity(PG_GETARG_STANCE(0)));
}

PG_FUNCTION_INFO_V1(stance_class);
Datum
stance_class(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(gp_stance_class_name(gp_stance_class_of(PG_GETARG_STANCE(0)))));
}

PG_FUNCTION_INFO_V1(stance_intensity);
Datum
stance_intensity(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(gp_stance_intensity(PG_GETARG_STANCE(0)));
}

PG_FUNCTION_INFO_V1(stance_negated);
Datum
stance_negated(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(gp_stance_negated(PG_GETARG_STANCE(0)));
}

PG_FUNCTION_INFO_V1(stance_factual);
Datum
stance_factual(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(gp_stance_mood(PG_GETARG_STANCE(0)) == GP_MOOD_FACTUAL);
}

PG_FUNCTION_INFO_V1(stance_description);
Datum
stance_description(PG_FUNCTION_ARGS)
{
	const gp_cameo_event *e = gp_stance_event(PG_GETARG_STANCE(0));

	PG_RETURN_TEXT_P(cstring_to_text(e ? e->name : ""));
}

/*
 * stance_matches(s, what): what is a class name (DISAPPROVE), or a stance
 * (a name, a code or a phrase).  A class matches every affirmative,
 * factual stance of that class; a stance matches as @> does, so "condemn"
 * matches every intensity of 111 and its children, "not condemn" only
 * negated ones.
 */
typedef struct WhatCache
{
	int			len;
	int			cls;			/* class number, or -1 */
	gp_stance	q;				/* the stance, when no class */
	char		text[FLEXIBLE_ARRAY_MEMBER];
} WhatCache;

/* parse "what" once per query (the text is the same on every row) */
static WhatCache *
what_cached(FunctionCallInfo fcinfo, text *what)
{
	const char *w = VARDATA_ANY(what);
	int			len = (int) VARSIZE_ANY_EXHDR(what);
	WhatCache  *c = (WhatCache *) fcinfo->flinfo->fn_extra;

	if (c == NULL || c->len != len || memcmp(c->text, w, len) != 0)
	{
		WhatCache  *n = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, offsetof(WhatCache, text) + len + 1);

		n->len = len;
		memcpy(n->text, w, len);
		n->text[len] = '\0';
		n->cls = gp_stance_class_parse(w, len);
		n->q = 0;
		if (n->cls < 0)
			stance_parse_or_error(w, len, &n->q, NULL);
		if (c)
			pfree(c);
		fcinfo->flinfo->fn_extra = c = n;
	}
	return c;
}

/*
 * stance_matches(s, what): what is a class name (DISAPPROVE), or a stance
 * (a name, a code or a phrase).  A class matches every affirmative,
 * factual stance of that class; a stance matches as @> does, so "condemn"
 * matches every intensity of 111 and its children, "not condemn" only
 * negated ones.
 */
PG_FUNCTION_INFO_V1(stance_matches);
Datum
stance_matches(PG_FUNCTION_ARGS)
{
	gp_stance	s = PG_GETARG_STANCE(0);
	WhatCache  *c = what_cached(fcinfo, PG_GETARG_TEXT_PP(1));

	if (c->cls >= 0)
		PG_RETURN_BOOL(!gp_stance_negated(s) && gp_stance_mood(s) == GP_MOOD_FACTUAL &&
					   (int) gp_stance_class_of(s) == c->cls);
	PG_RETURN_BOOL(gp_stance_contains(c->q, s));
}

/* stance_floor/ceiling(what): a range of stances holding every match, for index scans */
static Datum
what_bound(FunctionCallInfo fcinfo, bool upper)
{
	text	   *what = PG_GETARG_TEXT_PP(0);
	gp_stance	lo,
				hi;

	if (!gp_stance_what_range(VARDATA_ANY(what), VARSIZE_ANY_EXHDR(what), &lo, &hi))
	{
		gp_stance	dummy;

		/* reports the error of the text as a stance */
		stance_parse_or_error(VARDATA_ANY(what), VARSIZE_ANY_EXHDR(what), &dummy, NULL);
	}
	PG_RETURN_STANCE(upper ? hi : lo);
}

PG_FUNCTION_INFO_V1(stance_floor);
Datum
stance_floor(PG_FUNCTION_ARGS)
{
	return what_bound(fcinfo, false);
}

PG_FUNCTION_INFO_V1(stance_ceiling);
Datum
stance_ceiling(PG_FUNCTION_ARGS)
{
	return what_bound(fcinfo, true);
}

/* avg_goldstein(stance): float8_accum over the Goldstein values */
PG_FUNCTION_INFO_V1(stance_goldstein_accum);
Datum
stance_goldstein_accum(PG_FUNCTION_ARGS)
{
	LOCAL_FCINFO(fc, 2);

	/* call float8_accum with our context, so it updates the state in place */
	InitFunctionCallInfoData(*fc, NULL, 2, InvalidOid, fcinfo->context, NULL);
	fc->args[0].value = PG_GETARG_DATUM(0);
	fc->args[0].isnull = false;
	fc->args[1].value = Float8GetDatum(gp_stance_goldstein(PG_GETARG_STANCE(1)));
	fc->args[1].isnull = false;
	return float8_accum(fc);
}
