/*
 * progress.c -- a one-line progress bar on stderr, redrawn in place.
 */
#include "geopol.h"

#include <string.h>
#include <unistd.h>

void
progress_init(Progress *p, int enabled)
{
	memset(p, 0, sizeof(*p));
	p->enabled = enabled;
	p->started = now_seconds();
}

void
progress_draw(Progress *p, double fraction, const char *text, int force)
{
	double		now = now_seconds();
	char		bar[32];
	Buf			b;
	int			width = 24,
				fill;

	if (!p->enabled || (!force && now - p->last_draw < 0.2))
		return;
	p->last_draw = now;
	if (fraction < 0)
		fraction = 0;
	if (fraction > 1)
		fraction = 1;
	fill = (int) (fraction * width + 0.5);
	for (int i = 0; i < width; i++)
		bar[i] = i < fill ? '=' : (i == fill ? '>' : ' ');
	bar[width] = '\0';
	buf_init(&b);
	/* \r, the line, then erase what an older, longer line left */
	buf_printf(&b, "\r[%s] %3d%% %s\033[K", bar, (int) (fraction * 100), text);
	(void) write_all(STDERR_FILENO, b.data, b.len);
	buf_free(&b);
	p->drawn = 1;
	gp_progress_line = 1;
}

void
progress_clear(Progress *p)
{
	if (p->enabled && p->drawn)
		(void) write_all(STDERR_FILENO, "\r\033[K", 4);
	p->drawn = 0;
	gp_progress_line = 0;
}

void
format_bytes(char *out, size_t n, long long bytes)
{
	if (bytes < 0)
		snprintf(out, n, "?");
	else if (bytes < 10 * 1000)
		snprintf(out, n, "%lld B", bytes);
	else if (bytes < 10 * 1000 * 1000)
		snprintf(out, n, "%.0f kB", (double) bytes / 1e3);
	else if (bytes < 10LL * 1000 * 1000 * 1000)
		snprintf(out, n, "%.1f MB", (double) bytes / 1e6);
	else
		snprintf(out, n, "%.1f GB", (double) bytes / 1e9);
}

void
format_duration(char *out, size_t n, double seconds)
{
	long		s = (long) (seconds + 0.5);

	if (seconds < 0)
		snprintf(out, n, "?");
	else if (s < 60)
		snprintf(out, n, "%lds", s);
	else if (s < 3600)
		snprintf(out, n, "%ld:%02ld", s / 60, s % 60);
	else
		snprintf(out, n, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
}
