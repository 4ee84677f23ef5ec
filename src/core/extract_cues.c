/*
 * extract_cues.c -- what a sentence holds besides its actors: lexicon cues
 * (longest match in the phrase trie, gaps included), obligations ("must",
 * "should", "needs to") read as demands or appeals, and the "allies of X"
 * exclusions.
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

/*
 * What follows the object of a one-word verb of calling (CAMEO 041) at k for
 * it to be a telephone call: the object a person or state ("his Lebanese
 * counterpart, Michel Aoun", "Saudi Arabia's King Salman", "Ethiopian
 * President Sahle Work Zawde"), then a day ("on Friday", "late Tuesday"),
 * its purpose ("to explain", ", discussing") or the sentence's end.  Not a
 * naming ("called it a crime", "called Iran a threat", "called Russia's
 * move illegal"), nor "so-called".  Bounded: a dozen tokens.
 */
static bool
call_complement(const state *s, int k)
{
	int			j = k + 1,
				n;

	if ((k > 0 && is_punct(s, k - 1, '-')) || !object_follows(s, j))
		return false;
	/* the object: mentions, the 's between them, words of office, names */
	for (n = 0; j < s->nm && n < 8; n++)
	{
		const tok  *t = T(s, j);

		if (IS_MENT(s->cover[j]))
			j = s->ments[s->cover[j]].k1 + 1;
		else if (s->cover[j] == COV_NONE &&
				 ((t->f & (T_POSS | T_CAP)) || (t->wc & (WC_ROLE | WC_PEER | WC_DET))))
			j++;
		else if (t->p == ',' && j + 1 < s->nm && (IS_MENT(s->cover[j + 1]) || (T(s, j + 1)->f & T_CAP)))
			j++;				/* an apposition: ", Michel Aoun," */
		else
			break;
	}
	if (T(s, j - 1)->f & T_POSS)
		return false;
	if (is_punct(s, j, ',') && j + 1 < s->nm && !(T(s, j + 1)->f & T_CAP))
		j++;
	while (j < s->nm && s->cover[j] == COV_NONE && ((T(s, j)->f & T_LY) || (T(s, j)->wc & WC_ADV)))
		j++;
	if (j >= s->nm || T(s, j)->p == '.' || (T(s, j)->wc & (WC_WEEKDAY | WC_RELDAY)))
		return true;
	if (s->cover[j] != COV_NONE || j + 1 >= s->nm || IS_MENT(s->cover[j + 1]))
		return false;
	/* "on Friday", "late Tuesday", "late on Monday", "to explain", "discussing" */
	if ((T(s, j + 1)->wc & (WC_WEEKDAY | WC_RELDAY)) ||
		(j + 2 < s->nm && s->cover[j + 1] == COV_NONE && (T(s, j + 1)->f & T_WORD) &&
		 (T(s, j + 2)->wc & (WC_WEEKDAY | WC_RELDAY))))
		return true;
	if ((T(s, j)->wc & WC_TO) && gx_plain_word(s, j + 1))
		return true;
	return gx_plain_word(s, j) && T(s, j)->e - T(s, j)->s > 5 &&
		memcmp(s->seg + T(s, j)->e - 3, "ing", 3) == 0;
}

/* a plain lower-case word: no function word, cue, mention, name or number */
bool
gx_plain_word(const state *s, int k)
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
		return (n->wc & WC_TO) && k + 2 < s->nm && gx_plain_word(s, k + 2) ? k + 2 : -1;
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
		if ((ci < 0 || s->cues[ci].kind != GX_W_SPEECH) && (j < 0 || gx_clause_opens_before(s, j)) &&
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
			if (best && best->kind == GX_W_STANCE && end == k)
			{
				char		code[5];

				/* "called Erdogan on Friday": a call, not a naming */
				gp_stance_code((gp_stance) best->stance, code);
				if (strcmp(code, "041") == 0 && !call_complement(s, k))
					best = NULL;
			}
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
