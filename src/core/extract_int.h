/*
 * extract_int.h -- the statement coder's internal structures, shared by the
 * files of the engine (not by the glue: src/core/extract.h is the API).
 *
 * The engine, one file per stage of the text's way:
 *   extract_util.c      arena, hash map, dates, actor sets
 *   extract_token.c     UTF-8, case and diacritic folding, stems, tokens
 *   extract_dict.c      the dictionary: tries of names and lexicon phrases
 *   extract_grammar.c   grammar words and phrases (generated from
 *                       data/grammar.tsv by the Makefile)
 *   extract_actors.c    per sentence: actor mentions, agents composed with
 *                       their country ("the Malian army" = MLI.MIL)
 *   extract_cues.c      per sentence: cues, obligations, exclusions
 *   extract_subject.c   per sentence: the subject before, the group after
 *   extract_target.c    targets the forward search does not reach
 *   extract_rules.c     the coding rules: targets, dates, negation, mood,
 *                       intensity, emitting a candidate statement
 *   extract_code.c      a sentence coded: speakers, quotes, every cue
 *   extract_article.c   sentences of a text; article passes (authors named
 *                       late, coalitions, repeats); gx_extract()
 */
#ifndef GEOPOL_CORE_EXTRACT_INT_H
#define GEOPOL_CORE_EXTRACT_INT_H

#include "extract.h"
#include "stance.h"

#include <string.h>

/* ---- arena helpers and hash map (extract_util.c) ---- */

/* an arena allocation that is not zeroed (gx_alloc zeroes) */
extern void *gx_alloc_raw(gx_arena *a, size_t size);

/* grow an arena array: returns the new array (old contents copied) */
extern void *gx_grow(gx_arena *a, void *old, size_t elem, size_t n, size_t *cap);

/* uint64 -> int32, open addressing, key 0 = empty */
typedef struct gx_hmap
{
	uint64_t   *keys;
	int32_t    *vals;
	size_t		cap;			/* power of two */
	size_t		n;
} gx_hmap;

extern uint64_t gx_mix64(uint64_t x);
extern bool gx_hmap_put(gx_arena *a, gx_hmap *m, uint64_t key, int32_t val);
extern int32_t gx_hmap_get(const gx_hmap *m, uint64_t key);
extern uint64_t gx_fnv(const char *s, size_t n);

/* dates: days since 2000-01-01 */
extern void gx_civil_from_days(int32_t z0, int *y, int *m, int *d);
extern int	gx_weekday(int32_t day);	/* 0 = Sunday */

/* ---- tokens (extract_token.c) ---- */

/* token flags */
#define T_WORD		0x0001
#define T_CAP		0x0002		/* first letter upper case */
#define T_UPPER		0x0004		/* every letter upper case */
#define T_DIGIT		0x0008		/* starts with a digit */
#define T_QOPEN		0x0010
#define T_QCLOSE	0x0020
#define T_QTOGGLE	0x0040		/* '"': opens or closes */
#define T_QSINGLE	0x0080		/* a single quotation mark: no state */
#define T_NL		0x0100		/* a line break before the token */
#define T_SPACE		0x0200		/* blank before the token */
#define T_ABBR		0x0400		/* '.' of an abbreviation */
#define T_LY		0x0800		/* word ending in -ly: an adverb */
#define T_POSS		0x1000		/* the 's / ' of a possessive */
#define T_GAP		0x2000		/* '*' in a lexicon phrase */
#define T_BREAK		0x4000		/* a bullet: ends a sentence */
#define T_ALLNUM	0x8000		/* only digits */

#define T_QUOTE		(T_QOPEN | T_QCLOSE | T_QTOGGLE | T_QSINGLE)

/*
 * Word classes: the grammar words of data/grammar.tsv (the class column,
 * upper-cased with a WC_ prefix), looked up by normalised hash.  A word's
 * value (a weekday, a month, a number) is in tok.wv.
 */
#define WC_OF		(UINT64_C(1) << 0)
#define WC_FROM		(UINT64_C(1) << 1)
#define WC_BLOCK	(UINT64_C(1) << 2)	/* a preposition of place or victim */
#define WC_OPEN		(UINT64_C(1) << 3)	/* a preposition that may lead to a target */
#define WC_DET		(UINT64_C(1) << 4)
#define WC_CONJ		(UINT64_C(1) << 5)
#define WC_BE		(UINT64_C(1) << 6)
#define WC_THAT		(UINT64_C(1) << 7)
#define WC_REL		(UINT64_C(1) << 8)
#define WC_ABBR		(UINT64_C(1) << 9)
#define WC_ADV		(UINT64_C(1) << 10)	/* also, therefore, again ... */
#define WC_RELDAY	(UINT64_C(1) << 11)	/* today (value 0), yesterday (value 1) */
#define WC_DOMESTIC	(UINT64_C(1) << 12)	/* coup, crackdown: "the coup in X" names X */
#define WC_AGAINST	(UINT64_C(1) << 13)
#define WC_TO		(UINT64_C(1) << 14)
#define WC_BY		(UINT64_C(1) << 15)
#define WC_WEEKDAY	(UINT64_C(1) << 16)	/* value: 0 = Sunday */
#define WC_MONTH	(UINT64_C(1) << 17)	/* value: 1 = January */
#define WC_PRONOUN_SUBJ (UINT64_C(1) << 18)	/* he, she, it (no actor) */
#define WC_FOR		(UINT64_C(1) << 19)
#define WC_MODAL	(UINT64_C(1) << 20)
#define WC_ROLE		(UINT64_C(1) << 21)	/* minister, government: speaks for its state */
#define WC_POSSPRON	(UINT64_C(1) << 22)	/* our, their, its */
#define WC_NUMBER	(UINT64_C(1) << 23)	/* two .. ten: the value */
#define WC_CLAUSE	(UINT64_C(1) << 24)	/* while, but, although: a new clause */
#define WC_TIME		(UINT64_C(1) << 25)	/* week, month: "Earlier this month the US said" */
#define WC_VIOLENT	(UINT64_C(1) << 26)	/* attack, invasion: "the attack on X" names a victim */
#define WC_VERB		(UINT64_C(1) << 27)	/* with WC_VIOLENT: launched, attacked */
#define WC_NAME_PART (UINT64_C(1) << 28)	/* "the Lima Group": a place inside a name */
#define WC_HYPO		(UINT64_C(1) << 29)	/* would, could: what follows is not said */
#define WC_FIRST	(UINT64_C(1) << 30)	/* our: the first person */
#define WC_POSS_NOUN (UINT64_C(1) << 31)	/* our/their + noun is a statement */
#define WC_IN		(UINT64_C(1) << 32)	/* in: "police in Kenya" */
#define WC_FUTURE	(UINT64_C(1) << 33)	/* will, would: an action after it is intended */
#define WC_INTENT	(UINT64_C(1) << 34)	/* willing, ready, plans (to) */
#define WC_ARTICLE	(UINT64_C(1) << 35)	/* the, a, this: a noun follows */
#define WC_LIGHT	(UINT64_C(1) << 36)	/* gave, filed: its object noun is the event */
#define WC_PARTIES	(UINT64_C(1) << 37)	/* "all parties", "both sides": those in the conflict */
#define WC_PEER		(UINT64_C(1) << 38)	/* counterpart: "met his counterpart X" */
#define WC_OBLIGE	(UINT64_C(1) << 45)	/* must, should; value 1: with "to" (needs to) */
#define WC_SUBORD	(UINT64_C(1) << 46)	/* after, since, as: may open a clause */
#define WC_SCENE	(UINT64_C(1) << 47)	/* in, during, at: "in a meeting with X" */
#define WC_WITH		(UINT64_C(1) << 48)	/* with: "in talks with X" names a partner */

/* function words: what may follow a noun that is not a modifier of another */
#define WC_FUNCTION (WC_OF | WC_FROM | WC_BLOCK | WC_OPEN | WC_DET | WC_CONJ | WC_BE | WC_THAT | \
					 WC_REL | WC_ADV | WC_MODAL | WC_CLAUSE | WC_PRONOUN_SUBJ | WC_TO | WC_BY | \
					 WC_FOR | WC_AGAINST | WC_IN | WC_POSSPRON | WC_RELDAY | WC_WEEKDAY | WC_MONTH)

typedef struct tok
{
	uint32_t	s;				/* byte offsets in the segment */
	uint32_t	e;
	uint64_t	hn;				/* hash of the normalised form */
	uint64_t	hs;				/* hash of the stem */
	uint64_t	wc;				/* word class bits */
	uint16_t	f;
	char		p;				/* punctuation character, 0 for words */
	uint8_t		nlen;			/* length of norm (capped) */
	uint8_t		wv;				/* the word class value */
	int32_t		num;			/* value of a number token, -1 otherwise */
} tok;

#define NORM_MAX 48

/* a grammar word (data/grammar.tsv) */
typedef struct gx_gword
{
	const char *w;
	uint64_t	wc;
	uint8_t		value;
} gx_gword;

/* a grammar phrase: a multi-word preposition or connector */
typedef struct gx_gphrase
{
	const char *p;
	int			kind;			/* GX_W_PREP_BLOCK, GX_W_PREP_OPEN, GX_W_CONJ */
} gx_gphrase;

extern const gx_gword gx_grammar_words[];
extern const size_t gx_grammar_nwords;
extern const gx_gphrase gx_grammar_phrases[];
extern const size_t gx_grammar_nphrases;

typedef struct gx_lexer
{
	const unsigned char *s;
	size_t		n;
	size_t		i;
	bool		phrase;			/* lexicon phrase mode: '*' is a gap */
	const struct gx_dict *dict;	/* word classes, may be NULL */
	void		(*tick) (void *);	/* called every GX_TICK_BYTES inside a
									 * token or a run of blanks */
	void	   *tick_arg;
	size_t		steps;
} gx_lexer;

#define GX_TICK_BYTES (UINT64_C(1) << 20)

/* one character read inside a long token: a chance to be interrupted */
static inline void
gx_lex_step(gx_lexer *lx)
{
	if ((++lx->steps & (GX_TICK_BYTES - 1)) == 0 && lx->tick)
		lx->tick(lx->tick_arg);
}

extern void gx_lexer_init(gx_lexer *lx, const char *s, size_t n, bool phrase,
						  const struct gx_dict *dict);
extern bool gx_lex_next(gx_lexer *lx, tok *t);
extern uint32_t gx_peek_cp(const gx_lexer *lx, size_t i, size_t *len);
extern bool gx_is_space_cp(uint32_t c);
extern bool gx_is_newline_cp(uint32_t c);
extern bool gx_is_letter_cp(uint32_t c);
extern bool gx_is_upper_cp(uint32_t c);
extern bool gx_is_lower_cp(uint32_t c);

/* ---- dictionary (extract_dict.c) ---- */

/* internal word kinds, after the user-visible ones */
#define GX_W_PREP_BLOCK	(GX_W_KIND_COUNT + 1)
#define GX_W_PREP_OPEN	(GX_W_KIND_COUNT + 2)
#define GX_W_CONJ		(GX_W_KIND_COUNT + 3)

typedef struct name_ent
{
	int32_t		actor;
	int32_t		from;
	int32_t		to;
	uint16_t	need_cap;		/* bit i: token i must be capitalised */
	uint16_t	need_upper;		/* bit i: token i must be upper case */
	uint8_t		kind;
	int32_t		next;
} name_ent;

typedef struct word_ent
{
	uint8_t		kind;
	int8_t		intensity;
	uint32_t	stance;
	int32_t		next;
} word_ent;

typedef struct trie_node
{
	int32_t		first;			/* first entry (names or words), -1 */
	bool		gap;			/* has a gap child (key GAP_KEY) */
} trie_node;

typedef struct phrase_rec		/* nouns and light verbs, kept for finish */
{
	uint64_t	h[GX_MAX_PHRASE];
	bool		gap[GX_MAX_PHRASE];
	int			n;
	uint32_t	stance;
	int			intensity;
} phrase_rec;

struct gx_dict
{
	gx_arena   *a;
	char	  **codes;
	bool	   *group;
	int32_t    *country;		/* id of the first segment: PRK.GOV -> PRK */
	size_t		ncodes,
				capcodes;
	gx_hmap		code_ids;
	trie_node  *nodes;
	size_t		nnodes,
				capnodes;
	gx_hmap		edges;			/* (node, token hash) -> child */
	name_ent   *names;
	size_t		nnames,
				capnames;
	word_ent   *words;
	size_t		nwords,
				capwords;
	phrase_rec *nouns;
	size_t		nnouns,
				capnouns;
	phrase_rec *lights;
	size_t		nlights,
				caplights;
	gx_hmap		wclass;			/* normalised hash -> index in gx_grammar_words */
	bool	   *is_role;		/* a role path of agent words (MIL, GOV.MIL) or its prefix */
	int32_t    *roles;			/* the role paths agent words name */
	size_t		nroles,
				caproles;
	gx_hmap		compose;		/* (country, role) -> the actor country.role */
	bool		finished;
};

#define ROOT_NAMES	0
#define ROOT_WORDS	1
#define GAP_KEY		0x9e3779b97f4a7c15ULL

extern int32_t gx_child(const gx_dict *d, int32_t node, uint64_t h);
/* the actor country(a).role, -1 when there is none (a is a bloc, no country) */
extern int32_t gx_compose(const gx_dict *d, int a, int role);

/* ---- sentence analysis (extract_cues.c, extract_subject.c) ---- */

typedef struct aset
{
	int			n;
	int			a[GX_SET_MAX];
} aset;

static inline void
aset_add(aset *s, int x)
{
	int			i;

	for (i = 0; i < s->n; i++)
		if (s->a[i] == x)
			return;
	if (s->n < GX_SET_MAX)
		s->a[s->n++] = x;
}

static inline bool
aset_has(const aset *s, int x)
{
	int			i;

	for (i = 0; i < s->n; i++)
		if (s->a[i] == x)
			return true;
	return false;
}

static inline bool
aset_subset(const aset *s, const aset *o)
{
	int			i;

	for (i = 0; i < s->n; i++)
		if (!aset_has(o, s->a[i]))
			return false;
	return true;
}

static inline bool
aset_eq(const aset *s, const aset *o)
{
	return s->n == o->n && aset_subset(s, o);
}

typedef struct mention
{
	int			k0,
				k1;				/* stream positions, inclusive */
	int			actor;
	uint8_t		kind;
	bool		excluded;		/* "allies of X", "X's partners" */
	bool		poss;			/* followed by 's */
	bool		bare;			/* an agent word without its country ("the army") */
	int			role;			/* for agents: the role path id, else -1 */
	int			actor2;			/* the second of "Saudi-Iranian", else -1 */
} mention;

typedef struct cue
{
	int			k0,
				k1;
	int			kind;
	uint32_t	stance;
	int			intensity;
	bool		done;			/* absorbed by an earlier cue */
	aset		src;			/* resolved source (speech and stance cues) */
	bool		has_src;
	aset		tgt;			/* its target, once found */
	bool		neg;			/* negated: not coded */
	bool		hypo;			/* after would/could/to: not a statement */
	bool		intent;			/* an intended action: "will release", "ready to send" */
	bool		noun;			/* used as a noun ("the attacks on"): not an event */
	bool		pledged;		/* what "agreed to", "threatened to" names: coded
								 * on its own, never absorbed by that verb */
} cue;

#define OBJ_MAX 8

/*
 * Candidates are held in a ring while the article passes may still change
 * them, so memory stays bounded however long the text: a candidate is
 * settled once CAND_WINDOW newer ones exist (coalitions and repeats look
 * that far), then compared with the last HIST_MAX kept statements, and
 * emitted when it leaves that history.  "We" statements whose author the
 * text has not named yet wait apart (at most PEND_MAX).  The arrays are
 * not zeroed: a call touches only what it uses.
 */
#define CAND_RING	1024
#define CAND_WINDOW	256
#define HIST_MAX	256
#define PEND_MAX	256

/* a candidate statement, before the article passes */
typedef struct cand
{
	gx_stmt		st;				/* src/tgt pointers are set when emitted */
	int			src[GX_SET_MAX];
	int			tgt[GX_SET_MAX];
	int			cls;
	int			sent;			/* sentence number in the article */
	int			para;
	bool		title;
	int			nobj;
	uint32_t	obj[OBJ_MAX];	/* content words of the object (hashes) */
	bool		dup;
	bool		self_pending;	/* "we" of an author named later */
	bool		quote_pending;	/* in a quote attributed later in the paragraph */
	bool		said_explicit;	/* its sentence gave the day */
	bool		quoted;			/* coded inside a quotation */
	uint64_t	key;			/* (source, class, target) at country level */
	size_t		seq;			/* its number in the article */
} cand;

typedef struct state
{
	const gx_dict *d;
	gx_arena   *work;
	int32_t		published;
	/* discourse */
	aset		doc;			/* the document's author ("we") */
	aset		last;			/* last explicit speaker */
	int			last_sent;		/* the sentence it spoke in (or was last relied on) */
	aset		last_group;		/* last speaker that had a bloc in it */
	aset		quote_speaker;
	aset		history[8];		/* the last speakers, newest at hpos - 1 */
	int			hpos;
	int			want_n;			/* "the three countries": 3, else 0 */
	bool		in_quote;
	int			para;
	int			sent;
	aset		coalition;		/* signatories that joined */
	aset		dated_src;		/* the last speaker whose day the text said */
	int32_t		dated_on;
	bool		pending;		/* emitting a "we" statement of no known author */
	bool		quote_pending;	/* emitting from a quote not attributed yet */
	size_t		quote_pending_from;	/* candidates before it are settled */
	aset		aggressor;		/* who launched the last attack the text named */
	int			aggressor_sent;
	/* agents the article tied to a country: "the Malian army ... the army" */
	int			tie_role[16];
	int			tie_actor[16];
	int			ntie;
	/* surnames of persons the article named with a title: "Mbeki" later */
	uint64_t	sur_hash[16];
	int			sur_actor[16];
	int			nsur;
	/* the countries the article names, and how often: its focus */
	int			foc_id[32];
	int			foc_n[32];
	int			nfoc;
	/* candidates (extract_article.c) */
	cand	   *ring;			/* candidate q is ring[q % CAND_RING] */
	size_t		nc;				/* candidates made */
	size_t		fin;			/* candidates settled */
	cand	   *hist;			/* kept statements not emitted yet, oldest first */
	size_t		nhist;
	cand	   *pend;			/* "we" statements waiting for their author */
	size_t		npend;
	bool		at_end;
	gx_emit_fn	emit;
	void	   *emit_arg;
	size_t		emitted;
	gx_mention_fn on_mention;
	void	   *mention_arg;
	/* per-sentence scratch */
	tok		   *t;
	int			nt;
	int		   *m;				/* stream: token indices without quotes */
	bool	   *inq;
	int			nm;
	int		   *cover;			/* per stream position: >=0 mention, -2-k lexicon k */
	mention    *ments;
	int			nments;
	cue		   *cues;
	int			ncues;
	bool		titlecase;
	bool		is_title;
	const char *seg;			/* the segment's text */
	/* gx_mentions(): only the mentions are reported */
	bool		mentions_only;
} state;

#define COV_NONE	(-1)
#define IS_MENT(c)	((c) >= 0)
#define IS_CUE(c)	((c) <= -2)
#define CUE_OF(c)	(-2 - (c))

/* the token at stream position k */
static inline const tok *
T(const state *s, int k)
{
	return &s->t[s->m[k]];
}

static inline bool
is_punct(const state *s, int k, char p)
{
	return k >= 0 && k < s->nm && T(s, k)->p == p;
}

static inline int
cue_at(const state *s, int k)
{
	return (k >= 0 && k < s->nm && IS_CUE(s->cover[k])) ? CUE_OF(s->cover[k]) : -1;
}

static inline int
ment_at(const state *s, int k)
{
	return (k >= 0 && k < s->nm && IS_MENT(s->cover[k])) ? s->cover[k] : -1;
}

/* the class of a lexicon stance; a phrase checked without one has none */
/* add the actors of mention m to a set */
static inline void
ment_add(const state *s, aset *a, int m)
{
	aset_add(a, s->ments[m].actor);
	if (s->ments[m].actor2 >= 0)
		aset_add(a, s->ments[m].actor2);
}

static inline int
stance_class_of(uint32_t st)
{
	return (st >> 18) == 0 ? (int) GP_CLASS_COMMENT : (int) gp_stance_class_of((gp_stance) st);
}

/* how a source was found */
enum
{
	SRC_NONE, SRC_EXPLICIT, SRC_SELF, SRC_THIRD, SRC_GROUP, SRC_POSS, SRC_INHERITED
};

/* extract_actors.c */
extern void gx_find_mentions(state *s);
extern void gx_find_agents(state *s);
/* drop role-only codes (COP, CVL) from a set that names an actor */
extern void gx_prune_roles(const state *s, aset *a);
/* is every actor of a a role-only code or a bare agent's guess? */
extern bool gx_roleless_set(const state *s, const aset *a);
/* the country the article is about, when that is clear; -1 if not */
extern int	gx_focus(const state *s);
/* extract_focus.c: count the countries a sentence names (for gx_focus);
 * the focus a bare agent mn takes (f: the sentence's focus) */
extern void gx_count_countries(state *s);
extern int	gx_subject_focus(state *s, const mention *mn, int f);
extern bool gx_weak_set(const state *s, const aset *a);
/* are they all unidentified armed forces (UAF: "gunmen")? */
extern bool gx_unidentified_set(const state *s, const aset *a);

/* extract_cues.c */
extern void gx_find_cues(state *s);
extern void gx_mark_exclusions(state *s);
/* a plain lower-case word: no function word, cue, mention, name or number */
extern bool gx_plain_word(const state *s, int k);

/* extract_subject.c */
/* does the clause open right before j (the sentence's start, a comma,
 * "that", a clause opener, a verb of saying)? */
extern bool gx_clause_opens_before(const state *s, int j);

/* extract_target.c */
/* "X, in a meeting with Y, agreed": the partner Y of cue c, named before
 * it in a phrase that sets the scene; false when there is none */
extern bool gx_partner_before(const state *s, const cue *c, const aset *src, aset *out);
/* "expressed Egypt's solidarity with Saudi Arabia": the object past the
 * source's own possessive, when the forward search found only that */
extern bool gx_target_past_own(state *s, int ci, const aset *src, aset *tgt, int *obj_from);
extern int	gx_subject_back(const state *s, int k, int stop, aset *out, bool *hit_cue,
							int *prev_cue);
extern int	gx_group_forward(const state *s, int k, int limit, aset *out, bool respect_block);

/* ---- coding rules (extract_rules.c) ---- */

extern int	gx_target_forward(state *s, int ci, aset *out);
extern void gx_note_aggressor(state *s);
extern bool gx_attack_reference(const state *s, const cue *c, aset *tgt);
extern void gx_country_set(const gx_dict *d, const int *ids, int n, aset *out);
extern bool gx_same_set(const gx_dict *d, const int *a, int na, const int *b, int nb);
extern bool gx_same_countries(const gx_dict *d, const aset *a, const aset *b);
extern bool gx_self_directed(const gx_dict *d, const aset *src, const aset *tgt);
extern int32_t gx_sentence_date(const state *s, int k_from, int k_to, int cue_k0);
extern bool gx_negated(const state *s, const cue *c);
extern int	gx_back_over(const state *s, int k, uint64_t skip, bool skip_ly);
extern bool gx_noun_use(const state *s, const cue *c);
extern bool gx_blocked_at(const state *s, int k);
extern bool gx_hypothetical(const state *s, const cue *c);
extern int	gx_sent_for(const state *s, const cue *c);
/* the one-word call (CAMEO 041) whose purpose cue c is ("called X to apologize"), -1 */
extern int	gx_call_before(const state *s, const cue *c);
extern bool gx_intended(const state *s, const cue *c);
extern bool gx_stance_content(const state *s, const cue *c);
extern uint32_t gx_intent_stance(uint32_t stance);
/* the cue of "agreed to", "threatened to" right before action cue c, -1 */
extern int	gx_pledge_before(const state *s, const cue *c);
extern uint32_t gx_threat_stance(uint32_t stance);
/* "will not end the strike", "refused to release": CAMEO 12x, or 0 */
extern uint32_t gx_refusal_stance(const state *s, const cue *c);
extern bool gx_infinitive(const state *s, const cue *c);
extern bool gx_unknown_subject(const state *s, const cue *c);
extern bool gx_background(const state *s, const cue *c);
extern int	gx_passive(const state *s, const cue *c);
extern bool gx_coordinated(const state *s, const cue *c);
extern void gx_resolve_anaphor(const state *s, int how, const aset *sent_speaker, aset *src);
extern bool gx_has_group(const state *s, const aset *a);
extern void gx_set_speaker(state *s, const aset *a);
extern void gx_set_source(cand *c, const aset *a);
extern bool gx_emit(state *s, const cue *c, const aset *src, const aset *tgt, int32_t said,
					float conf, int obj_from);

/* ---- a sentence coded (extract_code.c) ---- */

/* extract_sides.c: the two sides of a statement */
extern bool gx_society_guess(const state *s, const aset *src, const aset *tgt);
extern bool gx_legal_act(uint32_t stance);
extern void gx_formal_protest(const state *s, cue *c, const aset *src);
extern bool gx_domestic_target(const state *s, const cue *c, const aset *src, aset *tgt);
extern bool gx_named_after(const state *s, const aset *a, int k);
extern bool gx_other_person(const state *s, const cue *c, int a, int end);
extern bool gx_other_office(const state *s, const cue *c, int a, int end);
extern bool gx_country_named_after(const state *s, int a, int k);
extern bool gx_sentence(state *s);

/* ---- candidates (extract_article.c) ---- */

/* a new candidate (zeroed), NULL when the emitter failed */
extern cand *gx_new_cand(state *s);
/* candidate q (q < s->nc), while it is in the ring */
static inline cand *
gx_cand(const state *s, size_t q)
{
	return &s->ring[q % CAND_RING];
}

#endif							/* GEOPOL_CORE_EXTRACT_INT_H */
