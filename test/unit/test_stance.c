/*
 * test_stance.c -- unit tests of the stance core: grammar, canonical
 * output, CAMEO facts against the shipped table, classes, order, fuzzing.
 */
#include "stance.h"
#include "unit.h"

static int
st(const char *in, const char *expect)
{
	gp_stance	s,
				t;
	char		buf[GP_STANCE_TEXT_BUFSIZE];

	if (!gp_stance_parse(in, strlen(in), &s, NULL))
	{
		fprintf(stderr, "  \"%s\" did not parse\n", in);
		return 0;
	}
	gp_stance_format(s, buf);
	if (strcmp(buf, expect) != 0)
	{
		fprintf(stderr, "  \"%s\" gave \"%s\", expected \"%s\"\n", in, buf, expect);
		return 0;
	}
	/* canonical text reads back to the same value */
	return gp_stance_parse(buf, strlen(buf), &t, NULL) && t == s;
}

static gp_stance_errcode
st_err(const char *in, char *suggest_out)
{
	gp_stance	s;
	gp_stance_error e;

	if (gp_stance_parse(in, strlen(in), &s, &e))
		return GP_STANCE_OK;
	if (suggest_out)
		strcpy(suggest_out, e.suggest);
	return e.code;
}

static gp_stance
S(const char *in)
{
	gp_stance	s = 0;

	if (!gp_stance_parse(in, strlen(in), &s, NULL))
		fprintf(stderr, "  S(\"%s\") did not parse\n", in);
	return s;
}

int
main(int argc, char **argv)
{
	long		fuzz = argc > 1 ? atol(argv[1]) : 200000,
				bad = 0,
				i;
	char		sug[96];

	CHECK(st("condemn", "condemn"));
	CHECK(st("111", "condemn"));
	CHECK(st("0874", "0874"));
	CHECK(st("012", "concern"));
	CHECK(st("01", "01"));
	CHECK(st("strongly condemn", "strongly condemn"));
	CHECK(st("Deep concern", "strongly concern"));
	CHECK(st("deeply concerned", "strongly concern"));
	CHECK(st("serious concern", "strongly concern"));
	CHECK(st("not condemn", "not condemn"));
	CHECK(st("refused to condemn", "not condemn"));
	CHECK(st("did not condemn", "not condemn"));
	CHECK(st("extremely strongly condemn", "extremely strongly condemn"));
	CHECK(st("condemn in the strongest possible terms", "extremely strongly condemn"));
	CHECK(st("mildly criticise", "mildly condemn"));
	CHECK(st("call on", "appeal"));
	CHECK(st("impose sanctions", "sanction"));
	CHECK(st("future warn", "future warn"));
	CHECK(st("would support", "conditional support"));
	CHECK(st("  STRONGLY   condemn ", "strongly condemn"));
	CHECK(st("commitment", "commit"));
	CHECK(st("praise", "praise"));
	CHECK(st("welcome", "praise"));
	CHECK(st("support", "support"));
	CHECK(st("strongly 0874", "strongly 0874"));

	CHECK(st_err("condemnn", sug) == GP_STANCE_ERR_UNKNOWN_WORD && strstr(sug, "condemn") != NULL);
	CHECK(st_err("999", NULL) == GP_STANCE_ERR_UNKNOWN_CODE);
	CHECK(st_err("12345", NULL) == GP_STANCE_ERR_UNKNOWN_CODE);
	CHECK(st_err("106", NULL) == GP_STANCE_OK);		/* the code glued in the reference file */
	CHECK(st_err("", NULL) == GP_STANCE_ERR_EMPTY);
	CHECK(st_err("   ", NULL) == GP_STANCE_ERR_EMPTY);
	CHECK(st_err("strongly", NULL) == GP_STANCE_ERR_NO_STANCE);
	CHECK(st_err("not", NULL) == GP_STANCE_ERR_NO_STANCE);
	CHECK(st_err("condemn loudly", NULL) == GP_STANCE_ERR_TRAILING);
	CHECK(st_err("concren", sug) == GP_STANCE_ERR_UNKNOWN_WORD && strstr(sug, "concern") != NULL);

	/* facts */
	CHECK(gp_stance_goldstein(S("condemn")) == -2.0);
	CHECK(gp_stance_goldstein(S("not condemn")) == 0.0);
	CHECK(gp_stance_goldstein(S("strongly condemn")) == -2.0);
	CHECK(gp_stance_quad(S("012")) == 1 && gp_stance_quad(S("0874")) == 2 &&
		  gp_stance_quad(S("111")) == 3 && gp_stance_quad(S("163")) == 4 && gp_stance_quad(S("14")) == 3);
	CHECK(strcmp(gp_stance_event(S("163"))->plover, "COERCE") == 0);
	CHECK(strcmp(gp_stance_event(S("111"))->plover, "ACCUSE") == 0);
	CHECK(strcmp(gp_stance_event(S("010"))->plover, "") == 0);
	CHECK(gp_stance_polarity(S("praise")) == 1 && gp_stance_polarity(S("condemn")) == -1 &&
		  gp_stance_polarity(S("comment")) == 0);
	CHECK(gp_stance_class_of(S("010")) == GP_CLASS_COMMENT);
	CHECK(gp_stance_class_of(S("012")) == GP_CLASS_CONCERN);
	CHECK(gp_stance_class_of(S("018")) == GP_CLASS_SUPPORT);
	CHECK(gp_stance_class_of(S("019")) == GP_CLASS_SUPPORT);
	CHECK(gp_stance_class_of(S("020")) == GP_CLASS_REQUEST && gp_stance_class_of(S("100")) == GP_CLASS_REQUEST);
	CHECK(gp_stance_class_of(S("030")) == GP_CLASS_SUPPORT && gp_stance_class_of(S("051")) == GP_CLASS_SUPPORT &&
		  gp_stance_class_of(S("070")) == GP_CLASS_SUPPORT);
	CHECK(gp_stance_class_of(S("040")) == GP_CLASS_CONSULT);
	CHECK(gp_stance_class_of(S("060")) == GP_CLASS_COOPERATE && gp_stance_class_of(S("0874")) == GP_CLASS_COOPERATE);
	CHECK(gp_stance_class_of(S("090")) == GP_CLASS_INVESTIGATE);
	CHECK(gp_stance_class_of(S("112")) == GP_CLASS_DISAPPROVE);
	CHECK(gp_stance_class_of(S("120")) == GP_CLASS_REJECT);
	CHECK(gp_stance_class_of(S("130")) == GP_CLASS_THREATEN);
	CHECK(gp_stance_class_of(S("140")) == GP_CLASS_PROTEST);
	CHECK(gp_stance_class_of(S("163")) == GP_CLASS_SANCTION);
	CHECK(gp_stance_class_of(S("150")) == GP_CLASS_FORCE && gp_stance_class_of(S("190")) == GP_CLASS_FORCE);
	CHECK(gp_stance_class_parse("disapprove", 10) == GP_CLASS_DISAPPROVE);
	CHECK(gp_stance_class_parse("condemn", 7) == -1);

	/* containment and order */
	CHECK(gp_stance_contains(S("11"), S("111")));
	CHECK(gp_stance_contains(S("11"), S("strongly 111")));
	CHECK(!gp_stance_contains(S("111"), S("11")));
	CHECK(!gp_stance_contains(S("11"), S("not 111")));
	CHECK(!gp_stance_contains(S("strongly 111"), S("111")));
	CHECK(!gp_stance_contains(S("012"), S("12")));
	CHECK(S("11") < S("110") && S("110") < S("111") && S("111") < S("strongly 111") && S("strongly 111") < S("1121"));
	CHECK(S("012") < S("02") && S("02") < S("11"));

	/* every code of the table reads, prints and reads back; the table is sorted */
	for (i = 0; i < (long) gp_cameo_event_count; i++)
	{
		gp_stance	s,
					t;
		char		buf[GP_STANCE_TEXT_BUFSIZE],
					code[5];

		if (!gp_stance_make(gp_cameo_events[i].code, 0, false, 0, &s))
		{
			bad++;
			continue;
		}
		gp_stance_code(s, code);
		gp_stance_format(s, buf);
		if (strcmp(code, gp_cameo_events[i].code) != 0 || !gp_stance_parse(buf, strlen(buf), &t, NULL) ||
			!gp_stance_is_valid(s))
			bad++;
		/* a named code reads back to its own code, never a neighbour's */
		if (gp_stance_name(s) && t != s)
			bad++;
		if (i > 0 && strcmp(gp_cameo_events[i - 1].code, gp_cameo_events[i].code) >= 0)
			bad++;
	}
	PROPERTY("every CAMEO code round-trips", bad);
	CHECK(gp_cameo_event_count == 311);

	bad = 0;
	for (i = 0; i < fuzz; i++)
	{
		static const char *parts[] = {"not ", "strongly ", "deep ", "condemn", "concern", "111", "9",
		"0", " ", "in the strongest possible terms", "x", "\xC3\xA9", "'", "future ", "-"};
		char		s[160];
		size_t		n = 0;
		int			k,
					m = (int) unit_randn(6);
		gp_stance	v;
		gp_stance_error e;
		char		out[GP_STANCE_TEXT_BUFSIZE],
					detail[256];

		for (k = 0; k < m; k++)
		{
			const char *p = parts[unit_randn(sizeof(parts) / sizeof(parts[0]))];
			size_t		l = strlen(p);

			if (n + l < sizeof(s))
			{
				memcpy(s + n, p, l);
				n += l;
			}
		}
		if (i & 1)
			for (k = 0; k < 8 && n < sizeof(s); k++)
				s[n++] = (char) (unit_randn(255) + 1);
		if (gp_stance_parse(s, n, &v, &e))
		{
			gp_stance	w;

			gp_stance_format(v, out);
			if (!gp_stance_parse(out, strlen(out), &w, NULL) || w != v || !gp_stance_is_valid(v))
				bad++;
		}
		else
		{
			gp_stance_error_detail(&e, detail, sizeof(detail));
			if (e.code == GP_STANCE_OK || detail[0] == '\0')
				bad++;
		}
	}
	PROPERTY("fuzz: no crash, round trip, errors explained", bad);
	return unit_report("unit/stance");
}
