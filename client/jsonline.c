/*
 * jsonline.c -- what geopol ingest checks in a JSON Lines object before the
 * server parses it, and the dates it takes.
 *
 * The server reads the object (its JSON syntax is the server's to judge);
 * the client looks at the top level only: the type of each member it
 * stores, so that "body": 42 or "url": ["x"] is a bad line with a reason
 * rather than the text '42', and the date is a written one, not a word
 * PostgreSQL's date input also reads (today, epoch, infinity ...).
 */
#include "geopol.h"

#include <string.h>

/* a written date: YYYY-MM-DD (2), optionally followed by "T" or " " and an
 * ISO 8601 time (HH:MM..., a fraction, Z or an offset) the day of which is
 * read; or, when month_ok, YYYY-MM (1, a month).  0 for anything else. */
int
written_date(const char *s, size_t n, int month_ok)
{
	static const char num[] = "0123456789";
	int			m,
				d;

	if (n < 7 || strspn(s, num) < 4 || s[4] != '-' ||
		!memchr(num, s[5], 10) || !memchr(num, s[6], 10))
		return 0;
	m = (s[5] - '0') * 10 + (s[6] - '0');
	if (m < 1 || m > 12)
		return 0;
	if (n == 7)
		return month_ok ? 1 : 0;
	if (n < 10 || s[7] != '-' || !memchr(num, s[8], 10) || !memchr(num, s[9], 10))
		return 0;
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (d < 1 || d > 31)
		return 0;
	if (n == 10)
		return 2;
	/* a time: THH:MM, then seconds, a fraction, a zone */
	if ((s[10] != 'T' && s[10] != ' ') || n < 16 ||
		!memchr(num, s[11], 10) || !memchr(num, s[12], 10) || s[13] != ':' ||
		!memchr(num, s[14], 10) || !memchr(num, s[15], 10))
		return 0;
	for (size_t i = 16; i < n; i++)
		if (!memchr("0123456789:.+-Z", s[i], 15))
			return 0;
	return 2;
}

static size_t
skip_ws(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	return i;
}

/* past a JSON string starting at s[i] == '"'; n + 1 when it does not end */
static size_t
skip_string(const char *s, size_t n, size_t i)
{
	for (i++; i < n; i++)
	{
		if (s[i] == '\\')
			i++;
		else if (s[i] == '"')
			return i + 1;
	}
	return n + 1;
}

/* past a JSON value at s[i]; n + 1 when it is cut short */
static size_t
skip_value(const char *s, size_t n, size_t i)
{
	int			depth = 0;

	if (i >= n)
		return n + 1;
	if (s[i] == '"')
		return skip_string(s, n, i);
	if (s[i] != '{' && s[i] != '[')
	{
		while (i < n && !memchr(",}] \t\r\n", s[i], 7))
			i++;
		return i;
	}
	for (; i < n; i++)
	{
		if (s[i] == '"')
		{
			i = skip_string(s, n, i) - 1;
			continue;
		}
		if (s[i] == '{' || s[i] == '[')
			depth++;
		else if ((s[i] == '}' || s[i] == ']') && --depth == 0)
			return i + 1;
	}
	return n + 1;
}

static const char *
type_name(char c)
{
	return c == '"' ? "a string" : c == '{' ? "an object" : c == '[' ? "an array" :
		c == 't' || c == 'f' ? "a boolean" : c == 'n' ? "null" : "a number";
}

/* the members ingest stores */
enum
{
	M_URL, M_PUBLISHED, M_DATE, M_TITLE, M_BODY, M_SOURCE, M_N
};
static const char *const member[M_N] = {"url", "published", "date", "title", "body", "source"};

/*
 * A JSON Lines object: NULL when ingest may hand it to the server (whose
 * JSON parser judges the syntax), or why it is a bad line (in why).  A
 * member's last occurrence counts, as in jsonb.
 */
const char *
jsonl_check(const char *s, size_t n, char *why, size_t whylen)
{
	size_t		at[M_N] = {0},
				end[M_N] = {0};
	size_t		i = skip_ws(s, n, 0);

	if (i >= n || s[i] != '{')
	{
		/* a JSON value that is not an object; other text is the server's */
		if (i >= n || !memchr("\"[tfn-0123456789", s[i], 16))
			return NULL;
		snprintf(why, whylen, "the line is %s, not an object", type_name(s[i]));
		return why;
	}
	i = skip_ws(s, n, i + 1);
	while (i < n && s[i] == '"')
	{
		size_t		k = i + 1,
					kend = skip_string(s, n, i);

		if (kend > n)
			return NULL;
		i = skip_ws(s, n, kend);
		if (i >= n || s[i] != ':')
			return NULL;
		i = skip_ws(s, n, i + 1);
		for (int m = 0; m < M_N; m++)
			if (kend - 1 - k == strlen(member[m]) && memcmp(s + k, member[m], kend - 1 - k) == 0)
			{
				at[m] = i + 1;	/* (0: absent) */
				end[m] = skip_value(s, n, i);
			}
		i = skip_value(s, n, i);
		if (i > n)
			return NULL;
		i = skip_ws(s, n, i);
		if (i < n && s[i] == ',')
			i = skip_ws(s, n, i + 1);
		else if (i >= n || s[i] != '}')
			return NULL;
	}
	if (i >= n || s[i] != '}')
		return NULL;			/* (not JSON: the server says why) */
	for (int m = 0; m < M_N; m++)
	{
		char		c = at[m] ? s[at[m] - 1] : 0;

		/* url, title, source, the dates: a string or null; body a string */
		if (at[m] && c != '"' && (c != 'n' || m == M_BODY))
		{
			snprintf(why, whylen, "\"%s\" is %s, not a string", member[m], type_name(c));
			return why;
		}
	}
	if (!at[M_BODY])
	{
		snprintf(why, whylen, "no \"body\" (the article's text)");
		return why;
	}
	for (int m = M_PUBLISHED; m <= M_DATE; m++)
	{
		size_t		a = at[m],
					l = a ? end[m] - a - 1 : 0;

		/* published, else date: the one the server reads */
		if (m == M_DATE && at[M_PUBLISHED] && s[at[M_PUBLISHED] - 1] == '"')
			break;
		if (a && s[a - 1] == '"' && !written_date(s + a, l, 0))
		{
			snprintf(why, whylen, "\"%s\": \"%.*s\" is not a written date (YYYY-MM-DD or an ISO 8601 timestamp)",
					 member[m], (int) (l > 40 ? 40 : l), s + a);
			return why;
		}
	}
	return NULL;
}
