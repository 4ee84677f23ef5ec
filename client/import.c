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

#include "geopol.h"

#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
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
"      --label=NAME         the file's name in import_reject and import_log\n"
"                           (default: the base name; - for standard input)\n"
"  -E, --encoding=ENC       the files' encoding (default UTF8; e.g. LATIN1 for old\n"
"                           POLECAT files); with UTF8 each line is checked\n"
"  -j, --jobs=N             load N files at a time, on N connections\n"
"      --again              load files again that import_log has (same name, size)\n"
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

static void
add_progress(Job *job, long long bytes, long long lines)
{
	pthread_mutex_lock(&job->mu);
	job->t.bytes_read += bytes;
	job->t.lines_read += lines;
	pthread_mutex_unlock(&job->mu);
}

static int
flush_copy(FileRun *r, Buf *out)
{
	if (out->len == 0)
		return 0;
	if (PQputCopyData(r->db->conn, out->data, (int) out->len) != 1)
	{
		r->bad = xstrdup(PQerrorMessage(r->db->conn));
		return -1;
	}
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
set_bad(FileRun *r, const char *fmt,...) GP_PRINTF(2, 3);

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

	memcpy(pos, lay->pos, sizeof(int) * (size_t) lay->nused);
	expected_columns(lay, expect, sizeof(expect));

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
			char	   *h = line;
			size_t		hl = len;

			header_seen = 1;
			if (hl >= 3 && memcmp(h, "\xEF\xBB\xBF", 3) == 0)
			{
				h += 3;
				hl -= 3;
			}
			n = split_fields(h, hl, &offs, &offcap);
			for (int i = 0; i < lay->nused; i++)
			{
				pos[i] = 0;
				for (int f = 0; f < n; f++)
				{
					size_t		fl = offs[f + 1] - 1 - offs[f];

					if (fl == strlen(lay->headers[i]) &&
						strncasecmp(h + offs[f], lay->headers[i], fl) == 0)
					{
						pos[i] = f + 1;
						break;
					}
				}
				if (pos[i] == 0)
				{
					set_bad(r, "not in the %s format: its first line is not a header naming the column \"%s\"",
							lay->format, lay->headers[i]);
					rc = -1;
					break;
				}
			}
			if (rc < 0)
				break;
			ncols_min = ncols_max = n;
			snprintf(expect, sizeof(expect), "%d (as the header)", n);
			continue;
		}
		if (len == 0)
			continue;			/* a blank line is no row */
		data_lines++;
		pend_lines++;
		buf_printf(&out, "%lld", lineno);
		if (job->opt->utf8 && utf8_valid_prefix((unsigned char *) line, len) < len)
		{
			size_t		at = utf8_valid_prefix((unsigned char *) line, len);
			char	   *clean = utf8_sanitize(line, len);

			for (int i = 0; i < lay->nused; i++)
				buf_puts(&out, "\t\\N");
			buf_printf(&out, "\t%s at byte %zu\t", line[at] == '\0' ? "NUL byte" : "invalid UTF-8", at + 1);
			copy_escape(&out, clean, strlen(clean));
			buf_putc(&out, '\n');
			free(clean);
		}
		else
		{
			n = split_fields(line, len, &offs, &offcap);
			if (n < ncols_min || n > ncols_max)
			{
				if (data_lines == 1)
				{
					set_bad(r, "not in the %s format: line %lld has %d column%s, the format has %s",
							lay->format, lineno, n, n == 1 ? "" : "s", expect);
					rc = -1;
					break;
				}
				for (int i = 0; i < lay->nused; i++)
					buf_puts(&out, "\t\\N");
				buf_printf(&out, "\t%d columns, expected %s\t", n, expect);
				copy_escape(&out, line, len);
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
			add_progress(job, pend_bytes, pend_lines);
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
	add_progress(job, pend_bytes, pend_lines);
	if (end_copy(r, rc == 0 ? NULL : (r->bad ? r->bad : "aborted")) < 0)
		rc = -1;
	buf_free(&out);
	free(line);
	free(offs);
	free(pos);
	return rc;
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

	if (db_open(&db, &job->opt->conn) < 0)
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
			job->t.files_bad++;
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

int
cmd_import(int argc, char **argv)
{
	static const struct option longopts[] = {
		CONN_LONG_OPTIONS,
		{"dataset", required_argument, NULL, 1},
		{"label", required_argument, NULL, 2},
		{"encoding", required_argument, NULL, 'E'},
		{"jobs", required_argument, NULL, 'j'},
		{"again", no_argument, NULL, 3},
		{"quiet", no_argument, NULL, 'q'},
		{"progress", no_argument, NULL, 4},
		{"no-progress", no_argument, NULL, 5},
		{NULL, 0, NULL, 0}
	};
	Options		opt;
	Job			job;
	Layout		lay;
	Db			db;
	Progress	pg;
	pthread_t  *th;
	int			c,
				nstdin = 0,
				rc;
	double		t0;

	memset(&opt, 0, sizeof(opt));
	opt.jobs = 1;
	opt.progress = -1;
	opt.encoding = "UTF8";
	if (wants_help(argc, argv))
	{
		fputs(import_help, stdout);
		fputs(conn_help, stdout);
		return EXIT_DONE;
	}
	optind = 1;
	while ((c = getopt_long(argc, argv, CONN_SHORT_OPTIONS "E:j:q", longopts, NULL)) != -1)
	{
		if (conn_option(&opt.conn, c, optarg))
			continue;
		switch (c)
		{
			case OPT_HELP:
				fputs(import_help, stdout);
				fputs(conn_help, stdout);
				return EXIT_DONE;
			case 1:
				opt.dataset = optarg;
				break;
			case 2:
				opt.label = optarg;
				break;
			case 'E':
				opt.encoding = optarg;
				break;
			case 'j':
				opt.jobs = atoi(optarg);
				if (opt.jobs < 1 || opt.jobs > 64)
				{
					gp_error("--jobs must be between 1 and 64");
					return EXIT_USAGE;
				}
				break;
			case 3:
				opt.again = 1;
				break;
			case 'q':
				opt.quiet = 1;
				break;
			case 4:
				opt.progress = 1;
				break;
			case 5:
				opt.progress = 0;
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
	if (opt.dataset && opt.dataset[0] == '\0')
	{
		gp_error("--dataset must not be empty");
		return EXIT_USAGE;
	}
	opt.utf8 = strcasecmp(opt.encoding, "UTF8") == 0 || strcasecmp(opt.encoding, "UTF-8") == 0;
	opt.conn.client_encoding = opt.encoding;
	if (opt.progress < 0)
		opt.progress = stderr_is_tty();

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
	if (db_open(&db, &opt.conn) < 0)
	{
		filelist_free(&job.files);
		return EXIT_USAGE;
	}
	if (load_layout(&db, argv[optind], &lay) < 0)
	{
		db_close(&db);
		filelist_free(&job.files);
		return EXIT_USAGE;
	}
	db_close(&db);

	for (int i = 0; i < job.files.n; i++)
		if (job.files.sizes[i] > 0)
			job.bytes_total += job.files.sizes[i];
	job.opt = &opt;
	job.lay = &lay;
	pthread_mutex_init(&job.mu, NULL);
	install_interrupt_handler();
	progress_init(&pg, opt.progress);
	t0 = now_seconds();
	if (opt.jobs > job.files.n)
		opt.jobs = job.files.n;
	th = xcalloc((size_t) opt.jobs, sizeof(pthread_t));
	job.running = opt.jobs;
	for (int i = 0; i < opt.jobs; i++)
		if (pthread_create(&th[i], NULL, worker, &job) != 0)
			gp_fatal(EXIT_USAGE, "cannot start a thread");
	for (;;)
	{
		int			running;

		pthread_mutex_lock(&job.mu);
		running = job.running;
		pthread_mutex_unlock(&job.mu);
		if (running == 0)
			break;
		draw(&job, &pg, 0);
		sleep_ms(50);
	}
	for (int i = 0; i < opt.jobs; i++)
		pthread_join(th[i], NULL);
	free(th);
	progress_clear(&pg);

	{
		double		el = now_seconds() - t0;
		char		bytes[32];
		Totals	   *t = &job.t;

		format_bytes(bytes, sizeof(bytes), t->bytes_read);
		printf("import %s: %d file%s", lay.format, t->files_done, t->files_done == 1 ? "" : "s");
		if (t->files_skipped || t->files_bad)
			printf(" (%d skipped, %d bad)", t->files_skipped, t->files_bad);
		printf(", %s, %lld rows, %lld stored, %lld updated, %lld unchanged, %lld rejected",
			   bytes, t->lines, t->stored, t->updated, t->unchanged, t->rejected);
		if (strcmp(lay.format, "gdelt2-mentions") == 0 || t->attached)
			printf(", %lld statements attached", t->attached);
		printf(", %.2f s, %.0f rows/s%s\n", el, el > 0 ? (double) t->lines / el : 0.0,
			   gp_interrupted ? ", interrupted" : "");
		fflush(stdout);
	}
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
