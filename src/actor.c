/*
 * actor.c -- fmgr glue for geopol.actor.
 *
 * Everything about the code itself (grammar, encoding, order, hierarchy)
 * is in src/core/actor.c; this file converts between Datums and gp_actor,
 * reports errors, and teaches the planner that "a <@ X" is a btree range.
 */
#include "geopol.h"

#include "access/hash.h"
#include "access/stratnum.h"
#include "catalog/pg_am.h"
#include "catalog/pg_opclass.h"
#include "catalog/pg_type.h"
#include "commands/defrem.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/supportnodes.h"
#include "optimizer/optimizer.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/selfuncs.h"
#include "utils/sortsupport.h"

Datum
actor_datum(gp_actor a)
{
	gp_actor   *p = (gp_actor *) palloc(sizeof(gp_actor));

	*p = a;
	return PointerGetDatum(p);
}

/*
 * Characters of the database encoding, for error details that quote the
 * input (see gp_mblen_fn): the length of the valid character at s, or 0.
 * Input that reached a type's input function is verified already, but
 * binary input is not: check the bytes too.
 */
size_t
geopol_mblen(const char *s, size_t avail)
{
	int			enc = GetDatabaseEncoding();
	int			n;

	if (avail == 0)
		return 0;
	if ((unsigned char) s[0] < 0x80)
		return 1;
	n = pg_encoding_mblen(enc, s);	/* reads the first byte only */
	if (n < 1 || (size_t) n > avail)
		return 0;
	if (enc != PG_SQL_ASCII && pg_encoding_verifymbchar(enc, s, n) != n)
		return 0;
	return (size_t) n;
}

/*
 * Parse str or report the error.  With a soft-error context (PostgreSQL 16
 * and later) the error is saved there and false is returned.
 */
static bool
actor_parse_or_error(const char *str, size_t len, gp_actor *out,
					 Node *escontext)
{
	gp_actor_error err;
	char		detail[GP_DETAIL_BUFSIZE];
	char	   *shown;

	if (gp_actor_parse_n(str, len, out, &err))
		return true;

	gp_actor_error_detail(&err, str, len, detail, sizeof(detail), geopol_mblen);
	shown = pnstrdup(str, len);

#if PG_VERSION_NUM >= 160000
	ereturn(escontext, false,
#else
	(void) escontext;
	ereport(ERROR,
#endif
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", "actor", shown),
			 errdetail("%s", detail),
			 (err.code == GP_ACTOR_ERR_SPACE ||
			  (err.code == GP_ACTOR_ERR_FIRST_LENGTH && err.seg_len > GP_ACTOR_FIRST_MAX &&
			   memchr(str, '.', len) == NULL)) ?
			 errhint("Actor codes look like PRK, PRK.GOV or IGO.UNO.REF.HCR; to find the code of a name, use geopol.lookup('%s').", shown) :
			 errhint("Actor codes look like PRK, PRK.GOV, RUS.GOV.MIL, G7 or IGO.UNO.REF.HCR.")));
#if PG_VERSION_NUM < 160000
	return false;
#endif
}

PG_FUNCTION_INFO_V1(actor_in);
Datum
actor_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	gp_actor	a;

	if (!actor_parse_or_error(str, strlen(str), &a, fcinfo->context))
		PG_RETURN_NULL();
	PG_RETURN_ACTOR(a);
}

PG_FUNCTION_INFO_V1(actor_out);
Datum
actor_out(PG_FUNCTION_ARGS)
{
	gp_actor	a = PG_GETARG_ACTOR(0);
	char	   *buf = palloc(GP_ACTOR_TEXT_BUFSIZE);

	gp_actor_format(a, buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary format: one version byte (1), then the canonical text in the
 * client encoding's ASCII subset.  The text, not the internal words, so
 * that binary COPY files do not depend on the storage encoding.  The core
 * (gp_actor_recv) runs the text parser on it, so recv accepts exactly
 * what in accepts; it refuses what text cannot carry (NUL), non-ASCII
 * bytes (no actor code has them, and they are not verified: they are
 * never quoted) and unknown versions.  Errors are SQLSTATE 22P03.
 */
static void
actor_recv_error(const char *data, size_t len, const gp_actor_error *err)
{
	char		detail[GP_DETAIL_BUFSIZE];

	gp_actor_error_detail(err, data, len, detail, sizeof(detail), geopol_mblen);
	if (err->code == GP_ACTOR_ERR_VERSION || err->code == GP_ACTOR_ERR_BYTE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type %s", "actor"),
				 errdetail("%s", detail)));
	/* only ASCII bytes are left: the text can be shown */
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary value for type %s: \"%s\"", "actor", pnstrdup(data, len)),
			 errdetail("%s", detail)));
}

PG_FUNCTION_INFO_V1(actor_recv);
Datum
actor_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const char *data = buf->data + buf->cursor;
	size_t		len = buf->len - buf->cursor;
	gp_actor	a;
	gp_actor_error err;

	if (!gp_actor_recv(data, len, &a, &err))
	{
		/* quote the text without the version byte */
		if (err.code == GP_ACTOR_ERR_VERSION)
			actor_recv_error(data, len, &err);
		actor_recv_error(data + 1, len - 1, &err);
	}
	buf->cursor = buf->len;
	PG_RETURN_ACTOR(a);
}

/* the text part of a binary actor, erroring as recv does */
void
actor_recv_text(const char *text, int len, gp_actor *out)
{
	gp_actor_error err;

	if (!gp_actor_recv_text(text, (size_t) len, out, &err))
		actor_recv_error(text, (size_t) len, &err);
}

PG_FUNCTION_INFO_V1(actor_send);
Datum
actor_send(PG_FUNCTION_ARGS)
{
	gp_actor	a = PG_GETARG_ACTOR(0);
	char		data[GP_ACTOR_SEND_BUFSIZE + 1];	/* the writer's NUL */
	size_t		len = gp_actor_send(a, data);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, data, (int) len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- comparison ---- */

#define ACTOR_CMP_FN(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = gp_actor_cmp(PG_GETARG_ACTOR(0), PG_GETARG_ACTOR(1)); \
	PG_RETURN_BOOL(expr); \
}

ACTOR_CMP_FN(actor_eq, c == 0)
ACTOR_CMP_FN(actor_ne, c != 0)
ACTOR_CMP_FN(actor_lt, c < 0)
ACTOR_CMP_FN(actor_le, c <= 0)
ACTOR_CMP_FN(actor_gt, c > 0)
ACTOR_CMP_FN(actor_ge, c >= 0)

PG_FUNCTION_INFO_V1(actor_cmp);
Datum
actor_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(gp_actor_cmp(PG_GETARG_ACTOR(0), PG_GETARG_ACTOR(1)));
}

/*
 * Sort support: a direct comparator, and abbreviated keys made of the high
 * word (the first 12 symbols: nearly always decisive), compared as unsigned
 * integers.  This is what makes sorting and btree builds as cheap as int8.
 */
static int
actor_fastcmp(Datum x, Datum y, SortSupport ssup)
{
	return gp_actor_cmp(*DatumGetActorP(x), *DatumGetActorP(y));
}

static Datum
actor_abbrev_convert(Datum original, SortSupport ssup)
{
	return (Datum) DatumGetActorP(original)->hi;
}

static bool
actor_abbrev_abort(int memtupcount, SortSupport ssup)
{
	return false;
}

PG_FUNCTION_INFO_V1(actor_sortsupport);
Datum
actor_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = actor_fastcmp;
#if SIZEOF_DATUM >= 8
	if (ssup->abbreviate)
	{
		ssup->abbrev_converter = actor_abbrev_convert;
		ssup->abbrev_abort = actor_abbrev_abort;
		ssup->abbrev_full_comparator = actor_fastcmp;
		ssup->comparator = ssup_datum_unsigned_cmp;
	}
#endif
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(actor_smaller);
Datum
actor_smaller(PG_FUNCTION_ARGS)
{
	Datum		a = PG_GETARG_DATUM(0),
				b = PG_GETARG_DATUM(1);

	PG_RETURN_DATUM(gp_actor_cmp(*DatumGetActorP(a), *DatumGetActorP(b)) <= 0 ? a : b);
}

PG_FUNCTION_INFO_V1(actor_larger);
Datum
actor_larger(PG_FUNCTION_ARGS)
{
	Datum		a = PG_GETARG_DATUM(0),
				b = PG_GETARG_DATUM(1);

	PG_RETURN_DATUM(gp_actor_cmp(*DatumGetActorP(a), *DatumGetActorP(b)) >= 0 ? a : b);
}

/* ---- hashing: over the 16 bytes in big-endian order, the same on every
 * platform and in every release (hash partitions depend on it) ---- */

void
actor_to_bytes(gp_actor a, unsigned char *b)
{
	int			i;

	for (i = 0; i < 8; i++)
	{
		b[i] = (unsigned char) (a.hi >> (56 - 8 * i));
		b[8 + i] = (unsigned char) (a.lo >> (56 - 8 * i));
	}
}

PG_FUNCTION_INFO_V1(actor_hash);
Datum
actor_hash(PG_FUNCTION_ARGS)
{
	unsigned char b[16];

	actor_to_bytes(PG_GETARG_ACTOR(0), b);
	return hash_any(b, 16);
}

PG_FUNCTION_INFO_V1(actor_hash_extended);
Datum
actor_hash_extended(PG_FUNCTION_ARGS)
{
	unsigned char b[16];

	actor_to_bytes(PG_GETARG_ACTOR(0), b);
	return hash_any_extended(b, 16, PG_GETARG_INT64(1));
}

/* ---- hierarchy ---- */

PG_FUNCTION_INFO_V1(actor_contains);
Datum
actor_contains(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(gp_actor_contains(PG_GETARG_ACTOR(0), PG_GETARG_ACTOR(1)));
}

PG_FUNCTION_INFO_V1(actor_contained);
Datum
actor_contained(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(gp_actor_contains(PG_GETARG_ACTOR(1), PG_GETARG_ACTOR(0)));
}

PG_FUNCTION_INFO_V1(actor_country);
Datum
actor_country(PG_FUNCTION_ARGS)
{
	PG_RETURN_ACTOR(gp_actor_prefix(PG_GETARG_ACTOR(0), 1));
}

PG_FUNCTION_INFO_V1(actor_parent);
Datum
actor_parent(PG_FUNCTION_ARGS)
{
	gp_actor	a = PG_GETARG_ACTOR(0);
	int			d = gp_actor_depth(a);

	if (d <= 1)
		PG_RETURN_NULL();
	PG_RETURN_ACTOR(gp_actor_prefix(a, d - 1));
}

PG_FUNCTION_INFO_V1(actor_depth);
Datum
actor_depth(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(gp_actor_depth(PG_GETARG_ACTOR(0)));
}

PG_FUNCTION_INFO_V1(actor_role);
Datum
actor_role(PG_FUNCTION_ARGS)
{
	gp_actor	a = PG_GETARG_ACTOR(0);
	int			d = gp_actor_depth(a);
	char		buf[GP_ACTOR_TEXT_BUFSIZE];

	if (d <= 1)
		PG_RETURN_NULL();
	gp_actor_segment(a, d, buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

PG_FUNCTION_INFO_V1(actor_segment);
Datum
actor_segment(PG_FUNCTION_ARGS)
{
	gp_actor	a = PG_GETARG_ACTOR(0);
	int32		n = PG_GETARG_INT32(1);
	char		buf[GP_ACTOR_TEXT_BUFSIZE];

	if (n < 1 || n > gp_actor_depth(a))
		PG_RETURN_NULL();
	gp_actor_segment(a, n, buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

/* ---- planner support: "a <@ X" and "X @> a" as btree ranges ---- */

/*
 * Is funcid the function behind <@ (descendant is argument 0) or behind @>
 * (descendant is argument 1)?  Returns the argument number of the
 * descendant side, or -1 for another function.
 */
static int
descendant_arg(Oid funcid)
{
	char	   *name = get_func_name(funcid);
	int			r = -1;

	if (name == NULL)
		return -1;
	if (strcmp(name, "actor_contained") == 0)
		r = 0;
	else if (strcmp(name, "actor_contains") == 0)
		r = 1;
	pfree(name);
	return r;
}

static Const *
make_actor_const(Oid typid, gp_actor a)
{
	return makeConst(typid, -1, InvalidOid, sizeof(gp_actor),
					 actor_datum(a), false, false);
}

/*
 * The two btree clauses equivalent to "var is in the subtree of anc":
 * var >= anc AND var < upper (or <= upper when anc has no room for
 * descendants).  NIL when the opfamily lacks the operators.
 */
static List *
subtree_range_clauses(Oid opfamily, Oid typid, Expr *var, gp_actor anc)
{
	gp_actor	upper;
	bool		inclusive;
	Oid			ge_op,
				hi_op;

	gp_actor_subtree_upper(anc, &upper, &inclusive);
	ge_op = get_opfamily_member(opfamily, typid, typid,
								BTGreaterEqualStrategyNumber);
	hi_op = get_opfamily_member(opfamily, typid, typid,
								inclusive ? BTLessEqualStrategyNumber : BTLessStrategyNumber);
	if (!OidIsValid(ge_op) || !OidIsValid(hi_op))
		return NIL;
	return list_make2(make_opclause(ge_op, BOOLOID, false, var,
									(Expr *) make_actor_const(typid, anc),
									InvalidOid, InvalidOid),
					  make_opclause(hi_op, BOOLOID, false, var,
									(Expr *) make_actor_const(typid, upper),
									InvalidOid, InvalidOid));
}

PG_FUNCTION_INFO_V1(actor_support);
Datum
actor_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);
	SupportRequestIndexCondition *req;
	List	   *args;
	Node	   *other;
	Expr	   *var;
	int			desc;
	Oid			typid;
	List	   *quals;

	if (!IsA(rawreq, SupportRequestIndexCondition))
		PG_RETURN_POINTER(NULL);
	req = (SupportRequestIndexCondition *) rawreq;

	if (req->index->relam != BTREE_AM_OID)
		PG_RETURN_POINTER(NULL);
	if (IsA(req->node, OpExpr))
		args = ((OpExpr *) req->node)->args;
	else if (IsA(req->node, FuncExpr))
		args = ((FuncExpr *) req->node)->args;
	else
		PG_RETURN_POINTER(NULL);
	if (list_length(args) != 2)
		PG_RETURN_POINTER(NULL);

	desc = descendant_arg(req->funcid);
	if (desc < 0 || req->indexarg != desc)
		PG_RETURN_POINTER(NULL);

	var = (Expr *) list_nth(args, desc);
	other = estimate_expression_value(req->root, (Node *) list_nth(args, 1 - desc));
	if (!IsA(other, Const) || ((Const *) other)->constisnull)
		PG_RETURN_POINTER(NULL);

	typid = exprType((Node *) var);
	if (typid != ((Const *) other)->consttype)
		PG_RETURN_POINTER(NULL);
	quals = subtree_range_clauses(req->opfamily, typid, var,
								  *DatumGetActorP(((Const *) other)->constvalue));
	if (quals == NIL)
		PG_RETURN_POINTER(NULL);
	req->lossy = false;
	PG_RETURN_POINTER(quals);
}

/*
 * Restriction selectivity of "var <@ const" / "const @> var": the
 * selectivity of the equivalent range, from the column's histogram.
 * When the variable is the ancestor side ("var @> const"), at most
 * depth(const) values qualify: estimate it as that many equalities.
 */
static double
actor_subtree_sel(PlannerInfo *root, List *args, int varRelid, bool var_is_desc_when_left)
{
	VariableStatData vardata;
	Node	   *other;
	bool		varonleft;
	double		sel = 0.005;

	if (!get_restriction_variable(root, args, varRelid, &vardata, &other, &varonleft))
		return sel;
	if (IsA(other, Const) && !((Const *) other)->constisnull &&
		((Const *) other)->consttype == vardata.vartype)
	{
		gp_actor	c = *DatumGetActorP(((Const *) other)->constvalue);
		bool		var_is_desc = varonleft ? var_is_desc_when_left : !var_is_desc_when_left;

		if (var_is_desc)
		{
			Oid			opclass = GetDefaultOpClass(vardata.vartype, BTREE_AM_OID);
			List	   *quals = NIL;

			if (OidIsValid(opclass))
				quals = subtree_range_clauses(get_opclass_family(opclass),
											  vardata.vartype,
											  (Expr *) vardata.var, c);
			if (quals != NIL)
				sel = clauselist_selectivity(root, quals, varRelid, JOIN_INNER, NULL);
		}
		else
		{
			double		nd;
			bool		isdefault;

			nd = get_variable_numdistinct(&vardata, &isdefault);
			sel = gp_actor_depth(c) / (nd > 1 ? nd : 200.0);
		}
	}
	ReleaseVariableStats(vardata);
	CLAMP_PROBABILITY(sel);
	return sel;
}

PG_FUNCTION_INFO_V1(actor_contained_sel);
Datum
actor_contained_sel(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	int			varRelid = PG_GETARG_INT32(3);

	/* a <@ b: the left side is the descendant */
	PG_RETURN_FLOAT8(actor_subtree_sel(root, args, varRelid, true));
}

PG_FUNCTION_INFO_V1(actor_contains_sel);
Datum
actor_contains_sel(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	int			varRelid = PG_GETARG_INT32(3);

	/* a @> b: the right side is the descendant */
	PG_RETURN_FLOAT8(actor_subtree_sel(root, args, varRelid, false));
}
