/*
 * extract_token.c -- the tokenizer: UTF-8 decoding, case and diacritic
 * folding, the light stemmer, and tokens (words with their class, numbers,
 * quotation marks of every kind, punctuation, bullets).
 */
#include "extract_int.h"

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

bool
gx_is_space_cp(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
		c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
		c == 0x205F || c == 0x3000 || c == 0xFEFF || c == 0xFFFD || c == 0;
}

bool
gx_is_newline_cp(uint32_t c)
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

bool
gx_is_letter_cp(uint32_t c)
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

bool
gx_is_upper_cp(uint32_t c)
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

bool
gx_is_lower_cp(uint32_t c)
{
	if (c >= 0x100 && c <= 0x17F)
		return !gx_is_upper_cp(c);
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
 * verb endings go (condemns, condemned, condemning -> condemn; meetings
 * and meeting -> meet), and a
 * final e (urge, urged, urges, urging -> urg; agree, agreed -> agre; deny,
 * denied -> deny).  Words of up to three
 * letters are not stemmed, and stems never equal them ("note" is "not"
 * as a stem, but does not match the word "not").
 */
static size_t
stem(char *w, size_t n)
{
	if (n >= NORM_MAX)
		return n;
	if (n > 4 && (memcmp(w + n - 3, "ies", 3) == 0 || memcmp(w + n - 3, "ied", 3) == 0))
	{
		/* denies, denied -> deny */
		n -= 2;
		w[n - 1] = 'y';
		return n;
	}
	if (n > 4 && w[n - 3] == 'e' && w[n - 2] == 'e' && (w[n - 1] == 'd' || w[n - 1] == 's'))
		return n - 2;			/* agreed, agrees -> agre (as agree); freed -> fre */
	if (n > 6 && memcmp(w + n - 4, "ings", 4) == 0)
		n -= 4;					/* meetings, killings -> meet, kill (as meeting) */
	else if (n > 5 && memcmp(w + n - 3, "ing", 3) == 0)
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

void
gx_lexer_init(gx_lexer *lx, const char *s, size_t n, bool phrase, const gx_dict *dict)
{
	lx->s = (const unsigned char *) s;
	lx->n = n;
	lx->i = 0;
	lx->phrase = phrase;
	lx->dict = dict;
	lx->tick = NULL;
	lx->tick_arg = NULL;
	lx->steps = 0;
}

uint32_t
gx_peek_cp(const gx_lexer *lx, size_t i, size_t *len)
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
finish_word(gx_lexer *lx, tok *t, char *norm, size_t nlen)
{
	char		sb[NORM_MAX + 1];
	size_t		sl;

	t->hn = gx_fnv(norm, nlen);
	memcpy(sb, norm, nlen);
	sl = stem(sb, nlen);
	/* words of up to three letters match as written ("not" is not "note") */
	t->hs = nlen <= 3 ? t->hn : (gx_fnv(sb, sl) ^ 0x5bd1e9955bd1e995ULL);
	t->nlen = (uint8_t) nlen;
	if (nlen > 3 && norm[nlen - 2] == 'l' && norm[nlen - 1] == 'y')
		t->f |= T_LY;
	t->wc = 0;
	t->wv = 0;
	if (lx->dict)
	{
		int32_t		v = gx_hmap_get(&lx->dict->wclass, t->hn);

		if (v >= 0)				/* -1: not a grammar word */
		{
			t->wc = gx_grammar_words[v].wc;
			t->wv = gx_grammar_words[v].value;
		}
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

/* a word starting with letter c at lx->i: its end, form, flags and class */
static bool
lex_word(gx_lexer *lx, tok *t, uint32_t c)
{
	size_t		len;
	char		norm[NORM_MAX + 1];
	size_t		nlen = 0;
	bool		upper = true,
				anyletter = false,
				dotted = false,
				alldigit = true;

	if (gx_is_upper_cp(c))
		t->f |= T_CAP;
	if (c >= '0' && c <= '9')
		t->f |= T_DIGIT;
	while (lx->i < lx->n)
	{
		size_t		l2;
		uint32_t	c2;

		gx_lex_step(lx);
		c = gx_peek_cp(lx, lx->i, &len);
		if (gx_is_letter_cp(c))
		{
			if (gx_is_lower_cp(c))
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
		c2 = gx_peek_cp(lx, lx->i + len, &l2);
		if (c == '.' && anyletter && l2 && gx_is_letter_cp(c2) && !(c2 >= '0' && c2 <= '9'))
		{
			/* U.S, e.g */
			fold_append(norm, &nlen, c, lx->s + lx->i, len);
			lx->i += len;
			dotted = true;
			continue;
		}
		if (c == '-' && l2 && gx_is_letter_cp(c2))
		{
			fold_append(norm, &nlen, c, lx->s + lx->i, len);
			lx->i += len;
			alldigit = false;
			continue;
		}
		if (is_apos_cp(c) && l2 && gx_is_letter_cp(c2) && anyletter)
		{
			/* a short tail is split off: 's 't 're 'll 've 'd 'm */
			size_t		j = lx->i + len,
						tail = 0,
						lj;
			uint32_t	cj;

			while (j < lx->n && tail < 4)
			{
				cj = gx_peek_cp(lx, j, &lj);
				if (!gx_is_letter_cp(cj))
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

/* an apostrophe c (already read): a split tail ('s), a plural possessive
 * (Allies'), or a single quotation mark */
static bool
lex_apos(gx_lexer *lx, tok *t, uint32_t c, uint16_t pre)
{
	size_t		l2;
	uint32_t	c2 = gx_peek_cp(lx, lx->i, &l2);

	if (l2 && gx_is_letter_cp(c2) && ((t->s > 0 && !(pre & T_SPACE)) || lx->phrase))
	{
		/* the split tail: 's, 't, ... */
		char		norm[NORM_MAX + 1];
		size_t		nlen = 0;

		norm[nlen++] = '\'';
		while (lx->i < lx->n)
		{
			gx_lex_step(lx);
			c2 = gx_peek_cp(lx, lx->i, &l2);
			if (!gx_is_letter_cp(c2))
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
		c0 = gx_peek_cp(lx, k, &l0);
		if (c0 == 's' && (l2 == 0 || !gx_is_letter_cp(c2)))
		{
			t->f |= T_POSS | T_WORD;
			t->hn = gx_fnv("'s", 2);
			t->hs = t->hn;
			t->nlen = 2;
			return true;
		}
	}
	t->f |= T_QSINGLE;
	t->p = '\'';
	return true;
}

/* a mark c (already read): quotation marks, bullets, dashes, punctuation */
static bool
lex_mark(gx_lexer *lx, tok *t, uint32_t c)
{
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
	t->hn = gx_fnv(&t->p, 1);
	t->hs = t->hn;
	return true;
}

/*
 * Next token; false at the end.  Quotation marks, bullets and punctuation
 * are tokens of their own; words keep internal dots (U.S.), hyphens
 * (Jong-un) and long apostrophe tails (O'Brien); 's 't 're ... are split.
 */
bool
gx_lex_next(gx_lexer *lx, tok *t)
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
		c = gx_peek_cp(lx, lx->i, &len);
		if (gx_is_newline_cp(c))
			pre |= T_NL | T_SPACE;
		else if (gx_is_space_cp(c) || (c < 0x20) || c == 0x7F)
			pre |= T_SPACE;
		else
			break;
		lx->i += len;
		gx_lex_step(lx);
	}
	t->s = (uint32_t) lx->i;
	t->f = pre;
	if (gx_is_letter_cp(c))
		return lex_word(lx, t, c);
	lx->i += len;
	t->e = (uint32_t) lx->i;
	if (is_apos_cp(c))
		return lex_apos(lx, t, c, pre);
	return lex_mark(lx, t, c);
}
