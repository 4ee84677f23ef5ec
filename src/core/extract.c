/*
 * extract.c -- the statement coder.  See extract.h for the overview.
 *
 * Layout of this file:
 *   arena, hash map
 *   tokenizer (UTF-8, folding, stems, word classes)
 *   dictionary (tries of names and lexicon phrases)
 *   sentence analysis (mentions, cues) and the coding rules
 *   article-level passes (coalitions, duplicates)
 */
#include "extract.h"
#include "stance.h"

#include <string.h>

/* ================================================================== */
/* arena                                                               */
/* ================================================================== */

typedef struct gx_block
{
	struct gx_block *next;
	size_t		size;
	size_t		used;
	/* data follows, 16-byte aligned */
} gx_block;

#define BLOCK_HDR	((sizeof(gx_block) + 15) & ~(size_t) 15)
#define BLOCK_MIN	(64 * 1024)

void
gx_arena_init(gx_arena *a, gx_alloc_fn alloc, gx_free_fn release, void *ctx)
{
	memset(a, 0, sizeof(*a));
	a->alloc = alloc;
	a->release = release;
	a->ctx = ctx;
}

void *
gx_alloc(gx_arena *a, size_t size)
{
	gx_block   *b = a->head;
	void	   *p;

	if (a->failed)
		return NULL;
	size = (size + 15) & ~(size_t) 15;
	if (size == 0)
		size = 16;
	if (b == NULL || b->size - b->used < size)
	{
		size_t		want = size > BLOCK_MIN ? size : BLOCK_MIN;

		if (want > SIZE_MAX / 2 ||
			(a->limit && a->total + want + BLOCK_HDR > a->limit))
		{
			a->failed = true;
			return NULL;
		}
		b = a->alloc(want + BLOCK_HDR, a->ctx);
		if (b == NULL)
		{
			a->failed = true;
			return NULL;
		}
		b->size = want;
		b->used = 0;
		b->next = a->head;
		a->head = b;
		a->total += want + BLOCK_HDR;
	}
	p = (char *) b + BLOCK_HDR + b->used;
	b->used += size;
	memset(p, 0, size);
	return p;
}

void
gx_arena_free(gx_arena *a)
{
	gx_block   *b = a->head;

	while (b)
	{
		gx_block   *next = b->next;

		if (a->release)
			a->release(b, a->ctx);
		b = next;
	}
	a->head = NULL;
	a->total = 0;
	a->failed = false;
}

/* grow an arena array: returns the new array (old contents copied) */
static void *
grow(gx_arena *a, void *old, size_t elem, size_t n, size_t *cap)
{
	size_t		ncap = *cap ? *cap * 2 : 16;
	void	   *p;

	if (n < *cap)
		return old;
	p = gx_alloc(a, ncap * elem);
	if (p == NULL)
		return NULL;
	if (old && n)
		memcpy(p, old, n * elem);
	*cap = ncap;
	return p;
}

/* ================================================================== */
/* hash map uint64 -> int32 (open addressing, key 0 = empty)           */
/* ================================================================== */

typedef struct hmap
{
	uint64_t   *keys;
	int32_t    *vals;
	size_t		cap;			/* power of two */
	size_t		n;
} hmap;

static uint64_t
mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x ? x : 1;
}

static bool
hmap_put(gx_arena *a, hmap *m, uint64_t key, int32_t val)
{
	size_t		i;

	key = key ? key : 1;
	if (m->cap == 0 || (m->n + 1) * 4 > m->cap * 3)
	{
		size_t		ncap = m->cap ? m->cap * 2 : 256;
		uint64_t   *nk = gx_alloc(a, ncap * sizeof(uint64_t));
		int32_t    *nv = gx_alloc(a, ncap * sizeof(int32_t));

		if (nk == NULL || nv == NULL)
			return false;
		for (i = 0; i < m->cap; i++)
		{
			if (m->keys[i])
			{
				size_t		j = mix64(m->keys[i]) & (ncap - 1);

				while (nk[j])
					j = (j + 1) & (ncap - 1);
				nk[j] = m->keys[i];
				nv[j] = m->vals[i];
			}
		}
		m->keys = nk;
		m->vals = nv;
		m->cap = ncap;
	}
	i = mix64(key) & (m->cap - 1);
	while (m->keys[i] && m->keys[i] != key)
		i = (i + 1) & (m->cap - 1);
	if (!m->keys[i])
		m->n++;
	m->keys[i] = key;
	m->vals[i] = val;
	return true;
}

static int32_t
hmap_get(const hmap *m, uint64_t key)
{
	size_t		i;

	if (m->cap == 0)
		return -1;
	key = key ? key : 1;
	i = mix64(key) & (m->cap - 1);
	while (m->keys[i])
	{
		if (m->keys[i] == key)
			return m->vals[i];
		i = (i + 1) & (m->cap - 1);
	}
	return -1;
}

/* ================================================================== */
/* tokenizer                                                           */
/* ================================================================== */

/* token flags */
#define T_WORD		0x0001
#define T_CAP		0x0002		/* first letter upper case */
#define T_UPPER		0x0004		/* every letter upper case */
#define T_DIGIT		0x0008		/* starts with a digit */
#define T_QOPEN		0x0010
#define T_QCLOSE	0x0020
#define T_QTOGGLE	0x0040		/* '"': opens or closes */
#define T_QSINGLE	0x0080		/* a single quotation mark: no state */
#define T_NL		0x0100		/* a line break before the token */
#define T_SPACE		0x0200		/* blank before the token */
#define T_ABBR		0x0400		/* '.' of an abbreviation */
#define T_LY		0x0800		/* word ending in -ly: an adverb */
#define T_POSS		0x1000		/* the 's / ' of a possessive */
#define T_GAP		0x2000		/* '*' in a lexicon phrase */
#define T_BREAK		0x4000		/* a bullet: ends a sentence */
#define T_ALLNUM	0x8000		/* only digits */

#define T_QUOTE		(T_QOPEN | T_QCLOSE | T_QTOGGLE | T_QSINGLE)

/* word classes (builtin grammar words), looked up by normalised hash */
#define WC_OF		0x00000001
#define WC_FROM		0x00000002
#define WC_BLOCK	0x00000004	/* a preposition of place or victim */
#define WC_OPEN		0x00000008	/* a preposition that may lead to a target */
#define WC_DET		0x00000010
#define WC_CONJ		0x00000020
#define WC_BE		0x00000040
#define WC_THAT		0x00000080
#define WC_REL		0x00000100
#define WC_ABBR		0x00000200
#define WC_ADV		0x00000400	/* also, therefore, again ... */
#define WC_RELDAY	0x00000800	/* today (value 0), yesterday (value 1) */
#define WC_DOMESTIC	0x00001000	/* coup, crackdown: "the coup in X" names X */
#define WC_AGAINST	0x00002000
#define WC_TO		0x00004000
#define WC_BY		0x00008000
#define WC_WEEKDAY	0x00010000	/* value in bits 27..30 */
#define WC_MONTH	0x00020000	/* value in bits 27..30 */
#define WC_PRONOUN_SUBJ 0x00040000	/* he, she, it (no actor) */
#define WC_FOR		0x00080000
#define WC_MODAL	0x00100000
#define WC_ROLE		0x00200000	/* minister, government: speaks for its state */
#define WC_POSSPRON	0x00400000	/* our, their, its */
#define WC_NUMBER	0x00800000	/* two .. ten: value in bits 27..30 */
#define WC_CLAUSE	0x01000000	/* while, but, although: a new clause */
#define WC_TIME		0x02000000	/* week, month: "Earlier this month the US said" */
#define WC_VIOLENT	0x04000000	/* attack, invasion: "the attack on X" names a victim */
#define WC_VERB		0x80000000u	/* with WC_VIOLENT: launched, attacked (no value bits) */
#define WC_VALUE(w)	(((w) >> 27) & 15)

typedef struct tok
{
	uint32_t	s;				/* byte offsets in the segment */
	uint32_t	e;
	uint64_t	hn;				/* hash of the normalised form */
	uint64_t	hs;				/* hash of the stem */
	uint32_t	wc;				/* word class bits */
	uint16_t	f;
	char		p;				/* punctuation character, 0 for words */
	uint8_t		nlen;			/* length of norm (capped) */
	int32_t		num;			/* value of a number token, -1 otherwise */
} tok;

#define NORM_MAX 48

static uint64_t
fnv(const char *s, size_t n)
{
	uint64_t	h = 0xcbf29ce484222325ULL;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 0x100000001b3ULL;
	}
	return h ? h : 1;
}

/* decode one UTF-8 character at s[i] (n bytes); invalid bytes give U+FFFD */
static size_t
u8dec(const unsigned char *s, size_t n, size_t i, uint32_t *cp)
{
	unsigned char c = s[i];
	size_t		len,
				k;
	uint32_t	v;

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if ((c & 0xE0) == 0xC0)
	{
		len = 2;
		v = c & 0x1F;
	}
	else if ((c & 0xF0) == 0xE0)
	{
		len = 3;
		v = c & 0x0F;
	}
	else if ((c & 0xF8) == 0xF0)
	{
		len = 4;
		v = c & 0x07;
	}
	else
	{
		*cp = 0xFFFD;
		return 1;
	}
	if (i + len > n)
	{
		*cp = 0xFFFD;
		return 1;
	}
	for (k = 1; k < len; k++)
	{
		if ((s[i + k] & 0xC0) != 0x80)
		{
			*cp = 0xFFFD;
			return 1;
		}
		v = (v << 6) | (s[i + k] & 0x3F);
	}
	*cp = v;
	return len;
}

static bool
is_space_cp(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
		c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
		c == 0x205F || c == 0x3000 || c == 0xFEFF || c == 0xFFFD || c == 0;
}

static bool
is_newline_cp(uint32_t c)
{
	return c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

static bool
is_apos_cp(uint32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0xB4 || c == 0x2BC || c == '`';
}

/* Latin-1 letters folded to ASCII; 0 for the two symbols in the range */
static const char latin1_fold[64] =
"aaaaaaaceeeeiiiidnooooo\0ouuuuytsaaaaaaaceeeeiiiidnooooo\0ouuuuyty";

/* Latin Extended-A (U+0100..U+017F: Erdoğan, Wałęsa, Plenković) folded */
static const char latin_ext_a_fold[129] =
"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

static bool
is_letter_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	if (c >= 0xC0 && c <= 0xFF)
		return c != 0xD7 && c != 0xF7;
	if (c < 0xC0)
		return false;
	/* general punctuation, arrows, symbols: not letters */
	if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
		(c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF0F) ||
		c == 0xFFFD || (c >= 0x1F000 && c <= 0x1FAFF))
		return false;
	return true;
}

static bool
is_upper_cp(uint32_t c)
{
	if (c >= 0x100 && c <= 0x17F)
	{
		if (c == 0x178)
			return true;
		if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
			return (c & 1) == 1;
		if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F)
			return false;
		return (c & 1) == 0;
	}
	return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

static bool
is_lower_cp(uint32_t c)
{
	if (c >= 0x100 && c <= 0x17F)
		return !is_upper_cp(c);
	return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

/* append the folded form of c to buf (NORM_MAX) */
static void
fold_append(char *buf, size_t *len, uint32_t c, const unsigned char *raw, size_t rawlen)
{
	size_t		k;

	if (c < 0x80)
	{
		if (*len < NORM_MAX)
			buf[(*len)++] = (char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
		return;
	}
	if (c >= 0xC0 && c <= 0xFF && latin1_fold[c - 0xC0])
	{
		if (*len < NORM_MAX)
			buf[(*len)++] = latin1_fold[c - 0xC0];
		return;
	}
	if (c >= 0x100 && c <= 0x17F)
	{
		if (*len < NORM_MAX)
			buf[(*len)++] = latin_ext_a_fold[c - 0x100];
		return;
	}
	if (c == 0x219 || c == 0x21B)	/* Romanian s and t with comma below */
	{
		if (*len < NORM_MAX)
			buf[(*len)++] = c == 0x219 ? 's' : 't';
		return;
	}
	if (is_apos_cp(c))
	{
		if (*len < NORM_MAX)
			buf[(*len)++] = '\'';
		return;
	}
	for (k = 0; k < rawlen && *len < NORM_MAX; k++)
		buf[(*len)++] = (char) raw[k];
}

/*
 * The light stemmer: both dictionary and text go through it.  Plural and
 * verb endings go (condemns, condemned, condemning -> condemn), and a
 * final e (urge, urged, urges, urging -> urg).  Words of up to three
 * letters are not stemmed, and stems never equal them ("note" is "not"
 * as a stem, but does not match the word "not").
 */
static size_t
stem(char *w, size_t n)
{
	if (n >= NORM_MAX)
		return n;
	if (n > 4 && memcmp(w + n - 3, "ies", 3) == 0)
	{
		n -= 2;
		w[n - 1] = 'y';
		return n;
	}
	if (n > 5 && memcmp(w + n - 3, "ing", 3) == 0)
		n -= 3;
	else if (n > 4 && memcmp(w + n - 2, "ed", 2) == 0)
		n -= 2;
	else if (n > 4 && memcmp(w + n - 2, "es", 2) == 0 && w[n - 3] != 's')
		n -= 2;
	else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
			 w[n - 2] != 'i' && w[n - 2] != '\'')
		n -= 1;
	else if (n > 3 && w[n - 1] == 'e')
		return n - 1;
	if (n > 3 && w[n - 1] == w[n - 2] && w[n - 1] != 'l' && w[n - 1] != 's' &&
		w[n - 1] != 'e' && w[n - 1] != 'o' && !(w[n - 1] >= '0' && w[n - 1] <= '9'))
		n -= 1;
	else if (n > 3 && w[n - 1] == 'e')
		n -= 1;
	return n;
}

typedef struct lexer
{
	const unsigned char *s;
	size_t		n;
	size_t		i;
	bool		phrase;			/* lexicon phrase mode: '*' is a gap */
	const hmap *wclass;			/* word classes, may be NULL */
} lexer;

static void
lexer_init(lexer *lx, const char *s, size_t n, bool phrase, const hmap *wclass)
{
	lx->s = (const unsigned char *) s;
	lx->n = n;
	lx->i = 0;
	lx->phrase = phrase;
	lx->wclass = wclass;
}

static uint32_t
peek_cp(const lexer *lx, size_t i, size_t *len)
{
	uint32_t	c;

	if (i >= lx->n)
	{
		*len = 0;
		return 0;
	}
	*len = u8dec(lx->s, lx->n, i, &c);
	return c;
}

static void
finish_word(lexer *lx, tok *t, char *norm, size_t nlen)
{
	char		sb[NORM_MAX + 1];
	size_t		sl;

	t->hn = fnv(norm, nlen);
	memcpy(sb, norm, nlen);
	sl = stem(sb, nlen);
	/* words of up to three letters match as written ("not" is not "note") */
	t->hs = nlen <= 3 ? t->hn : (fnv(sb, sl) ^ 0x5bd1e9955bd1e995ULL);
	t->nlen = (uint8_t) nlen;
	if (nlen > 3 && norm[nlen - 2] == 'l' && norm[nlen - 1] == 'y')
		t->f |= T_LY;
	t->wc = 0;
	if (lx->wclass)
	{
		int32_t		v = hmap_get(lx->wclass, t->hn);

		if (v != -1)			/* -1: not a grammar word (no class has all bits) */
			t->wc = (uint32_t) v;
	}
	t->num = -1;
	if (t->f & T_ALLNUM)
	{
		size_t		k;
		int32_t		v = 0;

		for (k = 0; k < nlen && k < 9; k++)
			v = v * 10 + (norm[k] - '0');
		t->num = v;
	}
}

/*
 * Next token; false at the end.  Quotation marks, bullets and punctuation
 * are tokens of their own; words keep internal dots (U.S.), hyphens
 * (Jong-un) and long apostrophe tails (O'Brien); 's 't 're ... are split.
 */
static bool
lex_next(lexer *lx, tok *t)
{
	uint32_t	c;
	size_t		len;
	uint16_t	pre = 0;

	memset(t, 0, sizeof(*t));
	t->num = -1;
	for (;;)
	{
		if (lx->i >= lx->n)
			return false;
		c = peek_cp(lx, lx->i, &len);
		if (is_newline_cp(c))
			pre |= T_NL | T_SPACE;
		else if (is_space_cp(c) || (c < 0x20) || c == 0x7F)
			pre |= T_SPACE;
		else
			break;
		lx->i += len;
	}
	t->s = (uint32_t) lx->i;
	t->f = pre;
	if (is_letter_cp(c))
	{
		char		norm[NORM_MAX + 1];
		size_t		nlen = 0;
		bool		upper = true,
					anyletter = false,
					dotted = false,
					alldigit = true;

		if (is_upper_cp(c))
			t->f |= T_CAP;
		if (c >= '0' && c <= '9')
			t->f |= T_DIGIT;
		while (lx->i < lx->n)
		{
			size_t		l2;
			uint32_t	c2;

			c = peek_cp(lx, lx->i, &len);
			if (is_letter_cp(c))
			{
				if (is_lower_cp(c))
					upper = false;
				if (!(c >= '0' && c <= '9'))
				{
					anyletter = true;
					alldigit = false;
				}
				fold_append(norm, &nlen, c, lx->s + lx->i, len);
				lx->i += len;
				continue;
			}
			c2 = peek_cp(lx, lx->i + len, &l2);
			if (c == '.' && anyletter && l2 && is_letter_cp(c2) && !(c2 >= '0' && c2 <= '9'))
			{
				/* U.S, e.g */
				fold_append(norm, &nlen, c, lx->s + lx->i, len);
				lx->i += len;
				dotted = true;
				continue;
			}
			if (c == '-' && l2 && is_letter_cp(c2))
			{
				fold_append(norm, &nlen, c, lx->s + lx->i, len);
				lx->i += len;
				alldigit = false;
				continue;
			}
			if (is_apos_cp(c) && l2 && is_letter_cp(c2) && anyletter)
			{
				/* a short tail is split off: 's 't 're 'll 've 'd 'm */
				size_t		j = lx->i + len,
							tail = 0,
							lj;
				uint32_t	cj;

				while (j < lx->n && tail < 4)
				{
					cj = peek_cp(lx, j, &lj);
					if (!is_letter_cp(cj))
						break;
					tail++;
					j += lj;
				}
				if (tail <= 2)
					break;
				fold_append(norm, &nlen, '\'', NULL, 0);
				lx->i += len;
				continue;
			}
			break;
		}
		if (dotted && lx->i < lx->n && lx->s[lx->i] == '.')
		{
			fold_append(norm, &nlen, '.', NULL, 0);
			lx->i++;
		}
		t->e = (uint32_t) lx->i;
		if (upper && anyletter)
			t->f |= T_UPPER;
		if (alldigit)
			t->f |= T_ALLNUM;
		t->f |= T_WORD;
		finish_word(lx, t, norm, nlen);
		return true;
	}
	lx->i += len;
	t->e = (uint32_t) lx->i;
	if (is_apos_cp(c))
	{
		size_t		l2;
		uint32_t	c2 = peek_cp(lx, lx->i, &l2);

		if (l2 && is_letter_cp(c2) && ((t->s > 0 && !(pre & T_SPACE)) || lx->phrase))
		{
			/* the split tail: 's, 't, ... */
			char		norm[NORM_MAX + 1];
			size_t		nlen = 0;

			norm[nlen++] = '\'';
			while (lx->i < lx->n)
			{
				c2 = peek_cp(lx, lx->i, &l2);
				if (!is_letter_cp(c2))
					break;
				fold_append(norm, &nlen, c2, lx->s + lx->i, l2);
				lx->i += l2;
			}
			t->e = (uint32_t) lx->i;
			t->f |= T_WORD;
			if (nlen == 2 && norm[1] == 's')
				t->f |= T_POSS;
			finish_word(lx, t, norm, nlen);
			return true;
		}
		if (t->s > 0 && !(pre & T_SPACE) && c != '`')
		{
			/* Allies' (plural possessive) or a closing single quote */
			size_t		l0;
			uint32_t	c0;
			size_t		k = t->s;

			/* find the previous character */
			do
				k--;
			while (k > 0 && (lx->s[k] & 0xC0) == 0x80);
			c0 = peek_cp(lx, k, &l0);
			if (c0 == 's' && (l2 == 0 || !is_letter_cp(c2)))
			{
				t->f |= T_POSS | T_WORD;
				t->hn = fnv("'s", 2);
				t->hs = t->hn;
				t->nlen = 2;
				return true;
			}
		}
		t->f |= T_QSINGLE;
		t->p = '\'';
		return true;
	}
	switch (c)
	{
		case '"':
			t->f |= T_QTOGGLE;
			t->p = '"';
			return true;
		case 0x201C:
		case 0x201E:
		case 0xAB:
			t->f |= T_QOPEN;
			t->p = '"';
			return true;
		case 0x201D:
		case 0xBB:
			t->f |= T_QCLOSE;
			t->p = '"';
			return true;
		case 0x2018:
		case 0x201A:
		case 0x2039:
		case 0x203A:
			t->f |= T_QSINGLE;
			t->p = '\'';
			return true;
		case 0x2022:
		case 0x25CF:
		case 0x25AA:
		case 0xB7:
			t->f |= T_BREAK;
			t->p = '|';
			return true;
		case 0x2026:
			t->p = ',';
			return true;
		case 0x2010:
		case 0x2011:
		case 0x2012:
		case 0x2013:
		case 0x2014:
		case 0x2015:
		case 0x2212:
			t->p = '-';
			return true;
		case '*':
			if (lx->phrase)
				t->f |= T_GAP;
			t->p = '*';
			return true;
		default:
			break;
	}
	if (c < 0x80)
		t->p = (char) c;
	else
		t->p = '#';
	t->hn = fnv(&t->p, 1);
	t->hs = t->hn;
	return true;
}

/* ================================================================== */
/* dictionary                                                          */
/* ================================================================== */

/* internal word kinds, after the user-visible ones */
#define GX_W_PREP_BLOCK	(GX_W_KIND_COUNT + 1)
#define GX_W_PREP_OPEN	(GX_W_KIND_COUNT + 2)
#define GX_W_CONJ		(GX_W_KIND_COUNT + 3)

typedef struct name_ent
{
	int32_t		actor;
	int32_t		from;
	int32_t		to;
	uint16_t	need_cap;		/* bit i: token i must be capitalised */
	uint16_t	need_upper;		/* bit i: token i must be upper case */
	uint8_t		kind;
	int32_t		next;
} name_ent;

typedef struct word_ent
{
	uint8_t		kind;
	int8_t		intensity;
	uint32_t	stance;
	int32_t		next;
} word_ent;

typedef struct trie_node
{
	int32_t		first;			/* first entry (names or words), -1 */
	bool		gap;			/* has a gap child (key GAP_KEY) */
} trie_node;

typedef struct phrase_rec		/* nouns and light verbs, kept for finish */
{
	uint64_t	h[GX_MAX_PHRASE];
	bool		gap[GX_MAX_PHRASE];
	int			n;
	uint32_t	stance;
	int			intensity;
} phrase_rec;

struct gx_dict
{
	gx_arena   *a;
	char	  **codes;
	bool	   *group;
	int32_t    *country;		/* id of the first segment: PRK.GOV -> PRK */
	size_t		ncodes,
				capcodes;
	hmap		code_ids;
	trie_node  *nodes;
	size_t		nnodes,
				capnodes;
	hmap		edges;			/* (node, token hash) -> child */
	name_ent   *names;
	size_t		nnames,
				capnames;
	word_ent   *words;
	size_t		nwords,
				capwords;
	phrase_rec *nouns;
	size_t		nnouns,
				capnouns;
	phrase_rec *lights;
	size_t		nlights,
				caplights;
	hmap		wclass;
	bool		finished;
};

#define ROOT_NAMES	0
#define ROOT_WORDS	1
#define GAP_KEY		0x9e3779b97f4a7c15ULL

static int32_t
new_node(gx_dict *d)
{
	trie_node  *n = grow(d->a, d->nodes, sizeof(trie_node), d->nnodes, &d->capnodes);

	if (n == NULL)
		return -1;
	d->nodes = n;
	d->nodes[d->nnodes].first = -1;
	d->nodes[d->nnodes].gap = false;
	return (int32_t) d->nnodes++;
}

static uint64_t
edge_key(int32_t node, uint64_t h)
{
	return mix64(h ^ ((uint64_t) (uint32_t) node * 0x9E3779B97F4A7C15ULL)) ^ (uint64_t) node;
}

static int32_t
child(const gx_dict *d, int32_t node, uint64_t h)
{
	return hmap_get(&d->edges, edge_key(node, h));
}

static int32_t
child_add(gx_dict *d, int32_t node, uint64_t h)
{
	int32_t		c = child(d, node, h);

	if (c >= 0)
		return c;
	c = new_node(d);
	if (c < 0 || !hmap_put(d->a, &d->edges, edge_key(node, h), c))
		return -1;
	if (h == GAP_KEY)
		d->nodes[node].gap = true;
	return c;
}

static const struct
{
	const char *w;
	uint32_t	wc;
}			builtin_words[] =
{
	{"of", WC_OF}, {"from", WC_FROM},
	{"against", WC_BLOCK | WC_AGAINST}, {"in", WC_BLOCK}, {"at", WC_BLOCK},
	{"into", WC_BLOCK}, {"within", WC_BLOCK}, {"inside", WC_BLOCK},
	{"throughout", WC_BLOCK}, {"near", WC_BLOCK}, {"across", WC_BLOCK},
	{"during", WC_BLOCK}, {"since", WC_BLOCK}, {"despite", WC_BLOCK},
	{"after", WC_BLOCK}, {"before", WC_BLOCK}, {"without", WC_BLOCK},
	{"amid", WC_BLOCK}, {"amidst", WC_BLOCK}, {"under", WC_BLOCK},
	{"behind", WC_BLOCK}, {"beyond", WC_BLOCK}, {"outside", WC_BLOCK},
	{"following", WC_BLOCK}, {"including", WC_OPEN},
	{"to", WC_OPEN | WC_TO}, {"for", WC_OPEN | WC_FOR}, {"on", WC_OPEN}, {"upon", WC_OPEN},
	{"with", WC_OPEN}, {"by", WC_OPEN | WC_BY}, {"between", WC_OPEN},
	{"about", WC_OPEN}, {"over", WC_OPEN}, {"regarding", WC_OPEN},
	{"concerning", WC_OPEN}, {"towards", WC_OPEN}, {"toward", WC_OPEN},
	{"among", WC_OPEN},
	{"the", WC_DET}, {"a", WC_DET}, {"an", WC_DET}, {"this", WC_DET},
	{"these", WC_DET}, {"those", WC_DET}, {"all", WC_DET}, {"any", WC_DET},
	{"some", WC_DET}, {"every", WC_DET}, {"each", WC_DET}, {"its", WC_DET | WC_POSSPRON},
	{"their", WC_DET | WC_POSSPRON}, {"our", WC_DET | WC_POSSPRON},
	{"his", WC_DET | WC_POSSPRON}, {"her", WC_DET | WC_POSSPRON},
	{"several", WC_DET}, {"both", WC_DET | WC_NUMBER | (2u << 27)},
	{"two", WC_NUMBER | (2u << 27)}, {"three", WC_NUMBER | (3u << 27)},
	{"four", WC_NUMBER | (4u << 27)}, {"five", WC_NUMBER | (5u << 27)},
	{"six", WC_NUMBER | (6u << 27)}, {"seven", WC_NUMBER | (7u << 27)},
	{"eight", WC_NUMBER | (8u << 27)}, {"nine", WC_NUMBER | (9u << 27)},
	{"ten", WC_NUMBER | (10u << 27)},
	{"minister", WC_ROLE}, {"ministers", WC_ROLE}, {"ministry", WC_ROLE},
	{"president", WC_ROLE}, {"premier", WC_ROLE}, {"spokesperson", WC_ROLE},
	{"spokesman", WC_ROLE}, {"spokeswoman", WC_ROLE}, {"government", WC_ROLE},
	{"leader", WC_ROLE}, {"leaders", WC_ROLE}, {"envoy", WC_ROLE},
	{"ambassador", WC_ROLE}, {"official", WC_ROLE}, {"officials", WC_ROLE},
	{"diplomat", WC_ROLE}, {"diplomats", WC_ROLE}, {"chancellor", WC_ROLE},
	{"secretary", WC_ROLE}, {"office", WC_ROLE}, {"administration", WC_ROLE},
	{"authorities", WC_ROLE}, {"foreign", WC_ROLE},
	{"prime", WC_ROLE}, {"defence", WC_ROLE}, {"defense", WC_ROLE},
	{"army", WC_ROLE}, {"forces", WC_ROLE},
	{"embassy", WC_ROLE}, {"mission", WC_ROLE}, {"delegation", WC_ROLE},
	{"representative", WC_ROLE}, {"parliament", WC_ROLE}, {"cabinet", WC_ROLE},
	{"top", WC_ROLE}, {"senior", WC_ROLE}, {"chief", WC_ROLE}, {"head", WC_ROLE},
	{"spokespersons", WC_ROLE}, {"commissioner", WC_ROLE}, {"envoys", WC_ROLE},
	{"ministries", WC_ROLE}, {"governments", WC_ROLE}, {"heads", WC_ROLE},
	{"and", WC_CONJ}, {"or", WC_CONJ}, {"plus", WC_CONJ}, {"nor", WC_CONJ},
	{"is", WC_BE}, {"are", WC_BE}, {"was", WC_BE}, {"were", WC_BE},
	{"be", WC_BE}, {"been", WC_BE}, {"being", WC_BE}, {"am", WC_BE},
	{"that", WC_THAT}, {"whether", WC_THAT},
	{"which", WC_REL}, {"who", WC_REL}, {"whom", WC_REL}, {"whose", WC_REL},
	{"will", WC_MODAL}, {"would", WC_MODAL}, {"shall", WC_MODAL}, {"should", WC_MODAL},
	{"must", WC_MODAL}, {"can", WC_MODAL}, {"could", WC_MODAL}, {"might", WC_MODAL},
	{"do", WC_MODAL}, {"does", WC_MODAL}, {"did", WC_MODAL},
	{"has", WC_MODAL}, {"have", WC_MODAL}, {"had", WC_MODAL},
	{"while", WC_CLAUSE}, {"whilst", WC_CLAUSE}, {"whereas", WC_CLAUSE},
	{"but", WC_CLAUSE}, {"although", WC_CLAUSE}, {"though", WC_CLAUSE},
	{"because", WC_CLAUSE}, {"unless", WC_CLAUSE},
	{"week", WC_TIME}, {"month", WC_TIME}, {"year", WC_TIME}, {"day", WC_TIME},
	{"morning", WC_TIME}, {"afternoon", WC_TIME}, {"evening", WC_TIME},
	{"night", WC_TIME}, {"weekend", WC_TIME}, {"earlier", WC_TIME | WC_ADV},
	{"later", WC_TIME | WC_ADV},
	{"attack", WC_VIOLENT}, {"attacks", WC_VIOLENT}, {"strike", WC_VIOLENT},
	{"strikes", WC_VIOLENT}, {"airstrike", WC_VIOLENT}, {"airstrikes", WC_VIOLENT},
	{"assault", WC_VIOLENT}, {"invasion", WC_VIOLENT}, {"aggression", WC_VIOLENT},
	{"bombing", WC_VIOLENT}, {"bombings", WC_VIOLENT}, {"shelling", WC_VIOLENT},
	{"raid", WC_VIOLENT}, {"raids", WC_VIOLENT}, {"incursion", WC_VIOLENT},
	{"incursions", WC_VIOLENT}, {"offensive", WC_VIOLENT}, {"war", WC_VIOLENT},
	{"killing", WC_VIOLENT}, {"killings", WC_VIOLENT}, {"massacre", WC_VIOLENT},
	{"blockade", WC_VIOLENT}, {"occupation", WC_VIOLENT}, {"annexation", WC_VIOLENT},
	{"he", WC_PRONOUN_SUBJ}, {"she", WC_PRONOUN_SUBJ}, {"it", WC_PRONOUN_SUBJ},
	{"they", WC_PRONOUN_SUBJ}, {"we", WC_PRONOUN_SUBJ}, {"you", WC_PRONOUN_SUBJ},
	{"i", WC_PRONOUN_SUBJ},
	{"also", WC_ADV}, {"therefore", WC_ADV}, {"further", WC_ADV},
	{"furthermore", WC_ADV}, {"again", WC_ADV}, {"then", WC_ADV},
	{"moreover", WC_ADV}, {"thus", WC_ADV}, {"hence", WC_ADV},
	{"likewise", WC_ADV}, {"now", WC_ADV}, {"still", WC_ADV}, {"once", WC_ADV},
	{"today", WC_RELDAY | WC_ADV}, {"yesterday", WC_RELDAY | WC_ADV | (1u << 27)},
	{"launched", WC_VIOLENT | WC_VERB}, {"attacked", WC_VIOLENT | WC_VERB},
	{"struck", WC_VIOLENT | WC_VERB}, {"invaded", WC_VIOLENT | WC_VERB},
	{"fired", WC_VIOLENT | WC_VERB}, {"shelled", WC_VIOLENT | WC_VERB},
	{"bombed", WC_VIOLENT | WC_VERB}, {"seized", WC_VIOLENT | WC_VERB},
	{"carried", WC_VIOLENT | WC_VERB}, {"conducted", WC_VIOLENT | WC_VERB},
	{"staged", WC_VIOLENT | WC_VERB}, {"mounted", WC_VIOLENT | WC_VERB},
	{"coup", WC_DOMESTIC}, {"takeover", WC_DOMESTIC}, {"crackdown", WC_DOMESTIC},
	{"repression", WC_DOMESTIC}, {"persecution", WC_DOMESTIC}, {"detentions", WC_DOMESTIC},
	{"arrests", WC_DOMESTIC}, {"executions", WC_DOMESTIC}, {"junta", WC_DOMESTIC},
	{"regime", WC_DOMESTIC | WC_ROLE}, {"military", WC_DOMESTIC | WC_ROLE},
	{"situation", WC_DOMESTIC}, {"violence", WC_DOMESTIC}, {"unrest", WC_DOMESTIC},
	{"fighting", WC_DOMESTIC},
	{"mr", WC_ABBR}, {"mrs", WC_ABBR}, {"ms", WC_ABBR}, {"dr", WC_ABBR},
	{"st", WC_ABBR}, {"gen", WC_ABBR}, {"gov", WC_ABBR}, {"sen", WC_ABBR},
	{"rep", WC_ABBR}, {"prof", WC_ABBR}, {"jr", WC_ABBR}, {"sr", WC_ABBR},
	{"no", WC_ABBR}, {"vs", WC_ABBR}, {"hon", WC_ABBR}, {"rt", WC_ABBR},
	{"lt", WC_ABBR}, {"col", WC_ABBR}, {"capt", WC_ABBR}, {"inc", WC_ABBR},
	{"ltd", WC_ABBR}, {"co", WC_ABBR}, {"corp", WC_ABBR}, {"art", WC_ABBR},
	{"para", WC_ABBR}, {"cf", WC_ABBR}, {"sept", WC_ABBR | WC_MONTH | (9u << 27)},
	{"sunday", WC_WEEKDAY | (0u << 27)}, {"monday", WC_WEEKDAY | (1u << 27)},
	{"tuesday", WC_WEEKDAY | (2u << 27)}, {"wednesday", WC_WEEKDAY | (3u << 27)},
	{"thursday", WC_WEEKDAY | (4u << 27)}, {"friday", WC_WEEKDAY | (5u << 27)},
	{"saturday", WC_WEEKDAY | (6u << 27)},
	{"january", WC_MONTH | (1u << 27)}, {"february", WC_MONTH | (2u << 27)},
	{"march", WC_MONTH | (3u << 27)}, {"april", WC_MONTH | (4u << 27)},
	{"may", WC_MONTH | WC_MODAL | (5u << 27)}, {"june", WC_MONTH | (6u << 27)},
	{"july", WC_MONTH | (7u << 27)}, {"august", WC_MONTH | (8u << 27)},
	{"september", WC_MONTH | (9u << 27)}, {"october", WC_MONTH | (10u << 27)},
	{"november", WC_MONTH | (11u << 27)}, {"december", WC_MONTH | (12u << 27)},
	{"jan", WC_ABBR | WC_MONTH | (1u << 27)}, {"feb", WC_ABBR | WC_MONTH | (2u << 27)},
	{"mar", WC_ABBR | WC_MONTH | (3u << 27)}, {"apr", WC_ABBR | WC_MONTH | (4u << 27)},
	{"jun", WC_ABBR | WC_MONTH | (6u << 27)}, {"jul", WC_ABBR | WC_MONTH | (7u << 27)},
	{"aug", WC_ABBR | WC_MONTH | (8u << 27)}, {"sep", WC_ABBR | WC_MONTH | (9u << 27)},
	{"oct", WC_ABBR | WC_MONTH | (10u << 27)}, {"nov", WC_ABBR | WC_MONTH | (11u << 27)},
	{"dec", WC_ABBR | WC_MONTH | (12u << 27)},
};

/* multi-word prepositions and connectors: grammar, not lexicon */
static const struct
{
	const char *p;
	int			kind;
}			builtin_phrases[] =
{
	{"in accordance with", GX_W_PREP_BLOCK},
	{"in violation of", GX_W_PREP_BLOCK},
	{"violation of", GX_W_PREP_BLOCK},
	{"violations of", GX_W_PREP_BLOCK},
	{"in contravention of", GX_W_PREP_BLOCK},
	{"in response to", GX_W_PREP_BLOCK},
	{"on the side of", GX_W_PREP_BLOCK},
	{"in addition to", GX_W_PREP_BLOCK},
	{"on behalf of", GX_W_PREP_BLOCK},
	{"in view of", GX_W_PREP_BLOCK},
	{"as a member of", GX_W_PREP_BLOCK},
	{"in connection with", GX_W_PREP_OPEN},
	{"against the background of", GX_W_PREP_OPEN},
	{"with regard to", GX_W_PREP_OPEN},
	{"as well as", GX_W_CONJ},
	{"together with", GX_W_CONJ},
	{"along with", GX_W_CONJ},
	{"joined by", GX_W_CONJ},
};

static bool add_phrase(gx_dict *d, int root, const char *s, size_t len,
					   int32_t *node_out, uint16_t *need_cap, uint16_t *need_upper,
					   phrase_rec *rec);
static bool add_word_entry(gx_dict *d, int32_t node, int kind, uint32_t stance, int intensity);

gx_dict *
gx_dict_new(gx_arena *a)
{
	gx_dict    *d = gx_alloc(a, sizeof(gx_dict));
	size_t		i;

	if (d == NULL)
		return NULL;
	d->a = a;
	if (new_node(d) != ROOT_NAMES || new_node(d) != ROOT_WORDS)
		return NULL;
	for (i = 0; i < sizeof(builtin_words) / sizeof(builtin_words[0]); i++)
	{
		const char *w = builtin_words[i].w;

		if (!hmap_put(a, &d->wclass, fnv(w, strlen(w)), (int32_t) builtin_words[i].wc))
			return NULL;
	}
	for (i = 0; i < sizeof(builtin_phrases) / sizeof(builtin_phrases[0]); i++)
	{
		int32_t		node;

		if (!add_phrase(d, ROOT_WORDS, builtin_phrases[i].p, strlen(builtin_phrases[i].p),
						&node, NULL, NULL, NULL) ||
			!add_word_entry(d, node, builtin_phrases[i].kind, 0, 0))
			return NULL;
	}
	return d;
}

int
gx_dict_actor(gx_dict *d, const char *code, bool group)
{
	size_t		len = strlen(code);
	uint64_t	h = fnv(code, len);
	int32_t		id = hmap_get(&d->code_ids, h);
	char	   *copy;
	char	  **nc;
	bool	   *ng;
	int32_t    *nctry;
	size_t		cap;
	int32_t		ctry = -1;
	const char *dot = strchr(code, '.');

	if (id >= 0 && strcmp(d->codes[id], code) == 0)
	{
		if (group)
			d->group[id] = true;
		return id;
	}
	if (id >= 0 || len == 0 || len > 64 || d->ncodes >= INT32_MAX / 2)
		return -1;				/* a hash collision: refuse, never confuse */
	if (dot && dot > code)
	{
		char		prefix[65];

		memcpy(prefix, code, (size_t) (dot - code));
		prefix[dot - code] = 0;
		ctry = gx_dict_actor(d, prefix, false);
		if (ctry < 0)
			return -1;
	}
	cap = d->capcodes;
	nc = grow(d->a, d->codes, sizeof(char *), d->ncodes, &cap);
	cap = d->capcodes;
	ng = grow(d->a, d->group, sizeof(bool), d->ncodes, &cap);
	cap = d->capcodes;
	nctry = grow(d->a, d->country, sizeof(int32_t), d->ncodes, &cap);
	copy = gx_alloc(d->a, len + 1);
	if (nc == NULL || ng == NULL || nctry == NULL || copy == NULL)
		return -1;
	d->codes = nc;
	d->group = ng;
	d->country = nctry;
	d->capcodes = cap;
	d->country[d->ncodes] = ctry >= 0 ? ctry : (int32_t) d->ncodes;
	memcpy(copy, code, len + 1);
	d->codes[d->ncodes] = copy;
	d->group[d->ncodes] = group;
	if (!hmap_put(d->a, &d->code_ids, h, (int32_t) d->ncodes))
		return -1;
	return (int) d->ncodes++;
}

const char *
gx_dict_code(const gx_dict *d, int id)
{
	return (id >= 0 && (size_t) id < d->ncodes) ? d->codes[id] : "";
}

bool
gx_dict_is_group(const gx_dict *d, int id)
{
	return id >= 0 && (size_t) id < d->ncodes && d->group[id];
}

int
gx_dict_nactors(const gx_dict *d)
{
	return (int) d->ncodes;
}

size_t
gx_dict_names(const gx_dict *d)
{
	return d->nnames;
}

size_t
gx_dict_words(const gx_dict *d)
{
	return d->nwords;
}

/*
 * Walk/extend the trie under root with the tokens of s.  Names use the
 * normalised hash, lexicon phrases the stem.  Returns false for an empty or
 * too long phrase.
 */
static bool
add_phrase(gx_dict *d, int root, const char *s, size_t len, int32_t *node_out,
		   uint16_t *need_cap, uint16_t *need_upper, phrase_rec *rec)
{
	lexer		lx;
	tok			t;
	int32_t		node = root;
	int			n = 0;
	bool		words = (root == ROOT_WORDS);

	lexer_init(&lx, s, len, words, NULL);
	if (need_cap)
		*need_cap = 0;
	if (need_upper)
		*need_upper = 0;
	while (lex_next(&lx, &t))
	{
		uint64_t	h;

		if (t.f & T_QUOTE)
			continue;
		if (n >= GX_MAX_PHRASE)
			return false;
		if (t.f & T_GAP)
		{
			if (!words || n == 0)
				return false;
			h = GAP_KEY;
		}
		else
			h = words ? t.hs : t.hn;
		if (rec)
		{
			rec->h[n] = h;
			rec->gap[n] = (t.f & T_GAP) != 0;
		}
		if (!words && (t.f & T_CAP) && need_cap)
			*need_cap |= (uint16_t) (1u << n);
		/* an acronym of up to four letters must be written in capitals */
		if (!words && (t.f & T_UPPER) && need_upper && t.nlen <= 5 && t.nlen >= 2)
			*need_upper |= (uint16_t) (1u << n);
		node = child_add(d, node, h);
		if (node < 0)
			return false;
		n++;
	}
	if (n == 0)
		return false;
	if (rec && n > 0 && rec->gap[n - 1])
		return false;
	if (rec)
		rec->n = n;
	*node_out = node;
	return true;
}

bool
gx_dict_add_name(gx_dict *d, const char *name, size_t len, int id,
				 gx_name_kind kind, int32_t from, int32_t to)
{
	int32_t		node;
	uint16_t	cap,
				up;
	name_ent   *e;

	if (id < 0 || (size_t) id >= d->ncodes || d->finished)
		return false;
	if (!add_phrase(d, ROOT_NAMES, name, len, &node, &cap, &up, NULL))
		return false;
	e = grow(d->a, d->names, sizeof(name_ent), d->nnames, &d->capnames);
	if (e == NULL)
		return false;
	d->names = e;
	e = &d->names[d->nnames];
	e->actor = id;
	e->from = from;
	e->to = to;
	e->need_cap = cap;
	e->need_upper = up;
	e->kind = (uint8_t) kind;
	e->next = d->nodes[node].first;
	d->nodes[node].first = (int32_t) d->nnames++;
	return true;
}

static bool
add_word_entry(gx_dict *d, int32_t node, int kind, uint32_t stance, int intensity)
{
	word_ent   *e = grow(d->a, d->words, sizeof(word_ent), d->nwords, &d->capwords);
	int32_t		k;

	if (e == NULL)
		return false;
	d->words = e;
	/* one entry per kind and node: a later one replaces */
	for (k = d->nodes[node].first; k >= 0; k = d->words[k].next)
		if (d->words[k].kind == kind)
		{
			d->words[k].stance = stance;
			d->words[k].intensity = (int8_t) intensity;
			return true;
		}
	e = &d->words[d->nwords];
	e->kind = (uint8_t) kind;
	e->stance = stance;
	e->intensity = (int8_t) intensity;
	e->next = d->nodes[node].first;
	d->nodes[node].first = (int32_t) d->nwords++;
	return true;
}

bool
gx_dict_add_word(gx_dict *d, const char *phrase, size_t len, gx_word_kind kind,
				 uint32_t stance, int intensity)
{
	int32_t		node;
	phrase_rec	rec;

	if (kind < GX_W_STANCE || kind >= GX_W_KIND_COUNT || d->finished)
		return false;
	if (intensity < -1 || intensity > 2)
		return false;
	memset(&rec, 0, sizeof(rec));
	if (!add_phrase(d, ROOT_WORDS, phrase, len, &node, NULL, NULL, &rec))
		return false;
	rec.stance = stance;
	rec.intensity = intensity;
	if (kind == GX_W_NOUN || kind == GX_W_LIGHT)
	{
		phrase_rec **arr = kind == GX_W_NOUN ? &d->nouns : &d->lights;
		size_t	   *n = kind == GX_W_NOUN ? &d->nnouns : &d->nlights;
		size_t	   *cap = kind == GX_W_NOUN ? &d->capnouns : &d->caplights;
		phrase_rec *p = grow(d->a, *arr, sizeof(phrase_rec), *n, cap);

		if (p == NULL)
			return false;
		*arr = p;
		p[(*n)++] = rec;
		if (kind == GX_W_LIGHT)
			return true;
		/* a noun is also a (weak) stance of its own after our/their */
	}
	return add_word_entry(d, node, kind, stance, intensity);
}

/* light verb + gap + noun, and our/their/its + gap + noun */
bool
gx_dict_finish(gx_dict *d)
{
	static const char *const poss[] = {"our", "their", "its", "my", "his", "her"};
	size_t		i,
				j;
	int			k;

	if (d->finished)
		return true;
	for (i = 0; i < d->nnouns; i++)
	{
		const phrase_rec *nr = &d->nouns[i];

		for (j = 0; j < d->nlights + 6; j++)
		{
			int32_t		node = ROOT_WORDS;

			if (j < d->nlights)
			{
				const phrase_rec *lr = &d->lights[j];

				if (lr->n + 1 + nr->n > GX_MAX_PHRASE)
					continue;
				for (k = 0; k < lr->n && node >= 0; k++)
					node = child_add(d, node, lr->h[k]);
			}
			else
				node = child_add(d, node, fnv(poss[j - d->nlights], strlen(poss[j - d->nlights])));
			if (node < 0)
				return false;
			node = child_add(d, node, GAP_KEY);
			for (k = 0; k < nr->n && node >= 0; k++)
				node = child_add(d, node, nr->h[k]);
			if (node < 0 || !add_word_entry(d, node, GX_W_STANCE, nr->stance, nr->intensity))
				return false;
			/* also without the gap */
			node = ROOT_WORDS;
			if (j < d->nlights)
			{
				const phrase_rec *lr = &d->lights[j];

				for (k = 0; k < lr->n && node >= 0; k++)
					node = child_add(d, node, lr->h[k]);
			}
			else
				node = child_add(d, node, fnv(poss[j - d->nlights], strlen(poss[j - d->nlights])));
			for (k = 0; k < nr->n && node >= 0; k++)
				node = child_add(d, node, nr->h[k]);
			if (node < 0 || !add_word_entry(d, node, GX_W_STANCE, nr->stance, nr->intensity))
				return false;
		}
	}
	d->finished = true;
	return !d->a->failed;
}

static const char *const kind_names[GX_W_KIND_COUNT] = {
	"", "stance", "noun", "light", "predicate", "intensifier", "negation",
	"speech", "self", "anaphor", "group_anaphor", "relation", "join"
};

int
gx_word_kind_parse(const char *s, size_t len)
{
	int			k;

	for (k = 1; k < GX_W_KIND_COUNT; k++)
		if (strlen(kind_names[k]) == len && memcmp(kind_names[k], s, len) == 0)
			return k;
	return -1;
}

const char *
gx_word_kind_name(int kind)
{
	return (kind >= 1 && kind < GX_W_KIND_COUNT) ? kind_names[kind] : "";
}

/* ================================================================== */
/* dates                                                               */
/* ================================================================== */

int32_t
gx_days_from_civil(int y, int m, int d)
{
	/* days since 1970-01-01 (H. Hinnant's algorithm), then shift to 2000 */
	int			era;
	unsigned	yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned) (y - era * 400);
	doy = (unsigned) ((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (int32_t) (era * 146097 + (int) doe - 719468) - 10957;
}

static void
civil_from_days(int32_t z0, int *y, int *m, int *d)
{
	int64_t		z = (int64_t) z0 + 10957 + 719468;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned	doe = (unsigned) (z - era * 146097);
	unsigned	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	unsigned	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned	mp = (5 * doy + 2) / 153;

	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = (int) (yoe + era * 400) + (*m <= 2);
}

/* day of week, 0 = Sunday; day 0 (2000-01-01) was a Saturday */
static int
weekday(int32_t day)
{
	int64_t		r = ((int64_t) day + 6) % 7;

	return (int) (r < 0 ? r + 7 : r);
}

/* ================================================================== */
/* sentence analysis                                                   */
/* ================================================================== */

typedef struct aset
{
	int			n;
	int			a[GX_SET_MAX];
} aset;

static void
aset_add(aset *s, int x)
{
	int			i;

	for (i = 0; i < s->n; i++)
		if (s->a[i] == x)
			return;
	if (s->n < GX_SET_MAX)
		s->a[s->n++] = x;
}

static bool
aset_has(const aset *s, int x)
{
	int			i;

	for (i = 0; i < s->n; i++)
		if (s->a[i] == x)
			return true;
	return false;
}

static bool
aset_subset(const aset *s, const aset *o)
{
	int			i;

	for (i = 0; i < s->n; i++)
		if (!aset_has(o, s->a[i]))
			return false;
	return true;
}

static bool
aset_eq(const aset *s, const aset *o)
{
	return s->n == o->n && aset_subset(s, o);
}

typedef struct mention
{
	int			k0,
				k1;				/* stream positions, inclusive */
	int			actor;
	uint8_t		kind;
	bool		excluded;		/* "allies of X", "X's partners" */
	bool		poss;			/* followed by 's */
} mention;

typedef struct cue
{
	int			k0,
				k1;
	int			kind;
	uint32_t	stance;
	int			intensity;
	bool		done;			/* absorbed by an earlier cue */
	aset		src;			/* resolved source (speech and stance cues) */
	bool		has_src;
	aset		tgt;			/* its target, once found */
	bool		neg;			/* negated: not coded */
	bool		hypo;			/* after would/could/to: not a statement */
} cue;

typedef struct cand
{
	gx_stmt		st;
	int			cls;
	int			sent;			/* sentence number in the article */
	int			para;
	bool		title;
	int			nobj;
	uint32_t	obj[8];			/* content words of the object (hashes) */
	bool		dup;
	bool		self_pending;	/* "we" of an author named later */
	bool		quote_pending;	/* in a quote attributed later in the paragraph */
	bool		said_explicit;	/* its sentence gave the day */
	bool		quoted;			/* coded inside a quotation */
	int32_t		prev_rep;		/* the kept candidate of the same key before */
} cand;

#define OBJ_MAX 8

typedef struct state
{
	const gx_dict *d;
	gx_arena   *work;
	int32_t		published;
	/* discourse */
	aset		doc;			/* the document's author ("we") */
	aset		last;			/* last explicit speaker */
	int			last_sent;		/* the sentence it spoke in (or was last relied on) */
	aset		last_group;		/* last speaker that had a bloc in it */
	aset		quote_speaker;
	aset		history[8];		/* the last speakers, newest at hpos - 1 */
	int			hpos;
	int			want_n;			/* "the three countries": 3, else 0 */
	bool		in_quote;
	int			para;
	int			sent;
	aset		coalition;		/* signatories that joined */
	aset		dated_src;		/* the last speaker whose day the text said */
	int32_t		dated_on;
	bool		pending;		/* emitting a "we" statement of no known author */
	bool		quote_pending;	/* emitting from a quote not attributed yet */
	size_t		quote_pending_from;	/* candidates before it are settled */
	aset		aggressor;		/* who launched the last attack the text named */
	int			aggressor_sent;
	/* results */
	cand	   *c;
	size_t		nc,
				capc;
	/* per-sentence scratch */
	tok		   *t;
	int			nt;
	int		   *m;				/* stream: token indices without quotes */
	bool	   *inq;
	int			nm;
	int		   *cover;			/* per stream position: >=0 mention, -2-k lexicon k */
	mention    *ments;
	int			nments;
	cue		   *cues;
	int			ncues;
	bool		titlecase;
	bool		is_title;
	const char *seg;			/* the segment's text */
} state;

#define COV_NONE	(-1)
#define IS_MENT(c)	((c) >= 0)
#define IS_CUE(c)	((c) <= -2)
#define CUE_OF(c)	(-2 - (c))

static const tok *
T(const state *s, int k)
{
	return &s->t[s->m[k]];
}

static bool
is_punct(const state *s, int k, char p)
{
	return k >= 0 && k < s->nm && T(s, k)->p == p;
}

/* the name entry of node valid on day, with case requirements met */
static int32_t
name_pick(const state *s, int32_t node, int k0, int ntok)
{
	const gx_dict *d = s->d;
	int32_t		e;

	for (e = d->nodes[node].first; e >= 0; e = d->names[e].next)
	{
		const name_ent *ne = &d->names[e];
		int			i;
		bool		ok = true;

		if (s->published != GX_NO_DATE &&
			((ne->from != GX_NO_DATE && s->published < ne->from) ||
			 (ne->to != GX_NO_DATE && s->published > ne->to)))
			continue;
		for (i = 0; i < ntok && i < 16 && ok; i++)
		{
			const tok  *t = T(s, k0 + i);

			if ((ne->need_cap & (1u << i)) && !(t->f & (T_CAP | T_DIGIT)))
				ok = false;
			if ((ne->need_upper & (1u << i)) && !(t->f & T_UPPER) && !s->titlecase)
				ok = false;
			if ((ne->need_upper & (1u << i)) && !(t->f & T_CAP))
				ok = false;
		}
		if (ok)
			return e;
	}
	return -1;
}

/*
 * Words that make a place name part of another name: "the Lima Group",
 * "the Minsk agreements", "the Washington Post", "the Paris Club".
 */
static bool
name_part(const tok *t)
{
	static const char *const parts[] = {
		"group", "club", "format", "process", "agreement", "agreements", "accord",
		"accords", "protocol", "protocols", "convention", "conventions", "post", "times",
		"declaration", "principles", "plan", "initiative", "summit", "consensus", "treaty"
	};
	static uint64_t h[sizeof(parts) / sizeof(parts[0])];
	size_t		i;

	if (!h[0])
		for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
			h[i] = fnv(parts[i], strlen(parts[i]));
	if (!(t->f & T_WORD))
		return false;
	for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		if (t->hn == h[i])
			return true;
	return false;
}

static void
find_mentions(state *s)
{
	int			k = 0;

	s->nments = 0;
	while (k < s->nm)
	{
		int32_t		node = ROOT_NAMES;
		int			j,
					best_len = 0;
		int32_t		best = -1;

		if (!(T(s, k)->f & T_WORD) || (T(s, k)->f & T_POSS))
		{
			k++;
			continue;
		}
		for (j = k; j < s->nm && j - k < GX_MAX_PHRASE; j++)
		{
			int32_t		e;

			node = child(s->d, node, T(s, j)->hn);
			if (node < 0)
				break;
			if (s->d->nodes[node].first >= 0 && (e = name_pick(s, node, k, j - k + 1)) >= 0)
			{
				best = e;
				best_len = j - k + 1;
			}
		}
		if (best >= 0 && k + best_len < s->nm && name_part(T(s, k + best_len)) &&
			s->d->names[best].kind != GX_ADJECTIVE && !s->d->group[s->d->names[best].actor])
		{
			k += best_len;		/* "the Lima Group" is not Peru */
			continue;
		}
		if (best >= 0)
		{
			mention    *mn = &s->ments[s->nments++];
			int			q;

			mn->k0 = k;
			mn->k1 = k + best_len - 1;
			mn->actor = s->d->names[best].actor;
			mn->kind = s->d->names[best].kind;
			mn->excluded = false;
			mn->poss = mn->k1 + 1 < s->nm && (T(s, mn->k1 + 1)->f & T_POSS);
			for (q = mn->k0; q <= mn->k1; q++)
				s->cover[q] = s->nments - 1;
			k += best_len;
		}
		else
			k++;
	}
}

/* longest lexicon match at k (with gaps); returns its end or -1 */
static int
match_word_at(const state *s, int k, int32_t *node_out, int *gap0, int *gap1)
{
	struct
	{
		int32_t		node;
		int			pos;
		int			g0,
					g1;
	}			stack[64];
	int			sp = 0,
				best = -1,
				best_gap = 0,
				best_words = 0;

	stack[sp].node = ROOT_WORDS;
	stack[sp].pos = k;
	stack[sp].g0 = stack[sp].g1 = -1;
	sp++;
	while (sp > 0)
	{
		int32_t		node,
					c;
		int			pos,
					g0,
					g1;

		sp--;
		node = stack[sp].node;
		pos = stack[sp].pos;
		g0 = stack[sp].g0;
		g1 = stack[sp].g1;
		/* the match of the most phrase words, then of the shortest gap:
		 * the first noun after a light verb is its object ("reaffirmed its
		 * commitment to supporting" is a commitment) */
		if (pos > k && s->d->nodes[node].first >= 0)
		{
			int			gl = g0 >= 0 ? g1 - g0 + 1 : 0;
			int			words = pos - k - gl;

			if (best < 0 || words > best_words || (words == best_words && gl < best_gap))
			{
				best = pos - 1;
				best_gap = gl;
				best_words = words;
				*node_out = node;
				*gap0 = g0;
				*gap1 = g1;
			}
		}
		if (pos >= s->nm || pos - k >= GX_MAX_PHRASE + GX_MAX_GAP)
			continue;
		/* a mention cannot be part of a lexicon phrase (except in gaps) */
		if (IS_MENT(s->cover[pos]))
			goto gaps;
		c = child(s->d, node, T(s, pos)->hs);
		if (c >= 0 && sp < 64)
		{
			stack[sp].node = c;
			stack[sp].pos = pos + 1;
			stack[sp].g0 = g0;
			stack[sp].g1 = g1;
			sp++;
		}
gaps:
		if (s->d->nodes[node].gap && node != ROOT_WORDS)
		{
			int32_t		gn = child(s->d, node, GAP_KEY);
			int			g;

			/* skip 0..GX_MAX_GAP tokens, never across punctuation */
			for (g = 0; g <= GX_MAX_GAP && pos + g < s->nm && gn >= 0; g++)
			{
				const tok  *t;
				int32_t		c2;

				if (g > 0)
				{
					/* a gap holds adjectives and possessives, not a clause:
					 * "emphasized that they are concerned" is no phrase */
					t = T(s, pos + g - 1);
					if ((!(t->f & T_WORD) && t->p != '-') ||
						(t->wc & (WC_THAT | WC_REL | WC_CLAUSE | WC_BE | WC_MODAL | WC_PRONOUN_SUBJ)))
						break;
				}
				if (IS_MENT(s->cover[pos + g]))
					continue;
				c2 = child(s->d, gn, T(s, pos + g)->hs);
				if (c2 >= 0 && sp < 64)
				{
					stack[sp].node = c2;
					stack[sp].pos = pos + g + 1;
					stack[sp].g0 = g > 0 ? pos : -1;
					stack[sp].g1 = g > 0 ? pos + g - 1 : -1;
					sp++;
				}
			}
		}
	}
	return best;
}

static int
kind_rank(int kind)
{
	switch (kind)
	{
		case GX_W_STANCE:
			return 10;
		case GX_W_PREDICATE:
			return 9;
		case GX_W_JOIN:
			return 8;
		case GX_W_NEGATION:
			return 7;
		case GX_W_SPEECH:
			return 6;
		case GX_W_INTENSIFIER:
			return 5;
		default:
			return 1;
	}
}

static void
find_cues(state *s)
{
	int			k = 0;
	int			first_word = -1;

	s->ncues = 0;
	for (k = 0; k < s->nm; k++)
		if (T(s, k)->f & T_WORD)
		{
			first_word = k;
			break;
		}
	k = 0;
	while (k < s->nm)
	{
		int32_t		node = -1;
		int			g0 = -1,
					g1 = -1,
					end;
		const tok  *t = T(s, k);

		if (IS_MENT(s->cover[k]) || !(t->f & T_WORD))
		{
			k++;
			continue;
		}
		end = match_word_at(s, k, &node, &g0, &g1);
		/* "concerning" is a preposition, not a concern */
		if (end == k && (t->wc & (WC_OPEN | WC_BLOCK | WC_OF | WC_FROM)) && t->nlen > 5)
			end = -1;
		if (end >= k)
		{
			const word_ent *best = NULL;
			int32_t		e;

			for (e = s->d->nodes[node].first; e >= 0; e = s->d->words[e].next)
				if (best == NULL || kind_rank(s->d->words[e].kind) > kind_rank(best->kind))
					best = &s->d->words[e];
			/* a capitalised verb in running text is a name ("all States") */
			if (best && (t->f & T_CAP) && !(t->f & T_UPPER) && k != first_word &&
				!s->titlecase && !is_punct(s, k - 1, '"') && !is_punct(s, k - 1, '.') &&
				(best->kind == GX_W_STANCE || best->kind == GX_W_SPEECH ||
				 best->kind == GX_W_PREDICATE))
				best = NULL;
			if (best && s->ncues < GX_MAX_SENT_TOKENS)
			{
				cue		   *c = &s->cues[s->ncues];
				int			q;

				memset(c, 0, sizeof(*c));
				c->k0 = k;
				c->k1 = end;
				c->kind = best->kind;
				c->stance = best->stance;
				c->intensity = best->intensity;
				for (q = k; q <= end; q++)
					if (!IS_MENT(s->cover[q]) && !(g0 >= 0 && q >= g0 && q <= g1))
						s->cover[q] = -2 - s->ncues;
				s->ncues++;
				/* "express (their serious) concern": intensifiers in the gap */
				for (q = g0; g0 >= 0 && q <= g1 && s->ncues < GX_MAX_SENT_TOKENS; q++)
				{
					int32_t		n2 = -1;
					int			a0,
								a1,
								e2;
					int32_t		e;

					if (IS_MENT(s->cover[q]))
						continue;
					e2 = match_word_at(s, q, &n2, &a0, &a1);
					if (e2 < q || e2 > g1)
						continue;
					for (e = s->d->nodes[n2].first; e >= 0; e = s->d->words[e].next)
						if (s->d->words[e].kind == GX_W_INTENSIFIER)
						{
							cue		   *ic = &s->cues[s->ncues];
							int			r;

							memset(ic, 0, sizeof(*ic));
							ic->k0 = q;
							ic->k1 = e2;
							ic->kind = GX_W_INTENSIFIER;
							ic->intensity = s->d->words[e].intensity;
							for (r = q; r <= e2; r++)
								s->cover[r] = -2 - s->ncues;
							s->ncues++;
							q = e2;
							break;
						}
				}
				k = end + 1;
				continue;
			}
		}
		k++;
	}
}

static int
cue_at(const state *s, int k)
{
	return (k >= 0 && k < s->nm && IS_CUE(s->cover[k])) ? CUE_OF(s->cover[k]) : -1;
}

static int
ment_at(const state *s, int k)
{
	return (k >= 0 && k < s->nm && IS_MENT(s->cover[k])) ? s->cover[k] : -1;
}

static void
mark_exclusions(state *s)
{
	int			i;

	for (i = 0; i < s->ncues; i++)
	{
		cue		   *c = &s->cues[i];
		int			m;

		if (c->kind != GX_W_RELATION)
			continue;
		/* X's partners */
		if (c->k0 >= 2 && (T(s, c->k0 - 1)->f & T_POSS) && (m = ment_at(s, c->k0 - 2)) >= 0)
			s->ments[m].excluded = true;
		/* allies of (the) X (, Y and Z) */
		if (c->k1 + 1 < s->nm && (T(s, c->k1 + 1)->wc & WC_OF))
		{
			int			k = c->k1 + 2;

			while (k < s->nm)
			{
				if ((m = ment_at(s, k)) >= 0)
				{
					s->ments[m].excluded = true;
					k = s->ments[m].k1 + 1;
					if (k < s->nm && (is_punct(s, k, ',') || (T(s, k)->wc & WC_CONJ)))
					{
						k++;
						continue;
					}
					break;
				}
				if (T(s, k)->wc & WC_DET)
				{
					k++;
					continue;
				}
				break;
			}
		}
	}
}

/* a token that may sit between members of an enumeration */
static bool
connector(const state *s, int k)
{
	const tok  *t = T(s, k);

	if (IS_CUE(s->cover[k]))
		return s->cues[CUE_OF(s->cover[k])].kind == GX_W_CONJ;	/* "joined by" */
	if (t->p == ',' || t->p == '&' || t->p == '(' || t->p == ')')
		return true;
	if (t->wc & (WC_CONJ | WC_DET | WC_OF))
		return true;
	if ((t->f & T_WORD) && (t->f & T_CAP) && !(t->f & T_POSS))
		return true;			/* titles: President, Foreign Minister */
	return false;
}

/*
 * May the mention m be the subject of what follows it?  Not when a verb or
 * a preposition (other than of/from) governs it: "to defend Japan".
 */
static bool
subject_ok(const state *s, int mi)
{
	const mention *mn = &s->ments[mi];
	int			k = mn->k0 - 1,
				j;
	const tok  *t;

	if (mn->excluded)
		return false;
	/* "Russia's failure ...": the possessor of something that is not its
	 * voice (minister, government ...) is not the subject */
	if (mn->poss && mn->k1 + 2 < s->nm)
	{
		const tok  *h = T(s, mn->k1 + 2);

		if ((h->f & T_WORD) && !(h->f & T_CAP) && !(h->wc & WC_ROLE) &&
			cue_at(s, mn->k1 + 2) < 0 && ment_at(s, mn->k1 + 2) < 0)
			return false;
	}
	while (k >= 0 && (T(s, k)->wc & WC_DET))
		k--;
	if (k < 0)
		return true;
	t = T(s, k);
	if (!(t->f & T_WORD) || IS_MENT(s->cover[k]))
		return true;
	if (IS_CUE(s->cover[k]))
	{
		int			kind = s->cues[CUE_OF(s->cover[k])].kind;

		return kind == GX_W_INTENSIFIER || kind == GX_W_SPEECH || kind == GX_W_CONJ;
	}
	if (t->wc & (WC_CONJ | WC_THAT | WC_ADV | WC_CLAUSE | WC_TIME))
		return true;
	/* "a spokesperson for the Chinese foreign ministry" */
	if ((t->wc & WC_FOR) && k >= 1 && (T(s, k - 1)->wc & WC_ROLE))
		return true;
	if (t->wc & (WC_OF | WC_FROM) || (t->f & (T_CAP | T_DIGIT)) || (t->wc & WC_ROLE))
	{
		/* "the government of X", "President X": inside a phrase that a
		 * preposition governs ("a request by the government of X")? */
		for (j = k - 1; j >= 0 && j >= k - 8; j--)
		{
			const tok  *u = T(s, j);

			if (IS_CUE(s->cover[j]))
			{
				int			kind = s->cues[CUE_OF(s->cover[j])].kind;

				if (kind == GX_W_ANAPHOR || kind == GX_W_SELF || kind == GX_W_GROUP_ANAPHOR ||
					kind == GX_W_RELATION || kind == GX_W_INTENSIFIER)
					continue;
				return true;
			}
			if (!(u->f & T_WORD) || (u->wc & (WC_THAT | WC_CONJ)))
				return true;
			if ((u->wc & WC_FOR) && j >= 1 && (T(s, j - 1)->wc & WC_ROLE))
				continue;
			if ((u->wc & (WC_OPEN | WC_BLOCK)) && !(u->wc & (WC_OF | WC_FROM)))
				return false;
		}
		return true;
	}
	if (t->f & (T_LY | T_POSS))
		return true;
	return false;
}

enum
{
	SRC_NONE, SRC_EXPLICIT, SRC_SELF, SRC_THIRD, SRC_GROUP, SRC_POSS, SRC_INHERITED
};

/*
 * Scan back from k (inclusive) to stop (exclusive) for the subject: the
 * nearest pronoun or description, or the nearest group of mentions.
 */
static int
subject_back(const state *s, int k, int stop, aset *out, bool *hit_cue, int *prev_cue)
{
	/* from outside a quote, the subject is not inside one */
	bool		outside = !(k + 1 < s->nm && k + 1 >= 0 && s->inq[k + 1]);

	*hit_cue = false;
	*prev_cue = -1;
	out->n = 0;
	((state *) s)->want_n = 0;
	for (; k > stop; k--)
	{
		int			c = cue_at(s, k),
					m;
		const tok  *t = T(s, k);

		/* a quoted clause ('"...," the statement said') is not the subject
		 * of the verb after it; a quoted phrase ('they "strongly" condemn')
		 * is read through */
		if (outside && s->inq[k] && (k + 1 >= s->nm || !s->inq[k + 1]) &&
			(t->p == ',' || t->p == '.' || t->p == '!' || t->p == '?'))
			return SRC_NONE;
		if (c >= 0)
		{
			int			kind = s->cues[c].kind;

			if ((kind == GX_W_SELF || kind == GX_W_ANAPHOR || kind == GX_W_GROUP_ANAPHOR) &&
				s->cues[c].k0 > 0)
			{
				/* "a request by the government": governed, not a subject */
				const tok  *p = T(s, s->cues[c].k0 - 1);

				if ((p->wc & (WC_OPEN | WC_BLOCK)) && !(p->wc & (WC_OF | WC_FROM)))
				{
					k = s->cues[c].k0;
					continue;
				}
			}
			if (kind == GX_W_SELF)
				return SRC_SELF;
			if (kind == GX_W_ANAPHOR)
			{
				int			j;

				((state *) s)->want_n = 0;
				for (j = s->cues[c].k0; j <= s->cues[c].k1; j++)
					if (T(s, j)->wc & WC_NUMBER)
						((state *) s)->want_n = (int) WC_VALUE(T(s, j)->wc);
				return SRC_THIRD;
			}
			if (kind == GX_W_GROUP_ANAPHOR)
				return SRC_GROUP;
			if (kind == GX_W_STANCE || kind == GX_W_SPEECH || kind == GX_W_PREDICATE ||
				kind == GX_W_JOIN)
			{
				*hit_cue = true;
				*prev_cue = c;
				return SRC_NONE;
			}
			k = s->cues[c].k0;
			continue;
		}
		/* "The African Union, which suspended Niger, urged": back over the
		 * relative clause to its antecedent */
		if ((t->wc & WC_REL) && k >= 2 && is_punct(s, k - 1, ','))
		{
			k--;
			continue;
		}
		if (t->p == ';' || t->p == ':' || (t->wc & (WC_THAT | WC_REL | WC_CLAUSE)))
			return SRC_NONE;
		if ((m = ment_at(s, k)) >= 0)
		{
			int			gap = 0,
						j;

			if (!subject_ok(s, m))
			{
				k = s->ments[m].k0;
				continue;
			}
			if (s->ments[m].poss)
			{
				/* "North Korea's (direct) support for": a reported fact */
				int			j2;

				for (j2 = s->ments[m].k1 + 2; j2 < s->nm && j2 <= s->ments[m].k1 + 5; j2++)
				{
					int			c2 = cue_at(s, j2);

					if (c2 >= 0 && s->cues[c2].kind == GX_W_STANCE)
						return SRC_POSS;
					/* "Turkey's president hailed": a voice, not a report */
					if (c2 >= 0 || !(T(s, j2)->f & T_WORD) || (T(s, j2)->f & T_CAP) ||
						(T(s, j2)->wc & WC_ROLE))
						break;
				}
			}
			aset_add(out, s->ments[m].actor);
			/* extend the enumeration backwards */
			for (j = s->ments[m].k0 - 1; j > stop && gap <= 4; j--)
			{
				int			m2 = ment_at(s, j);

				if (m2 >= 0)
				{
					if (!s->ments[m2].excluded)
						aset_add(out, s->ments[m2].actor);
					j = s->ments[m2].k0;
					gap = 0;
					continue;
				}
				if (!connector(s, j))
					break;
				gap++;
			}
			return SRC_EXPLICIT;
		}
	}
	return SRC_NONE;
}

/* the group of mentions starting at stream position k (forwards) */
static int
group_forward(const state *s, int k, int limit, aset *out, bool respect_block)
{
	int			gap = 0;
	int			last = k;

	while (k < s->nm && k < limit)
	{
		int			m = ment_at(s, k);

		if (m >= 0)
		{
			int			m2;

			/* "Yemen's Houthi rebels", "Russia's Wagner Group": the
			 * possessor only places the actor named after it */
			if (s->ments[m].poss && (m2 = ment_at(s, s->ments[m].k1 + 2)) >= 0 &&
				s->d->country[s->ments[m2].actor] != s->d->country[s->ments[m].actor])
			{
				k = s->ments[m].k1 + 2;
				continue;
			}
			if (!s->ments[m].excluded)
				aset_add(out, s->ments[m].actor);
			k = s->ments[m].k1 + 1;
			last = k;
			gap = 0;
			if (s->ments[m].poss)
				break;
			continue;
		}
		if (respect_block && (T(s, k)->wc & WC_BLOCK))
			break;
		if (!connector(s, k) || gap >= 6)
			break;
		gap++;
		k++;
	}
	return last;
}

static int
stance_class_of(uint32_t st)
{
	return (int) gp_stance_class_of((gp_stance) st);
}

/*
 * The target of cue ci: the first group of mentions after it that is not
 * behind a preposition of place or victim ("attack in Cairo", "war against
 * Ukraine").  A request takes only its direct object ("urge all States, ...
 * to cooperate with Egypt" has no target actor).  Same-class cues met
 * before any target are absorbed ("commitment to supporting").
 */
static int
target_forward(state *s, int ci, aset *out)
{
	cue		   *c = &s->cues[ci];
	int			cls = stance_class_of(c->stance);
	bool		req = (cls == GP_CLASS_REQUEST);
	bool		block = false;
	bool		violent = false;
	bool		domestic = false;
	int			k,
				end = -1;
	int			limit = c->k1 + 60;

	out->n = 0;
	for (k = c->k0 + 1; k < s->nm && k < limit; k++)
	{
		const tok  *t = T(s, k);
		int			cc = cue_at(s, k),
					m;

		if (cc == ci)
			continue;
		if (cc >= 0)
		{
			cue		   *o = &s->cues[cc];

			if (o->kind == GX_W_GROUP_ANAPHOR && !block && s->last_group.n &&
				!aset_eq(&s->last_group, &c->src) && o->k1 + 1 < s->nm &&
				(T(s, o->k1 + 1)->f & T_POSS))
			{
				/* "supports the bloc's efforts": the bloc that spoke last */
				*out = s->last_group;
				end = o->k1 + 1;
				break;
			}
			if (o->kind == GX_W_INTENSIFIER || o->kind == GX_W_SELF ||
				o->kind == GX_W_ANAPHOR || o->kind == GX_W_GROUP_ANAPHOR ||
				o->kind == GX_W_RELATION)
			{
				k = o->k1;
				continue;
			}
			if (o->kind == GX_W_PREP_BLOCK)
			{
				block = true;
				k = o->k1;
				continue;
			}
			if (o->kind == GX_W_PREP_OPEN)
			{
				block = false;
				k = o->k1;
				continue;
			}
			if (o->kind == GX_W_CONJ || o->kind == GX_W_NEGATION || o->kind == GX_W_LIGHT ||
				o->kind == GX_W_NOUN || (o->kind == GX_W_STANCE && (o->hypo || o->neg)))
			{
				/* "warned that the bloc would impose sanctions on Russia" */
				k = o->k1;
				continue;
			}
			if (o->kind == GX_W_STANCE && stance_class_of(o->stance) == cls && !o->done)
			{
				o->done = true;	/* "commitment to supporting" */
				if (o->intensity > c->intensity)
					c->intensity = o->intensity;
				k = o->k1;
				continue;
			}
			break;
		}
		if (t->p == ';' || t->p == ':' || t->p == '.' || t->p == '!' || t->p == '?' ||
			(t->wc & WC_CLAUSE))
			break;
		/* ", which are incompatible with the UN Charter": a relative clause
		 * about the object; "and decided to invite X": a new verb */
		if ((t->wc & WC_REL) && is_punct(s, k - 1, ','))
			break;
		if ((t->wc & WC_CONJ) && k + 1 < s->nm)
		{
			const tok  *nx = T(s, k + 1);

			if (cue_at(s, k + 1) >= 0 && s->cues[cue_at(s, k + 1)].kind == GX_W_SPEECH)
				break;
			if ((nx->f & T_WORD) && !(nx->f & T_CAP) && nx->e - nx->s > 4 &&
				s->seg[nx->e - 2] == 'e' && s->seg[nx->e - 1] == 'd' && ment_at(s, k + 1) < 0)
				break;
		}
		if (s->inq[k] && !s->inq[c->k0] && k > c->k1 + 1 && is_punct(s, k - 1, ','))
			break;
		if ((m = ment_at(s, k)) >= 0)
		{
			if (block && !(req && k == c->k1 + 1))
			{
				k = s->ments[m].k1;
				continue;
			}
			end = group_forward(s, k, limit, out, true);
			break;
		}
		if (req)
		{
			if (t->p == ',' || (t->wc & WC_THAT) ||
				((t->wc & (WC_BLOCK | WC_OPEN)) && !(t->wc & WC_TO && k == c->k1 + 1) &&
				 !((t->wc & WC_OPEN) && k == c->k1 + 1)))
				break;
			continue;
		}
		if (t->wc & WC_DOMESTIC)
			domestic = true;
		if (domestic && (t->wc & WC_BLOCK) && !(t->wc & WC_AGAINST))
		{
			/* "the military takeover in Myanmar": the state's own conduct */
			block = false;
			domestic = false;
			continue;
		}
		if (t->wc & WC_VIOLENT)
			violent = true;
		else if (violent && (t->wc & (WC_OPEN | WC_BLOCK | WC_OF)) && !(t->wc & WC_BY))
		{
			/* "the attack on Kyiv", "the invasion of Ukraine": a victim */
			block = true;
			violent = false;
		}
		else if (t->wc & WC_AGAINST)
			block = (cls != GP_CLASS_SANCTION);
		else if (t->wc & WC_BLOCK)
			block = true;
		else if (t->wc & WC_OPEN)
			block = false;
		if (!(t->wc & WC_VIOLENT) && (t->f & T_WORD) && !(t->wc & (WC_DET | WC_OPEN | WC_BLOCK | WC_OF)))
			violent = false;
	}
	return end;
}

/*
 * "Iran launched more than 300 drones at Israel", "Russia's invasion of
 * Ukraine": who attacked, so that "condemned the attack" in the next
 * sentence has its author.
 */
static void
note_aggressor(state *s)
{
	int			k;

	for (k = 0; k < s->nm; k++)
	{
		const tok  *t = T(s, k);
		int			m;

		if (!(t->wc & WC_VIOLENT))
			continue;
		if (t->wc & WC_VERB)
		{
			/* the subject of the verb ("The US and Britain on Friday
			 * carried out strikes") */
			aset		a;
			bool		hit;
			int			pc;

			if (subject_back(s, k - 1, -1, &a, &hit, &pc) == SRC_EXPLICIT)
			{
				s->aggressor = a;
				s->aggressor_sent = s->sent;
			}
		}
		else if (k >= 2 && (T(s, k - 1)->f & T_POSS) && (m = ment_at(s, k - 2)) >= 0)
		{
			/* "Russia's invasion" */
			s->aggressor.n = 0;
			aset_add(&s->aggressor, s->ments[m].actor);
			s->aggressor_sent = s->sent;
		}
	}
}

/* "condemned the attack": the attack just named, by whom it was launched */
static bool
attack_reference(const state *s, const cue *c, aset *tgt)
{
	int			k;

	if (s->aggressor.n == 0 || s->sent - s->aggressor_sent > 2)
		return false;
	for (k = c->k1 + 1; k < s->nm && k <= c->k1 + 4; k++)
	{
		const tok  *t = T(s, k);

		if (t->wc & WC_DET)
			continue;
		if ((t->wc & WC_VIOLENT) && !(t->wc & WC_VERB))
		{
			*tgt = s->aggressor;
			return true;
		}
		if (!(t->f & T_WORD) || (t->wc & (WC_OPEN | WC_BLOCK | WC_OF)) || IS_MENT(s->cover[k]))
			return false;
	}
	return false;
}

/* the countries (first segments) of n actor ids: {PRK.GOV,RUS} -> {PRK,RUS} */
static void
country_set(const gx_dict *d, const int *ids, int n, aset *out)
{
	int			i;

	out->n = 0;
	for (i = 0; i < n; i++)
		aset_add(out, d->country[ids[i]]);
}

/* the same actors at country level ({PRK.GOV} is {PRK}) */
static bool
same_set(const gx_dict *d, const int *a, int na, const int *b, int nb)
{
	aset		x,
				y;

	country_set(d, a, na, &x);
	country_set(d, b, nb, &y);
	return aset_eq(&x, &y);
}

static bool
same_countries(const gx_dict *d, const aset *a, const aset *b)
{
	return same_set(d, a->a, a->n, b->a, b->n);
}

/* a date said in the sentence, near the cue */
static int32_t
sentence_date(const state *s, int k_from, int k_to, int cue_k0)
{
	int			k;

	if (s->published == GX_NO_DATE)
		return GX_NO_DATE;
	if (k_from < 0)
		k_from = 0;
	for (k = k_from; k < k_to && k < s->nm; k++)
	{
		const tok  *t = T(s, k);

		if (t->wc & WC_WEEKDAY)
		{
			int			want = (int) WC_VALUE(t->wc);
			int			back = (weekday(s->published) - want + 7) % 7;

			return s->published - back;
		}
		if (t->wc & WC_RELDAY)
			return s->published - (int32_t) WC_VALUE(t->wc);
		/* a full date after the verb is the date of what is condemned
		 * ("the launches of December 17"), not of the statement */
		if (k < cue_k0 && (t->wc & WC_MONTH) && !(t->wc & WC_ABBR && !is_punct(s, k + 1, '.') &&
									!(k + 1 < s->nm && T(s, k + 1)->num >= 0)))
		{
			int			mon = (int) WC_VALUE(t->wc);
			int			day = -1,
						year = -1,
						py,
						pm,
						pd;
			int			j = k + 1;

			/* "May" is a month only with a number next to it */
			if (k > 0 && T(s, k - 1)->num >= 1 && T(s, k - 1)->num <= 31)
				day = T(s, k - 1)->num;
			if (is_punct(s, j, '.'))
				j++;
			if (j < s->nm && T(s, j)->num >= 1 && T(s, j)->num <= 31 && day < 0)
			{
				day = T(s, j)->num;
				j++;
				if (is_punct(s, j, ','))
					j++;
			}
			if (j < s->nm && T(s, j)->num >= 1900 && T(s, j)->num <= 2200)
				year = T(s, j)->num;
			if (day < 0)
				continue;
			civil_from_days(s->published, &py, &pm, &pd);
			if (year < 0)
			{
				/* "on 28 December" in a January article: last year; a
				 * date just after the publication day is not a statement's */
				year = (mon > pm + 2) ? py - 1 : py;
			}
			{
				int32_t		d = gx_days_from_civil(year, mon, day);

				if (d <= s->published && d > s->published - 400)
					return d;
			}
		}
	}
	return GX_NO_DATE;
}

static bool
negated(const state *s, const cue *c)
{
	int			k,
				seen = 0;

	for (k = c->k0 - 1; k >= 0 && seen < 4; k--)
	{
		int			cc = cue_at(s, k);

		if (cc >= 0)
		{
			if (s->cues[cc].kind == GX_W_NEGATION)
				return true;
			if (s->cues[cc].kind == GX_W_INTENSIFIER)
			{
				k = s->cues[cc].k0;
				continue;
			}
			return false;
		}
		if (!(T(s, k)->f & T_WORD))
			return false;
		seen++;
	}
	return false;
}

/*
 * The position before k, passing over intensifiers ("strongly"), words of
 * the classes in skip, and adverbs in -ly when skip_ly; -1 at the start.
 */
static int
back_over(const state *s, int k, uint32_t skip, bool skip_ly)
{
	for (k = k - 1; k >= 0; k--)
	{
		int			cc = cue_at(s, k);

		if (cc >= 0 && s->cues[cc].kind == GX_W_INTENSIFIER)
		{
			k = s->cues[cc].k0;
			continue;
		}
		if (cc < 0 && ((skip_ly && (T(s, k)->f & T_LY)) || (T(s, k)->wc & skip)))
			continue;
		return k;
	}
	return -1;
}

/*
 * "additional support for Ukraine", "the condemnation of": a noun that
 * reports, not a verb that states.  Our/their/its before it, or a subject,
 * an adverb, a modal or "to" make it a statement.
 */
static bool
noun_use(const state *s, const cue *c)
{
	const tok  *t = T(s, c->k0);
	const tok  *nx;
	int			k,
				cc;

	if (c->k1 != c->k0 || c->k1 + 1 >= s->nm)
		return false;
	nx = T(s, c->k1 + 1);
	if (!(nx->wc & (WC_FOR | WC_OF | WC_TO)))
		return false;
	if (t->e >= 2 && s->seg[t->e - 2] == 'e' && s->seg[t->e - 1] == 'd')
		return false;
	if ((k = back_over(s, c->k0, 0, false)) < 0)
		return true;
	if ((cc = cue_at(s, k)) >= 0)
		return !(s->cues[cc].kind == GX_W_SELF || s->cues[cc].kind == GX_W_ANAPHOR ||
				 s->cues[cc].kind == GX_W_GROUP_ANAPHOR);
	if (ment_at(s, k) >= 0)
		return false;
	t = T(s, k);
	if (!(t->f & T_WORD))
		return true;
	return !((t->f & T_LY) || (t->wc & (WC_ADV | WC_MODAL | WC_TO | WC_BE)));
}

/* is stream position k behind a preposition of place or victim? */
static bool
blocked_at(const state *s, int k)
{
	int			j;
	bool		block = false;

	for (j = k > 15 ? k - 15 : 0; j < k; j++)
	{
		int			cc = cue_at(s, j);
		const tok  *t = T(s, j);

		if (cc >= 0)
		{
			if (s->cues[cc].kind == GX_W_PREP_BLOCK)
				block = true;
			else if (s->cues[cc].kind == GX_W_PREP_OPEN)
				block = false;
			j = s->cues[cc].k1;
			continue;
		}
		if (t->wc & WC_BLOCK)
			block = true;
		else if (t->wc & WC_OPEN)
			block = false;
		else if (t->p == ';' || t->p == ':')
			block = false;
	}
	return block;
}

/*
 * "would impose sanctions", "urged X to condemn": what another verb
 * reports or asks for, not a statement of its own.
 */
static bool
hypothetical(const state *s, const cue *c)
{
	static uint64_t h_would,
				h_could,
				h_might,
				h_may;
	const tok  *t;
	int			k;

	if (!h_would)
	{
		h_would = fnv("would", 5);
		h_could = fnv("could", 5);
		h_might = fnv("might", 5);
		h_may = fnv("may", 3);
	}
	if ((k = back_over(s, c->k0, WC_ADV, true)) < 0 || cue_at(s, k) >= 0)
		return false;
	t = T(s, k);
	if (t->wc & WC_TO)
	{
		/* "urged X to support", "threatened to impose": the content of a
		 * stance before it; "met to reaffirm their support" is not */
		int			j;

		for (j = k - 1; j >= 0; j--)
		{
			int			c2 = cue_at(s, j);

			if (T(s, j)->p == ';' || T(s, j)->p == ':')
				return false;
			if (c2 >= 0 && s->cues[c2].kind == GX_W_STANCE)
				return true;
		}
		return false;
	}
	return t->hn == h_would || t->hn == h_could || t->hn == h_might || t->hn == h_may;
}

/*
 * Does a noun phrase we cannot name stand right before the verb ("the
 * Baltic states slammed", "the launches threatened")?  Then the verb has a
 * subject, just not an actor, and the last speaker is not it.
 */
static bool
unknown_subject(const state *s, const cue *c)
{
	int			k = back_over(s, c->k0, WC_ADV | WC_MODAL | WC_BE, true);
	const tok  *t;

	if (k < 0 || cue_at(s, k) >= 0)
		return false;
	if (ment_at(s, k) >= 0)
		return true;			/* a mention that cannot be the subject */
	t = T(s, k);
	if (!(t->f & T_WORD) || (t->f & (T_DIGIT | T_ALLNUM)))
		return false;
	return !(t->wc & (WC_CONJ | WC_DET | WC_THAT | WC_REL | WC_OPEN | WC_BLOCK | WC_OF |
					  WC_FROM | WC_TIME | WC_WEEKDAY | WC_CLAUSE | WC_PRONOUN_SUBJ));
}

/*
 * Background, not news: a stance inside a relative clause ("Russia, which
 * the UN condemned, ...") or after an earlier year ("In 2014 the G7
 * condemned ...").
 */
static bool
background(const state *s, const cue *c)
{
	int			k,
				py = 0;

	if (s->published != GX_NO_DATE)
	{
		int			pm,
					pd;

		civil_from_days(s->published, &py, &pm, &pd);
	}
	for (k = c->k0 - 1; k >= 0; k--)
	{
		const tok  *t = T(s, k);

		if (py && t->num >= 1900 && t->num < py)
			return true;
		if (t->p == ',' || t->p == ';' || t->p == ':')
		{
			/* a comma closes a relative clause only if one came before it */
			continue;
		}
		if ((t->wc & WC_REL) && k >= 1 && is_punct(s, k - 1, ','))
		{
			/* inside ", which ... <cue>" unless a comma closed it */
			int			j;

			for (j = k + 1; j < c->k0; j++)
				if (is_punct(s, j, ','))
					return false;
			return true;
		}
	}
	return false;
}

/* "is supported by": a passive verb; its subject is the target */
static bool
passive(const state *s, const cue *c)
{
	int			k = c->k0 - 1;

	if (c->k1 != c->k0 || stance_class_of(c->stance) == GP_CLASS_CONCERN)
		return false;
	while (k >= 0 && (T(s, k)->f & T_LY))
		k--;
	if (k < 0 || !(T(s, k)->wc & WC_BE))
		return false;
	return c->k1 + 1 < s->nm && (T(s, c->k1 + 1)->wc & WC_BY);
}

/* coordinated with what came before: ", and also demand" */
static bool
coordinated(const state *s, const cue *c)
{
	int			k = back_over(s, c->k0, WC_ADV, true);

	return k >= 0 && (T(s, k)->p == ',' || (T(s, k)->wc & WC_CONJ));
}

static int
intensity_near(const state *s, const cue *c)
{
	int			best = c->intensity,
				k;

	for (k = c->k0 - 4; k <= c->k1 + 8 && k < s->nm; k++)
	{
		int			cc;

		if (k < 0)
			continue;
		cc = cue_at(s, k);
		if (cc >= 0 && s->cues[cc].kind == GX_W_INTENSIFIER)
		{
			if (k > c->k1 + 1 && s->cues[cc].k0 == k && k > c->k1 + 1)
			{
				/* after the cue only right after it ("condemned in the
				 * strongest terms") */
				int			j = c->k1 + 1;

				while (j < k && (T(s, j)->wc & WC_DET))
					j++;
				if (j != k)
					continue;
			}
			if (s->cues[cc].intensity > best)
				best = s->cues[cc].intensity;
			k = s->cues[cc].k1;
		}
		if (k >= c->k0 && k <= c->k1 && (T(s, k)->f & T_LY) == 0)
			continue;
	}
	return best;
}

static void
resolve_anaphor(const state *s, int how, const aset *sent_speaker, aset *src)
{
	src->n = 0;
	if (how == SRC_SELF)
	{
		if (s->in_quote && s->quote_speaker.n)
			*src = s->quote_speaker;
		else if (s->doc.n)
			*src = s->doc;
		else
			*src = s->last;
	}
	else if (how == SRC_GROUP)
	{
		if (sent_speaker && sent_speaker->n)
			*src = *sent_speaker;
		else if (s->last_group.n)
			*src = s->last_group;
		else
			*src = s->last;
	}
	else if (how == SRC_THIRD)
	{
		if (s->want_n > 0)
		{
			/* "the three countries": the last speaker that was three */
			int			h;

			for (h = 1; h <= 8 && h <= s->hpos; h++)
				if (s->history[(s->hpos - h) % 8].n == s->want_n)
				{
					*src = s->history[(s->hpos - h) % 8];
					return;
				}
		}
		if (sent_speaker && sent_speaker->n)
			*src = *sent_speaker;
		else if (s->last.n)
		{
			*src = s->last;
			((state *) s)->last_sent = s->sent;	/* "they" keeps it current */
		}
		else
			*src = s->doc;
	}
}

static bool
has_group(const state *s, const aset *a)
{
	int			i;

	for (i = 0; i < a->n; i++)
		if (s->d->group[a->a[i]])
			return true;
	return false;
}

static void
set_speaker(state *s, const aset *a)
{
	if (a->n == 0)
		return;
	s->history[s->hpos % 8] = *a;
	s->hpos++;
	s->last = *a;
	s->last_sent = s->sent;
	if (has_group(s, a))
		s->last_group = *a;
}

/* give candidate c the source a (its ids copied into the work arena) */
static bool
set_source(gx_arena *work, cand *c, const aset *a)
{
	int		   *ids = gx_alloc(work, sizeof(int) * (size_t) (a->n ? a->n : 1));
	int			k;

	if (ids == NULL)
		return false;
	for (k = 0; k < a->n; k++)
		ids[k] = a->a[k];
	c->st.src = ids;
	c->st.nsrc = a->n;
	return true;
}

static bool
emit(state *s, const cue *c, const aset *src, const aset *tgt, int32_t said,
	 float conf, int obj_from)
{
	cand	   *x;
	int			i,
				k;
	gp_stance	st;
	char		code[5];

	if ((src->n == 0 && !s->pending) || tgt->n == 0)
		return true;
	x = grow(s->work, s->c, sizeof(cand), s->nc, &s->capc);
	if (x == NULL)
		return false;
	s->c = x;
	x = &s->c[s->nc++];
	memset(x, 0, sizeof(*x));
	{
		int		   *ids = gx_alloc(s->work, sizeof(int) * (size_t) (src->n + tgt->n));

		if (ids == NULL)
			return false;
		for (i = 0; i < src->n; i++)
			ids[i] = src->a[i];
		for (i = 0; i < tgt->n; i++)
			ids[src->n + i] = tgt->a[i];
		x->st.nsrc = src->n;
		x->st.src = ids;
		x->st.ntgt = tgt->n;
		x->st.tgt = ids + src->n;
	}
	gp_stance_code((gp_stance) c->stance, code);
	if (!gp_stance_make(code, intensity_near(s, c), false, 0, &st))
		st = (gp_stance) c->stance;
	x->st.stance = st;
	/* a date said once holds for what the same speaker says after it
	 * ("The G7 on Friday urged ... The ministers also called on ...") */
	x->said_explicit = (said != GX_NO_DATE);
	x->quoted = s->inq[c->k0];
	if (said != GX_NO_DATE)
	{
		s->dated_src = *src;
		s->dated_on = said;
	}
	else if (s->dated_on != GX_NO_DATE && aset_eq(src, &s->dated_src))
		said = s->dated_on;
	x->st.said_on = said != GX_NO_DATE ? said : s->published;
	x->st.ev_start = s->t[0].s;
	x->st.ev_end = s->t[s->nt - 1].e;
	x->st.confidence = conf;
	x->st.in_title = s->is_title;
	x->cls = stance_class_of(st);
	x->self_pending = src->n == 0;
	x->quote_pending = s->quote_pending;
	x->sent = s->sent;
	x->para = s->para;
	x->title = s->is_title;
	/* the object's content words, to tell repeats from new statements */
	for (k = obj_from; k < s->nm && x->nobj < OBJ_MAX; k++)
	{
		const tok  *t = T(s, k);

		if (!(t->f & T_WORD) || ment_at(s, k) >= 0 ||
			(t->wc & (WC_DET | WC_OF | WC_OPEN | WC_BLOCK | WC_CONJ | WC_BE | WC_THAT |
					  WC_WEEKDAY | WC_ADV | WC_FROM)) || t->nlen < 3 || (t->f & T_POSS))
			continue;
		x->obj[x->nobj++] = (uint32_t) (t->hs ^ (t->hs >> 32));
	}
	return true;
}

/* analyse one sentence: s->t[0..nt) */
static bool
sentence(state *s)
{
	int			i,
				k,
				ci;
	aset		sent_speaker;
	bool		q = s->in_quote;
	int			ncaps = 0,
				nwords = 0;

	/* the stream without quotation marks, and who is quoted where */
	s->nm = 0;
	for (i = 0; i < s->nt; i++)
	{
		const tok  *t = &s->t[i];

		if (t->f & T_QUOTE)
		{
			if (t->f & T_QOPEN)
				q = true;
			else if (t->f & T_QCLOSE)
				q = false;
			else if (t->f & T_QTOGGLE)
				q = !q;
			continue;
		}
		s->m[s->nm] = i;
		s->inq[s->nm] = q;
		s->cover[s->nm] = COV_NONE;
		s->nm++;
		if (t->f & T_WORD)
		{
			nwords++;
			if (t->f & T_CAP)
				ncaps++;
		}
	}
	if (s->nm == 0)
		return true;
	s->titlecase = nwords >= 3 && ncaps * 10 >= nwords * 6;
	find_mentions(s);
	if (s->doc.n == 0 && s->nments >= 2)
	{
		/* "Australia, Canada, Japan and New Zealand" alone (or after a
		 * "Signatories:" label): the signatories of the document */
		int			k2,
					start = 0;
		bool		pure = true;
		aset		list;

		list.n = 0;
		for (k2 = 0; k2 < s->nm && k2 < 4; k2++)
			if (is_punct(s, k2, ':'))
				start = k2 + 1;
		for (k2 = start; k2 < s->nm && pure; k2++)
		{
			int			m = ment_at(s, k2);
			const tok  *t = T(s, k2);

			if (m >= 0)
			{
				aset_add(&list, s->ments[m].actor);
				k2 = s->ments[m].k1;
			}
			else if (!(t->p == ',' || t->p == '.' || t->p == ';' || t->p == '&' ||
					   (t->wc & (WC_CONJ | WC_DET)) || (t->f & T_POSS)))
				pure = false;
		}
		if (pure && list.n >= 2)
			s->doc = list;
	}
	find_cues(s);
	mark_exclusions(s);
	note_aggressor(s);

	/* "We, the G7 Foreign Ministers of Canada, France ...": the author
	 * names itself, whatever follows */
	for (ci = 0; ci < s->ncues; ci++)
	{
		cue		   *c = &s->cues[ci];

		if (c->kind == GX_W_SELF && c->k1 + 2 < s->nm && is_punct(s, c->k1 + 1, ','))
		{
			aset		a;
			int			j = c->k1 + 2,
						skip = 0;

			a.n = 0;
			/* over "the leaders of", "the foreign ministers of" */
			while (j < s->nm && skip < 6 && ment_at(s, j) < 0 && (T(s, j)->f & T_WORD) &&
				   (cue_at(s, j) < 0 || s->cues[cue_at(s, j)].kind == GX_W_ANAPHOR ||
					s->cues[cue_at(s, j)].kind == GX_W_GROUP_ANAPHOR))
			{
				j++;
				skip++;
			}
			if (j < s->nm && ment_at(s, j) >= 0)
				group_forward(s, j, s->nm, &a, true);
			if (a.n)
			{
				s->doc = a;
				set_speaker(s, &a);
			}
			break;
		}
	}

	/* speech cues first: who speaks in this sentence, who is quoted */
	sent_speaker.n = 0;
	for (ci = 0; ci < s->ncues; ci++)
	{
		cue		   *c = &s->cues[ci];
		aset		a;
		bool		hit;
		int			pc,
					how;

		if (c->kind != GX_W_SPEECH && c->kind != GX_W_JOIN)
			continue;
		if (c->kind == GX_W_JOIN)
		{
			/* every actor named before "also joined the statement" signed */
			for (k = 0; k < c->k0; k++)
				if (ment_at(s, k) >= 0 && !s->ments[ment_at(s, k)].excluded)
					aset_add(&s->coalition, s->ments[ment_at(s, k)].actor);
			continue;
		}
		if (s->inq[c->k0])
			continue;
		how = subject_back(s, c->k0 - 1, -1, &a, &hit, &pc);
		if (how == SRC_EXPLICIT)
			;
		else if (how == SRC_SELF || how == SRC_THIRD || how == SRC_GROUP)
			resolve_anaphor(s, how, &sent_speaker, &a);
		else
		{
			/* "statement by X", and after a quote "..., said X" */
			int			j = c->k1 + 1;
			bool		inverted = (j < s->nm && (T(s, j)->wc & WC_BY)) ||
				(c->k0 > 0 && s->inq[c->k0 - 1]) || c->k0 == 0;

			a.n = 0;
			while (j < s->nm && (T(s, j)->wc & (WC_DET | WC_BY)))
				j++;
			if (inverted && j < s->nm && ment_at(s, j) >= 0)
				group_forward(s, j, s->nm, &a, true);
			else if (hit && pc >= 0 && s->cues[pc].has_src)
				a = s->cues[pc].src;
		}
		if (a.n == 0 && how == SRC_NONE && s->last.n)
		{
			/* "Consider that ...": the list item of the last speaker */
			c->src = s->last;
			c->has_src = true;
			s->last_sent = s->sent;
			continue;
		}
		if (a.n)
		{
			int32_t		day = sentence_date(s, 0, c->k1 + 4, c->k0);

			c->src = a;
			c->has_src = true;
			sent_speaker = a;
			/* "NATO leaders on Wednesday declared ...": the day holds for
			 * what they say next */
			if (day != GX_NO_DATE)
			{
				s->dated_src = a;
				s->dated_on = day;
			}
			if (how == SRC_EXPLICIT || how == SRC_NONE)
			{
				/* "We, the leaders of X and Y" / "Statement by X": the author */
				set_speaker(s, &a);
			}
		}
	}
	/* a quote in this sentence is attributed to its speaker, and so are
	 * the statements of the same quote in the sentences before it
	 * ('"We condemn X. We urge Y," the minister said.') */
	if (sent_speaker.n)
	{
		for (k = 0; k < s->nm; k++)
			if (s->inq[k])
			{
				size_t		q;

				s->quote_speaker = sent_speaker;
				for (q = s->quote_pending_from; q < s->nc; q++)
					if (s->c[q].quote_pending && s->c[q].para == s->para)
					{
						if (!set_source(s->work, &s->c[q], &sent_speaker))
							return false;
						if (!s->c[q].said_explicit)
							s->c[q].st.said_on = s->published;	/* not the guess's day */
						s->c[q].quote_pending = false;
						s->c[q].self_pending = false;
					}
				s->quote_pending_from = s->nc;
				break;
			}
	}
	else if (!s->in_quote)
		s->quote_speaker.n = 0;

	/* negated and hypothetical stances are read through, never coded */
	for (ci = 0; ci < s->ncues; ci++)
		if (s->cues[ci].kind == GX_W_STANCE || s->cues[ci].kind == GX_W_PREDICATE)
		{
			s->cues[ci].neg = negated(s, &s->cues[ci]);
			s->cues[ci].hypo = hypothetical(s, &s->cues[ci]) || background(s, &s->cues[ci]);
		}

	/* stance and predicate cues */
	for (ci = 0; ci < s->ncues; ci++)
	{
		cue		   *c = &s->cues[ci];
		aset		src,
					tgt;
		int			how = SRC_NONE,
					pc = -1,
					obj_from;
		bool		hit = false;
		float		conf = 0.9f;
		int32_t		said;

		if (c->kind == GX_W_SPEECH && c->has_src)
			continue;
		if (c->kind != GX_W_STANCE && c->kind != GX_W_PREDICATE)
			continue;
		if (c->done)
			continue;
		src.n = tgt.n = 0;
		if (c->kind == GX_W_PREDICATE)
		{
			/* "Russia's actions will have consequences": target before */
			int			m = -1;

			if (c->neg || c->hypo)
				continue;

			for (k = c->k0 - 1; k >= 0; k--)
			{
				const tok  *t = T(s, k);

				if (t->p == ';' || t->p == ':' || (t->wc & WC_THAT) || cue_at(s, k) >= 0)
				{
					int			cc = cue_at(s, k);

					if (cc < 0 || s->cues[cc].kind == GX_W_STANCE ||
						s->cues[cc].kind == GX_W_SPEECH || s->cues[cc].kind == GX_W_PREDICATE)
						break;
					k = s->cues[cc].k0;
					continue;
				}
				if ((m = ment_at(s, k)) >= 0 && !s->ments[m].excluded)
					break;
				m = -1;
			}
			if (m < 0)
				continue;
			aset_add(&tgt, s->ments[m].actor);
			if (sent_speaker.n)
				src = sent_speaker;
			else if (s->in_quote && s->quote_speaker.n)
				src = s->quote_speaker;
			else
				src = s->doc.n ? s->doc : s->last;
			conf = 0.6f;
			/* the speaker does not accuse itself */
			for (i = 0; i < src.n; i++)
				if (src.a[i] == s->ments[m].actor)
					src.n = 0;
			said = sentence_date(s, 0, c->k0, c->k0);
			if (!emit(s, c, &src, &tgt, said, conf, c->k1 + 1))
				return false;
			continue;
		}
		if (passive(s, c))
		{
			/* "Russia was condemned by the G7": by-phrase source, subject target */
			int			j = c->k1 + 2;
			aset		a;
			bool		h2;
			int			p2;

			if (c->neg || c->hypo)
				continue;
			while (j < s->nm && (T(s, j)->wc & WC_DET))
				j++;
			if (j < s->nm && ment_at(s, j) >= 0)
				group_forward(s, j, s->nm, &src, true);
			if (src.n && subject_back(s, c->k0 - 1, -1, &a, &h2, &p2) == SRC_EXPLICIT)
			{
				tgt = a;
				if (!(aset_subset(&tgt, &src) && tgt.n == src.n) &&
					!emit(s, c, &src, &tgt, sentence_date(s, 0, c->k1 + 6, c->k0), 0.8f, c->k1 + 1))
					return false;
			}
			continue;
		}
		if (noun_use(s, c))
			continue;
		/* the source */
		if (s->inq[c->k0] && s->quote_speaker.n)
		{
			src = s->quote_speaker;
			conf = 0.8f;
		}
		else
		{
			if (coordinated(s, c))
			{
				int			j;

				for (j = ci - 1; j >= 0; j--)
					if ((s->cues[j].kind == GX_W_STANCE || s->cues[j].kind == GX_W_SPEECH) &&
						s->cues[j].has_src)
					{
						src = s->cues[j].src;
						how = SRC_INHERITED;
						break;
					}
			}
			if (src.n == 0 && (T(s, c->k0)->wc & WC_POSSPRON))
			{
				/* "our concerns", "its commitments": the pronoun is the source */
				aset		a;

				how = (T(s, c->k0)->hn == fnv("our", 3)) ? SRC_SELF : SRC_THIRD;
				s->want_n = 0;
				resolve_anaphor(s, how, &sent_speaker, &a);
				src = a;
				conf = 0.8f;
			}
			if (src.n == 0)
			{
				how = subject_back(s, c->k0 - 1, -1, &src, &hit, &pc);
				if (how == SRC_POSS)
					continue;
				if (how == SRC_SELF || how == SRC_THIRD || how == SRC_GROUP)
				{
					aset		a;

					resolve_anaphor(s, how, &sent_speaker, &a);
					src = a;
					conf = 0.8f;
				}
				else if (how == SRC_EXPLICIT)
				{
					/* "We, the leaders of X, Y and Z": the author names itself */
					for (k = 0; k < c->k0; k++)
						if (cue_at(s, k) >= 0 && s->cues[cue_at(s, k)].kind == GX_W_SELF)
						{
							s->doc = src;
							break;
						}
				}
				else if (unknown_subject(s, c))
					continue;	/* "the Baltic states slammed": not an actor we know */
				else if (hit && pc >= 0 && s->cues[pc].has_src)
				{
					src = s->cues[pc].src;
					conf = 0.8f;
				}
				else if (sent_speaker.n)
				{
					src = sent_speaker;
					conf = 0.8f;
				}
				else if (s->in_quote && s->quote_speaker.n)
					src = s->quote_speaker;
				else if (s->last.n && s->sent - s->last_sent <= 6)
				{
					/* no subject at all ("2. Urge the United Nations ..."):
					 * the speaker of the sentences just before */
					src = s->last;
					s->last_sent = s->sent;
					conf = 0.6f;
				}
				else
				{
					src = s->doc;
					conf = 0.6f;
				}
			}
		}
		/* "we" before the text has said who we are: the author may be
		 * named further on (a list of signatories at the end) */
		s->pending = (src.n == 0 && how == SRC_SELF);
		/* "we" in a quote whose speaker the text names later */
		s->quote_pending = s->inq[c->k0] && s->quote_speaker.n == 0 &&
			(how == SRC_SELF || how == SRC_THIRD);
		if (src.n == 0 && !s->pending)
			continue;
		c->src = src;
		c->has_src = src.n > 0;
		if (how == SRC_EXPLICIT)
			set_speaker(s, &src);
		/* a negated or reported stance lends its subject to what follows
		 * ("China did not criticise the move, calling for dialogue") */
		if (c->neg || c->hypo)
			continue;
		/* the target */
		obj_from = target_forward(s, ci, &tgt);
		if (tgt.n == 0)
		{
			int			cls = stance_class_of(c->stance);
			char		code[5];
			bool		demand;

			if ((cls == GP_CLASS_DISAPPROVE || cls == GP_CLASS_CONCERN) &&
				attack_reference(s, c, &tgt))
				conf *= 0.7f;

			/* a demand or condemnation of someone named before in the
			 * sentence: the target of the stance it is coordinated with
			 * ("condemn the regime of X and demand the release"), else the
			 * last actor named outside a place or victim phrase.  Not an
			 * appeal: "called on all parties" has its addressee, just not
			 * an actor. */
			gp_stance_code((gp_stance) c->stance, code);
			demand = (code[0] == '1' && code[1] == '0');	/* CAMEO 10: demand */

			if ((demand || cls == GP_CLASS_DISAPPROVE) && coordinated(s, c))
			{
				int			j;

				for (j = ci - 1; j >= 0 && tgt.n == 0; j--)
					if (s->cues[j].kind == GX_W_STANCE && s->cues[j].tgt.n)
					{
						tgt = s->cues[j].tgt;
						conf *= 0.7f;
					}
			}
			if (tgt.n == 0 && how != SRC_EXPLICIT && (demand || cls == GP_CLASS_DISAPPROVE))
			{
				for (k = c->k0 - 1; k >= 0; k--)
				{
					int			m = ment_at(s, k);

					if (m >= 0 && !s->ments[m].excluded && !aset_has(&src, s->ments[m].actor) &&
						!blocked_at(s, s->ments[m].k0))
					{
						aset_add(&tgt, s->ments[m].actor);
						conf *= 0.6f;
						break;
					}
				}
			}
			obj_from = c->k1 + 1;
		}
		if (tgt.n == 0)
			continue;
		/* a state does not condemn itself ({CHN.GOV} -> {CHN}) */
		if (same_countries(s->d, &src, &tgt))
			continue;
		c->tgt = tgt;
		said = sentence_date(s, 0, (obj_from > c->k1 ? obj_from : c->k1) + 6, c->k0);
		if (!emit(s, c, &src, &tgt, said, conf, c->k1 + 1))
			return false;
	}
	return true;
}

/* ================================================================== */
/* the article                                                         */
/* ================================================================== */

static bool
sentence_end_after(const lexer *lx, const tok *dot)
{
	size_t		i = dot->e;
	uint32_t	c;
	size_t		len;
	bool		space = false;

	if (dot->f & T_ABBR)
		return false;
	for (;;)
	{
		c = peek_cp(lx, i, &len);
		if (len == 0)
			return true;
		if (is_newline_cp(c))
			return true;
		if (is_space_cp(c))
		{
			space = true;
			i += len;
			continue;
		}
		/* closing quotes and brackets belong to the sentence */
		if (!space && (c == 0x201D || c == '"' || c == ')' || c == 0xBB || c == 0x2019))
		{
			i += len;
			continue;
		}
		break;
	}
	if (is_upper_cp(c) || c == 0x201C || c == '"' || c == 0xAB || c == '(' || c == 0x2022 ||
		c == '[' || c == '\'' || c == 0x2018)
		return true;
	if (c >= '0' && c <= '9')
		return space;
	if (c >= 0x80 && is_letter_cp(c) && !is_lower_cp(c))
		return space;
	return false;
}

static bool
run_segment(state *s, const char *text, size_t len, bool is_title,
			void (*tick) (void *), void *tick_arg, size_t *ntok, size_t *nsent)
{
	lexer		lx;
	tok			t,
				prev;
	bool		have_prev = false;

	lexer_init(&lx, text, len, false, &s->d->wclass);
	s->seg = text;
	s->is_title = is_title;
	s->nt = 0;
	memset(&prev, 0, sizeof(prev));
	while (lex_next(&lx, &t))
	{
		bool		brk = false;

		(*ntok)++;
		/* a line break ends a sentence unless the text runs on in lower case */
		if ((t.f & T_NL) && s->nt > 0)
		{
			bool		runs_on = (t.f & T_WORD) && !(t.f & (T_CAP | T_DIGIT)) &&
				!(prev.p == '.' || prev.p == ':');

			if (!runs_on)
			{
				if (!sentence(s))
					return false;
				s->sent++;
				(*nsent)++;
				if (tick)
					tick(tick_arg);
				s->nt = 0;
			}
			s->para++;
			s->in_quote = false;
			s->quote_speaker.n = 0;
		}
		if (t.p == '.' && have_prev && (prev.f & T_WORD) &&
			(((prev.wc & WC_ABBR) && !(prev.f & T_ALLNUM)) ||
			 (prev.nlen == 1 && (prev.f & T_CAP))))
			t.f |= T_ABBR;
		if (t.f & T_BREAK)
			brk = s->nt > 0;
		else
		{
			s->t[s->nt++] = t;
			if ((t.p == '.' || t.p == '!' || t.p == '?') && sentence_end_after(&lx, &t))
			{
				/* take closing quotes along */
				tok			q;
				lexer		save = lx;

				while (lex_next(&lx, &q))
				{
					if ((q.f & (T_QCLOSE | T_QTOGGLE)) && !(q.f & T_SPACE) &&
						s->nt < GX_MAX_SENT_TOKENS)
					{
						s->t[s->nt++] = q;
						save = lx;
						continue;
					}
					break;
				}
				lx = save;
				brk = true;
			}
			else if (s->nt >= GX_MAX_SENT_TOKENS)
				brk = true;
		}
		if (brk)
		{
			bool		q = s->in_quote;
			int			i;

			if (!sentence(s))
				return false;
			for (i = 0; i < s->nt; i++)
			{
				if (s->t[i].f & T_QOPEN)
					q = true;
				else if (s->t[i].f & T_QCLOSE)
					q = false;
				else if (s->t[i].f & T_QTOGGLE)
					q = !q;
			}
			s->in_quote = q;
			s->sent++;
			(*nsent)++;
			if (tick)
				tick(tick_arg);
			s->nt = 0;
		}
		prev = t;
		have_prev = true;
	}
	if (s->nt > 0)
	{
		if (!sentence(s))
			return false;
		s->sent++;
		(*nsent)++;
		s->nt = 0;
	}
	return true;
}

static double
obj_overlap(const cand *a, const cand *b)
{
	int			i,
				j,
				hit = 0,
				mn = a->nobj < b->nobj ? a->nobj : b->nobj;

	if (mn == 0)
		return 0.0;
	for (i = 0; i < a->nobj; i++)
		for (j = 0; j < b->nobj; j++)
			if (a->obj[i] == b->obj[j])
			{
				hit++;
				break;
			}
	return (double) hit / mn;
}

/* a hash of (source, class, target) at country level, order-free */
static uint64_t
dedup_key(const gx_dict *d, const cand *c)
{
	aset		x,
				y;
	uint64_t	hs = 0,
				ht = 0;
	int			i;

	country_set(d, c->st.src, c->st.nsrc, &x);
	country_set(d, c->st.tgt, c->st.ntgt, &y);
	for (i = 0; i < x.n; i++)
		hs += mix64((uint64_t) x.a[i] + 1);
	for (i = 0; i < y.n; i++)
		ht += mix64((uint64_t) y.a[i] + 0x1000001);
	return mix64(hs * 3 + ht * 7 + (uint64_t) c->cls);
}

bool
gx_extract(const gx_dict *d, const char *text, size_t len,
		   const char *title, size_t title_len, int32_t published,
		   gx_arena *work, gx_result *out, void (*tick) (void *), void *tick_arg)
{
	state		s;
	size_t		ntok = 0,
				nsent = 0,
				i,
				j,
				nout = 0;

	memset(out, 0, sizeof(*out));
	memset(&s, 0, sizeof(s));
	s.d = d;
	s.work = work;
	s.published = published;
	s.dated_on = GX_NO_DATE;
	s.t = gx_alloc(work, sizeof(tok) * (GX_MAX_SENT_TOKENS + 8));
	s.m = gx_alloc(work, sizeof(int) * (GX_MAX_SENT_TOKENS + 8));
	s.inq = gx_alloc(work, sizeof(bool) * (GX_MAX_SENT_TOKENS + 8));
	s.cover = gx_alloc(work, sizeof(int) * (GX_MAX_SENT_TOKENS + 8));
	s.ments = gx_alloc(work, sizeof(mention) * (GX_MAX_SENT_TOKENS + 8));
	s.cues = gx_alloc(work, sizeof(cue) * (GX_MAX_SENT_TOKENS + 8));
	if (!s.t || !s.m || !s.inq || !s.cover || !s.ments || !s.cues)
		return false;
	if (title && title_len)
	{
		aset		keep;

		if (!run_segment(&s, title, title_len, true, tick, tick_arg, &ntok, &nsent))
			return false;
		/* the title names the author of a statement: "Joint Statement by X" */
		keep = s.last;
		if (s.doc.n == 0 && keep.n)
			s.doc = keep;
		s.para++;
		s.in_quote = false;
	}
	if (!run_segment(&s, text ? text : "", text ? len : 0, false, tick, tick_arg, &ntok, &nsent))
		return false;

	/* "we" statements made before the author was named */
	for (i = 0; i < s.nc; i++)
	{
		cand	   *c = &s.c[i];

		if (!c->self_pending)
			continue;
		if (s.doc.n == 0)
		{
			c->dup = true;		/* never learnt who "we" are */
			continue;
		}
		if (!set_source(work, c, &s.doc))
			return false;
	}

	/* coalitions: a bloc named with co-signatories stands for all of them */
	for (i = 0; i < s.nc; i++)
	{
		cand	   *c = &s.c[i];
		aset		src;
		int			k;

		src.n = 0;
		for (k = 0; k < c->st.nsrc; k++)
			aset_add(&src, c->st.src[k]);
		if (!has_group(&s, &src))
			continue;
		if (s.coalition.n > src.n && aset_subset(&src, &s.coalition))
			src = s.coalition;
		else
		{
			/* the largest earlier or later source of this article that
			 * contains this one and names the same bloc with at least three
			 * more actors ("the G7 Foreign Ministers of Canada, France ...
			 * and the EU"); "the EU and the US" once does not make every
			 * later "EU" a joint statement */
			for (j = i > 256 ? i - 256 : 0; j < s.nc && j < i + 256; j++)
			{
				aset		o;

				o.n = 0;
				for (k = 0; k < s.c[j].st.nsrc; k++)
					aset_add(&o, s.c[j].st.src[k]);
				if (o.n >= src.n + 3 && o.n > src.n && aset_subset(&src, &o))
					src = o;
			}
		}
		if (src.n != c->st.nsrc && !set_source(work, c, &src))
			return false;
	}
	/*
	 * The same statement repeated (headline and body, lede and quote): the
	 * same source, class and target at country level, and either in the
	 * title, next to each other, or about the same things.  Candidates are
	 * hashed by (source, class, target), and each is compared with the last
	 * few kept ones of its key only: linear in the number of candidates.
	 */
	{
		hmap		reps;

		memset(&reps, 0, sizeof(reps));
		for (i = 0; i < s.nc; i++)
		{
			cand	   *a = &s.c[i];
			uint64_t	key;
			int32_t		r;
			int			tries = 0;

			a->prev_rep = -1;
			if (a->dup)
				continue;
			key = dedup_key(d, a);
			r = hmap_get(&reps, key);
			for (; r >= 0 && tries < 8 && !a->dup; r = s.c[r].prev_rep, tries++)
			{
				cand	   *b = &s.c[r];
				int			k;

				if (a->cls != b->cls ||
					!same_set(d, a->st.src, a->st.nsrc, b->st.src, b->st.nsrc) ||
					!same_set(d, a->st.tgt, a->st.ntgt, b->st.tgt, b->st.ntgt))
					continue;
				/* in the title, about the same things, said twice in one
				 * sentence, or reported and then quoted in the next sentence
				 * (the same code) */
				if (!(a->title || b->title || obj_overlap(a, b) >= 0.5 ||
					  ((a->sent == b->sent || (a->sent - b->sent == 1 && a->quoted != b->quoted)) &&
					   (a->st.stance >> 18) == (b->st.stance >> 18))))
					continue;
				a->dup = true;
				/* b stands for both from now on */
				b->sent = a->sent;
				for (k = 0; k < a->nobj && b->nobj < OBJ_MAX; k++)
					b->obj[b->nobj++] = a->obj[k];
				/* keep the body's sentence rather than the headline's */
				if (b->title && !a->title)
				{
					b->st.stance = a->st.stance;
					b->st.confidence = a->st.confidence;
					b->st.ev_start = a->st.ev_start;
					b->st.ev_end = a->st.ev_end;
					b->st.said_on = a->st.said_on;
					b->st.in_title = false;
					b->title = false;
				}
			}
			if (!a->dup)
			{
				a->prev_rep = hmap_get(&reps, key);
				if (!hmap_put(work, &reps, key, (int32_t) i))
					return false;
			}
		}
	}
	out->stmts = gx_alloc(work, sizeof(gx_stmt) * (s.nc ? s.nc : 1));
	if (out->stmts == NULL)
		return false;
	for (i = 0; i < s.nc; i++)
		if (!s.c[i].dup)
		{
			out->stmts[nout] = s.c[i].st;
			out->stmts[nout].in_title = s.c[i].title;
			nout++;
		}
	out->n = nout;
	out->sentences = nsent;
	out->tokens = ntok;
	return !work->failed;
}
