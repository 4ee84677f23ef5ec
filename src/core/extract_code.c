/*
 * extract_code.c -- one sentence coded: the token stream without quotation
 * marks, its mentions and cues, who the document's author is, who speaks
 * in it and whom its quotes belong to; then every stance and predicate cue
 * through the rules of extract_rules.c into candidate statements.
 */
#include "extract_int.h"

#ifdef GX_TRACE
#include <stdio.h>
/* why a cue was not coded, on stderr (cc -DGX_TRACE) */
#define WHY(why) fprintf(stderr, "  cue %d not coded: %s\n", ci, why)
#else
#define WHY(why) ((void) 0)
#endif

/* the stream without quotation marks, and who is quoted where; false when
 * the sentence holds nothing but quotation marks */
static bool
build_stream(state *s)
{
	int			i;
	bool		q = s->in_quote;
	int			ncaps = 0,
				nwords = 0;

	s->nm = 0;
	for (i = 0; i < s->nt; i++)
	{
		const tok  *t = &s->t[i];

		if (t->f & T_QUOTE)
		{
			if (t->f & T_QOPEN)
				q = true;
			else if (t->f & T_QCLOSE)
				q = false;
			else if (t->f & T_QTOGGLE)
				q = !q;
			continue;
		}
		s->m[s->nm] = i;
		s->inq[s->nm] = q;
		s->cover[s->nm] = COV_NONE;
		s->nm++;
		if (t->f & T_WORD)
		{
			nwords++;
			if (t->f & T_CAP)
				ncaps++;
		}
	}
	if (s->nm == 0)
		return false;
	s->titlecase = nwords >= 3 && ncaps * 10 >= nwords * 6;
	return true;
}

/*
 * "Australia, Canada, Japan and New Zealand" alone (or after a
 * "Signatories:" label): the signatories of the document.
 */
static void
signatory_line(state *s)
{
	int			k2,
				start = 0;
	bool		pure = true;
	aset		list;

	if (s->doc.n != 0 || s->nments < 2)
		return;
	list.n = 0;
	for (k2 = 0; k2 < s->nm && k2 < 4; k2++)
		if (is_punct(s, k2, ':'))
			start = k2 + 1;
	for (k2 = start; k2 < s->nm && pure; k2++)
	{
		int			m = ment_at(s, k2);
		const tok  *t = T(s, k2);

		if (m >= 0)
		{
			ment_add(s, &list, m);
			k2 = s->ments[m].k1;
		}
		else if (!(t->p == ',' || t->p == '.' || t->p == ';' || t->p == '&' ||
				   (t->wc & (WC_CONJ | WC_DET)) || (t->f & T_POSS)))
			pure = false;
	}
	if (pure && list.n >= 2)
		s->doc = list;
}

/*
 * "We, the G7 Foreign Ministers of Canada, France ...": the author names
 * itself, whatever follows.
 */
static void
self_named(state *s)
{
	int			ci;

	for (ci = 0; ci < s->ncues; ci++)
	{
		cue		   *c = &s->cues[ci];

		if (c->kind == GX_W_SELF && c->k1 + 2 < s->nm && is_punct(s, c->k1 + 1, ','))
		{
			aset		a;
			int			j = c->k1 + 2,
						skip = 0;

			a.n = 0;
			/* over "the leaders of", "the foreign ministers of" */
			while (j < s->nm && skip < 6 && ment_at(s, j) < 0 && (T(s, j)->f & T_WORD) &&
				   (cue_at(s, j) < 0 || s->cues[cue_at(s, j)].kind == GX_W_ANAPHOR ||
					s->cues[cue_at(s, j)].kind == GX_W_GROUP_ANAPHOR))
			{
				j++;
				skip++;
			}
			if (j < s->nm && ment_at(s, j) >= 0)
				gx_group_forward(s, j, s->nm, &a, true);
			if (a.n)
			{
				s->doc = a;
				gx_set_speaker(s, &a);
			}
			break;
		}
	}
}

/* the speaker of speech cue c, and how it was found */
static int
speech_source(state *s, cue *c, const aset *sent_speaker, aset *a)
{
	bool		hit;
	int			pc,
				how;

	how = gx_subject_back(s, c->k0 - 1, -1, a, &hit, &pc);
	if (how == SRC_EXPLICIT)
		;
	else if (how == SRC_SELF || how == SRC_THIRD || how == SRC_GROUP)
		gx_resolve_anaphor(s, how, sent_speaker, a);
	else
	{
		/* "statement by X", and after a quote "..., said X" */
		int			j = c->k1 + 1;
		bool		inverted = (j < s->nm && (T(s, j)->wc & WC_BY)) ||
			(c->k0 > 0 && s->inq[c->k0 - 1]) || c->k0 == 0;

		a->n = 0;
		while (j < s->nm && (T(s, j)->wc & (WC_DET | WC_BY)))
			j++;
		if (inverted && j < s->nm && ment_at(s, j) >= 0)
			gx_group_forward(s, j, s->nm, a, true);
		else if (hit && pc >= 0 && s->cues[pc].has_src)
			*a = s->cues[pc].src;
	}
	return how;
}

/* speech cues first: who speaks in this sentence (sent_speaker), who joined */
static void
speech_cues(state *s, aset *sent_speaker)
{
	int			ci,
				k;

	sent_speaker->n = 0;
	for (ci = 0; ci < s->ncues; ci++)
	{
		cue		   *c = &s->cues[ci];
		aset		a;
		int			how;

		if (c->kind != GX_W_SPEECH && c->kind != GX_W_JOIN)
			continue;
		if (c->kind == GX_W_JOIN)
		{
			/* every actor named before "also joined the statement" signed */
			for (k = 0; k < c->k0; k++)
				if (ment_at(s, k) >= 0 && !s->ments[ment_at(s, k)].excluded)
					ment_add(s, &s->coalition, ment_at(s, k));
			continue;
		}
		if (s->inq[c->k0])
			continue;
		how = speech_source(s, c, sent_speaker, &a);
		if (a.n == 0 && how == SRC_NONE && s->last.n)
		{
			/* "Consider that ...": the list item of the last speaker */
			c->src = s->last;
			c->has_src = true;
			s->last_sent = s->sent;
			continue;
		}
		if (a.n)
		{
			int32_t		day = gx_sentence_date(s, 0, c->k1 + 4, c->k0);

			c->src = a;
			c->has_src = true;
			*sent_speaker = a;
			/* "NATO leaders on Wednesday declared ...": the day holds for
			 * what they say next */
			if (day != GX_NO_DATE)
			{
				s->dated_src = a;
				s->dated_on = day;
			}
			if (how == SRC_EXPLICIT || how == SRC_NONE)
			{
				/* "We, the leaders of X and Y" / "Statement by X": the author */
				gx_set_speaker(s, &a);
			}
			/* "Statement by the North Atlantic Council" heading a text:
			 * its author, whom "we" means */
			if (how == SRC_NONE && s->doc.n == 0 && s->sent < 4 && c->k1 + 1 < s->nm &&
				(T(s, c->k1 + 1)->wc & WC_BY))
				s->doc = a;
		}
	}
}

/*
 * A quote in this sentence is attributed to its speaker, and so are the
 * statements of the same quote in the sentences before it ('"We condemn X.
 * We urge Y," the minister said.').
 */
static bool
attribute_quote(state *s, const aset *sent_speaker)
{
	int			k;

	if (sent_speaker->n == 0)
	{
		if (!s->in_quote)
			s->quote_speaker.n = 0;
		return true;
	}
	for (k = 0; k < s->nm; k++)
		if (s->inq[k])
		{
			size_t		q;

			s->quote_speaker = *sent_speaker;
			for (q = s->quote_pending_from > s->fin ? s->quote_pending_from : s->fin; q < s->nc; q++)
			{
				cand	   *c = gx_cand(s, q);

				if (c->quote_pending && c->para == s->para)
				{
					gx_set_source(c, sent_speaker);
					if (!c->said_explicit)
						c->st.said_on = s->published;	/* not the guess's day */
					c->quote_pending = false;
					c->self_pending = false;
				}
			}
			s->quote_pending_from = s->nc;
			break;
		}
	return true;
}

/*
 * Is mention m the victim of a noun of violence ("attacks on civilians and
 * civilian infrastructure", "the invasion of Ukraine"), through the
 * mentions joined to it by and/or and commas, or a place after "in"?
 */
static bool
violence_victim(const state *s, int m)
{
	int			j = s->ments[m].k0 - 1;

	while (j > 0)
	{
		const tok  *t = T(s, j);
		int			m2;

		if (!(t->wc & WC_CONJ) && t->p != ',')
			break;
		if ((m2 = ment_at(s, j - 1)) < 0)
			return false;
		j = s->ments[m2].k0 - 1;
	}
	if (j >= 0 && (T(s, j)->wc & WC_IN))
		return true;			/* a place: "Russia's actions in Syria" */
	return j > 0 && (T(s, j)->wc & (WC_OPEN | WC_AGAINST | WC_OF)) &&
		(T(s, j - 1)->wc & WC_VIOLENT);
}

/*
 * "Russia's actions will have consequences": a predicate, its target
 * before; not the victims of the acts it judges ("Russia's attacks on
 * civilians constitute war crimes" accuses Russia)
 */
static bool
code_predicate(state *s, cue *c, const aset *sent_speaker)
{
	aset		src,
				tgt;
	int			m = -1,
				k,
				i;

	if (c->neg || c->hypo)
		return true;
	for (k = c->k0 - 1; k >= 0; k--)
	{
		const tok  *t = T(s, k);

		if (t->p == ';' || t->p == ':' || (t->wc & WC_THAT) || cue_at(s, k) >= 0)
		{
			int			cc = cue_at(s, k);

			/* a noun of violence is what is judged: its doer is before it */
			if (cc < 0 || (s->cues[cc].kind == GX_W_STANCE &&
						   (T(s, s->cues[cc].k0)->wc & (WC_VIOLENT | WC_VERB)) != WC_VIOLENT) ||
				s->cues[cc].kind == GX_W_SPEECH || s->cues[cc].kind == GX_W_PREDICATE)
				break;
			k = s->cues[cc].k0;
			continue;
		}
		if ((m = ment_at(s, k)) >= 0 && !s->ments[m].excluded)
		{
			if (!violence_victim(s, m))
				break;
			k = s->ments[m].k0;
		}
		m = -1;
	}
	if (m < 0)
		return true;
	src.n = tgt.n = 0;
	ment_add(s, &tgt, m);
	if (sent_speaker->n)
		src = *sent_speaker;
	else if (s->in_quote && s->quote_speaker.n)
		src = s->quote_speaker;
	else
		src = s->doc.n ? s->doc : s->last;
	/* the speaker does not accuse itself */
	for (i = 0; i < src.n; i++)
		if (src.a[i] == s->ments[m].actor)
			src.n = 0;
	return gx_emit(s, c, &src, &tgt, gx_sentence_date(s, 0, c->k0, c->k0), 0.6f, c->k1 + 1);
}


/* "Russia was condemned by the G7": the agent (at by) is the source, the
 * subject the target; a subject we cannot name, within the agent's country
 * as an act with no object */
static bool
code_passive(state *s, cue *c, int by)
{
	aset		a,
				src;
	bool		h2;
	int			p2;

	int			how,
				end,
				m;

	if (c->neg || c->hypo)
		return true;
	src.n = 0;
	end = gx_group_forward(s, by, s->nm, &src, true);
	gx_prune_roles(s, &src);
	if (src.n == 0)
		return true;
	how = gx_subject_back(s, c->k0 - 1, -1, &a, &h2, &p2);
	if (how == SRC_NONE && end + 1 < s->nm && (T(s, end)->wc & WC_TO) && s->cover[end] == COV_NONE &&
		(m = ment_at(s, end + 1)) >= 0 && !s->ments[m].bare && !s->ments[m].excluded)
	{
		/* "the sailors were released by Iran to British officials", "was
		 * returned by US officials to Spanish authorities": the subject
		 * names nobody, the recipient after the agent is the target */
		a.n = 0;
		gx_group_forward(s, end + 1, s->nm, &a, true);
		gx_prune_roles(s, &a);
		if (a.n > 0 && !gx_roleless_set(s, &a))
			how = SRC_EXPLICIT;
	}
	if (how == SRC_EXPLICIT)
	{
		if (!gx_self_directed(s->d, &src, &a) &&
			!gx_emit(s, c, &src, &a, gx_sentence_date(s, 0, c->k1 + 6, c->k0), 0.8f, c->k1 + 1))
			return false;
	}
	else if (how == SRC_NONE && !gx_roleless_set(s, &src) && gx_domestic_target(s, c, &src, &a))
	{
		/* "Disha Ravi was arrested by Delhi Police": a person we do not
		 * know, within the agent's country (IND.COP -> IND.CVL) */
		if (!gx_emit(s, c, &src, &a, gx_sentence_date(s, 0, c->k1 + 6, c->k0), 0.8f * 0.7f, c->k1 + 1))
			return false;
	}
	return true;
}

/*
 * Is stance noun c the object of verb v ("announced a one-week
 * ultimatum")?  Then the words before it are its modifiers, not a subject
 * we cannot name, and the verb's subject is the source.
 */
static bool
object_of_verb(const state *s, const cue *v, const cue *c)
{
	return (v->kind == GX_W_SPEECH || v->kind == GX_W_LIGHT) && c->k0 > v->k1 + 1 &&
		c->k0 - v->k1 <= 4 && (T(s, v->k1 + 1)->wc & WC_ARTICLE);
}

/*
 * The source of stance cue ci (src, how it was found, confidence); false
 * when the cue is not coded (a possessor's report, an unknown subject).
 */
static bool
stance_source(state *s, int ci, const aset *sent_speaker, aset *src, int *how_out,
			  float *conf)
{
	cue		   *c = &s->cues[ci];
	int			how = SRC_NONE,
				pc = -1,
				k;
	bool		hit = false;

	*how_out = SRC_NONE;
	src->n = 0;
	if (s->inq[c->k0] && s->quote_speaker.n)
	{
		*src = s->quote_speaker;
		*conf = 0.8f;
		return true;
	}
	if (gx_coordinated(s, c))
	{
		int			j;

		for (j = ci - 1; j >= 0; j--)
			if ((s->cues[j].kind == GX_W_STANCE || s->cues[j].kind == GX_W_SPEECH) &&
				s->cues[j].has_src)
			{
				*src = s->cues[j].src;
				how = SRC_INHERITED;
				break;
			}
	}
	if (src->n == 0 && (k = gx_call_before(s, c)) >= 0 && s->cues[k].has_src)
	{
		/* "X called Y to express his support": the caller's */
		*src = s->cues[k].src;
		how = SRC_INHERITED;
	}
	if (src->n == 0 && (T(s, c->k0)->wc & WC_POSSPRON))
	{
		/* "our concerns", "its commitments": the pronoun is the source */
		how = (T(s, c->k0)->wc & WC_FIRST) ? SRC_SELF : SRC_THIRD;
		s->want_n = 0;
		gx_resolve_anaphor(s, how, sent_speaker, src);
		*conf = 0.8f;
	}
	if (src->n == 0)
	{
		how = gx_subject_back(s, c->k0 - 1, -1, src, &hit, &pc);
		if (how == SRC_POSS)
			return false;
		if (how == SRC_SELF || how == SRC_THIRD || how == SRC_GROUP)
		{
			aset		a;

			gx_resolve_anaphor(s, how, sent_speaker, &a);
			*src = a;
			*conf = 0.8f;
		}
		else if (how == SRC_EXPLICIT)
		{
			/* "We, the leaders of X, Y and Z, condemn": the author names
			 * itself (we and a comma, then no other verb before this one) */
			for (k = 0; k < c->k0; k++)
			{
				int			cc = cue_at(s, k);

				if (cc >= 0 && s->cues[cc].kind == GX_W_SELF && is_punct(s, s->cues[cc].k1 + 1, ','))
				{
					s->doc = *src;
					break;
				}
				if (cc >= 0 && (s->cues[cc].kind == GX_W_STANCE || s->cues[cc].kind == GX_W_SPEECH))
					break;
			}
		}
		else if (!(hit && pc >= 0 && object_of_verb(s, &s->cues[pc], c)) && gx_unknown_subject(s, c))
			return false;		/* "the Baltic states slammed": not an actor we know */
		else if (hit && pc >= 0 && s->cues[pc].has_src)
		{
			*src = s->cues[pc].src;
			*conf = 0.8f;
		}
		else if (sent_speaker->n)
		{
			*src = *sent_speaker;
			*conf = 0.8f;
		}
		else if (s->in_quote && s->quote_speaker.n)
			*src = s->quote_speaker;
		else if (s->last.n && s->sent - s->last_sent <= 6)
		{
			/* no subject at all ("2. Urge the United Nations ..."): the
			 * speaker of the sentences just before */
			*src = s->last;
			s->last_sent = s->sent;
			*conf = 0.6f;
		}
		else
		{
			*src = s->doc;
			*conf = 0.6f;
		}
	}
	*how_out = how;
	return true;
}

/*
 * No target after the cue.  "Condemned the attack": the attack's author.
 * A demand or condemnation of someone named before in the sentence: the
 * target of the stance it is coordinated with ("condemn the regime of X and
 * demand the release"), else the last actor named outside a place or victim
 * phrase.  Not an appeal: "called on all parties" has its addressee, just
 * not an actor.
 */
/*
 * "condemned the terrorist attack on a church in Pakistan's city of
 * Quetta", "the attacks on a government building in Kabul": the object is
 * a noun of violence (after at most four words: articles, adjectives) and
 * its phrase names no actor but a place after "in" (or the doer, after
 * "by"): the doer, else the country of the place; a victim named first
 * ("the attacks against Turkey") is no target.  Bounded: 30 tokens.
 */
static bool
attack_scene(const state *s, const cue *c, aset *tgt)
{
	int			k,
				end,
				m;
	bool		violent = false;

	for (k = c->k1 + 1; k < s->nm && k <= c->k1 + 5; k++)
	{
		const tok  *t = T(s, k);

		if ((t->wc & WC_VIOLENT) && !(t->wc & WC_VERB))
		{
			violent = true;
			break;
		}
		if (!(t->f & T_WORD) || IS_MENT(s->cover[k]) || (t->wc & (WC_OPEN | WC_BLOCK | WC_OF)))
			return false;
	}
	if (!violent)
		return false;
	end = k + 30 < s->nm ? k + 30 : s->nm;
	for (k++; k < end; k++)
	{
		const tok  *t = T(s, k);

		if (t->p == ',' || t->p == ';' || t->p == ':' || t->p == '.' ||
			(t->wc & (WC_THAT | WC_REL | WC_CLAUSE)))
			return false;
		if ((m = ment_at(s, k)) < 0)
			continue;
		if (s->ments[m].bare || s->d->is_role[s->ments[m].actor])
		{
			k = s->ments[m].k1;
			continue;
		}
		if (T(s, s->ments[m].k0 - 1)->wc & WC_BY)
			ment_add(s, tgt, m);	/* "the attack by X on Y": its doer */
		else if (T(s, s->ments[m].k0 - 1)->wc & WC_IN)
			aset_add(tgt, s->d->country[s->ments[m].actor]);
		else
			return false;		/* "attacks against Turkey": a victim */
		return true;
	}
	return false;
}

static void
fallback_target(state *s, int ci, const aset *src, int how, aset *tgt, float *conf)
{
	cue		   *c = &s->cues[ci];
	int			cls = stance_class_of(c->stance);
	char		code[5];
	bool		demand;
	int			k;

	if ((cls == GP_CLASS_DISAPPROVE || cls == GP_CLASS_CONCERN) &&
		gx_attack_reference(s, c, tgt))
		*conf *= 0.7f;
	gp_stance_code((gp_stance) c->stance, code);
	demand = (code[0] == '1' && code[1] == '0');	/* CAMEO 10: demand */

	if ((demand || cls == GP_CLASS_DISAPPROVE) && gx_coordinated(s, c))
	{
		int			j;

		for (j = ci - 1; j >= 0 && tgt->n == 0; j--)
			if (s->cues[j].kind == GX_W_STANCE && s->cues[j].tgt.n)
			{
				*tgt = s->cues[j].tgt;
				*conf *= 0.7f;
			}
	}
	if (tgt->n == 0 && how != SRC_EXPLICIT && (demand || cls == GP_CLASS_DISAPPROVE))
	{
		for (k = c->k0 - 1; k >= 0; k--)
		{
			int			m = ment_at(s, k);

			if (m >= 0 && !s->ments[m].excluded && !aset_has(src, s->ments[m].actor) &&
				!gx_blocked_at(s, s->ments[m].k0))
			{
				ment_add(s, tgt, m);
				*conf *= 0.6f;
				break;
			}
		}
	}
	if (tgt->n == 0 && (cls == GP_CLASS_DISAPPROVE || cls == GP_CLASS_CONCERN) &&
		attack_scene(s, c, tgt))
		*conf *= 0.6f;
}

/*
 * What two actors do with each other (CAMEO 03 agree, 04 consult, 05 and 06
 * cooperate, 127 no agreement, 19 fight): a coordinated subject without an
 * object, or with one that names nobody, is both sides ("X and Y agreed",
 * "X and Y held talks", "X and Y clashed", "X and Y signed a deal to give
 * police faster access").
 */
static bool
reciprocal(uint32_t stance)
{
	char		code[5];

	gp_stance_code((gp_stance) stance, code);
	if (strcmp(code, "127") == 0)
		return true;			/* "X and Y failed to reach an agreement" */
	return code[0] == '0' ? (code[1] >= '3' && code[1] <= '6') : (code[0] == '1' && code[1] == '9');
}

/* an agreement signed or reached (CAMEO 057) */
static bool
concluded(uint32_t stance)
{
	char		code[5];

	gp_stance_code((gp_stance) stance, code);
	return strcmp(code, "057") == 0;
}

/* disapprove (CAMEO 11): "Kenya condemned the refugees" may mean refugees
 * anywhere, an act done to them ("will not accept") is done at home */
static bool
disapproval(uint32_t stance)
{
	char		code[5];

	gp_stance_code((gp_stance) stance, code);
	return code[0] == '1' && code[1] == '1';
}

/* "all parties", "both sides", "all concerned" right after the cue */
static bool
parties_after(const state *s, int k)
{
	int			n = 0;

	while (k < s->nm && n < 3 && (T(s, k)->wc & WC_DET) && !(T(s, k)->wc & WC_PARTIES))
	{
		k++;
		n++;
	}
	return n > 0 && k < s->nm && (T(s, k)->wc & WC_PARTIES) && ment_at(s, k) < 0;
}

/* a stance cue: its source, its target, its day, and a candidate */
static bool
code_stance(state *s, int ci, const aset *sent_speaker)
{
	cue		   *c = &s->cues[ci];
	aset		src,
				tgt;
	int			how,
				obj_from,
				sent;
	float		conf = 0.9f;
	int32_t		said;
	bool		domestic = false;

	if (c->noun)
		return WHY("a noun"), true;
	if (!stance_source(s, ci, sent_speaker, &src, &how, &conf))
		return WHY("no source (a possessor, an unknown subject)"), true;
	/* "we" before the text has said who we are: the author may be named
	 * further on (a list of signatories at the end) */
	s->pending = (src.n == 0 && how == SRC_SELF);
	/* "we" in a quote whose speaker the text names later */
	s->quote_pending = s->inq[c->k0] && s->quote_speaker.n == 0 &&
		(how == SRC_SELF || how == SRC_THIRD);
	if (src.n == 0 && !s->pending)
		return WHY("no source"), true;
	c->src = src;
	c->has_src = src.n > 0;
	gx_formal_protest(s, c, &src);
	if (how == SRC_EXPLICIT)
		gx_set_speaker(s, &src);
	/* a negated or reported stance lends its subject to what follows
	 * ("China did not criticise the move, calling for dialogue") */
	if (c->neg || c->hypo)
		return WHY("negated or hypothetical"), true;
	/* the target: set by the sentence stage when it stands before the cue
	 * ("Iran must stop, the EU said"), else searched after it */
	if (c->tgt.n > 0)
	{
		tgt = c->tgt;
		obj_from = c->k1 + 1;
	}
	else if ((obj_from = gx_target_forward(s, ci, &tgt)) >= 0)
		gx_target_past_own(s, ci, &src, &tgt, &obj_from);	/* "Egypt's solidarity with" */
	if (tgt.n == 0)
	{
		fallback_target(s, ci, &src, how, &tgt, &conf);
		obj_from = c->k1 + 1;
	}
	if (tgt.n == 0 && parties_after(s, c->k1 + 1))
	{
		/* "urges all concerned to exercise calm", "called on both sides":
		 * the parties of the conflict the article is about */
		int			f = gx_focus(s);

		if (f >= 0 && !aset_has(&src, f))
		{
			tgt.a[0] = f;
			tgt.n = 1;
			conf *= 0.7f;
		}
	}
	/* "X, in a meeting with Y, agreed": the partner of the scene */
	if ((tgt.n == 0 || gx_roleless_set(s, &tgt)) && gx_partner_before(s, c, &src, &tgt))
		conf *= 0.8f;
	if ((tgt.n == 0 || gx_roleless_set(s, &tgt)) && how == SRC_EXPLICIT && src.n >= 2 &&
		reciprocal(c->stance))
	{
		/* "Canada and Costa Rica agreed to start talks": the first named
		 * with the others (subject_back collects them from the right) */
		int			i;

		tgt.n = 0;
		for (i = 0; i < src.n - 1; i++)
			tgt.a[tgt.n++] = src.a[i];
		src.a[0] = src.a[src.n - 1];
		src.n = 1;
		conf *= 0.8f;
	}
	if ((sent = gx_call_before(s, c)) >= 0 && s->cues[sent].tgt.n > 0 &&
		(tgt.n == 0 || gp_stance_quad((gp_stance) c->stance) == 1))
	{
		/* "called Erdogan to apologize": to whom it called (a
		 * disapproval keeps its own object: "to condemn the attack") */
		tgt = s->cues[sent].tgt;
		obj_from = c->k1 + 1;
	}
	if (tgt.n == 0 && (sent = gx_sent_for(s, c)) >= 0 && s->cues[sent].tgt.n > 0)
	{
		/* "sent experts to Saudi Arabia to investigate the attacks":
		 * where the investigators were sent */
		tgt = s->cues[sent].tgt;
		conf *= 0.8f;
	}
	if (tgt.n == 0 && gx_domestic_target(s, c, &src, &tgt))
	{
		conf *= 0.7f;
		domestic = true;
	}
	else if (how == SRC_EXPLICIT && tgt.n == 1 && src.n == 1 && s->d->country[src.a[0]] == tgt.a[0] &&
			 strchr(gx_dict_code(s->d, tgt.a[0]), '.') == NULL && gx_country_named_after(s, tgt.a[0], c->k1))
	{
		/* "Colombia's president declared a state of emergency in
		 * Colombia": the subject's own country as the object of a
		 * material act is the act done inside it (COL.GOV -> COL.CVL) */
		aset		t2;

		if (gx_domestic_target(s, c, &src, &t2))
		{
			tgt = t2;
			conf *= 0.8f;
			domestic = true;
		}
	}
	/* "condemned the terrorist attack": nobody identified, not coded */
	if (tgt.n == 0 || gx_roleless_set(s, &tgt))
		return WHY("no target"), true;
	if (gx_roleless_set(s, &src))
		return WHY("a source with no country"), true;
	/* a state does not condemn itself ({CHN.GOV} -> {CHN}); a sector of it
	 * acts on someone of its own ("German police investigated a German
	 * footballer": DEU.COP -> DEU) */
	if (!domestic && (gp_stance_quad((gp_stance) c->stance) % 2 == 1 ? gx_self_directed(s->d, &src, &tgt)
					  : aset_eq(&src, &tgt)) &&
		!(src.n == 1 && tgt.n == 1 && src.a[0] == tgt.a[0] &&
		  (gx_other_person(s, c, tgt.a[0], obj_from > c->k1 ? obj_from : c->k1 + 12) ||
		   gx_other_office(s, c, tgt.a[0], obj_from > c->k1 ? obj_from : c->k1 + 12))))
		return WHY("towards itself"), true;
	/* a statement towards a guess in the speaker's own country ("S. Africa
	 * slams embassies": the embassies are not South Africa's); a court, a
	 * prosecutor or the police act on their own country's people ("a
	 * Belgian court convicted the party") */
	if (!domestic && gp_stance_quad((gp_stance) c->stance) % 2 == 1 && !gx_legal_act(c->stance) &&
		gx_weak_set(s, &tgt) && !gx_named_after(s, &tgt, c->k1) && gx_same_countries(s->d, &src, &tgt) &&
		(gx_weak_set(s, &src) || disapproval(c->stance) || !gx_society_guess(s, &src, &tgt)))
		return WHY("a guessed target in its own country"), true;
	c->tgt = tgt;
	said = gx_sentence_date(s, 0, (obj_from > c->k1 ? obj_from : c->k1) + 6, c->k0);
	return gx_emit(s, c, &src, &tgt, said, conf, c->k1 + 1);
}

/* gx_mentions_stream(): the sentence's mentions, with their byte offsets */
static bool
report_mentions(state *s)
{
	int			i;

	for (i = 0; i < s->nments; i++)
	{
		gx_mention	m;

		m.actor = s->ments[i].actor;
		m.kind = (gx_name_kind) s->ments[i].kind;
		m.start = T(s, s->ments[i].k0)->s;
		m.end = T(s, s->ments[i].k1)->e;
		if (!s->on_mention(&m, s->mention_arg))
			return false;
		if (s->ments[i].actor2 >= 0)
		{
			m.actor = s->ments[i].actor2;
			if (!s->on_mention(&m, s->mention_arg))
				return false;
		}
	}
	return true;
}

#ifdef GX_TRACE
/* a development aid (cc -DGX_TRACE): the sentence with its mentions [actor]
 * and cues {kind:code}, on stderr */
static void
trace(const state *s)
{
	int			k;

	for (k = 0; k < s->nm; k++)
	{
		const tok  *t = T(s, k);
		int			m = ment_at(s, k),
					c = cue_at(s, k);

		fprintf(stderr, "%.*s", (int) (t->e - t->s), s->seg + t->s);
		if (m >= 0 && s->ments[m].k1 == k)
			fprintf(stderr, "[%s%s]", gx_dict_code(s->d, s->ments[m].actor),
					s->ments[m].bare ? "?" : "");
		if (c >= 0 && s->cues[c].k1 == k)
		{
			char		code[5];

			gp_stance_code((gp_stance) s->cues[c].stance, code);
			fprintf(stderr, "{%s:%s%s%s%s}", gx_word_kind_name(s->cues[c].kind), code,
					s->cues[c].neg ? ",neg" : "", s->cues[c].hypo ? ",hypo" : "",
					s->cues[c].noun ? ",noun" : "");
		}
		fputc(' ', stderr);
	}
	fputc('\n', stderr);
}
#endif

/* analyse one sentence: s->t[0..nt) */
bool
gx_sentence(state *s)
{
	int			ci;
	aset		sent_speaker;

	if (!build_stream(s))
		return true;
	gx_find_mentions(s);
	if (!s->mentions_only)
		signatory_line(s);
	gx_find_cues(s);
	gx_find_agents(s);
	if (s->mentions_only)
		return report_mentions(s);
	gx_mark_exclusions(s);
	gx_note_aggressor(s);
	self_named(s);
	speech_cues(s, &sent_speaker);
	if (!attribute_quote(s, &sent_speaker))
		return false;

	/* negated and hypothetical stances are read through, never coded; an
	 * intended action is coded as the intention (or the threat) */
	for (ci = 0; ci < s->ncues; ci++)
		if (s->cues[ci].kind == GX_W_STANCE || s->cues[ci].kind == GX_W_PREDICATE)
		{
			cue		   *c = &s->cues[ci];
			uint32_t	st;
			int			pi;

			c->neg = gx_negated(s, c);
			c->hypo = gx_hypothetical(s, c) || gx_background(s, c);
			c->noun = c->kind == GX_W_STANCE && gx_noun_use(s, c);
			if (c->kind == GX_W_STANCE && c->neg && !c->noun && (st = gx_refusal_stance(s, c)) != 0)
			{
				/* "will not end the strike": the refusal (CAMEO 124) */
				c->stance = st;
				c->neg = false;
				c->hypo = gx_background(s, c);
			}
			else if (c->kind == GX_W_STANCE && !c->noun && (pi = gx_pledge_before(s, c)) >= 0)
			{
				/* "agreed to lift the ban": the intention; "threatened to
				 * shell the city": the threat; coded with the action's
				 * object (the verb of pledging lends it its subject) */
				const cue  *p = &s->cues[pi];
				char		pc[5];

				gp_stance_code((gp_stance) p->stance, pc);
				st = pc[0] == '1' ? gx_threat_stance(c->stance) : gx_intent_stance(c->stance);
				c->neg = c->neg || p->neg;
				c->hypo = p->hypo || gx_background(s, c);
				if (st != 0)
				{
					c->stance = st;
					c->intent = true;
					c->pledged = true;
				}
			}
			else if (c->kind == GX_W_STANCE && !c->hypo && gx_infinitive(s, c) &&
					 concluded(c->stance))
			{
				/* "trying to reach a deal": the intent (032), not a deal */
				c->stance = gx_intent_stance(c->stance);
				c->intent = true;
			}
			else if (c->kind == GX_W_STANCE && gx_intended(s, c) && !gx_stance_content(s, c) &&
					 (st = gx_intent_stance(c->stance)) != 0)
			{
				c->stance = st;
				c->intent = true;
				c->hypo = gx_background(s, c);
			}
		}

#ifdef GX_TRACE
	trace(s);
#endif
	/* stance and predicate cues */
	for (ci = 0; ci < s->ncues; ci++)
	{
		cue		   *c = &s->cues[ci];
		bool		ok;
		int			by;

		if ((c->kind != GX_W_STANCE && c->kind != GX_W_PREDICATE) || c->done)
			continue;

		if (c->kind == GX_W_PREDICATE)
			ok = code_predicate(s, c, &sent_speaker);
		else if (c->noun)
			ok = true;			/* "the attacks on": what is talked about */
		else if ((by = gx_passive(s, c)) >= 0)
			ok = code_passive(s, c, by);
		else
			ok = code_stance(s, ci, &sent_speaker);
		if (!ok)
			return false;
	}
	return true;
}
