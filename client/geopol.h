/*
 * geopol.h -- the geopol command-line client: shared declarations.
 *
 * The client talks to a database with the geopol extension through libpq.
 * Every query it sends names geopol's objects with the schema the extension
 * lives in (found in pg_extension), and the session's search_path is set to
 * '' right after connecting, as PostgreSQL's own tools do: nothing depends
 * on the user's search_path, and nothing planted on it is ever called.
 */
#ifndef GEOPOL_CLIENT_H
#define GEOPOL_CLIENT_H

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include <libpq-fe.h>

#define GEOPOL_VERSION "0.3"

/* exit codes */
#define EXIT_DONE 0				/* everything done */
#define EXIT_REJECTS 1			/* done, but some rows, articles or files were refused */
#define EXIT_USAGE 2			/* usage or connection error */

#if defined(__GNUC__)
#define GP_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define GP_NORETURN __attribute__((noreturn))
#else
#define GP_PRINTF(f, a)
#define GP_NORETURN
#endif

/* ---- util.c ------------------------------------------------------------- */

/* a growable byte buffer, always NUL-terminated */
typedef struct Buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} Buf;

void		buf_init(Buf *b);
void		buf_free(Buf *b);
void		buf_reset(Buf *b);
void		buf_add(Buf *b, const char *s, size_t n);
void		buf_puts(Buf *b, const char *s);
void		buf_putc(Buf *b, char c);
void		buf_printf(Buf *b, const char *fmt,...) GP_PRINTF(2, 3);

void	   *xmalloc(size_t n);
void	   *xcalloc(size_t n, size_t size);
void	   *xrealloc(void *p, size_t n);
char	   *xstrdup(const char *s);
char	   *xstrndup(const char *s, size_t n);

void		gp_error(const char *fmt,...) GP_PRINTF(1, 2);
void		gp_fatal(int code, const char *fmt,...) GP_PRINTF(2, 3) GP_NORETURN;

/* the length of the valid UTF-8 prefix of s (n when all of it is valid) */
size_t		utf8_valid_prefix(const unsigned char *s, size_t n);
/* s with every invalid byte replaced by U+FFFD (a new string) */
char	   *utf8_sanitize(const char *s, size_t n);
/* characters (code points) in a valid UTF-8 string: its display width here */
size_t		utf8_width(const char *s);

/* escape for a COPY text-format field */
void		copy_escape(Buf *b, const char *s, size_t n);
/* a JSON string literal */
void		json_escape(Buf *b, const char *s);
/* an XML text or attribute value */
void		xml_escape(Buf *b, const char *s);

int			is_date(const char *s);
int			parse_count(const char *s, int lo, int hi, int *out);
int			written_date(const char *s, size_t n, int month_ok);
void		jsonl_checked(Buf *q, const char *row_sql);
double		now_seconds(void);
void		sleep_ms(int ms);
/* n threads running fn(arg) (exits with EXIT_USAGE when one cannot start);
 * join_threads() waits for them and frees the array */
pthread_t  *start_threads(int n, void *(*fn) (void *), void *arg);
void		join_threads(pthread_t *th, int n);
/* *n read under mu (e.g. how many workers still run) */
int			locked_count(pthread_mutex_t *mu, const int *n);
int			stderr_is_tty(void);

/* write all of buf to fd; 0 or -1 */
int			write_all(int fd, const char *buf, size_t n);

/* files given on the command line: regular files, folders walked (sorted) */
typedef struct FileList
{
	char	  **paths;
	long long  *sizes;			/* -1: unknown (stdin) */
	int			n;
	int			cap;
} FileList;

/* add path (a file, a folder, or "-"); in folders only names ending in one
 * of exts (NULL: every file); returns -1 and reports when path is missing */
int			filelist_add(FileList *fl, const char *path, const char *const *exts);
void		filelist_free(FileList *fl);

/* the file's name without its folders */
const char *base_name(const char *path);

/* ---- signals ------------------------------------------------------------ */

/* set by the SIGINT handler, read by every thread: an atomic (lock-free,
 * so a signal handler may write it) */
extern atomic_int gp_interrupted;
void		install_interrupt_handler(void);
void		reraise_interrupt(void) GP_NORETURN;

/* ---- conn.c ------------------------------------------------------------- */

typedef struct ConnOpts
{
	const char *dbname;			/* a name, a conninfo string or a URI */
	const char *host;
	const char *port;
	const char *user;
	int			prompt_password;	/* -W */
	int			no_password;	/* -w */
	const char *client_encoding;	/* NULL: "auto" */
	char	   *password;		/* asked once, then used by every connection */
} ConnOpts;

typedef struct Db
{
	PGconn	   *conn;
	char	   *schema;			/* the extension's schema, quoted */
	char	   *version;		/* the extension's version */
} Db;

/* connect and find geopol; on failure report and return -1 (exit code 2);
 * a password asked for is kept in o for the next connections */
int			db_open(Db *db, ConnOpts *o);
void		db_close(Db *db);

/* run a query with text parameters; NULL (reported) on error */
PGresult   *db_query(Db *db, const char *sql, int nparams, const char *const *params);
/* run a command; 0, or -1 (reported) on error */
int			db_command(Db *db, const char *sql);
/* like db_query, but waits interruptibly: on Ctrl-C the query is cancelled;
 * with err, a failure's message is returned there (to free) instead of printed */
PGresult   *db_query_cancellable(Db *db, const char *sql, int nparams,
								 const char *const *params, char **err);
/* the same for a query written out already (no GEOPOL. to replace: its
 * literals are left alone) */
PGresult   *db_run_cancellable(Db *db, const char *sql, int nparams,
							   const char *const *params, char **err);
/* the message of a failed result, without its trailing newline */
char	   *result_message(const PGresult *res);
/* a query text with every "@" replaced by the schema */
char	   *db_sql(const Db *db, const char *sql);

/* the connection options every command takes; returns 1 when c was one */
int			conn_option(ConnOpts *o, int c, const char *arg);
#define CONN_LONG_OPTIONS \
	{"dbname", required_argument, NULL, 'd'}, \
	{"host", required_argument, NULL, 'h'}, \
	{"port", required_argument, NULL, 'p'}, \
	{"username", required_argument, NULL, 'U'}, \
	{"no-password", no_argument, NULL, 'w'}, \
	{"password", no_argument, NULL, 'W'}, \
	{"help", no_argument, NULL, OPT_HELP}
#define CONN_SHORT_OPTIONS "d:h:p:U:wW"
#define OPT_HELP 1000
/* --help or -? among the arguments (before a "--") */
int			wants_help(int argc, char **argv);
extern const char conn_help[];

/* ---- output.c ----------------------------------------------------------- */

typedef enum OutFormat
{
	OUT_TABLE,
	OUT_CSV,
	OUT_JSON
} OutFormat;

int			parse_out_format(const char *s, OutFormat *f);
void		print_result(FILE *out, const PGresult *res, OutFormat f);

/* ---- progress.c --------------------------------------------------------- */

typedef struct Progress
{
	int			enabled;		/* drawing on stderr */
	double		started;
	double		last_draw;
	int			drawn;			/* a line is on the screen */
} Progress;

void		progress_init(Progress *p, int enabled);
/* draw "label [=====>    ] text" when enabled and due (force: now) */
void		progress_draw(Progress *p, double fraction, const char *text, int force);
void		progress_clear(Progress *p);
/* "1.2 MB", "340 kB" */
void		format_bytes(char *out, size_t n, long long bytes);
/* "1:02:03", "4:05", "7s" */
void		format_duration(char *out, size_t n, double seconds);

/* ---- commands ------------------------------------------------------------ */

int			cmd_import(int argc, char **argv);
int			cmd_ingest(int argc, char **argv);
int			cmd_who(int argc, char **argv);
int			cmd_matrix(int argc, char **argv);
int			cmd_cohesion(int argc, char **argv);
int			cmd_timeseries(int argc, char **argv);
int			cmd_first(int argc, char **argv);
int			cmd_graph(int argc, char **argv);
int			cmd_plot(int argc, char **argv);

/* the program's name in messages */
extern const char *progname;
/* a progress bar is drawn on stderr: messages wipe it first */
extern volatile int gp_progress_line;

#endif							/* GEOPOL_CLIENT_H */
