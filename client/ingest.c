/*
 * ingest.c -- geopol ingest PATH...: articles into geopol.article, coded.
 *
 * One thread reads the files and queues their articles; -j N threads, each
 * with its own connection, store them through GEOPOL.ingest_once(), which
 * skips an article whose url is stored already (unless --replace) and
 * otherwise calls geopol.ingest(): the article and its statements, in one
 * transaction.  So an interrupted run is resumed by running it again, and a
 * second run changes nothing.
 *
 * Inputs:
 *  - text with a header: lines "url: ...", "date: ...", "title: ...",
 *    optionally "source: ...", then a line "---", then the text;
 *  - plain text (no header): the date from --date, the url from --url or
 *    file:// and the file's absolute path;
 *  - JSON Lines (.jsonl, .ndjson, .json, or text starting with "{"): one
 *    object per line with url, published (or date), title, body, source;
 *    the server parses it and checks its members (jsonl_checked()).
 * In folders, the files ending in .txt, .text, .jsonl, .ndjson and .json.
 *
 * Memory: a file is read once into a buffer that becomes the article's body
 * (a header's text moved to its start), and a body or JSON line of
 * COPY_MIN bytes or more goes to the server by COPY, in pieces, rather than
 * as a literal in the query (escaped, then copied by libpq: three more
 * copies); the queue holds at most QUEUE_BYTES of input beside one article.
 * So ingesting one large file takes about its size in memory.
 */
#define _XOPEN_SOURCE 700

#include "geopol.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

typedef enum Kind
{
	KIND_AUTO,
	KIND_HEADER,
	KIND_TEXT,
	KIND_JSONL
} Kind;

typedef struct Article
{
	char	   *url;
	char	   *published;
	char	   *title;
	char	   *body;
	size_t		body_len;
	char	   *source;
	char	   *json;			/* a JSON Lines object (the server parses it) */
	size_t		json_len;
	char	   *origin;			/* for messages: the file, and the line */
	long long	bytes;			/* input it stands for, for the progress */
	struct Article *next;
} Article;

typedef struct Options
{
	ConnOpts	conn;
	const char *date;
	const char *url;
	const char *source;
	Kind		kind;
	int			replace;
	int			jobs;
	int			quiet;
	int			progress;
} Options;

typedef struct Job
{
	Options    *opt;
	FileList	files;
	long long	bytes_total;
	pthread_mutex_t mu;
	pthread_cond_t not_empty;
	pthread_cond_t not_full;
	Article    *head,
			   *tail;
	int			queued;
	long long	queued_bytes;
	int			producing;		/* the reader has more to come */
	int			running;		/* workers */
	int			fatal;
	/* totals */
	long long	bytes_done;
	long long	articles,
				stored,
				skipped,
				failed,
				statements;
	int			files_read,
				files_bad;
} Job;

static const char ingest_help[] =
"Usage: geopol ingest [OPTION]... PATH...\n"
"Stores articles and the statements geopol.extract() codes in them\n"
"(geopol.ingest()). PATH is a file, a folder (its .txt, .text, .jsonl, .ndjson\n"
"and .json files, recursively) or - (standard input).\n"
"\n"
"Inputs:\n"
"  text with a header   lines \"url: ...\", \"date: YYYY-MM-DD\", \"title: ...\"\n"
"                       (and \"source: ...\"), a line \"---\", then the text\n"
"  plain text           the whole file is the text: needs --date; the url is\n"
"                       --url, or file:// and the file's absolute path\n"
"  JSON Lines           one object a line: url, published (or date), title, body,\n"
"                       source\n"
"\n"
"Options:\n"
"      --date=DATE          publication date of plain-text files (YYYY-MM-DD)\n"
"      --url=URL            url of a plain-text article (one file, or standard input)\n"
"      --source=NAME        the publisher, where the input does not say\n"
"      --as=KIND            read every input as header, text or jsonl (default: guess)\n"
"      --replace            ingest articles again whose url is stored (their\n"
"                           extracted statements are replaced)\n"
"  -j, --jobs=N             N connections at a time (default 1)\n"
"  -q, --quiet              no message per refused file or article\n"
"      --progress, --no-progress  draw the progress bar (default: on a terminal)\n"
"\n"
"An article whose url is stored already is skipped, so running the same\n"
"command again resumes an interrupted run. Exit status: 0 done, 1 some files\n"
"or articles refused, 2 usage or connection error.\n"
"\n";

static const char *const ingest_exts[] = {".txt", ".text", ".jsonl", ".ndjson", ".json", NULL};

static void
free_article(Article *a)
{
	free(a->url);
	free(a->published);
	free(a->title);
	free(a->body);
	free(a->source);
	free(a->json);
	free(a->origin);
	free(a);
}

/* ---- the queue ----------------------------------------------------------- */

/* the input the queue holds at most, beside one article however large */
#define QUEUE_BYTES (64LL * 1024 * 1024)

static void
enqueue(Job *job, Article *a)
{
	pthread_mutex_lock(&job->mu);
	while ((job->queued >= 64 ||
			(job->queued > 0 && job->queued_bytes + a->bytes > QUEUE_BYTES)) &&
		   !gp_interrupted && job->running > 0)
	{
		struct timespec ts;

		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 100 * 1000 * 1000;
		if (ts.tv_nsec >= 1000000000)
		{
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000;
		}
		pthread_cond_timedwait(&job->not_full, &job->mu, &ts);
	}
	if (gp_interrupted || job->running == 0)
	{
		pthread_mutex_unlock(&job->mu);
		free_article(a);
		return;
	}
	a->next = NULL;
	if (job->tail)
		job->tail->next = a;
	else
		job->head = a;
	job->tail = a;
	job->queued++;
	job->queued_bytes += a->bytes;
	pthread_cond_signal(&job->not_empty);
	pthread_mutex_unlock(&job->mu);
}

static Article *
dequeue(Job *job)
{
	Article    *a = NULL;

	pthread_mutex_lock(&job->mu);
	for (;;)
	{
		if (gp_interrupted)
			break;
		if (job->head)
		{
			a = job->head;
			job->head = a->next;
			if (job->head == NULL)
				job->tail = NULL;
			job->queued--;
			job->queued_bytes -= a->bytes;
			pthread_cond_signal(&job->not_full);
			break;
		}
		if (!job->producing)
			break;
		{
			struct timespec ts;

			clock_gettime(CLOCK_REALTIME, &ts);
			ts.tv_nsec += 100 * 1000 * 1000;
			if (ts.tv_nsec >= 1000000000)
			{
				ts.tv_sec++;
				ts.tv_nsec -= 1000000000;
			}
			pthread_cond_timedwait(&job->not_empty, &job->mu, &ts);
		}
	}
	pthread_mutex_unlock(&job->mu);
	return a;
}

/* ---- reading ------------------------------------------------------------------ */

/* the rest of fp into b, which is made room for size more bytes first (the
 * file's size, when known: a large file is not copied as the buffer grows) */
static int
read_all(FILE *fp, Buf *b, long long size)
{
	size_t		n;

	if (size > 0 && b->cap < b->len + (size_t) size + 1)
	{
		b->cap = b->len + (size_t) size + 1;
		b->data = xrealloc(b->data, b->cap);
	}
	for (;;)
	{
		if (b->cap - b->len - 1 == 0)
		{
			/* full: grown only when there is more (not at the end of a
			 * file whose size was known) */
			char		more[65536];

			if ((n = fread(more, 1, sizeof(more), fp)) == 0)
				break;
			buf_add(b, more, n);
			continue;
		}
		n = fread(b->data + b->len, 1, b->cap - b->len - 1, fp);
		if (n == 0)
			break;
		b->len += n;
	}
	b->data[b->len] = '\0';
	return ferror(fp) ? -1 : 0;
}

/* the text of b from start on as a string of its own (b's buffer, which b
 * gives up) */
static char *
take_text(Buf *b, size_t start, size_t *len)
{
	char	   *s = b->data;

	*len = b->len - start;
	memmove(s, s + start, *len);
	s[*len] = '\0';
	b->data = NULL;
	b->len = b->cap = 0;
	return s;
}

static void
file_bad(Job *job, const char *path, const char *fmt,...) GP_PRINTF(3, 4);

static void
file_bad(Job *job, const char *path, const char *fmt,...)
{
	va_list		ap;
	char		msg[1024];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	pthread_mutex_lock(&job->mu);
	job->files_bad++;
	pthread_mutex_unlock(&job->mu);
	if (!job->opt->quiet)
		gp_error("%s: skipped: %s", path, msg);
}

static char *
trimmed(const char *s, size_t n)
{
	while (n > 0 && isspace((unsigned char) *s))
		s++, n--;
	while (n > 0 && isspace((unsigned char) s[n - 1]))
		n--;
	return xstrndup(s, n);
}

/* a text with a header: url:, date:, title:, source:, then --- */
static int
parse_header(Job *job, const char *path, Buf *text, Article *a)
{
	const char *p = text->data,
			   *end = text->data + text->len;

	if (text->len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	for (;;)
	{
		const char *nl = memchr(p, '\n', (size_t) (end - p));
		size_t		n = nl ? (size_t) (nl - p) : (size_t) (end - p);
		const char *colon;
		char	   *key;

		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (n >= 3 && strspn(p, "-") >= 3 && strspn(p, "-") == n)
		{
			p = nl ? nl + 1 : end;
			break;
		}
		if (nl == NULL)
		{
			file_bad(job, path, "the header has no line \"---\" before the text");
			return -1;
		}
		colon = memchr(p, ':', n);
		if (colon == NULL)
		{
			if (n == 0)
			{
				p = nl + 1;
				continue;
			}
			file_bad(job, path, "header line \"%.*s\" is not \"key: value\"", (int) (n > 60 ? 60 : n), p);
			return -1;
		}
		key = trimmed(p, (size_t) (colon - p));
		for (char *k = key; *k; k++)
			*k = (char) tolower((unsigned char) *k);
		{
			char	   *val = trimmed(colon + 1, (size_t) (p + n - colon - 1));
			char	  **slot = strcmp(key, "url") == 0 ? &a->url :
				strcmp(key, "date") == 0 || strcmp(key, "published") == 0 ? &a->published :
				strcmp(key, "title") == 0 ? &a->title : NULL;

			if (slot && *slot == NULL && *val)
				*slot = val;
			else if (strcmp(key, "source") == 0 && a->source == NULL && *val)
				a->source = val;
			else
				free(val);
		}
		free(key);
		p = nl + 1;
	}
	if (a->url == NULL)
	{
		file_bad(job, path, "the header has no url");
		return -1;
	}
	a->body = take_text(text, (size_t) (p - text->data), &a->body_len);
	return 0;
}

static Kind
guess_kind(const char *path, const Buf *head)
{
	static const char *const jexts[] = {".jsonl", ".ndjson", ".json", NULL};
	size_t		n = strlen(path);
	size_t		i = 0;

	for (const char *const *e = jexts; *e; e++)
		if (n > strlen(*e) && strcmp(path + n - strlen(*e), *e) == 0)
			return KIND_JSONL;
	if (head->len >= 3 && memcmp(head->data, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < head->len && isspace((unsigned char) head->data[i]))
		i++;
	if (i < head->len && head->data[i] == '{')
		return KIND_JSONL;
	if (head->len - i >= 4 && strncasecmp(head->data + i, "url:", 4) == 0)
		return KIND_HEADER;
	return KIND_TEXT;
}

/* one JSON Lines object, *linep (got bytes read by getline()): queued for
 * the server to parse and check, in the line's own buffer (which *linep
 * gives up) */
static void
jsonl_line(Job *job, const char *path, long long lineno, char **linep, size_t *capp, ssize_t got)
{
	char	   *line = *linep;
	size_t		len = (size_t) got,
				bad;
	Article    *a;
	Buf			o;

	/* a byte order mark before the first line, as header files allow */
	if (lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
	{
		len -= 3;
		memmove(line, line + 3, len);
	}
	while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
		len--;
	line[len] = '\0';
	if (len == 0 || strspn(line, " \t") == len)
	{
		pthread_mutex_lock(&job->mu);
		job->bytes_done += got;
		pthread_mutex_unlock(&job->mu);
		return;
	}
	buf_init(&o);
	buf_printf(&o, "%s:%lld", path, lineno);
	if ((bad = utf8_valid_prefix((const unsigned char *) line, len)) < len)
	{
		/* a bad line: counted as an article not stored; the file goes on
		 * (the rest is the server's to judge) */
		pthread_mutex_lock(&job->mu);
		job->articles++;
		job->failed++;
		job->bytes_done += got;
		pthread_mutex_unlock(&job->mu);
		if (!job->opt->quiet)
			gp_error("%s: not stored: invalid UTF-8 at byte %zu", o.data, bad + 1);
		buf_free(&o);
		return;
	}
	a = xcalloc(1, sizeof(Article));
	a->json = line;
	a->json_len = len;
	*linep = NULL;
	*capp = 0;
	a->origin = o.data;
	a->bytes = got;
	enqueue(job, a);
}

/* a written date (written_date()) as the server reads it; YYYY-MM (a
 * month) is its first day */
static char *
normal_date(const char *d)
{
	if (strlen(d) == 7 && d[4] == '-' && strspn(d, "0123456789-") == 7)
	{
		char	   *s = xmalloc(11);

		snprintf(s, 11, "%s-01", d);
		return s;
	}
	return xstrdup(d);
}

static void
read_file(Job *job, int idx)
{
	const char *path = job->files.paths[idx];
	int			is_stdin = strcmp(path, "-") == 0;
	FILE	   *fp = is_stdin ? stdin : fopen(path, "r");
	Kind		kind = job->opt->kind;
	Buf			text = {0};
	Buf			head;
	Article    *a;
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		got;

	if (fp == NULL)
	{
		file_bad(job, path, "%s", strerror(errno));
		goto counted_noclose;
	}
	buf_init(&text);
	/* the first line tells JSON Lines from text */
	got = getline(&line, &cap, fp);
	buf_init(&head);
	if (got > 0)
		buf_add(&head, line, (size_t) got < 4096 ? (size_t) got : 4096);
	if (kind == KIND_AUTO)
		kind = guess_kind(is_stdin ? "" : path, &head);
	buf_free(&head);
	if (kind == KIND_JSONL)
	{
		long long	lineno = 0;

		while (got > 0 && !gp_interrupted)
		{
			jsonl_line(job, path, ++lineno, &line, &cap, got);
			got = getline(&line, &cap, fp);
		}
		if (ferror(fp))
			gp_error("%s: read error: %s", path, strerror(errno));
		pthread_mutex_lock(&job->mu);
		job->files_read++;
		pthread_mutex_unlock(&job->mu);
		goto done;
	}
	if (got > 0)
	{
		/* the first line's buffer is the text's (a file of one long line
		 * is not copied) */
		free(text.data);
		text.data = line;
		text.len = (size_t) got;
		text.cap = cap;
		line = NULL;
		cap = 0;
	}
	if (read_all(fp, &text, is_stdin ? 0 : job->files.sizes[idx] - got) < 0)
	{
		file_bad(job, path, "read error: %s", strerror(errno));
		goto counted;
	}
	if (utf8_valid_prefix((unsigned char *) text.data, text.len) < text.len)
	{
		file_bad(job, path, "invalid UTF-8 at byte %zu",
				 utf8_valid_prefix((unsigned char *) text.data, text.len) + 1);
		goto counted;
	}
	a = xcalloc(1, sizeof(Article));
	a->origin = xstrdup(path);
	a->bytes = (long long) text.len;
	if (kind == KIND_HEADER)
	{
		if (parse_header(job, path, &text, a) < 0)
		{
			free_article(a);
			goto counted;
		}
		if (a->published == NULL && job->opt->date)
			a->published = xstrdup(job->opt->date);
	}
	else
	{
		if (job->opt->date == NULL)
		{
			file_bad(job, path, "plain text (no url:/date: header) needs --date");
			free_article(a);
			goto counted;
		}
		if (job->opt->url)
			a->url = xstrdup(job->opt->url);
		else if (is_stdin)
		{
			file_bad(job, path, "plain text on standard input needs --url");
			free_article(a);
			goto counted;
		}
		else
		{
			char		real[PATH_MAX];
			Buf			u;

			if (realpath(path, real) == NULL)
				snprintf(real, sizeof(real), "%s", path);
			buf_init(&u);
			buf_printf(&u, "file://%s", real);
			a->url = u.data;
		}
		a->published = xstrdup(job->opt->date);
		a->body = take_text(&text, 0, &a->body_len);
	}
	if (a->published && !written_date(a->published, strlen(a->published), 1))
	{
		/* not a word the server's date input also reads (today, epoch ...) */
		file_bad(job, path, "date \"%.40s\" is not a written date (YYYY-MM-DD, YYYY-MM or an ISO 8601 timestamp)",
				 a->published);
		free_article(a);
		goto counted;
	}
	if (a->published)
	{
		char	   *d = normal_date(a->published);

		free(a->published);
		a->published = d;
	}
	pthread_mutex_lock(&job->mu);
	job->files_read++;
	pthread_mutex_unlock(&job->mu);
	enqueue(job, a);
	goto done;
counted:
	if (!is_stdin)
		fclose(fp);
	fp = NULL;
counted_noclose:
	pthread_mutex_lock(&job->mu);
	job->files_read++;
	job->bytes_done += job->files.sizes[idx] > 0 ? job->files.sizes[idx] : 0;
	pthread_mutex_unlock(&job->mu);
	if (fp == NULL)
	{
		free(line);
		buf_free(&text);
		return;
	}
done:
	free(line);
	buf_free(&text);
	if (!is_stdin)
		fclose(fp);
}

static void *
reader(void *arg)
{
	Job		   *job = arg;

	for (int i = 0; i < job->files.n && !gp_interrupted; i++)
	{
		int			alive;

		pthread_mutex_lock(&job->mu);
		alive = job->running > 0;
		pthread_mutex_unlock(&job->mu);
		if (!alive)
			break;
		read_file(job, i);
	}
	pthread_mutex_lock(&job->mu);
	job->producing = 0;
	pthread_cond_broadcast(&job->not_empty);
	pthread_mutex_unlock(&job->mu);
	return NULL;
}

/* ---- storing --------------------------------------------------------------------- */

/*
 * A worker stores its articles in transactions of up to BATCH articles or
 * BATCH_SECONDS, each article inside a savepoint: an article the server
 * refuses is rolled back alone, and a commit (the WAL flush that a commit
 * waits for, several milliseconds on a disk) is paid once a batch rather
 * than once an article.  Counts become final at the commit; on Ctrl-C the
 * running article is cancelled and the articles already done are committed,
 * so every article is stored whole or not at all, and a second run stores
 * the rest.
 */
#define BATCH 100
#define BATCH_SECONDS 1.0

/* a body or a JSON line of this many bytes or more goes by COPY */
#define COPY_MIN (1024 * 1024)
/* in pieces of (PQputCopyData takes an int) */
#define COPY_PIECE (256 * 1024)

typedef struct Pending
{
	int			in_tx;
	double		began;
	long long	n,
				stored,
				skipped,
				statements,
				bytes;
	/* the session's pg_temp.geopol_ingest_body, which large values are
	 * copied into: 0 not made yet, 1 made (committed, or in this
	 * transaction), -1 the database refuses temporary tables (large values
	 * go as literals) */
	int			body_table;
	/* body_table was made in the open transaction (a failed COMMIT takes
	 * it away); 0 when it was made in one that committed */
	int			body_table_new;
	/* geopol_jsonl prepared: 0 not yet, 1 done, -1 failed */
	int			jsonl_prepared;
} Pending;

static int
exec_simple(Db *db, const char *sql)
{
	PGresult   *res = PQexec(db->conn, sql);
	int			ok = PQresultStatus(res) == PGRES_COMMAND_OK;

	PQclear(res);
	return ok ? 0 : -1;
}

static void
commit_batch(Job *job, Db *db, Pending *p)
{
	int			ok,
				table,
				prepared;

	if (!p->in_tx)
		return;
	ok = exec_simple(db, "COMMIT") == 0;
	pthread_mutex_lock(&job->mu);
	job->articles += p->n;
	job->bytes_done += p->bytes;
	if (ok)
	{
		job->stored += p->stored;
		job->skipped += p->skipped;
		job->statements += p->statements;
	}
	else
		job->failed += p->stored + p->skipped;
	pthread_mutex_unlock(&job->mu);
	if (!ok)
		gp_error("a commit failed: %lld articles not stored (%s)", p->stored + p->skipped,
				 PQerrorMessage(db->conn));
	/* a table made in a transaction that did not commit is gone; one made
	 * in an earlier, committed one is still there */
	table = !ok && p->body_table_new ? 0 : p->body_table;
	prepared = p->jsonl_prepared;	/* (a session's, not a transaction's) */
	memset(p, 0, sizeof(*p));
	p->body_table = table;
	p->jsonl_prepared = prepared;
}

/* a value as an SQL literal (NULL for none) */
static void
add_literal(Buf *q, Db *db, const char *v)
{
	char	   *lit;

	if (v == NULL || (lit = PQescapeLiteral(db->conn, v, strlen(v))) == NULL)
	{
		buf_puts(q, "NULL");
		return;
	}
	buf_puts(q, lit);
	PQfreemem(lit);
}

/*
 * The article's savepoint, then v (n bytes: a body or a JSON line) as the
 * one row of pg_temp.geopol_ingest_body (made first if p says so), sent by
 * COPY in pieces, so that the value is in the client's memory once; stored
 * uncompressed (it is read once, right after).  0
 * done; 1 the database refuses temporary tables (rolled back: the caller
 * sends a literal); -1 an error, in *err (the caller rolls back to the
 * savepoint).
 */
static int
copy_value(Db *db, Pending *p, const char *v, size_t n, char **err)
{
	PGresult   *res;
	Buf			piece;
	int			rc = 0;

	res = PQexec(db->conn, p->body_table == 0 ?
				 "SAVEPOINT geopol_article; "
				 "CREATE TEMPORARY TABLE geopol_ingest_body (v pg_catalog.text); "
				 "ALTER TABLE pg_temp.geopol_ingest_body ALTER v SET STORAGE EXTERNAL; "
				 "COPY pg_temp.geopol_ingest_body FROM STDIN" :
				 "SAVEPOINT geopol_article; COPY pg_temp.geopol_ingest_body FROM STDIN");
	if (PQresultStatus(res) != PGRES_COPY_IN)
	{
		const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);

		if (p->body_table == 0 && state && strcmp(state, "42501") == 0)
		{
			/* no TEMPORARY privilege on the database */
			PQclear(res);
			p->body_table = -1;
			return exec_simple(db, "ROLLBACK TO SAVEPOINT geopol_article; "
							   "RELEASE SAVEPOINT geopol_article") == 0 ? 1 : -1;
		}
		*err = result_message(res);
		PQclear(res);
		return -1;
	}
	PQclear(res);
	buf_init(&piece);
	for (size_t off = 0; off < n && rc == 0; off += COPY_PIECE)
	{
		buf_reset(&piece);
		copy_escape(&piece, v + off, n - off < COPY_PIECE ? n - off : COPY_PIECE);
		if (off + COPY_PIECE >= n)
			buf_putc(&piece, '\n');
		if (gp_interrupted || PQputCopyData(db->conn, piece.data, (int) piece.len) != 1)
			rc = -1;
	}
	buf_free(&piece);
	PQputCopyEnd(db->conn, rc == 0 ? NULL : "interrupted");
	while ((res = PQgetResult(db->conn)) != NULL)
	{
		if (PQresultStatus(res) != PGRES_COMMAND_OK && *err == NULL)
		{
			*err = result_message(res);
			rc = -1;
		}
		PQclear(res);
	}
	if (rc < 0 && *err == NULL)
		*err = xstrdup(gp_interrupted ? "interrupted" : PQerrorMessage(db->conn));
	if (rc == 0 && p->body_table == 0)
	{
		p->body_table = 1;
		p->body_table_new = 1;
	}
	return rc;
}

/*
 * The query that stores a JSON line (row_sql: a SELECT of one row whose
 * column j is the line as jsonb), its source and replace literals (or, not
 * literal, $2 and $3): one row of why (NULL, or why the line is a bad one)
 * and ingest_once()'s article, statements, stored.  ingest_once() is under
 * a condition on an outer value (a one-time filter: not called at all for a
 * bad line), in a subquery that OFFSET 0 keeps from being merged into the
 * join.
 */
static void
jsonl_select(Buf *q, Db *db, const char *row_sql, const char *source, const char *replace, int literal)
{
	buf_puts(q, "SELECT y.why, r.article, r.statements, r.stored FROM ");
	jsonl_checked(q, row_sql);
	buf_printf(q, " LEFT JOIN LATERAL (SELECT f.article, f.statements, f.stored FROM %s.ingest_once(",
			   db->schema);
	buf_puts(q, ""
			 "y.j OPERATOR(pg_catalog.->>) 'url', "
			 "COALESCE(y.j OPERATOR(pg_catalog.->>) 'published', "
			 "y.j OPERATOR(pg_catalog.->>) 'date')::pg_catalog.date, "
			 "y.j OPERATOR(pg_catalog.->>) 'title', y.j OPERATOR(pg_catalog.->>) 'body', "
			 "COALESCE(y.j OPERATOR(pg_catalog.->>) 'source', ");
	if (literal)
		add_literal(q, db, source);
	else
		buf_puts(q, "$2");
	buf_printf(q, "::pg_catalog.text), %s) f WHERE y.why IS NULL OFFSET 0) r ON true",
			   literal ? replace : "$3");
}

/*
 * geopol_jsonl(line, source, replace): the query of a JSON line as a
 * prepared statement of the session, so that the server parses and plans
 * the checks once, not once a line (they cost more than the rest of the
 * query).  In a savepoint of its own; p->jsonl_prepared 1 done, -1 failed
 * (each line then sends the query whole).
 */
static void
jsonl_prepare(Db *db, Pending *p)
{
	Buf			q;

	buf_init(&q);
	buf_puts(&q, "SAVEPOINT geopol_prepare; PREPARE geopol_jsonl(pg_catalog.text, pg_catalog.text, "
			 "pg_catalog.bool) AS ");
	jsonl_select(&q, db, "SELECT $1::pg_catalog.jsonb AS j", NULL, NULL, 0);
	buf_puts(&q, "; RELEASE SAVEPOINT geopol_prepare");
	p->jsonl_prepared = exec_simple(db, q.data) == 0 ? 1 : -1;
	if (p->jsonl_prepared < 0)
		(void) exec_simple(db, "ROLLBACK TO SAVEPOINT geopol_prepare; RELEASE SAVEPOINT geopol_prepare");
	buf_free(&q);
}

/* the query that stores a (after its savepoint when by_copy: the value is
 * in pg_temp.geopol_ingest_body; a JSON line by geopol_jsonl when prepared),
 * and releases the savepoint: one row of
 * why (NULL, or why a JSON line is a bad one), article, statements, stored */
static void
store_query(Buf *q, Job *job, Db *db, const Article *a, int by_copy, int prepared)
{
	const char *replace = job->opt->replace ? "true" : "false";

	if (!by_copy)
		buf_puts(q, "SAVEPOINT geopol_article; ");
	if (a->json && by_copy)
		jsonl_select(q, db, "SELECT b.v::pg_catalog.jsonb AS j FROM pg_temp.geopol_ingest_body b",
					 job->opt->source, replace, 1);
	else if (a->json && !prepared)
	{
		Buf			row;

		buf_init(&row);
		buf_puts(&row, "SELECT ");
		add_literal(&row, db, a->json);
		buf_puts(&row, "::pg_catalog.jsonb AS j");
		jsonl_select(q, db, row.data, job->opt->source, replace, 1);
		buf_free(&row);
	}
	else if (a->json)
	{
		/* the statement prepared once a session (jsonl_prepare()) */
		buf_puts(q, "EXECUTE geopol_jsonl(");
		add_literal(q, db, a->json);
		buf_puts(q, ", ");
		add_literal(q, db, job->opt->source);
		buf_printf(q, ", %s)", replace);
	}
	else
	{
		buf_puts(q, "SELECT NULL::pg_catalog.text, r.article, r.statements, r.stored FROM ");
		if (by_copy)
			buf_puts(q, "pg_temp.geopol_ingest_body b, ");
		buf_printf(q, "%s.ingest_once(", db->schema);
		add_literal(q, db, a->url);
		buf_puts(q, ", ");
		add_literal(q, db, a->published);
		buf_puts(q, "::pg_catalog.date, ");
		add_literal(q, db, a->title);
		buf_puts(q, ", ");
		if (by_copy)
			buf_puts(q, "b.v");
		else
			add_literal(q, db, a->body);
		buf_puts(q, ", ");
		add_literal(q, db, a->source ? a->source : job->opt->source);
		buf_printf(q, ", %s) r", replace);
	}
	if (by_copy)
		buf_puts(q, "; TRUNCATE pg_temp.geopol_ingest_body");
	buf_puts(q, "; RELEASE SAVEPOINT geopol_article");
}

/* an article not stored: counted, and said why (unless quiet) */
static void
not_stored(Job *job, const Article *a, const char *why)
{
	pthread_mutex_lock(&job->mu);
	job->articles++;
	job->failed++;
	job->bytes_done += a->bytes;
	pthread_mutex_unlock(&job->mu);
	if (!gp_interrupted && !job->opt->quiet)
		gp_error("%s: not stored: %s", a->origin, why ? why : "?");
}

static void
store(Job *job, Db *db, Article *a, Pending *p)
{
	const char *v = a->json ? a->json : a->body;
	size_t		n = a->json ? a->json_len : a->body_len;
	int			by_copy = 0,
				made = 0;
	PGresult   *res = NULL;
	char	   *err = NULL;

	if (!p->in_tx)
	{
		if (exec_simple(db, "BEGIN") < 0)
		{
			pthread_mutex_lock(&job->mu);
			job->articles++;
			job->failed++;
			pthread_mutex_unlock(&job->mu);
			return;
		}
		p->in_tx = 1;
		p->began = now_seconds();
	}
	if (v && n >= COPY_MIN && p->body_table >= 0)
	{
		int			rc;

		made = p->body_table == 0;
		rc = copy_value(db, p, v, n, &err);
		by_copy = rc == 0;
		if (rc < 0)
			goto failed;
	}
	if (a->json && !by_copy && p->jsonl_prepared == 0)
		jsonl_prepare(db, p);
	{
		/* one round trip: the savepoint (unless sent with the COPY), the
		 * article, the savepoint's release; the values go as escaped
		 * literals (the simple protocol has no parameters), and an error
		 * ends the string where it happens */
		Buf			q;

		buf_init(&q);
		store_query(&q, job, db, a, by_copy, p->jsonl_prepared > 0);
		res = db_run_cancellable(db, q.data, 0, NULL, &err);
		buf_free(&q);
	}
	if (res == NULL || PQntuples(res) != 1 || PQnfields(res) != 4)
		goto failed;
	if (!PQgetisnull(res, 0, 0))
	{
		/* a bad JSON line: the server said why */
		not_stored(job, a, PQgetvalue(res, 0, 0));
		PQclear(res);
		return;
	}
	p->n++;
	p->bytes += a->bytes;
	if (PQgetvalue(res, 0, 3)[0] == 't')
	{
		p->stored++;
		p->statements += atoll(PQgetvalue(res, 0, 2));
	}
	else
		p->skipped++;
	PQclear(res);
	return;

failed:
	/* this article alone goes (its savepoint, and the table if it made
	 * it); the batch goes on */
	if (res)
		PQclear(res);
	(void) exec_simple(db, "ROLLBACK TO SAVEPOINT geopol_article; RELEASE SAVEPOINT geopol_article");
	if (made && p->body_table > 0)
		p->body_table = p->body_table_new = 0;
	not_stored(job, a, err);
	free(err);
}

static void *
worker(void *arg)
{
	Job		   *job = arg;
	Db			db;
	Article    *a;
	Pending		p;

	memset(&p, 0, sizeof(p));
	if (db_open(&db, &job->opt->conn) < 0)
	{
		pthread_mutex_lock(&job->mu);
		job->fatal = 1;
		job->running--;
		pthread_cond_broadcast(&job->not_full);
		pthread_mutex_unlock(&job->mu);
		return NULL;
	}
	while ((a = dequeue(job)) != NULL)
	{
		store(job, &db, a, &p);
		free_article(a);
		if (PQstatus(db.conn) != CONNECTION_OK)
		{
			gp_error("the connection was lost");
			pthread_mutex_lock(&job->mu);
			job->fatal = 1;
			job->articles += p.n;
			job->failed += p.n;
			pthread_mutex_unlock(&job->mu);
			memset(&p, 0, sizeof(p));
			break;
		}
		if (p.in_tx && (p.n >= BATCH || now_seconds() - p.began >= BATCH_SECONDS))
			commit_batch(job, &db, &p);
		else if (p.in_tx)
		{
			int			idle;

			/* nothing queued: commit now rather than hold the batch open */
			pthread_mutex_lock(&job->mu);
			idle = job->head == NULL;
			pthread_mutex_unlock(&job->mu);
			if (idle)
				commit_batch(job, &db, &p);
		}
	}
	/* the articles done so far, also after Ctrl-C */
	if (PQstatus(db.conn) == CONNECTION_OK)
		commit_batch(job, &db, &p);
	db_close(&db);
	pthread_mutex_lock(&job->mu);
	job->running--;
	pthread_cond_broadcast(&job->not_full);
	pthread_mutex_unlock(&job->mu);
	return NULL;
}

static void
draw(Job *job, Progress *pg, int force)
{
	char		done[32],
				total[32],
				eta[32],
				text[256];
	double		el = now_seconds() - pg->started,
				frac;
	long long	bd,
				arts,
				stm;
	int			fr;

	if (!pg->enabled)
		return;
	pthread_mutex_lock(&job->mu);
	bd = job->bytes_done;
	arts = job->articles;
	stm = job->statements;
	fr = job->files_read;
	pthread_mutex_unlock(&job->mu);
	format_bytes(done, sizeof(done), bd);
	format_bytes(total, sizeof(total), job->bytes_total);
	frac = job->bytes_total > 0 ? (double) bd / (double) job->bytes_total : 0;
	if (job->bytes_total > 0 && bd > 0 && el > 0.5)
		format_duration(eta, sizeof(eta), el * (double) (job->bytes_total - bd) / (double) bd);
	else
		snprintf(eta, sizeof(eta), "?");
	snprintf(text, sizeof(text), "%d/%d files  %s/%s  %.1f articles/s  %lld statements  ETA %s",
			 fr, job->files.n, done, job->bytes_total > 0 ? total : "?",
			 el > 0 ? (double) arts / el : 0.0, stm, eta);
	progress_draw(pg, frac, text, force);
}

/* the reader and the workers (one a connection) until they are done, the
 * progress drawn meanwhile; then the articles read but not stored freed */
static void
ingest_run(Job *job, Progress *pg)
{
	pthread_t  *th,
			   *rd;

	th = start_threads(job->opt->jobs, worker, job);
	rd = start_threads(1, reader, job);
	while (locked_count(&job->mu, &job->running) > 0)
	{
		draw(job, pg, 0);
		sleep_ms(50);
	}
	join_threads(rd, 1);
	join_threads(th, job->opt->jobs);
	progress_clear(pg);
	/* articles read but never stored (an interrupt, a lost connection) */
	while (job->head)
	{
		Article    *a = job->head;

		job->head = a->next;
		free_article(a);
	}
}

/* the summary line of geopol ingest, el seconds after the start */
static void
ingest_summary(const Job *job, double el)
{
	char		bytes[32];

	format_bytes(bytes, sizeof(bytes), job->bytes_done);
	printf("ingest: %d file%s", job->files_read, job->files_read == 1 ? "" : "s");
	if (job->files_bad)
		printf(" (%d bad)", job->files_bad);
	printf(", %s, %lld article%s, %lld stored, %lld skipped, %lld failed, %lld statements, "
		   "%.2f s, %.1f articles/s%s\n",
		   bytes, job->articles, job->articles == 1 ? "" : "s", job->stored, job->skipped,
		   job->failed, job->statements,
		   el, el > 0 ? (double) job->articles / el : 0.0,
		   gp_interrupted ? ", interrupted" : "");
	fflush(stdout);
}

int
cmd_ingest(int argc, char **argv)
{
	static const struct option longopts[] = {
		CONN_LONG_OPTIONS,
		{"date", required_argument, NULL, 1},
		{"url", required_argument, NULL, 2},
		{"source", required_argument, NULL, 3},
		{"as", required_argument, NULL, 4},
		{"replace", no_argument, NULL, 5},
		{"jobs", required_argument, NULL, 'j'},
		{"quiet", no_argument, NULL, 'q'},
		{"progress", no_argument, NULL, 6},
		{"no-progress", no_argument, NULL, 7},
		{NULL, 0, NULL, 0}
	};
	Options		opt;
	Job			job;
	Db			db;
	Progress	pg;
	int			c,
				nstdin = 0,
				rc;
	double		t0;

	if (wants_help(argc, argv))
	{
		fputs(ingest_help, stdout);
		fputs(conn_help, stdout);
		return EXIT_DONE;
	}
	memset(&opt, 0, sizeof(opt));
	opt.jobs = 1;
	opt.progress = -1;
	optind = 1;
	while ((c = getopt_long(argc, argv, CONN_SHORT_OPTIONS "j:q", longopts, NULL)) != -1)
	{
		if (conn_option(&opt.conn, c, optarg))
			continue;
		switch (c)
		{
			case 1:
				if (!written_date(optarg, strlen(optarg), 1))
				{
					gp_error("--date \"%s\" is not a written date (YYYY-MM-DD or YYYY-MM)", optarg);
					return EXIT_USAGE;
				}
				opt.date = optarg;
				break;
			case 2:
				opt.url = optarg;
				break;
			case 3:
				opt.source = optarg;
				break;
			case 4:
				if (strcmp(optarg, "header") == 0)
					opt.kind = KIND_HEADER;
				else if (strcmp(optarg, "text") == 0)
					opt.kind = KIND_TEXT;
				else if (strcmp(optarg, "jsonl") == 0)
					opt.kind = KIND_JSONL;
				else
				{
					gp_error("--as must be header, text or jsonl");
					return EXIT_USAGE;
				}
				break;
			case 5:
				opt.replace = 1;
				break;
			case 'j':
				if (parse_count(optarg, 1, 64, &opt.jobs) < 0)
				{
					gp_error("--jobs must be a whole number between 1 and 64");
					return EXIT_USAGE;
				}
				break;
			case 'q':
				opt.quiet = 1;
				break;
			case 6:
				opt.progress = 1;
				break;
			case 7:
				opt.progress = 0;
				break;
			default:
				gp_error("try \"geopol ingest --help\"");
				return EXIT_USAGE;
		}
	}
	if (optind >= argc)
	{
		gp_error("ingest needs at least one file, folder or - (try \"geopol ingest --help\")");
		return EXIT_USAGE;
	}
	if (opt.progress < 0)
		opt.progress = stderr_is_tty();
	opt.conn.client_encoding = "UTF8";

	memset(&job, 0, sizeof(job));
	for (int i = optind; i < argc; i++)
	{
		if (strcmp(argv[i], "-") == 0 && ++nstdin > 1)
		{
			gp_error("standard input (-) can be read only once");
			return EXIT_USAGE;
		}
		if (filelist_add(&job.files, argv[i], ingest_exts) < 0)
		{
			filelist_free(&job.files);
			return EXIT_USAGE;
		}
	}
	if (opt.url && job.files.n > 1)
	{
		gp_error("--url names one article: give one file");
		filelist_free(&job.files);
		return EXIT_USAGE;
	}
	/* does the database answer, and does it have geopol? */
	if (db_open(&db, &opt.conn) < 0)
	{
		filelist_free(&job.files);
		return EXIT_USAGE;
	}
	db_close(&db);

	for (int i = 0; i < job.files.n; i++)
		if (job.files.sizes[i] > 0)
			job.bytes_total += job.files.sizes[i];
	job.opt = &opt;
	pthread_mutex_init(&job.mu, NULL);
	pthread_cond_init(&job.not_empty, NULL);
	pthread_cond_init(&job.not_full, NULL);
	job.producing = 1;
	job.running = opt.jobs;
	install_interrupt_handler();
	progress_init(&pg, opt.progress);
	t0 = now_seconds();
	ingest_run(&job, &pg);

	ingest_summary(&job, now_seconds() - t0);
	rc = job.fatal ? EXIT_USAGE :
		(job.failed > 0 || job.files_bad > 0) ? EXIT_REJECTS : EXIT_DONE;
	filelist_free(&job.files);
	pthread_mutex_destroy(&job.mu);
	pthread_cond_destroy(&job.not_empty);
	pthread_cond_destroy(&job.not_full);
	if (gp_interrupted)
		reraise_interrupt();
	return rc;
}
