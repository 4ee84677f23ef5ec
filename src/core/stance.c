/*
 * stance.c -- the stance type: parsing, formatting, CAMEO facts.
 * See stance.h for the encoding and the grammar.
 */
#include "stance.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define KEY_SHIFT	18
#define INT_SHIFT	15
#define NEG_BIT		(1u << 14)
#define MOOD_SHIFT	12
#define USED_BITS	0xFFFFF000u

/* ---- friendly names ----
 * The first entry for a code is its canonical name; the others are
 * accepted on input (verbs, nouns, British and American spellings).
 */
typedef struct stance_word
{
	const char *word;
	const char *code;
} stance_word;

static const stance_word words[] = {
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
	{NULL, NULL}
};

typedef struct modifier
{
	const char *word;
	int			intensity;		/* -9 = not an intensity */
	int			neg;			/* 1 = negation */
	int			mood;			/* -1 = not a mood */
} modifier;

static const modifier modifiers[] = {
	{"extremely strongly", 2, 0, -1}, {"very strongly", 2, 0, -1}, {"most strongly", 2, 0, -1},
	{"extremely", 2, 0, -1}, {"extreme", 2, 0, -1},
	{"strongly", 1, 0, -1}, {"strong", 1, 0, -1}, {"deeply", 1, 0, -1}, {"deep", 1, 0, -1},
	{"seriously", 1, 0, -1}, {"serious", 1, 0, -1}, {"gravely", 1, 0, -1}, {"grave", 1, 0, -1},
	{"firmly", 1, 0, -1}, {"firm", 1, 0, -1}, {"sharply", 1, 0, -1}, {"sharp", 1, 0, -1},
	{"mildly", -1, 0, -1}, {"mild", -1, 0, -1}, {"slightly", -1, 0, -1}, {"somewhat", -1, 0, -1},
	{"did not", -9, 1, -1}, {"does not", -9, 1, -1}, {"do not", -9, 1, -1}, {"refused to", -9, 1, -1},
	{"refuse to", -9, 1, -1}, {"not", -9, 1, -1}, {"no", -9, 1, -1},
	{"future", -9, 0, GP_MOOD_FUTURE}, {"will", -9, 0, GP_MOOD_FUTURE},
	{"conditional", -9, 0, GP_MOOD_CONDITIONAL}, {"would", -9, 0, GP_MOOD_CONDITIONAL},
	{"could", -9, 0, GP_MOOD_CONDITIONAL}, {"may", -9, 0, GP_MOOD_CONDITIONAL},
	{NULL, 0, 0, 0}
};

static const char *const strongest[] = {
	"in the strongest possible terms", "in the strongest terms", NULL
};

static const char *const class_names[GP_CLASS_COUNT] = {
	"COMMENT", "CONCERN", "REQUEST", "SUPPORT", "CONSULT", "COOPERATE", "INVESTIGATE",
	"DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "FORCE"
};

/* ---- the code key ---- */

static int
code_key(const char *code, size_t len)
{
	int			key = 0;
	size_t		i;

	for (i = 0; i < 4; i++)
		key = key * 11 + (i < len ? (code[i] - '0') + 1 : 0);
	return key;
}

static size_t
key_code(int key, char *buf)
{
	int			d[4],
				i;
	size_t		n = 0;

	for (i = 3; i >= 0; i--)
	{
		d[i] = key % 11;
		key /= 11;
	}
	for (i = 0; i < 4 && d[i] > 0; i++)
		buf[n++] = (char) ('0' + d[i] - 1);
	buf[n] = '\0';
	return n;
}

static const gp_cameo_event *
find_event(const char *code, size_t len)
{
	size_t		lo = 0,
				hi = gp_cameo_event_count;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		const char *c = gp_cameo_events[mid].code;
		size_t		clen = strlen(c);
		int			r = strncmp(c, code, len < clen ? len : clen);

		if (r == 0)
			r = clen < len ? -1 : (clen > len ? 1 : 0);
		if (r == 0)
			return &gp_cameo_events[mid];
		if (r < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool
gp_stance_make(const char *code, int intensity, bool negated, int mood, gp_stance *out)
{
	size_t		len = strlen(code);

	if (len < 2 || len > 4 || find_event(code, len) == NULL)
		return false;
	if (intensity < -1 || intensity > 2 || mood < 0 || mood > 2)
		return false;
	*out = ((gp_stance) code_key(code, len) << KEY_SHIFT)
		| ((gp_stance) (intensity + 1) << INT_SHIFT)
		| (negated ? NEG_BIT : 0)
		| ((gp_stance) mood << MOOD_SHIFT);
	return true;
}

bool
gp_stance_is_valid(gp_stance s)
{
	char		code[5];
	gp_stance	t;

	if (s & ~USED_BITS)
		return false;
	key_code((int) (s >> KEY_SHIFT), code);
	return gp_stance_make(code, gp_stance_intensity(s), gp_stance_negated(s),
						  gp_stance_mood(s), &t) && t == s;
}

size_t
gp_stance_code(gp_stance s, char *buf)
{
	return key_code((int) (s >> KEY_SHIFT), buf);
}

int
gp_stance_intensity(gp_stance s)
{
	return (int) ((s >> INT_SHIFT) & 7) - 1;
}

bool
gp_stance_negated(gp_stance s)
{
	return (s & NEG_BIT) != 0;
}

int
gp_stance_mood(gp_stance s)
{
	return (int) ((s >> MOOD_SHIFT) & 3);
}

const gp_cameo_event *
gp_stance_event(gp_stance s)
{
	char		code[5];
	size_t		n = gp_stance_code(s, code);

	return find_event(code, n);
}

const char *
gp_stance_name(gp_stance s)
{
	char		code[5];
	int			i;

	gp_stance_code(s, code);
	for (i = 0; words[i].word; i++)
		if (strcmp(words[i].code, code) == 0)
			return words[i].word;
	return NULL;
}

gp_stance_class
gp_stance_class_of(gp_stance s)
{
	char		c[5];
	int			root;

	gp_stance_code(s, c);
	root = (c[0] - '0') * 10 + (c[1] - '0');
	switch (root)
	{
		case 1:
			if (c[2] == '2')
				return GP_CLASS_CONCERN;
			if (c[2] == '8' || c[2] == '9')
				return GP_CLASS_SUPPORT;
			return GP_CLASS_COMMENT;
		case 2:
		case 10:
			return GP_CLASS_REQUEST;
		case 3:
		case 5:
		case 7:
			return GP_CLASS_SUPPORT;
		case 4:
			return GP_CLASS_CONSULT;
		case 6:
		case 8:
			return GP_CLASS_COOPERATE;
		case 9:
			return GP_CLASS_INVESTIGATE;
		case 11:
			return GP_CLASS_DISAPPROVE;
		case 12:
			return GP_CLASS_REJECT;
		case 13:
			return GP_CLASS_THREATEN;
		case 14:
			return GP_CLASS_PROTEST;
		case 16:
			return GP_CLASS_SANCTION;
		default:
			return GP_CLASS_FORCE;	/* 15, 17-20 */
	}
}

const char *
gp_stance_class_name(gp_stance_class c)
{
	return (c >= 0 && c < GP_CLASS_COUNT) ? class_names[c] : "";
}

int
gp_stance_class_parse(const char *s, size_t len)
{
	int			i;

	for (i = 0; i < GP_CLASS_COUNT; i++)
	{
		size_t		n = strlen(class_names[i]);
		size_t		k;

		if (n != len)
			continue;
		for (k = 0; k < n; k++)
			if (toupper((unsigned char) s[k]) != class_names[i][k])
				break;
		if (k == n)
			return i;
	}
	return -1;
}

double
gp_stance_goldstein(gp_stance s)
{
	const gp_cameo_event *e = gp_stance_event(s);

	/* Goldstein rates the event type; intensity does not change it; a
	 * negated stance is no event of that type, and weighs 0 */
	if (e == NULL || gp_stance_negated(s))
		return 0.0;
	return e->goldstein;
}

int
gp_stance_polarity(gp_stance s)
{
	double		g = gp_stance_goldstein(s);

	return g > 0 ? 1 : (g < 0 ? -1 : 0);
}

int
gp_stance_quad(gp_stance s)
{
	char		c[5];
	int			root;

	gp_stance_code(s, c);
	root = (c[0] - '0') * 10 + (c[1] - '0');
	return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

bool
gp_stance_contains(gp_stance a, gp_stance b)
{
	char		ca[5],
				cb[5];
	size_t		na = gp_stance_code(a, ca);

	gp_stance_code(b, cb);
	if (strncmp(ca, cb, na) != 0)
		return false;
	if (gp_stance_negated(a) != gp_stance_negated(b) || gp_stance_mood(a) != gp_stance_mood(b))
		return false;
	return gp_stance_intensity(a) == 0 || gp_stance_intensity(a) == gp_stance_intensity(b);
}

/* ---- text ---- */

size_t
gp_stance_format(gp_stance s, char *buf)
{
	char		code[5];
	const char *name = gp_stance_name(s);
	int			in = gp_stance_intensity(s);

	gp_stance_code(s, code);
	return (size_t) snprintf(buf, GP_STANCE_TEXT_BUFSIZE, "%s%s%s%s",
							 gp_stance_mood(s) == GP_MOOD_FUTURE ? "future " :
							 gp_stance_mood(s) == GP_MOOD_CONDITIONAL ? "conditional " : "",
							 gp_stance_negated(s) ? "not " : "",
							 in == -1 ? "mildly " : in == 1 ? "strongly " : in == 2 ? "extremely strongly " : "",
							 name ? name : code);
}

static int
levenshtein(const char *a, const char *b)
{
	int			la = (int) strlen(a),
				lb = (int) strlen(b),
				i,
				j;
	int			row[40];

	if (la > 38 || lb > 38)
		return 99;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++)
	{
		int			prev = row[0],
					tmp;

		row[0] = i;
		for (j = 1; j <= lb; j++)
		{
			int			best = prev + (a[i - 1] != b[j - 1]);

			tmp = row[j];
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = tmp;
		}
	}
	return row[lb];
}

/* the canonical names closest to word, comma separated */
static void
suggest(const char *word, char *out, size_t size)
{
	int			best = 99,
				i;
	size_t		k = 0;

	for (i = 0; word != NULL && words[i].word; i++)
	{
		int			d;

		if (i > 0 && strcmp(words[i].code, words[i - 1].code) == 0)
			continue;			/* canonical names only */
		d = levenshtein(word, words[i].word);
		if (d < best)
			best = d;
	}
	out[0] = '\0';
	if (best > 3)
		best = 99;
	for (i = 0; words[i].word; i++)
	{
		if (i > 0 && strcmp(words[i].code, words[i - 1].code) == 0)
			continue;
		if (best == 99 ? (strcmp(words[i].code, "012") == 0 || strcmp(words[i].code, "111") == 0 ||
						  strcmp(words[i].code, "020") == 0)
			: levenshtein(word, words[i].word) == best)
		{
			int			w = snprintf(out + k, size - k, "%s%s", k ? ", " : "", words[i].word);

			if (w < 0 || (size_t) w >= size - k)
				break;
			k += (size_t) w;
		}
	}
}

static bool
sfail(gp_stance_error *err, gp_stance_errcode code, const char *word, size_t wlen)
{
	if (err)
	{
		memset(err, 0, sizeof(*err));
		err->code = code;
		if (word)
		{
			if (wlen >= sizeof(err->word))
				wlen = sizeof(err->word) - 1;
			memcpy(err->word, word, wlen);
			err->word[wlen] = '\0';
		}
		if (code == GP_STANCE_ERR_UNKNOWN_WORD)
			suggest(err->word, err->suggest, sizeof(err->suggest));
		else if (code == GP_STANCE_ERR_NO_STANCE)
			suggest(NULL, err->suggest, sizeof(err->suggest));	/* the usual ones */
	}
	return false;
}

/* does text t (normalised) start with phrase p followed by a space or end? */
static size_t
starts_with_phrase(const char *t, const char *p)
{
	size_t		n = strlen(p);

	if (strncmp(t, p, n) == 0 && (t[n] == ' ' || t[n] == '\0'))
		return n;
	return 0;
}

bool
gp_stance_parse(const char *s, size_t len, gp_stance *out, gp_stance_error *err)
{
	char		t[128];
	size_t		n = 0,
				i;
	const char *p;
	int			intensity = 0,
				mood = GP_MOOD_FACTUAL;
	bool		negated = false,
				any_modifier = false;
	const char *code = NULL;
	char		codebuf[5];

	/* normalise: lower case, blanks collapsed, quotes dropped */
	for (i = 0; i < len && s[i] != '\0'; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\'')
			continue;
		if (isspace(c) || c == '_' || c == '-')
		{
			if (n > 0 && t[n - 1] != ' ')
				t[n++] = ' ';
		}
		else
			t[n++] = (char) tolower(c);
		if (n >= sizeof(t) - 1)
			return sfail(err, GP_STANCE_ERR_TOO_LONG, s, 20);
	}
	while (n > 0 && t[n - 1] == ' ')
		n--;
	t[n] = '\0';
	if (n == 0)
		return sfail(err, GP_STANCE_ERR_EMPTY, NULL, 0);

	/* trailing "in the strongest possible terms" */
	for (i = 0; strongest[i]; i++)
	{
		size_t		m = strlen(strongest[i]);

		if (n > m && strcmp(t + n - m, strongest[i]) == 0 && t[n - m - 1] == ' ')
		{
			intensity = 2;
			any_modifier = true;
			n -= m + 1;
			t[n] = '\0';
			break;
		}
	}

	/* leading modifiers */
	p = t;
	for (;;)
	{
		size_t		m = 0;

		for (i = 0; modifiers[i].word; i++)
			if ((m = starts_with_phrase(p, modifiers[i].word)) > 0)
				break;
		if (m == 0)
			break;
		any_modifier = true;
		if (modifiers[i].intensity != -9)
			intensity = modifiers[i].intensity;
		if (modifiers[i].neg)
			negated = true;
		if (modifiers[i].mood >= 0)
			mood = modifiers[i].mood;
		p += m;
		if (*p == ' ')
			p++;
	}
	if (*p == '\0')
		return sfail(err, GP_STANCE_ERR_NO_STANCE, t, strlen(t));

	/* the stance: a code or a word (longest match) */
	if (isdigit((unsigned char) *p))
	{
		size_t		m = strspn(p, "0123456789");

		if (m < 2 || m > 4 || find_event(p, m) == NULL)
			return sfail(err, GP_STANCE_ERR_UNKNOWN_CODE, p, m);
		memcpy(codebuf, p, m);
		codebuf[m] = '\0';
		code = codebuf;
		p += m;
	}
	else
	{
		size_t		best = 0;

		for (i = 0; words[i].word; i++)
		{
			size_t		m = starts_with_phrase(p, words[i].word);

			if (m > best)
			{
				best = m;
				code = words[i].code;
			}
		}
		if (best == 0)
			return sfail(err, GP_STANCE_ERR_UNKNOWN_WORD, p, strcspn(p, " "));
		p += best;
	}
	while (*p == ' ')
		p++;
	if (*p != '\0')
		return sfail(err, GP_STANCE_ERR_TRAILING, p, strlen(p));
	(void) any_modifier;
	return gp_stance_make(code, intensity, negated, mood, out);
}

char *
gp_stance_error_detail(const gp_stance_error *err, char *buf, size_t size)
{
	switch (err->code)
	{
		case GP_STANCE_OK:
			snprintf(buf, size, "No error.");
			break;
		case GP_STANCE_ERR_EMPTY:
			snprintf(buf, size, "A stance cannot be empty.");
			break;
		case GP_STANCE_ERR_UNKNOWN_CODE:
			snprintf(buf, size, "\"%s\" is not a CAMEO event code.", err->word);
			break;
		case GP_STANCE_ERR_UNKNOWN_WORD:
			snprintf(buf, size, "\"%s\" is not a stance name.", err->word);
			break;
		case GP_STANCE_ERR_NO_STANCE:
			snprintf(buf, size, "\"%s\" modifies a stance but names none.", err->word);
			break;
		case GP_STANCE_ERR_TRAILING:
			snprintf(buf, size, "Unexpected words after the stance: \"%s\".", err->word);
			break;
		case GP_STANCE_ERR_TOO_LONG:
			snprintf(buf, size, "The text is too long for a stance.");
			break;
	}
	return buf;
}

/* ---- ranges, for index scans ---- */

/* [lo, hi] of the packed values of every stance under code (len 2-4) */
static void
code_range(const char *code, size_t len, gp_stance *lo, gp_stance *hi)
{
	int			klo = code_key(code, len),
				khi = klo,
				i,
				mult = 1;

	/* the missing digits may each be any of 1..10 */
	for (i = 3; i >= (int) len; i--)
	{
		khi += 10 * mult;
		mult *= 11;
	}
	*lo = (gp_stance) klo << KEY_SHIFT;
	/* the largest valid value with that key: every flag and intensity set */
	*hi = ((gp_stance) khi << KEY_SHIFT) | (3u << INT_SHIFT) | NEG_BIT |
		((gp_stance) GP_MOOD_CONDITIONAL << MOOD_SHIFT);
}

bool
gp_stance_what_range(const char *what, size_t len, gp_stance *lo, gp_stance *hi)
{
	static const char *const class_roots[GP_CLASS_COUNT][6] = {
		{"01", NULL}, {"012", NULL}, {"02", "10", NULL}, {"018", "019", "03", "05", "07", NULL},
		{"04", NULL}, {"06", "08", NULL}, {"09", NULL}, {"11", NULL}, {"12", NULL}, {"13", NULL},
		{"14", NULL}, {"16", NULL}, {"15", "17", "18", "19", "20", NULL}
	};
	int			cls = gp_stance_class_parse(what, len);
	gp_stance	s,
				a,
				b;
	int			i;

	if (cls >= 0)
	{
		*lo = UINT32_MAX;
		*hi = 0;
		for (i = 0; class_roots[cls][i]; i++)
		{
			code_range(class_roots[cls][i], strlen(class_roots[cls][i]), &a, &b);
			if (a < *lo)
				*lo = a;
			if (b > *hi)
				*hi = b;
		}
		return true;
	}
	if (!gp_stance_parse(what, len, &s, NULL))
		return false;
	{
		char		code[5];
		size_t		n = gp_stance_code(s, code);

		code_range(code, n, lo, hi);
	}
	return true;
}
