/*
 * test_namecheck.c -- the words of a name as the rule on the user's names
 * reads them (src/core/namecheck.c): spans, function words, stems.
 */
#include "unit.h"
#include "namecheck.h"

static void *
xalloc(size_t n, void *ctx)
{
	(void) ctx;
	return malloc(n);
}

static void
xfree(void *p, void *ctx)
{
	(void) ctx;
	free(p);
}

static gx_dict *d;

/* the stem key of a one-word text */
static uint64_t
stem_of(const char *w)
{
	gx_name_word x;

	return gx_name_words(d, w, strlen(w), &x, 1) == 1 ? x.stem : 0;
}

/* how many words of s are no function word */
static size_t
content_words(const char *s)
{
	gx_name_word w[16];
	size_t		n = gx_name_words(d, s, strlen(s), w, 16),
				k = 0;

	for (size_t i = 0; i < n && i < 16; i++)
		k += !w[i].function_word;
	return k;
}

int
main(void)
{
	gx_arena	a;
	gx_name_word w[4];
	const char *s = "the Kremlin's  \"Palace\"";
	size_t		n;

	gx_arena_init(&a, xalloc, xfree, NULL);
	d = gx_dict_new(&a);
	CHECK(d != NULL);

	/* spans of the words, punctuation and quotes left out */
	n = gx_name_words(d, s, strlen(s), w, 4);
	CHECK(n >= 3);
	CHECK(w[0].start == 0 && w[0].len == 3 && w[0].function_word);
	CHECK(strncmp(s + w[1].start, "Kremlin", 7) == 0 && !w[1].function_word);
	CHECK(strncmp(s + w[n - 1].start, "Palace", 6) == 0 && !w[n - 1].function_word);

	/* function words of the grammar: articles, prepositions, pronouns,
	 * modals, months; not open-class words */
	CHECK(content_words("the") == 0);
	CHECK(content_words("The") == 0);
	CHECK(content_words("of the") == 0);
	CHECK(content_words("he would") == 0);
	CHECK(content_words("May") == 0);
	CHECK(content_words("Theresa May") == 1);
	CHECK(content_words("Kremlin") == 1);
	CHECK(content_words("") == 0);
	CHECK(content_words("... --") == 0);

	/* stems as the lexicon matches them: verb endings go, case goes, an
	 * agent noun keeps its own */
	CHECK(stem_of("condemned") == stem_of("condemn"));
	CHECK(stem_of("Condemns") == stem_of("condemn"));
	CHECK(stem_of("condemning") == stem_of("condemn"));
	CHECK(stem_of("protesters") != stem_of("protest"));
	CHECK(stem_of("said") != stem_of("say"));
	CHECK(stem_of("not") != stem_of("note"));

	/* more words than room: the count, and no write beyond max */
	CHECK(gx_name_words(d, "a b c d e f", 11, w, 2) == 6);

	/* any bytes: spans inside the text, in order, the count the same with
	 * and without room */
	{
		long		bad = 0;
		const char	alphabet[] = "ab Z.'\"-\xc3\xa9\xe1\xbb\x85\xff\x80\t";

		for (int r = 0; r < 20000; r++)
		{
			char		buf[40];
			size_t		len = unit_randn(sizeof(buf)),
						m,
						m0;
			gx_name_word ws[40];

			for (size_t i = 0; i < len; i++)
				buf[i] = alphabet[unit_randn(sizeof(alphabet) - 1)];
			m = gx_name_words(d, buf, len, ws, 40);
			m0 = gx_name_words(d, buf, len, NULL, 0);
			if (m != m0 || m > len)
				bad++;
			for (size_t i = 0; i < m && i < 40; i++)
				if (ws[i].len == 0 || ws[i].start + ws[i].len > len ||
					(i > 0 && ws[i].start < ws[i - 1].start + ws[i - 1].len))
					bad++;
		}
		PROPERTY("word spans inside the text, in order", bad);
	}

	gx_arena_free(&a);
	return unit_report("unit/namecheck");
}
