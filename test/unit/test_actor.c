/*
 * test_actor.c -- unit tests of the actor core: grammar, CAMEO splitting,
 * errors, and properties over many generated codes (round trip, order,
 * hierarchy) checked against a straightforward string model.
 */
#include "actor.h"
#include "unit.h"

#include <time.h>

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
	return gp_actor_error_detail(&e, s, strlen(s), buf, sizeof(buf), NULL);
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

/* ---- the model: the grammar of actor.h, read segment by segment ---- */

static int
m_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int
m_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* the error of s[0..len) (up to a NUL), and the canonical text when none */
static gp_actor_errcode
model_parse(const char *s, size_t len, char *canon)
{
	size_t		b = 0,
				e = 0,
				i,
				total = 0,
				k = 0;
	int			seg = 0,
				dots = 0;

	while (e < len && s[e] != '\0')
		e++;
	while (b < e && m_blank((unsigned char) s[b]))
		b++;
	while (e > b && m_blank((unsigned char) s[e - 1]))
		e--;
	if (b == e)
		return GP_ACTOR_ERR_EMPTY;
	for (i = b; i < e; i++)
		dots += s[i] == '.';
	/* segments from the left: characters, then the dot after, then length */
	i = b;
	for (;;)
	{
		size_t		start = i,
					n;

		while (i < e && s[i] != '.')
		{
			if (!m_alnum((unsigned char) s[i]))
				return m_blank((unsigned char) s[i]) ? GP_ACTOR_ERR_SPACE : GP_ACTOR_ERR_CHAR;
			i++;
		}
		n = i - start;
		if (i < e)				/* a dot follows */
		{
			if (i == b)
				return GP_ACTOR_ERR_LEADING_DOT;
			if (i + 1 == e)
				return GP_ACTOR_ERR_TRAILING_DOT;
			if (s[i + 1] == '.')
				return GP_ACTOR_ERR_DOUBLE_DOT;
		}
		seg++;
		if (seg == 1 && dots == 0 && (n == 6 || n == 9 || n == 12 || n == 15))
		{
			char		top[3];
			size_t		j;

			for (j = 0; j < 3; j++)
				top[j] = (char) (s[b + j] >= 'a' ? s[b + j] - 'a' + 'A' : s[b + j]);
			if (gp_cameo_is_toplevel(top))
			{
				for (j = 0; j < n; j++)
				{
					if (j > 0 && j % 3 == 0)
						canon[k++] = '.';
					canon[k++] = (char) (s[b + j] >= 'a' ? s[b + j] - 'a' + 'A' : s[b + j]);
				}
				canon[k] = '\0';
				return GP_ACTOR_OK;
			}
		}
		if (seg == 1 && (n < 2 || n > 8))
			return GP_ACTOR_ERR_FIRST_LENGTH;
		if (seg > 1 && (n < 2 || n > 4))
			return GP_ACTOR_ERR_SEG_LENGTH;
		total += n;
		if (total <= GP_ACTOR_MAX_CHARS)
		{
			size_t		j;

			if (seg > 1)
				canon[k++] = '.';
			for (j = start; j < i; j++)
				canon[k++] = (char) (s[j] >= 'a' ? s[j] - 'a' + 'A' : s[j]);
		}
		if (i >= e)
			break;
		i++;					/* past the dot */
	}
	if (total > GP_ACTOR_MAX_CHARS)
		return GP_ACTOR_ERR_TOO_LONG;
	canon[k] = '\0';
	return GP_ACTOR_OK;
}

/* a random literal: code-like pieces, separators, blanks (sometimes far
 * more than 23 bytes of them), case, and noise bytes */
static size_t
random_literal(char *s, size_t cap, int allow_nul)
{
	static const char *pieces[] = {
		"USA", "GOV", "MIL", "PRK", "IGO", "UNO", "REF", "HCR", "RUS", "G7", "EU", "NATO", "ASEAN",
		"ECOWAS", "X", "AB", "ABCD", "ABCDE", "ABCDEFGH", "ABCDEFGHI", "0", "12", ".", ".", "..",
		" ", "\t", "-", "_", "\xC3\xA9", "\xFF", "\x80", "usa", "gov", "7"
	};
	size_t		n = 0;
	int			parts = (int) unit_randn(8),
				k;

	if (unit_randn(6) == 0)
	{
		size_t		pad = unit_randn(60);

		while (n < pad && n + 1 < cap / 3)
			s[n++] = unit_randn(5) ? ' ' : '\t';
	}
	for (k = 0; k < parts; k++)
	{
		const char *p = pieces[unit_randn(sizeof(pieces) / sizeof(pieces[0]))];
		size_t		l = strlen(p);

		if (n + l + 1 >= cap)
			break;
		memcpy(s + n, p, l);
		n += l;
	}
	if (unit_randn(6) == 0)
	{
		size_t		pad = unit_randn(60);

		while (pad-- > 0 && n + 1 < cap)
			s[n++] = ' ';
	}
	if (unit_randn(10) == 0 && n + 1 < cap)
	{
		char		c = (char) (unit_randn(allow_nul ? 256 : 255) + (allow_nul ? 0 : 1));

		s[unit_randn((unsigned) n + 1)] = c;
		if (n == 0)
			n = 1;
	}
	return n;
}

/* is s[0..n) valid UTF-8? */
static int
valid_utf8(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		k = gp_utf8_mblen(s + i, n - i);

		if (k == 0)
			return 0;
		i += k;
	}
	return 1;
}

/*
 * The parser against the model (same error, same canonical text), and
 * binary input against text input: recv(send form of s) accepts iff
 * in(s) accepts, with the same value.  GEOPOL_FUZZ iterations, or until
 * the deadline.
 */
static void
test_model(long iterations, time_t deadline)
{
	long		bad_model = 0,
				bad_rt = 0,
				bad_detail = 0,
				bad_recv = 0,
				accepted = 0,
				i;

	for (i = 0; i < iterations || (deadline && ((i & 4095) != 0 || time(NULL) < deadline)); i++)
	{
		char		s[200],
					bin[201],
					canon[64],
					out[GP_ACTOR_TEXT_BUFSIZE],
					detail[GP_DETAIL_BUFSIZE];
		size_t		n = random_literal(s, sizeof(s), 0);
		gp_actor	a,
					b,
					r;
		gp_actor_error e,
					re;
		gp_actor_errcode mc = model_parse(s, n, canon);
		bool		ok = gp_actor_parse_n(s, n, &a, &e),
					rok;

		if ((ok ? GP_ACTOR_OK : e.code) != mc || (ok && (gp_actor_format(a, out), strcmp(out, canon) != 0)))
		{
			if (bad_model++ < 5)
				fprintf(stderr, "  model: \"%.*s\": parser %d, model %d\n", (int) n, s,
						ok ? 0 : (int) e.code, (int) mc);
		}
		if (ok)
		{
			accepted++;
			gp_actor_format(a, out);
			if (!gp_actor_parse(out, &b, NULL) || !gp_actor_eq(a, b) || !gp_actor_is_valid(a))
				bad_rt++;
		}
		else
		{
			gp_actor_error_detail(&e, s, n, detail, sizeof(detail), NULL);
			if (detail[0] == '\0' || e.code == GP_ACTOR_OK || strlen(detail) + 1 >= sizeof(detail) ||
				(valid_utf8(s, n) && !valid_utf8(detail, strlen(detail))))
				bad_detail++;
		}
		/* the binary form of the same text */
		bin[0] = GP_ACTOR_BINARY_VERSION;
		memcpy(bin + 1, s, n);
		rok = gp_actor_recv(bin, n + 1, &r, &re);
		if (rok != ok || (ok && !gp_actor_eq(r, a)))
		{
			if (bad_recv++ < 5)
				fprintf(stderr, "  recv: \"%.*s\": text %s, binary %s\n", (int) n, s,
						ok ? "accepts" : "refuses", rok ? "accepts" : "refuses");
		}
		if (!rok)
		{
			gp_actor_error_detail(&re, bin + 1, n, detail, sizeof(detail), NULL);
			if (detail[0] == '\0' || strlen(detail) + 1 >= sizeof(detail) ||
				!valid_utf8(detail, strlen(detail)))
				bad_detail++;
		}
	}
	PROPERTY("parser and model agree (error, canonical text)", bad_model);
	PROPERTY("accepted literals round-trip", bad_rt);
	PROPERTY("errors explained, valid UTF-8, never truncated", bad_detail);
	PROPERTY("recv(send form of s) accepts iff in(s) does, same value", bad_recv);
	CHECK_MSG(accepted > i / 50, "%ld of %ld random literals accepted", accepted, i);
	if (deadline)
		printf("unit/actor: %ld random literals checked against the model and recv, %ld accepted\n",
			   i, accepted);
}

static void
test_binary(void)
{
	char		buf[GP_ACTOR_SEND_BUFSIZE + 8];
	gp_actor	a;
	gp_actor_error e;
	size_t		n;

	n = gp_actor_send(A("PRK.GOV"), buf);
	CHECK(n == 8 && memcmp(buf, "\001PRK.GOV", 8) == 0);
	CHECK(gp_actor_recv(buf, n, &a, NULL) && gp_actor_eq(a, A("PRK.GOV")));
	CHECK(gp_actor_recv("\001prkgov", 7, &a, NULL) && gp_actor_eq(a, A("PRK.GOV")));
	/* issue 11, item 11: blanks beyond 23 bytes, as text input allows */
	CHECK(gp_actor_recv("\001    PRK                              ", 38, &a, NULL) &&
		  gp_actor_eq(a, A("PRK")));
	CHECK(!gp_actor_recv("", 0, &a, &e) && e.code == GP_ACTOR_ERR_VERSION && e.byte == -1);
	CHECK(!gp_actor_recv("\002PRK", 4, &a, &e) && e.code == GP_ACTOR_ERR_VERSION && e.byte == 2);
	CHECK(!gp_actor_recv("\001", 1, &a, &e) && e.code == GP_ACTOR_ERR_EMPTY);
	CHECK(!gp_actor_recv("\001PR\000K", 5, &a, &e) && e.code == GP_ACTOR_ERR_BYTE && e.byte == 0 && e.pos == 2);
	CHECK(!gp_actor_recv("\001PR\xC3\x89", 5, &a, &e) && e.code == GP_ACTOR_ERR_BYTE && e.byte == 0xC3);
	CHECK(!gp_actor_recv("\001PRK..GOV", 9, &a, &e) && e.code == GP_ACTOR_ERR_DOUBLE_DOT);
	CHECK(strcmp(detail_of("PRK..GOV"), "Two dots in a row at position 4: a segment is empty.") == 0);
	{
		char		d[GP_DETAIL_BUFSIZE];

		gp_actor_recv("\001PR\xC3\x89", 5, &a, &e);
		gp_actor_error_detail(&e, "PR\xC3\x89", 4, d, sizeof(d), NULL);
		CHECK(strcmp(d, "Byte 0xC3 at offset 3 of the text: an actor code is ASCII letters, digits and dots.") == 0);
	}
}

/* a multibyte encoding like EUC-JP: 0x8E and 0xA1-0xFE lead 2 bytes, 0x8F
 * leads 3, trail bytes are 0xA1-0xFE */
static size_t
euc_mblen(const char *s, size_t avail)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		n,
				k;

	if (avail == 0)
		return 0;
	if (u[0] < 0x80)
		return 1;
	n = u[0] == 0x8F ? 3 : (u[0] == 0x8E || u[0] >= 0xA1) ? 2 : 0;
	if (n == 0 || n > avail)
		return 0;
	for (k = 1; k < n; k++)
		if (u[k] < 0xA1 || u[k] == 0xFF)
			return 0;
	return n;
}

static size_t
latin1_mblen(const char *s, size_t avail)
{
	(void) s;
	return avail > 0 ? 1 : 0;
}

/* does every character of d read whole in this encoding? */
static int
whole_chars(const char *d, gp_mblen_fn mblen)
{
	size_t		i = 0,
				n = strlen(d);

	while (i < n)
	{
		size_t		k = mblen(d + i, n - i);

		if (k == 0)
			return 0;
		i += k;
	}
	return 1;
}

/* issue 11, item 9: details never cut a character, in UTF-8, LATIN1 and
 * a multibyte encoding like EUC-JP; positions count characters */
static void
test_details_cut(void)
{
	static const char *units[] = {"\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\xA4\xA2", "\x8F\xB0\xA1"};
	static const gp_mblen_fn fns[] = {NULL, NULL, NULL, euc_mblen, euc_mblen};
	long		bad = 0;
	int			u,
				len;

	for (u = 0; u < 5; u++)
		for (len = 1; len <= 90; len++)
		{
			char		in[400],
						d[GP_DETAIL_BUFSIZE];
			size_t		n = 0,
						ul = strlen(units[u]);
			gp_actor	a;
			gp_actor_error e;
			int			k;

			/* a non-ASCII character after len letters: its position */
			for (k = 0; k < len && n < 200; k++)
				in[n++] = 'A';
			memcpy(in + n, units[u], ul);
			n += ul;
			if (gp_actor_parse_n(in, n, &a, &e) || (e.code != GP_ACTOR_ERR_CHAR && e.code != GP_ACTOR_ERR_FIRST_LENGTH))
				bad++;
			/* non-ASCII characters before a blank: the position counts them */
			n = 0;
			for (k = 0; k < len && n + ul < 200; k++, n += ul)
				memcpy(in + n, units[u], ul);
			in[n++] = 'A';
			gp_actor_parse_n(in, n, &a, &e);
			gp_actor_error_detail(&e, in, n, d, sizeof(d), fns[u]);
			if (e.code != GP_ACTOR_ERR_CHAR || !whole_chars(d, fns[u] ? fns[u] : gp_utf8_mblen) ||
				strstr(d, "at position 1 ") == NULL)
				bad++;
			/* with LATIN1 every byte is a character */
			gp_actor_error_detail(&e, in, n, d, sizeof(d), latin1_mblen);
			bad += strlen(d) + 1 >= sizeof(d);
			/* a blank after the characters: its position in characters */
			in[n - 1] = ' ';
			in[n++] = 'A';
			e.code = GP_ACTOR_OK;
			e.pos = n - 2;
			e.code = GP_ACTOR_ERR_SPACE;
			gp_actor_error_detail(&e, in, n, d, sizeof(d), fns[u]);
			{
				char		want[64];

				snprintf(want, sizeof(want), "Blank at position %d:", k + 1);
				bad += strncmp(d, want, strlen(want)) != 0;
			}
			/* clipping */
			if (len >= 8)
				bad += gp_clip(in, n, 7, fns[u]) % ul != 0;
		}
	PROPERTY("actor details cut whole characters and count them", bad);
}

int
main(int argc, char **argv)
{
	long		fuzz = argc > 1 ? atol(argv[1]) : 200000;

	test_examples();
	test_errors();
	test_order_and_hierarchy();
	test_properties();
	test_binary();
	test_details_cut();
	{
		const char *sec = getenv("GEOPOL_FUZZ_SECONDS");

		test_model(fuzz, sec && atol(sec) > 0 ? time(NULL) + atol(sec) : 0);
	}
	return unit_report("unit/actor");
}
