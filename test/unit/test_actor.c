/*
 * test_actor.c -- unit tests of the actor core: grammar, CAMEO splitting,
 * errors, and properties over many generated codes (round trip, order,
 * hierarchy) checked against a straightforward string model.
 */
#include "actor.h"
#include "unit.h"

static const char ALNUM[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

static int
parses(const char *s, const char *expect)
{
	gp_actor	a;
	char		buf[GP_ACTOR_TEXT_BUFSIZE];

	if (!gp_actor_parse(s, &a, NULL))
		return 0;
	gp_actor_format(a, buf);
	if (strcmp(buf, expect) != 0)
	{
		fprintf(stderr, "  parse(\"%s\") gave \"%s\", expected \"%s\"\n", s, buf, expect);
		return 0;
	}
	return 1;
}

static gp_actor_errcode
err_of(const char *s)
{
	gp_actor	a;
	gp_actor_error e;

	if (gp_actor_parse(s, &a, &e))
		return GP_ACTOR_OK;
	return e.code;
}

static const char *
detail_of(const char *s)
{
	static char buf[256];
	gp_actor	a;
	gp_actor_error e;

	if (gp_actor_parse(s, &a, &e))
		return "";
	return gp_actor_error_detail(&e, s, strlen(s), buf, sizeof(buf));
}

static gp_actor
A(const char *s)
{
	gp_actor	a = {0, 0};

	if (!gp_actor_parse(s, &a, NULL))
		fprintf(stderr, "  A(\"%s\") did not parse\n", s);
	return a;
}

/* reference order: segment by segment, plain byte order inside a segment,
 * a proper prefix (in segments) first */
static int
model_cmp(const char *a, const char *b)
{
	for (;;)
	{
		size_t		la = strcspn(a, "."),
					lb = strcspn(b, ".");
		size_t		m = la < lb ? la : lb;
		int			c = memcmp(a, b, m);

		if (c != 0)
			return c < 0 ? -1 : 1;
		if (la != lb)
			return la < lb ? -1 : 1;
		a += la;
		b += lb;
		if (*a == '\0' || *b == '\0')
			return (*a == '\0') == (*b == '\0') ? 0 : (*a == '\0' ? -1 : 1);
		a++;
		b++;
	}
}

static int
model_contains(const char *anc, const char *desc)
{
	size_t		n = strlen(anc);

	return strncmp(anc, desc, n) == 0 && (desc[n] == '\0' || desc[n] == '.');
}

/* a random valid dotted code */
static void
random_code(char *buf)
{
	int			nseg,
				total = 0,
				k = 0,
				s,
				i;

	nseg = 1 + unit_randn(GP_ACTOR_MAX_SEGMENTS);
	for (s = 0; s < nseg; s++)
	{
		int			min = s == 0 ? GP_ACTOR_FIRST_MIN : GP_ACTOR_SEG_MIN;
		int			max = s == 0 ? GP_ACTOR_FIRST_MAX : GP_ACTOR_SEG_MAX;
		int			len = min + unit_randn(max - min + 1);

		if (total + len > GP_ACTOR_MAX_CHARS)
		{
			if (total + min > GP_ACTOR_MAX_CHARS)
				break;
			len = GP_ACTOR_MAX_CHARS - total;
			if (len > max)
				len = max;
		}
		if (s > 0)
			buf[k++] = '.';
		/* small alphabet now and then, so that prefixes and ties occur */
		for (i = 0; i < len; i++)
			buf[k++] = unit_randn(4) == 0 ? ALNUM[unit_randn(36)] : "ARU"[unit_randn(3)];
		total += len;
	}
	buf[k] = '\0';
}

static void
test_examples(void)
{
	CHECK(parses("PRK", "PRK"));
	CHECK(parses("PRK.GOV", "PRK.GOV"));
	CHECK(parses("RUS.GOV.MIL", "RUS.GOV.MIL"));
	CHECK(parses("G7", "G7"));
	CHECK(parses("EU", "EU"));
	CHECK(parses("NATO", "NATO"));
	CHECK(parses("ASEAN", "ASEAN"));
	CHECK(parses("ECOWAS", "ECOWAS"));
	CHECK(parses("IGO.UNO.REF.HCR", "IGO.UNO.REF.HCR"));
	CHECK(parses("prk.gov", "PRK.GOV"));
	CHECK(parses("  prk.Gov \t", "PRK.GOV"));
	CHECK(parses("A1.B2.C3.D4.E5", "A1.B2.C3.D4.E5"));
	CHECK(parses("AB.CD.EF.GH.IJ.KL.MN.OP", "AB.CD.EF.GH.IJ.KL.MN.OP"));
	CHECK(parses("ABCDEFGH.ABCD.ABCD", "ABCDEFGH.ABCD.ABCD"));
	CHECK(parses("MERCOSUR", "MERCOSUR"));
	/* concatenated CAMEO form */
	CHECK(parses("PRKGOV", "PRK.GOV"));
	CHECK(parses("USAGOVMIL", "USA.GOV.MIL"));
	CHECK(parses("IGOUNO", "IGO.UNO"));
	CHECK(parses("IGOUNOREFHCR", "IGO.UNO.REF.HCR"));
	CHECK(parses("igowstnat", "IGO.WST.NAT"));
	CHECK(parses("GOVMIL", "GOV.MIL"));
	CHECK(parses("CHRANG001", "CHR.ANG.001"));
	CHECK(parses("USAGOVMILREBOPP", "USA.GOV.MIL.REB.OPP"));
	CHECK(parses("ECOWAS", "ECOWAS"));		/* ECO is not a CAMEO code */
	CHECK(parses("USAGOVX", "USAGOVX"));	/* 7 characters: one segment */
	CHECK(parses("USAGO", "USAGO"));
	CHECK(parses("USA", "USA"));
}

static void
test_errors(void)
{
	CHECK(err_of("") == GP_ACTOR_ERR_EMPTY);
	CHECK(err_of("   ") == GP_ACTOR_ERR_EMPTY);
	CHECK(err_of("P") == GP_ACTOR_ERR_FIRST_LENGTH);
	CHECK(err_of("ABCDEFGHIJ") == GP_ACTOR_ERR_FIRST_LENGTH);
	CHECK(err_of("PRK..GOV") == GP_ACTOR_ERR_DOUBLE_DOT);
	CHECK(err_of("PRK.GOV.") == GP_ACTOR_ERR_TRAILING_DOT);
	CHECK(err_of(".PRK") == GP_ACTOR_ERR_LEADING_DOT);
	CHECK(err_of(".") == GP_ACTOR_ERR_LEADING_DOT);
	CHECK(err_of("PRK.GOVERN") == GP_ACTOR_ERR_SEG_LENGTH);
	CHECK(err_of("PRK.G") == GP_ACTOR_ERR_SEG_LENGTH);
	CHECK(err_of("AB.CD.EF.GH.IJ.KL.MN.OP.QR") == GP_ACTOR_ERR_TOO_LONG);
	CHECK(err_of("ABCDEFGH.ABCD.ABCD.AB") == GP_ACTOR_ERR_TOO_LONG);
	CHECK(err_of("PR\xC3\x89") == GP_ACTOR_ERR_CHAR);
	CHECK(err_of("PRK GOV") == GP_ACTOR_ERR_SPACE);
	CHECK(err_of("North Korea") == GP_ACTOR_ERR_SPACE);
	CHECK(err_of("PRK-GOV") == GP_ACTOR_ERR_CHAR);
	CHECK(err_of("PRK_GOV") == GP_ACTOR_ERR_CHAR);
	/* 16 undotted characters, not CAMEO-splittable: first segment too long */
	CHECK(err_of("USAGOVMILREBOPPX") == GP_ACTOR_ERR_FIRST_LENGTH);

	CHECK(strcmp(detail_of("P"), "The first segment \"P\" has 1 character; it must have 2 to 8.") == 0);
	CHECK(strcmp(detail_of("PRK.GOVERN"), "Segment 2 \"GOVERN\" has 6 characters; segments after the first must have 2 to 4.") == 0);
	CHECK(strcmp(detail_of("PR\xC3\x89"), "Character \"\xC3\x89\" at position 3 is not allowed: use letters A-Z, digits 0-9 and dots between segments.") == 0);
	CHECK(strcmp(detail_of("PRK..GOV"), "Two dots in a row at position 4: a segment is empty.") == 0);
	CHECK(strcmp(detail_of("\xC3\xA9\xC3\xA9 X"), "Character \"\xC3\xA9\" at position 1 is not allowed: use letters A-Z, digits 0-9 and dots between segments.") == 0);
	CHECK(strcmp(detail_of("AB\xFF"), "Character \"\\xFF\" at position 3 is not allowed: use letters A-Z, digits 0-9 and dots between segments.") == 0);
	CHECK(strcmp(detail_of("AB.CD.EF.GH.IJ.KL.MN.OP.QR"), "The code has 18 characters without its dots; at most 16 are allowed.") == 0);
}

static void
test_order_and_hierarchy(void)
{
	const char *order[] = {"RUS", "RUS.GOV", "RUS.GOV.MIL", "RUS.MIL", "RUSA", "RWA"};
	size_t		i;

	for (i = 0; i + 1 < sizeof(order) / sizeof(order[0]); i++)
		CHECK_MSG(gp_actor_cmp(A(order[i]), A(order[i + 1])) < 0, "%s < %s", order[i], order[i + 1]);
	CHECK(gp_actor_cmp(A("G20"), A("G7")) < 0);
	CHECK(gp_actor_cmp(A("PRK"), A("prk")) == 0);

	CHECK(gp_actor_contains(A("RUS"), A("RUS.GOV.MIL")));
	CHECK(gp_actor_contains(A("RUS"), A("RUS")));
	CHECK(gp_actor_contains(A("RUS.GOV"), A("RUS.GOV.MIL")));
	CHECK(!gp_actor_contains(A("RUS.GOV.MIL"), A("RUS.GOV")));
	CHECK(!gp_actor_contains(A("RUS"), A("RUSA")));
	CHECK(!gp_actor_contains(A("RUS.GOV"), A("RUS.GOVX")));
	CHECK(!gp_actor_contains(A("RUS"), A("RWA")));
	/* full-length codes: 23 symbols, no room for descendants */
	CHECK(gp_actor_symbols(A("AB.CD.EF.GH.IJ.KL.MN.OP")) == 23);
	CHECK(gp_actor_contains(A("AB.CD.EF.GH.IJ.KL.MN.OP"), A("AB.CD.EF.GH.IJ.KL.MN.OP")));
	CHECK(gp_actor_contains(A("AB.CD.EF.GH.IJ.KL.MN"), A("AB.CD.EF.GH.IJ.KL.MN.OP")));
	CHECK(!gp_actor_contains(A("AB.CD.EF.GH.IJ.KL.MN.OP"), A("AB.CD.EF.GH.IJ.KL.MN.OQ")));

	CHECK(gp_actor_depth(A("RUS")) == 1);
	CHECK(gp_actor_depth(A("IGO.UNO.REF.HCR")) == 4);
	CHECK(gp_actor_eq(gp_actor_prefix(A("RUS.GOV.MIL"), 1), A("RUS")));
	CHECK(gp_actor_eq(gp_actor_prefix(A("RUS.GOV.MIL"), 2), A("RUS.GOV")));
	CHECK(gp_actor_eq(gp_actor_prefix(A("RUS.GOV.MIL"), 9), A("RUS.GOV.MIL")));
	{
		char		seg[GP_ACTOR_TEXT_BUFSIZE];

		CHECK(gp_actor_segment(A("IGO.UNO.REF.HCR"), 3, seg) == 3 && strcmp(seg, "REF") == 0);
		CHECK(gp_actor_segment(A("IGO.UNO.REF.HCR"), 5, seg) == 0 && seg[0] == '\0');
	}
	{
		gp_actor	up;
		bool		incl;
		char		buf[GP_ACTOR_TEXT_BUFSIZE];

		gp_actor_subtree_upper(A("RUS"), &up, &incl);
		gp_actor_format(up, buf);
		CHECK(!incl && strcmp(buf, "RUS0") == 0);
		gp_actor_subtree_upper(A("IGO.UNO.REF.HCR"), &up, &incl);
		gp_actor_format(up, buf);
		CHECK(!incl && strcmp(buf, "IGO.UNO.REF.HCR0") == 0);
		gp_actor_subtree_upper(A("PRK.GOVX"), &up, &incl);
		gp_actor_format(up, buf);
		CHECK(!incl && strcmp(buf, "PRK.GOVX0") == 0);
		CHECK(!gp_actor_is_valid(up));	/* a 5-character segment */
	}
	CHECK(gp_actor_is_valid(A("PRK.GOV")));
	{
		gp_actor	z = {0, 0};
		gp_actor	big = {UINT64_MAX, UINT64_MAX};
		char		buf[GP_ACTOR_TEXT_BUFSIZE];

		CHECK(!gp_actor_is_valid(z));
		CHECK(!gp_actor_is_valid(big));
		CHECK(gp_actor_format(big, buf) <= GP_ACTOR_TEXT_MAX);
		CHECK(gp_actor_depth(z) == 0);
	}
}

#define NCODES 20000

static void
test_properties(void)
{
	static char codes[NCODES][GP_ACTOR_TEXT_BUFSIZE];
	static gp_actor enc[NCODES];
	long		bad_rt = 0,
				bad_cmp = 0,
				bad_contains = 0,
				bad_depth = 0,
				bad_valid = 0,
				bad_parent = 0;
	int			i;

	for (i = 0; i < NCODES; i++)
	{
		char		buf[GP_ACTOR_TEXT_BUFSIZE];
		gp_actor	b;

		random_code(codes[i]);
		if (!gp_actor_parse(codes[i], &enc[i], NULL))
		{
			bad_rt++;
			continue;
		}
		gp_actor_format(enc[i], buf);
		/* in(out(x)) = x, and out(in(s)) = s for canonical dotted s unless
		 * it is a CAMEO-splittable single segment */
		if (!gp_actor_parse(buf, &b, NULL) || !gp_actor_eq(b, enc[i]))
			bad_rt++;
		if (strcmp(buf, codes[i]) != 0 && strchr(codes[i], '.') != NULL)
			bad_rt++;
		if (!gp_actor_is_valid(enc[i]))
			bad_valid++;
		{
			int			d = 1;
			const char *p;

			for (p = buf; *p; p++)
				d += *p == '.';
			if (gp_actor_depth(enc[i]) != d)
				bad_depth++;
			if (d > 1)
			{
				char		par[GP_ACTOR_TEXT_BUFSIZE];

				gp_actor_format(gp_actor_prefix(enc[i], d - 1), par);
				if (strncmp(par, buf, strlen(par)) != 0 || buf[strlen(par)] != '.')
					bad_parent++;
			}
		}
		/* keep the canonical text as the model's input */
		strcpy(codes[i], buf);
	}
	for (i = 0; i < NCODES * 5; i++)
	{
		int			x = unit_randn(NCODES),
					y = unit_randn(NCODES);

		/* now and then, compare with a prefix of itself */
		if (unit_randn(4) == 0)
		{
			int			d = gp_actor_depth(enc[x]);
			gp_actor	p = gp_actor_prefix(enc[x], 1 + unit_randn(d));

			if (!gp_actor_contains(p, enc[x]))
				bad_contains++;
			if (gp_actor_cmp(p, enc[x]) > 0)
				bad_cmp++;
			continue;
		}
		if (gp_actor_cmp(enc[x], enc[y]) != model_cmp(codes[x], codes[y]))
			bad_cmp++;
		if (gp_actor_contains(enc[x], enc[y]) != model_contains(codes[x], codes[y]))
			bad_contains++;
	}
	PROPERTY("round trip in(out(x)) = x", bad_rt);
	PROPERTY("order matches the segment-wise model", bad_cmp);
	PROPERTY("@> matches the prefix model", bad_contains);
	PROPERTY("depth counts segments", bad_depth);
	PROPERTY("parsed values are valid", bad_valid);
	PROPERTY("parent is the text before the last dot", bad_parent);
}

/* Random bytes and random near-valid strings: the parser returns, the
 * detail formatter fits its buffer, and whatever parses round-trips. */
static void
test_fuzz(long iterations)
{
	long		bad = 0,
				i;
	static const char alphabet[] = "AZaz09..  \t-_\xC3\xA9\xFF\x80";

	for (i = 0; i < iterations; i++)
	{
		char		s[40];
		size_t		n = unit_randn(sizeof(s)),
					k;
		gp_actor	a,
					b;
		gp_actor_error e;
		char		detail[256],
					out[GP_ACTOR_TEXT_BUFSIZE];

		for (k = 0; k < n; k++)
			s[k] = (i & 1) ? (char) (unit_randn(255) + 1)
				: alphabet[unit_randn(sizeof(alphabet) - 1)];
		if (gp_actor_parse_n(s, n, &a, &e))
		{
			gp_actor_format(a, out);
			if (!gp_actor_parse(out, &b, NULL) || !gp_actor_eq(a, b) || !gp_actor_is_valid(a))
				bad++;
		}
		else
		{
			gp_actor_error_detail(&e, s, n, detail, sizeof(detail));
			if (strlen(detail) == 0 || e.code == GP_ACTOR_OK)
				bad++;
		}
	}
	PROPERTY("fuzz: no crash, errors explained, parses round-trip", bad);
}

int
main(int argc, char **argv)
{
	long		fuzz = argc > 1 ? atol(argv[1]) : 200000;

	test_examples();
	test_errors();
	test_order_and_hierarchy();
	test_properties();
	test_fuzz(fuzz);
	return unit_report("unit/actor");
}
