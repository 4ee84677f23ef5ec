/*
 * extract_rules.c -- the coding rules a stance cue goes through: its target
 * (the first group of mentions after it that names the conduct's author,
 * not its victim or place), the author of an attack it refers to, its date,
 * negation, mood (hypothetical, background, a noun that reports), passive
 * voice, coordination, intensity; the discourse state (speakers, pronouns)
 * and emitting a candidate statement.
 */
#include "extract_int.h"

/* ", and the United States called for": a subject and its verb start a
 * new clause at k */
static bool
new_clause(const state *s, int k)
{
	int			m,
				c;

	while (k < s->nm && (T(s, k)->wc & WC_DET))
		k++;
	if ((m = ment_at(s, k)) < 0)
		return false;
	k = s->ments[m].k1 + 1;
	while (k < s->nm && ((T(s, k)->wc & (WC_MODAL | WC_ADV)) || (T(s, k)->f & T_LY)))
		k++;
	c = cue_at(s, k);
	return c >= 0 && (s->cues[c].kind == GX_W_STANCE || s->cues[c].kind == GX_W_SPEECH);
}

/*
 * A request's object reaches through the preposition at k to its target:
 * "called for sanctions against Moscow", "pressure on Iran", "the release
 * of X", "an end to the fighting in Sudan"; not "urged X to cooperate with
 * Y" (to and a verb), nor a place ("talks in Geneva").
 */
static bool
req_through(const state *s, int k, bool domestic)
{
	const tok  *t = T(s, k);

	if (t->wc & (WC_AGAINST | WC_OF))
		return true;
	if ((t->wc & WC_OPEN) && !(t->wc & (WC_TO | WC_FOR | WC_BY)) && t->nlen == 2)
		return true;			/* on */
	if ((t->wc & WC_TO) && k + 1 < s->nm && (T(s, k + 1)->wc & WC_DET))
		return true;
	return domestic && (t->wc & WC_IN);
}

/* does a mention start at k, after at most two determiners? */
static bool
that_subject(const state *s, int k)
{
	int			n = 0;

	while (k < s->nm && n < 2 && (T(s, k)->wc & WC_DET) && ment_at(s, k) < 0)
	{
		k++;
		n++;
	}
	return k < s->nm && ment_at(s, k) >= 0;
}

/*
 * Another cue met on the way to a target: passed over (an intensifier, a
 * pronoun, a preposition, which opens or blocks what follows, a negated or
 * reported stance: "warned that the bloc would impose sanctions on Russia";
 * a stance of the same class is absorbed: "commitment to supporting"), or
 * the end of the search (false).
 */
static bool
pass_cue(cue *c, cue *o, int cls, bool *block)
{
	if (o->kind == GX_W_INTENSIFIER || o->kind == GX_W_SELF || o->kind == GX_W_ANAPHOR ||
		o->kind == GX_W_GROUP_ANAPHOR || o->kind == GX_W_RELATION)
		return true;
	if (o->kind == GX_W_PREP_BLOCK || o->kind == GX_W_PREP_OPEN)
	{
		*block = o->kind == GX_W_PREP_BLOCK;
		return true;
	}
	if (o->kind == GX_W_CONJ || o->kind == GX_W_NEGATION || o->kind == GX_W_LIGHT ||
		o->kind == GX_W_NOUN || (o->kind == GX_W_STANCE && (o->hypo || o->neg)))
		return true;
	if (o->kind == GX_W_STANCE && stance_class_of(o->stance) == cls && !o->done && !o->pledged)
	{
		o->done = true;
		if (o->intensity > c->intensity)
			c->intensity = o->intensity;
		return true;
	}
	return false;
}

/* does the cue's object end at stream position k (a clause boundary)? */
static bool
object_ends(const state *s, const cue *c, int k)
{
	const tok  *t = T(s, k);

	/* not the point of a title before a name: "a request by Mr. Erdogan"
	 * ("signed a pact on Feb. 29 that ..." ends there) */
	if (t->p == ';' || t->p == ':' || t->p == '!' || t->p == '?' || (t->wc & WC_CLAUSE) ||
		(t->p == '.' && !((t->f & T_ABBR) && k + 1 < s->nm && ment_at(s, k + 1) >= 0)))
		return true;
	/* ", which are incompatible with the UN Charter": a relative clause
	 * about the object; "and decided to invite X": a new verb */
	if ((t->wc & WC_REL) && is_punct(s, k - 1, ','))
		return true;
	if ((t->wc & WC_CONJ) && is_punct(s, k - 1, ',') && new_clause(s, k + 1))
		return true;
	if ((t->wc & WC_CONJ) && k + 1 < s->nm)
	{
		const tok  *nx = T(s, k + 1);

		if (cue_at(s, k + 1) >= 0 && s->cues[cue_at(s, k + 1)].kind == GX_W_SPEECH)
			return true;
		if ((nx->f & T_WORD) && !(nx->f & T_CAP) && nx->e - nx->s > 4 &&
			s->seg[nx->e - 2] == 'e' && s->seg[nx->e - 1] == 'd' && ment_at(s, k + 1) < 0)
			return true;
	}
	return s->inq[k] && !s->inq[c->k0] && k > c->k1 + 1 && is_punct(s, k - 1, ',');
}

/*
 * The target of cue ci: the first group of mentions after it that is not
 * behind a preposition of place or victim ("attack in Cairo", "war against
 * Ukraine").  A request takes only its direct object ("urge all States, ...
 * to cooperate with Egypt" has no target actor).  Same-class cues met
 * before any target are absorbed ("commitment to supporting").
 */
int
gx_target_forward(state *s, int ci, aset *out)
{
	cue		   *c = &s->cues[ci];
	int			cls = stance_class_of(c->stance);
	bool		req = (cls == GP_CLASS_REQUEST);
	bool		block = false;
	bool		violent = false;
	bool		domestic = false;
	int			k,
				end = -1,
				weak_end = -1;
	int			limit = c->k1 + 60;
	aset		weak,
				place;
	int			place_end = -1;
	char		code[5];
	bool		material;

	/* aid, yielding, mobilising, assault, fight, mass violence (CAMEO 07,
	 * 08, 15, 18-20): done where the place is ("aid in Yemen", "a
	 * ceasefire in eastern Ukraine", "airstrikes in the Gaza Strip") */
	gp_stance_code((gp_stance) c->stance, code);
	material = (code[0] == '0' && (code[1] == '7' || code[1] == '8')) ||
		(code[0] == '1' && (code[1] == '5' || code[1] == '6' || code[1] == '7' || code[1] >= '8')) || (code[0] == '2' && code[1] == '0');
	place.n = 0;

	out->n = 0;
	weak.n = 0;
	/* "discussed Libya with Trump": a phrase that ends in "with" names its
	 * partner after it; its gap holds the topic */
	k = (T(s, c->k1)->wc & WC_WITH) && c->k1 > c->k0 ? c->k1 + 1 : c->k0 + 1;
	for (; k < s->nm && k < limit; k++)
	{
		const tok  *t = T(s, k);
		int			cc = cue_at(s, k),
					m;

		if (cc == ci)
			continue;
		if (cc >= 0 && !s->cues[cc].noun)
		{
			cue		   *o = &s->cues[cc];

			if (o->kind == GX_W_GROUP_ANAPHOR && !block && s->last_group.n &&
				!aset_eq(&s->last_group, &c->src) && o->k1 + 1 < s->nm &&
				(T(s, o->k1 + 1)->f & T_POSS))
			{
				/* "supports the bloc's efforts": the bloc that spoke last */
				*out = s->last_group;
				end = o->k1 + 1;
				break;
			}
			if (!pass_cue(c, o, cls, &block))
				break;
			k = o->k1;
			continue;
		}
		/* inside the cue's own gap the phrase matcher has read the words
		 * already: a number's point is no full stop ("gave 352.5 million") */
		if (k > c->k1 && object_ends(s, c, k))
			break;
		if ((m = ment_at(s, k)) >= 0)
		{
			if (block && !(req && k == c->k1 + 1))
			{
				if (material && place.n == 0 && !s->ments[m].bare &&
					((T(s, k - 1)->wc & WC_IN) ||
					 (k >= 2 && (T(s, k - 2)->wc & WC_IN) && (T(s, k - 1)->f & T_WORD) &&
					  !(T(s, k - 1)->f & T_CAP))))	/* "in northern Afghanistan" */
				{
					ment_add(s, &place, m);
					place_end = s->ments[m].k1 + 1;
				}
				k = s->ments[m].k1;
				continue;
			}
			end = gx_group_forward(s, k, limit, out, true);
			gx_prune_roles(s, out);
			if (gx_weak_set(s, out) && weak.n == 0)
			{
				/* "the families of the victims and the Government of
				 * Egypt", "civilians by Pakistan": a named actor further
				 * on in the clause is the better target */
				weak = *out;
				weak_end = end;
				out->n = 0;
				k = end - 1;
				continue;
			}
			break;
		}
		if (req)
		{
			/* "demanded that the government resign", "its demand that the
			 * US ease sanctions": the subject of the that-clause is asked */
			if ((t->wc & WC_THAT) && k == c->k1 + 1 && that_subject(s, k + 1))
				continue;
			if (t->p == ',' || (t->wc & WC_THAT))
				break;
			if ((t->wc & (WC_BLOCK | WC_OPEN)) && k != c->k1 + 1 && !req_through(s, k, domestic))
				break;
			if (t->wc & WC_DOMESTIC)
				domestic = true;
			continue;
		}
		if (t->wc & WC_DOMESTIC)
			domestic = true;
		if (domestic && (t->wc & WC_BLOCK) && !(t->wc & WC_AGAINST))
		{
			/* "the military takeover in Myanmar": the state's own conduct */
			block = false;
			domestic = false;
			continue;
		}
		if (t->wc & WC_VIOLENT)
			violent = true;
		else if (violent && (t->wc & (WC_OPEN | WC_BLOCK | WC_OF)) && !(t->wc & WC_BY))
		{
			/* "the attack on Kyiv", "the invasion of Ukraine": a victim */
			block = true;
			violent = false;
		}
		else if (t->wc & WC_AGAINST)
			block = domestic;	/* "sanctions, charges, a lawsuit against X" name
								 * X; "violence against X" a victim */
		else if (t->wc & WC_BLOCK)
			block = true;
		else if (t->wc & WC_OPEN)
			block = false;
		if (!(t->wc & WC_VIOLENT) && (t->f & T_WORD) && !(t->wc & (WC_DET | WC_OPEN | WC_BLOCK | WC_OF)))
			violent = false;
	}
	/* "attacked an army camp in western Kabul": a bare agent word names
	 * nobody; the place it is in does */
	if (out->n == 0 && weak.n > 0 && !(place.n > 0 && gx_roleless_set(s, &weak)))
	{
		*out = weak;
		end = weak_end;
	}
	if (out->n == 0 && place.n > 0)
	{
		*out = place;
		end = place_end;
	}
	return end;
}

/*
 * "Iran launched more than 300 drones at Israel", "Russia's invasion of
 * Ukraine": who attacked, so that "condemned the attack" in the next
 * sentence has its author.
 */
void
gx_note_aggressor(state *s)
{
	int			k;

	for (k = 0; k < s->nm; k++)
	{
		const tok  *t = T(s, k);
		int			m;

		if (!(t->wc & WC_VIOLENT))
			continue;
		if (t->wc & WC_VERB)
		{
			/* the subject of the verb ("The US and Britain on Friday
			 * carried out strikes") */
			aset		a;
			bool		hit;
			int			pc;

			if (gx_subject_back(s, k - 1, -1, &a, &hit, &pc) == SRC_EXPLICIT)
			{
				s->aggressor = a;
				s->aggressor_sent = s->sent;
			}
		}
		else if (k >= 2 && (T(s, k - 1)->f & T_POSS) && (m = ment_at(s, k - 2)) >= 0)
		{
			/* "Russia's invasion" */
			s->aggressor.n = 0;
			aset_add(&s->aggressor, s->ments[m].actor);
			s->aggressor_sent = s->sent;
		}
	}
}

/* "condemned the attack": the attack just named, by whom it was launched */
bool
gx_attack_reference(const state *s, const cue *c, aset *tgt)
{
	int			k;

	if (s->aggressor.n == 0 || s->sent - s->aggressor_sent > 2)
		return false;
	for (k = c->k1 + 1; k < s->nm && k <= c->k1 + 4; k++)
	{
		const tok  *t = T(s, k);

		if (t->wc & WC_DET)
			continue;
		if ((t->wc & WC_VIOLENT) && !(t->wc & WC_VERB))
		{
			*tgt = s->aggressor;
			return true;
		}
		if (!(t->f & T_WORD) || (t->wc & (WC_OPEN | WC_BLOCK | WC_OF)) || IS_MENT(s->cover[k]))
			return false;
	}
	return false;
}

/* the countries (first segments) of n actor ids: {PRK.GOV,RUS} -> {PRK,RUS} */
void
gx_country_set(const gx_dict *d, const int *ids, int n, aset *out)
{
	int			i;

	out->n = 0;
	for (i = 0; i < n; i++)
		aset_add(out, d->country[ids[i]]);
}

/* the same actors at country level ({PRK.GOV} is {PRK}) */
bool
gx_same_set(const gx_dict *d, const int *a, int na, const int *b, int nb)
{
	aset		x,
				y;

	gx_country_set(d, a, na, &x);
	gx_country_set(d, b, nb, &y);
	return aset_eq(&x, &y);
}

bool
gx_same_countries(const gx_dict *d, const aset *a, const aset *b)
{
	return gx_same_set(d, a->a, a->n, b->a, b->n);
}

/* is actor a the whole of b or b itself (PRK for PRK.GOV)? */
static bool
whole_of(const gx_dict *d, int a, int b)
{
	const char *x = gx_dict_code(d, a),
			   *y = gx_dict_code(d, b);
	size_t		lx = strlen(x);

	return strncmp(x, y, lx) == 0 && (y[lx] == 0 || y[lx] == '.');
}

/*
 * An actor towards itself: the same countries, and every target the source
 * or the whole it is part of ("China's foreign minister warned China's
 * critics" is not CHN.GOV -> CHN).  A part of the source is another actor:
 * "Yemen freed activists" is YEM -> YEM.OPP, "Dutch police arrested a
 * Dutch man" NLD.COP -> NLD.CVL.
 */
bool
gx_self_directed(const gx_dict *d, const aset *src, const aset *tgt)
{
	int			i,
				j;

	if (!gx_same_countries(d, src, tgt))
		return false;
	for (i = 0; i < tgt->n; i++)
	{
		bool		whole = false;

		for (j = 0; j < src->n && !whole; j++)
			whole = whole_of(d, tgt->a[i], src->a[j]);
		if (!whole)
			return false;
	}
	return true;
}

/* a date said in the sentence, near the cue */
int32_t
gx_sentence_date(const state *s, int k_from, int k_to, int cue_k0)
{
	int			k;

	if (s->published == GX_NO_DATE)
		return GX_NO_DATE;
	if (k_from < 0)
		k_from = 0;
	for (k = k_from; k < k_to && k < s->nm; k++)
	{
		const tok  *t = T(s, k);

		if (t->wc & WC_WEEKDAY)
		{
			int			want = (int) t->wv;
			int			back = (gx_weekday(s->published) - want + 7) % 7;

			return s->published - back;
		}
		if (t->wc & WC_RELDAY)
			return s->published - (int32_t) t->wv;
		/* a full date after the verb is the date of what is condemned
		 * ("the launches of December 17"), not of the statement */
		if (k < cue_k0 && (t->wc & WC_MONTH) && !(t->wc & WC_ABBR && !is_punct(s, k + 1, '.') &&
									!(k + 1 < s->nm && T(s, k + 1)->num >= 0)))
		{
			int			mon = (int) t->wv;
			int			day = -1,
						year = -1,
						py,
						pm,
						pd;
			int			j = k + 1;

			/* "May" is a month only with a number next to it */
			if (k > 0 && T(s, k - 1)->num >= 1 && T(s, k - 1)->num <= 31)
				day = T(s, k - 1)->num;
			if (is_punct(s, j, '.'))
				j++;
			if (j < s->nm && T(s, j)->num >= 1 && T(s, j)->num <= 31 && day < 0)
			{
				day = T(s, j)->num;
				j++;
				if (is_punct(s, j, ','))
					j++;
			}
			if (j < s->nm && T(s, j)->num >= 1900 && T(s, j)->num <= 2200)
				year = T(s, j)->num;
			if (day < 0)
				continue;
			gx_civil_from_days(s->published, &py, &pm, &pd);
			if (year < 0)
			{
				/* "on 28 December" in a January article: last year; a
				 * date just after the publication day is not a statement's */
				year = (mon > pm + 2) ? py - 1 : py;
			}
			{
				int32_t		d = gx_days_from_civil(year, mon, day);

				if (d <= s->published && d > s->published - 400)
					return d;
			}
		}
	}
	return GX_NO_DATE;
}

bool
gx_negated(const state *s, const cue *c)
{
	int			k,
				seen = 0;

	for (k = c->k0 - 1; k >= 0 && seen < 4; k--)
	{
		int			cc = cue_at(s, k);

		if (cc >= 0)
		{
			if (s->cues[cc].kind == GX_W_NEGATION)
				return true;
			if (s->cues[cc].kind == GX_W_INTENSIFIER)
			{
				k = s->cues[cc].k0;
				continue;
			}
			return false;
		}
		if (!(T(s, k)->f & T_WORD))
			return false;
		seen++;
	}
	return false;
}

/*
 * The position before k, passing over intensifiers ("strongly"), words of
 * the classes in skip, and adverbs in -ly when skip_ly; -1 at the start.
 */
int
gx_back_over(const state *s, int k, uint64_t skip, bool skip_ly)
{
	for (k = k - 1; k >= 0; k--)
	{
		int			cc = cue_at(s, k);

		if (cc >= 0 && s->cues[cc].kind == GX_W_INTENSIFIER)
		{
			k = s->cues[cc].k0;
			continue;
		}
		if (cc < 0 && ((skip_ly && (T(s, k)->f & T_LY)) || (T(s, k)->wc & skip)))
			continue;
		return k;
	}
	return -1;
}

/*
 * A verb before position k (over up to three articles and modifiers) whose
 * object noun is the event: a light verb ("gave an ultimatum", "filed a
 * lawsuit", "carried out an attack", data/grammar.tsv: light), or a
 * lexicon light or speech verb ("announced a one-week ultimatum").
 */
static bool
light_verb_before(const state *s, int k)
{
	int			j;

	for (j = k - 1; j >= 0 && j >= k - 4; j--)
	{
		const tok  *v = T(s, j);
		int			cc = cue_at(s, j);

		if (cc >= 0)
			return s->cues[cc].kind == GX_W_LIGHT || s->cues[cc].kind == GX_W_SPEECH;
		if (!(v->f & T_WORD) && v->p != '-')
			return false;
		if (v->wc & WC_LIGHT)
			return true;
		if (v->nlen == 3 && memcmp(s->seg + v->s, "out", 3) == 0)
			continue;
		if ((v->wc & WC_FUNCTION) && !(v->wc & WC_DET))
			return false;
	}
	return false;
}

/* an article before position k, over up to three modifiers: "the attacks",
 * "a U.S.-proposed ceasefire", "the Israeli strikes" */
static bool
article_before(const state *s, int k)
{
	int			j;

	for (j = k - 1; j >= 0 && j >= k - 4; j--)
	{
		const tok  *t = T(s, j);

		/* "the European Union condemns", "the ministers publicly called on":
		 * a verb (a mention only modifies in a compound: "U.S.-proposed") */
		if (cue_at(s, j) >= 0 || (ment_at(s, j) >= 0 && !is_punct(s, j + 1, '-')) ||
			(t->f & (T_LY | T_POSS)))
			return false;
		if (t->wc & WC_ARTICLE)
			return true;
		/* "this week demanded": a time, then the verb */
		if ((!(t->f & T_WORD) && t->p != '-') || (t->wc & (WC_FUNCTION | WC_TIME)))
			return false;
	}
	return false;
}

/*
 * "additional support for Ukraine", "the condemnation of": a noun that
 * reports, not a verb that states.  Our/their/its before it, or a subject,
 * an adverb, a modal or "to" make it a statement.
 */
bool
gx_noun_use(const state *s, const cue *c)
{
	const tok  *t = T(s, c->k0);
	const tok  *nx;
	int			k,
				cc;

	/* the object of a light verb is the event ("filed a lawsuit against",
	 * "launched an investigation into", "gave an ultimatum"); else after
	 * an article it is a noun ("the attacks on", "condemned a protest by") */
	if (light_verb_before(s, c->k0))
		return false;
	if (article_before(s, c->k0))
		return true;
	/* "demanded support from X": what a request asks for */
	if (c->k1 == c->k0 && c->k0 > 0 && (cc = cue_at(s, c->k0 - 1)) >= 0 &&
		s->cues[cc].kind == GX_W_STANCE && stance_class_of(s->cues[cc].stance) == GP_CLASS_REQUEST)
		return true;
	if (c->k1 != c->k0 || c->k1 + 1 >= s->nm)
		return false;
	nx = T(s, c->k1 + 1);
	if (!(nx->wc & (WC_FOR | WC_OF | WC_TO)))
		return false;
	if (t->e >= 2 && s->seg[t->e - 2] == 'e' && s->seg[t->e - 1] == 'd')
		return false;
	if ((k = gx_back_over(s, c->k0, 0, false)) < 0)
		return true;
	if ((cc = cue_at(s, k)) >= 0)
		return !(s->cues[cc].kind == GX_W_SELF || s->cues[cc].kind == GX_W_ANAPHOR ||
				 s->cues[cc].kind == GX_W_GROUP_ANAPHOR);
	if (ment_at(s, k) >= 0)
		return false;
	t = T(s, k);
	if (!(t->f & T_WORD))
		return true;
	return !((t->f & T_LY) || (t->wc & (WC_ADV | WC_MODAL | WC_TO | WC_BE)));
}

/* is stream position k behind a preposition of place or victim? */
bool
gx_blocked_at(const state *s, int k)
{
	int			j;
	bool		block = false;

	for (j = k > 15 ? k - 15 : 0; j < k; j++)
	{
		int			cc = cue_at(s, j);
		const tok  *t = T(s, j);

		if (cc >= 0)
		{
			if (s->cues[cc].kind == GX_W_PREP_BLOCK)
				block = true;
			else if (s->cues[cc].kind == GX_W_PREP_OPEN)
				block = false;
			j = s->cues[cc].k1;
			continue;
		}
		if (t->wc & WC_BLOCK)
			block = true;
		else if (t->wc & WC_OPEN)
			block = false;
		else if (t->p == ';' || t->p == ':')
			block = false;
	}
	return block;
}

/*
 * "sent seven military experts to Saudi Arabia to investigate the
 * attacks", "will send a team to Iran to investigate the crash": an
 * investigation (CAMEO 09) that a team sent, a visit or aid (03 intent,
 * 04, 06, 07) is made for is done by whoever sends it, not asked for.
 * Returns the index of the sending cue before c's "to", or -1.
 */
int
gx_sent_for(const state *s, const cue *c)
{
	char		a[5],
				b[5];
	int			k,
				j;

	gp_stance_code((gp_stance) c->stance, b);
	if (b[0] != '0' || b[1] != '9' || (k = gx_back_over(s, c->k0, WC_ADV, true)) < 0 ||
		cue_at(s, k) >= 0 || !(T(s, k)->wc & WC_TO))
		return -1;
	for (j = k - 1; j >= 0; j--)
	{
		int			c2 = cue_at(s, j);

		if (T(s, j)->p == ';' || T(s, j)->p == ':')
			return -1;
		if (c2 >= 0 && s->cues[c2].kind == GX_W_STANCE)
		{
			gp_stance_code((gp_stance) s->cues[c2].stance, a);
			return a[0] == '0' && strchr("3467", a[1]) != NULL ? c2 : -1;
		}
	}
	return -1;
}

/*
 * "called Erdogan on Friday to apologize", "phoned Aoun to express his
 * support": the purpose of a telephone call (a one-word CAMEO 041 cue,
 * "called X") is the caller's own statement, made to whom it called.
 * Returns the index of the call's cue before c's "to", or -1.
 */
int
gx_call_before(const state *s, const cue *c)
{
	char		a[5];
	int			k,
				j;

	if ((k = gx_back_over(s, c->k0, WC_ADV, true)) < 0 || cue_at(s, k) >= 0 ||
		!(T(s, k)->wc & WC_TO))
		return -1;
	for (j = k - 1; j >= 0 && j >= k - 16; j--)
	{
		int			c2 = cue_at(s, j);

		if (T(s, j)->p == ';' || T(s, j)->p == ':')
			return -1;
		if (c2 >= 0 && s->cues[c2].kind == GX_W_STANCE)
		{
			gp_stance_code((gp_stance) s->cues[c2].stance, a);
			return strcmp(a, "041") == 0 && s->cues[c2].k0 == s->cues[c2].k1 ? c2 : -1;
		}
	}
	return -1;
}

/*
 * "would impose sanctions", "urged X to condemn": what another verb
 * reports or asks for, not a statement of its own.
 */
bool
gx_hypothetical(const state *s, const cue *c)
{
	const tok  *t;
	int			k,
				cc;

	if ((k = gx_back_over(s, c->k0, WC_ADV, true)) < 0)
		return false;
	if ((cc = cue_at(s, k)) >= 0)
	{
		/* "asked Peru to condemn", "pressed Peru to withdraw": what a
		 * request whose phrase ends in "to" asks for */
		const cue  *p = &s->cues[cc];

		return p->kind == GX_W_STANCE && p->k1 == k && (T(s, k)->wc & WC_TO) &&
			stance_class_of(p->stance) == GP_CLASS_REQUEST;
	}
	t = T(s, k);
	/* "targeted protesters by denying them care": a gerund after a
	 * preposition is how the main verb was done, not a statement */
	if ((t->wc & (WC_BY | WC_FOR | WC_BLOCK | WC_OF)) && !(t->wc & WC_AGAINST))
	{
		const tok  *v = T(s, c->k0);

		if (v->e - v->s > 5 && memcmp(s->seg + v->e - 3, "ing", 3) == 0)
			return true;
	}
	if (t->wc & WC_TO)
	{
		/* "urged X to support", "threatened to impose": the content of a
		 * stance before it; "met to reaffirm their support" is not */
		int			j;

		for (j = k - 1; j >= 0; j--)
		{
			int			c2 = cue_at(s, j);

			if (T(s, j)->p == ';' || T(s, j)->p == ':')
				return false;
			if (c2 >= 0 && s->cues[c2].kind == GX_W_STANCE)
				return gx_sent_for(s, c) < 0 && gx_call_before(s, c) < 0;
		}
		return false;
	}
	return (t->wc & WC_HYPO) != 0;
}

/*
 * Does a noun phrase we cannot name stand right before the verb ("the
 * Baltic states slammed", "the launches threatened")?  Then the verb has a
 * subject, just not an actor, and the last speaker is not it.
 */
bool
gx_unknown_subject(const state *s, const cue *c)
{
	int			k = gx_back_over(s, c->k0, WC_ADV | WC_MODAL | WC_BE, true);
	const tok  *t;

	if (k < 0 || cue_at(s, k) >= 0)
		return false;
	if (ment_at(s, k) >= 0)
		return true;			/* a mention that cannot be the subject */
	t = T(s, k);
	if (!(t->f & T_WORD) || (t->f & (T_DIGIT | T_ALLNUM)))
		return false;
	return !(t->wc & (WC_CONJ | WC_DET | WC_THAT | WC_REL | WC_OPEN | WC_BLOCK | WC_OF |
					  WC_FROM | WC_TIME | WC_WEEKDAY | WC_CLAUSE | WC_PRONOUN_SUBJ));
}

/*
 * Background, not news: a stance inside a relative clause ("Russia, which
 * the UN condemned, ...") or after an earlier year ("In 2014 the G7
 * condemned ...").
 */
bool
gx_background(const state *s, const cue *c)
{
	int			k,
				py = 0;

	if (s->published != GX_NO_DATE)
	{
		int			pm,
					pd;

		gx_civil_from_days(s->published, &py, &pm, &pd);
	}
	for (k = c->k0 - 1; k >= 0; k--)
	{
		const tok  *t = T(s, k);

		if (py && t->num >= 1900 && t->num < py)
			return true;
		if (t->p == ',' || t->p == ';' || t->p == ':')
		{
			/* a comma closes a relative clause only if one came before it */
			continue;
		}
		if ((t->wc & WC_REL) && k >= 1 && is_punct(s, k - 1, ','))
		{
			/* inside ", which ... <cue>" unless a comma closed it */
			int			j;

			for (j = k + 1; j < c->k0; j++)
				if (is_punct(s, j, ','))
					return false;
			return true;
		}
	}
	return false;
}

/*
 * "Russia was condemned by the G7", "the vessels were released on Friday by
 * the Revolutionary Guards": a passive verb with its agent; its subject is
 * the target.  Returns the position of the agent's first mention, or -1.
 */
int
gx_passive(const state *s, const cue *c)
{
	int			k = c->k0 - 1,
				j;
	const tok  *v = T(s, c->k0);

	if (stance_class_of(c->stance) == GP_CLASS_CONCERN ||
		(v->e - v->s > 4 && memcmp(s->seg + v->e - 3, "ing", 3) == 0))
		return -1;
	while (k >= 0 && (T(s, k)->f & T_LY))
		k--;
	if (k < 0 || !(T(s, k)->wc & WC_BE))
		return -1;
	/* by and its agent, within the clause */
	for (j = c->k1 + 1; j < s->nm && j <= c->k1 + 8; j++)
	{
		const tok  *t = T(s, j);
		int			cc = cue_at(s, j);

		if (t->p == ',' || t->p == ';' || t->p == ':' || t->p == '.' ||
			(t->wc & (WC_CLAUSE | WC_THAT | WC_REL)) ||
			(cc >= 0 && s->cues[cc].kind == GX_W_STANCE))
			return -1;
		if (t->wc & WC_BY)
		{
			j++;
			while (j < s->nm && (T(s, j)->wc & WC_DET))
				j++;
			return ment_at(s, j) >= 0 ? j : -1;
		}
	}
	return -1;
}

/* coordinated with what came before: ", and also demand" */
bool
gx_coordinated(const state *s, const cue *c)
{
	int			k = gx_back_over(s, c->k0, WC_ADV, true);

	return k >= 0 && (T(s, k)->p == ',' || (T(s, k)->wc & WC_CONJ));
}

static int
intensity_near(const state *s, const cue *c)
{
	int			best = c->intensity,
				k;

	for (k = c->k0 - 4; k <= c->k1 + 8 && k < s->nm; k++)
	{
		int			cc;

		if (k < 0)
			continue;
		cc = cue_at(s, k);
		if (cc >= 0 && s->cues[cc].kind == GX_W_INTENSIFIER)
		{
			if (k > c->k1 + 1 && s->cues[cc].k0 == k && k > c->k1 + 1)
			{
				/* after the cue only right after it ("condemned in the
				 * strongest terms") */
				int			j = c->k1 + 1;

				while (j < k && (T(s, j)->wc & WC_DET))
					j++;
				if (j != k)
					continue;
			}
			if (s->cues[cc].intensity > best)
				best = s->cues[cc].intensity;
			k = s->cues[cc].k1;
		}
		if (k >= c->k0 && k <= c->k1 && (T(s, k)->f & T_LY) == 0)
			continue;
	}
	return best;
}

void
gx_resolve_anaphor(const state *s, int how, const aset *sent_speaker, aset *src)
{
	src->n = 0;
	if (how == SRC_SELF)
	{
		if (s->in_quote && s->quote_speaker.n)
			*src = s->quote_speaker;
		else if (s->doc.n)
			*src = s->doc;
		else
			*src = s->last;
	}
	else if (how == SRC_GROUP)
	{
		if (sent_speaker && sent_speaker->n)
			*src = *sent_speaker;
		else if (s->last_group.n)
			*src = s->last_group;
		else
			*src = s->last;
	}
	else if (how == SRC_THIRD)
	{
		if (s->want_n > 0)
		{
			/* "the three countries": the last speaker that was three */
			int			h;

			for (h = 1; h <= 8 && h <= s->hpos; h++)
				if (s->history[(s->hpos - h) % 8].n == s->want_n)
				{
					*src = s->history[(s->hpos - h) % 8];
					return;
				}
		}
		if (sent_speaker && sent_speaker->n)
			*src = *sent_speaker;
		else if (s->last.n)
		{
			*src = s->last;
			((state *) s)->last_sent = s->sent;	/* "they" keeps it current */
		}
		else
			*src = s->doc;
	}
}

bool
gx_has_group(const state *s, const aset *a)
{
	int			i;

	for (i = 0; i < a->n; i++)
		if (s->d->group[a->a[i]])
			return true;
	return false;
}

void
gx_set_speaker(state *s, const aset *a)
{
	if (a->n == 0)
		return;
	s->history[s->hpos % 8] = *a;
	s->hpos++;
	s->last = *a;
	s->last_sent = s->sent;
	if (gx_has_group(s, a))
		s->last_group = *a;
}

/* give candidate c the source a */
void
gx_set_source(cand *c, const aset *a)
{
	int			k;

	for (k = 0; k < a->n; k++)
		c->src[k] = a->a[k];
	c->st.nsrc = a->n;
}

bool
gx_emit(state *s, const cue *c, const aset *src, const aset *tgt, int32_t said,
	 float conf, int obj_from)
{
	cand	   *x;
	int			i,
				k;
	gp_stance	st;
	char		code[5];

	if ((src->n == 0 && !s->pending) || tgt->n == 0)
		return true;
	if ((x = gx_new_cand(s)) == NULL)
		return false;
	for (i = 0; i < src->n; i++)
		x->src[i] = src->a[i];
	for (i = 0; i < tgt->n; i++)
		x->tgt[i] = tgt->a[i];
	x->st.nsrc = src->n;
	x->st.ntgt = tgt->n;
	gp_stance_code((gp_stance) c->stance, code);
	if (!gp_stance_make(code, intensity_near(s, c), false, 0, &st))
		st = (gp_stance) c->stance;
	x->st.stance = st;
	/* a date said once holds for what the same speaker says after it
	 * ("The G7 on Friday urged ... The ministers also called on ...") */
	x->said_explicit = (said != GX_NO_DATE);
	x->quoted = s->inq[c->k0];
	if (said != GX_NO_DATE)
	{
		s->dated_src = *src;
		s->dated_on = said;
	}
	else if (s->dated_on != GX_NO_DATE && aset_eq(src, &s->dated_src))
		said = s->dated_on;
	x->st.said_on = said != GX_NO_DATE ? said : s->published;
	x->st.ev_start = s->t[0].s;
	x->st.ev_end = s->t[s->nt - 1].e;
	x->st.confidence = conf;
	x->st.in_title = s->is_title;
	x->cls = stance_class_of(st);
	x->self_pending = src->n == 0;
	x->quote_pending = s->quote_pending;
	x->sent = s->sent;
	x->para = s->para;
	x->title = s->is_title;
	/* the object's content words, to tell repeats from new statements */
	for (k = obj_from; k < s->nm && x->nobj < OBJ_MAX; k++)
	{
		const tok  *t = T(s, k);
		int			m = ment_at(s, k);

		/* a name is no content word; a bare agent word is ("migrants") */
		if (!(t->f & T_WORD) || (m >= 0 && !(s->ments[m].bare && s->ments[m].kind == GX_AGENT)) ||
			(t->wc & (WC_DET | WC_OF | WC_OPEN | WC_BLOCK | WC_CONJ | WC_BE | WC_THAT |
					  WC_WEEKDAY | WC_ADV | WC_FROM)) || t->nlen < 3 || (t->f & T_POSS))
			continue;
		x->obj[x->nobj++] = (uint32_t) (t->hs ^ (t->hs >> 32));
	}
	return true;
}

