/*
 * actor.h -- the geopol actor code: parsing, encoding, formatting.
 *
 * Pure C (C99), no PostgreSQL headers: unit-tested and fuzzed on its own.
 *
 * Text form
 * ---------
 * Dotted segments of [A-Z0-9]: the first (country, organisation or bloc)
 * 2-8 characters, each further one (role, sub-organisation) 2-4 characters,
 * at most GP_ACTOR_MAX_CHARS characters without the dots (so at most 8
 * segments).  Input is case-insensitive and may be surrounded by blanks.
 * An undotted input of 6, 9, 12 or 15 characters whose first three
 * characters are a CAMEO top-level code (see cameo_codes.h) is the
 * concatenated CAMEO form and is split into 3-character segments:
 * "USAGOVMIL" is "USA.GOV.MIL".  Any other undotted input is one segment.
 *
 * Encoding (16 bytes, fixed length)
 * ---------------------------------
 * The code is written as a string of up to 23 symbols: each character as
 * 1..36 ('0'..'9' = 1..10, 'A'..'Z' = 11..36) and a 0 between segments;
 * unused trailing positions are 0.  Sixteen characters and seven dots make
 * at most 23 symbols.  The string is read as a base-37 number, split in two
 * machine words: hi holds symbols 0..11 (< 37^12 < 2^63), lo holds symbols
 * 12..22 (< 37^11 < 2^58).
 *
 * Comparing (hi, lo) as unsigned integers therefore compares codes segment
 * by segment, character by character, a shorter segment before its
 * extensions and a parent right before its descendants:
 *     RUS < RUS.GOV < RUS.GOV.MIL < RUS.MIL < RUSA < RWA
 * and all descendants of a code X of n symbols lie in the half-open range
 * [X, X + 37^(22-n)), which is what lets a btree index answer "a <@ X".
 *
 * Why not 8 bytes (pass-by-value): the grammar admits about 2^83 distinct
 * codes (36^16 alone exceeds 2^82), more than 64 bits can name.  16 bytes
 * is the size of a uuid; comparison is two integer compares.
 */
#ifndef GEOPOL_CORE_ACTOR_H
#define GEOPOL_CORE_ACTOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define GP_ACTOR_MAX_CHARS		16	/* characters, dots not counted */
#define GP_ACTOR_MAX_SYMBOLS	23	/* characters plus separators */
#define GP_ACTOR_MAX_SEGMENTS	8
#define GP_ACTOR_FIRST_MIN		2
#define GP_ACTOR_FIRST_MAX		8
#define GP_ACTOR_SEG_MIN		2
#define GP_ACTOR_SEG_MAX		4
/* longest text gp_actor_format can write, without the terminating NUL */
#define GP_ACTOR_TEXT_MAX		GP_ACTOR_MAX_SYMBOLS
#define GP_ACTOR_TEXT_BUFSIZE	(GP_ACTOR_TEXT_MAX + 1)

typedef struct gp_actor
{
	uint64_t	hi;				/* symbols 0..11, base 37 */
	uint64_t	lo;				/* symbols 12..22, base 37 */
} gp_actor;

typedef enum gp_actor_errcode
{
	GP_ACTOR_OK = 0,
	GP_ACTOR_ERR_EMPTY,			/* nothing but blanks */
	GP_ACTOR_ERR_SPACE,			/* blank inside the code */
	GP_ACTOR_ERR_CHAR,			/* character outside [A-Za-z0-9.] */
	GP_ACTOR_ERR_LEADING_DOT,
	GP_ACTOR_ERR_TRAILING_DOT,
	GP_ACTOR_ERR_DOUBLE_DOT,
	GP_ACTOR_ERR_FIRST_LENGTH,	/* first segment not 2..8 characters */
	GP_ACTOR_ERR_SEG_LENGTH,	/* later segment not 2..4 characters */
	GP_ACTOR_ERR_TOO_LONG,		/* more than 16 characters */
	/* binary input only (gp_actor_recv) */
	GP_ACTOR_ERR_VERSION,		/* missing or unknown version byte */
	GP_ACTOR_ERR_BYTE			/* NUL or non-ASCII byte in the text */
} gp_actor_errcode;

typedef struct gp_actor_error
{
	gp_actor_errcode code;
	size_t		pos;			/* byte offset in the input */
	size_t		seg_start;		/* for segment errors: byte offset */
	size_t		seg_len;		/* for segment errors: characters */
	int			seg_no;			/* for segment errors: 1-based */
	size_t		nchars;			/* for TOO_LONG: characters counted */
	int			byte;			/* for VERSION: the version byte (-1: none);
								 * for BYTE: the byte */
} gp_actor_error;

/*
 * Parse the NUL-terminated string s.  Returns true and sets *out on success;
 * returns false and fills *err (when not NULL) otherwise.  Never reads past
 * the terminating NUL, never allocates.
 */
extern bool gp_actor_parse(const char *s, gp_actor *out, gp_actor_error *err);

/* Same, for a buffer of len bytes that need not be NUL-terminated. */
extern bool gp_actor_parse_n(const char *s, size_t len, gp_actor *out,
							 gp_actor_error *err);

/*
 * Characters of the caller's encoding, for error details that quote the
 * input: the byte length of the character that starts at s (avail bytes
 * remain), or 0 when the bytes at s are no valid, complete character.
 * The core never cuts a quoted piece of input inside a character and
 * counts positions in characters.  NULL stands for gp_utf8_mblen.  (All
 * PostgreSQL server encodings are ASCII-safe: a byte below 0x80 is always
 * an ASCII character, so the parsers can split on ASCII bytes.)
 */
typedef size_t (*gp_mblen_fn) (const char *s, size_t avail);

extern size_t gp_utf8_mblen(const char *s, size_t avail);

/* The longest prefix of s[0..len) of at most max bytes that ends at a
 * character boundary (an invalid byte counts as a character of its own). */
extern size_t gp_clip(const char *s, size_t len, size_t max, gp_mblen_fn mblen);

/* 1-based character position of byte offset pos in s. */
extern size_t gp_charpos(const char *s, size_t len, size_t pos, gp_mblen_fn mblen);

/* Error details fit this size; quoted input is clipped to GP_QUOTE_MAX bytes. */
#define GP_DETAIL_BUFSIZE	512
#define GP_QUOTE_MAX		64

/*
 * Write a one-sentence explanation of err (about input s of len bytes) into
 * buf (size bytes, always NUL-terminated, GP_DETAIL_BUFSIZE is enough).
 * Quoted input is cut at character boundaries of mblen's encoding.
 * Returns buf.
 */
extern char *gp_actor_error_detail(const gp_actor_error *err, const char *s,
								   size_t len, char *buf, size_t size,
								   gp_mblen_fn mblen);

/*
 * Binary form (send/recv): one version byte, then the text of the code
 * (the canonical text when geopol writes it).  gp_actor_recv accepts
 * exactly the values that text input accepts for the same text: it runs
 * the same parser, and refuses only what text input cannot carry (a NUL
 * byte) besides an unknown version.  Non-ASCII bytes, which no actor code
 * has, are refused before parsing so that no unverified byte is quoted.
 */
#define GP_ACTOR_BINARY_VERSION	1
#define GP_ACTOR_SEND_BUFSIZE	(1 + GP_ACTOR_TEXT_MAX)

extern bool gp_actor_recv(const char *data, size_t len, gp_actor *out,
						  gp_actor_error *err);
/* the text part alone (also the members of a binary bloc) */
extern bool gp_actor_recv_text(const char *text, size_t len, gp_actor *out,
							   gp_actor_error *err);
/* write the binary form into buf (GP_ACTOR_SEND_BUFSIZE); returns its length */
extern size_t gp_actor_send(gp_actor a, char *buf);

/*
 * Write the canonical dotted text of a into buf (GP_ACTOR_TEXT_BUFSIZE
 * bytes).  Returns the length written.  Any 128-bit value is printable
 * (values that no input produces print in the same alphabet), so this
 * never fails.
 */
extern size_t gp_actor_format(gp_actor a, char *buf);

/* Is a a value that gp_actor_parse can produce? */
extern bool gp_actor_is_valid(gp_actor a);

/* Three-way comparison: -1, 0, 1. */
static inline int
gp_actor_cmp(gp_actor a, gp_actor b)
{
	if (a.hi != b.hi)
		return a.hi < b.hi ? -1 : 1;
	if (a.lo != b.lo)
		return a.lo < b.lo ? -1 : 1;
	return 0;
}

static inline bool
gp_actor_eq(gp_actor a, gp_actor b)
{
	return a.hi == b.hi && a.lo == b.lo;
}

/* Number of symbols (characters plus separators) of a. */
extern int	gp_actor_symbols(gp_actor a);

/* Number of segments: 1 for "PRK", 2 for "PRK.GOV". 0 for the zero value. */
extern int	gp_actor_depth(gp_actor a);

/* Is anc equal to desc or one of its ancestors? */
extern bool gp_actor_contains(gp_actor anc, gp_actor desc);

/*
 * Bounds of the subtree of a (a and all its descendants) for range scans:
 * every descendant d has a <= d and, when *inclusive is false, d < *upper,
 * else d <= *upper.  (A code of 23 symbols has no room for descendants:
 * upper is a itself, inclusive.)
 */
extern void gp_actor_subtree_upper(gp_actor a, gp_actor *upper, bool *inclusive);

/* The first n segments of a (n >= 1; n >= depth gives a itself). */
extern gp_actor gp_actor_prefix(gp_actor a, int n);

/*
 * The n-th segment (1-based) as text into buf (at least GP_ACTOR_FIRST_MAX+1
 * bytes); returns its length, 0 when a has fewer segments.
 */
extern size_t gp_actor_segment(gp_actor a, int n, char *buf);

/* The blanks the parsers skip around codes and members. */
static inline bool
gp_is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Is the 3-character code (upper case) a CAMEO top-level code? */
extern bool gp_cameo_is_toplevel(const char *code3);

#endif							/* GEOPOL_CORE_ACTOR_H */
