/*
 * plot.c -- geopol plot timeseries: an SVG line chart, written by the
 * client (no plotting library): statements per period, one line per target
 * (or per speaker towards one target), empty periods drawn as zero.
 */
#define _POSIX_C_SOURCE 200809L

#include "geopol.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char plot_help[] =
"Usage: geopol plot timeseries [OPTION]...\n"
"An SVG line chart of statements per period: one line per target, or with\n"
"--speaker one line per speaker towards one target. Empty periods count 0.\n"
"\n"
"Options:\n"
"      --target=A[,B...]    the targets (codes or names; required)\n"
"      --speaker=A[,B...]   one line per speaker (then one target)\n"
"      --what=WHAT          stance or class (default DISAPPROVE)\n"
"      --from=DATE, --to=DATE  the period (default: the data's first and last day)\n"
"      --bucket=PERIOD      day, week, month (default), quarter or year\n"
"      --title=TEXT         the chart's title\n"
"      --width=N, --height=N  size in pixels (default 860 x 420)\n"
"  -o, --output=FILE        write to FILE instead of standard output\n"
"\n";

/* dashes tell overlapping lines apart where colours cannot */
static const char *const dashes[] = {"", "7 3", "2 3", "9 3 2 3"};

static const char *const palette[] = {
	"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
	"#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
};

/* split "A,B,C" into a PostgreSQL text[] literal */
static char *
array_literal(const char *list)
{
	Buf			b;
	const char *p = list;

	buf_init(&b);
	buf_putc(&b, '{');
	while (*p)
	{
		const char *e = strchr(p, ',');
		size_t		n = e ? (size_t) (e - p) : strlen(p);

		while (n > 0 && *p == ' ')
			p++, n--;
		while (n > 0 && p[n - 1] == ' ')
			n--;
		if (b.len > 1)
			buf_putc(&b, ',');
		buf_putc(&b, '"');
		for (size_t i = 0; i < n; i++)
		{
			if (p[i] == '"' || p[i] == '\\')
				buf_putc(&b, '\\');
			buf_putc(&b, p[i]);
		}
		buf_putc(&b, '"');
		if (!e)
			break;
		p = e + 1;
	}
	buf_putc(&b, '}');
	return b.data;
}

/* a round step for about n ticks up to max */
static double
nice_step(double max, int n)
{
	double		raw = max / n,
				mag = pow(10, floor(log10(raw))),
				f = raw / mag;

	if (f <= 1)
		return mag;
	if (f <= 2)
		return 2 * mag;
	if (f <= 5)
		return 5 * mag;
	return 10 * mag;
}

static void
period_label(Buf *b, const char *period, const char *bucket)
{
	if (strcmp(bucket, "year") == 0)
		buf_add(b, period, 4);
	else if (strcmp(bucket, "month") == 0)
		buf_add(b, period, 7);
	else if (strcmp(bucket, "quarter") == 0)
		buf_printf(b, "%.4s Q%d", period, (atoi(period + 5) - 1) / 3 + 1);
	else
		buf_puts(b, period);
}

/*
 * rows: series (label), period (date), count; ordered by series, period,
 * every series with the same periods
 */
static void
write_svg(Buf *b, const PGresult *res, const char *title, const char *bucket, int W, int H)
{
	int			nt = PQntuples(res);
	int			nser = 0,
				nper;
	double		max = 0,
				step,
				top;
	int			L = 64,
				R = 200,
				T = 56,
				B = 56;
	double		pw = W - L - R,
				ph = H - T - B;

	for (int i = 0; i < nt; i++)
	{
		double		v = atof(PQgetvalue(res, i, 2));

		if (i == 0 || strcmp(PQgetvalue(res, i, 0), PQgetvalue(res, i - 1, 0)) != 0)
			nser++;
		if (v > max)
			max = v;
	}
	nper = nser ? nt / nser : 0;
	if (max < 1)
		max = 1;
	step = nice_step(max, 5);
	if (step < 1)
		step = 1;
	top = ceil(max / step) * step;

	buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
	buf_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
			   "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n",
			   W, H, W, H);
	buf_puts(b, "<title>");
	xml_escape(b, title);
	buf_puts(b, "</title>\n");
	buf_printf(b, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"white\"/>\n", W, H);
	buf_printf(b, "<text x=\"%d\" y=\"28\" font-size=\"16\" font-weight=\"bold\" fill=\"#222\">", L);
	xml_escape(b, title);
	buf_puts(b, "</text>\n");

	/* y axis: grid lines and counts */
	buf_puts(b, "<g class=\"y-axis\" stroke=\"#ddd\" stroke-width=\"1\">\n");
	for (double v = 0; v <= top + step / 2; v += step)
	{
		double		y = T + ph - v / top * ph;

		buf_printf(b, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
				   "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" stroke=\"none\" fill=\"#555\">%g</text>\n",
				   L, y, L + pw, y, L - 8, y + 4, v);
	}
	buf_puts(b, "</g>\n");
	buf_printf(b, "<text x=\"16\" y=\"%.1f\" transform=\"rotate(-90 16 %.1f)\" text-anchor=\"middle\" fill=\"#555\">statements</text>\n",
			   T + ph / 2, T + ph / 2);

	/* x axis: the periods, at most about 12 labels */
	buf_printf(b, "<g class=\"x-axis\" fill=\"#555\">\n<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>\n",
			   L, T + ph, L + pw, T + ph);
	{
		int			every = nper > 12 ? (nper + 11) / 12 : 1;

		for (int k = 0; k < nper; k += every)
		{
			double		x = nper > 1 ? L + pw * k / (nper - 1) : L + pw / 2;

			buf_printf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>"
					   "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">",
					   x, T + ph, x, T + ph + 5, x, T + ph + 20);
			period_label(b, PQgetvalue(res, k, 1), bucket);
			buf_puts(b, "</text>\n");
		}
	}
	buf_puts(b, "</g>\n");

	/* the lines, with a point per period, and the legend */
	for (int s = 0; s < nser; s++)
	{
		const char *color = palette[s % (int) (sizeof(palette) / sizeof(palette[0]))];
		const char *name = PQgetvalue(res, s * nper, 0);
		double		ly = T + 10 + s * 22;

		buf_puts(b, "<g class=\"series\"><title>");
		xml_escape(b, name);
		buf_printf(b, "</title>\n<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.2\" stroke-opacity=\"0.9\"", color);
		if (*dashes[s % 4])
			buf_printf(b, " stroke-dasharray=\"%s\"", dashes[s % 4]);
		buf_puts(b, " points=\"");
		for (int k = 0; k < nper; k++)
		{
			double		x = nper > 1 ? L + pw * k / (nper - 1) : L + pw / 2,
						y = T + ph - atof(PQgetvalue(res, s * nper + k, 2)) / top * ph;

			buf_printf(b, "%s%.1f,%.1f", k ? " " : "", x, y);
		}
		buf_puts(b, "\"/>\n");
		for (int k = 0; k < nper; k++)
		{
			int			r = s * nper + k;
			double		x = nper > 1 ? L + pw * k / (nper - 1) : L + pw / 2,
						y = T + ph - atof(PQgetvalue(res, r, 2)) / top * ph;

			buf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.8\" fill=\"%s\"><title>", x, y, color);
			xml_escape(b, name);
			buf_puts(b, ", ");
			period_label(b, PQgetvalue(res, r, 1), bucket);
			buf_printf(b, ": %s</title></circle>\n", PQgetvalue(res, r, 2));
		}
		buf_printf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"%s%s%s/>"
				   "<text x=\"%.1f\" y=\"%.1f\" fill=\"#222\">",
				   L + pw + 16, ly, L + pw + 40, ly, color,
				   *dashes[s % 4] ? " stroke-dasharray=\"" : "", dashes[s % 4], *dashes[s % 4] ? "\"" : "",
				   L + pw + 46, ly + 4);
		xml_escape(b, name);
		buf_puts(b, "</text>\n</g>\n");
	}
	buf_puts(b, "</svg>\n");
}

/* the counts of each series in each period between the dates (clamped to
 * the data): the targets' (tl, their array literal) or, with speakers
 * (sl), each speaker's towards the one target; NULL on an error (said) */
static PGresult *
plot_counts(Db *db, const char *tl, const char *targets, const char *sl, const char *what,
			const char *from, const char *to, const char *bucket)
{
	if (sl == NULL)
	{
		const char *p[5] = {tl, what, from, to, bucket};

		return db_query(db,
					   "WITH r AS (SELECT CASE WHEN $3::pg_catalog.date OPERATOR(pg_catalog.=) '-infinity' THEN (SELECT pg_catalog.min(s.said_on OPERATOR(pg_catalog.+) 0) FROM GEOPOL.statement s) ELSE $3::pg_catalog.date END AS f, "
					   "                  CASE WHEN $4::pg_catalog.date OPERATOR(pg_catalog.=) 'infinity' THEN (SELECT pg_catalog.max(s.said_on OPERATOR(pg_catalog.+) 0) FROM GEOPOL.statement s) ELSE $4::pg_catalog.date END AS t), "
					   "a AS (SELECT x.i, GEOPOL.find_actor(x.n) AS a "
					   "        FROM pg_catalog.unnest($1::pg_catalog.text[]) WITH ORDINALITY x(n, i)), "
					   /* every period of the span, empty ones as 0 (zeros => true) */
					   "ts AS (SELECT a.i, t.period, t.statements FROM a, r, "
					   "       LATERAL GEOPOL.timeseries(a.a, $2, r.f, r.t, $5, zeros => true) t) "
					   "SELECT COALESCE(GEOPOL.label(a.a) OPERATOR(pg_catalog.||) ' (' OPERATOR(pg_catalog.||) a.a::pg_catalog.text "
					   "       OPERATOR(pg_catalog.||) ')', a.a::pg_catalog.text) AS series, "
					   "       ts.period, ts.statements "
					   "FROM a JOIN ts ON ts.i OPERATOR(pg_catalog.=) a.i "
					   "ORDER BY a.i, ts.period",
					   5, p);
	}
	else
	{
		const char *p[6];

		p[0] = targets;
		p[1] = what;
		p[2] = from;
		p[3] = to;
		p[4] = bucket;
		p[5] = sl;
		return db_query(db,
					   "WITH r AS (SELECT CASE WHEN $3::pg_catalog.date OPERATOR(pg_catalog.=) '-infinity' THEN (SELECT pg_catalog.min(s.said_on OPERATOR(pg_catalog.+) 0) FROM GEOPOL.statement s) ELSE $3::pg_catalog.date END AS f, "
					   "                  CASE WHEN $4::pg_catalog.date OPERATOR(pg_catalog.=) 'infinity' THEN (SELECT pg_catalog.max(s.said_on OPERATOR(pg_catalog.+) 0) FROM GEOPOL.statement s) ELSE $4::pg_catalog.date END AS t), "
					   "tg AS (SELECT GEOPOL.find_actor($1) AS a), "
					   "sp AS (SELECT x.i, GEOPOL.find_actor(x.n) AS a "
					   "        FROM pg_catalog.unnest($6::pg_catalog.text[]) WITH ORDINALITY x(n, i)), "
					   "w AS (SELECT w.speaker, w.said_on, w.statement FROM tg, r, LATERAL GEOPOL.who($2, tg.a, r.f, r.t) w), "
					   "ts AS (SELECT sp.i, pg_catalog.date_trunc($5, w.said_on::pg_catalog.timestamp)::pg_catalog.date AS period, "
					   "              pg_catalog.count(DISTINCT w.statement) AS statements "
					   "         FROM sp JOIN w ON w.speaker OPERATOR(GEOPOL.<@) sp.a GROUP BY 1, 2), "
					   /* the periods of the span, as geopol.timeseries() lists them */
					   "p AS (SELECT t.period FROM tg, r, LATERAL GEOPOL.timeseries(tg.a, $2, r.f, r.t, $5, zeros => true) t) "
					   "SELECT COALESCE(GEOPOL.label(sp.a) OPERATOR(pg_catalog.||) ' (' OPERATOR(pg_catalog.||) sp.a::pg_catalog.text "
					   "       OPERATOR(pg_catalog.||) ')', sp.a::pg_catalog.text) AS series, "
					   "       p.period, COALESCE(ts.statements, 0) AS statements "
					   "FROM sp CROSS JOIN p LEFT JOIN ts ON ts.i OPERATOR(pg_catalog.=) sp.i AND ts.period OPERATOR(pg_catalog.=) p.period "
					   "ORDER BY sp.i, p.period",
					   6, p);
	}
}

/* the chart of the counts as SVG, to output (NULL: standard output); the
 * exit status */
static int
plot_write(PGresult *res, const char *title, const char *what, const char *speakers,
		   const char *targets, const char *from, const char *to, const char *bucket,
		   int W, int H, const char *output)
{
	Buf			svg,
				t;
	FILE	   *out = stdout;
	int			rc = EXIT_DONE;

	buf_init(&t);
	if (title)
		buf_puts(&t, title);
	else
	{
		buf_printf(&t, "%s %s %s, by %s", what, speakers ? "by speaker towards" : "towards", targets, bucket);
		if (strcmp(from, "-infinity") != 0 || strcmp(to, "infinity") != 0)
			buf_printf(&t, " (%s to %s)", strcmp(from, "-infinity") ? from : PQgetvalue(res, 0, 1),
					   strcmp(to, "infinity") ? to : PQgetvalue(res, PQntuples(res) - 1, 1));
	}
	buf_init(&svg);
	write_svg(&svg, res, t.data, bucket, W, H);
	buf_free(&t);
	if (output && (out = fopen(output, "w")) == NULL)
	{
		gp_error("%s: %s", output, strerror(errno));
		rc = EXIT_USAGE;
	}
	else
	{
		if (fwrite(svg.data, 1, svg.len, out) != svg.len)
			rc = EXIT_USAGE;
		if (out != stdout && fclose(out) != 0)
			rc = EXIT_USAGE;
		if (rc != EXIT_DONE)
			gp_error("%s: %s", output ? output : "standard output", strerror(errno));
	}
	buf_free(&svg);
	return rc;
}

int
cmd_plot(int argc, char **argv)
{
	static const struct option longopts[] = {
		CONN_LONG_OPTIONS,
		{"target", required_argument, NULL, 1},
		{"speaker", required_argument, NULL, 2},
		{"what", required_argument, NULL, 3},
		{"from", required_argument, NULL, 4},
		{"to", required_argument, NULL, 5},
		{"bucket", required_argument, NULL, 6},
		{"title", required_argument, NULL, 7},
		{"width", required_argument, NULL, 8},
		{"height", required_argument, NULL, 9},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0}
	};
	ConnOpts	conn;
	const char *targets = NULL,
			   *speakers = NULL,
			   *what = "DISAPPROVE",
			   *from = "-infinity",
			   *to = "infinity",
			   *bucket = "month",
			   *title = NULL,
			   *output = NULL;
	int			W = 860,
				H = 420,
				c,
				rc = EXIT_DONE;
	Db			db;
	PGresult   *res;
	char	   *tl,
			   *sl = NULL;

	if (wants_help(argc, argv))
	{
		fputs(plot_help, stdout);
		fputs(conn_help, stdout);
		return EXIT_DONE;
	}
	memset(&conn, 0, sizeof(conn));
	optind = 1;
	while ((c = getopt_long(argc, argv, CONN_SHORT_OPTIONS "o:", longopts, NULL)) != -1)
	{
		if (conn_option(&conn, c, optarg))
			continue;
		switch (c)
		{
			case 1:
				targets = optarg;
				break;
			case 2:
				speakers = optarg;
				break;
			case 3:
				what = optarg;
				break;
			case 4:
			case 5:
				if (!is_date(optarg))
				{
					gp_error("--%s \"%s\" is not a date (YYYY-MM-DD)", c == 4 ? "from" : "to", optarg);
					return EXIT_USAGE;
				}
				if (c == 4)
					from = optarg;
				else
					to = optarg;
				break;
			case 6:
				if (strcmp(optarg, "day") && strcmp(optarg, "week") && strcmp(optarg, "month") &&
					strcmp(optarg, "quarter") && strcmp(optarg, "year"))
				{
					gp_error("--bucket must be day, week, month, quarter or year");
					return EXIT_USAGE;
				}
				bucket = optarg;
				break;
			case 7:
				title = optarg;
				break;
			case 8:
			case 9:
				if (parse_count(optarg, 200, 10000, c == 8 ? &W : &H) < 0)
				{
					gp_error("--%s must be between 200 and 10000", c == 8 ? "width" : "height");
					return EXIT_USAGE;
				}
				break;
			case 'o':
				output = optarg;
				break;
			default:
				gp_error("try \"geopol plot --help\"");
				return EXIT_USAGE;
		}
	}
	if (argc - optind != 1 || strcmp(argv[optind], "timeseries") != 0)
	{
		gp_error("plot draws one kind of chart: geopol plot timeseries --target=... (try \"geopol plot --help\")");
		return EXIT_USAGE;
	}
	if (targets == NULL || *targets == '\0')
	{
		gp_error("plot timeseries needs --target");
		return EXIT_USAGE;
	}
	tl = array_literal(targets);
	if (speakers && strchr(targets, ','))
	{
		gp_error("with --speaker, give one --target");
		free(tl);
		return EXIT_USAGE;
	}
	if (db_open(&db, &conn) < 0)
	{
		free(tl);
		return EXIT_USAGE;
	}

	/* the periods between the dates, clamped to the data; the counts */
	if (speakers)
		sl = array_literal(speakers);
	res = plot_counts(&db, tl, targets, sl, what, from, to, bucket);
	if (res == NULL)
	{
		rc = EXIT_USAGE;
		goto done;
	}
	if (PQntuples(res) == 0)
	{
		gp_error("nothing to plot: no statements between these dates");
		PQclear(res);
		rc = EXIT_REJECTS;
		goto done;
	}
	rc = plot_write(res, title, what, speakers, targets, from, to, bucket, W, H, output);
	PQclear(res);
done:
	free(tl);
	free(sl);
	db_close(&db);
	return rc;
}
