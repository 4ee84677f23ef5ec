/*
 * util.c -- buffers, messages, UTF-8, escaping, file lists, signals.
 */
#define _POSIX_C_SOURCE 200809L

#include "geopol.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char *progname = "geopol";
volatile int gp_progress_line = 0;

/* ---- buffers ------------------------------------------------------------- */

void
buf_init(Buf *b)
{
	b->cap = 256;
	b->len = 0;
	b->data = xmalloc(b->cap);
	b->data[0] = '\0';
}

void
buf_free(Buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

void
buf_reset(Buf *b)
{
	b->len = 0;
	b->data[0] = '\0';
}

static void
buf_reserve(Buf *b, size_t more)
{
	if (b->len + more + 1 <= b->cap)
		return;
	while (b->len + more + 1 > b->cap)
		b->cap *= 2;
	b->data = xrealloc(b->data, b->cap);
}

void
buf_add(Buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_puts(Buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_putc(Buf *b, char c)
{
	buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void
buf_printf(Buf *b, const char *fmt,...)
{
	va_list		ap;
	int			n;

	for (;;)
	{
		size_t		room = b->cap - b->len;

		va_start(ap, fmt);
		n = vsnprintf(b->data + b->len, room, fmt, ap);
		va_end(ap);
		if (n < 0)
			return;
		if ((size_t) n < room)
		{
			b->len += (size_t) n;
			return;
		}
		buf_reserve(b, (size_t) n);
	}
}

/* ---- memory and messages ------------------------------------------------- */

void *
xmalloc(size_t n)
{
	void	   *p = malloc(n ? n : 1);

	if (p == NULL)
		gp_fatal(EXIT_USAGE, "out of memory");
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void	   *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		gp_fatal(EXIT_USAGE, "out of memory");
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		gp_fatal(EXIT_USAGE, "out of memory");
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char	   *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
gp_error(const char *fmt,...)
{
	va_list		ap;
	Buf			b;

	/* one write, so that messages of several threads do not interleave */
	buf_init(&b);
	/* a progress bar on this line: wipe it (it is drawn again next tick) */
	if (gp_progress_line)
		buf_puts(&b, "\r\033[K");
	buf_printf(&b, "%s: ", progname);
	va_start(ap, fmt);
	for (;;)
	{
		size_t		room = b.cap - b.len;
		va_list		aq;
		int			n;

		va_copy(aq, ap);
		n = vsnprintf(b.data + b.len, room, fmt, aq);
		va_end(aq);
		if (n < 0)
			break;
		if ((size_t) n < room)
		{
			b.len += (size_t) n;
			break;
		}
		buf_reserve(&b, (size_t) n);
	}
	va_end(ap);
	while (b.len > 0 && b.data[b.len - 1] == '\n')
		b.len--;
	buf_putc(&b, '\n');
	(void) write_all(STDERR_FILENO, b.data, b.len);
	buf_free(&b);
}

void
gp_fatal(int code, const char *fmt,...)
{
	va_list		ap;
	char		msg[2048];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	gp_error("%s", msg);
	exit(code);
}

/* ---- UTF-8 ----------------------------------------------------------------- */

/* the length of the valid sequence at s (1-4), or 0 */
static size_t
utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];

	if (c == 0)
		return 0;				/* text cannot hold NUL */
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF)
	{
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0;			/* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0;			/* surrogates */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4)
	{
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;			/* overlong */
		if (c == 0xF4 && s[1] >= 0x90)
			return 0;			/* beyond U+10FFFF */
		return 4;
	}
	return 0;
}

size_t
utf8_valid_prefix(const unsigned char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		k;
		uint64_t	w;

		/* eight ASCII bytes at a time: no high bit, no zero byte */
		if (i + 8 <= n)
		{
			memcpy(&w, s + i, 8);
			if (((w | ((w & 0x7f7f7f7f7f7f7f7fULL) + 0x7f7f7f7f7f7f7f7fULL)) & 0x8080808080808080ULL)
				== 0x8080808080808080ULL && (w & 0x8080808080808080ULL) == 0)
			{
				i += 8;
				continue;
			}
		}
		if (s[i] < 0x80 && s[i] != 0)
		{
			i++;
			continue;
		}
		k = utf8_seq(s + i, n - i);
		if (k == 0)
			return i;
		i += k;
	}
	return n;
}

char *
utf8_sanitize(const char *s, size_t n)
{
	Buf			b;
	size_t		i = 0;

	buf_init(&b);
	while (i < n)
	{
		size_t		k = utf8_seq((const unsigned char *) s + i, n - i);

		if (k == 0)
		{
			buf_add(&b, "\xEF\xBF\xBD", 3);
			i++;
		}
		else
		{
			buf_add(&b, s + i, k);
			i += k;
		}
	}
	return b.data;
}

size_t
utf8_width(const char *s)
{
	size_t		w = 0;

	for (; *s; s++)
		if (((unsigned char) *s & 0xC0) != 0x80)
			w++;
	return w;
}

/* ---- escaping ---------------------------------------------------------------- */

void
copy_escape(Buf *b, const char *s, size_t n)
{
	size_t		i,
				start = 0;

	for (i = 0; i < n; i++)
	{
		const char *rep = NULL;

		switch (s[i])
		{
			case '\\':
				rep = "\\\\";
				break;
			case '\t':
				rep = "\\t";
				break;
			case '\n':
				rep = "\\n";
				break;
			case '\r':
				rep = "\\r";
				break;
			default:
				continue;
		}
		buf_add(b, s + start, i - start);
		buf_puts(b, rep);
		start = i + 1;
	}
	buf_add(b, s + start, n - start);
}

void
json_escape(Buf *b, const char *s)
{
	buf_putc(b, '"');
	for (; *s; s++)
	{
		unsigned char c = (unsigned char) *s;

		switch (c)
		{
			case '"':
				buf_puts(b, "\\\"");
				break;
			case '\\':
				buf_puts(b, "\\\\");
				break;
			case '\n':
				buf_puts(b, "\\n");
				break;
			case '\r':
				buf_puts(b, "\\r");
				break;
			case '\t':
				buf_puts(b, "\\t");
				break;
			default:
				if (c < 0x20)
					buf_printf(b, "\\u%04x", c);
				else
					buf_putc(b, (char) c);
		}
	}
	buf_putc(b, '"');
}

void
xml_escape(Buf *b, const char *s)
{
	for (; *s; s++)
	{
		unsigned char c = (unsigned char) *s;

		switch (c)
		{
			case '<':
				buf_puts(b, "&lt;");
				break;
			case '>':
				buf_puts(b, "&gt;");
				break;
			case '&':
				buf_puts(b, "&amp;");
				break;
			case '"':
				buf_puts(b, "&quot;");
				break;
			case '\'':
				buf_puts(b, "&apos;");
				break;
			default:
				/* XML 1.0 allows no control characters but tab, LF, CR */
				if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
					buf_putc(b, ' ');
				else
					buf_putc(b, (char) c);
		}
	}
}

/* ---- small things ------------------------------------------------------------- */

int
is_date(const char *s)
{
	/* YYYY-MM-DD, or the words PostgreSQL's date input takes for the ends */
	if (strcmp(s, "infinity") == 0 || strcmp(s, "-infinity") == 0 ||
		strcmp(s, "today") == 0)
		return 1;
	return strlen(s) == 10 && written_date(s, 10, 0) == 2;
}

/* a whole number written in decimal digits alone, between lo and hi:
 * 0 with *out set, -1 otherwise (for options: "2x", "", "-1", "1e3") */
int
parse_count(const char *s, int lo, int hi, int *out)
{
	long long	v = 0;

	if (*s == '\0' || strspn(s, "0123456789") != strlen(s))
		return -1;
	for (; *s; s++)
	{
		v = v * 10 + (*s - '0');
		if (v > hi)
			return -1;
	}
	if (v < lo)
		return -1;
	*out = (int) v;
	return 0;
}

double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

void
sleep_ms(int ms)
{
	struct timespec ts;

	ts.tv_sec = ms / 1000;
	ts.tv_nsec = (long) (ms % 1000) * 1000000L;
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

pthread_t *
start_threads(int n, void *(*fn) (void *), void *arg)
{
	pthread_t  *th = xcalloc((size_t) n, sizeof(pthread_t));

	for (int i = 0; i < n; i++)
		if (pthread_create(&th[i], NULL, fn, arg) != 0)
			gp_fatal(EXIT_USAGE, "cannot start a thread");
	return th;
}

void
join_threads(pthread_t *th, int n)
{
	for (int i = 0; i < n; i++)
		pthread_join(th[i], NULL);
	free(th);
}

int
locked_count(pthread_mutex_t *mu, const int *n)
{
	int			v;

	pthread_mutex_lock(mu);
	v = *n;
	pthread_mutex_unlock(mu);
	return v;
}

int
stderr_is_tty(void)
{
	return isatty(STDERR_FILENO);
}

int
write_all(int fd, const char *buf, size_t n)
{
	while (n > 0)
	{
		ssize_t		w = write(fd, buf, n);

		if (w < 0)
		{
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += w;
		n -= (size_t) w;
	}
	return 0;
}

int
wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-?") == 0)
			return 1;
	}
	return 0;
}

const char *
base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s && s[1] ? s + 1 : path;
}

/* ---- file lists ------------------------------------------------------------------ */

static void
filelist_push(FileList *fl, const char *path, long long size)
{
	if (fl->n == fl->cap)
	{
		fl->cap = fl->cap ? fl->cap * 2 : 16;
		fl->paths = xrealloc(fl->paths, sizeof(char *) * (size_t) fl->cap);
		fl->sizes = xrealloc(fl->sizes, sizeof(long long) * (size_t) fl->cap);
	}
	fl->paths[fl->n] = xstrdup(path);
	fl->sizes[fl->n] = size;
	fl->n++;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static int
has_ext(const char *name, const char *const *exts)
{
	size_t		n = strlen(name);

	if (exts == NULL)
		return 1;
	for (; *exts; exts++)
	{
		size_t		k = strlen(*exts);

		if (n > k && strcmp(name + n - k, *exts) == 0)
			return 1;
	}
	return 0;
}

static int
walk(FileList *fl, const char *dir, const char *const *exts, int depth)
{
	DIR		   *d;
	struct dirent *e;
	char	  **names = NULL;
	int			n = 0,
				cap = 0,
				rc = 0;

	if (depth > 64)
	{
		gp_error("%s: folders nested too deep", dir);
		return -1;
	}
	d = opendir(dir);
	if (d == NULL)
	{
		gp_error("cannot read folder %s: %s", dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL)
	{
		if (e->d_name[0] == '.')
			continue;			/* hidden files, . and .. */
		if (n == cap)
		{
			cap = cap ? cap * 2 : 32;
			names = xrealloc(names, sizeof(char *) * (size_t) cap);
		}
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (n > 0)
		qsort(names, (size_t) n, sizeof(char *), name_cmp);
	for (int i = 0; i < n; i++)
	{
		Buf			p;
		struct stat st;

		buf_init(&p);
		buf_printf(&p, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
		if (stat(p.data, &st) == 0)
		{
			if (S_ISDIR(st.st_mode))
			{
				if (walk(fl, p.data, exts, depth + 1) < 0)
					rc = -1;
			}
			else if (S_ISREG(st.st_mode) && has_ext(names[i], exts))
				filelist_push(fl, p.data, (long long) st.st_size);
		}
		buf_free(&p);
		free(names[i]);
	}
	free(names);
	return rc;
}

int
filelist_add(FileList *fl, const char *path, const char *const *exts)
{
	struct stat st;

	if (strcmp(path, "-") == 0)
	{
		filelist_push(fl, "-", -1);
		return 0;
	}
	if (stat(path, &st) != 0)
	{
		gp_error("%s: %s", path, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode))
		return walk(fl, path, exts, 0);
	filelist_push(fl, path, S_ISREG(st.st_mode) ? (long long) st.st_size : -1);
	return 0;
}

void
filelist_free(FileList *fl)
{
	for (int i = 0; i < fl->n; i++)
		free(fl->paths[i]);
	free(fl->paths);
	free(fl->sizes);
	memset(fl, 0, sizeof(*fl));
}

/* ---- Ctrl-C ---------------------------------------------------------------------- */

_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "a signal handler may write gp_interrupted");
atomic_int	gp_interrupted = 0;

static void
on_interrupt(int sig)
{
	(void) sig;
	gp_interrupted = 1;
}

void
install_interrupt_handler(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_interrupt;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	/* a closed pipe (geopol ... | head) is an error on write, not a death */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

void
reraise_interrupt(void)
{
	/* die of the signal, so that the shell knows the run was interrupted */
	signal(SIGINT, SIG_DFL);
	raise(SIGINT);
	exit(130);
}
