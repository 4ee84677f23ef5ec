/*
 * jsonline.c -- what geopol ingest checks in a JSON Lines object, and the
 * dates it takes.
 *
 * The server reads the object: the query that casts a line to jsonb also
 * looks at the types of the members ingest stores (jsonb_typeof), so that
 * "body": 42 or "url": ["x"] is a bad line with a reason rather than the text
 * '42', and a member is found however its name is written ("b\u006fdy" is
 * "body", and of a name written twice the last counts, as jsonb reads them).
 * The date must be a written one, not a word PostgreSQL's date input also
 * reads (today, epoch, infinity ...): written_date() in the client, its
 * regular expression below in the query.
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

/* a JSON type as the reasons name it: "a string", "an array", "null" */
static void
type_named(Buf *q, const char *t)
{
	buf_printf(q, "CASE %s WHEN 'object' THEN 'an object' WHEN 'array' THEN 'an array' "
			   "WHEN 'null' THEN 'null' ELSE 'a ' OPERATOR(pg_catalog.||) %s END", t, t);
}

/* a written date (written_date(), month_ok 0) as a regular expression */
#define WRITTEN_DATE_RE \
	"'^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ][0-9]{2}:[0-9]{2}[-0-9:.+Z]*)?$'"

/*
 * The derived table y(j, why) of one JSON Lines object: j the line
 * as jsonb (row_sql: a SELECT of one row whose column j is the line cast to
 * jsonb, so that text which is not JSON is the cast's error), why NULL when
 * ingest may store it, else why it is a bad line.  The checks, the first
 * that fails: the line is an object; url, published, date, title, body,
 * source each a string or null (body not null); body present; the date read
 * (published, else date) a written date (YYYY-MM-DD or an ISO 8601
 * timestamp), quoted up to 40 characters.  One CASE of plain expressions (no
 * subquery, no join: the cheapest to plan, and for a literal line folded to
 * a constant).
 */
void
jsonl_checked(Buf *q, const char *row_sql)
{
	static const char *const member[] = {"url", "published", "date", "title", "body", "source"};
	char		t[96];

	buf_puts(q, "(SELECT s.j, CASE "
			 "WHEN pg_catalog.jsonb_typeof(s.j) OPERATOR(pg_catalog.<>) 'object' THEN "
			 "'the line is ' OPERATOR(pg_catalog.||) ");
	type_named(q, "pg_catalog.jsonb_typeof(s.j)");
	buf_puts(q, " OPERATOR(pg_catalog.||) ', not an object' ");
	for (size_t m = 0; m < sizeof(member) / sizeof(member[0]); m++)
	{
		int			body = strcmp(member[m], "body") == 0;

		snprintf(t, sizeof(t), "pg_catalog.jsonb_typeof(s.j OPERATOR(pg_catalog.->) '%s')", member[m]);
		buf_printf(q, "WHEN %s OPERATOR(pg_catalog.<>) ALL (ARRAY['string'%s]) THEN "
				   "'\"%s\" is ' OPERATOR(pg_catalog.||) ",
				   t, body ? "" : ", 'null'", member[m]);
		type_named(q, t);
		buf_puts(q, " OPERATOR(pg_catalog.||) ', not a string' ");
	}
	buf_puts(q, "WHEN NOT s.j OPERATOR(pg_catalog.?) 'body' THEN 'no \"body\" (the article''s text)' ");
	for (int m = 1; m <= 2; m++)
	{
		/* published, else date: the one the server reads */
		snprintf(t, sizeof(t), "(s.j OPERATOR(pg_catalog.->>) '%s')", member[m]);
		buf_printf(q, "WHEN %s NOT %s OPERATOR(pg_catalog.~) " WRITTEN_DATE_RE " THEN "
				   "'\"%s\": \"' OPERATOR(pg_catalog.||) pg_catalog.\"left\"(%s, 40) OPERATOR(pg_catalog.||) "
				   "'\" is not a written date (YYYY-MM-DD or an ISO 8601 timestamp)' ",
				   m == 2 ? "(s.j OPERATOR(pg_catalog.->>) 'published') IS NULL AND" : "",
				   t, member[m], t);
	}
	/* OFFSET 0 twice: the line is cast once, and the checks are made once,
	 * rather than at every reference to j or why of a merged subquery */
	buf_puts(q, "END AS why FROM (");
	buf_puts(q, row_sql);
	buf_puts(q, " OFFSET 0) s OFFSET 0) y");
}
