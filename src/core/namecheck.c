/*
 * namecheck.c -- the words of a name as the coder's lexer reads them: the
 * stem key the lexicon matches on, and whether the grammar (data/grammar.tsv)
 * has the word in a closed class (articles, determiners, prepositions,
 * conjunctions, pronouns, forms of be, auxiliaries, modals, clause words,
 * days and months).  A name made only of such words, or of words the
 * lexicon reads as verbs of stance or of saying, would take those words
 * from every sentence (geopol.actor_name_ok()).
 */
#include "namecheck.h"

#include "extract_int.h"

size_t
gx_name_words(const gx_dict *d, const char *s, size_t n, gx_name_word *out, size_t max)
{
	gx_lexer	lx;
	tok			t;
	size_t		k = 0;

	gx_lexer_init(&lx, s, n, false, d);
	while (gx_lex_next(&lx, &t))
	{
		if (!(t.f & T_WORD))
			continue;
		if (k < max)
		{
			out[k].start = t.s;
			out[k].len = t.e - t.s;
			out[k].stem = t.hs;
			out[k].function_word = (t.wc & WC_FUNCTION) != 0;
		}
		k++;
	}
	return k;
}
