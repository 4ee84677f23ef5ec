/*
 * extract_article.c -- the article: the text cut into sentences (line
 * breaks, abbreviations, closing quotes, bullets, a bound on a sentence's
 * length), each coded by gx_sentence(); then the passes that need the whole
 * article: "we" statements made before the author was named, coalitions (a
 * bloc named with co-signatories stands for all of them), and repeats of
 * the same statement (headline and body, lede and quote).
 */
#include "extract_int.h"

static bool
sentence_end_after(const gx_lexer *lx, const tok *dot)
{
	size_t		i = dot->e;
	uint32_t	c;
	size_t		len;
	bool		space = false;

	if (dot->f & T_ABBR)
		return false;
	for (;;)
	{
		c = gx_peek_cp(lx, i, &len);
		if (len == 0)
			return true;
		if (gx_is_newline_cp(c))
			return true;
		if (gx_is_space_cp(c))
		{
			space = true;
			i += len;
			continue;
		}
		/* closing quotes and brackets belong to the sentence */
		if (!space && (c == 0x201D || c == '"' || c == ')' || c == 0xBB || c == 0x2019))
		{
			i += len;
			continue;
		}
		break;
	}
	if (gx_is_upper_cp(c) || c == 0x201C || c == '"' || c == 0xAB || c == '(' || c == 0x2022 ||
		c == '[' || c == '\'' || c == 0x2018)
		return true;
	if (c >= '0' && c <= '9')
		return space;
	if (c >= 0x80 && gx_is_letter_cp(c) && !gx_is_lower_cp(c))
		return space;
	return false;
}

static bool
run_segment(state *s, const char *text, size_t len, bool is_title,
			void (*tick) (void *), void *tick_arg, size_t *ntok, size_t *nsent)
{
	gx_lexer		lx;
	tok			t,
				prev;
	bool		have_prev = false;

	gx_lexer_init(&lx, text, len, false, s->d);
	s->seg = text;
	s->is_title = is_title;
	s->nt = 0;
	memset(&prev, 0, sizeof(prev));
	while (gx_lex_next(&lx, &t))
	{
		bool		brk = false;

		(*ntok)++;
		/* a line break ends a sentence unless the text runs on in lower case */
		if ((t.f & T_NL) && s->nt > 0)
		{
			bool		runs_on = (t.f & T_WORD) && !(t.f & (T_CAP | T_DIGIT)) &&
				!(prev.p == '.' || prev.p == ':');

			if (!runs_on)
			{
				if (!gx_sentence(s))
					return false;
				s->sent++;
				(*nsent)++;
				if (tick)
					tick(tick_arg);
				s->nt = 0;
			}
			s->para++;
			s->in_quote = false;
			s->quote_speaker.n = 0;
		}
		if (t.p == '.' && have_prev && (prev.f & T_WORD) &&
			(((prev.wc & WC_ABBR) && !(prev.f & T_ALLNUM)) ||
			 (prev.nlen == 1 && (prev.f & T_CAP))))
			t.f |= T_ABBR;
		if (t.f & T_BREAK)
			brk = s->nt > 0;
		else
		{
			s->t[s->nt++] = t;
			if ((t.p == '.' || t.p == '!' || t.p == '?') && sentence_end_after(&lx, &t))
			{
				/* take closing quotes along */
				tok			q;
				gx_lexer		save = lx;

				while (gx_lex_next(&lx, &q))
				{
					if ((q.f & (T_QCLOSE | T_QTOGGLE)) && !(q.f & T_SPACE) &&
						s->nt < GX_MAX_SENT_TOKENS)
					{
						s->t[s->nt++] = q;
						save = lx;
						continue;
					}
					break;
				}
				lx = save;
				brk = true;
			}
			else if (s->nt >= GX_MAX_SENT_TOKENS)
				brk = true;
		}
		if (brk)
		{
			bool		q = s->in_quote;
			int			i;

			if (!gx_sentence(s))
				return false;
			for (i = 0; i < s->nt; i++)
			{
				if (s->t[i].f & T_QOPEN)
					q = true;
				else if (s->t[i].f & T_QCLOSE)
					q = false;
				else if (s->t[i].f & T_QTOGGLE)
					q = !q;
			}
			s->in_quote = q;
			s->sent++;
			(*nsent)++;
			if (tick)
				tick(tick_arg);
			s->nt = 0;
		}
		prev = t;
		have_prev = true;
	}
	if (s->nt > 0)
	{
		if (!gx_sentence(s))
			return false;
		s->sent++;
		(*nsent)++;
		s->nt = 0;
	}
	return true;
}

static double
obj_overlap(const cand *a, const cand *b)
{
	int			i,
				j,
				hit = 0,
				mn = a->nobj < b->nobj ? a->nobj : b->nobj;

	if (mn == 0)
		return 0.0;
	for (i = 0; i < a->nobj; i++)
		for (j = 0; j < b->nobj; j++)
			if (a->obj[i] == b->obj[j])
			{
				hit++;
				break;
			}
	return (double) hit / mn;
}

/* a hash of (source, class, target) at country level, order-free */
static uint64_t
dedup_key(const gx_dict *d, const cand *c)
{
	aset		x,
				y;
	uint64_t	hs = 0,
				ht = 0;
	int			i;

	gx_country_set(d, c->st.src, c->st.nsrc, &x);
	gx_country_set(d, c->st.tgt, c->st.ntgt, &y);
	for (i = 0; i < x.n; i++)
		hs += gx_mix64((uint64_t) x.a[i] + 1);
	for (i = 0; i < y.n; i++)
		ht += gx_mix64((uint64_t) y.a[i] + 0x1000001);
	return gx_mix64(hs * 3 + ht * 7 + (uint64_t) c->cls);
}

/* "we" statements made before the author was named */
static bool
pass_authors(state *s)
{
	size_t		i;

	for (i = 0; i < s->nc; i++)
	{
		cand	   *c = &s->c[i];

		if (!c->self_pending)
			continue;
		if (s->doc.n == 0)
		{
			c->dup = true;		/* never learnt who "we" are */
			continue;
		}
		if (!gx_set_source(s->work, c, &s->doc))
			return false;
	}
	return true;
}

/* coalitions: a bloc named with co-signatories stands for all of them */
static bool
pass_coalitions(state *s)
{
	size_t		i,
				j;

	for (i = 0; i < s->nc; i++)
	{
		cand	   *c = &s->c[i];
		aset		src;
		int			k;

		src.n = 0;
		for (k = 0; k < c->st.nsrc; k++)
			aset_add(&src, c->st.src[k]);
		if (!gx_has_group(s, &src))
			continue;
		if (s->coalition.n > src.n && aset_subset(&src, &s->coalition))
			src = s->coalition;
		else
		{
			/* the largest earlier or later source of this article that
			 * contains this one and names the same bloc with at least three
			 * more actors ("the G7 Foreign Ministers of Canada, France ...
			 * and the EU"); "the EU and the US" once does not make every
			 * later "EU" a joint statement */
			for (j = i > 256 ? i - 256 : 0; j < s->nc && j < i + 256; j++)
			{
				aset		o;

				o.n = 0;
				for (k = 0; k < s->c[j].st.nsrc; k++)
					aset_add(&o, s->c[j].st.src[k]);
				if (o.n >= src.n + 3 && o.n > src.n && aset_subset(&src, &o))
					src = o;
			}
		}
		if (src.n != c->st.nsrc && !gx_set_source(s->work, c, &src))
			return false;
	}
	return true;
}

/*
 * The same statement repeated (headline and body, lede and quote): the
 * same source, class and target at country level, and either in the
 * title, next to each other, or about the same things.  Candidates are
 * hashed by (source, class, target), and each is compared with the last
 * few kept ones of its key only: linear in the number of candidates.
 */
static bool
pass_repeats(state *s)
{
	const gx_dict *d = s->d;
	size_t		i;
	gx_hmap		reps;

	memset(&reps, 0, sizeof(reps));
	for (i = 0; i < s->nc; i++)
	{
		cand	   *a = &s->c[i];
		uint64_t	key;
		int32_t		r;
		int			tries = 0;

		a->prev_rep = -1;
		if (a->dup)
			continue;
		key = dedup_key(d, a);
		r = gx_hmap_get(&reps, key);
		for (; r >= 0 && tries < 8 && !a->dup; r = s->c[r].prev_rep, tries++)
		{
			cand	   *b = &s->c[r];
			int			k;

			if (a->cls != b->cls ||
				!gx_same_set(d, a->st.src, a->st.nsrc, b->st.src, b->st.nsrc) ||
				!gx_same_set(d, a->st.tgt, a->st.ntgt, b->st.tgt, b->st.ntgt))
				continue;
			/* in the title, about the same things, said twice in one
			 * sentence, or reported and then quoted in the next sentence
			 * (the same code) */
			if (!(a->title || b->title || obj_overlap(a, b) >= 0.5 ||
				  ((a->sent == b->sent || (a->sent - b->sent == 1 && a->quoted != b->quoted)) &&
				   (a->st.stance >> 18) == (b->st.stance >> 18))))
				continue;
			a->dup = true;
			/* b stands for both from now on */
			b->sent = a->sent;
			for (k = 0; k < a->nobj && b->nobj < OBJ_MAX; k++)
				b->obj[b->nobj++] = a->obj[k];
			/* keep the body's sentence rather than the headline's */
			if (b->title && !a->title)
			{
				b->st.stance = a->st.stance;
				b->st.confidence = a->st.confidence;
				b->st.ev_start = a->st.ev_start;
				b->st.ev_end = a->st.ev_end;
				b->st.said_on = a->st.said_on;
				b->st.in_title = false;
				b->title = false;
			}
		}
		if (!a->dup)
		{
			a->prev_rep = gx_hmap_get(&reps, key);
			if (!gx_hmap_put(s->work, &reps, key, (int32_t) i))
				return false;
		}
	}
	return true;
}

/* the state of a text's reading, with its per-sentence scratch arrays */
static bool
state_init(state *s, const gx_dict *d, int32_t published, gx_arena *work)
{
	memset(s, 0, sizeof(*s));
	s->d = d;
	s->work = work;
	s->published = published;
	s->dated_on = GX_NO_DATE;
	s->t = gx_alloc(work, sizeof(tok) * (GX_MAX_SENT_TOKENS + 8));
	s->m = gx_alloc(work, sizeof(int) * (GX_MAX_SENT_TOKENS + 8));
	s->inq = gx_alloc(work, sizeof(bool) * (GX_MAX_SENT_TOKENS + 8));
	s->cover = gx_alloc(work, sizeof(int) * (GX_MAX_SENT_TOKENS + 8));
	s->ments = gx_alloc(work, sizeof(mention) * (GX_MAX_SENT_TOKENS + 8));
	s->cues = gx_alloc(work, sizeof(cue) * (GX_MAX_SENT_TOKENS + 8));
	return s->t && s->m && s->inq && s->cover && s->ments && s->cues;
}

bool
gx_extract(const gx_dict *d, const char *text, size_t len,
		   const char *title, size_t title_len, int32_t published,
		   gx_arena *work, gx_result *out, void (*tick) (void *), void *tick_arg)
{
	state		s;
	size_t		ntok = 0,
				nsent = 0,
				i,
				nout = 0;

	memset(out, 0, sizeof(*out));
	if (!state_init(&s, d, published, work))
		return false;
	if (title && title_len)
	{
		aset		keep;

		if (!run_segment(&s, title, title_len, true, tick, tick_arg, &ntok, &nsent))
			return false;
		/* the title names the author of a statement: "Joint Statement by X" */
		keep = s.last;
		if (s.doc.n == 0 && keep.n)
			s.doc = keep;
		s.para++;
		s.in_quote = false;
	}
	if (!run_segment(&s, text ? text : "", text ? len : 0, false, tick, tick_arg, &ntok, &nsent))
		return false;

	if (!pass_authors(&s) || !pass_coalitions(&s) || !pass_repeats(&s))
		return false;
	out->stmts = gx_alloc(work, sizeof(gx_stmt) * (s.nc ? s.nc : 1));
	if (out->stmts == NULL)
		return false;
	for (i = 0; i < s.nc; i++)
		if (!s.c[i].dup)
		{
			out->stmts[nout] = s.c[i].st;
			out->stmts[nout].in_title = s.c[i].title;
			nout++;
		}
	out->n = nout;
	out->sentences = nsent;
	out->tokens = ntok;
	return !work->failed;
}

bool
gx_mentions(const gx_dict *d, const char *text, size_t len, int32_t published,
			gx_arena *work, gx_mention **out, size_t *n,
			void (*tick) (void *), void *tick_arg)
{
	state		s;
	size_t		ntok = 0,
				nsent = 0;

	*out = NULL;
	*n = 0;
	if (!state_init(&s, d, published, work))
		return false;
	s.mentions_only = true;
	if (!run_segment(&s, text ? text : "", text ? len : 0, false, tick, tick_arg, &ntok, &nsent))
		return false;
	*out = s.mo;
	*n = s.nmo;
	return !work->failed;
}
