/*
 * bloc.c -- sets of actors.  See bloc.h.
 */
#include "bloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t
gp_bloc_count_upper(const char *s, size_t len)
{
	size_t		n = 1,
				i;

	for (i = 0; i < len; i++)
		if (s[i] == ',')
			n++;
	return n;
}

static bool
bfail(gp_bloc_error *err, gp_bloc_errcode code, size_t pos)
{
	if (err)
	{
		memset(err, 0, sizeof(*err));
		err->code = code;
		err->pos = pos;
	}
	return false;
}

static int
actor_qsort_cmp(const void *x, const void *y)
{
	return gp_actor_cmp(*(const gp_actor *) x, *(const gp_actor *) y);
}

bool
gp_bloc_is_normal(const gp_actor *a, size_t n)
{
	size_t		i;

	for (i = 1; i < n; i++)
		if (gp_actor_cmp(a[i - 1], a[i]) >= 0)
			return false;
	return true;
}

size_t
gp_bloc_normalize(gp_actor *a, size_t n)
{
	size_t		i,
				k;

	if (n < 2)
		return n;
	if (gp_bloc_is_normal(a, n))
		return n;
	if (n <= 32)
	{
		/* insertion sort: no calls through a pointer, fast for small sets */
		for (i = 1; i < n; i++)
		{
			gp_actor	x = a[i];

			for (k = i; k > 0 && gp_actor_cmp(a[k - 1], x) > 0; k--)
				a[k] = a[k - 1];
			a[k] = x;
		}
	}
	else
		qsort(a, n, sizeof(gp_actor), actor_qsort_cmp);
	for (i = 1, k = 1; i < n; i++)
		if (!gp_actor_eq(a[i], a[k - 1]))
			a[k++] = a[i];
	return k;
}

bool
gp_bloc_parse(const char *s, size_t len, gp_actor *out, size_t cap, size_t *n,
			  gp_bloc_error *err)
{
	const unsigned char *u = (const unsigned char *) s;
	const unsigned char *nul = memchr(u, '\0', len);
	size_t		b = 0,
				e = nul ? (size_t) (nul - u) : len,
				i,
				count = 0;
	int			member_no = 0;

	while (b < e && gp_is_blank(u[b]))
		b++;
	while (e > b && gp_is_blank(u[e - 1]))
		e--;
	if (b == e || u[b] != '{')
		return bfail(err, GP_BLOC_ERR_NO_OPEN, b);

	i = b + 1;
	/* the empty bloc: "{" blanks "}" */
	{
		size_t		j = i;

		while (j < e && gp_is_blank(u[j]))
			j++;
		if (j < e && u[j] == '}')
		{
			if (j + 1 != e)
				return bfail(err, GP_BLOC_ERR_TRAILING, j + 1);
			*n = 0;
			return true;
		}
	}

	for (;;)
	{
		size_t		ms,
					me;
		gp_actor_error aerr;

		member_no++;
		/* one member: up to ',' or '}' */
		ms = i;
		while (i < e && u[i] != ',' && u[i] != '}' && u[i] != '{')
			i++;
		if (i < e && u[i] == '{')
			return bfail(err, GP_BLOC_ERR_NESTED, i);
		me = i;
		{
			size_t		ts = ms,
						te = me;

			while (ts < te && gp_is_blank(u[ts]))
				ts++;
			while (te > ts && gp_is_blank(u[te - 1]))
				te--;
			if (ts == te)
			{
				if (i >= e)
					return bfail(err, GP_BLOC_ERR_NO_CLOSE, e);
				bfail(err, GP_BLOC_ERR_EMPTY_MEMBER, ts);
				if (err)
					err->member_no = member_no;
				return false;
			}
			if (count >= cap)
			{
				bfail(err, GP_BLOC_ERR_TOO_MANY, ts);
				if (err)
					err->cap = cap;
				return false;
			}
			if (!gp_actor_parse_n(s + ts, te - ts, &out[count], &aerr))
			{
				bfail(err, GP_BLOC_ERR_MEMBER, ts);
				if (err)
				{
					err->member_no = member_no;
					err->member_start = ts;
					err->member_len = te - ts;
					err->actor = aerr;
				}
				return false;
			}
			count++;
		}
		if (i >= e)
			return bfail(err, GP_BLOC_ERR_NO_CLOSE, e);
		if (u[i] == '}')
		{
			if (i + 1 != e)
				return bfail(err, GP_BLOC_ERR_TRAILING, i + 1);
			break;
		}
		i++;					/* past ',' */
	}
	*n = gp_bloc_normalize(out, count);
	return true;
}

char *
gp_bloc_error_detail(const gp_bloc_error *err, const char *s, size_t len,
					 char *buf, size_t size, gp_mblen_fn mblen)
{
	char		inner[GP_DETAIL_BUFSIZE];
	size_t		mlen = err->member_start <= len ?
		(err->member_len < len - err->member_start ? err->member_len : len - err->member_start) : 0;
	int			shown;

	/* a member of binary input with a NUL or non-ASCII byte: quote only
	 * the ASCII before it (the rest is unverified bytes) */
	if (err->code == GP_BLOC_ERR_MEMBER && err->actor.code == GP_ACTOR_ERR_BYTE)
		shown = (int) gp_clip(s + err->member_start, err->actor.pos, GP_QUOTE_MAX, mblen);
	else
		shown = (int) gp_clip(s + err->member_start, mlen, GP_QUOTE_MAX, mblen);

	switch (err->code)
	{
		case GP_BLOC_OK:
			snprintf(buf, size, "No error.");
			break;
		case GP_BLOC_ERR_NO_OPEN:
			snprintf(buf, size, "A bloc literal starts with \"{\".");
			break;
		case GP_BLOC_ERR_NO_CLOSE:
			snprintf(buf, size, "The closing \"}\" is missing.");
			break;
		case GP_BLOC_ERR_TRAILING:
			snprintf(buf, size, "Text follows the closing \"}\".");
			break;
		case GP_BLOC_ERR_NESTED:
			snprintf(buf, size, "Blocs do not nest: \"{\" inside a bloc.");
			break;
		case GP_BLOC_ERR_EMPTY_MEMBER:
			snprintf(buf, size, "Member %d is empty.", err->member_no);
			break;
		case GP_BLOC_ERR_MEMBER:
			gp_actor_error_detail(&err->actor, s + err->member_start, mlen,
								  inner, sizeof(inner), mblen);
			snprintf(buf, size, "Member %d \"%.*s\"%s is not an actor code: %s",
					 err->member_no, shown, s + err->member_start,
					 (size_t) shown < mlen ? "..." : "", inner);
			break;
		case GP_BLOC_ERR_TOO_MANY:
			snprintf(buf, size, "Too many members: at most %zu.", err->cap);
			break;
		case GP_BLOC_ERR_VERSION:
			if (err->count < 0)
				snprintf(buf, size, "The value is empty: the binary form starts with a version byte (%d).",
						 GP_BLOC_BINARY_VERSION);
			else
				snprintf(buf, size, "Binary format version %ld is unknown; this geopol reads version %d.",
						 err->count, GP_BLOC_BINARY_VERSION);
			break;
		case GP_BLOC_ERR_COUNT:
			snprintf(buf, size, "%ld members announced, but %zu bytes follow (a member takes at least 2).",
					 err->count, len >= 5 ? len - 5 : 0);
			break;
		case GP_BLOC_ERR_TRUNCATED:
			snprintf(buf, size, "The data end inside member %d.", err->member_no);
			break;
		case GP_BLOC_ERR_EXTRA:
			snprintf(buf, size, "%zu bytes follow the last member.", len - err->pos);
			break;
	}
	return buf;
}

static uint32_t
read_be32(const unsigned char *p)
{
	return ((uint32_t) p[0] << 24) | ((uint32_t) p[1] << 16) | ((uint32_t) p[2] << 8) | p[3];
}

size_t
gp_bloc_recv_count(const char *data, size_t len)
{
	uint32_t	c;

	if (len < 5)
		return 0;
	c = read_be32((const unsigned char *) data + 1);
	return c > INT32_MAX ? 0 : (size_t) c;
}

bool
gp_bloc_recv(const char *data, size_t len, gp_actor *out, size_t cap, size_t *n,
			 gp_bloc_error *err)
{
	const unsigned char *u = (const unsigned char *) data;
	uint32_t	c;
	size_t		count,
				pos = 5,
				i;

	if (len == 0 || u[0] != GP_BLOC_BINARY_VERSION)
	{
		bfail(err, GP_BLOC_ERR_VERSION, 0);
		if (err)
			err->count = len == 0 ? -1 : u[0];
		return false;
	}
	if (len < 5)
	{
		bfail(err, GP_BLOC_ERR_TRUNCATED, len);
		return false;
	}
	c = read_be32(u + 1);
	if (c > INT32_MAX || c > (len - 5) / 2)
	{
		bfail(err, GP_BLOC_ERR_COUNT, 1);
		if (err)
			err->count = c > INT32_MAX ? (long) c - 4294967296L : (long) c;
		return false;
	}
	count = c;
	if (count > cap)
	{
		bfail(err, GP_BLOC_ERR_TOO_MANY, 1);
		if (err)
		{
			err->count = (long) count;
			err->cap = cap;
		}
		return false;
	}
	for (i = 0; i < count; i++)
	{
		size_t		ml;
		gp_actor_error aerr;

		if (pos >= len || pos + 1 + u[pos] > len)
		{
			bfail(err, GP_BLOC_ERR_TRUNCATED, pos);
			if (err)
				err->member_no = (int) i + 1;
			return false;
		}
		ml = u[pos++];
		if (ml == 0)
		{
			bfail(err, GP_BLOC_ERR_EMPTY_MEMBER, pos);
			if (err)
				err->member_no = (int) i + 1;
			return false;
		}
		if (!gp_actor_recv_text(data + pos, ml, &out[i], &aerr))
		{
			bfail(err, GP_BLOC_ERR_MEMBER, pos);
			if (err)
			{
				err->member_no = (int) i + 1;
				err->member_start = pos;
				err->member_len = ml;
				err->actor = aerr;
			}
			return false;
		}
		pos += ml;
	}
	if (pos != len)
		return bfail(err, GP_BLOC_ERR_EXTRA, pos);
	*n = gp_bloc_normalize(out, count);
	return true;
}

size_t
gp_bloc_send(const gp_actor *a, size_t n, char *buf)
{
	size_t		k = 5,
				i;

	buf[0] = (char) GP_BLOC_BINARY_VERSION;
	buf[1] = (char) ((n >> 24) & 0xFF);
	buf[2] = (char) ((n >> 16) & 0xFF);
	buf[3] = (char) ((n >> 8) & 0xFF);
	buf[4] = (char) (n & 0xFF);
	for (i = 0; i < n; i++)
	{
		size_t		l = gp_actor_format(a[i], buf + k + 1);

		buf[k] = (char) l;
		k += 1 + l;
	}
	return k;
}

size_t
gp_bloc_format(const gp_actor *a, size_t n, char *buf)
{
	size_t		k = 0,
				i;

	buf[k++] = '{';
	for (i = 0; i < n; i++)
	{
		if (i > 0)
			buf[k++] = ',';
		k += gp_actor_format(a[i], buf + k);
	}
	buf[k++] = '}';
	buf[k] = '\0';
	return k;
}

size_t
gp_bloc_union(const gp_actor *a, size_t na, const gp_actor *b, size_t nb, gp_actor *out)
{
	size_t		i = 0,
				j = 0,
				k = 0;

	while (i < na && j < nb)
	{
		int			c = gp_actor_cmp(a[i], b[j]);

		if (c < 0)
			out[k++] = a[i++];
		else if (c > 0)
			out[k++] = b[j++];
		else
		{
			out[k++] = a[i++];
			j++;
		}
	}
	while (i < na)
		out[k++] = a[i++];
	while (j < nb)
		out[k++] = b[j++];
	return k;
}

size_t
gp_bloc_intersect(const gp_actor *a, size_t na, const gp_actor *b, size_t nb, gp_actor *out)
{
	size_t		i = 0,
				j = 0,
				k = 0;

	while (i < na && j < nb)
	{
		int			c = gp_actor_cmp(a[i], b[j]);

		if (c < 0)
			i++;
		else if (c > 0)
			j++;
		else
		{
			out[k++] = a[i++];
			j++;
		}
	}
	return k;
}

size_t
gp_bloc_minus(const gp_actor *a, size_t na, const gp_actor *b, size_t nb, gp_actor *out)
{
	size_t		i = 0,
				j = 0,
				k = 0;

	while (i < na)
	{
		int			c = j < nb ? gp_actor_cmp(a[i], b[j]) : -1;

		if (c < 0)
			out[k++] = a[i++];
		else if (c > 0)
			j++;
		else
		{
			i++;
			j++;
		}
	}
	return k;
}

bool
gp_bloc_contains(const gp_actor *a, size_t na, const gp_actor *b, size_t nb)
{
	size_t		i = 0,
				j = 0;

	while (j < nb)
	{
		int			c;

		if (i >= na)
			return false;
		c = gp_actor_cmp(a[i], b[j]);
		if (c < 0)
			i++;
		else if (c > 0)
			return false;
		else
		{
			i++;
			j++;
		}
	}
	return true;
}

bool
gp_bloc_overlaps(const gp_actor *a, size_t na, const gp_actor *b, size_t nb)
{
	size_t		i = 0,
				j = 0;

	while (i < na && j < nb)
	{
		int			c = gp_actor_cmp(a[i], b[j]);

		if (c == 0)
			return true;
		if (c < 0)
			i++;
		else
			j++;
	}
	return false;
}

bool
gp_bloc_has(const gp_actor *a, size_t na, gp_actor x)
{
	size_t		lo = 0,
				hi = na;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		int			c = gp_actor_cmp(a[mid], x);

		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

int
gp_bloc_cmp(const gp_actor *a, size_t na, const gp_actor *b, size_t nb)
{
	size_t		i,
				m = na < nb ? na : nb;

	for (i = 0; i < m; i++)
	{
		int			c = gp_actor_cmp(a[i], b[i]);

		if (c != 0)
			return c;
	}
	return na < nb ? -1 : (na > nb ? 1 : 0);
}
