/*
 * query.c -- the analyst's questions: who, matrix, cohesion, timeseries,
 * first.  Each runs one query of geopol's functions and prints its rows as a
 * table, CSV or JSON.
 */
#define _POSIX_C_SOURCE 200809L

#include "geopol.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

typedef struct QOpts
{
	ConnOpts	conn;
	const char *from;
	const char *to;
	const char *what;
	const char *bucket;
	const char *output;
	OutFormat	format;
	int			zeros;			/* timeseries: 1 (default) or 0 (--no-zeros) */
	int			include_own;	/* who, timeseries: --include-own */
	int			domestic;		/* matrix: --domestic */
} QOpts;

/* an actor written as a code (PRK, RUS.GOV) or a name (North Korea) */
#define ACTOR_ARG(n) \
	"GEOPOL.find_actor($" #n ")"

static const char query_opts_help[] =
"Options:\n"
"      --from=DATE          first day (default: the first statement)\n"
"      --to=DATE            last day (default: the last statement)\n"
"  -f, --format=FORMAT      table (default), csv or json\n"
"  -o, --output=FILE        write to FILE instead of standard output\n";

/* parse the options; returns the index of the first argument, or -1 after
 * printing help (*rc = 0) or an error (*rc = 2) */
static int
parse(int argc, char **argv, const char *help, QOpts *q, int *rc, int nargs)
{
	static const struct option longopts[] = {
		CONN_LONG_OPTIONS,
		{"from", required_argument, NULL, 1},
		{"to", required_argument, NULL, 2},
		{"what", required_argument, NULL, 3},
		{"bucket", required_argument, NULL, 4},
		{"zeros", no_argument, NULL, 5},
		{"no-zeros", no_argument, NULL, 6},
		{"include-own", no_argument, NULL, 7},
		{"domestic", no_argument, NULL, 8},
		{"format", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0}
	};
	int			c;

	*rc = EXIT_DONE;
	if (wants_help(argc, argv))
	{
		fputs(help, stdout);
		fputs(query_opts_help, stdout);
		fputs(conn_help, stdout);
		return -1;
	}
	memset(q, 0, sizeof(*q));
	q->from = "-infinity";
	q->to = "infinity";
	q->bucket = "month";
	q->zeros = 1;
	optind = 1;
	while ((c = getopt_long(argc, argv, CONN_SHORT_OPTIONS "f:o:", longopts, NULL)) != -1)
	{
		if (conn_option(&q->conn, c, optarg))
			continue;
		switch (c)
		{
			case 1:
			case 2:
				if (!is_date(optarg))
				{
					gp_error("--%s \"%s\" is not a date (YYYY-MM-DD)", c == 1 ? "from" : "to", optarg);
					*rc = EXIT_USAGE;
					return -1;
				}
				if (c == 1)
					q->from = optarg;
				else
					q->to = optarg;
				break;
			case 3:
				q->what = optarg;
				break;
			case 4:
				if (strcmp(optarg, "day") && strcmp(optarg, "week") && strcmp(optarg, "month") &&
					strcmp(optarg, "quarter") && strcmp(optarg, "year"))
				{
					gp_error("--bucket must be day, week, month, quarter or year");
					*rc = EXIT_USAGE;
					return -1;
				}
				q->bucket = optarg;
				break;
			case 5:
			case 6:
				q->zeros = (c == 5);
				break;
			case 7:
				q->include_own = 1;
				break;
			case 8:
				q->domestic = 1;
				break;
			case 'f':
				if (parse_out_format(optarg, &q->format) < 0)
				{
					gp_error("--format must be table, csv or json");
					*rc = EXIT_USAGE;
					return -1;
				}
				break;
			case 'o':
				q->output = optarg;
				break;
			default:
				gp_error("try \"geopol %s --help\"", argv[0]);
				*rc = EXIT_USAGE;
				return -1;
		}
	}
	if (argc - optind != nargs)
	{
		gp_error("%s needs %d argument%s (try \"geopol %s --help\")",
				 argv[0], nargs, nargs == 1 ? "" : "s", argv[0]);
		*rc = EXIT_USAGE;
		return -1;
	}
	return optind;
}

static int
run(QOpts *q, const char *sql, int nparams, const char *const *params)
{
	Db			db;
	PGresult   *res;
	FILE	   *out = stdout;
	int			rc = EXIT_DONE;

	if (db_open(&db, &q->conn) < 0)
		return EXIT_USAGE;
	install_interrupt_handler();
	res = db_query_cancellable(&db, sql, nparams, params, NULL);
	if (res == NULL)
	{
		db_close(&db);
		if (gp_interrupted)
			reraise_interrupt();
		return EXIT_USAGE;
	}
	if (q->output && (out = fopen(q->output, "w")) == NULL)
	{
		gp_error("%s: %s", q->output, strerror(errno));
		rc = EXIT_USAGE;
	}
	else
	{
		print_result(out, res, q->format);
		if (out != stdout && fclose(out) != 0)
		{
			gp_error("%s: %s", q->output, strerror(errno));
			rc = EXIT_USAGE;
		}
	}
	PQclear(res);
	db_close(&db);
	return rc;
}

int
cmd_who(int argc, char **argv)
{
	static const char help[] =
		"Usage: geopol who [OPTION]... WHAT TARGET\n"
		"Who took a stance towards the target (geopol.who()): directly, or as a party to\n"
		"a joint statement (via the forum), towards the target, a part of it, or a bloc it\n"
		"belonged to that day. WHAT is a stance, a CAMEO code or a class (condemn, 111,\n"
		"DISAPPROVE); TARGET an actor code or a name (PRK, North Korea).\n"
		"      --include-own        the target's own actors too (USA.GOV towards NATO\n"
		"                           for target USA; left out by default)\n"
		"Example: geopol who condemn PRK --from 2024-01-01 --to 2024-12-31\n\n";
	QOpts		q;
	int			rc,
				i = parse(argc, argv, help, &q, &rc, 2);

	if (i < 0)
		return rc;
	{
		const char *p[5] = {argv[i], argv[i + 1], q.from, q.to, q.include_own ? "true" : "false"};

		return run(&q,
				   "SELECT w.speaker, GEOPOL.label(w.speaker, w.said_on) AS name, w.via, w.said_on, "
				   "w.stance, w.statement, w.evidence "
				   "FROM GEOPOL.who($1, " ACTOR_ARG(2) ", $3::pg_catalog.date, $4::pg_catalog.date, "
				   "include_own => $5::pg_catalog.bool) w",
				   5, p);
	}
}

int
cmd_matrix(int argc, char **argv)
{
	static const char help[] =
		"Usage: geopol matrix [OPTION]...\n"
		"How many statements each speaker made towards each target, at country level\n"
		"(geopol.stance_matrix()).\n"
		"      --what=WHAT          the stance or class (default DISAPPROVE)\n"
		"      --domestic           pairs of a country with itself too (USA.GOV towards\n"
		"                           USA.REB; left out by default)\n"
		"Example: geopol matrix --what condemn --from 2024-01-01 --format csv\n\n";
	QOpts		q;
	int			rc,
				i = parse(argc, argv, help, &q, &rc, 0);

	if (i < 0)
		return rc;
	{
		const char *p[4] = {q.from, q.to, q.what ? q.what : "DISAPPROVE", q.domestic ? "true" : "false"};

		return run(&q,
				   "SELECT m.speaker, m.target, m.statements "
				   "FROM GEOPOL.stance_matrix($1::pg_catalog.date, $2::pg_catalog.date, $3, "
				   "domestic => $4::pg_catalog.bool) m",
				   4, p);
	}
}

int
cmd_cohesion(int argc, char **argv)
{
	static const char help[] =
		"Usage: geopol cohesion [OPTION]... BLOC\n"
		"For each statement that involves the bloc or one of its members: how many of its\n"
		"full members that day were parties to it (geopol.cohesion()).\n"
		"      --what=WHAT          only statements of this stance or class\n"
		"Example: geopol cohesion G7 --from 2024-01-01 --to 2024-12-31\n\n";
	QOpts		q;
	int			rc,
				i = parse(argc, argv, help, &q, &rc, 1);

	if (i < 0)
		return rc;
	{
		const char *p[4] = {argv[i], q.from, q.to, q.what};

		return run(&q,
				   "SELECT c.statement, c.said_on, c.members, c.joined, c.share "
				   "FROM GEOPOL.cohesion(" ACTOR_ARG(1) ", $2::pg_catalog.date, $3::pg_catalog.date, $4) c",
				   4, p);
	}
}

int
cmd_timeseries(int argc, char **argv)
{
	static const char help[] =
		"Usage: geopol timeseries [OPTION]... TARGET WHAT\n"
		"Statements and distinct speakers taking the stance towards the target, per\n"
		"period (geopol.timeseries()). Every period between the dates is listed, empty\n"
		"ones with 0; without --from (--to) the series starts (ends) at the first (last)\n"
		"period that has a statement.\n"
		"      --bucket=PERIOD      day, week, month (default), quarter or year\n"
		"      --no-zeros           only the periods that have statements\n"
		"      --include-own        the target's own actors too (as for who)\n"
		"Example: geopol timeseries PRK condemn --from 2024-01-01 --bucket quarter\n\n";
	QOpts		q;
	int			rc,
				i = parse(argc, argv, help, &q, &rc, 2);

	if (i < 0)
		return rc;
	{
		const char *p[7] = {argv[i], argv[i + 1], q.from, q.to, q.bucket,
			q.zeros ? "true" : "false", q.include_own ? "true" : "false"};

		/* empty periods are filled by the server (zeros => true) */
		return run(&q,
				   "SELECT t.period, t.statements, t.speakers "
				   "FROM GEOPOL.timeseries(" ACTOR_ARG(1) ", $2, $3::pg_catalog.date, $4::pg_catalog.date, $5, "
				   "zeros => $6::pg_catalog.bool, include_own => $7::pg_catalog.bool) t",
				   7, p);
	}
}

int
cmd_first(int argc, char **argv)
{
	static const char help[] =
		"Usage: geopol first [OPTION]... SPEAKER WHAT TARGET\n"
		"The first and the last day the speaker (or a part of it) took the stance towards\n"
		"the target, directly or as a party to a joint statement (geopol.first_time(),\n"
		"geopol.last_time()).\n"
		"Example: geopol first KOR condemn PRK\n\n";
	QOpts		q;
	int			rc,
				i = parse(argc, argv, help, &q, &rc, 3);

	if (i < 0)
		return rc;
	{
		const char *p[3] = {argv[i], argv[i + 1], argv[i + 2]};

		return run(&q,
				   "SELECT " ACTOR_ARG(1) " AS speaker, $2 AS what, " ACTOR_ARG(3) " AS target, "
				   "GEOPOL.first_time(" ACTOR_ARG(1) ", $2, " ACTOR_ARG(3) ") AS first, "
				   "GEOPOL.last_time(" ACTOR_ARG(1) ", $2, " ACTOR_ARG(3) ") AS last",
				   3, p);
	}
}
