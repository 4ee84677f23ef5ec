/*
 * extract_actors.c -- the actors of a sentence: names (longest match in the
 * name trie, on the days a name is valid, with its case requirements; a
 * place inside another name is none), then agent words ("army", "riot
 * police", "foreign minister") composed with the country named beside them
 * ("the Malian army", "Mali's army", "the army of Mali" = MLI.MIL), or
 * with the country the article tied that agent to before ("the army"), or
 * left as a role-only code (COP) when the text never says whose.
 */
#include "extract_int.h"

/*
 * Words [k0, k0 + ntok) all in lower case, three or more: a name written
 * without its capitals ("the international criminal court").
 */
static bool
all_lower(const state *s, int k0, int ntok)
{
	int			i,
				words = 0;

	for (i = 0; i < ntok; i++)
	{
		const tok  *t = T(s, k0 + i);

		if (!(t->f & T_WORD))
			continue;
		if (t->f & (T_CAP | T_UPPER | T_DIGIT))
			return false;
		words++;
	}
	return words >= 3;
}

/*
 * May the name entry ne match words written all in lower case?  The name of
 * a country, an organisation or a group (an actor code without a sector:
 * ICC, UNSC, ISIS, ARE), not of a person, a place or a state's institution
 * ("council of ministers" in lower case is any country's).
 */
static bool
lower_ok(const gx_dict *d, const name_ent *ne)
{
	return ne->kind == GX_NAME && strchr(d->codes[ne->actor], '.') == NULL;
}

/* the name entry of node valid on day, with case requirements met: an
 * agent word when agents, else a name */
static int32_t
name_pick(const state *s, int32_t node, int k0, int ntok, bool agents)
{
	const gx_dict *d = s->d;
	int32_t		e;
	bool		lower = !agents && all_lower(s, k0, ntok);

	for (e = d->nodes[node].first; e >= 0; e = d->names[e].next)
	{
		const name_ent *ne = &d->names[e];
		int			i;
		bool		ok = true;

		if ((ne->kind == GX_AGENT) != agents)
			continue;
		if (s->published != GX_NO_DATE &&
			((ne->from != GX_NO_DATE && s->published < ne->from) ||
			 (ne->to != GX_NO_DATE && s->published > ne->to)))
			continue;
		for (i = 0; i < ntok && i < 16 && ok; i++)
		{
			const tok  *t = T(s, k0 + i);

			if ((ne->need_cap & (1u << i)) && !(t->f & (T_CAP | T_DIGIT)) &&
				!(lower && lower_ok(d, ne)))
				ok = false;
			if ((ne->need_upper & (1u << i)) && !(t->f & T_UPPER) && !s->titlecase)
				ok = false;
			if ((ne->need_upper & (1u << i)) && !(t->f & T_CAP))
				ok = false;
		}
		if (ok)
			return e;
	}
	return -1;
}

/*
 * Words that make a place name part of another name: "the Lima Group",
 * "the Minsk agreements", "the Washington Post" (data/grammar.tsv:
 * name_part).
 */
static bool
name_part(const tok *t)
{
	return (t->f & T_WORD) && (t->wc & WC_NAME_PART);
}

/*
 * A place's name, which a following name_part word makes part of another
 * name: a country's (a code of three letters, not a bloc) or a capital's
 * or city's; not an organisation's or a group's ("the Islamic State group"
 * is the group).
 */
static bool
place_name(const gx_dict *d, const name_ent *ne)
{
	const char *c = d->codes[ne->actor];

	if (ne->kind == GX_ADJECTIVE || d->group[ne->actor])
		return false;
	return ne->kind == GX_CAPITAL || (strlen(c) == 3 && strchr(c, '.') == NULL);
}

/* the name entry of a single-token part of a hyphenated word, or -1 */
static int32_t
part_pick(const state *s, const tok *p)
{
	const gx_dict *d = s->d;
	int32_t		node = gx_child(d, ROOT_NAMES, p->hn),
				e;

	if (node < 0)
		return -1;
	for (e = d->nodes[node].first; e >= 0; e = d->names[e].next)
	{
		const name_ent *ne = &d->names[e];

		if (ne->kind == GX_AGENT)
			continue;
		if (s->published != GX_NO_DATE &&
			((ne->from != GX_NO_DATE && s->published < ne->from) ||
			 (ne->to != GX_NO_DATE && s->published > ne->to)))
			continue;
		if ((ne->need_cap & 1) && !(p->f & T_CAP))
			continue;
		if ((ne->need_upper & 1) && !(p->f & T_UPPER))
			continue;
		return e;
	}
	return -1;
}

/*
 * A hyphenated word no name matches whole: "Saudi-Iranian" names both,
 * "Arabia-Iran" Iran, "Saudi-led" (a coalition it leads) Saudi Arabia; not
 * "Iran-backed", "pro-Russian", "China-made" (someone else, near it).
 * Adds a mention at k and returns true, or returns false.
 */
static bool
hyphen_parts(state *s, int k)
{
	const tok  *t = T(s, k);
	gx_lexer	lx;
	tok			p;
	int			found[2] = {-1, -1},
				nf = 0,
				kind = GX_NAME;
	size_t		i,
				start = t->s;
	mention    *mn;

	if (!(t->f & T_WORD) || t->e - t->s > 80 || memchr(s->seg + t->s, '-', t->e - t->s) == NULL)
		return false;
	for (i = t->s; i <= t->e; i++)
	{
		if (i < t->e && s->seg[i] != '-')
			continue;
		gx_lexer_init(&lx, s->seg + start, i - start, false, s->d);
		if (gx_lex_next(&lx, &p))
		{
			int32_t		e = part_pick(s, &p);
			size_t		n = p.e - p.s;
			const char *w = s->seg + start + p.s;

			if (e >= 0 && nf < 2)
			{
				found[nf++] = s->d->names[e].actor;
				kind = s->d->names[e].kind;
			}
			else if (e < 0 && ((n == 3 && memcmp(w, "pro", 3) == 0) ||
							   (n > 3 && memcmp(w + n - 2, "ed", 2) == 0 &&
								!(n == 3 && memcmp(w, "led", 3) == 0))))
				return false;	/* pro-Russian, Iran-backed */
		}
		start = i + 1;
	}
	if (nf == 0 || s->nments >= GX_MAX_SENT_TOKENS)
		return false;
	mn = &s->ments[s->nments++];
	memset(mn, 0, sizeof(*mn));
	mn->k0 = mn->k1 = k;
	mn->actor = found[0];
	mn->actor2 = nf > 1 && found[1] != found[0] ? found[1] : -1;
	mn->kind = (uint8_t) kind;
	mn->role = -1;
	mn->poss = k + 1 < s->nm && (T(s, k + 1)->f & T_POSS);
	s->cover[k] = s->nments - 1;
	return true;
}

/*
 * A name's actor when the text has no date: a person's roles over time
 * ("Mike Pompeo": CIA director, then Secretary of State) leave the role of
 * the day unknown, so the name says only the country its terms share.
 */
static int32_t
undated_actor(const state *s, int32_t node, int32_t best)
{
	const gx_dict *d = s->d;
	int32_t		a = d->names[best].actor,
				e;

	if (s->published != GX_NO_DATE ||
		(d->names[best].from == GX_NO_DATE && d->names[best].to == GX_NO_DATE))
		return a;
	for (e = d->nodes[node].first; e >= 0; e = d->names[e].next)
	{
		const name_ent *ne = &d->names[e];

		if (ne->kind == GX_AGENT || ne->actor == a ||
			(ne->from == GX_NO_DATE && ne->to == GX_NO_DATE))
			continue;
		if (d->country[ne->actor] == d->country[a])
			return d->country[a];
	}
	return a;
}

void
gx_find_mentions(state *s)
{
	int			k = 0;

	s->nments = 0;
	while (k < s->nm)
	{
		int32_t		node = ROOT_NAMES;
		int			j,
					best_len = 0;
		int32_t		best = -1,
					best_node = -1;

		if (!(T(s, k)->f & T_WORD) || (T(s, k)->f & T_POSS))
		{
			k++;
			continue;
		}
		for (j = k; j < s->nm && j - k < GX_MAX_PHRASE; j++)
		{
			int32_t		e;

			node = gx_child(s->d, node, T(s, j)->hn);
			if (node < 0)
				break;
			if (s->d->nodes[node].first >= 0 && (e = name_pick(s, node, k, j - k + 1, false)) >= 0)
			{
				best = e;
				best_node = node;
				best_len = j - k + 1;
			}
		}
		if (best >= 0 && k + best_len < s->nm && name_part(T(s, k + best_len)) &&
			place_name(s->d, &s->d->names[best]))
		{
			k += best_len;		/* "the Lima Group" is not Peru */
			continue;
		}
		if (best < 0 && hyphen_parts(s, k))
		{
			k++;
			continue;
		}
		if (best >= 0)
		{
			mention    *mn = &s->ments[s->nments++];
			int			q;

			mn->k0 = k;
			mn->k1 = k + best_len - 1;
			mn->actor = undated_actor(s, best_node, best);
			mn->kind = s->d->names[best].kind;
			mn->excluded = false;
			mn->bare = false;
			mn->role = -1;
			mn->actor2 = -1;
			mn->poss = mn->k1 + 1 < s->nm && (T(s, mn->k1 + 1)->f & T_POSS);
			for (q = mn->k0; q <= mn->k1; q++)
				s->cover[q] = s->nments - 1;
			k += best_len;
		}
		else
			k++;
	}
}

/* ---- agents ---- */

/* the longest agent word at k whose tokens are free (no name, no cue) */
static int32_t
agent_at(const state *s, int k, int *len, int32_t *best_node)
{
	int32_t		node = ROOT_NAMES,
				best = -1;
	int			j;

	*len = 0;
	*best_node = -1;
	for (j = k; j < s->nm && j - k < GX_MAX_PHRASE && s->cover[j] == COV_NONE; j++)
	{
		int32_t		e;

		if (!(T(s, j)->f & T_WORD) && T(s, j)->p != '-')
			break;
		node = gx_child(s->d, node, T(s, j)->hn);
		if (node < 0)
			break;
		if (s->d->nodes[node].first >= 0 && (e = name_pick(s, node, k, j - k + 1, true)) >= 0)
		{
			best = e;
			*len = j - k + 1;
			*best_node = node;
		}
	}
	return best;
}

/*
 * The article ties an agent to a country: "the Malian army" ties MIL to
 * MLI.MIL.  Keys: a role path id, or -2 - the trie node of the agent word
 * ("the embassies of the US ... the embassies" before any GOV word).
 */
static void
tie(state *s, int role, int actor)
{
	int			i;

	for (i = 0; i < s->ntie; i++)
		if (s->tie_role[i] == role)
			break;
	if (i == s->ntie)
	{
		if (s->ntie == 16)
		{
			/* forget the oldest */
			memmove(s->tie_role, s->tie_role + 1, 15 * sizeof(int));
			memmove(s->tie_actor, s->tie_actor + 1, 15 * sizeof(int));
			i = 15;
		}
		else
			s->ntie++;
	}
	s->tie_role[i] = role;
	s->tie_actor[i] = actor;
}

static int
tied(const state *s, int role)
{
	int			i;

	for (i = 0; i < s->ntie; i++)
		if (s->tie_role[i] == role)
			return s->tie_actor[i];
	return -1;
}

/* a word of a person's name no dictionary knows: capitalised, not
 * upper case, in no word class, free (a headline's words too) */
static bool
name_word(const state *s, int k)
{
	const tok  *t;

	if (k < 0 || k >= s->nm || s->cover[k] != COV_NONE)
		return false;
	t = T(s, k);
	return (t->f & T_WORD) && (t->f & T_CAP) && !(t->f & (T_UPPER | T_POSS | T_DIGIT)) &&
		t->wc == 0 && t->e - t->s >= 3;
}

/*
 * The mention whose country the agent at [a0, a1] belongs to: right before
 * it ("Malian army", "Mali's army", "Iranian Foreign Minister", over titles
 * and capitalised words: "Iranian senior military officials"), or right
 * after it through of/in/from ("the army of Mali", "police in Kenya").
 */
static int
agent_owner(const state *s, int a0, int a1, bool *before)
{
	int			k = a0 - 1,
				skip = 0,
				m;

	while (k >= 0 && skip < 2 && ment_at(s, k) < 0 && cue_at(s, k) < 0 &&
		   (T(s, k)->f & T_WORD) && !(T(s, k)->f & T_POSS) &&
		   ((T(s, k)->wc & WC_ROLE) || ((T(s, k)->f & T_CAP) && !(T(s, k)->wc & (WC_DET | WC_CONJ)))))
	{
		k--;
		skip++;
	}
	if (k >= 1 && (T(s, k)->f & T_POSS))
		k--;
	if ((m = ment_at(s, k)) >= 0 && !s->ments[m].bare && !s->ments[m].excluded &&
		(s->ments[m].kind != GX_AGENT || s->ments[m].k1 == k))
	{
		*before = true;
		return m;
	}
	/* a possessor over plain modifiers: "Venezuela's self-proclaimed
	 * interim president", "Mali's new junta" (the possessive is what ties
	 * them; without it "the new junta" names nobody) */
	for (k = a0 - 1, skip = 0; k >= 2 && skip < 3 && ment_at(s, k) < 0 && cue_at(s, k) < 0 &&
		 (T(s, k)->f & T_WORD) && !(T(s, k)->f & (T_POSS | T_CAP | T_DIGIT)) &&
		 !(T(s, k)->wc & WC_FUNCTION); k--)
		skip++;
	if (skip > 0 && (T(s, k)->f & T_POSS) && (m = ment_at(s, k - 1)) >= 0 && !s->ments[m].bare &&
		!s->ments[m].excluded && s->ments[m].kind != GX_AGENT)
	{
		*before = true;
		return m;
	}
	k = a1 + 1;
	/* over a title's person: "President Jonas Mbeki of Kenya" */
	if (T(s, a1)->wc & WC_ROLE)
		while (name_word(s, k) && k - a1 <= 4)
			k++;
	if (k < s->nm && (T(s, k)->wc & (WC_OF | WC_FROM | WC_IN)))
	{
		k++;
		while (k < s->nm && (T(s, k)->wc & WC_DET))
			k++;
		if ((m = ment_at(s, k)) >= 0 && !s->ments[m].bare && s->ments[m].kind != GX_AGENT)
		{
			*before = false;
			return m;
		}
	}
	return -1;
}

/*
 * "forces loyal to President X", "fighters loyal to X": the agent at a1 is
 * X's country's; the mention of X, or -1.  X keeps its own mention.
 */
static int
loyal_owner(const state *s, int a1)
{
	int			k = a1 + 1,
				q,
				m;

	if (k + 1 >= s->nm || T(s, k)->hn != gx_fnv("loyal", 5) || !(T(s, k + 1)->wc & WC_TO))
		return -1;
	for (q = k + 2; q < s->nm && q <= k + 4 && ment_at(s, q) < 0; q++)
		if (!(T(s, q)->f & T_WORD))
			return -1;
	if ((m = ment_at(s, q)) >= 0 && !s->ments[m].bare && !s->ments[m].excluded &&
		!s->d->is_role[s->ments[m].actor])
		return m;
	return -1;
}

/*
 * "former" right before token k: a former office holder is one of the
 * state's elite (CAMEO ELI, whose codebook counts former officials among
 * them), not its government ("the former Prime Minister of Sri Lanka said
 * the Sri Lankan government must ...", "former U.S. President Bill
 * Clinton").  The ELI role when the agent's role is an office of the state
 * (GOV, MIL, COP, LEG, JUD, SPY and their ministries), else role.
 */
static int
former_role(const state *s, int k, int role)
{
	static const char *const office[] = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY"};
	const char *code = gx_dict_code(s->d, role);
	const gx_dict *d = s->d;
	uint64_t	h;
	int32_t		eli;
	size_t		i;

	if (k < 1 || T(s, k - 1)->hn != gx_fnv("former", 6))
		return role;
	for (i = 0; i < sizeof(office) / sizeof(office[0]); i++)
		if (strncmp(code, office[i], 3) == 0 && (code[3] == 0 || code[3] == '.'))
			break;
	if (i == sizeof(office) / sizeof(office[0]))
		return role;
	h = gx_fnv("ELI", 3);
	eli = gx_hmap_get(&d->code_ids, h);
	return (eli >= 0 && strcmp(d->codes[eli], "ELI") == 0 && d->is_role[eli]) ? eli : role;
}

/*
 * A person named with the title of an office the dictionary lists as one
 * name ("U.S. President Bill Clinton") after "former": the elite of the
 * person's country ("to former U.S. President Bill Clinton" = USA.ELI).
 */
static void
former_titled_persons(state *s)
{
	int			i,
				q;

	for (i = 0; i < s->nments; i++)
	{
		mention    *mn = &s->ments[i];
		int			country,
					role,
					c;
		const char *path;
		bool		titled = false;

		if ((mn->kind != GX_PERSON && mn->kind != GX_LEADER) || mn->k0 < 1 || mn->actor < 0 ||
			s->d->is_role[mn->actor])
			continue;
		for (q = mn->k0; q <= mn->k1 && !titled; q++)
			titled = (T(s, q)->wc & WC_ROLE) != 0;
		country = s->d->country[mn->actor];
		if (!titled || country < 0 || country == mn->actor)
			continue;
		/* the office's own role path: USA.GOV.MIL -> GOV.MIL */
		path = gx_dict_code(s->d, mn->actor) + strlen(gx_dict_code(s->d, country));
		if (*path != '.')
			continue;
		path++;
		role = gx_hmap_get(&s->d->code_ids, gx_fnv(path, strlen(path)));
		if (role < 0 || strcmp(s->d->codes[role], path) != 0 ||
			(c = former_role(s, mn->k0, role)) == role ||
			(c = gx_compose(s->d, mn->actor, c)) < 0)
			continue;
		mn->actor = c;
	}
}

/* a word with the ending of an abstract noun: cooperation, deployment */
static bool
noun_suffix(const state *s, const tok *t)
{
	static const char *const sfx[] = {"tion", "sion", "ment", "ance", "ence", "ity", "ism", "ship",
	"ness", "ure", "cy"};
	size_t		i,
				n = t->e - t->s;

	for (i = 0; i < sizeof(sfx) / sizeof(sfx[0]); i++)
	{
		size_t		l = strlen(sfx[i]);

		if (n > l + 2 && memcmp(s->seg + t->e - l, sfx[i], l) == 0)
			return true;
	}
	return false;
}

/*
 * An agent word that modifies the noun after it names no actor: "military
 * cooperation", "the terrorist attack", "the military takeover", "police
 * brutality" (a noun of violence or of a state's conduct, or an
 * abstract noun after it).  "Police arrested", "the army spoke" are a
 * subject and its verb.
 */
static bool
agent_modifier(const state *s, int k1)
{
	const tok  *t;

	if (k1 + 1 >= s->nm)
		return false;
	t = T(s, k1 + 1);
	if (!(t->f & T_WORD) || (t->f & (T_POSS | T_LY | T_DIGIT)) ||
		((t->f & T_CAP) && !s->titlecase) || ment_at(s, k1 + 1) >= 0)
		return false;
	if ((t->wc & (WC_VIOLENT | WC_DOMESTIC)) && !(t->wc & WC_VERB))
		return true;
	return !(t->wc & WC_FUNCTION) && cue_at(s, k1 + 1) < 0 && noun_suffix(s, t);
}

/* drop role-only codes (COP, CVL) from a set that names an actor */
void
gx_prune_roles(const state *s, aset *a)
{
	int			i,
				n = 0;
	bool		named = false;

	for (i = 0; i < a->n; i++)
		if (!s->d->is_role[a->a[i]])
			named = true;
	if (!named)
		return;
	for (i = 0; i < a->n; i++)
		if (!s->d->is_role[a->a[i]])
			a->a[n++] = a->a[i];
	a->n = n;
}

/* mentions in text order again, and the cover map rebuilt */
static void
sort_mentions(state *s)
{
	int			i,
				j,
				q;

	for (i = 1; i < s->nments; i++)
	{
		mention		x = s->ments[i];

		for (j = i - 1; j >= 0 && s->ments[j].k0 > x.k0; j--)
			s->ments[j + 1] = s->ments[j];
		s->ments[j + 1] = x;
	}
	for (i = 0; i < s->nm; i++)
		if (IS_MENT(s->cover[i]))
			s->cover[i] = COV_NONE;
	for (i = 0; i < s->nments; i++)
		for (q = s->ments[i].k0; q <= s->ments[i].k1; q++)
			s->cover[q] = i;
}

/*
 * Whose is an agent word the text gives no country for ("the army", "the
 * president", "police")?  The country the article tied that agent to
 * ("the Malian army ... the army"), else the country the article is about,
 * else nobody's: the role-only code (COP).  Such a mention stays bare: a
 * guess, weaker than a named actor.
 */
/* UAF: armed forces nobody has identified ("gunmen", "terrorists") */
static bool
unidentified(const gx_dict *d, int role)
{
	return strncmp(gx_dict_code(d, role), "UAF", 3) == 0;
}

/*
 * The sectors an action is done to, that a verb phrase of the lexicon may
 * end with: "arrest * protesters", "release * detainee", "kill *
 * civilian".  A state's own sectors (GOV, MIL, COP, JUD ...) are left in
 * their phrases: "withdraw * troops", "deploy * police", "appear * in *
 * court" name no object.
 */
static bool
object_sector(const gx_dict *d, int role)
{
	static const char *const obj[] = {"OPP", "CVL", "REF", "REB", "PTY", "CRM", "LAB", "EDU",
	"MED", "UAF", "INS", "SEP"};
	const char *code = gx_dict_code(d, role);
	size_t		i;

	for (i = 0; i < sizeof(obj) / sizeof(obj[0]); i++)
		if (strncmp(code, obj[i], 3) == 0)
			return true;
	return false;
}

/*
 * The country of the sentence's first named actor when it comes before
 * mention i: "Libya freed 37 prisoners held at a U.S. base" holds Libya's
 * prisoners; the people a state acts on are its own unless the text says
 * whose they are.
 */
static int
subject_country(const state *s, int i)
{
	int			j;

	for (j = 0; j < i; j++)
	{
		const mention *mn = &s->ments[j];

		if (mn->bare || mn->excluded)
			continue;
		if (s->d->is_role[mn->actor] || s->d->group[s->d->country[mn->actor]])
			return -1;
		return s->d->country[mn->actor];
	}
	return -1;
}

/*
 * Does mention i stand in what the sentence's first named actor says:
 * "The Kremlin said the ministry would ..." (that actor right before a
 * verb of saying, mention i after it)?  Its state's sectors are then that
 * actor's country's; "Gunmen from Mali attacked an army camp in Niger"
 * says nothing of whose army.
 */
static bool
speaker_before(const state *s, int i)
{
	int			j,
				c;

	for (j = 0; j < i; j++)
	{
		const mention *mn = &s->ments[j];

		if (mn->bare || mn->excluded)
			continue;
		c = cue_at(s, mn->k1 + 1);
		return c >= 0 && s->cues[c].kind == GX_W_SPEECH && s->cues[c].k1 < s->ments[i].k0;
	}
	return false;
}

/* the sectors of people outside the state's sectors: LAB, EDU, MED */
static bool
people_sector(const gx_dict *d, int role)
{
	const char *code = gx_dict_code(d, role);

	return strcmp(code, "LAB") == 0 || strcmp(code, "EDU") == 0 || strcmp(code, "MED") == 0;
}

static void
resolve_bare(state *s)
{
	int			i,
				n,
				f,
				fi;

	gx_count_countries(s);
	f = gx_focus(s);
	for (i = 0; i < s->nments; i++)
	{
		mention    *mn = &s->ments[i];
		int			c;

		if (!mn->bare || mn->actor >= 0)
			continue;			/* tied when found */
		if (unidentified(s->d, mn->role))
			mn->actor = mn->role;
		else if ((fi = gx_subject_focus(s, mn, f)) >= 0 && (c = gx_compose(s->d, fi, mn->role)) >= 0)
		{
			/* "Moscow said the foreign ministry ... The ministry later" */
			mn->actor = c;
			tie(s, mn->role, c);
		}
		else if ((c = subject_country(s, i)) >= 0 && (object_sector(s->d, mn->role) || speaker_before(s, i)) &&
				 (c = gx_compose(s->d, c, mn->role)) >= 0)
			mn->actor = c;
		else
			mn->actor = mn->role;
	}
	/* workers, students, journalists of no country are nobody's: not a
	 * mention ("Journalists draw attention to ...") */
	for (i = 0, n = 0; i < s->nments; i++)
		if (!(s->ments[i].bare && s->ments[i].actor == s->ments[i].role &&
			  people_sector(s->d, s->ments[i].role)))
			s->ments[n++] = s->ments[i];
	if (n < s->nments)
	{
		s->nments = n;
		sort_mentions(s);
	}
}

/*
 * A title right before a person's name, in a text with no date: the
 * dictionary knows the person's roles over the years but not the one of
 * the day (undated_actor), the title says it.  "Industry Minister Ariel
 * Sharon" is ISR.GOV.BUS, "opposition leader Morgan Tsvangirai" ZWE.OPP,
 * "Army chief Abdel Fattah al-Sisi" EGY.MIL: the title's role composed with
 * the person's country; "UN Secretary General Antonio Guterres" is the UN's
 * (a title composed with a country or body the text names is that actor,
 * not the person's country of an earlier office).
 */
static void
title_roles(state *s)
{
	int			i;

	if (s->published != GX_NO_DATE)
		return;
	for (i = 0; i + 1 < s->nments; i++)
	{
		mention    *ti = &s->ments[i],
				   *pe = &s->ments[i + 1];
		int			a;

		if (ti->kind != GX_AGENT || ti->role < 0 || ti->excluded || ti->poss ||
			pe->k0 != ti->k1 + 1 || (pe->kind != GX_PERSON && pe->kind != GX_LEADER) ||
			pe->excluded || unidentified(s->d, ti->role))
			continue;
		if (!ti->bare && !s->d->is_role[ti->actor])
			a = ti->actor;
		else
			a = gx_compose(s->d, pe->actor, ti->role);
		if (a < 0)
			continue;
		ti->actor = pe->actor = a;
		ti->bare = false;
	}
}

/* an actor nobody has identified: no target of a statement */
bool
gx_unidentified_set(const state *s, const aset *a)
{
	int			i;

	for (i = 0; i < a->n; i++)
		if (!unidentified(s->d, a->a[i]))
			return false;
	return a->n > 0;
}

/* is every actor of a a role-only code (COP, CVL) or unidentified (UAF)?
 * Such a set names no political actor: no source or target of a statement */
bool
gx_roleless_set(const state *s, const aset *a)
{
	int			i;

	for (i = 0; i < a->n; i++)
		if (!unidentified(s->d, a->a[i]) && !s->d->is_role[a->a[i]])
			return false;
	return a->n > 0;
}

/* is every actor of a a role-only code or a bare agent's guess? */
bool
gx_weak_set(const state *s, const aset *a)
{
	int			i,
				j;

	for (i = 0; i < a->n; i++)
	{
		bool		weak = s->d->is_role[a->a[i]];

		for (j = 0; j < s->nments && !weak; j++)
			if (s->ments[j].bare && s->ments[j].actor == a->a[i])
				weak = true;
		if (!weak)
			return false;
	}
	return a->n > 0;
}

/* ---- persons named with a title, later by surname ---- */

/*
 * The person a title composed with a country names: the name words right
 * after it ("Kenyan Foreign Minister Jonas Mbeki") or before it, set off
 * by a comma ("Jonas Mbeki, the Kenyan foreign minister").  The last of
 * them, the surname, is tied to the title's actor for the rest of the
 * article.
 */
static void
learn_surname(state *s, int k0, int a1, int actor)
{
	int			k = a1 + 1,
				last = -1,
				i;

	while (name_word(s, k) && k - a1 <= 4)
		last = k++;
	if (last < 0)
	{
		k = k0 - 1;
		if (k >= 0 && (T(s, k)->wc & WC_DET))
			k--;
		if (is_punct(s, k, ',') && name_word(s, k - 1) && name_word(s, k - 2))
			last = k - 1;
	}
	if (last < 0)
		return;
	for (i = 0; i < s->nsur && s->sur_hash[i] != T(s, last)->hn; i++)
		;
	if (i == s->nsur)
	{
		if (s->nsur == 16)
		{
			memmove(s->sur_hash, s->sur_hash + 1, 15 * sizeof(uint64_t));
			memmove(s->sur_actor, s->sur_actor + 1, 15 * sizeof(int));
			i = 15;
		}
		else
			s->nsur++;
	}
	s->sur_hash[i] = T(s, last)->hn;
	s->sur_actor[i] = actor;
}

/* a surname the article tied to an actor, alone ("Mbeki said"): a mention */
static void
find_surnames(state *s)
{
	int			k,
				i;

	for (k = 0; k < s->nm && s->nsur > 0; k++)
	{
		mention    *mn;

		if (!name_word(s, k) || name_word(s, k - 1) || name_word(s, k + 1) ||
			s->nments >= GX_MAX_SENT_TOKENS)
			continue;
		for (i = 0; i < s->nsur && s->sur_hash[i] != T(s, k)->hn; i++)
			;
		if (i == s->nsur)
			continue;
		mn = &s->ments[s->nments++];
		memset(mn, 0, sizeof(*mn));
		mn->k0 = mn->k1 = k;
		mn->actor = s->sur_actor[i];
		mn->kind = GX_PERSON;
		mn->role = -1;
		mn->actor2 = -1;
		mn->poss = k + 1 < s->nm && (T(s, k + 1)->f & T_POSS);
		s->cover[k] = s->nments - 1;
	}
	sort_mentions(s);
}


/*
 * A verb phrase that ends with the sector it is done to ("arrested
 * dozens of protesters", "freed the detainees") keeps its code on the verb
 * and gives the object back as an agent word, so that the object is the
 * statement's target ("Pakistani police arrested protesters in Karachi":
 * PAK.COP -> PAK.OPP).  Only a verb, a gap, then the object: no
 * preposition in between ("surrender * to * police").
 */
#define WC_PREP_ANY (WC_OF | WC_FROM | WC_BLOCK | WC_OPEN | WC_IN | WC_TO | WC_AGAINST | \
					 WC_FOR | WC_BY | WC_CONJ)

static void
split_object_agents(state *s)
{
	int			ci;

	for (ci = 0; ci < s->ncues; ci++)
	{
		cue		   *c = &s->cues[ci];
		int			p = -1,
					q,
					last = -1,
					len;
		int32_t		node,
					e;

		/* a one-word stance noun that begins a longer agent word:
		 * "opposition leader", "opposition parties" name people */
		if (c->kind == GX_W_NOUN)
		{
			if (c->k1 != c->k0 || cue_at(s, c->k0) != ci)
				continue;
			s->cover[c->k0] = COV_NONE;
			e = agent_at(s, c->k0, &len, &node);
			if (e >= 0 && len > 1)
				c->done = true;
			else
				s->cover[c->k0] = -2 - ci;
			continue;
		}
		/* a verb with its object: not a noun ("the release of"), not a
		 * passive ("were killed and ...") */
		if (c->kind != GX_W_STANCE || c->k1 <= c->k0 || (T(s, c->k0 + 1)->wc & WC_OF) ||
			(c->k0 > 0 && (T(s, c->k0 - 1)->wc & WC_BE)))
			continue;
		/* the longest tail of the phrase's own tokens: "arrested
		 * (dozens of) protesters" */
		for (p = c->k1; p > c->k0 && cue_at(s, p - 1) == ci; p--)
			;
		if (p == c->k0)
			p = c->k0 + 1;
		for (q = c->k0; q < p && last >= -1; q++)
			if (cue_at(s, q) == ci)
				last = (T(s, q)->wc & WC_PREP_ANY) ? -2 : q;
		if (last < 0)
			continue;
		for (q = p; q <= c->k1; q++)
			s->cover[q] = COV_NONE;
		e = agent_at(s, p, &len, &node);
		/* the object may start anywhere in that tail */
		while (!(e >= 0 && p + len - 1 == c->k1) && p < c->k1)
		{
			last = (T(s, p)->wc & WC_PREP_ANY) ? -2 : p;
			s->cover[p] = -2 - ci;
			if (last < 0)
				break;
			e = agent_at(s, ++p, &len, &node);
		}
		/* people, not a stance ("reiterated their opposition") */
		if (last >= 0 && e >= 0 && p + len - 1 == c->k1 &&
			object_sector(s->d, s->d->names[e].actor) && !noun_suffix(s, T(s, c->k1)))
			c->k1 = last;
		else
			for (q = p; q <= c->k1; q++)
				s->cover[q] = -2 - ci;
	}
}

/*
 * Agent words on the tokens no name or cue took: composed with their
 * country into one mention, or a mention of their own (tied or role-only).
 */
void
gx_find_agents(state *s)
{
	int			k = 0;

	find_surnames(s);
	split_object_agents(s);
	while (k < s->nm)
	{
		int			len,
					m,
					role;
		int32_t		e,
					node;
		bool		before = false;

		if (s->cover[k] != COV_NONE || !(T(s, k)->f & T_WORD) || (T(s, k)->f & T_POSS) ||
			(e = agent_at(s, k, &len, &node)) < 0)
		{
			k++;
			continue;
		}
		if (agent_modifier(s, k + len - 1))
		{
			k += len;
			continue;
		}
		role = former_role(s, k, s->d->names[e].actor);
		if (role != s->d->names[e].actor && s->cover[k - 1] == COV_NONE)
		{
			/* "the former defence minister": one agent, not "the former" */
			k--;
			len++;
		}
		if ((m = agent_owner(s, k, k + len - 1, &before)) >= 0)
		{
			mention    *mn = &s->ments[m];
			int32_t		c;

			if (before && mn->k0 > 0 && s->cover[mn->k0 - 1] == COV_NONE &&
				(c = former_role(s, mn->k0, role)) != role)
			{
				role = c;
				mn->k0--;		/* "the former Iranian defence minister" */
			}
			c = gx_compose(s->d, mn->actor, role);

			/* a bloc's agents speak for the bloc ("EU foreign ministers") */
			if (c >= 0)
			{
				if (T(s, k + len - 1)->wc & WC_ROLE)
					learn_surname(s, before ? mn->k0 : k, k + len - 1, c);
				mn->actor = c;
				tie(s, role, c);
				tie(s, -2 - node, c);
			}
			else
				tie(s, -2 - node, mn->actor);	/* "the Chairperson" later is the AU's */
			if (before)
				mn->k1 = k + len - 1;
			else
				mn->k0 = k;
			mn->kind = GX_AGENT;
			mn->role = role;
			mn->poss = mn->k1 + 1 < s->nm && (T(s, mn->k1 + 1)->f & T_POSS);
		}
		else if (k > 0 && (T(s, k - 1)->wc & WC_NUMBER) && (T(s, k)->wc & WC_ROLE) &&
				 tied(s, -2 - node) < 0 && tied(s, role) < 0)
		{
			/* "eight governments": a count, a description the sentence
			 * analysis resolves to the speaker named before that many */
			k += len;
			continue;
		}
		else if (s->nments < GX_MAX_SENT_TOKENS && (m = loyal_owner(s, k + len - 1)) >= 0 &&
				 gx_compose(s->d, s->ments[m].actor, role) >= 0)
		{
			mention    *mn = &s->ments[s->nments++];

			memset(mn, 0, sizeof(*mn));
			mn->k0 = k;
			mn->k1 = k + len - 1;
			mn->actor = gx_compose(s->d, s->ments[m].actor, role);
			mn->kind = GX_AGENT;
			mn->role = role;
			mn->actor2 = -1;
			tie(s, role, mn->actor);
		}
		else if (s->nments < GX_MAX_SENT_TOKENS)
		{
			mention    *mn = &s->ments[s->nments++];

			int			t = tied(s, -2 - node);

			mn->k0 = k;
			mn->k1 = k + len - 1;
			/* the same word tied before, else resolved at the sentence's end */
			mn->actor = t >= 0 ? t : (t = tied(s, role)) >= 0 ? t : -1 - role;
			mn->kind = GX_AGENT;
			mn->role = role;
			mn->bare = true;
			mn->actor2 = -1;
			mn->excluded = false;
			mn->poss = mn->k1 + 1 < s->nm && (T(s, mn->k1 + 1)->f & T_POSS);
		}
		sort_mentions(s);
		k += len;
	}
	resolve_bare(s);
	title_roles(s);
	former_titled_persons(s);
}
