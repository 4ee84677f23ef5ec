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
 * Text form: [mood] [not] [intensity] name-or-code [in the strongest
 * possible terms], e.g. "condemn", "111", "strongly condemn", "deep concern",
 * "not condemn", "future warn".  Canonical output: "[future |conditional ]
 * [not ][mildly |strongly |extremely strongly ]name", the name being the
 * friendly name of the code when it has one, else the code.
 */
#ifndef GEOPOL_CORE_STANCE_H
#define GEOPOL_CORE_STANCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

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

typedef enum gp_stance_errcode
{
	GP_STANCE_OK = 0,
	GP_STANCE_ERR_EMPTY,
	GP_STANCE_ERR_UNKNOWN_CODE,	/* digits, but no CAMEO code */
	GP_STANCE_ERR_UNKNOWN_WORD,	/* a word that is no stance name */
	GP_STANCE_ERR_NO_STANCE,	/* only modifiers: "strongly", "not" */
	GP_STANCE_ERR_TRAILING,		/* words after the stance */
	GP_STANCE_ERR_TOO_LONG
} gp_stance_errcode;

typedef struct gp_stance_error
{
	gp_stance_errcode code;
	char		word[32];		/* the offending word or code */
	char		suggest[96];	/* closest names, comma separated, or "" */
} gp_stance_error;

extern bool gp_stance_parse(const char *s, size_t len, gp_stance *out, gp_stance_error *err);
extern char *gp_stance_error_detail(const gp_stance_error *err, char *buf, size_t size);
extern size_t gp_stance_format(gp_stance s, char *buf);	/* GP_STANCE_TEXT_BUFSIZE */

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
