/*
 * extract_dict.c -- the dictionary: actor codes, and two token tries whose
 * edges live in one hash table keyed by (node, token hash): actor names
 * (matched on normalised tokens, with case requirements and days of
 * validity) and lexicon phrases (matched on stems, '*' a gap of up to
 * GX_MAX_GAP tokens).  The grammar words (data/grammar.tsv) are loaded into
 * a word-class map and the grammar phrases into the phrase trie.
 */
#include "extract_int.h"

#include <stdio.h>

static int32_t
new_node(gx_dict *d)
{
	trie_node  *n = gx_grow(d->a, d->nodes, sizeof(trie_node), d->nnodes, &d->capnodes);

	if (n == NULL)
		return -1;
	d->nodes = n;
	d->nodes[d->nnodes].first = -1;
	d->nodes[d->nnodes].gap = false;
	return (int32_t) d->nnodes++;
}

static uint64_t
edge_key(int32_t node, uint64_t h)
{
	return gx_mix64(h ^ ((uint64_t) (uint32_t) node * 0x9E3779B97F4A7C15ULL)) ^ (uint64_t) node;
}

int32_t
gx_child(const gx_dict *d, int32_t node, uint64_t h)
{
	return gx_hmap_get(&d->edges, edge_key(node, h));
}

static int32_t
child_add(gx_dict *d, int32_t node, uint64_t h)
{
	int32_t		c = gx_child(d, node, h);

	if (c >= 0)
		return c;
	c = new_node(d);
	if (c < 0 || !gx_hmap_put(d->a, &d->edges, edge_key(node, h), c))
		return -1;
	if (h == GAP_KEY)
		d->nodes[node].gap = true;
	return c;
}

static bool add_phrase(gx_dict *d, int root, const char *s, size_t len,
					   int32_t *node_out, uint16_t *need_cap, uint16_t *need_upper,
					   phrase_rec *rec);
static bool add_word_entry(gx_dict *d, int32_t node, int kind, uint32_t stance, int intensity);

gx_dict *
gx_dict_new(gx_arena *a)
{
	gx_dict    *d = gx_alloc(a, sizeof(gx_dict));
	size_t		i;

	if (d == NULL)
		return NULL;
	d->a = a;
	if (new_node(d) != ROOT_NAMES || new_node(d) != ROOT_WORDS)
		return NULL;
	for (i = 0; i < gx_grammar_nwords; i++)
	{
		const char *w = gx_grammar_words[i].w;

		if (!gx_hmap_put(a, &d->wclass, gx_fnv(w, strlen(w)), (int32_t) i))
			return NULL;
	}
	for (i = 0; i < gx_grammar_nphrases; i++)
	{
		int32_t		node;
		const char *p = gx_grammar_phrases[i].p;

		if (!add_phrase(d, ROOT_WORDS, p, strlen(p), &node, NULL, NULL, NULL) ||
			!add_word_entry(d, node, gx_grammar_phrases[i].kind, 0, 0))
			return NULL;
	}
	return d;
}

int
gx_dict_actor(gx_dict *d, const char *code, bool group)
{
	size_t		len = strlen(code);
	uint64_t	h = gx_fnv(code, len);
	int32_t		id = gx_hmap_get(&d->code_ids, h);
	char	   *copy;
	char	  **nc;
	bool	   *ng;
	int32_t    *nctry;
	bool	   *nrole;
	size_t		cap;
	int32_t		ctry = -1;
	const char *dot = strchr(code, '.');

	if (id >= 0 && strcmp(d->codes[id], code) == 0)
	{
		if (group)
			d->group[id] = true;
		return id;
	}
	if (id >= 0 || len == 0 || len > 64 || d->ncodes >= INT32_MAX / 2)
		return -1;				/* a hash collision: refuse, never confuse */
	if (dot && dot > code)
	{
		char		prefix[65];

		memcpy(prefix, code, (size_t) (dot - code));
		prefix[dot - code] = 0;
		ctry = gx_dict_actor(d, prefix, false);
		if (ctry < 0)
			return -1;
	}
	cap = d->capcodes;
	nc = gx_grow(d->a, d->codes, sizeof(char *), d->ncodes, &cap);
	cap = d->capcodes;
	ng = gx_grow(d->a, d->group, sizeof(bool), d->ncodes, &cap);
	cap = d->capcodes;
	nctry = gx_grow(d->a, d->country, sizeof(int32_t), d->ncodes, &cap);
	cap = d->capcodes;
	nrole = gx_grow(d->a, d->is_role, sizeof(bool), d->ncodes, &cap);
	copy = gx_alloc(d->a, len + 1);
	if (nc == NULL || ng == NULL || nctry == NULL || nrole == NULL || copy == NULL)
		return -1;
	d->codes = nc;
	d->group = ng;
	d->country = nctry;
	d->is_role = nrole;
	d->is_role[d->ncodes] = false;
	d->capcodes = cap;
	d->country[d->ncodes] = ctry >= 0 ? ctry : (int32_t) d->ncodes;
	memcpy(copy, code, len + 1);
	d->codes[d->ncodes] = copy;
	d->group[d->ncodes] = group;
	if (!gx_hmap_put(d->a, &d->code_ids, h, (int32_t) d->ncodes))
		return -1;
	return (int) d->ncodes++;
}

const char *
gx_dict_code(const gx_dict *d, int id)
{
	return (id >= 0 && (size_t) id < d->ncodes) ? d->codes[id] : "";
}

bool
gx_dict_is_group(const gx_dict *d, int id)
{
	return id >= 0 && (size_t) id < d->ncodes && d->group[id];
}

int
gx_dict_nactors(const gx_dict *d)
{
	return (int) d->ncodes;
}

size_t
gx_dict_names(const gx_dict *d)
{
	return d->nnames;
}

size_t
gx_dict_words(const gx_dict *d)
{
	return d->nwords;
}

/*
 * Walk/extend the trie under root with the tokens of s.  Names use the
 * normalised hash, lexicon phrases the stem.  Returns false for an empty or
 * too long phrase.
 */
static bool
add_phrase(gx_dict *d, int root, const char *s, size_t len, int32_t *node_out,
		   uint16_t *need_cap, uint16_t *need_upper, phrase_rec *rec)
{
	gx_lexer		lx;
	tok			t;
	int32_t		node = root;
	int			n = 0;
	bool		words = (root == ROOT_WORDS);

	gx_lexer_init(&lx, s, len, words, NULL);
	if (need_cap)
		*need_cap = 0;
	if (need_upper)
		*need_upper = 0;
	while (gx_lex_next(&lx, &t))
	{
		uint64_t	h;

		if (t.f & T_QUOTE)
			continue;
		if (n >= GX_MAX_PHRASE)
			return false;
		if (t.f & T_GAP)
		{
			if (!words || n == 0)
				return false;
			h = GAP_KEY;
		}
		else
			h = words ? t.hs : t.hn;
		if (rec)
		{
			rec->h[n] = h;
			rec->gap[n] = (t.f & T_GAP) != 0;
		}
		if (!words && (t.f & T_CAP) && need_cap)
			*need_cap |= (uint16_t) (1u << n);
		/* an acronym of up to four letters must be written in capitals */
		if (!words && (t.f & T_UPPER) && need_upper && t.nlen <= 5 && t.nlen >= 2)
			*need_upper |= (uint16_t) (1u << n);
		node = child_add(d, node, h);
		if (node < 0)
			return false;
		n++;
	}
	if (n == 0)
		return false;
	if (rec && n > 0 && rec->gap[n - 1])
		return false;
	if (rec)
		rec->n = n;
	*node_out = node;
	return true;
}

/* an agent word's role path: noted once, and it and its prefix are roles */
static bool
note_role(gx_dict *d, int id)
{
	size_t		i;
	int32_t    *r;

	d->is_role[id] = true;
	d->is_role[d->country[id]] = true;
	for (i = 0; i < d->nroles; i++)
		if (d->roles[i] == id)
			return true;
	r = gx_grow(d->a, d->roles, sizeof(int32_t), d->nroles, &d->caproles);
	if (r == NULL)
		return false;
	d->roles = r;
	d->roles[d->nroles++] = id;
	return true;
}

bool
gx_dict_add_name(gx_dict *d, const char *name, size_t len, int id,
				 gx_name_kind kind, int32_t from, int32_t to)
{
	int32_t		node;
	uint16_t	cap,
				up;
	name_ent   *e;

	if (id < 0 || (size_t) id >= d->ncodes || d->finished)
		return false;
	if (kind == GX_AGENT && !note_role(d, id))
		return false;
	if (!add_phrase(d, ROOT_NAMES, name, len, &node, &cap, &up, NULL))
		return false;
	e = gx_grow(d->a, d->names, sizeof(name_ent), d->nnames, &d->capnames);
	if (e == NULL)
		return false;
	d->names = e;
	e = &d->names[d->nnames];
	e->actor = id;
	e->from = from;
	e->to = to;
	e->need_cap = cap;
	e->need_upper = up;
	e->kind = (uint8_t) kind;
	e->next = d->nodes[node].first;
	d->nodes[node].first = (int32_t) d->nnames++;
	/* a demonym's plural names the people: "Syrians", "Iraqis", "Afghans"
	 * (not after s, h, x, z: "Swiss", "French") */
	if (kind == GX_ADJECTIVE && len > 2 && len < 62 && name[len - 1] >= 'a' && name[len - 1] <= 'z' &&
		strchr("shxz", name[len - 1]) == NULL)
	{
		char		plural[64];

		memcpy(plural, name, len);
		plural[len] = 's';
		return gx_dict_add_name(d, plural, len + 1, id, GX_NAME, from, to);
	}
	return true;
}

static bool
add_word_entry(gx_dict *d, int32_t node, int kind, uint32_t stance, int intensity)
{
	word_ent   *e = gx_grow(d->a, d->words, sizeof(word_ent), d->nwords, &d->capwords);
	int32_t		k;

	if (e == NULL)
		return false;
	d->words = e;
	/* one entry per kind and node: a later one replaces */
	for (k = d->nodes[node].first; k >= 0; k = d->words[k].next)
		if (d->words[k].kind == kind)
		{
			d->words[k].stance = stance;
			d->words[k].intensity = (int8_t) intensity;
			return true;
		}
	e = &d->words[d->nwords];
	e->kind = (uint8_t) kind;
	e->stance = stance;
	e->intensity = (int8_t) intensity;
	e->next = d->nodes[node].first;
	d->nodes[node].first = (int32_t) d->nwords++;
	return true;
}

bool
gx_dict_add_word(gx_dict *d, const char *phrase, size_t len, gx_word_kind kind,
				 uint32_t stance, int intensity)
{
	int32_t		node;
	phrase_rec	rec;

	if (kind < GX_W_STANCE || kind >= GX_W_KIND_COUNT || d->finished)
		return false;
	if (intensity < -1 || intensity > 2)
		return false;
	memset(&rec, 0, sizeof(rec));
	if (!add_phrase(d, ROOT_WORDS, phrase, len, &node, NULL, NULL, &rec))
		return false;
	rec.stance = stance;
	rec.intensity = intensity;
	if (kind == GX_W_NOUN || kind == GX_W_LIGHT)
	{
		phrase_rec **arr = kind == GX_W_NOUN ? &d->nouns : &d->lights;
		size_t	   *n = kind == GX_W_NOUN ? &d->nnouns : &d->nlights;
		size_t	   *cap = kind == GX_W_NOUN ? &d->capnouns : &d->caplights;
		phrase_rec *p = gx_grow(d->a, *arr, sizeof(phrase_rec), *n, cap);

		if (p == NULL)
			return false;
		*arr = p;
		p[(*n)++] = rec;
		if (kind == GX_W_LIGHT)
			return true;
		/* a noun is also a (weak) stance of its own after our/their */
	}
	return add_word_entry(d, node, kind, stance, intensity);
}

/* the path of light verb j (j < nlights) or of possessive j - nlights */
static int32_t
finish_prefix(gx_dict *d, size_t j, const uint64_t *poss)
{
	int32_t		node = ROOT_WORDS;
	int			k;

	if (j < d->nlights)
	{
		const phrase_rec *lr = &d->lights[j];

		for (k = 0; k < lr->n && node >= 0; k++)
			node = child_add(d, node, lr->h[k]);
	}
	else
		node = child_add(d, node, poss[j - d->nlights]);
	return node;
}

/* a country code: three capital letters, not a bloc, not a role */
static bool
is_country_code(const gx_dict *d, size_t id)
{
	const char *c = d->codes[id];

	return strlen(c) == 3 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' &&
		c[2] >= 'A' && c[2] <= 'Z' && !d->group[id] && !d->is_role[id];
}

/*
 * Every country composed with every role path an agent word names, so
 * that "the Malian army" is one lookup at extraction time: MLI + MIL =
 * MLI.MIL, IRN + GOV = IRN.GOV.
 */
static bool
finish_compose(gx_dict *d)
{
	size_t		n = d->ncodes,
				c,
				r;

	if (d->nroles == 0)
		return true;
	for (c = 0; c < n; c++)
	{
		if (!is_country_code(d, c))
			continue;
		for (r = 0; r < d->nroles; r++)
		{
			char		code[80];
			const char *role = d->codes[d->roles[r]];
			int			id;

			if (strlen(role) > 60)
				continue;
			snprintf(code, sizeof(code), "%s.%s", d->codes[c], role);
			id = gx_dict_actor(d, code, false);
			if (id < 0 ||
				!gx_hmap_put(d->a, &d->compose, ((uint64_t) (c + 1) << 32) | (uint32_t) d->roles[r], id))
				return false;
		}
	}
	return true;
}

int32_t
gx_compose(const gx_dict *d, int a, int role)
{
	if (a < 0 || (size_t) a >= d->ncodes || role < 0)
		return -1;
	return gx_hmap_get(&d->compose, ((uint64_t) (d->country[a] + 1) << 32) | (uint32_t) role);
}

/*
 * Combine nouns with light verbs and possessives: light verb + gap + noun,
 * and our/their/its + gap + noun (data/grammar.tsv: class poss_noun), each
 * also without the gap.
 */
bool
gx_dict_finish(gx_dict *d)
{
	uint64_t	poss[16];
	size_t		nposs = 0,
				i,
				j;
	int			k;

	if (d->finished)
		return true;
	if (!finish_compose(d))
		return false;
	for (i = 0; i < gx_grammar_nwords && nposs < 16; i++)
		if (gx_grammar_words[i].wc & WC_POSS_NOUN)
			poss[nposs++] = gx_fnv(gx_grammar_words[i].w, strlen(gx_grammar_words[i].w));
	for (i = 0; i < d->nnouns; i++)
	{
		const phrase_rec *nr = &d->nouns[i];

		for (j = 0; j < d->nlights + nposs; j++)
		{
			int32_t		node;

			if (j < d->nlights && d->lights[j].n + 1 + nr->n > GX_MAX_PHRASE)
				continue;
			node = finish_prefix(d, j, poss);
			if (node < 0)
				return false;
			node = child_add(d, node, GAP_KEY);
			for (k = 0; k < nr->n && node >= 0; k++)
				node = child_add(d, node, nr->h[k]);
			if (node < 0 || !add_word_entry(d, node, GX_W_STANCE, nr->stance, nr->intensity))
				return false;
			/* also without the gap */
			node = finish_prefix(d, j, poss);
			for (k = 0; k < nr->n && node >= 0; k++)
				node = child_add(d, node, nr->h[k]);
			if (node < 0 || !add_word_entry(d, node, GX_W_STANCE, nr->stance, nr->intensity))
				return false;
		}
	}
	d->finished = true;
	return !d->a->failed;
}

static const char *const kind_names[GX_W_KIND_COUNT] = {
	"", "stance", "noun", "light", "predicate", "intensifier", "negation",
	"speech", "self", "anaphor", "group_anaphor", "relation", "join"
};

int
gx_word_kind_parse(const char *s, size_t len)
{
	int			k;

	for (k = 1; k < GX_W_KIND_COUNT; k++)
		if (strlen(kind_names[k]) == len && memcmp(kind_names[k], s, len) == 0)
			return k;
	return -1;
}

const char *
gx_word_kind_name(int kind)
{
	return (kind >= 1 && kind < GX_W_KIND_COUNT) ? kind_names[kind] : "";
}

