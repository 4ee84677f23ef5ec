/*
 * extract_focus.c -- the country an article is about, as a bare agent word
 * ("the army", "police", "the foreign minister") needs it: the countries
 * each sentence names, counted over the article; the focus as it stands
 * before a subject's verb (a dateline, the article so far), so that a
 * subject does not take its country from its own object.
 */
#include "extract_int.h"

/* count the countries this sentence names (the article's focus) */
void
gx_count_countries(state *s)
{
	int			i,
				j;

	for (i = 0; i < s->nments; i++)
	{
		int			c;

		if (s->ments[i].bare || s->ments[i].excluded || s->d->is_role[s->ments[i].actor])
			continue;
		c = s->d->country[s->ments[i].actor];
		if (s->d->group[c])
			continue;
		for (j = 0; j < s->nfoc && s->foc_id[j] != c; j++)
			;
		if (j < s->nfoc)
			s->foc_n[j]++;
		else if (s->nfoc < 32)
		{
			s->foc_id[s->nfoc] = c;
			s->foc_n[s->nfoc++] = 1;
		}
	}
}

/*
 * The country the article is about, when that is clear: the only country
 * it has named, or one named at least twice and more often than any other.
 */
static int
focus(const state *s)
{
	int			i,
				best = -1,
				second = 0;

	if (s->nfoc == 1)
		return s->foc_id[0];
	for (i = 0; i < s->nfoc; i++)
	{
		if (best < 0 || s->foc_n[i] > s->foc_n[best])
		{
			if (best >= 0)
				second = s->foc_n[best];
			best = i;
		}
		else if (s->foc_n[i] > second)
			second = s->foc_n[i];
	}
	return (best >= 0 && s->foc_n[best] >= 2 && s->foc_n[best] > second) ? s->foc_id[best] : -1;
}

int
gx_focus(const state *s)
{
	return focus(s);
}

/*
 * The sentence's first verb cue (a stance, a predicate, a verb of saying)
 * when it comes after token k, else -1: a bare agent at k is then the
 * sentence's subject.
 */
static int
verb_cue_after(const state *s, int k)
{
	int			ci,
				best = -1;

	for (ci = 0; ci < s->ncues; ci++)
	{
		const cue  *c = &s->cues[ci];

		if ((c->kind == GX_W_STANCE || c->kind == GX_W_PREDICATE || c->kind == GX_W_SPEECH) &&
			(best < 0 || c->k0 < s->cues[best].k0))
			best = ci;
	}
	return best >= 0 && s->cues[best].k0 > k ? best : -1;
}

/*
 * The article's focus as it stands before token kcut of this sentence: a
 * role-only subject ("the foreign minister said", "Police have started an
 * investigation of the killing of a Medellin mayor") takes its country from
 * what the text said before its verb (the dateline, the article so far),
 * never from its own object.
 */
static int
focus_before(state *s, int kcut)
{
	int			save_id[32],
				save_n[32],
				save_nfoc = s->nfoc,
				i,
				j,
				f;

	memcpy(save_id, s->foc_id, sizeof(save_id));
	memcpy(save_n, s->foc_n, sizeof(save_n));
	for (i = 0; i < s->nments; i++)
	{
		int			c;

		if (s->ments[i].k0 < kcut || s->ments[i].bare || s->ments[i].excluded ||
			s->d->is_role[s->ments[i].actor])
			continue;
		c = s->d->country[s->ments[i].actor];
		for (j = 0; j < s->nfoc && s->foc_id[j] != c; j++)
			;
		if (j < s->nfoc)
			s->foc_n[j]--;
	}
	/* the countries only this sentence's object named are gone */
	for (i = 0, j = 0; i < s->nfoc; i++)
		if (s->foc_n[i] > 0)
		{
			s->foc_id[j] = s->foc_id[i];
			s->foc_n[j++] = s->foc_n[i];
		}
	s->nfoc = j;
	f = focus(s);
	memcpy(s->foc_id, save_id, sizeof(save_id));
	memcpy(s->foc_n, save_n, sizeof(save_n));
	s->nfoc = save_nfoc;
	return f;
}

/*
 * The focus a bare agent takes: before the verb it is the subject of, the
 * focus as the text stood before that verb (focus_before); elsewhere the
 * focus f of the whole sentence.
 */
int
gx_subject_focus(state *s, const mention *mn, int f)
{
	int			ci = verb_cue_after(s, mn->k1),
				fb;

	if (ci < 0)
		return f;
	fb = focus_before(s, s->cues[ci].k0);
	return fb >= 0 ? fb : f;
}
