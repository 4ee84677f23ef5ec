/*
 * stance.h -- what a statement does towards its target: a CAMEO event code
 * with an intensity and flags for negation and non-factual mood.
 *
 * Pure C, no PostgreSQL headers.
 *
 * Encoding (32 bits, compared as an unsigned integer):
 *   bits 31-18  the CAMEO code as a base-11 number of 4 digits, each digit
 *               stored as 1..10 and a missing digit as 0, so that a code
 *               sorts right before its children ("11" < "110" < "111" <
 *               "1111" < "112") and leading zeros are kept ("012" != "12")
 *   bits 17-15  intensity + 1 (intensity -1 mild .. 2 extreme)
 *   bit  14     negated ("did not condemn")
 *   bits 13-12  mood: 0 factual, 1 future, 2 conditional
 *   bits 11-0   zero
 *
 * Text form (ASCII letters in any case; blanks separate words; a hyphen
 * or underscore may join two words, "call-on"):
 *
 *     [mood] [negation] [intensity] name-or-code [in the strongest (possible) terms]
 *
 *   mood        future, will | conditional, would, could, may
 *   negation    not, no, did not, does not, do not, refused to, refuse to
 *   intensity   mildly, mild, slightly, somewhat | strongly, strong, deeply,
 *               deep, seriously, serious, gravely, grave, firmly, firm,
 *               sharply, sharp | extremely strongly, very strongly, most
 *               strongly, extremely, extreme
 *   name        a friendly name (condemn, deplore, call on, ...) or a CAMEO
 *               event code of 2-4 digits ("111", "0874")
 *
 * Each kind of modifier at most once (the trailing "in the strongest
 * terms" is an intensity), in that order, and no mood with a negation that
 * has its own tense (did not, does not, do not, refused to): "not not
 * condemn", "strongly mildly condemn", "future conditional condemn", "not
 * future condemn", "strongly condemn in the strongest terms", "will did
 * not condemn" are refused, and so are quotation marks and a hyphen that
 * joins no two words ("-111").
 * Canonical output: "[future |conditional ][not ][mildly |strongly |
 * extremely strongly ]name", the name being the friendly name of the code
 * when it has one, else the code.
 */
#ifndef GEOPOL_CORE_STANCE_H
#define GEOPOL_CORE_STANCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "actor.h"				/* gp_mblen_fn, gp_clip */

typedef uint32_t gp_stance;

#define GP_MOOD_FACTUAL		0
#define GP_MOOD_FUTURE		1
#define GP_MOOD_CONDITIONAL 2

#define GP_STANCE_TEXT_BUFSIZE 96

typedef enum gp_stance_class
{
	GP_CLASS_COMMENT,
	GP_CLASS_CONCERN,
	GP_CLASS_REQUEST,
	GP_CLASS_SUPPORT,
	GP_CLASS_CONSULT,
	GP_CLASS_COOPERATE,
	GP_CLASS_INVESTIGATE,
	GP_CLASS_DISAPPROVE,
	GP_CLASS_REJECT,
	GP_CLASS_THREATEN,
	GP_CLASS_PROTEST,
	GP_CLASS_SANCTION,
	GP_CLASS_FORCE,
	GP_CLASS_COUNT
} gp_stance_class;

/* One CAMEO event code (the table is generated from data/cameo.tsv). */
typedef struct gp_cameo_event
{
	const char *code;
	double		goldstein;
	int			quad;
	const char *plover;			/* "" when PLOVER has no type for it */
	const char *name;
} gp_cameo_event;

/* longest literal, surrounding blanks not counted */
#define GP_STANCE_MAX_LEN	128

/* kinds of modifier, in the order they are written */
#define GP_MOD_MOOD			0
#define GP_MOD_NEGATION		1
#define GP_MOD_INTENSITY	2

typedef enum gp_stance_errcode
{
	GP_STANCE_OK = 0,
	GP_STANCE_ERR_EMPTY,
	GP_STANCE_ERR_UNKNOWN_CODE,	/* digits, but no CAMEO code */
	GP_STANCE_ERR_UNKNOWN_WORD,	/* a word that is no stance name */
	GP_STANCE_ERR_NO_STANCE,	/* only modifiers: "strongly", "not" */
	GP_STANCE_ERR_TRAILING,		/* words after the stance */
	GP_STANCE_ERR_TOO_LONG,		/* more than GP_STANCE_MAX_LEN bytes */
	GP_STANCE_ERR_QUOTE,		/* a quotation mark */
	GP_STANCE_ERR_JOINER,		/* '-' or '_' not between two letters */
	GP_STANCE_ERR_REPEATED,		/* two modifiers of one kind: "not not" */
	GP_STANCE_ERR_ORDER,		/* modifiers out of order: "not future" */
	GP_STANCE_ERR_TENSE,		/* a mood with "did not", "refused to" ... */
	/* binary input only (gp_stance_recv) */
	GP_STANCE_ERR_VERSION,		/* missing or unknown version byte */
	GP_STANCE_ERR_SIZE,			/* not 4 bytes after the version */
	GP_STANCE_ERR_VALUE			/* a value text input cannot give */
} gp_stance_errcode;

typedef struct gp_stance_error
{
	gp_stance_errcode code;
	size_t		pos;			/* QUOTE, JOINER: byte offset in the input;
								 * TOO_LONG, SIZE: the length */
	int			kind;			/* REPEATED, ORDER: kind of word (GP_MOD_*) */
	int			kind2;			/* REPEATED, ORDER: kind of word2 */
	uint32_t	value;			/* VERSION: the byte (or 256: none); VALUE */
	char		word[GP_STANCE_MAX_LEN + 1];	/* the offending word(s),
												 * normalised */
	char		word2[GP_STANCE_MAX_LEN + 1];	/* REPEATED, ORDER: the other
												 * modifier */
	char		suggest[96];	/* closest names, comma separated, or "" */
} gp_stance_error;

extern bool gp_stance_parse(const char *s, size_t len, gp_stance *out, gp_stance_error *err);

/*
 * One or two sentences about err into buf (GP_STANCE_DETAIL_BUFSIZE is
 * enough); s, len: the input (text, or binary data).  Quoted words are cut
 * at character boundaries of mblen's encoding (see actor.h; NULL: UTF-8).
 */
#define GP_STANCE_DETAIL_BUFSIZE 512
extern char *gp_stance_error_detail(const gp_stance_error *err, const char *s, size_t len,
									char *buf, size_t size, gp_mblen_fn mblen);
extern size_t gp_stance_format(gp_stance s, char *buf);	/* GP_STANCE_TEXT_BUFSIZE */

/*
 * Binary form (send/recv): a version byte (1), then the 32-bit value,
 * big-endian.  gp_stance_recv accepts exactly the values text input can
 * give (gp_stance_is_valid).
 */
#define GP_STANCE_BINARY_VERSION 1
#define GP_STANCE_SEND_SIZE		5
extern bool gp_stance_recv(const char *data, size_t len, gp_stance *out, gp_stance_error *err);
extern size_t gp_stance_send(gp_stance s, char *buf);

/* Make a stance; code must be a CAMEO code.  Returns false otherwise. */
extern bool gp_stance_make(const char *code, int intensity, bool negated, int mood,
						   gp_stance *out);
/* Is s a value gp_stance_parse can produce (for binary input)? */
extern bool gp_stance_is_valid(gp_stance s);

extern size_t gp_stance_code(gp_stance s, char *buf);	/* 5 bytes */
extern int	gp_stance_intensity(gp_stance s);
extern bool gp_stance_negated(gp_stance s);
extern int	gp_stance_mood(gp_stance s);
extern const gp_cameo_event *gp_stance_event(gp_stance s);
extern gp_stance_class gp_stance_class_of(gp_stance s);
extern const char *gp_stance_class_name(gp_stance_class c);
extern int	gp_stance_class_parse(const char *s, size_t len);	/* -1 if none */
extern double gp_stance_goldstein(gp_stance s);
extern int	gp_stance_polarity(gp_stance s);
extern int	gp_stance_quad(gp_stance s);
/* a @> b: b's code is a's or a child of it; a plain a (intensity 0) covers
 * every intensity, else they must agree; negation and mood must agree */
extern bool gp_stance_contains(gp_stance a, gp_stance b);
/*
 * The smallest and largest stance values a "what" (a class name or a
 * stance) can match, whatever the intensity and flags: a superset range for
 * btree index scans.  False when what is neither.
 */
extern bool gp_stance_what_range(const char *what, size_t len, gp_stance *lo, gp_stance *hi);
/* the friendly name of the code, or NULL */
extern const char *gp_stance_name(gp_stance s);

extern const gp_cameo_event gp_cameo_events[];
extern const size_t gp_cameo_event_count;

#endif							/* GEOPOL_CORE_STANCE_H */
