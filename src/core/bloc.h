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
	GP_BLOC_ERR_TOO_MANY,		/* more members than the caller's capacity */
	/* binary input only (gp_bloc_recv) */
	GP_BLOC_ERR_VERSION,		/* missing or unknown version byte */
	GP_BLOC_ERR_COUNT,			/* negative count, or more than the bytes hold */
	GP_BLOC_ERR_TRUNCATED,		/* the data end inside a member */
	GP_BLOC_ERR_EXTRA			/* bytes after the last member */
} gp_bloc_errcode;

typedef struct gp_bloc_error
{
	gp_bloc_errcode code;
	size_t		pos;			/* byte offset in the input */
	int			member_no;		/* 1-based, for member errors */
	size_t		member_start;	/* byte offset of the member text */
	size_t		member_len;
	gp_actor_error actor;		/* for GP_BLOC_ERR_MEMBER */
	long		count;			/* for TOO_MANY, COUNT: members announced or
								 * counted; for VERSION: the byte (-1: none) */
	size_t		cap;			/* for TOO_MANY: the capacity */
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

/*
 * One sentence about err (input s of len bytes: the text, or the binary
 * data for errors of gp_bloc_recv) into buf (GP_DETAIL_BUFSIZE is enough);
 * quoted input is cut at character boundaries of mblen's encoding (NULL:
 * UTF-8).
 */
extern char *gp_bloc_error_detail(const gp_bloc_error *err, const char *s,
								  size_t len, char *buf, size_t size,
								  gp_mblen_fn mblen);

/*
 * Binary form (send/recv): a version byte (1), the member count (int32,
 * big-endian), then each member as a length byte and its text.
 * gp_bloc_recv reads each member as gp_actor_recv_text does and
 * normalises as text input does, so it accepts exactly the values text
 * input accepts for the same members: "{m1,...,mn}" is accepted iff the
 * binary form of m1..mn is (for members without ',', '{', '}' and of at
 * most 255 bytes, the only ones both forms can carry).
 */
#define GP_BLOC_BINARY_VERSION	1
/* (one byte more than the longest form: the writer ends with a NUL) */
#define GP_BLOC_SEND_SIZE(n)	(6 + (size_t) (n) * (1 + GP_ACTOR_TEXT_MAX))

/* the member count announced by a binary bloc (0 when none is readable) */
extern size_t gp_bloc_recv_count(const char *data, size_t len);
extern bool gp_bloc_recv(const char *data, size_t len, gp_actor *out, size_t cap,
						 size_t *n, gp_bloc_error *err);
/* write the binary form of a[0..n) into buf (GP_BLOC_SEND_SIZE(n)); returns its length */
extern size_t gp_bloc_send(const gp_actor *a, size_t n, char *buf);

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
