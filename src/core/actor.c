/*
 * actor.c -- parsing, encoding and formatting of actor codes.
 * See actor.h for the grammar and the encoding.
 */
#include "actor.h"

#include <stdio.h>
#include <string.h>

#define HI_SYMBOLS 12
#define LO_SYMBOLS 11

/* 37^k for k = 0..12 */
static const uint64_t pow37[13] = {
	1ULL,
	37ULL,
	1369ULL,
	50653ULL,
	1874161ULL,
	69343957ULL,
	2565726409ULL,
	94931877133ULL,
	3512479453921ULL,
	129961739795077ULL,
	4808584372417849ULL,
	177917621779460413ULL,
	6582952005840035281ULL
};

static inline int
sym_of_char(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return 1 + (c - '0');
	if (c >= 'A' && c <= 'Z')
		return 11 + (c - 'A');
	if (c >= 'a' && c <= 'z')
		return 11 + (c - 'a');
	return -1;
}

static inline char
char_of_sym(int s)
{
	return s <= 10 ? (char) ('0' + s - 1) : (char) ('A' + s - 11);
}

/* symbols -> encoding; n <= 23.  Horner over the symbols present, then one
 * multiplication shifts them to the top of their word. */
static inline gp_actor
encode(const unsigned char *sym, int n)
{
	gp_actor	a = {0, 0};
	int			nh = n < HI_SYMBOLS ? n : HI_SYMBOLS,
				i;

	for (i = 0; i < nh; i++)
		a.hi = a.hi * 37 + sym[i];
	a.hi *= pow37[HI_SYMBOLS - nh];
	if (n > HI_SYMBOLS)
	{
		for (i = HI_SYMBOLS; i < n; i++)
			a.lo = a.lo * 37 + sym[i];
		a.lo *= pow37[GP_ACTOR_MAX_SYMBOLS - n];
	}
	return a;
}

/* encoding -> 23 symbols (digits above 36 cannot occur: hi < 37^12 is not
 * enforced for arbitrary values, so clamp the top digit) */
static void
decode(gp_actor a, unsigned char *sym)
{
	uint64_t	x;
	int			i;

	x = a.hi;
	for (i = HI_SYMBOLS - 1; i >= 0; i--)
	{
		if (i == 0)
			sym[i] = (unsigned char) (x > 36 ? 36 : x);
		else
		{
			sym[i] = (unsigned char) (x % 37);
			x /= 37;
		}
	}
	x = a.lo;
	for (i = GP_ACTOR_MAX_SYMBOLS - 1; i >= HI_SYMBOLS; i--)
	{
		if (i == HI_SYMBOLS)
			sym[i] = (unsigned char) (x > 36 ? 36 : x);
		else
		{
			sym[i] = (unsigned char) (x % 37);
			x /= 37;
		}
	}
}

bool
gp_cameo_is_toplevel(const char *code3)
{
	extern const char gp_cameo_toplevel_codes[][4];
	extern const size_t gp_cameo_toplevel_count;
	size_t		lo = 0,
				hi = gp_cameo_toplevel_count;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		int			c = memcmp(gp_cameo_toplevel_codes[mid], code3, 3);

		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

static bool
fail(gp_actor_error *err, gp_actor_errcode code, size_t pos)
{
	if (err)
	{
		memset(err, 0, sizeof(*err));
		err->code = code;
		err->pos = pos;
	}
	return false;
}

static bool
fail_seg(gp_actor_error *err, gp_actor_errcode code, size_t start,
		 size_t nchars, int seg_no)
{
	if (err)
	{
		memset(err, 0, sizeof(*err));
		err->code = code;
		err->pos = start;
		err->seg_start = start;
		err->seg_len = nchars;
		err->seg_no = seg_no;
	}
	return false;
}

/*
 * One pass over the text: validate, collect symbols, check segment lengths.
 * The checks are ordered so that the error reported is the first problem
 * from the left, with the rules of the whole code (length) last.
 */
static bool
parse_range(const unsigned char *u, size_t b, size_t e, gp_actor *out,
			gp_actor_error *err)
{
	unsigned char sym[GP_ACTOR_MAX_CHARS + GP_ACTOR_MAX_SEGMENTS];
	size_t		i,
				nchars = 0,
				seg_start = b,
				seg_len = 0;
	int			nsym = 0,
				seg_no = 1;
	bool		has_dot = false;

	if (b == e)
		return fail(err, GP_ACTOR_ERR_EMPTY, b);

	for (i = b; i <= e; i++)
	{
		int			v;

		if (i < e && u[i] != '.')
		{
			v = sym_of_char(u[i]);
			if (v < 0)
				return fail(err, gp_is_blank(u[i]) ? GP_ACTOR_ERR_SPACE : GP_ACTOR_ERR_CHAR, i);
			/* symbols past the buffer are counted, not stored: too long */
			if ((size_t) nsym < sizeof(sym))
				sym[nsym] = (unsigned char) v;
			nsym++;
			nchars++;
			seg_len++;
			continue;
		}
		/* end of a segment: at a dot or at the end */
		if (i < e)
		{
			has_dot = true;
			if (i == b)
				return fail(err, GP_ACTOR_ERR_LEADING_DOT, i);
			if (i + 1 == e)
				return fail(err, GP_ACTOR_ERR_TRAILING_DOT, i);
			if (u[i + 1] == '.')
				return fail(err, GP_ACTOR_ERR_DOUBLE_DOT, i);
		}
		if (seg_no == 1 && !has_dot && i == e &&
			(nchars == 6 || nchars == 9 || nchars == 12 || nchars == 15))
		{
			char		top[3];
			int			k;

			for (k = 0; k < 3; k++)
				top[k] = char_of_sym(sym[k]);
			if (gp_cameo_is_toplevel(top))
			{
				/* concatenated CAMEO form: 3-character blocks */
				unsigned char split[GP_ACTOR_MAX_SYMBOLS];
				int			m = 0;

				for (k = 0; k < nsym; k++)
				{
					if (k > 0 && k % 3 == 0)
						split[m++] = 0;
					split[m++] = sym[k];
				}
				*out = encode(split, m);
				return true;
			}
		}
		if (seg_no == 1 &&
			(seg_len < GP_ACTOR_FIRST_MIN || seg_len > GP_ACTOR_FIRST_MAX))
			return fail_seg(err, GP_ACTOR_ERR_FIRST_LENGTH, seg_start, seg_len, seg_no);
		if (seg_no > 1 &&
			(seg_len < GP_ACTOR_SEG_MIN || seg_len > GP_ACTOR_SEG_MAX))
			return fail_seg(err, GP_ACTOR_ERR_SEG_LENGTH, seg_start, seg_len, seg_no);
		if (i < e)
		{
			if ((size_t) nsym < sizeof(sym))
				sym[nsym] = 0;
			nsym++;
		}
		seg_no++;
		seg_start = i + 1;
		seg_len = 0;
	}

	if (nchars > GP_ACTOR_MAX_CHARS)
	{
		fail(err, GP_ACTOR_ERR_TOO_LONG, b);
		if (err)
			err->nchars = nchars;
		return false;
	}
	*out = encode(sym, nsym);
	return true;
}

bool
gp_actor_parse_n(const char *s, size_t len, gp_actor *out, gp_actor_error *err)
{
	const unsigned char *u = (const unsigned char *) s;
	const unsigned char *nul = memchr(u, '\0', len);
	size_t		b = 0,
				e = nul ? (size_t) (nul - u) : len;

	while (b < e && gp_is_blank(u[b]))
		b++;
	while (e > b && gp_is_blank(u[e - 1]))
		e--;
	return parse_range(u, b, e, out, err);
}

bool
gp_actor_parse(const char *s, gp_actor *out, gp_actor_error *err)
{
	return gp_actor_parse_n(s, strlen(s), out, err);
}

size_t
gp_utf8_mblen(const char *s, size_t avail)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		n,
				k;
	uint32_t	cp;

	if (avail == 0)
		return 0;
	if (u[0] < 0x80)
		return 1;
	if (u[0] >= 0xC2 && u[0] <= 0xDF)
		n = 2, cp = u[0] & 0x1F;
	else if (u[0] >= 0xE0 && u[0] <= 0xEF)
		n = 3, cp = u[0] & 0x0F;
	else if (u[0] >= 0xF0 && u[0] <= 0xF4)
		n = 4, cp = u[0] & 0x07;
	else
		return 0;
	if (n > avail)
		return 0;
	for (k = 1; k < n; k++)
	{
		if ((u[k] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (u[k] & 0x3F);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		(cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return n;
}

/* one character of s at i: its length, 1 for a byte that is none */
static inline size_t
char_len(const char *s, size_t avail, gp_mblen_fn mblen)
{
	size_t		n = (mblen ? mblen : gp_utf8_mblen) (s, avail);

	return (n == 0 || n > avail) ? 1 : n;
}

size_t
gp_clip(const char *s, size_t len, size_t max, gp_mblen_fn mblen)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		n = char_len(s + i, len - i, mblen);

		if (i + n > max)
			break;
		i += n;
	}
	return i;
}

size_t
gp_charpos(const char *s, size_t len, size_t pos, gp_mblen_fn mblen)
{
	size_t		i = 0,
				c = 1;

	while (i < pos && i < len)
	{
		i += char_len(s + i, len - i, mblen);
		c++;
	}
	return c;
}

/* Quote the character at s[pos]: itself when it is a valid printable
 * character of the encoding, else its first byte as \xNN. */
static void
quote_char(const char *s, size_t len, size_t pos, char *buf, size_t size,
		   gp_mblen_fn mblen)
{
	unsigned char c = (unsigned char) s[pos];
	size_t		n = (mblen ? mblen : gp_utf8_mblen) (s + pos, len - pos);

	if (n == 0 || n > len - pos || (n == 1 && (c < 0x20 || c == 0x7F)))
		snprintf(buf, size, "\\x%02X", c);
	else
		snprintf(buf, size, "%.*s", (int) n, s + pos);
}

char *
gp_actor_error_detail(const gp_actor_error *err, const char *s, size_t len,
					  char *buf, size_t size, gp_mblen_fn mblen)
{
	char		ch[16];
	/* segments quoted in errors hold only A-Z, a-z, 0-9: one byte each */
	int			n = (int) gp_clip(s + err->seg_start,
								  err->seg_start <= len ? len - err->seg_start : 0,
								  err->seg_len < GP_QUOTE_MAX ? err->seg_len : GP_QUOTE_MAX,
								  mblen);
	/* character position for humans */
	size_t		cpos = gp_charpos(s, len, err->pos, mblen);

	switch (err->code)
	{
		case GP_ACTOR_OK:
			snprintf(buf, size, "No error.");
			break;
		case GP_ACTOR_ERR_EMPTY:
			snprintf(buf, size, "An actor code cannot be empty.");
			break;
		case GP_ACTOR_ERR_SPACE:
			snprintf(buf, size,
					 "Blank at position %zu: an actor code cannot contain spaces.",
					 cpos);
			break;
		case GP_ACTOR_ERR_CHAR:
			quote_char(s, len, err->pos, ch, sizeof(ch), mblen);
			snprintf(buf, size,
					 "Character \"%s\" at position %zu is not allowed: use letters A-Z, digits 0-9 and dots between segments.",
					 ch, cpos);
			break;
		case GP_ACTOR_ERR_LEADING_DOT:
			snprintf(buf, size, "The code starts with a dot: the first segment is empty.");
			break;
		case GP_ACTOR_ERR_TRAILING_DOT:
			snprintf(buf, size, "The code ends with a dot: the last segment is empty.");
			break;
		case GP_ACTOR_ERR_DOUBLE_DOT:
			snprintf(buf, size,
					 "Two dots in a row at position %zu: a segment is empty.", cpos);
			break;
		case GP_ACTOR_ERR_FIRST_LENGTH:
			snprintf(buf, size,
					 "The first segment \"%.*s\"%s has %zu character%s; it must have %d to %d.",
					 n, s + err->seg_start, (size_t) n < err->seg_len ? "..." : "",
					 err->seg_len, err->seg_len == 1 ? "" : "s",
					 GP_ACTOR_FIRST_MIN, GP_ACTOR_FIRST_MAX);
			break;
		case GP_ACTOR_ERR_SEG_LENGTH:
			snprintf(buf, size,
					 "Segment %d \"%.*s\"%s has %zu character%s; segments after the first must have %d to %d.",
					 err->seg_no, n, s + err->seg_start,
					 (size_t) n < err->seg_len ? "..." : "",
					 err->seg_len, err->seg_len == 1 ? "" : "s",
					 GP_ACTOR_SEG_MIN, GP_ACTOR_SEG_MAX);
			break;
		case GP_ACTOR_ERR_TOO_LONG:
			snprintf(buf, size,
					 "The code has %zu characters without its dots; at most %d are allowed.",
					 err->nchars, GP_ACTOR_MAX_CHARS);
			break;
		case GP_ACTOR_ERR_VERSION:
			if (err->byte < 0)
				snprintf(buf, size, "The value is empty: the binary form starts with a version byte (%d).",
						 GP_ACTOR_BINARY_VERSION);
			else
				snprintf(buf, size, "Binary format version %d is unknown; this geopol reads version %d.",
						 err->byte, GP_ACTOR_BINARY_VERSION);
			break;
		case GP_ACTOR_ERR_BYTE:
			snprintf(buf, size,
					 "Byte 0x%02X at offset %zu of the text: an actor code is ASCII letters, digits and dots%s.",
					 (unsigned) err->byte, err->pos + 1,
					 err->byte == 0 ? ", and text holds no NUL byte" : "");
			break;
	}
	return buf;
}

bool
gp_actor_recv_text(const char *text, size_t len, gp_actor *out, gp_actor_error *err)
{
	const unsigned char *u = (const unsigned char *) text;
	size_t		i;

	for (i = 0; i < len; i++)
		if (u[i] == 0 || u[i] >= 0x80)
		{
			fail(err, GP_ACTOR_ERR_BYTE, i);
			if (err)
				err->byte = u[i];
			return false;
		}
	return gp_actor_parse_n(text, len, out, err);
}

bool
gp_actor_recv(const char *data, size_t len, gp_actor *out, gp_actor_error *err)
{
	if (len == 0 || (unsigned char) data[0] != GP_ACTOR_BINARY_VERSION)
	{
		fail(err, GP_ACTOR_ERR_VERSION, 0);
		if (err)
			err->byte = len == 0 ? -1 : (unsigned char) data[0];
		return false;
	}
	return gp_actor_recv_text(data + 1, len - 1, out, err);
}

size_t
gp_actor_send(gp_actor a, char *buf)
{
	char		text[GP_ACTOR_TEXT_BUFSIZE];
	size_t		n = gp_actor_format(a, text);

	buf[0] = (char) GP_ACTOR_BINARY_VERSION;
	memcpy(buf + 1, text, n);
	return n + 1;
}

size_t
gp_actor_format(gp_actor a, char *buf)
{
	unsigned char sym[GP_ACTOR_MAX_SYMBOLS];
	int			n = GP_ACTOR_MAX_SYMBOLS,
				i;
	size_t		k = 0;

	decode(a, sym);
	while (n > 0 && sym[n - 1] == 0)
		n--;
	for (i = 0; i < n; i++)
		buf[k++] = sym[i] == 0 ? '.' : char_of_sym(sym[i]);
	buf[k] = '\0';
	return k;
}

bool
gp_actor_is_valid(gp_actor a)
{
	char		text[GP_ACTOR_TEXT_BUFSIZE];
	gp_actor	b;
	size_t		n;

	if (a.hi >= pow37[12] || a.lo >= pow37[11])
		return false;
	n = gp_actor_format(a, text);
	/* must read back dotted, identically (a 6-char code with a CAMEO
	 * top-level prefix and no dot reads as 2 segments: still identical) */
	if (!gp_actor_parse_n(text, n, &b, NULL))
		return false;
	return gp_actor_eq(a, b);
}

int
gp_actor_symbols(gp_actor a)
{
	int			n;
	uint64_t	x;

	if (a.lo != 0)
	{
		n = GP_ACTOR_MAX_SYMBOLS;
		x = a.lo;
		while (x % 37 == 0)
		{
			x /= 37;
			n--;
		}
		return n;
	}
	if (a.hi == 0)
		return 0;
	n = HI_SYMBOLS;
	x = a.hi;
	while (x % 37 == 0)
	{
		x /= 37;
		n--;
	}
	return n;
}

int
gp_actor_depth(gp_actor a)
{
	unsigned char sym[GP_ACTOR_MAX_SYMBOLS];
	int			n = gp_actor_symbols(a),
				i,
				d;

	if (n == 0)
		return 0;
	decode(a, sym);
	d = 1;
	for (i = 0; i < n; i++)
		if (sym[i] == 0)
			d++;
	return d;
}

void
gp_actor_subtree_upper(gp_actor a, gp_actor *upper, bool *inclusive)
{
	int			n = gp_actor_symbols(a);

	*upper = a;
	if (n >= GP_ACTOR_MAX_SYMBOLS)
	{
		*inclusive = true;
		return;
	}
	/* add 1 at symbol position n (which is 0 in a, so nothing carries) */
	if (n < HI_SYMBOLS)
		upper->hi += pow37[HI_SYMBOLS - 1 - n];
	else
		upper->lo += pow37[GP_ACTOR_MAX_SYMBOLS - 1 - n];
	*inclusive = false;
}

bool
gp_actor_contains(gp_actor anc, gp_actor desc)
{
	gp_actor	upper;
	bool		incl;

	if (gp_actor_cmp(desc, anc) < 0)
		return false;
	gp_actor_subtree_upper(anc, &upper, &incl);
	return incl ? gp_actor_cmp(desc, upper) <= 0 : gp_actor_cmp(desc, upper) < 0;
}

gp_actor
gp_actor_prefix(gp_actor a, int nseg)
{
	unsigned char sym[GP_ACTOR_MAX_SYMBOLS];
	int			n = gp_actor_symbols(a),
				i,
				seg = 1;

	if (nseg < 1)
		nseg = 1;
	decode(a, sym);
	for (i = 0; i < n; i++)
	{
		if (sym[i] == 0 && ++seg > nseg)
			break;
	}
	return encode(sym, i);
}

size_t
gp_actor_segment(gp_actor a, int nseg, char *buf)
{
	unsigned char sym[GP_ACTOR_MAX_SYMBOLS];
	int			n = gp_actor_symbols(a),
				i,
				seg = 1;
	size_t		k = 0;

	decode(a, sym);
	for (i = 0; i < n; i++)
	{
		if (sym[i] == 0)
		{
			seg++;
			continue;
		}
		if (seg == nseg)
			buf[k++] = char_of_sym(sym[i]);
		else if (seg > nseg)
			break;
	}
	buf[k] = '\0';
	return k;
}
