/*
 * extract_sides.c -- the two sides of a coded statement: the target of a
 * material act that names nobody (done within the source's country), a
 * guessed target in the source's own country, two persons or two offices
 * of one sector acting on each other, a state's protest as a formal
 * complaint.  The rules of code_stance() (extract_code.c) ask them.
 */
#include "extract_int.h"

/* the role of an actor code after its country ("LKA.REB" -> "REB"), or "" */
static const char *
last_role(const char *code)
{
	const char *dot = strrchr(code, '.');

	return dot ? dot + 1 : "";
}

/*
 * A guessed target of the people of the source's own country, of another
 * sector than the source's: "Hungary will not accept asylum seekers"
 * (HUN -> HUN.REF), "the Tamil rebels will release two homeguards held
 * captive" (LKA.REB -> LKA.CVL).  A state's society (civilians, refugees,
 * the opposition, labour, students, the press ...) is someone else than
 * its state; embassies or officials guessed into it are not, and a
 * source that is itself a guess proves nothing.
 */
bool
gx_society_guess(const state *s, const aset *src, const aset *tgt)
{
	static const char *const society[] = {
		"CVL", "REF", "OPP", "LAB", "EDU", "HLH", "AGR", "MED", "BUS", "REL", "HRI", "ELI"
	};
	int			i,
				j;

	if (tgt->n == 0)
		return false;
	for (i = 0; i < tgt->n; i++)
	{
		const char *r = last_role(gx_dict_code(s->d, tgt->a[i]));
		bool		soc = false;

		for (j = 0; j < (int) (sizeof(society) / sizeof(society[0])); j++)
			soc = soc || strcmp(r, society[j]) == 0;
		if (!soc)
			return false;
		for (j = 0; j < src->n; j++)
			if (strcmp(r, last_role(gx_dict_code(s->d, src->a[j]))) == 0)
				return false;
	}
	return true;
}

/* investigate (CAMEO 09), sue (115), find guilty (116): legal acts, done
 * to the state's own people as much as to others */
bool
gx_legal_act(uint32_t stance)
{
	char		code[5];

	gp_stance_code((gp_stance) stance, code);
	return (code[0] == '0' && code[1] == '9') || strcmp(code, "115") == 0 ||
		strcmp(code, "116") == 0;
}

/* the actor of this code in the dictionary, -1 when it has none */
static int
code_id(const gx_dict *d, const char *code)
{
	int32_t		id = gx_hmap_get(&d->code_ids, gx_fnv(code, strlen(code)));

	return (id >= 0 && strcmp(gx_dict_code(d, id), code) == 0) ? id : -1;
}

/* a state, one of its state sectors (GOV, MIL, COP, JUD, LEG, SPY: not
 * its people, parties, unions, ...), a bloc or an intergovernmental body */
static bool
state_actor(const gx_dict *d, int a)
{
	static const char *const state_sectors[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
	const char *sc = gx_dict_code(d, a),
			   *dot = strchr(sc, '.');
	size_t		i;

	if (strncmp(sc, "NGO", 3) == 0 || d->country[a] < 0)
		return strncmp(sc, "NGO", 3) != 0 && dot == NULL;
	if (dot == NULL)
		return true;
	for (i = 0; i < sizeof(state_sectors) / sizeof(state_sectors[0]); i++)
		if (strncmp(dot + 1, state_sectors[i], 3) == 0)
			return true;
	return false;
}

/*
 * A protest or a demonstration (CAMEO 140, 141) is the people's; a state,
 * its organs, a bloc or an international body that protests ("China
 * protested Japan's decision") makes a formal complaint: CAMEO 111.
 */
void
gx_formal_protest(const state *s, cue *c, const aset *src)
{
	char		code[5];
	gp_stance	st;
	int			i;

	gp_stance_code((gp_stance) c->stance, code);
	if (strcmp(code, "140") != 0 && strcmp(code, "141") != 0)
		return;
	for (i = 0; i < src->n; i++)
		if (!state_actor(s->d, src->a[i]))
			return;
	if (src->n > 0 && gp_stance_make("111", gp_stance_intensity((gp_stance) c->stance), false, 0, &st))
		c->stance = st;
}

/*
 * A material act (CAMEO 08 yield, 14 protest, 15 mobilise, 16 reduce
 * relations, 17 coerce, 18 assault, 19 fight) or a legal act (09
 * investigate, 115 sue, 116 find guilty) that names nobody as its
 * object is done within the source's own country: its people (LAB, EDU,
 * OPP, ...) strike and protest against their authorities (GOV), a state or
 * its sectors lift a curfew or impose one on its people (CVL), violence
 * is done to the people whoever does it.  "Workers in Germany went on
 * strike" is DEU.LAB -> DEU.GOV, "Egypt lifted its state of emergency"
 * EGY -> EGY.CVL, "rebels in Somalia killed six people" SOM.REB -> SOM.CVL.
 * A threat of one of these acts (an intended act coded as CAMEO 13), the
 * intent to yield (035: "agreed to resign") and a refusal to yield (124:
 * "workers will not end the strike") are placed the same way.  One country, no bloc: false otherwise.
 */
bool
gx_domestic_target(const state *s, const cue *c, const aset *src, aset *tgt)
{
	char		code[5];
	int			ctry,
				t;
	bool		of_state;

	gp_stance_code((gp_stance) c->stance, code);
	/* a threat of such an act ("will extend the curfew", "threatened to
	 * shell the town") is made where the act would be done */
	if (!((code[0] == '1' && strchr("456789", code[1]) != NULL) || (code[0] == '0' && code[1] == '8') ||
		  (code[0] == '1' && code[1] == '3' && c->intent) || (strncmp(code, "035", 3) == 0 && c->intent) ||
		  strncmp(code, "124", 3) == 0 ||
		  gx_legal_act(c->stance)))
		return false;
	if (src->n != 1)
		return false;
	ctry = s->d->country[src->a[0]];
	if (ctry < 0 || s->d->group[ctry] || s->d->is_role[src->a[0]])
		return false;
	of_state = state_actor(s->d, src->a[0]);
	/* a protest is the people's, against the state */
	if (code[1] == '4' && of_state)
		return false;
	/* violence is done to the people, whoever does it */
	if (code[0] == '1' && (code[1] == '8' || code[1] == '9'))
		of_state = true;
	t = gx_compose(s->d, ctry, code_id(s->d, of_state ? "CVL" : "GOV"));
	if (t < 0 || t == src->a[0])
		return false;
	tgt->a[0] = t;
	tgt->n = 1;
	return true;
}

/*
 * Does every actor of a have a mention after position k that is no bare
 * agent word's guess ("President Ilir Meta": the title alone is a guess,
 * the name is not)?
 */
bool
gx_named_after(const state *s, const aset *a, int k)
{
	int			i,
				j;

	for (i = 0; i < a->n; i++)
	{
		bool		named = false;

		for (j = 0; j < s->nments && !named; j++)
			named = s->ments[j].k0 > k && s->ments[j].actor == a->a[i] && !s->ments[j].bare &&
				!s->ments[j].excluded;
		if (!named)
			return false;
	}
	return a->n > 0;
}

/*
 * Two members of one sector ("Prime Minister Yitzhak Shamir rejected a bid
 * by Ariel Sharon", both ISR.GOV): the target a is named after the cue, in
 * its object (before position end), by a person's name that no mention of
 * a before the cue has (the last word of the names compared: "Hun Sen ...
 * Hun Sen's mother-in-law" is one person).  Then the act is between two
 * persons, not of an actor towards itself.  Not in a quote, whose
 * speaker is named after it.
 */
bool
gx_other_person(const state *s, const cue *c, int a, int end)
{
	int			i,
				j;

	if (s->inq[c->k0])
		return false;

	for (i = 0; i < s->nments; i++)
	{
		const mention *m = &s->ments[i];
		bool		same = false;

		if (m->k0 <= c->k1 || m->k0 >= end || m->actor != a || m->bare || m->excluded ||
			(m->kind != GX_PERSON && m->kind != GX_LEADER))
			continue;
		/* the speaker named after a quote ("..., Rubio said") is no object */
		if (m->k1 + 1 < s->nm && cue_at(s, m->k1 + 1) >= 0 &&
			s->cues[cue_at(s, m->k1 + 1)].kind == GX_W_SPEECH)
			continue;
		for (j = 0; j < s->nments && !same; j++)
			same = s->ments[j].k1 < c->k0 && s->ments[j].actor == a &&
				(s->ments[j].kind == GX_PERSON || s->ments[j].kind == GX_LEADER) &&
				T(s, s->ments[j].k1)->hn == T(s, m->k1)->hn;
		if (!same)
			return true;
	}
	return false;
}

/*
 * Two offices of one sector ("the KRG President rejected the Iraqi
 * government's demand", "the former Prime Minister of Sri Lanka said the
 * Sri Lankan government must", "President Buhari welcomed the decision of
 * the Kaduna State Government"): the source is named before the cue (not by a
 * bare agent word only), the target after it (before position end), and
 * no mention of the target ends on the last word of one of the source.
 * Then one office acts on another, not the actor on itself.
 */
bool
gx_other_office(const state *s, const cue *c, int a, int end)
{
	bool		named_src = false,
				named_tgt = false;
	int			i,
				j;

	if (s->inq[c->k0] || strchr(gx_dict_code(s->d, a), '.') == NULL)
		return false;
	for (i = 0; i < s->nments; i++)
	{
		const mention *m = &s->ments[i];

		if (m->actor != a || m->excluded)
			continue;
		if (m->k1 < c->k0)
			named_src = named_src || !m->bare;
		else if (m->k0 > c->k1 && m->k0 < end)
		{
			/* a passive agent ("airstrikes ... by Indian air forces") is
			 * no object; a bare agent word names nobody */
			if (m->k0 > 0 && (T(s, m->k0 - 1)->wc & WC_BY))
				return false;
			named_tgt = named_tgt || !m->bare;
			/* one name on both sides ("President Thabo Mbeki criticised
			 * the government of Thabo Mbeki"): one actor */
			for (j = 0; j < s->nments; j++)
				if (s->ments[j].actor == a && s->ments[j].k1 < c->k0 &&
					T(s, s->ments[j].k1)->hn == T(s, m->k1)->hn)
					return false;
		}
	}
	return named_src && named_tgt;
}

/* is country a named after position k by its name or adjective (not a
 * city standing for it: "signed in Jeddah")? */
bool
gx_country_named_after(const state *s, int a, int k)
{
	int			j;

	for (j = 0; j < s->nments; j++)
		if (s->ments[j].k0 > k && s->ments[j].actor == a)
			return s->ments[j].kind == GX_NAME || s->ments[j].kind == GX_ADJECTIVE;
	return false;
}
