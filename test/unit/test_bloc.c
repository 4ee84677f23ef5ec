/*
 * test_bloc.c -- unit tests of the bloc core: literals, errors, and the set
 * algebra checked against a naive model over many random sets.
 */
#include "bloc.h"
#include "unit.h"

#include <time.h>

#define CAP 64

static int
bloc_text(const char *s, const char *expect)
{
	gp_actor	a[CAP];
	size_t		n;
	char		buf[GP_BLOC_TEXT_SIZE(CAP)];

	if (!gp_bloc_parse(s, strlen(s), a, CAP, &n, NULL))
	{
		fprintf(stderr, "  \"%s\" did not parse\n", s);
		return 0;
	}
	gp_bloc_format(a, n, buf);
	if (strcmp(buf, expect) != 0)
	{
		fprintf(stderr, "  \"%s\" gave \"%s\", expected \"%s\"\n", s, buf, expect);
		return 0;
	}
	return 1;
}

static gp_bloc_errcode
bloc_err(const char *s)
{
	gp_actor	a[CAP];
	size_t		n;
	gp_bloc_error e;

	if (gp_bloc_parse(s, strlen(s), a, CAP, &n, &e))
		return GP_BLOC_OK;
	return e.code;
}

static const char *
bloc_detail(const char *s)
{
	static char buf[GP_DETAIL_BUFSIZE];
	gp_actor	a[CAP];
	size_t		n;
	gp_bloc_error e;

	if (gp_bloc_parse(s, strlen(s), a, CAP, &n, &e))
		return "";
	return gp_bloc_error_detail(&e, s, strlen(s), buf, sizeof(buf), NULL);
}

static void
test_literals(void)
{
	CHECK(bloc_text("{G7,KOR,AUS,NZL}", "{AUS,G7,KOR,NZL}"));
	CHECK(bloc_text("{kor,G7,AUS,AUS}", "{AUS,G7,KOR}"));
	CHECK(bloc_text("{}", "{}"));
	CHECK(bloc_text("  { } ", "{}"));
	CHECK(bloc_text("{ PRK , prk.gov ,RUSGOVMIL }", "{PRK,PRK.GOV,RUS.GOV.MIL}"));
	CHECK(bloc_text("{PRK}", "{PRK}"));

	CHECK(bloc_err("{") == GP_BLOC_ERR_NO_CLOSE);
	CHECK(bloc_err("{PRK") == GP_BLOC_ERR_NO_CLOSE);
	CHECK(bloc_err("{PRK,}") == GP_BLOC_ERR_EMPTY_MEMBER);
	CHECK(bloc_err("{,}") == GP_BLOC_ERR_EMPTY_MEMBER);
	CHECK(bloc_err("{,PRK}") == GP_BLOC_ERR_EMPTY_MEMBER);
	CHECK(bloc_err("{PRK,,KOR}") == GP_BLOC_ERR_EMPTY_MEMBER);
	CHECK(bloc_err("{{PRK}}") == GP_BLOC_ERR_NESTED);
	CHECK(bloc_err("PRK") == GP_BLOC_ERR_NO_OPEN);
	CHECK(bloc_err("") == GP_BLOC_ERR_NO_OPEN);
	CHECK(bloc_err("{PRK,X}") == GP_BLOC_ERR_MEMBER);
	CHECK(bloc_err("{PRK} x") == GP_BLOC_ERR_TRAILING);
	CHECK(bloc_err("{}}") == GP_BLOC_ERR_TRAILING);

	CHECK(strcmp(bloc_detail("{PRK,X}"), "Member 2 \"X\" is not an actor code: The first segment \"X\" has 1 character; it must have 2 to 8.") == 0);
	CHECK(strcmp(bloc_detail("{PRK,}"), "Member 2 is empty.") == 0);
	CHECK(strcmp(bloc_detail("{PRK"), "The closing \"}\" is missing.") == 0);
	CHECK(strcmp(bloc_detail("PRK"), "A bloc literal starts with \"{\".") == 0);
	{
		/* capacity is respected */
		gp_actor	a[2];
		size_t		n;
		gp_bloc_error e;

		CHECK(!gp_bloc_parse("{AA,BB,CC}", 10, a, 2, &n, &e) && e.code == GP_BLOC_ERR_TOO_MANY);
		CHECK(gp_bloc_count_upper("{AA,BB,CC}", 10) == 3);
	}
}

/* random normalised set over a small universe, so that overlaps happen */
static size_t
random_set(gp_actor *out, const gp_actor *universe, size_t nu)
{
	size_t		n = 0,
				i;

	for (i = 0; i < nu; i++)
		if (unit_randn(3) == 0)
			out[n++] = universe[i];
	return n;				/* universe is sorted, so out is too */
}

static void
test_algebra(void)
{
	static const char *codes[] = {"AUS", "CAN", "DEU", "EU", "FRA", "G7", "GBR", "ITA",
	"JPN", "KOR", "NZL", "PRK", "PRK.GOV", "RUS", "RUS.GOV", "USA"};
	gp_actor	u[16];
	size_t		nu = 16,
				i;
	long		bad = 0,
				it;

	for (i = 0; i < nu; i++)
		gp_actor_parse(codes[i], &u[i], NULL);
	nu = gp_bloc_normalize(u, nu);
	CHECK(nu == 16);

	for (it = 0; it < 20000; it++)
	{
		gp_actor	a[16],
					b[16],
					r[32];
		size_t		na = random_set(a, u, nu),
					nb = random_set(b, u, nu),
					nr,
					k;
		bool		model_contains = true,
					model_overlap = false;

		for (k = 0; k < nb; k++)
		{
			if (!gp_bloc_has(a, na, b[k]))
				model_contains = false;
			else
				model_overlap = true;
		}
		bad += gp_bloc_contains(a, na, b, nb) != model_contains;
		bad += gp_bloc_overlaps(a, na, b, nb) != model_overlap;

		nr = gp_bloc_union(a, na, b, nb, r);
		bad += !gp_bloc_is_normal(r, nr);
		for (k = 0; k < nu; k++)
			bad += gp_bloc_has(r, nr, u[k]) != (gp_bloc_has(a, na, u[k]) || gp_bloc_has(b, nb, u[k]));
		nr = gp_bloc_intersect(a, na, b, nb, r);
		bad += !gp_bloc_is_normal(r, nr);
		for (k = 0; k < nu; k++)
			bad += gp_bloc_has(r, nr, u[k]) != (gp_bloc_has(a, na, u[k]) && gp_bloc_has(b, nb, u[k]));
		nr = gp_bloc_minus(a, na, b, nb, r);
		bad += !gp_bloc_is_normal(r, nr);
		for (k = 0; k < nu; k++)
			bad += gp_bloc_has(r, nr, u[k]) != (gp_bloc_has(a, na, u[k]) && !gp_bloc_has(b, nb, u[k]));
		/* order: antisymmetric, equal only for equal sets */
		{
			int			c1 = gp_bloc_cmp(a, na, b, nb),
						c2 = gp_bloc_cmp(b, nb, a, na);

			bad += (c1 > 0) != (c2 < 0);
			bad += (c1 == 0) != (na == nb && gp_bloc_contains(a, na, b, nb));
		}
		/* normalising a shuffled copy with duplicates gives the set back */
		{
			gp_actor	sh[32];
			size_t		ns = 0,
						m;

			for (k = 0; k < na; k++)
			{
				sh[ns++] = a[k];
				if (unit_randn(2))
					sh[ns++] = a[k];
			}
			for (k = ns; k > 1; k--)
			{
				size_t		j = unit_randn((unsigned) k);
				gp_actor	t = sh[k - 1];

				sh[k - 1] = sh[j];
				sh[j] = t;
			}
			m = gp_bloc_normalize(sh, ns);
			bad += m != na || gp_bloc_cmp(sh, m, a, na) != 0;
		}
	}
	PROPERTY("set algebra matches the model", bad);
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

/* a random member text: codes, near misses, blanks (sometimes many),
 * case, separators of the bloc grammar, non-ASCII */
static size_t
random_member(char *s, size_t cap)
{
	static const char *pieces[] = {
		"USA", "GOV", "MIL", "PRK", "KOR", "IGO", "UNO", "G7", "EU", "NATO", "usa", "X", "ABCDEFGHI",
		".", "..", " ", " ", "\t", "\xC3\xA9", "{", "}", ",", "\"", "12"
	};
	size_t		n = 0;
	int			parts = (int) unit_randn(4),
				k;

	if (unit_randn(8) == 0)
		while (n < 40 && n + 1 < cap)
			s[n++] = ' ';
	for (k = 0; k < parts; k++)
	{
		const char *p = pieces[unit_randn(sizeof(pieces) / sizeof(pieces[0]))];
		size_t		l = strlen(p);

		if (n + l >= cap)
			break;
		memcpy(s + n, p, l);
		n += l;
	}
	if (unit_randn(8) == 0)
		while (n < 60 && n + 1 < cap)
			s[n++] = ' ';
	return n;
}

static int
all_blank(const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (!gp_is_blank((unsigned char) s[i]))
			return 0;
	return 1;
}

/*
 * The model of a bloc literal: "{", members separated by ",", "}", blanks
 * around; each member an actor code (the actor parser, checked against
 * its own model in test_actor); the value is the set of members.  Only
 * for member texts without braces and commas, which is what the
 * generator below makes.
 */
static int
model_bloc(char mem[][80], const size_t *mlen, int nm, gp_actor *out, size_t *n)
{
	int			k;
	size_t		c = 0,
				i,
				j;

	if (nm == 1 && all_blank(mem[0], mlen[0]))
	{
		*n = 0;
		return 1;				/* "{ }" is the empty bloc */
	}
	for (k = 0; k < nm; k++)
	{
		gp_actor	a;

		if (!gp_actor_parse_n(mem[k], mlen[k], &a, NULL))
			return 0;
		for (i = 0; i < c && !gp_actor_eq(out[i], a); i++)
			;
		if (i == c)
			out[c++] = a;
	}
	/* selection sort: the set in actor order */
	for (i = 0; i < c; i++)
		for (j = i + 1; j < c; j++)
			if (gp_actor_cmp(out[j], out[i]) < 0)
			{
				gp_actor	t = out[i];

				out[i] = out[j];
				out[j] = t;
			}
	*n = c;
	return 1;
}

/*
 * Random member lists written as text and as binary: the parser agrees
 * with the model, recv agrees with in (issue 11, item 11), whatever is
 * accepted round-trips, every error is explained.  Plus random bytes
 * and bloc-ish soups for the parser alone.
 */
static void
test_model(long iterations, time_t deadline)
{
	long		bad_model = 0,
				bad_recv = 0,
				bad_rt = 0,
				bad_detail = 0,
				accepted = 0,
				i;

	for (i = 0; i < iterations || (deadline && ((i & 4095) != 0 || time(NULL) < deadline)); i++)
	{
		static char mem[8][80];
		size_t		mlen[8];
		int			nm = (int) unit_randn(6),
					k,
					clean = 1;
		char		text[800],
					bin[800];
		size_t		tn = 0,
					bn = 5,
					n = 0,
					rn = 0,
					mn = 0;
		gp_actor	a[CAP],
					r[CAP],
					m[CAP];
		gp_bloc_error e,
					re;
		bool		ok,
					rok;
		int			mok;

		if (unit_randn(4) == 0)
			text[tn++] = ' ';
		text[tn++] = '{';
		for (k = 0; k < nm; k++)
		{
			mlen[k] = random_member(mem[k], sizeof(mem[k]));
			if (memchr(mem[k], ',', mlen[k]) || memchr(mem[k], '{', mlen[k]) || memchr(mem[k], '}', mlen[k]))
				clean = 0;
			if (k > 0)
				text[tn++] = ',';
			memcpy(text + tn, mem[k], mlen[k]);
			tn += mlen[k];
			bin[bn++] = (char) mlen[k];
			memcpy(bin + bn, mem[k], mlen[k]);
			bn += mlen[k];
		}
		text[tn++] = '}';
		if (unit_randn(4) == 0)
			text[tn++] = '\n';
		bin[0] = GP_BLOC_BINARY_VERSION;
		bin[1] = bin[2] = bin[3] = 0;
		bin[4] = (char) nm;

		ok = gp_bloc_parse(text, tn, a, CAP, &n, &e);
		if (ok)
		{
			char		out[GP_BLOC_TEXT_SIZE(CAP)];
			gp_actor	b[CAP];
			size_t		bnum;

			accepted++;
			gp_bloc_format(a, n, out);
			if (!gp_bloc_parse(out, strlen(out), b, CAP, &bnum, NULL) || gp_bloc_cmp(a, n, b, bnum) != 0 ||
				!gp_bloc_is_normal(a, n))
				bad_rt++;
		}
		else
		{
			char		detail[GP_DETAIL_BUFSIZE];

			gp_bloc_error_detail(&e, text, tn, detail, sizeof(detail), NULL);
			if (e.code == GP_BLOC_OK || detail[0] == '\0' || strlen(detail) + 1 >= sizeof(detail) ||
				(valid_utf8(text, tn) && !valid_utf8(detail, strlen(detail))))
				bad_detail++;
		}
		if (!clean)
			continue;
		mok = model_bloc(mem, mlen, nm, m, &mn);
		if (mok != ok || (ok && gp_bloc_cmp(a, n, m, mn) != 0))
		{
			if (bad_model++ < 5)
				fprintf(stderr, "  model: \"%.*s\": parser %d, model %d\n", (int) tn, text, ok, mok);
		}
		/* one blank member is the empty bloc in text, and has no binary
		 * form but the empty one */
		if (nm == 1 && all_blank(mem[0], mlen[0]))
			bin[4] = 0, bn = 5;
		rok = gp_bloc_recv(bin, bn, r, CAP, &rn, &re);
		if (rok != ok || (ok && gp_bloc_cmp(a, n, r, rn) != 0))
		{
			if (bad_recv++ < 5)
				fprintf(stderr, "  recv: \"%.*s\": text %s, binary %s\n", (int) tn, text,
						ok ? "accepts" : "refuses", rok ? "accepts" : "refuses");
		}
		if (!rok)
		{
			char		detail[GP_DETAIL_BUFSIZE];

			gp_bloc_error_detail(&re, bin, bn, detail, sizeof(detail), NULL);
			if (detail[0] == '\0' || !valid_utf8(detail, strlen(detail)))
				bad_detail++;
		}
	}
	PROPERTY("parser and model agree (accepted, same set)", bad_model);
	PROPERTY("recv of the members accepts iff in accepts, same set", bad_recv);
	PROPERTY("accepted literals round-trip", bad_rt);
	PROPERTY("errors explained, valid UTF-8, never truncated", bad_detail);
	CHECK_MSG(accepted > i / 50, "%ld of %ld random blocs accepted", accepted, i);
	if (deadline)
		printf("unit/bloc: %ld random blocs checked against the model and recv, %ld accepted\n", i, accepted);
}

static void
test_fuzz(long iterations)
{
	static const char alphabet[] = "{},, AZRUSPK.09\t\"{}";
	long		bad = 0,
				i;

	for (i = 0; i < iterations; i++)
	{
		char		s[48];
		size_t		n = unit_randn(sizeof(s)),
					k,
					cnt;
		gp_actor	a[CAP];
		gp_bloc_error e;
		char		detail[GP_DETAIL_BUFSIZE];

		for (k = 0; k < n; k++)
			s[k] = (i & 1) ? (char) (unit_randn(255) + 1) : alphabet[unit_randn(sizeof(alphabet) - 1)];
		if (gp_bloc_parse(s, n, a, gp_bloc_count_upper(s, n), &cnt, &e))
		{
			char		out[GP_BLOC_TEXT_SIZE(CAP)];
			gp_actor	b[CAP];
			size_t		m;

			gp_bloc_format(a, cnt, out);
			if (!gp_bloc_parse(out, strlen(out), b, CAP, &m, NULL) || gp_bloc_cmp(a, cnt, b, m) != 0 ||
				!gp_bloc_is_normal(a, cnt))
				bad++;
		}
		else
		{
			gp_bloc_error_detail(&e, s, n, detail, sizeof(detail), NULL);
			if (e.code == GP_BLOC_OK || detail[0] == '\0')
				bad++;
		}
		/* random bytes as binary input: no crash, errors explained */
		{
			gp_bloc_error re;
			size_t		rn;

			if (n > 0)
				s[0] = GP_BLOC_BINARY_VERSION;
			if (!gp_bloc_recv(s, n, a, CAP, &rn, &re))
			{
				gp_bloc_error_detail(&re, s, n, detail, sizeof(detail), NULL);
				if (detail[0] == '\0')
					bad++;
			}
		}
	}
	PROPERTY("fuzz: no crash, round trip, errors explained", bad);
}

/* EUC-JP-like: 0x8E and 0xA1-0xFE lead 2 bytes, 0x8F leads 3 */
static size_t
euc_mblen(const char *s, size_t avail)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		n;

	if (avail == 0)
		return 0;
	if (u[0] < 0x80)
		return 1;
	n = u[0] == 0x8F ? 3 : (u[0] == 0x8E || u[0] >= 0xA1) ? 2 : 0;
	return n > avail ? 0 : n;
}

/* walking the detail in the encoding, no multibyte character swallows an
 * ASCII byte (which is what a cut character followed by '"' does) */
static int
whole_chars(const char *d, gp_mblen_fn mblen)
{
	size_t		i = 0,
				n = strlen(d),
				k,
				j;

	while (i < n)
	{
		k = mblen(d + i, n - i);
		if (k == 0)
			return 0;
		for (j = 1; j < k; j++)
			if ((unsigned char) d[i + j] < 0x80)
				return 0;
		i += k;
	}
	return 1;
}

/* issue 11, item 9: a long non-ASCII member is quoted whole characters */
static void
test_details_cut(void)
{
	static const char *units[] = {"\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\xA4\xA2", "\x8F\xB0\xA1", "A\xC3\xA9"};
	static const gp_mblen_fn fns[] = {NULL, NULL, NULL, euc_mblen, euc_mblen, NULL};
	long		bad = 0;
	int			u,
				len;

	for (u = 0; u < 6; u++)
		for (len = 1; len <= 80; len++)
		{
			char		in[600],
						d[GP_DETAIL_BUFSIZE];
			size_t		n = 0,
						ul = strlen(units[u]),
						cnt;
			gp_actor	a[CAP];
			gp_bloc_error e;
			int			k;

			memcpy(in, "{PRK,", 5);
			n = 5;
			for (k = 0; k < len; k++, n += ul)
				memcpy(in + n, units[u], ul);
			in[n++] = '}';
			if (gp_bloc_parse(in, n, a, CAP, &cnt, &e) || e.code != GP_BLOC_ERR_MEMBER)
			{
				bad++;
				continue;
			}
			gp_bloc_error_detail(&e, in, n, d, sizeof(d), fns[u]);
			bad += !whole_chars(d, fns[u] ? fns[u] : gp_utf8_mblen) || strlen(d) + 1 >= sizeof(d);
		}
	PROPERTY("bloc details cut whole characters", bad);
}

static void
test_binary(void)
{
	gp_actor	a[CAP],
				k[2];
	size_t		n;
	gp_bloc_error e;
	char		buf[GP_BLOC_SEND_SIZE(2)];

	gp_actor_parse("KOR", &k[0], NULL);
	gp_actor_parse("G7", &k[1], NULL);
	n = gp_bloc_normalize(k, 2);
	CHECK(gp_bloc_send(k, n, buf) == 12 && memcmp(buf, "\001\000\000\000\002\002G7\003KOR", 12) == 0);
	CHECK(gp_bloc_recv("\001\000\000\000\002\003KOR\002G7", 12, a, CAP, &n, NULL) && n == 2 &&
		  gp_bloc_cmp(a, n, k, 2) == 0);
	/* issue 11, item 11: padded members, as text input allows */
	CHECK(gp_bloc_recv("\001\000\000\000\001\036   KOR                        ", 36, a, CAP, &n, NULL) && n == 1);
	CHECK(gp_bloc_recv("\001\000\000\000\000", 5, a, CAP, &n, NULL) && n == 0);
	CHECK(!gp_bloc_recv("", 0, a, CAP, &n, &e) && e.code == GP_BLOC_ERR_VERSION);
	CHECK(!gp_bloc_recv("\002\000\000\000\000", 5, a, CAP, &n, &e) && e.code == GP_BLOC_ERR_VERSION);
	CHECK(!gp_bloc_recv("\001\000\000", 3, a, CAP, &n, &e) && e.code == GP_BLOC_ERR_TRUNCATED);
	CHECK(!gp_bloc_recv("\001\377\377\377\377", 5, a, CAP, &n, &e) && e.code == GP_BLOC_ERR_COUNT && e.count == -1);
	CHECK(!gp_bloc_recv("\001\000\000\000\011\002G7", 8, a, CAP, &n, &e) && e.code == GP_BLOC_ERR_COUNT);
	CHECK(!gp_bloc_recv("\001\000\000\000\002\002G7\005KOR", 12, a, CAP, &n, &e) && e.code == GP_BLOC_ERR_TRUNCATED);
	CHECK(!gp_bloc_recv("\001\000\000\000\001\002G7X", 9, a, CAP, &n, &e) && e.code == GP_BLOC_ERR_EXTRA);
	CHECK(!gp_bloc_recv("\001\000\000\000\001\000\000", 7, a, CAP, &n, &e) && e.code == GP_BLOC_ERR_EMPTY_MEMBER);
	CHECK(!gp_bloc_recv("\001\000\000\000\001\001X", 7, a, CAP, &n, &e) && e.code == GP_BLOC_ERR_MEMBER);
	CHECK(!gp_bloc_recv("\001\000\000\000\003\002G7\002G8\002G9", 14, a, 2, &n, &e) && e.code == GP_BLOC_ERR_TOO_MANY);
	{
		char		d[GP_DETAIL_BUFSIZE];
		const char *data = "\001\000\000\000\001\004PR\xC3\x89";

		CHECK(!gp_bloc_recv(data, 10, a, CAP, &n, &e) && e.code == GP_BLOC_ERR_MEMBER);
		gp_bloc_error_detail(&e, data, 10, d, sizeof(d), NULL);
		CHECK_MSG(strcmp(d, "Member 1 \"PR\"... is not an actor code: Byte 0xC3 at offset 3 of the text: an actor code is ASCII letters, digits and dots.") == 0, "%s", d);
	}
}

int
main(int argc, char **argv)
{
	long		fuzz = argc > 1 ? atol(argv[1]) : 200000;

	test_literals();
	test_algebra();
	test_binary();
	test_details_cut();
	test_fuzz(fuzz);
	{
		const char *sec = getenv("GEOPOL_FUZZ_SECONDS");

		test_model(fuzz, sec && atol(sec) > 0 ? time(NULL) + atol(sec) : 0);
	}
	return unit_report("unit/bloc");
}
