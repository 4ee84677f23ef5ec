/*
 * extract_article.c -- the article: the text cut into sentences (line
 * breaks, abbreviations, closing quotes, bullets, a bound on a sentence's
 * length), each coded by gx_sentence(); then the passes over the article's
 * candidates: "we" statements made before the author was named,
 * coalitions (a bloc named with co-signatories stands for all of them), and
 * repeats of the same statement (headline and body, lede and quote).
 * Candidates stream through a bounded window (see extract_int.h), so
 * memory does not grow with the text.
 */
#include "extract_int.h"

static bool
sentence_end_after(gx_lexer *lx, const tok *dot)
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
			gx_lex_step(lx);
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

static bool settle(state *s);

static bool
run_segment(state *s, const char *text, size_t len, bool is_title,
			void (*tick) (void *), void *tick_arg, size_t *ntok, size_t *nsent)
{
	gx_lexer		lx;
	tok			t,
				prev;
	bool		have_prev = false;

	gx_lexer_init(&lx, text, len, false, s->d);
	lx.tick = tick;
	lx.tick_arg = tick_arg;
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
				if (!gx_sentence(s) || !settle(s))
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

			if (!gx_sentence(s) || !settle(s))
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
		if (!gx_sentence(s) || !settle(s))
			return false;
		s->sent++;
		(*nsent)++;
		s->nt = 0;
	}
	return true;
}

/* ================================================================== */
/* candidates                                                          */
/* ================================================================== */

cand *
gx_new_cand(state *s)
{
	cand	   *c;

	/* a sentence makes at most GX_MAX_SENT_TOKENS: the ring has room */
	if (s->nc - s->fin >= CAND_RING)
		return NULL;
	c = gx_cand(s, s->nc);
	memset(c, 0, sizeof(*c));
	c->seq = s->nc++;
	return c;
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

	gx_country_set(d, c->src, c->st.nsrc, &x);
	gx_country_set(d, c->tgt, c->st.ntgt, &y);
	for (i = 0; i < x.n; i++)
		hs += gx_mix64((uint64_t) x.a[i] + 1);
	for (i = 0; i < y.n; i++)
		ht += gx_mix64((uint64_t) y.a[i] + 0x1000001);
	return gx_mix64(hs * 3 + ht * 7 + (uint64_t) c->cls);
}

/* hand a kept statement to the caller */
static bool
emit_cand(state *s, cand *c)
{
	gx_stmt		st = c->st;

	st.src = c->src;
	st.tgt = c->tgt;
	st.in_title = c->title;
	s->emitted++;
	return s->emit(&st, s->emit_arg);
}

/*
 * Coalitions: a bloc named with co-signatories stands for all of them:
 * those that joined the statement, or the largest source within the window
 * around it that contains this one and names the same bloc with at least
 * three more actors ("the G7 Foreign Ministers of Canada, France ... and
 * the EU"); "the EU and the US" once does not make every later "EU" a joint
 * statement.
 */
static void
coalition(state *s, cand *c, size_t i)
{
	aset		src;
	int			k;
	size_t		j,
				lo = i > CAND_WINDOW ? i - CAND_WINDOW : 0,
				hi = i + CAND_WINDOW;

	src.n = 0;
	for (k = 0; k < c->st.nsrc; k++)
		aset_add(&src, c->src[k]);
	if (!gx_has_group(s, &src))
		return;
	if (s->coalition.n > src.n && aset_subset(&src, &s->coalition))
		src = s->coalition;
	else
	{
		if (s->nc > CAND_RING && lo < s->nc - CAND_RING)
			lo = s->nc - CAND_RING;	/* no longer in the ring */
		for (j = lo; j < s->nc && j < hi; j++)
		{
			const cand *o = gx_cand(s, j);
			aset		a;

			a.n = 0;
			for (k = 0; k < o->st.nsrc; k++)
				aset_add(&a, o->src[k]);
			if (a.n >= src.n + 3 && a.n > src.n && aset_subset(&src, &a))
				src = a;
		}
	}
	if (src.n != c->st.nsrc)
		gx_set_source(c, &src);
}

/*
 * The same statement repeated (headline and body, lede and quote): the
 * same source, class and target at country level, and either in the title,
 * next to each other, or about the same things.  Compared with the last
 * eight kept statements of its key (of the last HIST_MAX); a repeat merges
 * into the kept one.  Returns false when emitting failed.
 */
static bool
keep_or_merge(state *s, cand *a)
{
	const gx_dict *d = s->d;
	size_t		h;
	int			tries = 0;

	a->key = dedup_key(d, a);
	for (h = s->nhist; h-- > 0 && tries < 8;)
	{
		cand	   *b = &s->hist[h];
		int			k;

		if (b->key != a->key)
			continue;
		tries++;
		if (a->cls != b->cls ||
			!gx_same_set(d, a->src, a->st.nsrc, b->src, b->st.nsrc) ||
			!gx_same_set(d, a->tgt, a->st.ntgt, b->tgt, b->st.ntgt))
			continue;
		/* in the title, about the same things, said twice in one sentence,
		 * or reported and then quoted in the next sentence (the same code) */
		if (!(a->title || b->title || obj_overlap(a, b) >= 0.5 ||
			  ((a->sent == b->sent || (a->sent - b->sent == 1 && a->quoted != b->quoted) ||
				(a->nobj == 0 && b->nobj == 0 && a->st.said_on == b->st.said_on)) &&
			   (a->st.stance >> 18) == (b->st.stance >> 18))))
			continue;
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
			b->title = false;
		}
		return true;
	}
	if (s->nhist == HIST_MAX)
	{
		/* the oldest kept statement is final: out it goes */
		if (!emit_cand(s, &s->hist[0]))
			return false;
		memmove(s->hist, s->hist + 1, (HIST_MAX - 1) * sizeof(cand));
		s->nhist--;
	}
	s->hist[s->nhist++] = *a;
	return true;
}

/* the passes for candidate c, ending in keep_or_merge */
static bool
settle_one(state *s, cand *c, bool waiting)
{
	if (c->self_pending)
	{
		/* "we" before the author is named: resolved, or waiting */
		if (s->doc.n)
			gx_set_source(c, &s->doc);
		else if (!s->at_end && !waiting && s->npend < PEND_MAX)
		{
			s->pend[s->npend++] = *c;
			return true;
		}
		else
			return true;		/* never learnt who "we" are */
		c->self_pending = false;
	}
	coalition(s, c, c->seq);
	return keep_or_merge(s, c);
}

/*
 * After a sentence: settle the candidates CAND_WINDOW behind the newest,
 * and the waiting "we" statements once their author is known.
 */
static bool
settle(state *s)
{
	if (s->mentions_only)
		return true;
	if (s->doc.n && s->npend)
	{
		size_t		k;

		for (k = 0; k < s->npend; k++)
			if (!settle_one(s, &s->pend[k], true))
				return false;
		s->npend = 0;
	}
	while (s->fin + CAND_WINDOW < s->nc)
	{
		if (!settle_one(s, gx_cand(s, s->fin), false))
			return false;
		s->fin++;
	}
	return true;
}

/* the end of the text: everything settled and emitted, in order */
static bool
finish(state *s)
{
	size_t		k;

	s->at_end = true;
	for (k = 0; k < s->npend; k++)
		if (!settle_one(s, &s->pend[k], true))
			return false;
	s->npend = 0;
	for (; s->fin < s->nc; s->fin++)
		if (!settle_one(s, gx_cand(s, s->fin), false))
			return false;
	for (k = 0; k < s->nhist; k++)
		if (!emit_cand(s, &s->hist[k]))
			return false;
	s->nhist = 0;
	return true;
}

/* the state of a text's reading, with its fixed scratch arrays */
static bool
state_init(state *s, const gx_dict *d, int32_t published, gx_arena *work)
{
	memset(s, 0, sizeof(*s));
	s->d = d;
	s->work = work;
	s->published = published;
	s->dated_on = GX_NO_DATE;
	s->t = gx_alloc_raw(work, sizeof(tok) * (GX_MAX_SENT_TOKENS + 8));
	s->m = gx_alloc_raw(work, sizeof(int) * (GX_MAX_SENT_TOKENS + 8));
	s->inq = gx_alloc_raw(work, sizeof(bool) * (GX_MAX_SENT_TOKENS + 8));
	s->cover = gx_alloc_raw(work, sizeof(int) * (GX_MAX_SENT_TOKENS + 8));
	s->ments = gx_alloc_raw(work, sizeof(mention) * (GX_MAX_SENT_TOKENS + 8));
	s->cues = gx_alloc_raw(work, sizeof(cue) * (GX_MAX_SENT_TOKENS + 8));
	return s->t && s->m && s->inq && s->cover && s->ments && s->cues;
}

bool
gx_extract_stream(const gx_dict *d, const char *text, size_t len,
				  const char *title, size_t title_len, int32_t published,
				  gx_arena *work, gx_emit_fn emit, void *emit_arg,
				  void (*tick) (void *), void *tick_arg, gx_result *stats)
{
	state		s;
	size_t		ntok = 0,
				nsent = 0;

	if (stats)
		memset(stats, 0, sizeof(*stats));
	if (!state_init(&s, d, published, work))
		return false;
	s.emit = emit;
	s.emit_arg = emit_arg;
	s.ring = gx_alloc_raw(work, sizeof(cand) * CAND_RING);
	s.hist = gx_alloc_raw(work, sizeof(cand) * HIST_MAX);
	s.pend = gx_alloc_raw(work, sizeof(cand) * PEND_MAX);
	if (!s.ring || !s.hist || !s.pend)
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
	if (!run_segment(&s, text ? text : "", text ? len : 0, false, tick, tick_arg, &ntok, &nsent) ||
		!finish(&s))
		return false;
	if (stats)
	{
		stats->n = s.emitted;
		stats->sentences = nsent;
		stats->tokens = ntok;
	}
	return !work->failed;
}

/* gx_extract(): the statements collected in the work arena */
typedef struct collector
{
	gx_arena   *work;
	gx_stmt    *st;
	size_t		n,
				cap;
} collector;

static bool
collect(const gx_stmt *st, void *arg)
{
	collector  *c = arg;
	gx_stmt    *x = gx_grow(c->work, c->st, sizeof(gx_stmt), c->n, &c->cap);
	int		   *ids = gx_alloc(c->work, sizeof(int) * (size_t) (st->nsrc + st->ntgt + 1));

	if (x == NULL || ids == NULL)
		return false;
	c->st = x;
	x = &c->st[c->n++];
	*x = *st;
	memcpy(ids, st->src, sizeof(int) * (size_t) st->nsrc);
	memcpy(ids + st->nsrc, st->tgt, sizeof(int) * (size_t) st->ntgt);
	x->src = ids;
	x->tgt = ids + st->nsrc;
	return true;
}

bool
gx_extract(const gx_dict *d, const char *text, size_t len,
		   const char *title, size_t title_len, int32_t published,
		   gx_arena *work, gx_result *out, void (*tick) (void *), void *tick_arg)
{
	collector	c;

	memset(&c, 0, sizeof(c));
	c.work = work;
	if (!gx_extract_stream(d, text, len, title, title_len, published, work, collect, &c,
						   tick, tick_arg, out))
		return false;
	out->stmts = c.st;
	out->n = c.n;
	return true;
}

bool
gx_mentions_stream(const gx_dict *d, const char *text, size_t len, int32_t published,
				   gx_arena *work, gx_mention_fn fn, void *arg,
				   void (*tick) (void *), void *tick_arg)
{
	state		s;
	size_t		ntok = 0,
				nsent = 0;

	if (!state_init(&s, d, published, work))
		return false;
	s.mentions_only = true;
	s.on_mention = fn;
	s.mention_arg = arg;
	if (!run_segment(&s, text ? text : "", text ? len : 0, false, tick, tick_arg, &ntok, &nsent))
		return false;
	return !work->failed;
}

typedef struct mcollector
{
	gx_arena   *work;
	gx_mention *m;
	size_t		n,
				cap;
} mcollector;

static bool
mcollect(const gx_mention *m, void *arg)
{
	mcollector *c = arg;
	gx_mention *x = gx_grow(c->work, c->m, sizeof(gx_mention), c->n, &c->cap);

	if (x == NULL)
		return false;
	c->m = x;
	c->m[c->n++] = *m;
	return true;
}

bool
gx_mentions(const gx_dict *d, const char *text, size_t len, int32_t published,
			gx_arena *work, gx_mention **out, size_t *n,
			void (*tick) (void *), void *tick_arg)
{
	mcollector	c;

	memset(&c, 0, sizeof(c));
	c.work = work;
	*out = NULL;
	*n = 0;
	if (!gx_mentions_stream(d, text, len, published, work, mcollect, &c, tick, tick_arg))
		return false;
	*out = c.m;
	*n = c.n;
	return true;
}
