/*
 * stance.c -- the stance type: parsing, formatting, CAMEO facts.
 * See stance.h for the encoding and the grammar.
 */
#include "stance.h"

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
	int			kind;			/* GP_MOD_MOOD, GP_MOD_NEGATION, GP_MOD_INTENSITY */
	int			value;			/* the mood, the intensity, or for a
								 * negation 2 when it has a tense */
} modifier;

static const modifier modifiers[] = {
	{"future", GP_MOD_MOOD, GP_MOOD_FUTURE}, {"will", GP_MOD_MOOD, GP_MOOD_FUTURE},
	{"conditional", GP_MOD_MOOD, GP_MOOD_CONDITIONAL}, {"would", GP_MOD_MOOD, GP_MOOD_CONDITIONAL},
	{"could", GP_MOD_MOOD, GP_MOOD_CONDITIONAL}, {"may", GP_MOD_MOOD, GP_MOOD_CONDITIONAL},
	/* value 2: a negation with its own tense, which takes no mood */
	{"did not", GP_MOD_NEGATION, 2}, {"does not", GP_MOD_NEGATION, 2}, {"do not", GP_MOD_NEGATION, 2},
	{"refused to", GP_MOD_NEGATION, 2}, {"refuse to", GP_MOD_NEGATION, 1},
	{"not", GP_MOD_NEGATION, 1}, {"no", GP_MOD_NEGATION, 1},
	{"extremely strongly", GP_MOD_INTENSITY, 2}, {"very strongly", GP_MOD_INTENSITY, 2},
	{"most strongly", GP_MOD_INTENSITY, 2}, {"extremely", GP_MOD_INTENSITY, 2},
	{"extreme", GP_MOD_INTENSITY, 2},
	{"strongly", GP_MOD_INTENSITY, 1}, {"strong", GP_MOD_INTENSITY, 1},
	{"deeply", GP_MOD_INTENSITY, 1}, {"deep", GP_MOD_INTENSITY, 1},
	{"seriously", GP_MOD_INTENSITY, 1}, {"serious", GP_MOD_INTENSITY, 1},
	{"gravely", GP_MOD_INTENSITY, 1}, {"grave", GP_MOD_INTENSITY, 1},
	{"firmly", GP_MOD_INTENSITY, 1}, {"firm", GP_MOD_INTENSITY, 1},
	{"sharply", GP_MOD_INTENSITY, 1}, {"sharp", GP_MOD_INTENSITY, 1},
	{"mildly", GP_MOD_INTENSITY, -1}, {"mild", GP_MOD_INTENSITY, -1},
	{"slightly", GP_MOD_INTENSITY, -1}, {"somewhat", GP_MOD_INTENSITY, -1},
	{NULL, 0, 0}
};

static const char *const strongest[] = {
	"in the strongest possible terms", "in the strongest terms", NULL
};

static const char *const class_names[GP_CLASS_COUNT] = {
	"COMMENT", "CONCERN", "REQUEST", "SUPPORT", "CONSULT", "COOPERATE", "INVESTIGATE",
	"DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "FORCE"
};

/* ASCII-only case folding: the result must not depend on the locale
 * (stance input is IMMUTABLE), and bytes of multibyte characters stay as
 * they are */
static inline unsigned char
ascii_lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c + ('a' - 'A')) : c;
}

static inline unsigned char
ascii_upper(unsigned char c)
{
	return (c >= 'a' && c <= 'z') ? (unsigned char) (c - ('a' - 'A')) : c;
}

static inline bool
ascii_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

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
			if (ascii_upper((unsigned char) s[k]) != class_names[i][k])
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

static bool
sfail_at(gp_stance_error *err, gp_stance_errcode code, size_t pos)
{
	sfail(err, code, NULL, 0);
	if (err)
		err->pos = pos;
	return false;
}

/* two modifiers: word (kind) comes after word2 (kind2) */
static bool
sfail_pair(gp_stance_error *err, gp_stance_errcode code, const char *word, size_t wlen,
		   int kind, const char *word2, size_t wlen2, int kind2)
{
	sfail(err, code, word, wlen);
	if (err)
	{
		if (wlen2 >= sizeof(err->word2))
			wlen2 = sizeof(err->word2) - 1;
		memcpy(err->word2, word2, wlen2);
		err->word2[wlen2] = '\0';
		err->kind = kind;
		err->kind2 = kind2;
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

/*
 * The parser works on a normalised copy: ASCII letters in lower case, one
 * space between words.  The normalisation refuses quotation marks and
 * hyphens or underscores that join no two letters, so that every
 * accepted text is words of the grammar and nothing else.
 */
bool
gp_stance_parse(const char *s, size_t len, gp_stance *out, gp_stance_error *err)
{
	const unsigned char *u = (const unsigned char *) s;
	const unsigned char *nul = memchr(u, '\0', len);
	char		t[GP_STANCE_MAX_LEN + 1];
	size_t		n = 0,
				b = 0,
				e = nul ? (size_t) (nul - u) : len,
				i,
				m;
	const char *p;
	int			intensity = 0,
				mood = GP_MOOD_FACTUAL,
				last_kind = -1;
	bool		negated = false;
	/* the modifier given for each kind: where it is in t, and its length */
	const char *seen[3] = {NULL, NULL, NULL};
	size_t		seen_len[3] = {0, 0, 0};
	const char *code = NULL;
	char		codebuf[5];

	while (b < e && gp_is_blank(u[b]))
		b++;
	while (e > b && gp_is_blank(u[e - 1]))
		e--;
	if (b == e)
		return sfail(err, GP_STANCE_ERR_EMPTY, NULL, 0);
	if (e - b > GP_STANCE_MAX_LEN)
	{
		sfail(err, GP_STANCE_ERR_TOO_LONG, NULL, 0);
		if (err)
			err->pos = e - b;
		return false;
	}

	for (i = b; i < e; i++)
	{
		unsigned char c = u[i];

		if (c == '"' || c == '\'')
			return sfail_at(err, GP_STANCE_ERR_QUOTE, i);
		if (c == '-' || c == '_')
		{
			if (i == b || i + 1 == e || !ascii_letter(u[i - 1]) || !ascii_letter(u[i + 1]))
				return sfail_at(err, GP_STANCE_ERR_JOINER, i);
			t[n++] = ' ';
		}
		else if (gp_is_blank(c))
		{
			if (t[n - 1] != ' ')	/* n > 0: u[b] is no blank */
				t[n++] = ' ';
		}
		else
			t[n++] = (char) ascii_lower(c);
	}
	t[n] = '\0';

	/* a trailing "in the strongest (possible) terms" is an intensity */
	for (i = 0; strongest[i]; i++)
	{
		m = strlen(strongest[i]);
		if (n >= m && strcmp(t + n - m, strongest[i]) == 0 && (n == m || t[n - m - 1] == ' '))
		{
			if (n == m)
				return sfail(err, GP_STANCE_ERR_NO_STANCE, t, n);
			intensity = 2;
			seen[GP_MOD_INTENSITY] = strongest[i];
			seen_len[GP_MOD_INTENSITY] = m;
			n -= m + 1;
			t[n] = '\0';
			break;
		}
	}

	/* leading modifiers: each kind once, mood before negation before
	 * intensity; the longest phrase that matches */
	p = t;
	for (;;)
	{
		int			best = -1;
		size_t		best_len = 0;
		int			kind;

		for (i = 0; modifiers[i].word; i++)
			if ((m = starts_with_phrase(p, modifiers[i].word)) > best_len)
			{
				best = (int) i;
				best_len = m;
			}
		if (best < 0)
			break;
		kind = modifiers[best].kind;
		if (seen[kind] != NULL)
			return sfail_pair(err, GP_STANCE_ERR_REPEATED, p, best_len, kind,
							  seen[kind], seen_len[kind], kind);
		if (kind < last_kind)
			return sfail_pair(err, GP_STANCE_ERR_ORDER, p, best_len, kind,
							  seen[last_kind], seen_len[last_kind], last_kind);
		if (kind == GP_MOD_NEGATION && modifiers[best].value == 2 && seen[GP_MOD_MOOD] != NULL)
			return sfail_pair(err, GP_STANCE_ERR_TENSE, p, best_len, kind,
							  seen[GP_MOD_MOOD], seen_len[GP_MOD_MOOD], GP_MOD_MOOD);
		seen[kind] = p;
		seen_len[kind] = best_len;
		last_kind = kind;
		if (kind == GP_MOD_MOOD)
			mood = modifiers[best].value;
		else if (kind == GP_MOD_NEGATION)
			negated = true;
		else
			intensity = modifiers[best].value;
		p += best_len;
		if (*p == ' ')
			p++;
	}
	if (*p == '\0')
		return sfail(err, GP_STANCE_ERR_NO_STANCE, t, strlen(t));

	/* the stance: a code (a word of digits) or a name (longest match) */
	m = strcspn(p, " ");
	if (strspn(p, "0123456789") == m)
	{
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
			m = starts_with_phrase(p, words[i].word);
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
	if (*p == ' ')
		p++;
	if (*p != '\0')
		return sfail(err, GP_STANCE_ERR_TRAILING, p, strlen(p));
	return gp_stance_make(code, intensity, negated, mood, out);
}

static const char *const kind_names[3] = {"mood", "negation", "intensity"};

char *
gp_stance_error_detail(const gp_stance_error *err, const char *s, size_t len,
					   char *buf, size_t size, gp_mblen_fn mblen)
{
	/* words are quoted up to GP_QUOTE_MAX bytes, cut between characters */
	int			w = (int) gp_clip(err->word, strlen(err->word), GP_QUOTE_MAX, mblen);
	const char *more = (size_t) w < strlen(err->word) ? "..." : "";

	switch (err->code)
	{
		case GP_STANCE_OK:
			snprintf(buf, size, "No error.");
			break;
		case GP_STANCE_ERR_EMPTY:
			snprintf(buf, size, "A stance cannot be empty.");
			break;
		case GP_STANCE_ERR_UNKNOWN_CODE:
			snprintf(buf, size, "\"%.*s\"%s is not a CAMEO event code.", w, err->word, more);
			break;
		case GP_STANCE_ERR_UNKNOWN_WORD:
			snprintf(buf, size, "\"%.*s\"%s is not a stance name.", w, err->word, more);
			break;
		case GP_STANCE_ERR_NO_STANCE:
			snprintf(buf, size, "\"%.*s\"%s modifies a stance but names none.", w, err->word, more);
			break;
		case GP_STANCE_ERR_TRAILING:
			snprintf(buf, size, "Unexpected words after the stance: \"%.*s\"%s", w, err->word,
					 more[0] ? "..." : ".");
			break;
		case GP_STANCE_ERR_TOO_LONG:
			snprintf(buf, size, "The text has %zu bytes; a stance has at most %d.",
					 err->pos, GP_STANCE_MAX_LEN);
			break;
		case GP_STANCE_ERR_QUOTE:
			snprintf(buf, size, "Quotation mark at position %zu: quotation marks are not part of a stance.",
					 gp_charpos(s, len, err->pos, mblen));
			break;
		case GP_STANCE_ERR_JOINER:
			snprintf(buf, size, "\"%c\" at position %zu joins no two words: a hyphen or underscore may only stand between two letters (\"call-on\").",
					 err->pos < len ? s[err->pos] : '-', gp_charpos(s, len, err->pos, mblen));
			break;
		case GP_STANCE_ERR_REPEATED:
			if (strcmp(err->word, err->word2) == 0)
				snprintf(buf, size, "\"%s\" is given twice: a stance has one %s.",
						 err->word, kind_names[err->kind]);
			else
				snprintf(buf, size, "\"%s\" and \"%s\" are both %s%s: a stance has one.",
						 err->word2, err->word, err->kind == GP_MOD_MOOD ? "moods" :
						 err->kind == GP_MOD_NEGATION ? "negations" : "intensities",
						 err->kind == GP_MOD_NEGATION ? " (a double negation)" : "");
			break;
		case GP_STANCE_ERR_ORDER:
			snprintf(buf, size, "The %s \"%s\" comes after the %s \"%s\": write the mood, then the negation, then the intensity (\"future not strongly condemn\").",
					 kind_names[err->kind], err->word, kind_names[err->kind2], err->word2);
			break;
		case GP_STANCE_ERR_TENSE:
			snprintf(buf, size, "\"%s\" states a fact and takes no mood such as \"%s\": write \"%s not\" (\"will not condemn\").",
					 err->word, err->word2, err->word2);
			break;
		case GP_STANCE_ERR_VERSION:
			if (err->value > 255)
				snprintf(buf, size, "The value is empty: the binary form starts with a version byte (%d).",
						 GP_STANCE_BINARY_VERSION);
			else
				snprintf(buf, size, "Binary format version %u is unknown; this geopol reads version %d.",
						 (unsigned) err->value, GP_STANCE_BINARY_VERSION);
			break;
		case GP_STANCE_ERR_SIZE:
			snprintf(buf, size, "%zu bytes follow the version byte; a stance has 4.", err->pos);
			break;
		case GP_STANCE_ERR_VALUE:
			snprintf(buf, size, "0x%08X is no stance: it names no CAMEO code, or its intensity, negation or mood is out of range.",
					 (unsigned) err->value);
			break;
	}
	return buf;
}

bool
gp_stance_recv(const char *data, size_t len, gp_stance *out, gp_stance_error *err)
{
	const unsigned char *u = (const unsigned char *) data;
	gp_stance	v;

	if (len == 0 || u[0] != GP_STANCE_BINARY_VERSION)
	{
		sfail(err, GP_STANCE_ERR_VERSION, NULL, 0);
		if (err)
			err->value = len == 0 ? 256 : u[0];
		return false;
	}
	if (len != GP_STANCE_SEND_SIZE)
	{
		sfail(err, GP_STANCE_ERR_SIZE, NULL, 0);
		if (err)
			err->pos = len - 1;
		return false;
	}
	v = ((gp_stance) u[1] << 24) | ((gp_stance) u[2] << 16) | ((gp_stance) u[3] << 8) | u[4];
	if (!gp_stance_is_valid(v))
	{
		sfail(err, GP_STANCE_ERR_VALUE, NULL, 0);
		if (err)
			err->value = v;
		return false;
	}
	*out = v;
	return true;
}

size_t
gp_stance_send(gp_stance s, char *buf)
{
	buf[0] = (char) GP_STANCE_BINARY_VERSION;
	buf[1] = (char) (s >> 24);
	buf[2] = (char) (s >> 16);
	buf[3] = (char) (s >> 8);
	buf[4] = (char) s;
	return GP_STANCE_SEND_SIZE;
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
