/*
 * extract_modality.c -- what a cue's modality makes of its code: an action
 * said as an intention ("will release": CAMEO 03), promised or threatened
 * by the verb before it ("agreed to lift the ban", "threatened to shell
 * the city": 03, 13), an aim ("trying to reach a deal"), the content of a
 * stance's that-clause, and a cooperation refused ("will not end the
 * strike": 12).  Asked by gx_sentence() (extract_code.c).
 */
#include "extract_int.h"

/*
 * An action said as an intention: after will/would ("will meet", "said it
 * would release") or after to and a word of intent ("is willing to send",
 * "plans to impose").
 */
bool
gx_intended(const state *s, const cue *c)
{
	int			k;

	if ((k = gx_back_over(s, c->k0, WC_ADV, true)) < 0 || cue_at(s, k) >= 0)
		return false;
	if (T(s, k)->wc & WC_FUTURE)
		return true;
	if (!(T(s, k)->wc & WC_TO))
		return false;
	k = gx_back_over(s, k, WC_ADV | WC_BE, true);
	return k >= 0 && cue_at(s, k) < 0 && (T(s, k)->wc & WC_INTENT);
}

/* after a bare "to" ("trying to reach a deal", "hopes to sign an accord"):
 * an aim, not yet done */
bool
gx_infinitive(const state *s, const cue *c)
{
	int			k = gx_back_over(s, c->k0, WC_ADV, true);

	return k >= 0 && cue_at(s, k) < 0 && (T(s, k)->wc & WC_TO);
}

/* in the that-clause of a stance verb: "warned that the bloc would
 * impose sanctions" is the warning's content */
bool
gx_stance_content(const state *s, const cue *c)
{
	int			k;

	for (k = c->k0 - 1; k > 0; k--)
	{
		int			cc = cue_at(s, k);

		if (cc >= 0 && s->cues[cc].kind == GX_W_STANCE)
			return false;
		if ((T(s, k)->wc & WC_THAT) && (cc = cue_at(s, gx_back_over(s, k, WC_ADV, true))) >= 0)
			return s->cues[cc].kind == GX_W_STANCE;
	}
	return false;
}

/* a CAMEO code prefix and the code it becomes (NULL: the stance stays) */
typedef struct
{
	const char *from;
	const char *to;
} stance_prefix;

/*
 * The stance that the first entry of map whose prefix the stance's code
 * starts with makes of it, at the same intensity; 0 when none does.
 */
static uint32_t
stance_by_prefix(uint32_t stance, const stance_prefix *map, size_t n)
{
	char		code[5];
	size_t		i;
	gp_stance	out;

	gp_stance_code((gp_stance) stance, code);
	for (i = 0; i < n; i++)
		if (strncmp(code, map[i].from, strlen(map[i].from)) == 0)
		{
			if (map[i].to == NULL)
				return stance;
			if (!gp_stance_make(map[i].to, gp_stance_intensity((gp_stance) stance), false, 0, &out))
				return 0;
			return out;
		}
	return 0;
}

/*
 * The CAMEO code of an intended action: intent to cooperate (03) for the
 * cooperative roots 04-08 ("will meet" 036, "will release" 0353), a threat
 * (13) for the hostile roots 14, 15 and 17-20 ("will attack" 1384); 0 for
 * what stays as it is (statements, roots 01-03, 09-13).  Sanctions and cut
 * ties (16) are the action itself: a state's announcement imposes them
 * ("said it would impose sanctions").
 */
uint32_t
gx_intent_stance(uint32_t stance)
{
	static const stance_prefix map[] = {
		/* the longest prefix first */
		{"081", "0351"}, {"084", "0353"}, {"085", "0354"}, {"086", "0356"}, {"087", "0356"},
		{"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"}, {"172", "132"},
		{"04", "036"}, {"05", "032"}, {"06", "031"}, {"07", "033"}, {"08", "035"},
		{"14", "133"}, {"15", "138"}, {"17", "137"}, {"18", "1383"}, {"19", "1384"},
		{"20", "1385"}
	};
	char		code[5];

	gp_stance_code((gp_stance) stance, code);
	if (code[0] == '1' && code[1] == '6')
		return stance;			/* the sanction itself */
	return stance_by_prefix(stance, map, sizeof(map) / sizeof(map[0]));
}

/*
 * "agreed to lift the ban", "threatened to shell the city", "vowed to
 * release": a verb of commitment or threat (CAMEO 03, 13) whose phrase ends
 * in "to", right before action cue c (over adverbs).  The action is what
 * was promised or threatened.  Returns that cue's index, or -1.
 */
int
gx_pledge_before(const state *s, const cue *c)
{
	int			k = gx_back_over(s, c->k0, WC_ADV, true),
				cc;
	const cue  *p;
	char		code[5];

	if (k < 0 || !(T(s, k)->wc & WC_TO))
		return -1;
	/* "to" ends the verb's phrase ("agreed to"), or follows it ("vowed to") */
	if ((cc = cue_at(s, k)) < 0 && (k = gx_back_over(s, k, WC_ADV, true)) >= 0)
		cc = cue_at(s, k);
	if (cc < 0)
		return -1;
	p = &s->cues[cc];
	if (p->kind != GX_W_STANCE || p->k1 != k)
		return -1;
	gp_stance_code((gp_stance) p->stance, code);
	if ((code[0] == '0' && code[1] == '3') || (code[0] == '1' && code[1] == '3'))
		return cc;
	return -1;
}

/*
 * The CAMEO threat (13) of an action: "threatened to cut ties" 1313, "to
 * impose sanctions" 1312, "to halt talks" 134, "to impose a curfew" 1323,
 * "to shell the city" 1384; any other action threatened, 130.
 */
uint32_t
gx_threat_stance(uint32_t stance)
{
	static const stance_prefix map[] = {
		/* the longest prefix first */
		{"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"}, {"172", "132"},
		{"191", "1381"}, {"192", "1382"}, {"160", "131"}, {"161", "1313"}, {"162", "1311"},
		{"163", "1312"}, {"164", "134"}, {"165", "135"}, {"166", "136"}, {"13", NULL},
		{"14", "133"}, {"15", "138"}, {"17", "137"}, {"18", "1383"}, {"19", "1384"},
		{"20", "1385"}, {"", "130"}
	};
	return stance_by_prefix(stance, map, sizeof(map) / sizeof(map[0]));
}

/*
 * A cooperation refused (CAMEO 12, reject): an act of meeting (04),
 * material cooperation (06), aid (07) or yielding (08) negated by a verb
 * of refusal ending in "to" ("refused to release", "declined to lift") or
 * by a future modal ("will not end the strike", "would never meet"): the
 * announced refusal, not a mere fact negated ("did not release").  Its
 * code (125 reject a proposal to meet, 126 mediation, 121 material
 * cooperation, 122 aid, 124 refuse to yield: 1241 ease administrative
 * sanctions, 1242 dissent, 1243 release, 1244 economic sanctions, 1245
 * international involvement, 1246 de-escalate), or 0.
 */
uint32_t
gx_refusal_stance(const state *s, const cue *c)
{
	static const stance_prefix map[] = {
		{"081", "1241"}, {"082", "1242"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"},
		{"087", "1246"}, {"08", "124"}, {"045", "126"}, {"046", "126"}, {"04", "125"},
		{"06", "121"}, {"07", "122"}
	};
	int			k;

	for (k = c->k0 - 1; k >= 0 && k >= c->k0 - 4; k--)
	{
		int			cc = cue_at(s, k);

		if (cc >= 0 && s->cues[cc].kind == GX_W_INTENSIFIER)
		{
			k = s->cues[cc].k0;
			continue;
		}
		if (cc >= 0 && s->cues[cc].kind == GX_W_NEGATION)
		{
			const cue  *n = &s->cues[cc];
			int			m = gx_back_over(s, n->k0, WC_ADV, true);

			if (!(T(s, n->k1)->wc & WC_TO) && !(m >= 0 && (T(s, m)->wc & WC_FUTURE)))
				return 0;
			return stance_by_prefix(c->stance, map, sizeof(map) / sizeof(map[0]));
		}
		if (cc >= 0 || !(T(s, k)->f & T_WORD))
			return 0;
	}
	return 0;
}
