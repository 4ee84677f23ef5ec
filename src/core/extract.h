/*
 * extract.h -- the statement coder: text in, statements out.
 *
 * Pure C (C99), no PostgreSQL headers: unit-tested and fuzzed on its own.
 *
 * A dictionary (gx_dict) is built once from the name registry and the stance
 * lexicon and compiled into two token tries: actor names matched on
 * normalised tokens (case-folded, diacritics folded, curly apostrophes
 * straightened; capitalised names only match capitalised text), lexicon
 * phrases matched on stems ("condemned", "condemns", "condemning" are one
 * stem) with '*' standing for a gap of up to GX_MAX_GAP tokens.  Trie edges
 * live in one open-addressing hash table keyed by (node, token hash).
 *
 * gx_extract() streams the text once: tokens, sentences (abbreviations,
 * quotation marks of every kind, headlines without a final stop), and per
 * sentence the actor mentions and lexicon cues; then rules decide for every
 * stance cue its source (the nearest subject, a pronoun or description
 * resolved to the last speaker, the first person to the document's author,
 * a quote to the person it is attributed to), its target (possessives,
 * objects and prepositions that name the conduct's author, not its victim
 * or place), whether it is negated, its intensity and its date.  Work per
 * sentence is bounded (GX_MAX_SENT_TOKENS), so time is linear in the text
 * and memory linear in the number of statements found.
 *
 * All memory comes from a gx_arena whose blocks the caller provides
 * (malloc in tests, palloc in PostgreSQL), so an interrupted call leaks
 * nothing the caller cannot free in one go.
 */
#ifndef GEOPOL_CORE_EXTRACT_H
#define GEOPOL_CORE_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define GX_MAX_GAP			5		/* tokens a '*' in a lexicon phrase skips */
#define GX_MAX_PHRASE		12		/* tokens in a name or lexicon phrase */
#define GX_MAX_SENT_TOKENS	320		/* a longer sentence is cut in pieces */
#define GX_SET_MAX			32		/* actors in one source or target */
#define GX_NO_DATE			INT32_MIN

/* ---- arena ---- */
typedef void *(*gx_alloc_fn) (size_t size, void *ctx);
typedef void (*gx_free_fn) (void *ptr, void *ctx);

typedef struct gx_arena
{
	gx_alloc_fn alloc;
	gx_free_fn	release;		/* may be NULL (the context frees) */
	void	   *ctx;
	struct gx_block *head;
	size_t		total;			/* bytes obtained so far */
	size_t		limit;			/* 0 = no limit; else gx_alloc fails past it */
	bool		failed;			/* an allocation failed */
	bool		over_limit;		/* ... because of the limit */
} gx_arena;

extern void gx_arena_init(gx_arena *a, gx_alloc_fn alloc, gx_free_fn release, void *ctx);
extern void *gx_alloc(gx_arena *a, size_t size);	/* zeroed; NULL on failure */
extern void gx_arena_free(gx_arena *a);

/* ---- dictionary ---- */

/* what a name is: how it may be used in text */
typedef enum gx_name_kind
{
	GX_NAME = 0,				/* a name, alias, official name, acronym */
	GX_ADJECTIVE,				/* "North Korean": counts as the country */
	GX_CAPITAL,					/* "Moscow", "the Kremlin": metonym */
	GX_LEADER,					/* "Kim Jong-un", "Zelenskyy": by term */
	GX_PERSON,					/* another office holder, by term */
	GX_AGENT					/* a sector word ("army" -> MIL): the actor is the
								 * role path, composed with the country named
								 * beside it ("the Malian army" = MLI.MIL) */
} gx_name_kind;

/* what a lexicon phrase does (the kind column of geopol.lexicon) */
typedef enum gx_word_kind
{
	GX_W_STANCE = 1,			/* a stance verb or adjective: condemn, concerned */
	GX_W_NOUN,					/* a stance noun, coded after a light verb or our/their */
	GX_W_LIGHT,					/* a verb that makes a noun a statement: express, reaffirm */
	GX_W_PREDICATE,				/* "X's actions are unacceptable": target before */
	GX_W_INTENSIFIER,			/* strongly, in the strongest possible terms */
	GX_W_NEGATION,				/* not, refused to */
	GX_W_SPEECH,				/* said, statement by: sets who speaks */
	GX_W_SELF,					/* we, our: the author of the document */
	GX_W_ANAPHOR,				/* they, the ministers: the last speaker */
	GX_W_GROUP_ANAPHOR,			/* the group, the bloc: the last group speaker */
	GX_W_RELATION,				/* allies, partners: "allies of X" is not X */
	GX_W_JOIN,					/* also joined the joint statement */
	GX_W_KIND_COUNT
} gx_word_kind;

typedef struct gx_dict gx_dict;

extern gx_dict *gx_dict_new(gx_arena *a);

/* Intern an actor code (its canonical text); returns its id, -1 on failure.
 * group marks a bloc or organisation (used by "the group" and coalitions). */
extern int	gx_dict_actor(gx_dict *d, const char *code, bool group);
extern const char *gx_dict_code(const gx_dict *d, int id);
extern bool gx_dict_is_group(const gx_dict *d, int id);
extern int	gx_dict_nactors(const gx_dict *d);

/* A name of actor id, valid on days [from, to] (GX_NO_DATE: open). */
extern bool gx_dict_add_name(gx_dict *d, const char *name, size_t len, int id,
							 gx_name_kind kind, int32_t from, int32_t to);

/* A lexicon phrase; stance is a gp_stance for STANCE/NOUN/PREDICATE,
 * intensity for INTENSIFIER (and a default for stances). */
extern bool gx_dict_add_word(gx_dict *d, const char *phrase, size_t len,
							 gx_word_kind kind, uint32_t stance, int intensity);

/* Combine nouns with light verbs and possessives; call once, last. */
extern bool gx_dict_finish(gx_dict *d);

/* Counts, for tests and for the SQL function geopol.extract_dictionary(). */
extern size_t gx_dict_names(const gx_dict *d);
extern size_t gx_dict_words(const gx_dict *d);

/* Parse a gx_word_kind name ("stance", "noun", ...); -1 when unknown. */
extern int	gx_word_kind_parse(const char *s, size_t len);
extern const char *gx_word_kind_name(int kind);

/* ---- extraction ---- */
typedef struct gx_stmt
{
	int			nsrc;
	int			ntgt;
	const int  *src;			/* actor ids (gx_dict_code), in the work arena */
	const int  *tgt;
	uint32_t	stance;			/* a gp_stance, intensity set, never negated */
	int32_t		said_on;		/* days since 2000-01-01, or GX_NO_DATE */
	uint32_t	ev_start;		/* the sentence: byte offsets in the text */
	uint32_t	ev_end;
	float		confidence;
	bool		in_title;		/* evidence offsets refer to the title */
} gx_stmt;

typedef struct gx_result
{
	gx_stmt    *stmts;
	size_t		n;
	size_t		sentences;
	size_t		tokens;
} gx_result;

/*
 * A statement found: called by gx_extract_stream() as each one is settled
 * (st and its arrays are valid during the call only).  Returns false to
 * stop extraction (gx_extract_stream then returns false).
 */
typedef bool (*gx_emit_fn) (const gx_stmt *st, void *arg);

/*
 * Extract the statements of text, handing each to emit as soon as the
 * article passes are done with it: memory is bounded whatever the length
 * of the text (a window of candidates, the last kept statements, and "we"
 * statements waiting for their author; see extract_int.h).  Statements
 * come in text order except that a "we" statement whose author the text
 * names only much later (more than 256 statements later) comes then.  tick
 * (may be NULL) is called once per sentence and every megabyte inside a
 * long token.  stats (may be NULL) receives the counts (n, sentences,
 * tokens; stmts is NULL).  Returns false when the arena ran out of memory
 * or emit returned false.
 */
extern bool gx_extract_stream(const gx_dict *d, const char *text, size_t len,
							  const char *title, size_t title_len, int32_t published,
							  gx_arena *work, gx_emit_fn emit, void *emit_arg,
							  void (*tick) (void *), void *tick_arg, gx_result *stats);

/*
 * Extract the statements of text (len bytes of UTF-8; invalid bytes are
 * read as separators).  title (may be NULL) is read as a headline before
 * the text; a statement coded from the title alone has in_title set and
 * its evidence offsets refer to the title.  published is the publication day
 * (days since 2000-01-01) or GX_NO_DATE.  tick (may be NULL) is called
 * once per sentence: the PostgreSQL glue checks for interrupts there.
 * Returns false only when the arena ran out of memory.  The statements are
 * collected in the work arena (gx_extract_stream() does not keep them).
 */
extern bool gx_extract(const gx_dict *d, const char *text, size_t len,
					   const char *title, size_t title_len,
					   int32_t published, gx_arena *work, gx_result *out,
					   void (*tick) (void *), void *tick_arg);

/* An actor named in a text: its id, the kind of name, byte offsets. */
typedef struct gx_mention
{
	int			actor;
	gx_name_kind kind;
	uint32_t	start;
	uint32_t	end;
} gx_mention;

/* a mention found; returns false to stop */
typedef bool (*gx_mention_fn) (const gx_mention *m, void *arg);

/*
 * The actors a text names, in order, as the coder sees them (names valid on
 * published, case rules, a place inside another name is no actor), each
 * handed to fn.  Returns false when the arena ran out of memory or fn
 * returned false.
 */
extern bool gx_mentions_stream(const gx_dict *d, const char *text, size_t len,
							   int32_t published, gx_arena *work, gx_mention_fn fn, void *arg,
							   void (*tick) (void *), void *tick_arg);

/* The same, collected: *out is in the work arena. */
extern bool gx_mentions(const gx_dict *d, const char *text, size_t len, int32_t published,
						gx_arena *work, gx_mention **out, size_t *n,
						void (*tick) (void *), void *tick_arg);

/* Days since 2000-01-01 of a civil date (proleptic Gregorian). */
extern int32_t gx_days_from_civil(int y, int m, int d);

#endif							/* GEOPOL_CORE_EXTRACT_H */
