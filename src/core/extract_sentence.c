/*
 * extract_sentence.c -- what a sentence holds besides its actors: lexicon
 * cues (longest match in the phrase trie, gaps included), "allies of X"
 * exclusions, and the two searches the rules are built on: the subject
 * before a position, the group of mentions after it.
 */
#include "extract_int.h"

/* a point or comma between two numbers ("352.5", "670,000") */
static bool
number_punct(const state *s, int k)
{
	return (T(s, k)->p == '.' || T(s, k)->p == ',') && k > 0 && k + 1 < s->nm &&
		(T(s, k - 1)->f & T_DIGIT) && (T(s, k + 1)->f & T_DIGIT);
}

/* longest lexicon match at k (with gaps); returns its end or -1 */
static int
match_word_at(const state *s, int k, int32_t *node_out, int *gap0, int *gap1)
{
	struct
	{
		int32_t		node;
		int			pos;
		int			g0,
					g1;
	}			stack[64];
	int			sp = 0,
				best = -1,
				best_gap = 0,
				best_words = 0;

	stack[sp].node = ROOT_WORDS;
	stack[sp].pos = k;
	stack[sp].g0 = stack[sp].g1 = -1;
	sp++;
	while (sp > 0)
	{
		int32_t		node,
					c;
		int			pos,
					g0,
					g1;

		sp--;
		node = stack[sp].node;
		pos = stack[sp].pos;
		g0 = stack[sp].g0;
		g1 = stack[sp].g1;
		/* the match of the most phrase words, then of the shortest gap:
		 * the first noun after a light verb is its object ("reaffirmed its
		 * commitment to supporting" is a commitment) */
		if (pos > k && s->d->nodes[node].first >= 0)
		{
			int			gl = g0 >= 0 ? g1 - g0 + 1 : 0;
			int			words = pos - k - gl;

			if (best < 0 || words > best_words || (words == best_words && gl < best_gap))
			{
				best = pos - 1;
				best_gap = gl;
				best_words = words;
				*node_out = node;
				*gap0 = g0;
				*gap1 = g1;
			}
		}
		if (pos >= s->nm || pos - k >= GX_MAX_PHRASE + GX_MAX_GAP)
			continue;
		/* a mention cannot be part of a lexicon phrase (except in gaps) */
		if (IS_MENT(s->cover[pos]))
			goto gaps;
		c = gx_child(s->d, node, T(s, pos)->hs);
		if (c >= 0 && sp < 64)
		{
			stack[sp].node = c;
			stack[sp].pos = pos + 1;
			stack[sp].g0 = g0;
			stack[sp].g1 = g1;
			sp++;
		}
gaps:
		if (s->d->nodes[node].gap && node != ROOT_WORDS)
		{
			int32_t		gn = gx_child(s->d, node, GAP_KEY);
			int			g;

			/* skip 0..GX_MAX_GAP tokens, never across punctuation */
			for (g = 0; g <= GX_MAX_GAP && pos + g < s->nm && gn >= 0; g++)
			{
				const tok  *t;
				int32_t		c2;

				if (g > 0)
				{
					/* a gap holds an object or its modifiers ("imposed a
					 * variety of sanctions", "hold X and Y to account"), not
					 * a clause nor a place or actor behind a preposition:
					 * "emphasized that they are concerned", "order in Niger
					 * and the detention" are no phrases */
					t = T(s, pos + g - 1);
					/* a currency sign is part of an amount ("provided $ 2
					 * million", "45m euros"): '#' is any other symbol; so
					 * is a number's point or comma ("352.5 million") */
					if ((!(t->f & T_WORD) && t->p != '-' && t->p != '$' && t->p != '#' &&
						 !number_punct(s, pos + g - 1)) ||
						(t->wc & (WC_THAT | WC_REL | WC_CLAUSE | WC_BE | WC_MODAL | WC_PRONOUN_SUBJ)))
						break;
					if ((t->wc & (WC_OF | WC_FROM | WC_BLOCK | WC_OPEN | WC_IN)) &&
						IS_MENT(s->cover[pos + g]))
						break;
				}
				if (IS_MENT(s->cover[pos + g]))
					continue;
				c2 = gx_child(s->d, gn, T(s, pos + g)->hs);
				if (c2 >= 0 && sp < 64)
				{
					stack[sp].node = c2;
					stack[sp].pos = pos + g + 1;
					stack[sp].g0 = g > 0 ? pos : -1;
					stack[sp].g1 = g > 0 ? pos + g - 1 : -1;
					sp++;
				}
			}
		}
	}
	return best;
}

static int
kind_rank(int kind)
{
	switch (kind)
	{
		case GX_W_STANCE:
			return 10;
		case GX_W_PREDICATE:
			return 9;
		case GX_W_JOIN:
			return 8;
		case GX_W_NEGATION:
			return 7;
		case GX_W_SPEECH:
			return 6;
		case GX_W_INTENSIFIER:
			return 5;
		default:
			return 1;
	}
}

/* does a mention start at k, after at most two determiners (and a word
 * of peers: "met his counterpart, Sergio Mattarella")? */
static bool
object_follows(const state *s, int k)
{
	int			n = 0;

	while (k < s->nm && n < 2 && (T(s, k)->wc & WC_DET) && !IS_MENT(s->cover[k]))
	{
		k++;
		n++;
	}
	if (k < s->nm && (T(s, k)->wc & WC_PEER) && !IS_MENT(s->cover[k]))
		k += is_punct(s, k + 1, ',') ? 2 : 1;
	return k < s->nm && IS_MENT(s->cover[k]);
}

/*
 * What may follow a verb of returning (0842) at k for it to be one: a
 * number or an article before its object ("returned 12 skulls", "returned
 * the artefacts"), or its passive agent ("was returned by X").  Its bare
 * intransitive ("returned to Baghdad", "returned home") returns nothing.
 */
static bool
return_object(const state *s, int k)
{
	const tok  *n;

	if (k + 1 >= s->nm || IS_MENT(s->cover[k + 1]))
		return false;
	n = T(s, k + 1);
	if ((n->f & T_DIGIT) || (n->wc & (WC_NUMBER | WC_ARTICLE | WC_POSSPRON)))
		return true;
	return k > 0 && (T(s, k - 1)->wc & WC_BE) && (n->wc & WC_BY);
}

/* a plain lower-case word: no function word, cue, mention, name or number */
static bool
plain_word(const state *s, int k)
{
	const tok  *t = T(s, k);

	return (t->f & T_WORD) && !(t->f & (T_CAP | T_DIGIT | T_POSS)) &&
		!(t->wc & (WC_FUNCTION | WC_ROLE)) && s->cover[k] == COV_NONE;
}

/*
 * Where the obligation word at k starts ("must", "should", "needs to"),
 * the position after it; -1 when k holds none.  "should" before its
 * subject is a condition ("should Huawei be given a role").
 */
static int
obligation_at(const state *s, int k)
{
	const tok  *t = T(s, k),
			   *n;

	if (!(t->wc & WC_OBLIGE) || s->cover[k] != COV_NONE || k + 1 >= s->nm)
		return -1;
	n = T(s, k + 1);
	if (t->wv & 1)
		return (n->wc & WC_TO) && k + 2 < s->nm && plain_word(s, k + 2) ? k + 2 : -1;
	if ((n->wc & (WC_DET | WC_PRONOUN_SUBJ)) || IS_MENT(s->cover[k + 1]) || !(n->f & T_WORD))
		return -1;
	return k + 1;
}

/*
 * After the clause of the obligation at k: ", the EU said", ", France said
 * on Monday" (a comma, then an actor and a verb of saying in at most six
 * tokens, before the sentence ends).  The speech cue, -1 when there is
 * none.  Bounded: 40 tokens.
 */
static bool clause_opens_before(const state *s, int j);

static int
speaker_after(const state *s, int k)
{
	int			j,
				i,
				ci;
	bool		actor = false;

	for (j = k + 1; j < s->nm && j <= k + 40; j++)
	{
		const tok  *t = T(s, j);

		if (t->p == ';' || t->p == ':' || t->p == '.' || s->inq[j] != s->inq[k] ||
			((ci = cue_at(s, j)) >= 0 && s->cues[ci].kind == GX_W_SPEECH))
			return -1;
		if (t->p == ',')
			break;
	}
	if (j >= s->nm || j > k + 40)
		return -1;
	for (i = j + 1; i < s->nm && i <= j + 7; i++)
	{
		if (ment_at(s, i) >= 0)
		{
			actor = true;
			i = s->ments[ment_at(s, i)].k1;
			continue;
		}
		if ((ci = cue_at(s, i)) >= 0 && s->cues[ci].kind == GX_W_SPEECH && s->cues[ci].k0 == i)
		{
			if (!actor || s->cues[ci].k1 + 1 >= s->nm)
				return -1;
			/* the sentence ends after it (a day may come between) */
			for (j = s->cues[ci].k1 + 1; j < s->nm && j <= s->cues[ci].k1 + 4; j++)
			{
				if (T(s, j)->p == '.' || T(s, j)->p == ';')
					return ci;
				if (s->cover[j] != COV_NONE ||
					!(T(s, j)->wc & (WC_WEEKDAY | WC_RELDAY | WC_OPEN | WC_MONTH) ||
					  (T(s, j)->f & T_DIGIT)))
					return -1;
			}
			return j >= s->nm ? ci : -1;
		}
		if (s->cover[i] != COV_NONE || !(T(s, i)->wc & (WC_DET | WC_ARTICLE | WC_CONJ)) )
			return -1;
	}
	return -1;
}

/*
 * The verb of saying of an obligation becomes a demand ("must"), or an
 * appeal ("should"); the two stances are parsed once a call of
 * find_obligations().  False when they cannot be parsed.
 */
static bool
obligation_stance(cue *c, bool should, gp_stance *demand, gp_stance *appeal)
{
	if (*demand == 0)
	{
		gp_stance_error err;

		if (!gp_stance_parse("demand", 6, demand, &err) ||
			!gp_stance_parse("appeal", 6, appeal, &err))
			return false;
	}
	c->kind = GX_W_STANCE;
	c->stance = should ? *appeal : *demand;
	return true;
}

/*
 * "Russia says Israel must end its strikes", "X said on Monday that the
 * government must ensure security": a verb of saying whose clause has an
 * actor as subject and an obligation as verb is a demand made of that
 * actor.  The verb of saying becomes the demand (its subject the source,
 * the clause's subject its first object); "should" is an appeal.
 */
static void
find_obligations(state *s)
{
	int			k;
	gp_stance	demand = 0,
				appeal = 0;

	for (k = 1; k < s->nm; k++)
	{
		int			m,
					j,
					gs,
					ci;
		cue		   *c;

		if (obligation_at(s, k) < 0)
			continue;
		j = k - 1;
		while (j >= 0 && ((T(s, j)->wc & WC_ADV) || (T(s, j)->f & T_LY)) && s->cover[j] == COV_NONE)
			j--;
		/* "the Sri Lankan government" (its agent word is read later) */
		for (gs = 0; j >= 0 && gs < 3 && (T(s, j)->wc & WC_ROLE) && s->cover[j] == COV_NONE; gs++)
			j--;
		if ((m = ment_at(s, j)) < 0 || s->ments[m].poss || s->ments[m].k1 != j)
			continue;
		/* the subject's start: "the European Union", "Iran and Iraq", "the
		 * government of Chad" */
		gs = s->ments[m].k0;
		for (j = gs - 1; j >= 0 && gs - j <= 12; j--)
		{
			int			m2 = ment_at(s, j),
						c2 = cue_at(s, j);

			if (m2 >= 0)
			{
				gs = j = s->ments[m2].k0;
				continue;
			}
			if (c2 >= 0 && s->cues[c2].kind == GX_W_ANAPHOR)
			{
				gs = j = s->cues[c2].k0;
				continue;
			}
			if (!(T(s, j)->wc & (WC_DET | WC_CONJ | WC_OF | WC_ROLE)) && !is_punct(s, j, ','))
				break;
			if (T(s, j)->wc & (WC_DET | WC_ROLE))
				gs = j;
		}
		j = gs - 1;
		if (j >= 0 && (T(s, j)->wc & WC_THAT) && s->cover[j] == COV_NONE)
		{
			/* "said on Monday that", "said Wednesday that" */
			int			v = j - 1;

			while (v >= 0 && s->cover[v] == COV_NONE && v >= j - 4 &&
				   (T(s, v)->wc & (WC_WEEKDAY | WC_RELDAY | WC_TIME | WC_OPEN | WC_BLOCK | WC_DET | WC_MONTH) ||
					(T(s, v)->f & T_DIGIT)))
				v--;
			ci = cue_at(s, v);
		}
		else
			ci = cue_at(s, j);
		if ((ci < 0 || s->cues[ci].kind != GX_W_SPEECH) && (j < 0 || clause_opens_before(s, j)) &&
			(ci = speaker_after(s, k)) >= 0)
		{
			/* "Iran must stop enriching uranium, the EU said": the
			 * speaker after the clause; the clause's subject is the
			 * target the sentence stage sets on the cue */
			c = &s->cues[ci];
			if (!obligation_stance(c, (T(s, k)->wv & 2) != 0, &demand, &appeal))
				return;
			c->tgt.n = 0;
			for (j = gs; j < k; j++)
				if ((m = ment_at(s, j)) >= 0)
				{
					if (!s->ments[m].excluded)
						ment_add(s, &c->tgt, m);
					j = s->ments[m].k1;
				}
			continue;
		}
		if (ci < 0 || s->cues[ci].kind != GX_W_SPEECH || s->cues[ci].k1 >= gs)
			continue;
		c = &s->cues[ci];
		if (!obligation_stance(c, (T(s, k)->wv & 2) != 0, &demand, &appeal))
			return;
		for (j = c->k1 + 1; j < gs; j++)
			if (s->cover[j] == COV_NONE)
				s->cover[j] = -2 - ci;
		c->k1 = gs - 1;
	}
}

/*
 * "demanded that Pashinyan's government resign", "its demand that the US
 * ease sanctions": the subject of a demand's that-clause is whom it is
 * made of.  The cue takes in "that", so that its object is the clause's
 * subject.
 */
static void
demand_clauses(state *s)
{
	int			i;

	for (i = 0; i < s->ncues; i++)
	{
		cue		   *c = &s->cues[i];
		int			k = c->k1 + 1,
					j;

		if (c->kind != GX_W_STANCE || stance_class_of(c->stance) != GP_CLASS_REQUEST ||
			k >= s->nm || !(T(s, k)->wc & WC_THAT) || s->cover[k] != COV_NONE)
			continue;
		for (j = k + 1; j < s->nm && j <= k + 3 && (T(s, j)->wc & WC_DET) && s->cover[j] == COV_NONE; j++)
			;
		/* an actor, or a name or agent word read later ("that Prime
		 * Minister X's government resign", "that authorities release") */
		if (j >= s->nm || (ment_at(s, j) < 0 &&
						   (s->cover[j] != COV_NONE || !(T(s, j)->f & T_WORD) ||
							!((T(s, j)->f & T_CAP) || (T(s, j)->wc & WC_ROLE)))))
			continue;
		s->cover[k] = -2 - i;
		c->k1 = k;
	}
}

void
gx_find_cues(state *s)
{
	int			k = 0;
	int			first_word = -1;

	s->ncues = 0;
	for (k = 0; k < s->nm; k++)
		if (T(s, k)->f & T_WORD)
		{
			first_word = k;
			break;
		}
	k = 0;
	while (k < s->nm)
	{
		int32_t		node = -1;
		int			g0 = -1,
					g1 = -1,
					end;
		const tok  *t = T(s, k);

		if (IS_MENT(s->cover[k]) || !(t->f & T_WORD))
		{
			k++;
			continue;
		}
		end = match_word_at(s, k, &node, &g0, &g1);
		/* "concerning" is a preposition, not a concern */
		if (end == k && (t->wc & (WC_OPEN | WC_BLOCK | WC_OF | WC_FROM)) && t->nlen > 5)
			end = -1;
		if (end >= k)
		{
			const word_ent *best = NULL;
			int32_t		e;

			for (e = s->d->nodes[node].first; e >= 0; e = s->d->words[e].next)
				if (best == NULL || kind_rank(s->d->words[e].kind) > kind_rank(best->kind))
					best = &s->d->words[e];
			/* a capitalised verb in running text is a name ("all States") */
			if (best && (t->f & T_CAP) && !(t->f & T_UPPER) && k != first_word &&
				!s->titlecase && !is_punct(s, k - 1, '"') && !is_punct(s, k - 1, '.') &&
				(best->kind == GX_W_STANCE || best->kind == GX_W_SPEECH ||
				 best->kind == GX_W_PREDICATE))
				best = NULL;
			/* a one-word verb of meeting ("met", "visited", "hosted") is
			 * one only with its object right after it ("met Putin"; not
			 * "met in The Hague to reaffirm ...") */
			if (best && best->kind == GX_W_STANCE && end == k && !object_follows(s, k + 1))
			{
				char		code[5];

				gp_stance_code((gp_stance) best->stance, code);
				if (code[0] == '0' && code[1] == '4')
					best = NULL;
				/* so is a one-word verb of returning (0842): "returned 12
				 * skulls to Peru", "was returned by US officials"; not
				 * "returned to Baghdad", "return to the talks" */
				else if (strcmp(code, "0842") == 0 && !return_object(s, k))
					best = NULL;
			}
			if (best && s->ncues < GX_MAX_SENT_TOKENS)
			{
				cue		   *c = &s->cues[s->ncues];
				int			q;

				memset(c, 0, sizeof(*c));
				c->k0 = k;
				c->k1 = end;
				c->kind = best->kind;
				c->stance = best->stance;
				c->intensity = best->intensity;
				for (q = k; q <= end; q++)
					if (!IS_MENT(s->cover[q]) && !(g0 >= 0 && q >= g0 && q <= g1))
						s->cover[q] = -2 - s->ncues;
				s->ncues++;
				/* "express (their serious) concern": intensifiers in the gap */
				for (q = g0; g0 >= 0 && q <= g1 && s->ncues < GX_MAX_SENT_TOKENS; q++)
				{
					int32_t		n2 = -1;
					int			a0,
								a1,
								e2;
					int32_t		e;

					if (IS_MENT(s->cover[q]))
						continue;
					e2 = match_word_at(s, q, &n2, &a0, &a1);
					if (e2 < q || e2 > g1)
						continue;
					for (e = s->d->nodes[n2].first; e >= 0; e = s->d->words[e].next)
						if (s->d->words[e].kind == GX_W_INTENSIFIER)
						{
							cue		   *ic = &s->cues[s->ncues];
							int			r;

							memset(ic, 0, sizeof(*ic));
							ic->k0 = q;
							ic->k1 = e2;
							ic->kind = GX_W_INTENSIFIER;
							ic->intensity = s->d->words[e].intensity;
							for (r = q; r <= e2; r++)
								s->cover[r] = -2 - s->ncues;
							s->ncues++;
							q = e2;
							break;
						}
				}
				k = end + 1;
				continue;
			}
		}
		k++;
	}
	find_obligations(s);
	demand_clauses(s);
}

void
gx_mark_exclusions(state *s)
{
	int			i;

	for (i = 0; i < s->ncues; i++)
	{
		cue		   *c = &s->cues[i];
		int			m;

		if (c->kind != GX_W_RELATION)
			continue;
		/* X's partners */
		if (c->k0 >= 2 && (T(s, c->k0 - 1)->f & T_POSS) && (m = ment_at(s, c->k0 - 2)) >= 0)
			s->ments[m].excluded = true;
		/* allies of (the) X (, Y and Z) */
		if (c->k1 + 1 < s->nm && (T(s, c->k1 + 1)->wc & WC_OF))
		{
			int			k = c->k1 + 2;

			while (k < s->nm)
			{
				if ((m = ment_at(s, k)) >= 0)
				{
					s->ments[m].excluded = true;
					k = s->ments[m].k1 + 1;
					if (k < s->nm && (is_punct(s, k, ',') || (T(s, k)->wc & WC_CONJ)))
					{
						k++;
						continue;
					}
					break;
				}
				if (T(s, k)->wc & WC_DET)
				{
					k++;
					continue;
				}
				break;
			}
		}
	}
}

/* a token that may sit between members of an enumeration */
static bool
connector(const state *s, int k)
{
	const tok  *t = T(s, k);

	if (IS_CUE(s->cover[k]))
		return s->cues[CUE_OF(s->cover[k])].kind == GX_W_CONJ;	/* "joined by" */
	if (t->p == ',' || t->p == '&' || t->p == '(' || t->p == ')')
		return true;
	if (t->wc & (WC_CONJ | WC_DET | WC_OF))
		return true;
	if ((t->f & T_WORD) && (t->f & T_CAP) && !(t->f & T_POSS))
		return true;			/* titles: President, Foreign Minister */
	return false;
}

/* "and", "&", or a connector phrase ("along with", "as well as"): it
 * joins the members of an enumeration as "and" does */
static bool
joins(const state *s, int k)
{
	if (IS_CUE(s->cover[k]))
		return s->cues[CUE_OF(s->cover[k])].kind == GX_W_CONJ;
	return (T(s, k)->wc & WC_CONJ) || is_punct(s, k, '&');
}

/*
 * "Egypt's highest appeals court": up to three modifiers between a
 * possessive (or the article of an apposition) and the noun.  From k (the
 * word before the noun) back over them: the position of the possessive or
 * article, or k when they are not modifiers of such a noun phrase ("to
 * defend Japan"; "a prominent Venezuelan" is left as it was: measured, it
 * found more sentences with the wrong source).
 */
static int
back_over_modifiers(const state *s, int k)
{
	int			j = k,
				n = 0;

	while (j >= 0 && n < 3 && plain_word(s, j))
	{
		j--;
		n++;
	}
	if (n == 0)
		return k;
	if (j >= 0 && (T(s, j)->f & T_POSS))
		return j;
	/* an apposition: "Ranil Wickremesinghe, the former Prime Minister of
	 * Sri Lanka, said" */
	if (j >= 2 && (T(s, j)->wc & WC_ARTICLE) && is_punct(s, j - 1, ',') &&
		(T(s, j - 2)->f & T_CAP) && (T(s, j - 2)->f & T_WORD) && s->cover[j - 2] == COV_NONE)
		return j;
	return k;
}

/*
 * Does a date end at k, closing the phrase a preposition opened before it?
 * "On 21 June Mexican authorities announced", "In October 2017 the Iraqi
 * army took over": a month, a day after a month, a year after a month or a
 * preposition.
 */
static bool
date_ends_phrase(const state *s, int k)
{
	const tok  *t = T(s, k);

	if (s->cover[k] != COV_NONE)
		return false;
	if (t->wc & WC_MONTH)
		return true;
	if (!(t->f & T_ALLNUM) || k < 1)
		return false;
	if (T(s, k - 1)->wc & WC_MONTH)
		return true;
	return t->num >= 1900 && t->num <= 2100 && (T(s, k - 1)->wc & (WC_IN | WC_OPEN | WC_BLOCK));
}

/*
 * May the mention m be the subject of what follows it?  Not when a verb or
 * a preposition (other than of/from) governs it: "to defend Japan".
 */
static bool
subject_ok(const state *s, int mi)
{
	const mention *mn = &s->ments[mi];
	int			k = mn->k0 - 1,
				j;
	const tok  *t;

	if (mn->excluded)
		return false;
	/* "Russia's failure ...": the possessor of something that is not its
	 * voice (minister, government ...) is not the subject */
	if (mn->poss && mn->k1 + 2 < s->nm)
	{
		int			hk = mn->k1 + 2,
					n = 0;
		const tok  *h;

		/* "the EU's diplomatic chief": modifiers before the word of office */
		while (n < 3 && hk + 1 < s->nm && plain_word(s, hk))
		{
			if (T(s, hk + 1)->wc & WC_ROLE)
			{
				hk++;
				break;
			}
			if (!plain_word(s, hk + 1))
				break;
			hk++;
			n++;
		}
		h = T(s, hk);

		if ((h->f & T_WORD) && !(h->f & T_CAP) && !(h->wc & WC_ROLE) &&
			cue_at(s, hk) < 0 && ment_at(s, hk) < 0)
			return false;
	}
	/* "his government", "their forces": a possessive pronoun determines */
	while (k >= 0 && (T(s, k)->wc & (WC_DET | WC_POSSPRON)) && s->cover[k] == COV_NONE)
		k--;
	if (k >= 0 && (j = back_over_modifiers(s, k)) != k)
	{
		/* "supporters of the ousted president": the head is another noun */
		k = j;
		while (k >= 0 && (T(s, k)->wc & WC_DET))
			k--;
		if (k >= 0 && (T(s, k)->wc & (WC_OF | WC_FROM | WC_FOR)))
			return false;
	}
	if (k < 0)
		return true;
	t = T(s, k);
	/* "a day after the Indian military said", "as Syrian forces
	 * launched": a clause with its subject and verb */
	if ((t->wc & WC_SUBORD) && s->cover[k] == COV_NONE)
	{
		int			c;

		j = mn->k1 + 1;
		while (j < s->nm && j <= mn->k1 + 4 && s->cover[j] == COV_NONE &&
			   ((T(s, j)->wc & (WC_MODAL | WC_BE | WC_ADV)) || (T(s, j)->f & T_LY)))
			j++;
		if ((c = cue_at(s, j)) >= 0 &&
			(s->cues[c].kind == GX_W_SPEECH || s->cues[c].kind == GX_W_STANCE))
			return true;
	}
	if (!(t->f & T_WORD) || IS_MENT(s->cover[k]))
		return true;
	if (IS_CUE(s->cover[k]))
	{
		int			kind = s->cues[CUE_OF(s->cover[k])].kind;

		return kind == GX_W_INTENSIFIER || kind == GX_W_SPEECH || kind == GX_W_CONJ;
	}
	if (date_ends_phrase(s, k))
		return true;
	if (t->wc & (WC_CONJ | WC_THAT | WC_ADV | WC_CLAUSE | WC_TIME | WC_WEEKDAY | WC_RELDAY))
		return true;
	/* "a spokesperson for the Chinese foreign ministry" */
	if ((t->wc & WC_FOR) && k >= 1 && (T(s, k - 1)->wc & WC_ROLE))
		return true;
	if (t->wc & (WC_OF | WC_FROM) || (t->f & (T_CAP | T_DIGIT)) || (t->wc & WC_ROLE))
	{
		/* "the government of X", "President X": inside a phrase that a
		 * preposition governs ("a request by the government of X")? */
		for (j = k - 1; j >= 0 && j >= k - 8; j--)
		{
			const tok  *u = T(s, j);

			if (IS_CUE(s->cover[j]))
			{
				int			kind = s->cues[CUE_OF(s->cover[j])].kind;

				if (kind == GX_W_ANAPHOR || kind == GX_W_SELF || kind == GX_W_GROUP_ANAPHOR ||
					kind == GX_W_RELATION || kind == GX_W_INTENSIFIER)
					continue;
				return true;
			}
			if (!(u->f & T_WORD) || (u->wc & (WC_THAT | WC_CONJ)))
				return true;
			if ((u->wc & WC_FOR) && j >= 1 && (T(s, j - 1)->wc & WC_ROLE))
				continue;
			if ((u->wc & (WC_OPEN | WC_BLOCK)) && !(u->wc & (WC_OF | WC_FROM)))
				return false;
		}
		return true;
	}
	if (t->f & (T_LY | T_POSS))
		return true;
	return false;
}

static bool clause_opens_before(const state *s, int j);

/*
 * "Tens of thousands of people in Pakistan have protested", "Kismayo
 * airport in southern Somalia refused": a subject that names no actor, with
 * a place after its head, acts from that place.  True when mention m is
 * the place: "in" and at most two modifiers before it, a noun phrase of no
 * actor and no cue before that, opening the clause (the sentence's start,
 * a comma, "that", a clause opener or a verb of saying before it), and
 * only auxiliaries and adverbs between the place and the verb (at verb).
 */
static bool
place_subject(const state *s, int m, int verb)
{
	const mention *mn = &s->ments[m];
	int			j,
				n;

	if (mn->excluded || mn->poss || mn->bare)
		return false;
	for (j = mn->k1 + 1; j <= verb; j++)
		if (s->cover[j] != COV_NONE ||
			!((T(s, j)->wc & (WC_ADV | WC_MODAL | WC_BE)) || (T(s, j)->f & T_LY)))
			return false;
	j = mn->k0 - 1;
	for (n = 0; j >= 0 && n < 2 && (plain_word(s, j) || (T(s, j)->wc & WC_ARTICLE)) &&
		 s->cover[j] == COV_NONE; n++)
		j--;
	if (j < 1 || !(T(s, j)->wc & WC_IN) || s->cover[j] != COV_NONE)
		return false;
	/* the head: words of no actor and no cue ("Tens of thousands of
	 * people", "116 people", "Kismayo airport", "some residents") */
	for (j--, n = 0; j >= 0 && n < 7; j--, n++)
	{
		const tok  *t = T(s, j);

		if (s->cover[j] != COV_NONE || !(t->f & (T_WORD | T_DIGIT)))
			break;
		if ((t->wc & WC_FUNCTION) && !(t->wc & (WC_OF | WC_DET)))
			break;
		if (t->wc & WC_ROLE)
			return false;
	}
	if (n == 0 || (n > 0 && (T(s, j + 1)->wc & WC_OF)))
		return false;
	return clause_opens_before(s, j);
}

/* an upper-case abbreviation in a sentence that is not in capitals: "The
 * World Health Organization (WHO) is providing" (no relative "who") */
static bool
acronym(const state *s, int k)
{
	const tok  *t = T(s, k);

	if (!(t->f & T_UPPER) || t->nlen < 2)
		return false;
	return !(k > 0 && (T(s, k - 1)->f & T_WORD) && (T(s, k - 1)->f & T_UPPER)) &&
		!(k + 1 < s->nm && (T(s, k + 1)->f & T_WORD) && (T(s, k + 1)->f & T_UPPER));
}

/* "who" or "which" (not "whom", "whose"): the subject of its clause */
static bool
rel_subject(const state *s, int k)
{
	const tok  *t = T(s, k);

	if (!(t->wc & WC_REL) || acronym(s, k))
		return false;
	return t->nlen == 3 || (t->nlen == 5 && (s->seg[t->s + 2] | 0x20) == 'i');
}

/*
 * Is mention m, right before the relative pronoun at k, the subject of the
 * relative clause?  Not when a preposition governs it ("the city of Quetta
 * which killed": the relative clause may be the head's) nor when the
 * clause is passive ("a community who were killed").
 */
static bool
rel_antecedent(const state *s, int m, int k)
{
	int			j = s->ments[m].k0 - 1;

	if (k + 1 >= s->nm || (T(s, k + 1)->wc & WC_BE))
		return false;
	while (j >= 0 && (T(s, j)->wc & WC_DET) && s->cover[j] == COV_NONE)
		j--;
	return j < 0 || s->cover[j] != COV_NONE ||
		!(T(s, j)->wc & (WC_OF | WC_FROM | WC_IN | WC_BLOCK | WC_OPEN | WC_TO | WC_FOR | WC_BY));
}

/* does the clause open right before k (the sentence's start, a comma,
 * "that", a clause opener, a verb of saying)? */
static bool
clause_opens_before(const state *s, int j)
{
	if (j < 0)
		return true;
	if (is_punct(s, j, ',') || ((T(s, j)->wc & (WC_THAT | WC_CLAUSE)) && s->cover[j] == COV_NONE))
		return true;
	return cue_at(s, j) >= 0 && s->cues[cue_at(s, j)].kind == GX_W_SPEECH;
}

/*
 * "Several liberal US Jewish organisations have rejected", "The detained
 * American vessels were released by": an actor that modifies the head
 * noun of a subject, with modifiers before it too, speaks for the subject.
 * True when mention m has at most three words (no actor, no cue) of the
 * head after it and only auxiliaries and adverbs up to the verb, and
 * before it up to five modifiers (adjectives, determiners, "and", a verb
 * form after an article: "the detained") back to where the clause opens.
 */
static bool
modifier_subject(const state *s, int m, int verb)
{
	const mention *mn = &s->ments[m];
	int			j,
				n;

	if (mn->excluded || mn->poss || mn->bare)
		return false;
	for (j = mn->k1 + 1, n = 0; j <= verb && n < 3 && s->cover[j] == COV_NONE &&
		 (T(s, j)->f & T_WORD) && !(T(s, j)->wc & (WC_FUNCTION | WC_ROLE)); j++, n++)
		;
	if (n == 0)
		return false;
	for (; j <= verb; j++)
		if (s->cover[j] != COV_NONE ||
			!((T(s, j)->wc & (WC_ADV | WC_MODAL | WC_BE)) || (T(s, j)->f & T_LY)))
			return false;
	for (j = mn->k0 - 1, n = 0; j >= 0 && n < 5; j--, n++)
	{
		const tok  *t = T(s, j);
		int			c = cue_at(s, j);

		if (c >= 0 && s->cues[c].k0 == s->cues[c].k1 && j >= 1 &&
			(T(s, j - 1)->wc & WC_ARTICLE) && s->cues[c].kind == GX_W_STANCE)
			continue;
		if (s->cover[j] != COV_NONE)
			break;
		if (t->p == '-' || plain_word(s, j) || (t->wc & (WC_DET | WC_ARTICLE | WC_CONJ)))
			continue;
		break;
	}
	if (n == 0 || (j >= 0 && (T(s, j + 1)->wc & WC_CONJ)))
		return false;
	return clause_opens_before(s, j);
}

/* a plain word ending in -ing: a participle */
static bool
participle(const state *s, int k)
{
	const tok  *t = T(s, k);

	return (t->f & T_WORD) && !(t->f & (T_CAP | T_DIGIT)) && !(t->wc & (WC_FUNCTION | WC_ROLE)) &&
		!IS_MENT(s->cover[k]) && t->e - t->s > 5 && memcmp(s->seg + t->e - 3, "ing", 3) == 0;
}

/* may the phrase opened at k describe the actor before it: an article
 * ("Estonia, a small country"), a relative pronoun ("X, which"), a
 * participle ("the minister, speaking in Paris,"), a preposition ("X, in a
 * meeting with Y,") */
static bool
parenthetical_opener(const state *s, int k)
{
	const tok  *t = T(s, k);

	if (t->wc & (WC_ARTICLE | WC_REL | WC_OPEN | WC_BLOCK))
		return true;
	return participle(s, k);
}

/*
 * The comma at k closes a phrase between commas right before the verb (at
 * verb: only auxiliaries, adverbs and a day between), opened right after
 * an actor or a description (parenthetical_opener): "Estonia, a small but
 * strong country in Northern Europe, has launched".  Returns the opening
 * comma's position, -1 when there is none.
 */
static int
parenthetical(const state *s, int k, int verb)
{
	int			j;

	for (j = k + 1; j <= verb; j++)
		if (s->cover[j] != COV_NONE ||
			!((T(s, j)->wc & (WC_ADV | WC_MODAL | WC_BE | WC_WEEKDAY | WC_RELDAY)) ||
			  (T(s, j)->f & T_LY) || ((T(s, j)->wc & WC_OPEN) && j < verb &&
									  (T(s, j + 1)->wc & WC_WEEKDAY))))
			return -1;
	for (j = k - 2; j >= 1 && j >= k - 20; j--)
	{
		const tok  *t = T(s, j);

		if (t->p == ';' || t->p == ':' || t->p == '.' || s->inq[j] != s->inq[k])
			return -1;
		if (t->p != ',')
			continue;
		if (s->cover[j + 1] == COV_NONE && parenthetical_opener(s, j + 1) &&
			((ment_at(s, j - 1) >= 0 && s->ments[ment_at(s, j - 1)].k1 == j - 1 &&
			  !s->ments[ment_at(s, j - 1)].poss) ||
			 (cue_at(s, j - 1) >= 0 && s->cues[cue_at(s, j - 1)].kind == GX_W_ANAPHOR)))
			return j;
		return -1;
	}
	return -1;
}

/*
 * "Agnes Callamard, the special rapporteur for the U.N.'s Office of the
 * High Commissioner, conducted": a name we do not know, opening the
 * clause, then an apposition (an article after the comma) that names an
 * actor, closed by the comma at k right before the verb.  The apposition's
 * first actor speaks for the subject: into out, true.  Bounded: 20 tokens
 * back, 5 words of the name.
 */
static bool
apposition_actor(const state *s, int k, int verb, aset *out)
{
	int			j,
				n,
				i;

	for (j = k + 1; j <= verb; j++)
		if (s->cover[j] != COV_NONE ||
			!((T(s, j)->wc & (WC_ADV | WC_MODAL | WC_BE | WC_WEEKDAY | WC_RELDAY)) ||
			  (T(s, j)->f & T_LY) || ((T(s, j)->wc & WC_OPEN) && j < verb &&
									  (T(s, j + 1)->wc & WC_WEEKDAY))))
			return false;
	for (j = k - 2; j >= 1 && j >= k - 20; j--)
	{
		const tok  *t = T(s, j);

		if (t->p == ';' || t->p == ':' || t->p == '.' || s->inq[j] != s->inq[k])
			return false;
		if (t->p == ',')
			break;
	}
	if (j < 1 || j < k - 20 || !is_punct(s, j, ',') || s->cover[j + 1] != COV_NONE ||
		!(T(s, j + 1)->wc & WC_ARTICLE))
		return false;
	/* the name: capitalised words of no actor and no grammar word */
	for (i = j - 1, n = 0; i >= 0 && n < 5; i--, n++)
	{
		const tok  *t = T(s, i);

		if (s->cover[i] != COV_NONE || !(t->f & T_WORD) || !(t->f & T_CAP) ||
			(t->f & T_POSS) || (t->wc & (WC_FUNCTION | WC_ROLE)))
			break;
	}
	if (n == 0 || !clause_opens_before(s, i))
		return false;
	for (i = j + 1; i < k; i++)
	{
		int			m = ment_at(s, i);

		if (m < 0)
			continue;
		if (!s->ments[m].excluded && !s->ments[m].bare && !s->d->is_role[s->ments[m].actor])
		{
			ment_add(s, out, m);
			return true;
		}
		i = s->ments[m].k1;
	}
	return false;
}

/*
 * The subject of the clause that ends at j: its first mention, when only
 * determiners, adverbs, a day or up to three modifiers stand before it
 * ("The United States is the leading donor to Sudan").  -1 when there is
 * none.
 */
static int
clause_subject(const state *s, int j)
{
	int			first = -1,
				k,
				n = 0;

	for (k = j; k >= 0; k--)
	{
		const tok  *t = T(s, k);

		if (t->p == ';' || t->p == ':' || t->p == '.' || s->inq[k] != s->inq[j] ||
			((t->wc & (WC_THAT | WC_REL | WC_CLAUSE)) && s->cover[k] == COV_NONE && !acronym(s, k)) ||
			(cue_at(s, k) >= 0 && s->cues[cue_at(s, k)].kind == GX_W_SPEECH))
			break;
		if (ment_at(s, k) >= 0)
		{
			first = ment_at(s, k);
			k = s->ments[first].k0;
		}
	}
	if (first < 0 || s->ments[first].excluded || s->ments[first].poss)
		return -1;
	for (k = s->ments[first].k0 - 1; k >= 0 && k > j - 40; k--)
	{
		const tok  *t = T(s, k);

		if (s->cover[k] != COV_NONE)
			return -1;
		if (t->p == ';' || t->p == ':' || t->p == '.' || t->p == ',' ||
			(t->wc & (WC_THAT | WC_REL | WC_CLAUSE)))
			break;
		if (t->wc & (WC_DET | WC_ARTICLE | WC_ADV | WC_WEEKDAY | WC_RELDAY) || (t->f & T_LY))
			continue;
		if (plain_word(s, k) && ++n <= 3)
			continue;
		return -1;
	}
	return first;
}

/*
 * "The European Union and the Mercosur bloc of South American countries
 * agreed": an actor in the of-phrase of a head noun (one or two plain
 * words) after an actor that is itself a member of an enumeration (after
 * "and" or a comma) is not the subject; that member is.  The mention to
 * take for m.
 */
static int
member_head(const state *s, int m)
{
	int			j = s->ments[m].k0 - 1,
				n = 0,
				m0;

	if (j < 2 || !(T(s, j)->wc & WC_OF) || s->cover[j] != COV_NONE)
		return m;
	for (j--; j >= 0 && n < 2 && plain_word(s, j); j--)
		n++;
	if (n == 0 || j < 1 || (m0 = ment_at(s, j)) < 0 || s->ments[m0].poss || s->ments[m0].excluded ||
		s->ments[m0].bare)
		return m;
	for (j = s->ments[m0].k0 - 1; j >= 0 && (T(s, j)->wc & WC_DET) && s->cover[j] == COV_NONE; j--)
		;
	if (j < 1 || !(joins(s, j) || is_punct(s, j, ',')))
		return m;
	return m0;
}

/*
 * Scan back from k (inclusive) to stop (exclusive) for the subject: the
 * nearest pronoun or description, or the nearest group of mentions.
 */
int
gx_subject_back(const state *s, int k, int stop, aset *out, bool *hit_cue, int *prev_cue)
{
	/* from outside a quote, the subject is not inside one */
	bool		outside = !(k + 1 < s->nm && k + 1 >= 0 && s->inq[k + 1]);
	int			verb = k,
				j0;

	*hit_cue = false;
	*prev_cue = -1;
	out->n = 0;
	((state *) s)->want_n = 0;
	/* the cue itself a participle after a comma ("..., providing $5
	 * billion"): look at it first */
	if (k >= 1 && k + 1 < s->nm && is_punct(s, k, ',') && participle(s, k + 1) &&
		(j0 = clause_subject(s, k - 1)) >= 0 && s->ments[j0].k1 > stop)
		k = s->ments[j0].k1;
	for (; k > stop; k--)
	{
		int			c = cue_at(s, k),
					m;
		const tok  *t = T(s, k);

		/* a quoted clause ('"...," the statement said') is not the subject
		 * of the verb after it; a quoted phrase ('they "strongly" condemn')
		 * is read through */
		if (outside && s->inq[k] && (k + 1 >= s->nm || !s->inq[k + 1]) &&
			(t->p == ',' || t->p == '.' || t->p == '!' || t->p == '?'))
			return SRC_NONE;
		if (c >= 0)
		{
			int			kind = s->cues[c].kind;

			if ((kind == GX_W_SELF || kind == GX_W_ANAPHOR || kind == GX_W_GROUP_ANAPHOR) &&
				s->cues[c].k0 > 0)
			{
				/* "a request by the government": governed, not a subject */
				const tok  *p = T(s, s->cues[c].k0 - 1);

				if ((p->wc & (WC_OPEN | WC_BLOCK)) && !(p->wc & (WC_OF | WC_FROM)))
				{
					k = s->cues[c].k0;
					continue;
				}
			}
			if (kind == GX_W_SELF)
				return SRC_SELF;
			if (kind == GX_W_ANAPHOR)
			{
				int			j;

				((state *) s)->want_n = 0;
				for (j = s->cues[c].k0; j <= s->cues[c].k1; j++)
					if (T(s, j)->wc & WC_NUMBER)
						((state *) s)->want_n = (int) T(s, j)->wv;
				return SRC_THIRD;
			}
			if (kind == GX_W_GROUP_ANAPHOR)
				return SRC_GROUP;
			if (kind == GX_W_STANCE || kind == GX_W_SPEECH || kind == GX_W_PREDICATE ||
				kind == GX_W_JOIN)
			{
				*hit_cue = true;
				*prev_cue = c;
				return SRC_NONE;
			}
			k = s->cues[c].k0;
			continue;
		}
		/* "The United States is the leading donor to Sudan, providing $5
		 * billion": a participle after a comma has the subject of the
		 * clause before it */
		if (k >= 2 && k - 1 > stop && is_punct(s, k - 1, ',') && participle(s, k) &&
			s->cover[k] == COV_NONE &&
			(j0 = clause_subject(s, k - 2)) >= 0 && s->ments[j0].k1 > stop)
		{
			k = s->ments[j0].k1 + 1;
			continue;
		}
		/* "Estonia, a small but strong country in Europe, has launched",
		 * "The African Union, which suspended Niger, urged": back over an
		 * apposition or relative clause between commas, right before the
		 * verb, to the actor it describes */
		if (t->p == ',' && (j0 = parenthetical(s, k, verb)) >= 0)
		{
			k = j0;
			continue;
		}
		if (t->p == ',' && apposition_actor(s, k, verb, out))
			return SRC_EXPLICIT;
		/* "The African Union, which suspended Niger, urged": back over the
		 * relative clause to its antecedent */
		if ((t->wc & WC_REL) && k >= 2 && is_punct(s, k - 1, ','))
		{
			k--;
			continue;
		}
		/* "the Houthis who seized the ship": the actor right before "who"
		 * or "which" is the subject of its clause */
		if (rel_subject(s, k) && (m = ment_at(s, k - 1)) >= 0 && s->cover[k] == COV_NONE &&
			!s->ments[m].poss && !s->ments[m].excluded && rel_antecedent(s, m, k))
		{
			ment_add(s, out, m);
			gx_prune_roles(s, out);
			return SRC_EXPLICIT;
		}
		if (t->p == ';' || t->p == ':' ||
			((t->wc & (WC_THAT | WC_REL | WC_CLAUSE)) && !acronym(s, k)))
			return SRC_NONE;
		if ((m = ment_at(s, k)) >= 0)
		{
			int			gap = 0,
						j;
			bool		first = true,
						comma = false,
						conj = false;

			if (!subject_ok(s, m))
			{
				if (place_subject(s, m, verb) || modifier_subject(s, m, verb))
				{
					ment_add(s, out, m);
					return SRC_EXPLICIT;
				}
				k = s->ments[m].k0;
				continue;
			}
			if (s->ments[m].poss)
			{
				/* "North Korea's (direct) support for": a reported fact */
				int			j2;

				for (j2 = s->ments[m].k1 + 2; j2 < s->nm && j2 <= s->ments[m].k1 + 5; j2++)
				{
					int			c2 = cue_at(s, j2);

					if (c2 >= 0 && s->cues[c2].kind == GX_W_STANCE)
						return SRC_POSS;
					/* "Turkey's president hailed": a voice, not a report */
					if (c2 >= 0 || !(T(s, j2)->f & T_WORD) || (T(s, j2)->f & T_CAP) ||
						(T(s, j2)->wc & WC_ROLE))
						break;
				}
			}
			m = member_head(s, m);
			ment_add(s, out, m);
			/* "the EU, the United States and other countries" */
			conj = s->ments[m].k1 + 1 < s->nm && (T(s, s->ments[m].k1 + 1)->wc & WC_CONJ);
			/* extend the enumeration backwards; its last two members are
			 * joined by "and" ("France, Germany and Italy"), a comma alone
			 * closes a phrase before the subject ("On a visit to the
			 * United States, the Iranian authorities freed") */
			for (j = s->ments[m].k0 - 1; j > stop && gap <= 4; j--)
			{
				int			m2 = ment_at(s, j);

				if (m2 >= 0)
				{
					if (first && comma && !conj)
						break;
					if (!s->ments[m2].excluded)
						ment_add(s, out, m2);
					j = s->ments[m2].k0;
					gap = 0;
					first = false;
					continue;
				}
				if (!connector(s, j))
					break;
				if (is_punct(s, j, ','))
					comma = true;
				if (joins(s, j))
					conj = true;
				gap++;
			}
			gx_prune_roles(s, out);
			return SRC_EXPLICIT;
		}
	}
	return SRC_NONE;
}

/* the group of mentions starting at stream position k (forwards) */
int
gx_group_forward(const state *s, int k, int limit, aset *out, bool respect_block)
{
	int			gap = 0;
	int			last = k;
	int			cut_n = -1,		/* members before the first comma */
				cut_last = -1;
	bool		comma = false,
				conj = false;

	while (k < s->nm && k < limit)
	{
		int			m = ment_at(s, k);

		if (m >= 0)
		{
			int			m2;

			/* "Yemen's Houthi rebels", "Russia's Wagner Group": the
			 * possessor only places the actor named after it */
			if (s->ments[m].poss && (m2 = ment_at(s, s->ments[m].k1 + 2)) >= 0 &&
				s->d->country[s->ments[m2].actor] != s->d->country[s->ments[m].actor])
			{
				k = s->ments[m].k1 + 2;
				continue;
			}
			if (comma && cut_n < 0)
			{
				cut_n = out->n;
				cut_last = last;
			}
			if (!s->ments[m].excluded)
				ment_add(s, out, m);
			k = s->ments[m].k1 + 1;
			last = k;
			gap = 0;
			comma = false;
			if (s->ments[m].poss)
				break;
			continue;
		}
		if (respect_block && (T(s, k)->wc & WC_BLOCK))
			break;
		if (!connector(s, k) || gap >= 6)
			break;
		if (is_punct(s, k, ','))
			comma = true;
		if ((T(s, k)->wc & WC_CONJ) || is_punct(s, k, '&'))
			conj = true;
		gap++;
		k++;
	}
	/* "condemned Iran, China said": members joined by commas alone are no
	 * enumeration ("Iran, Iraq and Syria" has its "and") */
	if (!conj && cut_n > 0)
	{
		out->n = cut_n;
		last = cut_last;
	}
	return last;
}

