/*
 * import.c -- geopol import FORMAT FILE...: event data sets into statements.
 *
 * Each file is one transaction: the client creates the format's staging
 * table (GEOPOL.import_stage), streams the file into it through COPY (only
 * the fields the conversion reads, with the line number), then calls
 * GEOPOL.import(), which converts the rows into statements in one statement
 * (upserting on the natural key, recording rejects), and commits.  A file
 * interrupted by Ctrl-C or an error leaves nothing behind; a file already
 * loaded (same data set, name and size in GEOPOL.import_log) is skipped, so
 * running the same command again resumes a folder where it stopped.
 *
 * What the client checks line by line, before COPY could refuse the whole
 * file: the number of fields (a wrong line is a reject; a first line that is
 * wrong means the file is not in that format, and the file is refused), and
 * that the text is valid UTF-8 (a reject, with the line made valid for the
 * reject table).
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE			/* madvise(), MAP_ANONYMOUS */

#include "geopol.h"

#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct Layout
{
	char	   *format;
	int			columns;
	int			min_columns;
	int			header;
	int			nused;
	char	  **names;			/* staging columns, quoted */
	char	  **headers;		/* names in the header line (header formats) */
	int		   *pos;			/* 1-based field positions (no header) */
} Layout;

typedef struct Options
{
	ConnOpts	conn;
	const char *dataset;
	const char *label;
	const char *encoding;
	int			utf8;
	int			jobs;
	int			again;
	int			staged;
	int			quiet;
	int			progress;
} Options;

typedef struct Totals
{
	long long	bytes_read;
	long long	bytes_converted;	/* of the files done */
	long long	lines_read;
	long long	lines,
				stored,
				updated,
				unchanged,
				rejected,
				attached;
	int			files_done;
	int			files_bad;
	int			files_skipped;
} Totals;

typedef struct Job
{
	Options    *opt;
	Layout	   *lay;
	FileList	files;
	long long	bytes_total;
	pthread_mutex_t mu;
	int			next;
	int			running;
	int			fatal;			/* a connection failed: exit 2 */
	Db			first;			/* the connection that read the layout, */
	int			first_open;		/* taken by the first worker */
	Totals		t;
} Job;

static const char import_help[] =
"Usage: geopol import [OPTION]... FORMAT FILE...\n"
"Loads event data sets into geopol.statement (GDELT 2.0 mentions into\n"
"geopol.mention). FILE may be a folder (every file in it) or - (standard input).\n"
"\n"
"Formats:\n"
"  gdelt1            GDELT 1.0 events (58 columns; 57-column backfiles too)\n"
"  gdelt2            GDELT 2.0 events (61 columns)\n"
"  gdelt2-mentions   GDELT 2.0 mentions: documents that mention each event\n"
"  icews             ICEWS .tab files (header line, 20 columns)\n"
"  polecat           POLECAT weekly files (header line; PLOVER types)\n"
"  phoenix           Phoenix real-time files (26 columns)\n"
"\n"
"Options:\n"
"      --dataset=NAME       value of statement.dataset (default: the format's data set)\n"
"      --label=NAME         the file's name in import_reject and import_log, not empty\n"
"                           (default: the base name; - for standard input)\n"
"  -E, --encoding=ENC       the files' encoding (default UTF8; e.g. LATIN1 for old\n"
"                           POLECAT files); with UTF8 each line is checked\n"
"  -j, --jobs=N             load N files at a time, on N connections\n"
"      --again              load files again that import_log has (same name, size)\n"
"      --staged             convert in the server only (GDELT files of new events\n"
"                           are otherwise converted here and sent by COPY)\n"
"  -q, --quiet              no message per file, only the summary\n"
"      --progress, --no-progress  draw the progress bar (default: on a terminal)\n"
"\n"
"Each file is one transaction; rows that cannot be converted are recorded in\n"
"geopol.import_reject with the reason and line number. Exit status: 0 all rows\n"
"stored, 1 some rows or files refused, 2 usage or connection error.\n"
"\n";

/* ---- the layout ------------------------------------------------------------ */

static int
load_layout(Db *db, const char *format, Layout *lay)
{
	const char *p[1] = {format};
	PGresult   *res;

	memset(lay, 0, sizeof(*lay));
	res = db_query(db, "SELECT f.columns, f.min_columns, f.header FROM GEOPOL.import_format f "
				   "WHERE f.format OPERATOR(pg_catalog.=) $1", 1, p);
	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1)
	{
		PQclear(res);
		res = db_query(db, "SELECT pg_catalog.string_agg(f.format, ', ' ORDER BY f.format) "
					   "FROM GEOPOL.import_format f", 0, NULL);
		gp_error("unknown format \"%s\" (formats: %s)", format,
				 res ? PQgetvalue(res, 0, 0) : "?");
		if (res)
			PQclear(res);
		return -1;
	}
	lay->format = xstrdup(format);
	lay->columns = atoi(PQgetvalue(res, 0, 0));
	lay->min_columns = atoi(PQgetvalue(res, 0, 1));
	lay->header = PQgetvalue(res, 0, 2)[0] == 't';
	PQclear(res);
	res = db_query(db, "SELECT c.name, c.header, c.position FROM GEOPOL.import_column c "
				   "WHERE c.format OPERATOR(pg_catalog.=) $1 AND c.used ORDER BY c.position", 1, p);
	if (res == NULL)
		return -1;
	lay->nused = PQntuples(res);
	lay->names = xcalloc((size_t) lay->nused, sizeof(char *));
	lay->headers = xcalloc((size_t) lay->nused, sizeof(char *));
	lay->pos = xcalloc((size_t) lay->nused, sizeof(int));
	for (int i = 0; i < lay->nused; i++)
	{
		const char *n = PQgetvalue(res, i, 0);
		char	   *q = PQescapeIdentifier(db->conn, n, strlen(n));

		lay->names[i] = xstrdup(q);
		PQfreemem(q);
		lay->headers[i] = xstrdup(PQgetvalue(res, i, 1));
		lay->pos[i] = atoi(PQgetvalue(res, i, 2));
	}
	PQclear(res);
	return 0;
}

static void
free_layout(Layout *lay)
{
	for (int i = 0; i < lay->nused; i++)
	{
		free(lay->names[i]);
		free(lay->headers[i]);
	}
	free(lay->names);
	free(lay->headers);
	free(lay->pos);
	free(lay->format);
}

/* ---- one file ---------------------------------------------------------------- */

typedef struct FileRun
{
	Job		   *job;
	Db		   *db;
	const char *path;
	char		label[1024];
	long long	bytes;
	char	   *bad;			/* why the file was refused */
	long long	read;			/* its bytes counted in the progress */
	long long	counts[6];		/* lines, stored, updated, unchanged, rejected, attached */
} FileRun;

/* split line at tabs: fields[i] = offset, returns the field count */
static int
split_fields(const char *line, size_t len, size_t **offs, size_t *cap)
{
	int			n = 0;

	if (*cap == 0)
	{
		*cap = 128;
		*offs = xmalloc(sizeof(size_t) * *cap);
	}
	(*offs)[n++] = 0;
	for (size_t i = 0; i < len; i++)
		if (line[i] == '\t')
		{
			if ((size_t) n + 1 >= *cap)
			{
				*cap *= 2;
				*offs = xrealloc(*offs, sizeof(size_t) * *cap);
			}
			(*offs)[n++] = i + 1;
		}
	(*offs)[n] = len + 1;		/* one past the end of the last field */
	return n;
}

static void set_bad(FileRun *r, const char *fmt,...) GP_PRINTF(2, 3);

#define COPY_PIECE (256 * 1024)
/* the quick way holds the file in memory and about 80 bytes a line more:
 * larger files are staged (a GDELT day of events is some 50-100 MB) */
#define QUICK_MAX_BYTES ((off_t) 512 << 20)
/* and reads it 4 MB at a time, while the lines read before go */
#define QUICK_READ ((size_t) 4 << 20)

static void
add_progress(FileRun *r, long long bytes, long long lines)
{
	Job		   *job = r->job;

	r->read += bytes;
	pthread_mutex_lock(&job->mu);
	job->t.bytes_read += bytes;
	job->t.lines_read += lines;
	pthread_mutex_unlock(&job->mu);
}

/*
 * Wait until the connection can read (and write, with want_out), for at
 * most 0.1 s; once interrupted, ask the server to cancel what it does (it
 * may wait for another session's lock).  -1 when the connection broke.
 */
static int
conn_wait(FileRun *r, int want_out, int *cancelled)
{
	PGconn	   *c = r->db->conn;
	struct pollfd pfd;

	if (gp_interrupted && !*cancelled)
	{
		PGcancel   *k = PQgetCancel(c);
		char		ebuf[256];

		if (k)
		{
			PQcancel(k, ebuf, sizeof(ebuf));
			PQfreeCancel(k);
		}
		*cancelled = 1;
	}
	pfd.fd = PQsocket(c);
	pfd.events = (short) (POLLIN | (want_out ? POLLOUT : 0));
	pfd.revents = 0;
	if (poll(&pfd, 1, 100) < 0 && errno != EINTR)
		return -1;
	if (!PQconsumeInput(c))
		return -1;
	return 0;
}

/*
 * Send COPY data in pieces of at most 256 kB (PQputCopyData takes an int),
 * each pushed out before the next; on a non-blocking connection the wait
 * for the server to read is a poll that notices an interruption.  0, or -1
 * with r->bad set.
 */
static int
copy_put(FileRun *r, const char *data, size_t len)
{
	PGconn	   *c = r->db->conn;
	int			cancelled = 0;

	while (len > 0)
	{
		int			n = len > COPY_PIECE ? COPY_PIECE : (int) len,
					rc;

		if (gp_interrupted)
		{
			set_bad(r, "interrupted");
			return -1;
		}
		rc = PQputCopyData(c, data, n);
		if (rc == 0)
		{
			if (conn_wait(r, 1, &cancelled) < 0)
				break;
			continue;
		}
		if (rc < 0)
			break;
		data += n;
		len -= (size_t) n;
		while ((rc = PQflush(c)) == 1)
		{
			if (gp_interrupted)
			{
				set_bad(r, "interrupted");
				return -1;
			}
			if (conn_wait(r, 1, &cancelled) < 0)
				break;
		}
		if (rc != 0)
			break;
	}
	if (len > 0)
	{
		set_bad(r, "%s", PQerrorMessage(c));
		return -1;
	}
	return 0;
}

/* during a COPY FROM STDIN: has the server sent something (an error)? */
static int
server_spoke(FileRun *r)
{
	struct pollfd pfd;

	pfd.fd = PQsocket(r->db->conn);
	pfd.events = POLLIN;
	pfd.revents = 0;
	return poll(&pfd, 1, 0) > 0 && (pfd.revents & POLLIN);
}

static int
flush_copy(FileRun *r, Buf *out)
{
	if (out->len == 0)
		return 0;
	if (copy_put(r, out->data, out->len) < 0)
		return -1;
	buf_reset(out);
	return 0;
}

/* end COPY: with msg, make it fail (nothing of the file is kept) */
static int
end_copy(FileRun *r, const char *msg)
{
	PGresult   *res;
	int			ok = 1;

	if (PQputCopyEnd(r->db->conn, msg) != 1)
		ok = 0;
	while ((res = PQgetResult(r->db->conn)) != NULL)
	{
		if (PQresultStatus(res) != PGRES_COMMAND_OK)
		{
			if (msg == NULL && r->bad == NULL)
				r->bad = result_message(res);
			ok = 0;
		}
		PQclear(res);
	}
	return ok ? 0 : -1;
}

static void
set_bad(FileRun *r, const char *fmt,...)
{
	va_list		ap;
	char		msg[1024];

	if (r->bad)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	r->bad = xstrdup(msg);
}

static const char *
expected_columns(const Layout *lay, char *buf, size_t n)
{
	if (lay->min_columns == lay->columns)
		snprintf(buf, n, "%d", lay->columns);
	else
		snprintf(buf, n, "%d or %d", lay->min_columns, lay->columns);
	return buf;
}

/* the header line of a format that has one: where each column read is
 * (pos, 1-based); the line's column count, or -1 with r->bad set */
static int
read_header(FileRun *r, const char *line, size_t len, int *pos, size_t **offs, size_t *offcap)
{
	const Layout *lay = r->job->lay;
	const char *h = line;
	size_t		hl = len;
	int			n;

	if (hl >= 3 && memcmp(h, "\xEF\xBB\xBF", 3) == 0)
	{
		h += 3;
		hl -= 3;
	}
	n = split_fields(h, hl, offs, offcap);
	for (int i = 0; i < lay->nused; i++)
	{
		pos[i] = 0;
		for (int f = 0; f < n; f++)
		{
			size_t		fl = (*offs)[f + 1] - 1 - (*offs)[f];

			if (fl == strlen(lay->headers[i]) &&
				strncasecmp(h + (*offs)[f], lay->headers[i], fl) == 0)
			{
				pos[i] = f + 1;
				break;
			}
		}
		if (pos[i] == 0)
		{
			set_bad(r, "not in the %s format: its first line is not a header naming the column \"%s\"",
					lay->format, lay->headers[i]);
			return -1;
		}
	}
	return n;
}

/*
 * A database whose encoding is not UTF-8 (LATIN1, WIN1252, ...) cannot hold
 * every character of a UTF-8 file, and one such character makes the
 * server refuse the whole COPY.  The staged way checks each line first,
 * against the characters the server's own conversion says the encoding
 * lacks (GEOPOL.unencodable()): a line with such a character is
 * a reject (the character named as U+XXXX, the line kept with the character
 * written so), and the rest of the file loads.
 */
typedef struct EncCheck
{
	unsigned char *lacks;		/* bit cp set: the server's encoding lacks
								 * U+cp (GEOPOL.unencodable()); NULL: none */
	const char *server;			/* its PostgreSQL name */
} EncCheck;

/*
 * Which characters the server's encoding lacks, asked of the server (its
 * own conversion, the one COPY makes) for a UTF-8 file in a database of
 * another encoding; before the COPY.  -1 when the server could not say
 * (r->bad set).
 */
static int
enc_check_init(FileRun *r, EncCheck *ec, int utf8)
{
	PGconn	   *conn = r->db->conn;
	PGresult   *res;
	char	   *q;

	ec->lacks = NULL;
	ec->server = PQparameterStatus(conn, "server_encoding");
	if (!utf8 || ec->server == NULL || strcmp(ec->server, "UTF8") == 0 ||
		strcmp(ec->server, "SQL_ASCII") == 0)
		return 0;
	q = db_sql(r->db, "SELECT GEOPOL.unencodable()");
	res = PQexecParams(conn, q, 0, NULL, NULL, NULL, NULL, 1);
	free(q);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1)
	{
		r->bad = result_message(res);
		PQclear(res);
		return -1;
	}
	if (!PQgetisnull(res, 0, 0) && PQgetlength(res, 0, 0) == 0x110000 / 8)
	{
		ec->lacks = xmalloc(0x110000 / 8);
		memcpy(ec->lacks, PQgetvalue(res, 0, 0), 0x110000 / 8);
	}
	PQclear(res);
	return 0;
}

static void
enc_check_free(EncCheck *ec)
{
	free(ec->lacks);
}

/* the code point of the valid UTF-8 character at s (n bytes left) and its
 * length */
static uint32_t
utf8_cp(const unsigned char *s, size_t n, size_t *len)
{
	if (s[0] < 0x80 || n < 2)
	{
		*len = 1;
		return s[0];
	}
	if (s[0] < 0xE0 || n < 3)
	{
		*len = 2;
		return ((uint32_t) (s[0] & 0x1F) << 6) | (s[1] & 0x3F);
	}
	if (s[0] < 0xF0 || n < 4)
	{
		*len = 3;
		return ((uint32_t) (s[0] & 0x0F) << 12) | ((uint32_t) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	}
	*len = 4;
	return ((uint32_t) (s[0] & 0x07) << 18) | ((uint32_t) (s[1] & 0x3F) << 12) |
		((uint32_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* may the server's encoding hold the character U+cp? */
static int
enc_holds(const EncCheck *ec, uint32_t cp)
{
	return cp >= 0x110000 || !(ec->lacks[cp >> 3] & (1u << (cp & 7)));
}

/* the offset of the first character of the valid UTF-8 text s[0..n) that
 * the server's encoding lacks (its code point in *cp), or -1 */
static long
enc_bad_at(EncCheck *ec, const char *s, size_t n, uint32_t *cp)
{
	size_t		i = 0;

	if (ec->lacks == NULL)
		return -1;
	while (i < n)
	{
		size_t		cl;
		uint32_t	c = utf8_cp((const unsigned char *) s + i, n - i, &cl);

		if (c >= 0x80 && !enc_holds(ec, c))
		{
			*cp = c;
			return (long) i;
		}
		i += cl;
	}
	return -1;
}

/* the line with each character the server's encoding lacks written
 * <U+XXXX> (malloc'd): what the reject table keeps of it */
static char *
enc_written(EncCheck *ec, const char *line, size_t len)
{
	Buf			b;
	size_t		i = 0;

	buf_init(&b);
	while (i < len)
	{
		size_t		cl;
		uint32_t	c = utf8_cp((const unsigned char *) line + i, len - i, &cl);

		if (c >= 0x80 && !enc_holds(ec, c))
			buf_printf(&b, "<U+%04X>", (unsigned) c);
		else
			buf_add(&b, line + i, cl);
		i += cl;
	}
	buf_putc(&b, '\0');
	return b.data;
}

/* a rejected line, valid UTF-8, into the COPY data as the reject table
 * keeps it: escaped, each character the database lacks written <U+XXXX> */
static void
put_raw(Buf *out, EncCheck *ec, const char *line, size_t len)
{
	uint32_t	c;
	char	   *w;

	if (enc_bad_at(ec, line, len, &c) < 0)
	{
		copy_escape(out, line, len);
		return;
	}
	w = enc_written(ec, line, len);
	copy_escape(out, w, strlen(w));
	free(w);
}

/* the byte offset in line of the first character the server's encoding
 * lacks in a field the conversion reads (pos[], 1-based, of n fields at
 * offs), or -1 */
static long
enc_field_bad(EncCheck *ec, const char *line, const size_t *offs, const int *pos,
			  int nused, int n, uint32_t *cp)
{
	long		best = -1;

	if (ec->lacks == NULL)
		return -1;
	for (int i = 0; i < nused; i++)
	{
		long		at;
		uint32_t	c = 0;

		if (pos[i] < 1 || pos[i] > n)
			continue;
		at = enc_bad_at(ec, line + offs[pos[i] - 1], offs[pos[i]] - 1 - offs[pos[i] - 1], &c);
		if (at >= 0 && (best < 0 || (long) offs[pos[i] - 1] + at < best))
		{
			best = (long) offs[pos[i] - 1] + at;
			*cp = c;
		}
	}
	return best;
}

/* stream the file into the staging table; 0, or -1 with r->bad set */
static int
stream_file(FileRun *r, FILE *fp, const char *stage)
{
	Job		   *job = r->job;
	Layout	   *lay = job->lay;
	Buf			out,
				sql;
	char	   *line = NULL;
	size_t		linecap = 0;
	size_t	   *offs = NULL;
	size_t		offcap = 0;
	int		   *pos = xcalloc((size_t) lay->nused, sizeof(int));
	int			ncols_min = lay->min_columns,
				ncols_max = lay->columns;
	long long	lineno = 0,
				data_lines = 0,
				pend_bytes = 0,
				pend_lines = 0;
	int			header_seen = !lay->header;
	char		expect[32];
	PGresult   *res;
	int			rc = 0;
	ssize_t		got;
	EncCheck	enc;
	char		why[160];
	long		bad_at;
	uint32_t	bad_cp = 0;

	memcpy(pos, lay->pos, sizeof(int) * (size_t) lay->nused);
	expected_columns(lay, expect, sizeof(expect));
	if (enc_check_init(r, &enc, job->opt->utf8) < 0)
	{
		free(pos);
		return -1;
	}

	buf_init(&sql);
	buf_printf(&sql, "COPY %s (line", stage);
	for (int i = 0; i < lay->nused; i++)
		buf_printf(&sql, ", %s", lay->names[i]);
	buf_puts(&sql, ", error, raw) FROM STDIN");
	res = PQexec(r->db->conn, sql.data);
	buf_free(&sql);
	if (PQresultStatus(res) != PGRES_COPY_IN)
	{
		r->bad = result_message(res);
		PQclear(res);
		free(pos);
		enc_check_free(&enc);
		return -1;
	}
	PQclear(res);

	buf_init(&out);
	while ((got = getline(&line, &linecap, fp)) > 0)
	{
		size_t		len = (size_t) got;
		int			n;

		pend_bytes += got;
		lineno++;
		if (gp_interrupted)
		{
			set_bad(r, "interrupted");
			rc = -1;
			break;
		}
		if (len > 0 && line[len - 1] == '\n')
			len--;
		if (len > 0 && line[len - 1] == '\r')
			len--;
		if (!header_seen)
		{
			header_seen = 1;
			if ((n = read_header(r, line, len, pos, &offs, &offcap)) < 0)
			{
				rc = -1;
				break;
			}
			ncols_min = ncols_max = n;
			snprintf(expect, sizeof(expect), "%d (as the header)", n);
			continue;
		}
		if (len == 0)
			continue;			/* a blank line is no row */
		data_lines++;
		pend_lines++;
		buf_printf(&out, "%lld", lineno);
		/* the first row's layout before its encoding: a file that is not in
		 * the format (a binary file) is refused as a whole */
		n = split_fields(line, len, &offs, &offcap);
		if (data_lines == 1 && (n < ncols_min || n > ncols_max))
		{
			set_bad(r, "not in the %s format: line %lld has %d column%s, the format has %s",
					lay->format, lineno, n, n == 1 ? "" : "s", expect);
			rc = -1;
			break;
		}
		if (job->opt->utf8 && utf8_valid_prefix((unsigned char *) line, len) < len)
		{
			size_t		at = utf8_valid_prefix((unsigned char *) line, len);
			char	   *clean = utf8_sanitize(line, len);

			for (int i = 0; i < lay->nused; i++)
				buf_puts(&out, "\t\\N");
			buf_printf(&out, "\t%s at byte %zu\t", line[at] == '\0' ? "NUL byte" : "invalid UTF-8", at + 1);
			put_raw(&out, &enc, clean, strlen(clean));
			buf_putc(&out, '\n');
			free(clean);
		}
		else
		{
			if (n < ncols_min || n > ncols_max)
			{
				for (int i = 0; i < lay->nused; i++)
					buf_puts(&out, "\t\\N");
				buf_printf(&out, "\t%d columns, expected %s\t", n, expect);
				put_raw(&out, &enc, line, len);
				buf_putc(&out, '\n');
			}
			else if ((bad_at = enc_field_bad(&enc, line, offs, pos, lay->nused, n, &bad_cp)) >= 0)
			{
				/* a field the conversion reads holds a character the
				 * database cannot: COPY would refuse the whole file */
				snprintf(why, sizeof(why), "character U+%04X at byte %ld has no equivalent in the database's encoding %s",
						 (unsigned) bad_cp, bad_at + 1, enc.server);
				for (int i = 0; i < lay->nused; i++)
					buf_puts(&out, "\t\\N");
				buf_putc(&out, '\t');
				copy_escape(&out, why, strlen(why));
				buf_putc(&out, '\t');
				put_raw(&out, &enc, line, len);
				buf_putc(&out, '\n');
			}
			else
			{
				for (int i = 0; i < lay->nused; i++)
				{
					buf_putc(&out, '\t');
					if (pos[i] <= n)
						copy_escape(&out, line + offs[pos[i] - 1],
									offs[pos[i]] - 1 - offs[pos[i] - 1]);
				}
				buf_puts(&out, "\t\\N\t\\N\n");
			}
		}
		if (out.len >= 256 * 1024)
		{
			if (flush_copy(r, &out) < 0)
			{
				rc = -1;
				break;
			}
			add_progress(r, pend_bytes, pend_lines);
			pend_bytes = pend_lines = 0;
		}
	}
	if (rc == 0 && ferror(fp))
	{
		set_bad(r, "read error: %s", strerror(errno));
		rc = -1;
	}
	if (rc == 0 && !header_seen)
	{
		set_bad(r, "not in the %s format: it is empty (no header line)", lay->format);
		rc = -1;
	}
	if (rc == 0)
		rc = flush_copy(r, &out);
	add_progress(r, pend_bytes, pend_lines);
	if (end_copy(r, rc == 0 ? NULL : (r->bad ? r->bad : "aborted")) < 0)
		rc = -1;
	buf_free(&out);
	enc_check_free(&enc);
	free(line);
	free(offs);
	free(pos);
	return rc;
}

/* ---- the quick way for GDELT files ------------------------------------------ */

/*
 * A GDELT file (gdelt1, gdelt2) of new events goes in without a staging
 * table.  A thread of its own (the scanner) reads the file into memory
 * (not mapped: a file that shrinks would kill the client with SIGBUS) and
 * splits and checks its lines, handing them over in pieces of
 * QUICK_COPY_ROWS lines with the dates, actor codes and event codes no
 * piece before had, while the connection sends the pieces before: the
 * server converts each new value once, with the functions geopol.import()
 * uses (import_days, import_actors, import_stances); geopol.import_begin()
 * says for the first piece whether the quick way is open (no stored event
 * in its key range: GEOPOL.import_keyed()); then every row is converted
 * with those maps and each piece's statements go by one COPY straight into
 * geopol.statement (in a savepoint), its rejects, with the reasons
 * geopol.import() gives, kept for a last COPY into geopol.import_reject.
 * A key that refuses a row (an event twice in the file, one stored before
 * outside the first piece's range, or one a concurrent load stored) undoes
 * the COPYs, and the file goes the careful way: staged, converted by
 * geopol.import().
 */

enum
{
	F_ID, F_DATE, F_ACTOR1, F_ACTOR2, F_EVENT, F_MENTIONS, F_URL, F_N
};
static const char *const quick_fields[F_N] = {
	"\"globaleventid\"", "\"sqldate\"", "\"actor1code\"", "\"actor2code\"",
	"\"eventcode\"", "\"nummentions\"", "\"sourceurl\""
};

typedef struct Code
{
	const char *key;			/* into the file read */
	size_t		len;
	char	   *value;			/* converted, escaped for COPY; NULL: none */
	char	   *bin;			/* converted, as a field of binary COPY (its
								 * length, then the type's send form); NULL:
								 * none */
	size_t		binlen;
	char	   *error;			/* why not */
} Code;

typedef struct CodeMap
{
	Code	   *slots;
	size_t		cap,
				n;
} CodeMap;

static size_t
code_hash(const char *s, size_t n)
{
	size_t		h = 14695981039346656037UL;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char) s[i]) * 1099511628211UL;
	return h;
}

static Code *
code_find(CodeMap *m, const char *s, size_t n, int add)
{
	size_t		i;

	if (add && (m->n + 1) * 2 > m->cap)
	{
		CodeMap		old = *m;

		m->cap = old.cap ? old.cap * 2 : 256;
		m->slots = xcalloc(m->cap, sizeof(Code));
		m->n = 0;
		for (size_t j = 0; j < old.cap; j++)
			if (old.slots[j].key)
				*code_find(m, old.slots[j].key, old.slots[j].len, 1) = old.slots[j];
		free(old.slots);
	}
	if (m->cap == 0)
		return NULL;
	for (i = code_hash(s, n) & (m->cap - 1);; i = (i + 1) & (m->cap - 1))
	{
		Code	   *c = &m->slots[i];

		if (c->key == NULL)
		{
			if (!add)
				return NULL;
			c->key = s;
			c->len = n;
			m->n++;
			return c;
		}
		if (c->len == n && memcmp(c->key, s, n) == 0)
			return c;
	}
}

static void
code_free(CodeMap *m)
{
	for (size_t i = 0; i < m->cap; i++)
	{
		free(m->slots[i].value);
		free(m->slots[i].bin);
		free(m->slots[i].error);
	}
	free(m->slots);
	memset(m, 0, sizeof(*m));
}

/* the keys as a text[] literal */
static char *
code_array(const CodeMap *m)
{
	Buf			b;
	int			first = 1;

	buf_init(&b);
	buf_putc(&b, '{');
	for (size_t i = 0; i < m->cap; i++)
	{
		const Code *c = &m->slots[i];

		if (c->key == NULL)
			continue;
		if (!first)
			buf_putc(&b, ',');
		first = 0;
		buf_putc(&b, '"');
		for (size_t j = 0; j < c->len; j++)
		{
			if (c->key[j] == '"' || c->key[j] == '\\')
				buf_putc(&b, '\\');
			buf_putc(&b, c->key[j]);
		}
		buf_putc(&b, '"');
	}
	buf_putc(&b, '}');
	return b.data;
}

/* a field of binary COPY: 16- and 32-bit integers in network order */
static void
put_u16(Buf *b, unsigned v)
{
	char		x[2] = {(char) (v >> 8), (char) v};

	buf_add(b, x, 2);
}

static void
put_u32(Buf *b, uint32_t v)
{
	char		x[4] = {(char) (v >> 24), (char) (v >> 16), (char) (v >> 8), (char) v};

	buf_add(b, x, 4);
}

/* a field of binary COPY: its length, then its bytes */
static void
put_field(Buf *b, const char *s, size_t n)
{
	put_u32(b, (uint32_t) n);
	buf_add(b, s, n);
}

/* a type's send form (bytea as the server shows it) as a binary COPY
 * field, in *bin (malloc'd) and *binlen; -1 when it cannot be read */
static int
send_form(const char *shown, char **bin, size_t *binlen)
{
	size_t		n;
	unsigned char *u = PQunescapeBytea((const unsigned char *) shown, &n);
	Buf			b;

	if (u == NULL)
		return -1;
	buf_init(&b);
	put_field(&b, (const char *) u, n);
	PQfreemem(u);
	*bin = b.data;
	*binlen = b.len;
	return 0;
}

/* convert a map's keys with a query of one text[] parameter that returns
 * (key, value, error, send form); value is kept escaped for COPY, the send
 * form as a field of binary COPY */
static int
code_convert(FileRun *r, CodeMap *m, const char *sql)
{
	char	   *arr = code_array(m);
	const char *p[1] = {arr};
	char	   *err = NULL;
	PGresult   *res = db_query_cancellable(r->db, sql, 1, p, &err);

	free(arr);
	if (res == NULL)
	{
		set_bad(r, "%s", gp_interrupted ? "interrupted" : err ? err : "the conversion of the file's codes failed");
		free(err);
		return -1;
	}
	for (int i = 0; i < PQntuples(res); i++)
	{
		const char *k = PQgetvalue(res, i, 0);
		Code	   *c = code_find(m, k, strlen(k), 0);

		if (c == NULL)
			continue;
		if (!PQgetisnull(res, i, 1))
		{
			Buf			b;

			buf_init(&b);
			copy_escape(&b, PQgetvalue(res, i, 1), strlen(PQgetvalue(res, i, 1)));
			c->value = b.data;
		}
		if (!PQgetisnull(res, i, 2))
			c->error = xstrdup(PQgetvalue(res, i, 2));
		if (!PQgetisnull(res, i, 3) && send_form(PQgetvalue(res, i, 3), &c->bin, &c->binlen) < 0)
		{
			set_bad(r, "cannot read the server's binary form of \"%s\"", k);
			PQclear(res);
			return -1;
		}
	}
	PQclear(res);
	return 0;
}

/* quote_literal(): 'it''s', E'a\\b' */
static void
quote_literal_buf(Buf *b, const char *s, size_t n)
{
	if (memchr(s, '\\', n))
		buf_putc(b, 'E');
	buf_putc(b, '\'');
	for (size_t i = 0; i < n; i++)
	{
		if (s[i] == '\'' || s[i] == '\\')
			buf_putc(b, s[i]);
		buf_putc(b, s[i]);
	}
	buf_putc(b, '\'');
}

/* GEOPOL.import_digits(): the number of ASCII digits, -1 for another character */
static long
digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return -1;
	return (long) n;
}

/* C collation order (memcmp, then the length) */
static int
c_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	int			c = memcmp(a, b, an < bn ? an : bn);

	return c ? c : (an > bn) - (an < bn);
}

typedef struct Quick
{
	const char *data;			/* the file, read into memory */
	size_t		size;
	int			fpos[F_N];		/* 1-based field positions */
	signed char fat[256];		/* a position's field (F_*), or -1 */
	int			last;			/* the last position read */
	CodeMap		days,
				actors,
				events;
	Buf			rejects;		/* COPY rows for GEOPOL.import_reject */
	long long	nrejects;
} Quick;

static void
add_reject(FileRun *r, Quick *q, const char *ds, long long lineno,
		   const char *id, size_t idlen, const char *reason, const char *raw, size_t rawlen)
{
	Buf		   *b = &q->rejects;

	copy_escape(b, ds, strlen(ds));
	buf_putc(b, '\t');
	copy_escape(b, r->label, strlen(r->label));
	buf_printf(b, "\t%lld\t", lineno);
	if (id && idlen > 0)
		copy_escape(b, id, idlen);
	else
		buf_puts(b, "\\N");
	buf_putc(b, '\t');
	copy_escape(b, reason, strlen(reason));
	buf_putc(b, '\t');
	copy_escape(b, raw, rawlen);
	buf_putc(b, '\n');
	q->nrejects++;
}

/*
 * Start a COPY FROM STDIN, waiting for the server in a poll that notices an
 * interruption (the table may be locked by another session).  The
 * connection is left non-blocking until copy_result().  0, or -1 with
 * r->bad set.
 */
static int
copy_start(FileRun *r, const char *copy)
{
	PGconn	   *c = r->db->conn;
	char	   *sql = db_sql(r->db, copy);
	PGresult   *res;
	int			cancelled = 0;

	if (!PQsendQuery(c, sql))
	{
		free(sql);
		set_bad(r, "%s", PQerrorMessage(c));
		return -1;
	}
	free(sql);
	while (PQisBusy(c))
		if (conn_wait(r, 0, &cancelled) < 0)
			break;
	res = PQgetResult(c);
	if (PQresultStatus(res) != PGRES_COPY_IN)
	{
		if (gp_interrupted)
			set_bad(r, "interrupted");
		else if (res)
			r->bad = result_message(res);
		else
			set_bad(r, "%s", PQerrorMessage(c));
		PQclear(res);
		/* (the results that follow an error) */
		while ((res = PQgetResult(c)) != NULL)
			PQclear(res);
		return -1;
	}
	PQclear(res);
	if (PQsetnonblocking(c, 1) != 0)
	{
		set_bad(r, "%s", PQerrorMessage(c));
		PQputCopyEnd(c, "cannot make the connection non-blocking");
		while ((res = PQgetResult(c)) != NULL)
			PQclear(res);
		return -1;
	}
	return 0;
}

/* end a COPY, with msg make it fail; the result (NULL when the connection
 * broke); the wait notices an interruption and cancels the server's work */
static PGresult *
copy_result(FileRun *r, const char *msg)
{
	PGconn	   *c = r->db->conn;
	PGresult   *res,
			   *kept = NULL;
	int			rc,
				cancelled = 0,
				broken = 0;

	while ((rc = PQputCopyEnd(c, msg)) == 0)
		if (conn_wait(r, 1, &cancelled) < 0)
			break;
	if (rc != 1)
		broken = 1;
	while (!broken && (rc = PQflush(c)) == 1)
		if (conn_wait(r, 1, &cancelled) < 0)
			broken = 1;
	if (rc < 0)
		broken = 1;
	for (;;)
	{
		while (!broken && PQisBusy(c))
			if (conn_wait(r, 0, &cancelled) < 0)
				broken = 1;
		if (broken)
			break;
		if ((res = PQgetResult(c)) == NULL)
			break;
		if (kept == NULL || PQresultStatus(res) != PGRES_COMMAND_OK)
		{
			PQclear(kept);
			kept = res;
		}
		else
			PQclear(res);
	}
	PQsetnonblocking(c, 0);
	if (broken)
	{
		PQclear(kept);
		return NULL;
	}
	return kept;
}

/*
 * The quick way's statements go by one COPY per QUICK_COPY_ROWS lines of the
 * file (as many statements at most), all in one savepoint.  At the end of each COPY the server runs the foreign key's
 * check of every row (an event queued a row, even for rows without an
 * article) and reads each new row again: with at most 32,768 rows (some 6 MB
 * of statements) the pages are still in the server's buffers (a COPY writes
 * through a ring of 16 MB), where one COPY of a daily file (40 MB) read
 * them back from the kernel.
 */
#define QUICK_COPY "COPY GEOPOL.statement (said_on, source, stance, target, dataset, " \
	"event_id, url, mentions) FROM STDIN (FORMAT binary)"
/* binary COPY's header: signature, flags, no extension */
#define QUICK_COPY_HEADER "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0"
#define QUICK_COPY_HEADER_LEN 19
#define QUICK_COPY_ROWS 32768

/*
 * End one COPY of the quick way (early: the server spoke during it, so it is
 * made to fail); the rows it stored are added to *stored.  0 done, 1 a key
 * refused a row (the caller rolls back and goes the careful way), -1 failed
 * (r->bad set).
 */
static int
quick_copy_end(FileRun *r, int early, long long *stored)
{
	PGresult   *res = copy_result(r, r->bad ? r->bad : early ? "the server answered during COPY" : NULL);
	const char *code;

	if (res == NULL)
	{
		set_bad(r, "%s", PQerrorMessage(r->db->conn));
		return -1;
	}
	if (PQresultStatus(res) == PGRES_COMMAND_OK)
	{
		*stored += atoll(PQcmdTuples(res));
		PQclear(res);
		return 0;
	}
	code = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	if (r->bad == NULL && ((code && strcmp(code, "23505") == 0) || early))
	{
		PQclear(res);
		return 1;
	}
	if (r->bad == NULL)
		r->bad = result_message(res);
	PQclear(res);
	return -1;
}

/* a line of the file, as the scanner split it */
typedef struct QLine
{
	size_t		start;			/* in the file read */
	uint32_t	len;			/* without \n and a last \r */
	uint32_t	lineno;
	int32_t		ncols;			/* fields; -1: invalid UTF-8 (at byte off[0]) */
	uint32_t	off[F_N],		/* the fields read, from start */
				flen[F_N];
} QLine;

/* the fields of a line (tabs found by memchr), the ones read kept */
static int
split_line(const Quick *q, const char *line, size_t len, QLine *ql)
{
	const char *p = line,
			   *end = line + len;
	int			n = 0;

	for (int f = 0; f < F_N; f++)
		ql->off[f] = ql->flen[f] = 0;
	for (;;)
	{
		const char *t = memchr(p, '\t', (size_t) (end - p));

		n++;
		if (n <= q->last && q->fat[n] >= 0)
		{
			ql->off[q->fat[n]] = (uint32_t) (p - line);
			ql->flen[q->fat[n]] = (uint32_t) ((t ? t : end) - p);
		}
		if (t == NULL)
			return n;
		p = t + 1;
	}
}

/* how a step of the quick way ended */
#define QUICK_OK 0				/* go on */
#define QUICK_DONE 1			/* the file is handled: refused, r->bad set */
#define QUICK_CAREFUL 2			/* the careful way takes it (nothing kept) */

/* the kinds of codes the quick way converts: dates, event codes, actor codes */
enum
{
	K_DAY, K_EVENT, K_ACTOR, K_N
};

/* the server's conversion of each kind: (key, value, error, send form) */
static const char *const convert_sql[K_N] = {
	"SELECT x.val, pg_catalog.to_char(x.day, 'YYYY-MM-DD'), x.error, pg_catalog.date_send(x.day) "
	"FROM GEOPOL.import_days($1::pg_catalog.text[]) x",
	"SELECT x.code, x.stance::pg_catalog.text, x.error, GEOPOL.stance_send(x.stance) "
	"FROM GEOPOL.import_stances($1::pg_catalog.text[]) x",
	"SELECT x.code, GEOPOL.bloc(x.actor)::pg_catalog.text, x.error, GEOPOL.bloc_send(GEOPOL.bloc(x.actor)) "
	"FROM GEOPOL.import_actors($1::pg_catalog.text[]) x"
};

/* codes first met in a piece (into the file read) */
typedef struct CodeList
{
	struct
	{
		const char *s;
		size_t		n;
	}		   *v;
	size_t		n,
				cap;
} CodeList;

/*
 * A piece of the file as the scanner split it: up to QUICK_COPY_ROWS lines,
 * one COPY of the quick way.
 */
typedef struct QPiece
{
	struct QPiece *next;
	QLine	   *ls;				/* its lines (blank lines are none) */
	size_t		nlines,
				cap;
	CodeList	fresh[K_N];		/* the codes no piece before had */
	const char *idlo,			/* its least and greatest event id */
			   *idhi;
	size_t		idlolen,
				idhilen;
} QPiece;

/*
 * The scanner: a thread that splits and checks the lines of the file read,
 * piece by piece, while the client's connection converts and sends the
 * pieces before (the server inserts one piece while the next is split).
 * Its own maps say which codes it has met; the pieces it hands over are
 * the main thread's.
 */
typedef struct Scanner
{
	pthread_t	th;
	int			started;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	QPiece	   *head,			/* the pieces split and not taken, in order */
			   *tail;
	int			done;			/* it has ended: no more pieces */
	int			stop;			/* the main thread asks it to end */
	int			status;			/* how it ended: QUICK_OK, QUICK_DONE (why
								 * says why), QUICK_CAREFUL */
	char		why[200];
	CodeMap		seen[K_N];		/* the scanner's own: codes met so far */
} Scanner;

/* the quick way's file: the layout's fields, the file read, its pieces */
typedef struct QuickFile
{
	Quick		q;
	const Layout *lay;
	int			fidx[64];		/* the layout's used fields, as F_* */
	char		expect[32];		/* the layout's column count, as told */
	char	   *map;			/* the file's bytes (q.data), as read so far */
	size_t		mapsize;		/* (anonymous memory, mapped) */
	int			fd;				/* the file, read by the scanner */
	Scanner		sc;
	size_t		nlines;			/* lines sent (or rejected) so far */
	char	   *nobloc;			/* the empty bloc (no target), a binary field */
	size_t		noblocl;
} QuickFile;

static CodeMap *
kind_map(Quick *q, int k)
{
	return k == K_DAY ? &q->days : k == K_EVENT ? &q->events : &q->actors;
}

/* whether the layout is one the quick way reads, and where its fields are */
static int
quick_layout(const Layout *lay, QuickFile *qf)
{
	Quick	   *q = &qf->q;

	if (lay->nused > 64 || lay->nused != F_N ||
		(strcmp(lay->format, "gdelt1") != 0 && strcmp(lay->format, "gdelt2") != 0))
		return 0;
	for (int f = 0; f < F_N; f++)
	{
		for (int i = 0; i < lay->nused; i++)
			if (strcmp(lay->names[i], quick_fields[f]) == 0)
			{
				q->fpos[f] = lay->pos[i];
				qf->fidx[i] = f;
			}
		if (q->fpos[f] == 0 || q->fpos[f] > 255)
			return 0;
	}
	memset(q->fat, -1, sizeof(q->fat));
	for (int f = 0; f < F_N; f++)
	{
		q->fat[q->fpos[f]] = (signed char) f;
		if (q->fpos[f] > q->last)
			q->last = q->fpos[f];
	}
	qf->lay = lay;
	return 1;
}

/*
 * Memory for the file (QUICK_OK), or QUICK_CAREFUL (not a regular file,
 * empty, too big): the scanner reads it there.
 */
static int
quick_open(FILE *fp, QuickFile *qf)
{
	struct stat st;

	if (fstat(fileno(fp), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0)
		return QUICK_CAREFUL;
	/* read into memory, not mapped: a file that shrinks under a mapping
	 * kills the client (SIGBUS); what read() returns is what is loaded */
	if (st.st_size > QUICK_MAX_BYTES)
		return QUICK_CAREFUL;
	/* in anonymous memory that may be backed by huge pages: a page fault
	 * for every 4 kB read cost more than the read itself; one byte more
	 * than the file, to see a file that grows */
	qf->mapsize = (size_t) st.st_size + 1;
	qf->map = mmap(NULL, qf->mapsize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (qf->map == MAP_FAILED)
	{
		qf->map = NULL;
		return QUICK_CAREFUL;
	}
#ifdef MADV_HUGEPAGE
	(void) madvise(qf->map, qf->mapsize, MADV_HUGEPAGE);
#endif
	qf->fd = fileno(fp);
	qf->q.data = qf->map;
	qf->q.size = 0;
	return QUICK_OK;
}

/*
 * More of the file read (by the scanner), at most QUICK_READ bytes: 0, or
 * a QUICK_* end (why set): a read error, a file that grew (the careful way
 * reads it as it comes), or one that is empty when read.
 */
static int
scan_read(QuickFile *qf, int *eof, char *why, size_t whylen)
{
	Quick	   *q = &qf->q;
	size_t		want = qf->mapsize - q->size;
	ssize_t		n;

	if (want > QUICK_READ)
		want = QUICK_READ;
	do
		n = read(qf->fd, qf->map + q->size, want);
	while (n < 0 && errno == EINTR);
	if (n < 0)
	{
		snprintf(why, whylen, "read error: %s", strerror(errno));
		return QUICK_DONE;
	}
	if (n == 0)
	{
		*eof = 1;
		return q->size == 0 ? QUICK_CAREFUL : 0;
	}
	q->size += (size_t) n;
	return q->size == qf->mapsize ? QUICK_CAREFUL : 0;
}

static void
piece_free(QPiece *p)
{
	for (int k = 0; k < K_N; k++)
		free(p->fresh[k].v);
	free(p->ls);
	free(p);
}

/* a code of a line of piece p: noted as fresh when no line before had it */
static void
scan_code(Scanner *sc, QPiece *p, int k, const char *s, size_t n)
{
	size_t		before = sc->seen[k].n;
	CodeList   *l = &p->fresh[k];

	code_find(&sc->seen[k], s, n, 1);
	if (sc->seen[k].n == before)
		return;
	if (l->n == l->cap)
	{
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xrealloc(l->v, l->cap * sizeof(*l->v));
	}
	l->v[l->n].s = s;
	l->v[l->n].n = n;
	l->n++;
}

/* the next line's QLine in piece p, a new piece when there is none */
static QLine *
piece_line(QPiece **pp)
{
	QPiece	   *p = *pp;

	if (p == NULL)
		p = *pp = xcalloc(1, sizeof(QPiece));
	if (p->nlines == p->cap)
	{
		p->cap = p->cap ? p->cap * 2 : 1024;
		p->ls = xrealloc(p->ls, p->cap * sizeof(QLine));
	}
	return &p->ls[p->nlines++];
}

/* hand a piece to the main thread */
static void
scan_hand(Scanner *sc, QPiece *p)
{
	pthread_mutex_lock(&sc->mu);
	if (sc->tail)
		sc->tail->next = p;
	else
		sc->head = p;
	sc->tail = p;
	pthread_cond_signal(&sc->cv);
	pthread_mutex_unlock(&sc->mu);
}

/*
 * One line split and checked into piece p: 0, or a QUICK_* end (why set)
 * when the file cannot go the quick way.
 */
static int
scan_line(QuickFile *qf, QPiece **pp, const char *line, size_t len, long long lineno,
		  long long nonblank, char *why, size_t whylen)
{
	const Layout *lay = qf->lay;
	Quick	   *q = &qf->q;
	Scanner    *sc = &qf->sc;
	QLine	   *ql;
	QPiece	   *p;
	size_t		bad;

	if (len >= UINT32_MAX || lineno >= UINT32_MAX)
		return QUICK_CAREFUL;	/* (too long for the quick way's table) */
	ql = piece_line(pp);
	p = *pp;
	ql->start = (size_t) (line - q->data);
	ql->len = (uint32_t) len;
	ql->lineno = (uint32_t) lineno;
	/* the first row's layout before its encoding: a file that is not in
	 * the format (a binary file) is refused as a whole */
	ql->ncols = split_line(q, line, len, ql);
	if (nonblank == 1 && (ql->ncols < lay->min_columns || ql->ncols > lay->columns))
	{
		snprintf(why, whylen, "not in the %s format: line %lld has %d column%s, the format has %s",
				 lay->format, lineno, ql->ncols, ql->ncols == 1 ? "" : "s", qf->expect);
		return QUICK_DONE;
	}
	bad = utf8_valid_prefix((const unsigned char *) line, len);
	if (bad < len)
	{
		ql->ncols = -1;
		ql->off[0] = (uint32_t) bad;
		return 0;
	}
	if (ql->ncols < lay->min_columns || ql->ncols > lay->columns)
		return 0;
#define QF(f) line + ql->off[f], ql->flen[f]
	scan_code(sc, p, K_DAY, QF(F_DATE));
	scan_code(sc, p, K_EVENT, QF(F_EVENT));
	if (ql->flen[F_ACTOR1] > 0)
		scan_code(sc, p, K_ACTOR, QF(F_ACTOR1));
	if (ql->flen[F_ACTOR2] > 0)
		scan_code(sc, p, K_ACTOR, QF(F_ACTOR2));
	if (p->idlo == NULL || c_cmp(QF(F_ID), p->idlo, p->idlolen) < 0)
	{
		p->idlo = line + ql->off[F_ID];
		p->idlolen = ql->flen[F_ID];
	}
	if (p->idhi == NULL || c_cmp(QF(F_ID), p->idhi, p->idhilen) > 0)
	{
		p->idhi = line + ql->off[F_ID];
		p->idhilen = ql->flen[F_ID];
	}
#undef QF
	return 0;
}

/* whether the scanner must end (Ctrl-C, or the main thread asks it to) */
static int
scan_stopped(Scanner *sc, char *why, size_t whylen)
{
	int			stop;

	pthread_mutex_lock(&sc->mu);
	stop = sc->stop;
	pthread_mutex_unlock(&sc->mu);
	if (!stop && !gp_interrupted)
		return 0;
	snprintf(why, whylen, "interrupted");
	return 1;
}

/* the scanner's thread: the file's lines, QUICK_COPY_ROWS to a piece */
static void *
scan_thread(void *arg)
{
	QuickFile  *qf = arg;
	Scanner    *sc = &qf->sc;
	const char *line;
	size_t		at,
				len,
				looked = 0;		/* no \n before this */
	long long	lineno = 0,
				nonblank = 0;
	QPiece	   *p = NULL;
	int			status = QUICK_OK,
				eof = 0;
	char		why[sizeof(sc->why)] = "";

	for (at = 0;;)
	{
		size_t		from = at > looked ? at : looked;
		const char *nl = from < qf->q.size ? memchr(qf->q.data + from, '\n', qf->q.size - from) : NULL;

		/* no whole line left: read on (the last line may lack its \n; a
		 * long line is searched for its end once) */
		if (nl == NULL && !eof)
		{
			looked = qf->q.size;
			if (scan_stopped(sc, why, sizeof(why)) ||
				(status = scan_read(qf, &eof, why, sizeof(why))) != 0)
			{
				status = status ? status : QUICK_DONE;
				break;
			}
			continue;
		}
		if (at >= qf->q.size)
			break;
		line = qf->q.data + at;
		len = nl ? (size_t) (nl - line) : qf->q.size - at;
		at += len + (nl ? 1 : 0);
		if (len > 0 && line[len - 1] == '\r')
			len--;
		lineno++;
		if ((lineno & 1023) == 0 && scan_stopped(sc, why, sizeof(why)))
		{
			status = QUICK_DONE;
			break;
		}
		if (len == 0)
			continue;			/* a blank line is no row */
		if ((status = scan_line(qf, &p, line, len, lineno, ++nonblank, why, sizeof(why))) != 0)
			break;
		if (p->nlines == QUICK_COPY_ROWS)
		{
			scan_hand(sc, p);
			p = NULL;
		}
	}
	if (p != NULL && status == QUICK_OK)
		scan_hand(sc, p);
	else if (p != NULL)
		piece_free(p);
	pthread_mutex_lock(&sc->mu);
	sc->status = status;
	memcpy(sc->why, why, sizeof(why));
	sc->done = 1;
	pthread_cond_signal(&sc->cv);
	pthread_mutex_unlock(&sc->mu);
	return NULL;
}

static int
scan_start(QuickFile *qf)
{
	Scanner    *sc = &qf->sc;

	pthread_mutex_init(&sc->mu, NULL);
	pthread_cond_init(&sc->cv, NULL);
	if (pthread_create(&sc->th, NULL, scan_thread, qf) != 0)
	{
		/* (the careful way needs no thread) */
		pthread_mutex_destroy(&sc->mu);
		pthread_cond_destroy(&sc->cv);
		return QUICK_CAREFUL;
	}
	sc->started = 1;
	return QUICK_OK;
}

/*
 * The scanner's next piece, waited for; NULL when there is none, and then
 * *status says how the scanner ended (QUICK_DONE: r->bad set).
 */
static QPiece *
scan_next(FileRun *r, Scanner *sc, int *status)
{
	QPiece	   *p;

	pthread_mutex_lock(&sc->mu);
	while (sc->head == NULL && !sc->done)
		pthread_cond_wait(&sc->cv, &sc->mu);
	p = sc->head;
	if (p != NULL)
	{
		sc->head = p->next;
		if (sc->head == NULL)
			sc->tail = NULL;
		p->next = NULL;
	}
	*status = p ? QUICK_OK : sc->status;
	pthread_mutex_unlock(&sc->mu);
	if (*status == QUICK_DONE)
		set_bad(r, "%s", sc->why);
	return p;
}

/* the scanner ended (asked to, if it runs) and its pieces freed */
static void
scan_end(Scanner *sc)
{
	if (!sc->started)
		return;
	pthread_mutex_lock(&sc->mu);
	sc->stop = 1;
	pthread_mutex_unlock(&sc->mu);
	pthread_join(sc->th, NULL);
	while (sc->head)
	{
		QPiece	   *p = sc->head;

		sc->head = p->next;
		piece_free(p);
	}
	for (int k = 0; k < K_N; k++)
		free(sc->seen[k].slots);
	pthread_mutex_destroy(&sc->mu);
	pthread_cond_destroy(&sc->cv);
	sc->started = 0;
}

/*
 * The codes a piece met first, converted by the server (each distinct value
 * once, by the functions geopol.import() uses) into the maps rows are
 * converted with.  -1: failed (r->bad set).
 */
static int
quick_convert(FileRun *r, QuickFile *qf, const QPiece *p)
{
	for (int k = 0; k < K_N; k++)
	{
		CodeMap		fresh,
				   *m = kind_map(&qf->q, k);

		if (p->fresh[k].n == 0)
			continue;
		memset(&fresh, 0, sizeof(fresh));
		for (size_t i = 0; i < p->fresh[k].n; i++)
			code_find(&fresh, p->fresh[k].v[i].s, p->fresh[k].v[i].n, 1);
		if (code_convert(r, &fresh, convert_sql[k]) < 0)
		{
			code_free(&fresh);
			return -1;
		}
		/* (the values move into the map: only the slots are freed) */
		for (size_t i = 0; i < fresh.cap; i++)
			if (fresh.slots[i].key)
				*code_find(m, fresh.slots[i].key, fresh.slots[i].len, 1) = fresh.slots[i];
		free(fresh.slots);
	}
	return 0;
}

/*
 * The first piece's codes converted, then geopol.import_begin() with its
 * range of event ids and its days: *ds the data set when the quick way may
 * go on.  The probe of the first piece is enough to send a file loaded
 * before the careful way at once; any other stored event of the file is
 * refused by the natural key during the COPY, and the file then goes the
 * careful way too.
 */
static int
quick_begin(FileRun *r, QuickFile *qf, const QPiece *first, char **ds)
{
	Quick	   *q = &qf->q;
	char	   *lo = NULL,
			   *hi = NULL;
	Buf			days;
	const char *p[6];
	int			comma = 0;
	char	   *err = NULL;
	PGresult   *res;

	if (first != NULL && quick_convert(r, qf, first) < 0)
		return QUICK_DONE;
	res = db_query_cancellable(r->db, "SELECT GEOPOL.bloc_send('{}'::GEOPOL.bloc)", 0, NULL, &err);
	if (res == NULL || send_form(PQgetvalue(res, 0, 0), &qf->nobloc, &qf->noblocl) < 0)
	{
		set_bad(r, "%s", gp_interrupted ? "interrupted" : err ? err : "cannot read the server's binary form of a bloc");
		free(err);
		PQclear(res);
		return QUICK_DONE;
	}
	PQclear(res);
	if (first != NULL && first->idlo != NULL)
	{
		lo = xstrndup(first->idlo, first->idlolen);
		hi = xstrndup(first->idhi, first->idhilen);
	}
	buf_init(&days);
	buf_putc(&days, '{');
	for (size_t i = 0; i < q->days.cap; i++)
		if (q->days.slots[i].key && q->days.slots[i].value)
		{
			buf_printf(&days, "%s%s", comma ? "," : "", q->days.slots[i].value);
			comma = 1;
		}
	buf_putc(&days, '}');
	p[0] = r->job->lay->format;
	p[1] = r->job->opt->dataset;
	p[2] = r->label;
	p[3] = lo;
	p[4] = hi;
	p[5] = days.data;
	res = db_query_cancellable(r->db, "SELECT GEOPOL.import_begin($1, $2, $3, $4, $5, $6::pg_catalog.date[])",
							   6, p, &err);
	free(lo);
	free(hi);
	buf_free(&days);
	if (res == NULL)
	{
		set_bad(r, "%s", gp_interrupted ? "interrupted" : err ? err : "the quick way could not begin");
		free(err);
		return QUICK_DONE;
	}
	if (!PQgetisnull(res, 0, 0))
		*ds = xstrdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	/* NULL: stored events in the range, the careful way */
	return *ds ? QUICK_OK : QUICK_CAREFUL;
}

/*
 * One line of the second pass: its statement's COPY row added to out
 * (returns 1), or its reject kept (returns 0), with the reason in the order
 * of geopol.import_query()'s checks.
 */
static int
quick_row(FileRun *r, QuickFile *qf, const QLine *ql, const char *ds, Buf *out, Buf *why)
{
	const Layout *lay = r->job->lay;
	Quick	   *q = &qf->q;
	const char *line = q->data + ql->start;
	size_t		len = ql->len;
	const char *fv[F_N];
	size_t		fl[F_N];
	Code	   *d,
			   *a1,
			   *a2 = NULL,
			   *ev;
	long		nd;

	buf_reset(why);
	if (ql->ncols < 0)
	{
		size_t		bad = ql->off[0];
		char	   *clean = utf8_sanitize(line, len);

		buf_printf(why, "%s at byte %zu", line[bad] == '\0' ? "NUL byte" : "invalid UTF-8", bad + 1);
		add_reject(r, q, ds, ql->lineno, NULL, 0, why->data, clean, strlen(clean));
		free(clean);
		return 0;
	}
	if (ql->ncols < lay->min_columns || ql->ncols > lay->columns)
	{
		buf_printf(why, "%d columns, expected %s", ql->ncols, qf->expect);
		add_reject(r, q, ds, ql->lineno, NULL, 0, why->data, line, len);
		return 0;
	}
	for (int f = 0; f < F_N; f++)
	{
		fv[f] = line + ql->off[f];
		fl[f] = ql->flen[f];
	}
	d = code_find(&q->days, fv[F_DATE], fl[F_DATE], 0);
	a1 = fl[F_ACTOR1] > 0 ? code_find(&q->actors, fv[F_ACTOR1], fl[F_ACTOR1], 0) : NULL;
	if (fl[F_ACTOR2] > 0)
		a2 = code_find(&q->actors, fv[F_ACTOR2], fl[F_ACTOR2], 0);
	ev = code_find(&q->events, fv[F_EVENT], fl[F_EVENT], 0);
	nd = digits(fv[F_MENTIONS], fl[F_MENTIONS]);
	if (digits(fv[F_ID], fl[F_ID]) <= 0)
	{
		buf_puts(why, "GLOBALEVENTID ");
		quote_literal_buf(why, fv[F_ID], fl[F_ID]);
		buf_puts(why, " is not a number");
	}
	else if (d == NULL || d->error)
		buf_printf(why, "SQLDATE: %s", d && d->error ? d->error : "not converted");
	else if (d->value == NULL || d->bin == NULL)
		buf_puts(why, "SQLDATE is empty");
	else if (fl[F_ACTOR1] == 0)
		buf_puts(why, "no source actor (Actor1Code is empty)");
	else if (a1 == NULL || a1->error)
		buf_printf(why, "Actor1Code: %s", a1 && a1->error ? a1->error : "not converted");
	else if (fl[F_ACTOR2] > 0 && (a2 == NULL || a2->error))
		buf_printf(why, "Actor2Code: %s", a2 && a2->error ? a2->error : "not converted");
	else if (ev == NULL || ev->error)
		buf_printf(why, "EventCode: %s", ev && ev->error ? ev->error : "not converted");
	else if (ev->value == NULL || ev->bin == NULL)
		buf_puts(why, "EventCode is empty");
	else if (nd < 0 || nd > 9)
	{
		buf_puts(why, "NumMentions ");
		quote_literal_buf(why, fv[F_MENTIONS], fl[F_MENTIONS]);
		buf_puts(why, " is not a count");
	}
	if (why->len > 0)
	{
		Buf			raw;

		/* the fields read, tab-separated, as geopol.import() records them */
		buf_init(&raw);
		for (int i = 0; i < lay->nused; i++)
		{
			if (i > 0)
				buf_putc(&raw, '\t');
			buf_add(&raw, fv[qf->fidx[i]], fl[qf->fidx[i]]);
		}
		add_reject(r, q, ds, ql->lineno, fv[F_ID], fl[F_ID], why->data, raw.data, raw.len);
		buf_free(&raw);
		return 0;
	}
	/* the row in binary COPY: the converted values in the send forms the
	 * server gave (nothing for it to parse), the texts as they are (the
	 * line is valid UTF-8), the count as an int4 */
	put_u16(out, 8);
	buf_add(out, d->bin, d->binlen);
	if (a1->bin)
		buf_add(out, a1->bin, a1->binlen);
	else
		put_u32(out, UINT32_MAX);	/* NULL */
	buf_add(out, ev->bin, ev->binlen);
	if (a2 == NULL)
		buf_add(out, qf->nobloc, qf->noblocl);
	else if (a2->bin)
		buf_add(out, a2->bin, a2->binlen);
	else
		put_u32(out, UINT32_MAX);
	put_field(out, ds, strlen(ds));
	put_field(out, fv[F_ID], fl[F_ID]);
	if (fl[F_URL] > 0)
		put_field(out, fv[F_URL], fl[F_URL]);
	else
		put_u32(out, UINT32_MAX);
	if (nd >= 1)
	{
		uint32_t	v = 0;

		for (size_t i = 0; i < fl[F_MENTIONS]; i++)
			v = v * 10 + (uint32_t) (fv[F_MENTIONS][i] - '0');	/* at most 9 digits */
		put_u32(out, 4);
		put_u32(out, v);
	}
	else
		put_u32(out, UINT32_MAX);
	return 1;
}

/*
 * One piece's statements by one COPY, its rejects kept.  0 sent, 1 a key
 * refused a row (the caller undoes and goes the careful way), -1 failed
 * (r->bad set).
 */
static int
quick_piece(FileRun *r, QuickFile *qf, const QPiece *p, const char *ds, Buf *out, Buf *why,
			long long *stored, long long *done_bytes, long long *pend_lines)
{
	int			early = 0;

	if (copy_start(r, QUICK_COPY) < 0)
		return -1;
	buf_reset(out);
	buf_add(out, QUICK_COPY_HEADER, QUICK_COPY_HEADER_LEN);
	for (size_t li = 0; li < p->nlines; li++)
	{
		const QLine *ql = &p->ls[li];

		(*pend_lines)++;
		qf->nlines++;
		if (gp_interrupted)
		{
			set_bad(r, "interrupted");
			break;
		}
		if (!quick_row(r, qf, ql, ds, out, why) || out->len < 256 * 1024)
			continue;
		if (flush_copy(r, out) < 0)
			break;
		if (server_spoke(r))
		{
			/* during COPY the server speaks when it refused a row (a key):
			 * stop sending the rest; whatever it said, the file goes the
			 * careful way */
			early = 1;
			break;
		}
		add_progress(r, (long long) (ql->start + ql->len) - *done_bytes, *pend_lines);
		*done_bytes = (long long) (ql->start + ql->len);
		*pend_lines = 0;
	}
	if (r->bad == NULL && !early)
	{
		put_u16(out, 0xFFFF);	/* the trailer */
		flush_copy(r, out);
	}
	return quick_copy_end(r, early, stored);
}

/*
 * The second pass: piece by piece as the scanner hands them over, the new
 * codes converted, the statements by COPY (see QUICK_COPY_ROWS), all in a
 * savepoint; *stored counts the rows stored.  A key that refused a row (an
 * event twice in the file, or one stored before or by a concurrent load)
 * undoes them all: QUICK_CAREFUL.  Every piece is freed, the first too.
 */
static int
quick_send(FileRun *r, QuickFile *qf, QPiece *first, const char *ds, long long *stored)
{
	Job		   *job = r->job;
	Buf			out,
				why;
	long long	done_bytes = 0,
				pend_lines = 0;
	int			ended = 0,
				scanned = QUICK_OK;
	QPiece	   *p = first;

	if (db_command(r->db, "SAVEPOINT geopol_quick") < 0)
	{
		set_bad(r, "cannot make a savepoint");
		if (first)
			piece_free(first);
		return QUICK_DONE;
	}
	buf_init(&out);
	buf_init(&why);
	while (p != NULL)
	{
		if (p != first && quick_convert(r, qf, p) < 0)
			ended = -1;
		else
			ended = quick_piece(r, qf, p, ds, &out, &why, stored, &done_bytes, &pend_lines);
		piece_free(p);
		if (ended != 0)
			break;
		p = scan_next(r, &qf->sc, &scanned);
	}
	buf_free(&out);
	buf_free(&why);
	scan_end(&qf->sc);			/* (what it read is all there is of the file) */
	add_progress(r, (long long) qf->q.size - done_bytes, pend_lines);
	if (ended < 0 || scanned == QUICK_DONE)
		return QUICK_DONE;
	if (ended == 0 && scanned == QUICK_OK)
		return QUICK_OK;
	/* a key refused a row (or a line the quick way cannot hold came):
	 * undo, and go the careful way */
	if (db_command(r->db, "ROLLBACK TO SAVEPOINT geopol_quick") < 0)
	{
		set_bad(r, "cannot roll back to the savepoint");
		return QUICK_DONE;
	}
	/* the careful way reads the file again: its bytes count again */
	r->read -= (long long) qf->q.size;
	pthread_mutex_lock(&job->mu);
	job->t.bytes_read -= (long long) qf->q.size;
	job->t.lines_read -= (long long) qf->nlines;
	pthread_mutex_unlock(&job->mu);
	return QUICK_CAREFUL;
}

/* the rejects by COPY, then geopol.import_end(): the counts in r->counts */
static void
quick_end(FileRun *r, QuickFile *qf, const char *ds, long long stored)
{
	Quick	   *q = &qf->q;
	PGresult   *res;
	char		b1[32],
				b2[32],
				b3[32];
	const char *p[6];
	char	   *err = NULL;

	if (q->nrejects > 0)
	{
		if (copy_start(r, "COPY GEOPOL.import_reject (dataset, file, line, event_id, reason, raw) FROM STDIN") < 0)
			return;
		flush_copy(r, &q->rejects);
		res = copy_result(r, r->bad);
		if (r->bad)
		{
			PQclear(res);
			return;
		}
		if (res == NULL || PQresultStatus(res) != PGRES_COMMAND_OK)
		{
			if (res)
				r->bad = result_message(res);
			else
				set_bad(r, "%s", PQerrorMessage(r->db->conn));
			PQclear(res);
			return;
		}
		PQclear(res);
	}
	snprintf(b1, sizeof(b1), "%lld", r->bytes);
	snprintf(b2, sizeof(b2), "%lld", stored);
	snprintf(b3, sizeof(b3), "%lld", q->nrejects);
	p[0] = r->job->lay->format;
	p[1] = ds;
	p[2] = r->label;
	p[3] = r->bytes >= 0 ? b1 : NULL;
	p[4] = b2;
	p[5] = b3;
	res = db_query_cancellable(r->db, "SELECT i.lines, i.stored, i.updated, i.unchanged, i.rejected, i.attached "
							   "FROM GEOPOL.import_end($1, $2, $3, $4::pg_catalog.int8, $5::pg_catalog.int8, "
							   "$6::pg_catalog.int8) i", 6, p, &err);
	if (res == NULL)
	{
		set_bad(r, "%s", gp_interrupted ? "interrupted" : err ? err : "the quick way could not end");
		free(err);
		return;
	}
	for (int i = 0; i < 6; i++)
		r->counts[i] = atoll(PQgetvalue(res, 0, i));
	PQclear(res);
}

/*
 * The quick way.  Returns 1 when the file was handled (loaded, or refused
 * with r->bad set), 0 when it must go the careful way (nothing of it kept).
 */
static int
quick_import(FileRun *r, FILE *fp)
{
	Job		   *job = r->job;
	QuickFile	qf;
	QPiece	   *first = NULL;
	char	   *ds = NULL;
	const char *enc;
	long long	stored = 0;
	int			step;

	memset(&qf, 0, sizeof(qf));
	if (job->lay->header || !job->opt->utf8 || job->opt->staged || !quick_layout(job->lay, &qf))
		return 0;
	/* in a database of another encoding the staged way checks each line's
	 * characters (a COPY fails as a whole on one the encoding lacks) */
	enc = PQparameterStatus(r->db->conn, "server_encoding");
	if (enc == NULL || (strcmp(enc, "UTF8") != 0 && strcmp(enc, "SQL_ASCII") != 0))
		return 0;
	expected_columns(job->lay, qf.expect, sizeof(qf.expect));
	buf_init(&qf.q.rejects);
	step = quick_open(fp, &qf);
	if (step == QUICK_OK)
		step = scan_start(&qf);
	if (step == QUICK_OK)
		first = scan_next(r, &qf.sc, &step);
	if (step == QUICK_OK)
		step = quick_begin(r, &qf, first, &ds);
	if (step == QUICK_OK)
	{
		step = quick_send(r, &qf, first, ds, &stored);
		first = NULL;			/* (freed) */
	}
	if (step == QUICK_OK)
		quick_end(r, &qf, ds, stored);
	if (first)
		piece_free(first);
	scan_end(&qf.sc);
	buf_free(&qf.q.rejects);
	code_free(&qf.q.days);
	code_free(&qf.q.actors);
	code_free(&qf.q.events);
	free(qf.nobloc);
	free(ds);
	if (qf.map)
		munmap(qf.map, qf.mapsize);
	if (step == QUICK_CAREFUL && qf.map != NULL)
		rewind(fp);				/* (the careful way reads it again) */
	return step != QUICK_CAREFUL;
}

static void
import_file(FileRun *r)
{
	Job		   *job = r->job;
	Options    *opt = job->opt;
	FILE	   *fp;
	PGresult   *res;
	char	   *stage = NULL;
	char		bytes_s[32];

	if (strcmp(r->path, "-") == 0)
		fp = stdin;
	else if ((fp = fopen(r->path, "r")) == NULL)
	{
		set_bad(r, "%s", strerror(errno));
		return;
	}
	if (fp != stdin)
		setvbuf(fp, NULL, _IOFBF, 1 << 20);
	snprintf(bytes_s, sizeof(bytes_s), "%lld", r->bytes);
	if (db_command(r->db, "BEGIN") < 0)
	{
		set_bad(r, "cannot begin a transaction");
		goto done;
	}
	/* GDELT: the quick way, converted here and sent by COPY (when it may) */
	if (fp != stdin && quick_import(r, fp))
	{
		if (r->bad)
			goto rollback;
		goto commit;
	}
	{
		const char *p[1] = {job->lay->format};

		res = db_query(r->db, "SELECT GEOPOL.import_stage($1, true)::pg_catalog.text", 1, p);
		if (res == NULL)
		{
			set_bad(r, "cannot create the staging table");
			goto rollback;
		}
		/* a temporary table: qualify it with pg_temp, whatever it prints as */
		stage = xstrdup(PQgetvalue(res, 0, 0));
		PQclear(res);
		if (strncmp(stage, "pg_temp", 7) != 0)
		{
			char	   *s = xmalloc(strlen(stage) + 9);

			sprintf(s, "pg_temp.%s", stage);
			free(stage);
			stage = s;
		}
	}
	if (stream_file(r, fp, stage) < 0)
		goto rollback;
	{
		const char *p[5] = {job->lay->format, stage, r->label, opt->dataset,
		r->bytes >= 0 ? bytes_s : NULL};

		char	   *err = NULL;

		res = db_query_cancellable(r->db,
								   "SELECT i.lines, i.stored, i.updated, i.unchanged, i.rejected, i.attached "
								   "FROM GEOPOL.import($1, $2::pg_catalog.regclass, $3, $4, $5::pg_catalog.int8) i",
								   5, p, &err);
		if (res == NULL)
		{
			set_bad(r, "%s", gp_interrupted ? "interrupted" : err ? err : "the conversion failed");
			free(err);
			goto rollback;
		}
		for (int i = 0; i < 6; i++)
			r->counts[i] = atoll(PQgetvalue(res, 0, i));
		PQclear(res);
	}
commit:
	if (db_command(r->db, "COMMIT") < 0)
	{
		set_bad(r, "the commit failed");
		memset(r->counts, 0, sizeof(r->counts));
	}
	goto done;
rollback:
	if (PQstatus(r->db->conn) == CONNECTION_OK)
	{
		PGresult   *rb = PQexec(r->db->conn, "ROLLBACK");

		PQclear(rb);
	}
done:
	free(stage);
	if (fp != stdin)
		fclose(fp);
}

/* the file was loaded before (same data set, name, size): skip it */
static int
already_loaded(FileRun *r)
{
	Job		   *job = r->job;
	char		bytes_s[32];
	const char *p[4];
	PGresult   *res;
	int			found;

	if (job->opt->again || r->bytes < 0)
		return 0;
	snprintf(bytes_s, sizeof(bytes_s), "%lld", r->bytes);
	p[0] = job->opt->dataset;
	p[1] = job->lay->format;
	p[2] = r->label;
	p[3] = bytes_s;
	res = db_query(r->db,
				   "SELECT 1 FROM GEOPOL.import_log l, GEOPOL.import_format f "
				   "WHERE f.format OPERATOR(pg_catalog.=) $2 "
				   "AND l.dataset OPERATOR(pg_catalog.=) COALESCE($1::pg_catalog.text, f.dataset) "
				   "AND l.format OPERATOR(pg_catalog.=) $2 AND l.file OPERATOR(pg_catalog.=) $3 "
				   "AND l.bytes OPERATOR(pg_catalog.=) $4::pg_catalog.int8 LIMIT 1", 4, p);
	if (res == NULL)
		return 0;
	found = PQntuples(res) > 0;
	PQclear(res);
	return found;
}

static void *
worker(void *arg)
{
	Job		   *job = arg;
	Db			db;
	int			taken;

	/* the first worker goes on with the connection that read the layout
	 * (a connection less to open before the first file) */
	pthread_mutex_lock(&job->mu);
	taken = job->first_open;
	if (taken)
		db = job->first;
	job->first_open = 0;
	pthread_mutex_unlock(&job->mu);
	if (!taken && db_open(&db, &job->opt->conn) < 0)
	{
		pthread_mutex_lock(&job->mu);
		job->fatal = 1;
		job->running--;
		pthread_mutex_unlock(&job->mu);
		return NULL;
	}
	for (;;)
	{
		FileRun		r;
		int			i,
					skipped = 0;

		pthread_mutex_lock(&job->mu);
		i = (gp_interrupted || job->fatal) ? job->files.n : job->next++;
		pthread_mutex_unlock(&job->mu);
		if (i >= job->files.n)
			break;
		memset(&r, 0, sizeof(r));
		r.job = job;
		r.db = &db;
		r.path = job->files.paths[i];
		r.bytes = job->files.sizes[i];
		snprintf(r.label, sizeof(r.label), "%s",
				 job->opt->label ? job->opt->label :
				 strcmp(r.path, "-") == 0 ? "-" : base_name(r.path));
		if (already_loaded(&r))
			skipped = 1;
		else
			import_file(&r);
		if (PQstatus(db.conn) != CONNECTION_OK)
		{
			gp_error("%s: the connection was lost", r.path);
			pthread_mutex_lock(&job->mu);
			job->fatal = 1;
			pthread_mutex_unlock(&job->mu);
		}
		pthread_mutex_lock(&job->mu);
		job->t.files_done++;
		if (r.bytes > 0)
			job->t.bytes_converted += r.bytes;
		if (skipped)
		{
			job->t.files_skipped++;
			if (r.bytes > 0)
				job->t.bytes_read += r.bytes;
		}
		else if (r.bad)
		{
			/* a refused file was gone through: its size, not the part
			 * read before the refusal */
			job->t.files_bad++;
			if (r.bytes > r.read && !gp_interrupted)
				job->t.bytes_read += r.bytes - r.read;
		}
		else
		{
			job->t.lines += r.counts[0];
			job->t.stored += r.counts[1];
			job->t.updated += r.counts[2];
			job->t.unchanged += r.counts[3];
			job->t.rejected += r.counts[4];
			job->t.attached += r.counts[5];
		}
		pthread_mutex_unlock(&job->mu);
		if (r.bad && !gp_interrupted)
			gp_error("%s: not imported: %s", r.path, r.bad);
		else if (skipped && !job->opt->quiet)
			gp_error("%s: skipped, loaded before (--again loads it again)", r.path);
		else if (!r.bad && r.counts[4] > 0 && !job->opt->quiet)
			gp_error("%s: %lld of %lld rows rejected (geopol.import_reject, file '%s')",
					 r.path, r.counts[4], r.counts[0], r.label);
		free(r.bad);
	}
	db_close(&db);
	pthread_mutex_lock(&job->mu);
	job->running--;
	pthread_mutex_unlock(&job->mu);
	return NULL;
}

static void
draw(Job *job, Progress *pg, int force)
{
	Totals		t;
	char		done[32],
				total[32],
				eta[32],
				text[256];
	double		el = now_seconds() - pg->started,
				frac;

	if (!pg->enabled)
		return;
	pthread_mutex_lock(&job->mu);
	t = job->t;
	pthread_mutex_unlock(&job->mu);
	format_bytes(done, sizeof(done), t.bytes_read);
	format_bytes(total, sizeof(total), job->bytes_total);
	/* half the work is streaming a file, half converting it */
	frac = job->bytes_total > 0 ?
		(double) (t.bytes_read + t.bytes_converted) / (2.0 * (double) job->bytes_total)
		: (double) t.files_done / (job->files.n ? job->files.n : 1);
	if (frac > 0.01 && frac < 1 && el > 0.5)
		format_duration(eta, sizeof(eta), el * (1 - frac) / frac);
	else
		snprintf(eta, sizeof(eta), "?");
	snprintf(text, sizeof(text), "%d/%d files  %s/%s  %.0f rows/s  %lld stored  %lld rejected  ETA %s",
			 t.files_done, job->files.n, done, job->bytes_total > 0 ? total : "?",
			 el > 0 ? (double) t.lines_read / el : 0.0, t.stored, t.rejected, eta);
	progress_draw(pg, frac, text, force);
}

/* the options of geopol import into *opt: -1 to go on, else the exit
 * status (--help, a usage error) */
static int
import_options(int argc, char **argv, Options *opt)
{
	static const struct option longopts[] = {
		CONN_LONG_OPTIONS,
		{"dataset", required_argument, NULL, 1},
		{"label", required_argument, NULL, 2},
		{"encoding", required_argument, NULL, 'E'},
		{"jobs", required_argument, NULL, 'j'},
		{"again", no_argument, NULL, 3},
		{"staged", no_argument, NULL, 6},
		{"quiet", no_argument, NULL, 'q'},
		{"progress", no_argument, NULL, 4},
		{"no-progress", no_argument, NULL, 5},
		{NULL, 0, NULL, 0}
	};
	int			c;

	memset(opt, 0, sizeof(*opt));
	opt->jobs = 1;
	opt->progress = -1;
	opt->encoding = "UTF8";
	if (wants_help(argc, argv))
	{
		fputs(import_help, stdout);
		fputs(conn_help, stdout);
		return EXIT_DONE;
	}
	optind = 1;
	while ((c = getopt_long(argc, argv, CONN_SHORT_OPTIONS "E:j:q", longopts, NULL)) != -1)
	{
		if (conn_option(&opt->conn, c, optarg))
			continue;
		switch (c)
		{
			case OPT_HELP:
				fputs(import_help, stdout);
				fputs(conn_help, stdout);
				return EXIT_DONE;
			case 1:
				opt->dataset = optarg;
				break;
			case 2:
				opt->label = optarg;
				break;
			case 'E':
				opt->encoding = optarg;
				break;
			case 'j':
				if (parse_count(optarg, 1, 64, &opt->jobs) < 0)
				{
					gp_error("--jobs must be a whole number between 1 and 64");
					return EXIT_USAGE;
				}
				break;
			case 3:
				opt->again = 1;
				break;
			case 6:
				opt->staged = 1;
				break;
			case 'q':
				opt->quiet = 1;
				break;
			case 4:
				opt->progress = 1;
				break;
			case 5:
				opt->progress = 0;
				break;
			default:
				gp_error("try \"geopol import --help\"");
				return EXIT_USAGE;
		}
	}
	if (argc - optind < 2)
	{
		gp_error("import needs a format and at least one file (try \"geopol import --help\")");
		return EXIT_USAGE;
	}
	if (opt->dataset && opt->dataset[0] == '\0')
	{
		gp_error("--dataset must not be empty");
		return EXIT_USAGE;
	}
	/* (an empty label would be stored as the file's name by the quick way,
	 * replaced by the staging table's name by the staged way) */
	if (opt->label && opt->label[0] == '\0')
	{
		gp_error("--label must not be empty");
		return EXIT_USAGE;
	}
	opt->utf8 = strcasecmp(opt->encoding, "UTF8") == 0 || strcasecmp(opt->encoding, "UTF-8") == 0;
	opt->conn.client_encoding = opt->encoding;
	if (opt->progress < 0)
		opt->progress = stderr_is_tty();
	return -1;
}

/* the workers, one a connection, and the progress drawn until they are done */
static void
run_workers(Job *job, Progress *pg)
{
	pthread_t  *th;

	if (job->opt->jobs > job->files.n)
		job->opt->jobs = job->files.n;
	job->running = job->opt->jobs;
	th = start_threads(job->opt->jobs, worker, job);
	while (locked_count(&job->mu, &job->running) > 0)
	{
		draw(job, pg, 0);
		sleep_ms(50);
	}
	join_threads(th, job->opt->jobs);
}

/* the summary line of geopol import, el seconds after the start */
static void
import_summary(Job *job, const Layout *lay, double el)
{
	char		bytes[32];
	Totals	   *t = &job->t;

	format_bytes(bytes, sizeof(bytes), t->bytes_read);
	printf("import %s: %d file%s", lay->format, t->files_done, t->files_done == 1 ? "" : "s");
	if (t->files_skipped || t->files_bad)
		printf(" (%d skipped, %d bad)", t->files_skipped, t->files_bad);
	printf(", %s, %lld rows, %lld stored, %lld updated, %lld unchanged, %lld rejected",
		   bytes, t->lines, t->stored, t->updated, t->unchanged, t->rejected);
	if (strcmp(lay->format, "gdelt2-mentions") == 0 || t->attached)
		printf(", %lld statements attached", t->attached);
	printf(", %.2f s, %.0f rows/s%s\n", el, el > 0 ? (double) t->lines / el : 0.0,
		   gp_interrupted ? ", interrupted" : "");
	fflush(stdout);
}

int
cmd_import(int argc, char **argv)
{
	Options		opt;
	Job			job;
	Layout		lay;
	Progress	pg;
	int			nstdin = 0,
				rc;
	double		t0;

	if ((rc = import_options(argc, argv, &opt)) >= 0)
		return rc;

	memset(&job, 0, sizeof(job));
	for (int i = optind + 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-") == 0 && ++nstdin > 1)
		{
			gp_error("standard input (-) can be read only once");
			return EXIT_USAGE;
		}
		if (filelist_add(&job.files, argv[i], NULL) < 0)
		{
			filelist_free(&job.files);
			return EXIT_USAGE;
		}
	}
	if (job.files.n == 0)
	{
		gp_error("no files to import");
		return EXIT_USAGE;
	}

	/* the format's layout, and a first connection that says early whether
	 * the database can be reached at all */
	if (db_open(&job.first, &opt.conn) < 0)
	{
		filelist_free(&job.files);
		return EXIT_USAGE;
	}
	if (load_layout(&job.first, argv[optind], &lay) < 0)
	{
		db_close(&job.first);
		filelist_free(&job.files);
		return EXIT_USAGE;
	}
	job.first_open = 1;

	for (int i = 0; i < job.files.n; i++)
		if (job.files.sizes[i] > 0)
			job.bytes_total += job.files.sizes[i];
	job.opt = &opt;
	job.lay = &lay;
	pthread_mutex_init(&job.mu, NULL);
	install_interrupt_handler();
	progress_init(&pg, opt.progress);
	t0 = now_seconds();
	run_workers(&job, &pg);
	if (job.first_open)
		db_close(&job.first);	/* (no worker took it) */
	progress_clear(&pg);

	import_summary(&job, &lay, now_seconds() - t0);
	rc = job.fatal ? EXIT_USAGE :
		(job.t.rejected > 0 || job.t.files_bad > 0) ? EXIT_REJECTS : EXIT_DONE;
	if (job.files.n > job.t.files_done && !gp_interrupted && rc == EXIT_DONE)
		rc = EXIT_REJECTS;
	free_layout(&lay);
	filelist_free(&job.files);
	pthread_mutex_destroy(&job.mu);
	if (gp_interrupted)
		reraise_interrupt();
	return rc;
}
