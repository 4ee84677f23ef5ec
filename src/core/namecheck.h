/*
 * namecheck.h -- may a user's name go into the coder's dictionary without
 * changing what it codes?  (geopol.actor_name_ok(); pure C, no PostgreSQL)
 */
#ifndef GEOPOL_NAMECHECK_H
#define GEOPOL_NAMECHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "extract.h"

/* a word of a name as the coder reads it */
typedef struct gx_name_word
{
	size_t		start;			/* byte span in the name */
	size_t		len;
	uint64_t	stem;			/* the key lexicon phrases match on */
	bool		function_word;	/* a closed-class word of data/grammar.tsv */
} gx_name_word;

/*
 * The words of s[0..n) (punctuation and quotes left out), at most max of
 * them into out; returns how many there are (may exceed max).  d gives the
 * grammar's word classes (gx_dict_new()).
 */
extern size_t gx_name_words(const gx_dict *d, const char *s, size_t n,
							gx_name_word *out, size_t max);

#endif
