/*
 * questions.h -- what the files of the questions share: questions.c (the
 * index keys), questions_walk.c (first_time()/last_time()), questions_who.c
 * (who()) and questions_matrix.c (the cells of stance_matrix()).
 */
#ifndef GEOPOL_QUESTIONS_H
#define GEOPOL_QUESTIONS_H

#include "geopol.h"

#include "utils/date.h"

#include "core/stance.h"

/* the layout of the index keys (see questions.c) */
#define KEY_T			UINT64CONST(1)
#define KEY_M			UINT64CONST(3)
#define P37_4			UINT64CONST(1874161)	/* 37^4 */
#define MAX_KEYS		(1 << 22)

/*
 * The country of an actor in a T key: the first segment's first 7 symbols
 * as a base-37 number (< 37^7 < 2^37; an eighth symbol is folded, so two
 * 8-symbol first segments alike in their first 7 share keys: the exact
 * tests that follow every key search tell them apart)
 */
static inline uint64
country_num(gp_actor a)
{
	/* the first segment fills symbols 0..7 at most: hi is a multiple of 37^4 */
	return gp_actor_prefix(a, 1).hi / (P37_4 * 37);
}

#define YEAR_MIN		1900
#define YEAR_SPAN		256
#define MAX_BUCKETS		256
#define NFLAGS			(MAX_BUCKETS << 3)	/* bucket << 3 | negated << 2 | mood */

/* a month as keys number it: year index (0..YEAR_SPAN - 1) * 12 + month - 1 */
static inline int64
key_target(uint64 country, int month_index, int flags)
{
	return (int64) ((KEY_T << 61) | (country << 23) | ((uint64) month_index << 11) | (uint64) flags);
}

static inline int64
key_month(int month_index, int flags)
{
	return (int64) ((KEY_M << 61) | ((uint64) month_index << 11) | (uint64) flags);
}

/* questions.c: the keys of a question, the code of a "what" */
extern Datum geopol_target_keys(PG_FUNCTION_ARGS);
extern Datum geopol_what_code(PG_FUNCTION_ARGS);
extern Datum geopol_stance_matches_code(PG_FUNCTION_ARGS);

extern int	questions_stance_flags(gp_stance s);
extern void questions_date_ym(DateADT d, int *year, int *month);
extern void questions_what_flags(text *what, bool *set);
extern int	questions_cmp_int64(const void *a, const void *b);
extern void questions_too_many(size_t n);

/* questions_who.c: the months of one key search of who() and timeseries() */
extern int	questions_chunk_months(size_t keys_a_month);

/* search_set(x): x's country and every bloc that country ever belonged to */
extern Datum questions_search_set(Datum x);

#endif							/* GEOPOL_QUESTIONS_H */
