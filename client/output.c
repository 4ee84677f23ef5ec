/*
 * output.c -- a query's rows as an aligned table, CSV (RFC 4180) or JSON.
 */
#include "geopol.h"

#include <stdlib.h>
#include <string.h>

/* type OIDs of the built-in types printed as numbers or booleans */
#define BOOLOID 16
#define INT8OID 20
#define INT2OID 21
#define INT4OID 23
#define OIDOID 26
#define FLOAT4OID 700
#define FLOAT8OID 701
#define NUMERICOID 1700
#define JSONOID 114
#define JSONBOID 3802

int
parse_out_format(const char *s, OutFormat *f)
{
	if (strcmp(s, "table") == 0)
		*f = OUT_TABLE;
	else if (strcmp(s, "csv") == 0)
		*f = OUT_CSV;
	else if (strcmp(s, "json") == 0)
		*f = OUT_JSON;
	else
		return -1;
	return 0;
}

static int
is_numeric_type(Oid t)
{
	return t == INT2OID || t == INT4OID || t == INT8OID || t == OIDOID ||
		t == FLOAT4OID || t == FLOAT8OID || t == NUMERICOID;
}

static void
print_table(FILE *out, const PGresult *res)
{
	int			nf = PQnfields(res),
				nt = PQntuples(res);
	size_t	   *w = xcalloc((size_t) nf, sizeof(size_t));

	for (int j = 0; j < nf; j++)
	{
		w[j] = utf8_width(PQfname(res, j));
		for (int i = 0; i < nt; i++)
		{
			size_t		k = utf8_width(PQgetvalue(res, i, j));

			if (k > w[j])
				w[j] = k;
		}
	}
	for (int j = 0; j < nf; j++)
	{
		const char *name = PQfname(res, j);
		size_t		k = utf8_width(name),
					left = (w[j] - k) / 2;

		fprintf(out, "%s%*s%s%*s", j ? " | " : " ", (int) left, "", name,
				(int) (w[j] - k - left), "");
	}
	fputc('\n', out);
	for (int j = 0; j < nf; j++)
	{
		fputs(j ? "-+-" : "-", out);
		for (size_t k = 0; k < w[j]; k++)
			fputc('-', out);
	}
	fputs("-\n", out);
	for (int i = 0; i < nt; i++)
	{
		for (int j = 0; j < nf; j++)
		{
			const char *v = PQgetvalue(res, i, j);
			int			pad = (int) (w[j] - utf8_width(v));

			fputs(j ? " | " : " ", out);
			if (is_numeric_type(PQftype(res, j)))
				fprintf(out, "%*s%s", pad, "", v);
			else if (j == nf - 1)
				fputs(v, out);
			else
				fprintf(out, "%s%*s", v, pad, "");
		}
		fputc('\n', out);
	}
	fprintf(out, "(%d row%s)\n", nt, nt == 1 ? "" : "s");
	free(w);
}

static void
csv_field(FILE *out, const char *v)
{
	if (strpbrk(v, ",\"\n\r") == NULL && v[0] != ' ' && (v[0] == '\0' || v[strlen(v) - 1] != ' '))
	{
		fputs(v, out);
		return;
	}
	fputc('"', out);
	for (; *v; v++)
	{
		if (*v == '"')
			fputc('"', out);
		fputc(*v, out);
	}
	fputc('"', out);
}

static void
print_csv(FILE *out, const PGresult *res)
{
	int			nf = PQnfields(res),
				nt = PQntuples(res);

	for (int j = 0; j < nf; j++)
	{
		if (j)
			fputc(',', out);
		csv_field(out, PQfname(res, j));
	}
	fputs("\r\n", out);
	for (int i = 0; i < nt; i++)
	{
		for (int j = 0; j < nf; j++)
		{
			if (j)
				fputc(',', out);
			if (!PQgetisnull(res, i, j))
				csv_field(out, PQgetvalue(res, i, j));
		}
		fputs("\r\n", out);
	}
}

static void
print_json(FILE *out, const PGresult *res)
{
	int			nf = PQnfields(res),
				nt = PQntuples(res);
	Buf			b;

	buf_init(&b);
	buf_putc(&b, '[');
	for (int i = 0; i < nt; i++)
	{
		buf_puts(&b, i ? ",\n " : "\n ");
		buf_putc(&b, '{');
		for (int j = 0; j < nf; j++)
		{
			const char *v = PQgetvalue(res, i, j);
			Oid			t = PQftype(res, j);

			if (j)
				buf_puts(&b, ", ");
			json_escape(&b, PQfname(res, j));
			buf_puts(&b, ": ");
			if (PQgetisnull(res, i, j))
				buf_puts(&b, "null");
			else if (t == BOOLOID)
				buf_puts(&b, v[0] == 't' ? "true" : "false");
			else if (t == JSONOID || t == JSONBOID)
				buf_puts(&b, v);
			else if (is_numeric_type(t) && strspn(v, "-+.0123456789eE") == strlen(v))
				buf_puts(&b, v);	/* NaN and Infinity stay strings */
			else
				json_escape(&b, v);
		}
		buf_putc(&b, '}');
	}
	buf_puts(&b, nt ? "\n]\n" : "]\n");
	fwrite(b.data, 1, b.len, out);
	buf_free(&b);
}

void
print_result(FILE *out, const PGresult *res, OutFormat f)
{
	switch (f)
	{
		case OUT_TABLE:
			print_table(out, res);
			break;
		case OUT_CSV:
			print_csv(out, res);
			break;
		case OUT_JSON:
			print_json(out, res);
			break;
	}
}
