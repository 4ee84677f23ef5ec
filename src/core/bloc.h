/*
 * bloc.h -- sets of actors: text form, normalisation, set algebra.
 *
 * Pure C, no PostgreSQL headers.  A bloc is a sorted array of distinct
 * gp_actor values (in actor order); every function here takes and returns
 * such arrays, so set operations are linear merges.
 *
 * Text form: '{' members separated by ',' '}'; blanks allowed around
 * members; '{}' is the empty bloc.  Members are actor codes (see actor.h).
 */
#ifndef GEOPOL_CORE_BLOC_H
#define GEOPOL_CORE_BLOC_H

#include "actor.h"

typedef enum gp_bloc_errcode
{
	GP_BLOC_OK = 0,
	GP_BLOC_ERR_NO_OPEN,		/* does not start with '{' */
	GP_BLOC_ERR_NO_CLOSE,		/* no closing '}' */
	GP_BLOC_ERR_TRAILING,		/* text after the closing '}' */
	GP_BLOC_ERR_NESTED,			/* '{' inside */
	GP_BLOC_ERR_EMPTY_MEMBER,	/* ",," or "{," or ",}" */
	GP_BLOC_ERR_MEMBER,			/* a member is not a valid actor */
	GP_BLOC_ERR_TOO_MANY		/* more members than the caller's capacity */
} gp_bloc_errcode;

typedef struct gp_bloc_error
{
	gp_bloc_errcode code;
	size_t		pos;			/* byte offset in the input */
	int			member_no;		/* 1-based, for member errors */
	size_t		member_start;	/* byte offset of the member text */
	size_t		member_len;
	gp_actor_error actor;		/* for GP_BLOC_ERR_MEMBER */
} gp_bloc_error;

/* An upper bound of the number of members in the text (commas + 1). */
extern size_t gp_bloc_count_upper(const char *s, size_t len);

/*
 * Parse s (len bytes) into out (capacity cap), sorted and without
 * duplicates; *n receives the number of members.  Returns false and fills
 * *err on error.
 */
extern bool gp_bloc_parse(const char *s, size_t len, gp_actor *out, size_t cap,
						  size_t *n, gp_bloc_error *err);

/* One sentence about err (input s of len bytes) into buf. */
extern char *gp_bloc_error_detail(const gp_bloc_error *err, const char *s,
								  size_t len, char *buf, size_t size);

/* Bytes gp_bloc_format needs for n members, NUL included. */
#define GP_BLOC_TEXT_SIZE(n) (2 + (size_t) (n) * (GP_ACTOR_TEXT_MAX + 1) + 1)

/* Write "{A,B,C}" into buf (GP_BLOC_TEXT_SIZE(n) bytes); returns the length. */
extern size_t gp_bloc_format(const gp_actor *a, size_t n, char *buf);

/* Sort a[0..n) and drop duplicates in place; returns the new count. */
extern size_t gp_bloc_normalize(gp_actor *a, size_t n);

/* Is a[0..n) sorted strictly ascending? */
extern bool gp_bloc_is_normal(const gp_actor *a, size_t n);

/* Set algebra on normalised arrays; out needs na + nb (union), min (others). */
extern size_t gp_bloc_union(const gp_actor *a, size_t na, const gp_actor *b, size_t nb, gp_actor *out);
extern size_t gp_bloc_intersect(const gp_actor *a, size_t na, const gp_actor *b, size_t nb, gp_actor *out);
extern size_t gp_bloc_minus(const gp_actor *a, size_t na, const gp_actor *b, size_t nb, gp_actor *out);
extern bool gp_bloc_contains(const gp_actor *a, size_t na, const gp_actor *b, size_t nb);
extern bool gp_bloc_overlaps(const gp_actor *a, size_t na, const gp_actor *b, size_t nb);
extern bool gp_bloc_has(const gp_actor *a, size_t na, gp_actor x);
extern int	gp_bloc_cmp(const gp_actor *a, size_t na, const gp_actor *b, size_t nb);

#endif							/* GEOPOL_CORE_BLOC_H */
