/*
 * test_bloc.c -- unit tests of the bloc core: literals, errors, and the set
 * algebra checked against a naive model over many random sets.
 */
#include "bloc.h"
#include "unit.h"

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
	static char buf[512];
	gp_actor	a[CAP];
	size_t		n;
	gp_bloc_error e;

	if (gp_bloc_parse(s, strlen(s), a, CAP, &n, &e))
		return "";
	return gp_bloc_error_detail(&e, s, strlen(s), buf, sizeof(buf));
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
		char		detail[512];

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
			gp_bloc_error_detail(&e, s, n, detail, sizeof(detail));
			if (e.code == GP_BLOC_OK || detail[0] == '\0')
				bad++;
		}
	}
	PROPERTY("fuzz: no crash, round trip, errors explained", bad);
}

int
main(int argc, char **argv)
{
	long		fuzz = argc > 1 ? atol(argv[1]) : 200000;

	test_literals();
	test_algebra();
	test_fuzz(fuzz);
	return unit_report("unit/bloc");
}
