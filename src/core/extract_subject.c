/*
 * extract_subject.c -- the two searches the coding rules are built on: the
 * subject before a position (gx_subject_back(): pronouns, descriptions,
 * enumerations, appositions, relative clauses, participles) and the group
 * of mentions after it (gx_group_forward()).
 */
#include "extract_int.h"

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

	while (j >= 0 && n < 3 && gx_plain_word(s, j))
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
 * The mention after position k (of, from, a capitalised word, a number or
 * a word of office: "the government of X", "President X"): may it be a
 * subject, or is it inside a phrase that a preposition governs ("a
 * request by the government of X") or the object of a clause before it?
 */
static bool
phrase_subject(const state *s, int k)
{
	const tok  *t = T(s, k);
	int			j;

	for (j = k - 1; j >= 0 && j >= k - 8; j--)
	{
		const tok  *u = T(s, j);

		/* "France received a letter from Germany and condemned", "he
		 * received a letter from Kim and will meet": an actor or a
		 * pronoun and its verb before "of" or "from" make the phrase
		 * their object */
		if ((t->wc & (WC_OF | WC_FROM)) && j + 1 < k && gx_plain_word(s, j + 1) &&
			(IS_MENT(s->cover[j]) ||
			 ((u->wc & WC_PRONOUN_SUBJ) && s->cover[j] == COV_NONE) ||
			 (cue_at(s, j) >= 0 && (s->cues[cue_at(s, j)].kind == GX_W_ANAPHOR ||
									s->cues[cue_at(s, j)].kind == GX_W_SELF))))
			return false;
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
		while (n < 3 && hk + 1 < s->nm && gx_plain_word(s, hk))
		{
			if (T(s, hk + 1)->wc & WC_ROLE)
			{
				hk++;
				break;
			}
			if (!gx_plain_word(s, hk + 1))
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
		/* "as Syrian government forces launched air strikes": a light
		 * verb, then its stance noun */
		if (j < s->nm && (T(s, j)->wc & WC_LIGHT) && s->cover[j] == COV_NONE)
		{
			int			q;

			for (q = j + 1; q < s->nm && q <= j + 4; q++)
				if ((c = cue_at(s, q)) >= 0)
					return s->cues[c].kind == GX_W_STANCE;
		}
	}
	if (!(t->f & T_WORD) || IS_MENT(s->cover[k]))
		return true;
	if (IS_CUE(s->cover[k]))
	{
		const cue  *pc = &s->cues[CUE_OF(s->cover[k])];

		/* "Imprisoned Russian opposition leader Alexei Navalny has
		 * started": a one-word participle in -ed that opens the clause
		 * describes the subject */
		if (pc->kind == GX_W_STANCE && pc->k0 == k && pc->k1 == k && t->e - t->s > 3 &&
			s->seg[t->e - 2] == 'e' && s->seg[t->e - 1] == 'd' && gx_clause_opens_before(s, k - 1))
			return true;
		return pc->kind == GX_W_INTENSIFIER || pc->kind == GX_W_SPEECH || pc->kind == GX_W_CONJ;
	}
	if (date_ends_phrase(s, k))
		return true;
	if (t->wc & (WC_CONJ | WC_THAT | WC_ADV | WC_CLAUSE | WC_TIME | WC_WEEKDAY | WC_RELDAY))
		return true;
	/* "a spokesperson for the Chinese foreign ministry" */
	if ((t->wc & WC_FOR) && k >= 1 && (T(s, k - 1)->wc & WC_ROLE))
		return true;
	if (t->wc & (WC_OF | WC_FROM) || (t->f & (T_CAP | T_DIGIT)) || (t->wc & WC_ROLE))
		return phrase_subject(s, k);
	if (t->f & (T_LY | T_POSS))
		return true;
	/* "The non-governmental organization Medecins Sans Frontieres flew",
	 * "A prominent Venezuelan opposition leader surrendered": an actor
	 * (no bare agent word) after up to three plain words that describe
	 * it, after an article that opens the clause */
	if (!mn->bare && gx_plain_word(s, k))
	{
		int			n = 0;

		for (j = k; j >= 0 && n < 3 && gx_plain_word(s, j); j--)
			n++;
		/* "xxxx Russia condemned", an Arabic word left in the copy: words
		 * of no class that open the clause do not govern the actor */
		if (gx_clause_opens_before(s, j))
			return true;
		if (j >= 0 && (T(s, j)->wc & WC_ARTICLE) && s->cover[j] == COV_NONE &&
			gx_clause_opens_before(s, j - 1))
			return true;
	}
	return false;
}

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
	for (n = 0; j >= 0 && n < 2 && (gx_plain_word(s, j) || (T(s, j)->wc & WC_ARTICLE)) &&
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
	return gx_clause_opens_before(s, j);
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
bool
gx_clause_opens_before(const state *s, int j)
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
		if (t->p == '-' || gx_plain_word(s, j) || (t->wc & (WC_DET | WC_ARTICLE | WC_CONJ)))
			continue;
		break;
	}
	if (n == 0 || (j >= 0 && (T(s, j + 1)->wc & WC_CONJ)))
		return false;
	return gx_clause_opens_before(s, j);
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
	if (n == 0 || !gx_clause_opens_before(s, i))
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
		if (gx_plain_word(s, k) && ++n <= 3)
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
	for (j--; j >= 0 && n < 2 && gx_plain_word(s, j); j--)
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
 * gx_subject_back() met cue c: the subject it names (SRC_SELF, SRC_THIRD
 * with want_n set from "the two countries", SRC_GROUP), or SRC_NONE with
 * *hit_cue and *prev_cue set when c is a verb (the clause before belongs
 * to it); -1 to go on back over the cue ("a request by the government":
 * a description governed by a preposition is not a subject).
 */
static int
subject_at_cue(const state *s, int c, bool *hit_cue, int *prev_cue)
{
	int			kind = s->cues[c].kind;

	if ((kind == GX_W_SELF || kind == GX_W_ANAPHOR || kind == GX_W_GROUP_ANAPHOR) &&
		s->cues[c].k0 > 0)
	{
		/* "a request by the government": governed, not a subject */
		const tok  *p = T(s, s->cues[c].k0 - 1);

		if ((p->wc & (WC_OPEN | WC_BLOCK)) && !(p->wc & (WC_OF | WC_FROM)))
			return -1;
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
	return -1;
}

/*
 * gx_subject_back() met mention m (verb: where the search started, stop:
 * where it ends): SRC_EXPLICIT with the subject in out (m and the
 * enumeration it ends: "France, Germany and Italy"), SRC_POSS for "North
 * Korea's support for" (a reported fact), or -1 when m is no subject
 * (governed by a preposition, a possessive ...): go on back before it.
 */
static int
subject_at_mention(const state *s, int m, int stop, int verb, aset *out)
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
		return -1;
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
	/* extend the enumeration backwards; its last two members are joined by
	 * "and" ("France, Germany and Italy"), a comma alone closes a phrase
	 * before the subject ("On a visit to the United States, the Iranian
	 * authorities freed") */
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
			int			r = subject_at_cue(s, c, hit_cue, prev_cue);

			if (r >= 0)
				return r;
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
			int			r = subject_at_mention(s, m, stop, verb, out);

			if (r >= 0)
				return r;
			k = s->ments[m].k0;
			continue;
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
