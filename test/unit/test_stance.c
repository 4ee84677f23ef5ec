/*
 * test_stance.c -- unit tests of the stance core: grammar, canonical
 * output, CAMEO facts against the shipped table, classes, order; the
 * parser checked against a model of the grammar over random literals;
 * binary input checked against text input over every value.
 */
#include "stance.h"
#include "unit.h"

#include <locale.h>
#include <time.h>

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

static const char *
st_detail(const char *in)
{
	static char buf[GP_STANCE_DETAIL_BUFSIZE];
	gp_stance	s;
	gp_stance_error e;

	if (gp_stance_parse(in, strlen(in), &s, &e))
		return "";
	return gp_stance_error_detail(&e, in, strlen(in), buf, sizeof(buf), NULL);
}

static gp_stance
S(const char *in)
{
	gp_stance	s = 0;

	if (!gp_stance_parse(in, strlen(in), &s, NULL))
		fprintf(stderr, "  S(\"%s\") did not parse\n", in);
	return s;
}

/* ---- the model: the grammar of stance.h read over an array of words ---- */

/* the vocabulary, as the README documents it (code "" = see the code) */
static const struct
{
	const char *phrase;
	const char *code;
}			M_NAMES[] = {
	{"comment", "010"}, {"say", "010"}, {"said", "010"}, {"state", "010"}, {"statement", "010"},
	{"concern", "012"}, {"concerned", "012"}, {"concerns", "012"}, {"alarm", "012"}, {"alarmed", "012"},
	{"appeal", "020"}, {"call on", "020"}, {"called on", "020"}, {"call for", "020"}, {"urge", "020"},
	{"urged", "020"}, {"call", "020"},
	{"commit", "030"}, {"commitment", "030"}, {"pledge", "030"}, {"reaffirm", "030"},
	{"consult", "040"}, {"discuss", "040"}, {"meet", "040"},
	{"support", "050"}, {"back", "050"}, {"stand with", "050"}, {"solidarity", "050"},
	{"praise", "051"}, {"welcome", "051"}, {"commend", "051"}, {"endorse", "051"}, {"hail", "051"},
	{"apologize", "055"}, {"apologise", "055"}, {"apology", "055"},
	{"sign", "057"}, {"agreement", "057"},
	{"cooperate", "060"}, {"cooperation", "060"},
	{"aid", "070"}, {"assistance", "070"},
	{"yield", "080"},
	{"investigate", "090"}, {"investigation", "090"},
	{"demand", "100"}, {"demanded", "100"}, {"insist", "100"},
	{"disapprove", "110"}, {"oppose", "110"}, {"opposition", "110"},
	{"condemn", "111"}, {"condemned", "111"}, {"condemnation", "111"}, {"denounce", "111"},
	{"criticise", "111"}, {"criticize", "111"}, {"criticism", "111"}, {"deplore", "111"},
	{"decry", "111"}, {"censure", "111"},
	{"accuse", "112"}, {"accused", "112"}, {"accusation", "112"}, {"blame", "112"},
	{"reject", "120"}, {"rejected", "120"}, {"rejection", "120"}, {"refuse", "120"}, {"dismiss", "120"},
	{"warn", "130"}, {"warned", "130"}, {"warning", "130"}, {"threaten", "130"}, {"threat", "130"},
	{"protest", "140"},
	{"mobilize", "150"}, {"mobilise", "150"},
	{"sanction", "163"}, {"sanctions", "163"}, {"impose sanctions", "163"}, {"embargo", "163"},
	{"coerce", "170"},
	{"assault", "180"}, {"attack", "180"},
	{"fight", "190"},
};

#define MOOD 0
#define NEG 1
#define INT 2
static const struct
{
	const char *phrase;
	int			kind;
	int			value;
}			M_MODS[] = {
	{"future", MOOD, 1}, {"will", MOOD, 1},
	{"conditional", MOOD, 2}, {"would", MOOD, 2}, {"could", MOOD, 2}, {"may", MOOD, 2},
	{"not", NEG, 1}, {"no", NEG, 1}, {"refuse to", NEG, 1},
	/* 2: negations with a tense of their own, which take no mood */
	{"did not", NEG, 2}, {"does not", NEG, 2}, {"do not", NEG, 2}, {"refused to", NEG, 2},
	{"mildly", INT, -1}, {"mild", INT, -1}, {"slightly", INT, -1}, {"somewhat", INT, -1},
	{"strongly", INT, 1}, {"strong", INT, 1}, {"deeply", INT, 1}, {"deep", INT, 1},
	{"seriously", INT, 1}, {"serious", INT, 1}, {"gravely", INT, 1}, {"grave", INT, 1},
	{"firmly", INT, 1}, {"firm", INT, 1}, {"sharply", INT, 1}, {"sharp", INT, 1},
	{"extremely strongly", INT, 2}, {"very strongly", INT, 2}, {"most strongly", INT, 2},
	{"extremely", INT, 2}, {"extreme", INT, 2},
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define MW 160

static int
m_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int
m_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* does the phrase (1 or 2 words) equal words w[i..]?  returns its word count */
static int
m_match(char w[][MW], int nw, int i, const char *phrase)
{
	const char *sp = strchr(phrase, ' ');

	if (sp == NULL)
		return i < nw && strcmp(w[i], phrase) == 0 ? 1 : 0;
	if (i + 1 >= nw || strlen(w[i]) != (size_t) (sp - phrase) ||
		strncmp(w[i], phrase, sp - phrase) != 0 || strcmp(w[i + 1], sp + 1) != 0)
		return 0;
	return 2;
}

static gp_stance_errcode
model_parse(const char *s, size_t len, gp_stance *out)
{
	static char w[80][MW];
	int			nw = 0,
				i,
				k,
				intensity = 0,
				mood = 0,
				neg = 0,
				last = -1,
				have[3] = {0, 0, 0};
	size_t		b = 0,
				e,
				p;
	const char *code = NULL;
	char		digits[8];

	for (e = 0; e < len && s[e] != '\0'; e++)
		;
	while (b < e && m_blank((unsigned char) s[b]))
		b++;
	while (e > b && m_blank((unsigned char) s[e - 1]))
		e--;
	if (b == e)
		return GP_STANCE_ERR_EMPTY;
	if (e - b > 128)
		return GP_STANCE_ERR_TOO_LONG;
	/* the first bad character from the left */
	for (p = b; p < e; p++)
	{
		if (s[p] == '"' || s[p] == '\'')
			return GP_STANCE_ERR_QUOTE;
		if ((s[p] == '-' || s[p] == '_') &&
			(p == b || p + 1 == e || !m_letter((unsigned char) s[p - 1]) || !m_letter((unsigned char) s[p + 1])))
			return GP_STANCE_ERR_JOINER;
	}
	/* words: split at blanks, hyphens, underscores; ASCII lower case */
	for (p = b; p < e;)
	{
		size_t		q = 0;

		while (p < e && (m_blank((unsigned char) s[p]) || s[p] == '-' || s[p] == '_'))
			p++;
		if (p >= e)
			break;
		while (p < e && !m_blank((unsigned char) s[p]) && s[p] != '-' && s[p] != '_')
		{
			char		c = s[p++];

			w[nw][q++] = (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
		}
		w[nw][q] = '\0';
		nw++;
	}
	/* trailing "in the strongest (possible) terms" */
	for (k = 5; k >= 4; k--)
	{
		const char *tail5[] = {"in", "the", "strongest", "possible", "terms"};
		const char *tail4[] = {"in", "the", "strongest", "terms"};
		const char **tail = k == 5 ? tail5 : tail4;
		int			j,
					ok = nw >= k;

		for (j = 0; ok && j < k; j++)
			ok = strcmp(w[nw - k + j], tail[j]) == 0;
		if (ok)
		{
			if (nw == k)
				return GP_STANCE_ERR_NO_STANCE;
			intensity = 2;
			have[INT] = 1;
			nw -= k;
			break;
		}
	}
	/* modifiers, longest first */
	i = 0;
	for (;;)
	{
		int			best = -1,
					bw = 0;

		for (k = 0; k < (int) NELEM(M_MODS); k++)
		{
			int			m = m_match(w, nw, i, M_MODS[k].phrase);

			if (m > bw)
			{
				bw = m;
				best = k;
			}
		}
		if (best < 0)
			break;
		if (have[M_MODS[best].kind])
			return GP_STANCE_ERR_REPEATED;
		if (M_MODS[best].kind < last)
			return GP_STANCE_ERR_ORDER;
		if (M_MODS[best].kind == NEG && M_MODS[best].value == 2 && have[MOOD])
			return GP_STANCE_ERR_TENSE;
		have[M_MODS[best].kind] = 1;
		last = M_MODS[best].kind;
		if (last == MOOD)
			mood = M_MODS[best].value;
		else if (last == NEG)
			neg = 1;
		else
			intensity = M_MODS[best].value;
		i += bw;
	}
	if (i >= nw)
		return GP_STANCE_ERR_NO_STANCE;
	if (strspn(w[i], "0123456789") == strlen(w[i]))
	{
		size_t		l = strlen(w[i]);

		if (l < 2 || l > 4)
			return GP_STANCE_ERR_UNKNOWN_CODE;
		for (k = 0; k < (int) gp_cameo_event_count; k++)
			if (strcmp(gp_cameo_events[k].code, w[i]) == 0)
				break;
		if (k == (int) gp_cameo_event_count)
			return GP_STANCE_ERR_UNKNOWN_CODE;
		strcpy(digits, w[i]);
		code = digits;
		i++;
	}
	else
	{
		int			bw = 0;

		for (k = 0; k < (int) NELEM(M_NAMES); k++)
		{
			int			m = m_match(w, nw, i, M_NAMES[k].phrase);

			if (m > bw)
			{
				bw = m;
				code = M_NAMES[k].code;
			}
		}
		if (bw == 0)
			return GP_STANCE_ERR_UNKNOWN_WORD;
		i += bw;
	}
	if (i < nw)
		return GP_STANCE_ERR_TRAILING;
	if (!gp_stance_make(code, intensity, neg != 0, mood, out))
		return GP_STANCE_ERR_UNKNOWN_CODE;	/* never: the code exists */
	return GP_STANCE_OK;
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

/* a random literal: words of the grammar, near misses, separators, noise */
static size_t
random_literal(char *s, size_t cap)
{
	static const char *noise[] = {
		"in", "the", "strongest", "possible", "terms", "111", "11", "1", "0874", "012", "12", "99999",
		"999", "106", "x", "condemnn", "\xC3\xA9", "\xC3\x89", "CONDEMN\xC3\xA9", "'", "\"", "-", "_",
		"--", " ", "  ", "\t", "\n", "-111", "i", "I", "\xE2\x80\x94", "\xFF", "\xC3"
	};
	size_t		n = 0;
	int			parts = 1 + (int) unit_randn(6),
				k;

	if (unit_randn(8) == 0)
	{
		/* lots of blanks around or inside */
		size_t		pad = unit_randn(140);

		while (n < pad && n < cap / 2)
			s[n++] = ' ';
	}
	for (k = 0; k < parts; k++)
	{
		const char *w;
		unsigned	r = unit_randn(10);
		size_t		l,
					j;

		if (r < 3)
			w = M_MODS[unit_randn(NELEM(M_MODS))].phrase;
		else if (r < 6)
			w = M_NAMES[unit_randn(NELEM(M_NAMES))].phrase;
		else if (r < 7)
			w = gp_cameo_events[unit_randn((unsigned) gp_cameo_event_count)].code;
		else
			w = noise[unit_randn(NELEM(noise))];
		l = strlen(w);
		if (n + l + 2 >= cap)
			break;
		for (j = 0; j < l; j++)
		{
			char		c = w[j];

			/* random case; now and then a joiner instead of a space */
			if (c >= 'a' && c <= 'z' && unit_randn(4) == 0)
				c = (char) (c - 'a' + 'A');
			if (c == ' ' && unit_randn(6) == 0)
				c = unit_randn(2) ? '-' : '_';
			s[n++] = c;
		}
		if (unit_randn(10) != 0)
			s[n++] = unit_randn(8) == 0 ? '\t' : ' ';
	}
	if (unit_randn(16) == 0 && n + 1 < cap)
		s[n++] = (char) (unit_randn(255) + 1);
	return n;
}

static void
test_grammar(void)
{
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
	CHECK(st("condemn in the strongest terms", "extremely strongly condemn"));
	CHECK(st("not condemn in the strongest terms", "not extremely strongly condemn"));
	CHECK(st("mildly criticise", "mildly condemn"));
	CHECK(st("call on", "appeal"));
	CHECK(st("call-on", "appeal"));
	CHECK(st("impose_sanctions", "sanction"));
	CHECK(st("impose sanctions", "sanction"));
	CHECK(st("future warn", "future warn"));
	CHECK(st("would support", "conditional support"));
	CHECK(st("will not strongly condemn", "future not strongly condemn"));
	CHECK(st("future not extremely strongly condemn", "future not extremely strongly condemn"));
	CHECK(st("  STRONGLY   condemn ", "strongly condemn"));
	CHECK(st("\tcondemn\n", "condemn"));
	CHECK(st("CRITICISE", "condemn"));
	CHECK(st("commitment", "commit"));
	CHECK(st("praise", "praise"));
	CHECK(st("welcome", "praise"));
	CHECK(st("support", "support"));
	CHECK(st("strongly 0874", "strongly 0874"));
	CHECK(st("refuse", "reject"));

	CHECK(st_err("condemnn", sug) == GP_STANCE_ERR_UNKNOWN_WORD && strstr(sug, "condemn") != NULL);
	CHECK(st_err("999", NULL) == GP_STANCE_ERR_UNKNOWN_CODE);
	CHECK(st_err("12345", NULL) == GP_STANCE_ERR_UNKNOWN_CODE);
	CHECK(st_err("1", NULL) == GP_STANCE_ERR_UNKNOWN_CODE);
	CHECK(st_err("106", NULL) == GP_STANCE_OK);		/* the code glued in the reference file */
	CHECK(st_err("", NULL) == GP_STANCE_ERR_EMPTY);
	CHECK(st_err("   ", NULL) == GP_STANCE_ERR_EMPTY);
	CHECK(st_err("strongly", NULL) == GP_STANCE_ERR_NO_STANCE);
	CHECK(st_err("not", NULL) == GP_STANCE_ERR_NO_STANCE);
	CHECK(st_err("refuse to", NULL) == GP_STANCE_ERR_NO_STANCE);
	CHECK(st_err("in the strongest terms", NULL) == GP_STANCE_ERR_NO_STANCE);
	CHECK(st_err("condemn loudly", NULL) == GP_STANCE_ERR_TRAILING);
	CHECK(st_err("condemn strongly", NULL) == GP_STANCE_ERR_TRAILING);
	CHECK(st_err("111x", NULL) == GP_STANCE_ERR_UNKNOWN_WORD);
	CHECK(st_err("concren", sug) == GP_STANCE_ERR_UNKNOWN_WORD && strstr(sug, "concern") != NULL);

	/* issue 11, item 10: contradictions and stray characters are refused */
	CHECK(st_err("-111", NULL) == GP_STANCE_ERR_JOINER);
	CHECK(st_err("111-", NULL) == GP_STANCE_ERR_JOINER);
	CHECK(st_err("strongly--condemn", NULL) == GP_STANCE_ERR_JOINER);
	CHECK(st_err("strongly -condemn", NULL) == GP_STANCE_ERR_JOINER);
	CHECK(st_err("0-874", NULL) == GP_STANCE_ERR_JOINER);
	CHECK(st_err("not not condemn", NULL) == GP_STANCE_ERR_REPEATED);
	CHECK(st_err("did not not condemn", NULL) == GP_STANCE_ERR_REPEATED);
	CHECK(st_err("refused to not condemn", NULL) == GP_STANCE_ERR_REPEATED);
	CHECK(st_err("strongly mildly condemn", NULL) == GP_STANCE_ERR_REPEATED);
	CHECK(st_err("strongly strongly condemn", NULL) == GP_STANCE_ERR_REPEATED);
	CHECK(st_err("extremely mildly condemn", NULL) == GP_STANCE_ERR_REPEATED);
	CHECK(st_err("strongly condemn in the strongest terms", NULL) == GP_STANCE_ERR_REPEATED);
	CHECK(st_err("mildly condemn in the strongest possible terms", NULL) == GP_STANCE_ERR_REPEATED);
	CHECK(st_err("future conditional condemn", NULL) == GP_STANCE_ERR_REPEATED);
	CHECK(st_err("will would condemn", NULL) == GP_STANCE_ERR_REPEATED);
	CHECK(st_err("not future condemn", NULL) == GP_STANCE_ERR_ORDER);
	CHECK(st_err("strongly not condemn", NULL) == GP_STANCE_ERR_ORDER);
	CHECK(st_err("strongly will condemn", NULL) == GP_STANCE_ERR_ORDER);
	CHECK(st_err("will did not condemn", NULL) == GP_STANCE_ERR_TENSE);
	CHECK(st_err("would refused to condemn", NULL) == GP_STANCE_ERR_TENSE);
	CHECK(st("will refuse to condemn", "future not condemn"));
	CHECK(st("may not condemn", "conditional not condemn"));
	CHECK(st_err("c\"o\"n\"d\"e\"m\"n", NULL) == GP_STANCE_ERR_QUOTE);
	CHECK(st_err("'condemn'", NULL) == GP_STANCE_ERR_QUOTE);
	CHECK(st_err("\"condemn\"", NULL) == GP_STANCE_ERR_QUOTE);

	CHECK(strcmp(st_detail("not not condemn"), "\"not\" is given twice: a stance has one negation.") == 0);
	CHECK(strcmp(st_detail("strongly mildly condemn"),
				  "\"strongly\" and \"mildly\" are both intensities: a stance has one.") == 0);
	CHECK(strcmp(st_detail("future conditional condemn"),
				  "\"future\" and \"conditional\" are both moods: a stance has one.") == 0);
	CHECK(strcmp(st_detail("strongly condemn in the strongest terms"),
				  "\"in the strongest terms\" and \"strongly\" are both intensities: a stance has one.") == 0);
	CHECK(strcmp(st_detail("refused to not condemn"),
				  "\"refused to\" and \"not\" are both negations (a double negation): a stance has one.") == 0);
	CHECK(strcmp(st_detail("not future condemn"),
				  "The mood \"future\" comes after the negation \"not\": write the mood, then the negation, then the intensity (\"future not strongly condemn\").") == 0);
	CHECK(strcmp(st_detail("will did not condemn"),
				  "\"did not\" states a fact and takes no mood such as \"will\": write \"will not\" (\"will not condemn\").") == 0);
	CHECK(strcmp(st_detail("-111"),
				  "\"-\" at position 1 joins no two words: a hyphen or underscore may only stand between two letters (\"call-on\").") == 0);
	CHECK(strcmp(st_detail("c\"o\"n\"d\"e\"m\"n"),
				  "Quotation mark at position 2: quotation marks are not part of a stance.") == 0);
	CHECK(strcmp(st_detail("\xC3\xA9\xC3\xA9 'condemn'"),
				  "Quotation mark at position 4: quotation marks are not part of a stance.") == 0);
	CHECK(strcmp(st_detail("condemnn"), "\"condemnn\" is not a stance name.") == 0);
	CHECK(strcmp(st_detail("not strongly"), "\"not strongly\" modifies a stance but names none.") == 0);
}

/* issue 11, item 9: long non-ASCII words are quoted whole characters only */
static void
test_details_cut(void)
{
	long		bad = 0;
	int			len,
				unit;
	static const char *units[] = {"\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "a\xC3\xA9"};

	for (unit = 0; unit < (int) NELEM(units); unit++)
		for (len = 1; len <= 120; len++)
		{
			char		in[600],
						det[GP_STANCE_DETAIL_BUFSIZE];
			size_t		n = 0,
						ul = strlen(units[unit]);
			gp_stance	s;
			gp_stance_error e;
			int			k;

			/* one word, then the same after a stance (a trailing word) */
			for (k = 0; k < len && n + ul + 8 <= 128; k++, n += ul)
				memcpy(in + 8 + n, units[unit], ul);
			memcpy(in, "condemn ", 8);
			if (gp_stance_parse(in + 8, n, &s, &e) || e.code != GP_STANCE_ERR_UNKNOWN_WORD)
				bad++;
			else
			{
				gp_stance_error_detail(&e, in + 8, n, det, sizeof(det), NULL);
				bad += !valid_utf8(det, strlen(det)) || strlen(det) + 1 >= sizeof(det);
			}
			if (gp_stance_parse(in, n + 8, &s, &e) || e.code != GP_STANCE_ERR_TRAILING)
				bad++;
			else
			{
				gp_stance_error_detail(&e, in, n + 8, det, sizeof(det), NULL);
				bad += !valid_utf8(det, strlen(det));
			}
		}
	PROPERTY("details with long non-ASCII words are valid UTF-8", bad);
}

/* issue 11, item 10: case folding is ASCII, whatever the locale */
static void
test_locale(void)
{
	static const char *names[] = {"tr_TR.ISO-8859-9", "tr_TR.iso88599", "tr_TR.UTF-8", "tr_TR.utf8", NULL};
	int			i;

	for (i = 0; names[i]; i++)
		if (setlocale(LC_CTYPE, names[i]) != NULL)
			break;
	if (names[i] == NULL)
	{
		printf("unit/stance: no Turkish locale here (LOCPATH), locale check skipped\n");
		return;
	}
	/* in Turkish, tolower('I') is a dotless i: a locale-aware parser
	 * refuses CRITICISE and DISAPPROVE */
	CHECK(st("CRITICISE", "condemn"));
	CHECK(gp_stance_class_parse("disapprove", 10) == GP_CLASS_DISAPPROVE);
	setlocale(LC_CTYPE, "C");
}

static void
test_model(long iterations, time_t deadline)
{
	long		bad_code = 0,
				bad_value = 0,
				bad_rt = 0,
				bad_detail = 0,
				accepted = 0,
				i;

	for (i = 0; i < iterations || (deadline && ((i & 4095) != 0 || time(NULL) < deadline)); i++)
	{
		char		s[300];
		size_t		n = random_literal(s, sizeof(s));
		gp_stance	v = 0,
					mv = 0;
		gp_stance_error e;
		gp_stance_errcode mc = model_parse(s, n, &mv);
		bool		ok = gp_stance_parse(s, n, &v, &e);

		if ((ok ? GP_STANCE_OK : e.code) != mc)
		{
			if (bad_code++ < 5)
				fprintf(stderr, "  model: \"%.*s\": parser %d, model %d\n", (int) n, s,
						ok ? 0 : (int) e.code, (int) mc);
			continue;
		}
		if (ok)
		{
			char		out[GP_STANCE_TEXT_BUFSIZE];
			gp_stance	w;

			accepted++;
			if (v != mv)
				bad_value++;
			gp_stance_format(v, out);
			if (!gp_stance_parse(out, strlen(out), &w, NULL) || w != v || !gp_stance_is_valid(v))
				bad_rt++;
		}
		else
		{
			char		det[GP_STANCE_DETAIL_BUFSIZE];

			gp_stance_error_detail(&e, s, n, det, sizeof(det), NULL);
			if (det[0] == '\0' || strlen(det) + 1 >= sizeof(det) ||
				(valid_utf8(s, n) && !valid_utf8(det, strlen(det))))
				bad_detail++;
		}
	}
	PROPERTY("parser and model agree on accept/reject and the error", bad_code);
	PROPERTY("parser and model agree on the value", bad_value);
	PROPERTY("accepted literals round-trip", bad_rt);
	PROPERTY("errors explained, valid UTF-8, never truncated", bad_detail);
	CHECK_MSG(accepted > i / 20, "%ld of %ld random literals accepted", accepted, i);
	if (deadline)
		printf("unit/stance: %ld random literals checked against the model, %ld accepted\n", i, accepted);
}

/*
 * Binary input accepts exactly the values text input gives: the values of
 * every (code, intensity, negation, mood) written as text, and no other of
 * the 2^20 patterns of the used bits, nor any value with an unused bit.
 */
static void
test_binary(long iterations)
{
	static unsigned char from_text[1 << 20];
	static const char *moods[] = {"", "future ", "conditional "};
	static const char *negs[] = {"", "not "};
	static const char *ints[] = {"mildly ", "", "strongly ", "extremely strongly "};
	long		bad = 0,
				ntext = 0,
				nbin = 0,
				i;
	size_t		c;

	memset(from_text, 0, sizeof(from_text));
	for (c = 0; c < gp_cameo_event_count; c++)
	{
		int			m,
					g,
					k;

		for (m = 0; m < 3; m++)
			for (g = 0; g < 2; g++)
				for (k = 0; k < 4; k++)
				{
					char		lit[96];
					gp_stance	v;

					snprintf(lit, sizeof(lit), "%s%s%s%s", moods[m], negs[g], ints[k],
							 gp_cameo_events[c].code);
					if (!gp_stance_parse(lit, strlen(lit), &v, NULL) || (v & 0xFFF) != 0)
					{
						bad++;
						continue;
					}
					if (!from_text[v >> 12])
						ntext++;
					from_text[v >> 12] = 1;
				}
	}
	for (i = 0; i < (1 << 20); i++)
	{
		char		data[GP_STANCE_SEND_SIZE];
		gp_stance	v = (gp_stance) i << 12,
					w;

		gp_stance_send(v, data);
		if (gp_stance_recv(data, sizeof(data), &w, NULL))
		{
			nbin++;
			if (!from_text[i] || w != v)
				bad++;
		}
		else if (from_text[i])
			bad++;
	}
	/* unused bits, wrong sizes, versions */
	for (i = 0; i < iterations; i++)
	{
		gp_stance	v = (gp_stance) unit_rand();
		char		data[8];
		size_t		n;
		gp_stance_error e;
		char		det[GP_STANCE_DETAIL_BUFSIZE];
		gp_stance	w;
		bool		ok;

		gp_stance_send(v, data);
		n = GP_STANCE_SEND_SIZE;
		if (unit_randn(8) == 0)
			n = unit_randn(8);
		if (unit_randn(16) == 0)
			data[0] = (char) unit_randn(4);
		ok = gp_stance_recv(data, n, &w, &e);
		if (ok != (n == GP_STANCE_SEND_SIZE && data[0] == 1 && (v & 0xFFF) == 0 && from_text[v >> 12]))
			bad++;
		if (!ok)
		{
			gp_stance_error_detail(&e, data, n, det, sizeof(det), NULL);
			bad += det[0] == '\0';
		}
	}
	PROPERTY("recv accepts exactly the values text input gives", bad);
	CHECK_MSG(ntext == 311 * 24 && nbin == ntext, "%ld values from text, %ld from binary", ntext, nbin);
}

int
main(int argc, char **argv)
{
	long		fuzz = argc > 1 ? atol(argv[1]) : 200000,
				bad = 0,
				i;
	const char *seconds = getenv("GEOPOL_FUZZ_SECONDS");

	test_grammar();
	test_details_cut();
	test_locale();

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
	CHECK(gp_stance_class_parse("DisApprove", 10) == GP_CLASS_DISAPPROVE);
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
					t = 0;
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
	/* the model's vocabulary is the parser's */
	bad = 0;
	for (i = 0; i < (long) NELEM(M_NAMES); i++)
	{
		gp_stance	v,
					w;

		if (!gp_stance_parse(M_NAMES[i].phrase, strlen(M_NAMES[i].phrase), &v, NULL) ||
			!gp_stance_make(M_NAMES[i].code, 0, false, 0, &w) || v != w)
			bad++;
	}
	PROPERTY("every documented name reads as its code", bad);

	test_binary(fuzz / 10 + 1000);

	/* random literals against the model: GEOPOL_FUZZ iterations, or for
	 * GEOPOL_FUZZ_SECONDS seconds (long runs by hand) */
	test_model(fuzz, seconds && atol(seconds) > 0 ? time(NULL) + atol(seconds) : 0);
	return unit_report("unit/stance");
}
