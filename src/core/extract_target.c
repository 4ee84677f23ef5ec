/*
 * extract_target.c -- targets the forward search of a stance cue does not
 * reach: the partner named in the phrase that sets the scene before the
 * verb ("X, in a meeting with Y, agreed"), and the object behind the
 * source's own possessive ("expressed Egypt's solidarity with Saudi
 * Arabia").  Called by code_stance() (extract_code.c).
 */
#include "extract_int.h"

/*
 * "President Reagan, in a meeting last March in Washington with Canadian
 * Prime Minister Brian Mulroney, agreed to ...", "In a phone call with
 * Erdogan, Putin urged restraint": an appeal, an agreement, a consultation
 * or a cooperation (CAMEO 02-06) or a demand (10) whose object names
 * nobody is made to the partner named in the phrase that sets its scene.
 * That phrase opens the sentence or follows a comma with "in", "during"
 * or "at" and a determiner or a cue ("in talks with"; not "in line
 * with"), names its partner after "with" and ends with
 * a comma, all before the verb; no other verb, clause or semicolon lies
 * between.  "X, together with Y, agreed" names a second subject, no
 * scene.  The partner is not the source.  Bounded: 40 tokens back.
 */
bool
gx_partner_before(const state *s, const cue *c, const aset *src, aset *out)
{
	char		code[5];
	int			lo = c->k0 - 40 > 0 ? c->k0 - 40 : 0,
				j,
				w = -1,
				k,
				end,
				o;
	aset		grp;

	gp_stance_code((gp_stance) c->stance, code);
	if (!((code[0] == '0' && code[1] >= '2' && code[1] <= '6') || (code[0] == '1' && code[1] == '0')))
		return false;
	for (j = c->k0 - 1; j >= lo && w < 0; j--)
	{
		const tok  *t = T(s, j);
		int			cc = cue_at(s, j);

		if (t->p == ';' || t->p == ':' ||
			((t->wc & (WC_THAT | WC_CLAUSE)) && s->cover[j] == COV_NONE))
			return false;
		if (cc >= 0 && !s->cues[cc].noun && !(t->wc & WC_WITH) &&
			(s->cues[cc].kind == GX_W_STANCE || s->cues[cc].kind == GX_W_SPEECH ||
			 s->cues[cc].kind == GX_W_PREDICATE))
		{
			int			q;
			bool		with = false;

			/* "held talks with": a cue of its own that holds the "with" */
			for (q = s->cues[cc].k0; q <= s->cues[cc].k1; q++)
				with = with || (T(s, q)->wc & WC_WITH);
			if (!with)
				return false;
		}
		if (t->wc & WC_WITH)
			w = j;
	}
	if (w < 0)
		return false;
	/* the partner: a group of mentions right after "with" (determiners
	 * allowed), then the comma that closes the phrase */
	for (k = w + 1; k < c->k0 && k <= w + 3 && ment_at(s, k) < 0 && (T(s, k)->wc & WC_DET); k++)
		;
	if (k >= c->k0 || ment_at(s, k) < 0)
		return false;
	grp.n = 0;
	end = gx_group_forward(s, k, c->k0, &grp, true);
	if (grp.n == 0 || end >= c->k0 || !is_punct(s, end, ','))
		return false;
	/* the scene: "in", "during" or "at" and a determiner, after a comma or
	 * at the sentence's start, with no comma before "with" */
	for (o = w - 1; o >= lo && o >= w - 12 && !is_punct(s, o, ','); o--)
		if ((T(s, o)->wc & WC_SCENE) && s->cover[o] == COV_NONE && o + 1 < w &&
			((T(s, o + 1)->wc & (WC_ARTICLE | WC_POSSPRON)) || cue_at(s, o + 1) >= 0) &&
			(o == 0 || is_punct(s, o - 1, ',')))
			break;
	if (o < lo || o < w - 12 || is_punct(s, o, ','))
		return false;
	gx_prune_roles(s, &grp);
	for (j = 0; j < grp.n; j++)
		if (aset_has(src, grp.a[j]))
			return false;
	if (gx_roleless_set(s, &grp))
		return false;
	*out = grp;
	return true;
}

/*
 * "Egypt's Foreign Ministry expressed Egypt's solidarity with Saudi
 * Arabia", "Erdogan reiterated Turkey's support for the GNA": a possessive
 * of the source's own country before the stance noun (inside the cue's
 * gap, or right after the cue before a stance noun of its own) is the
 * source's voice, not the object.  When the forward search found only
 * that possessive (tgt, all of the source's countries), search the object
 * again from after it; true with the new target in tgt and its end in
 * *obj_from when one is found that is not the source's own.
 */
bool
gx_target_past_own(state *s, int ci, const aset *src, aset *tgt, int *obj_from)
{
	cue		   *c = &s->cues[ci];
	int			i,
				m = -1,
				p,
				k0,
				end;
	aset		t2;

	if (tgt->n == 0 || src->n == 0 || !gx_same_countries(s->d, src, tgt))
		return false;
	/* the first mention after the cue's first word */
	for (i = 0; i < s->nments; i++)
		if (s->ments[i].k0 > c->k0 && (m < 0 || s->ments[i].k0 < s->ments[m].k0))
			m = i;
	if (m < 0 || !s->ments[m].poss || !aset_has(tgt, s->ments[m].actor))
		return false;
	p = s->ments[m].k1;
	if (p + 1 < s->nm && (T(s, p + 1)->f & T_POSS) && !IS_CUE(s->cover[p + 1]))
		p++;
	/* inside the gap before the cue's noun, or right after a one-word cue
	 * and before a stance noun ("promised Washington's support for") */
	if (s->ments[m].k1 >= c->k1)
	{
		int			n;

		if (s->ments[m].k0 != c->k1 + 1 || p + 1 >= s->nm)
			return false;
		n = cue_at(s, p + 1);
		if (n < 0 || s->cues[n].kind != GX_W_STANCE)
			return false;
	}
	/* the search reads from the cue's first word on: start it after the
	 * possessive for this once */
	k0 = c->k0;
	c->k0 = p;
	end = gx_target_forward(s, ci, &t2);
	c->k0 = k0;
	if (t2.n == 0 || gx_roleless_set(s, &t2) || gx_same_countries(s->d, src, &t2))
		return false;
	*tgt = t2;
	*obj_from = end;
	return true;
}
