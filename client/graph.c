/*
 * graph.c -- geopol graph: the network of a stance (who condemned whom).
 *
 * The rows come from geopol.graph_nodes() and geopol.graph_edges() (the same
 * the SQL export geopol.graphml() writes).  GraphML and JSON are written by
 * the server; DOT by the client; SVG and PNG by Graphviz's layout program,
 * run as a child process reading the DOT on its standard input.
 *
 * Why the program and not libgvc: the client then builds and runs without
 * Graphviz's development files (GraphML, DOT and JSON need nothing), only
 * drawing needs the `dot` program at run time, and its absence is a clear
 * message; the DOT language is stable where the library's API and ABI have
 * changed between Graphviz releases (2.43 in Debian 12, 12.x upstream); and
 * a layout that fails or leaks stays in its own process.  The cost, a fork
 * and an exec, is small beside the layout itself.
 */
#define _POSIX_C_SOURCE 200809L

#include "geopol.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef enum GraphFormat
{
	G_GRAPHML,
	G_DOT,
	G_JSON,
	G_SVG,
	G_PNG
} GraphFormat;

static const char graph_help[] =
"Usage: geopol graph [OPTION]...\n"
"The network of a stance between two dates: who (country level, forums expanded)\n"
"took it towards whom, edges weighted by the number of statements, each speaker\n"
"grouped under the forum it spoke through most (G7, ...).\n"
"\n"
"Options:\n"
"      --what=WHAT          stance or class (default DISAPPROVE: condemn, accuse ...)\n"
"      --from=DATE, --to=DATE  the period (default: all statements)\n"
"      --min=N              only edges of at least N statements (default 1)\n"
"  -f, --format=FORMAT      graphml, dot, json, svg or png (default: from the\n"
"                           output file's name, else dot)\n"
"  -o, --output=FILE        write to FILE instead of standard output\n"
"      --layout=ENGINE      Graphviz layout: dot (default), neato, fdp, sfdp, circo\n"
"      --dot=PROGRAM        the Graphviz program (default: dot on the PATH)\n"
"      --title=TEXT         the picture's title\n"
"\n"
"SVG and PNG need Graphviz (Debian: apt-get install graphviz).\n"
"In SQL: geopol.graphml(what, from, to), geopol.graph_json(...),\n"
"geopol.graph_nodes(...), geopol.graph_edges(...).\n"
"\n";

static void
dot_string(Buf *b, const char *s)
{
	buf_putc(b, '"');
	for (; *s; s++)
	{
		if (*s == '"' || *s == '\\')
			buf_putc(b, '\\');
		if (*s == '\n')
		{
			buf_puts(b, "\\n");
			continue;
		}
		buf_putc(b, *s);
	}
	buf_putc(b, '"');
}

/* the DOT text of the network */
static void
write_dot(Buf *b, const PGresult *nodes, const PGresult *edges, const char *title)
{
	int			nn = PQntuples(nodes),
				ne = PQntuples(edges);
	char	  **done = xcalloc((size_t) (nn ? nn : 1), sizeof(char *));

	buf_puts(b, "digraph geopol {\n");
	buf_puts(b, "  graph [label=");
	{
		Buf			t;

		buf_init(&t);
		buf_printf(&t, "%s\nblue: spoke, red: spoken about, purple: both; "
				   "line width and label: statements; boxes: the forum they spoke through", title);
		dot_string(b, t.data);
		buf_free(&t);
	}
	buf_puts(b, ", labelloc=t, fontsize=16, fontname=\"Helvetica,Arial,sans-serif\", "
			 "rankdir=LR, nodesep=0.25, ranksep=1.6, pad=0.3, bgcolor=white];\n");
	buf_puts(b, "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica,Arial,sans-serif\", "
			 "fontsize=11, color=\"#5d6d7e\", penwidth=0.8];\n");
	buf_puts(b, "  edge [color=\"#a93226b0\", arrowsize=0.7, fontname=\"Helvetica,Arial,sans-serif\", "
			 "fontsize=9, fontcolor=\"#7b241c\"];\n");
	/* the groups: one cluster per forum, holding the nodes that spoke through it */
	for (int i = 0; i < nn; i++)
	{
		const char *bloc = PQgetvalue(nodes, i, 2);
		int			seen = 0;

		if (PQgetisnull(nodes, i, 2))
			continue;
		for (int k = 0; k < i; k++)
			if (done[k] && strcmp(done[k], bloc) == 0)
				seen = 1;
		if (seen)
			continue;
		done[i] = (char *) bloc;
		buf_puts(b, "  subgraph ");
		{
			Buf			name;

			buf_init(&name);
			buf_printf(&name, "cluster_%s", bloc);
			dot_string(b, name.data);
			buf_free(&name);
		}
		buf_puts(b, " {\n    label=");
		dot_string(b, bloc);
		buf_puts(b, "; style=\"rounded,dashed\"; color=\"#7f8c8d\"; fontcolor=\"#566573\"; fontsize=12;\n");
		for (int k = 0; k < nn; k++)
			if (!PQgetisnull(nodes, k, 2) && strcmp(PQgetvalue(nodes, k, 2), bloc) == 0)
			{
				buf_puts(b, "    ");
				dot_string(b, PQgetvalue(nodes, k, 0));
				buf_puts(b, ";\n");
			}
		buf_puts(b, "  }\n");
	}
	for (int i = 0; i < nn; i++)
	{
		const char *id = PQgetvalue(nodes, i, 0);
		const char *label = PQgetvalue(nodes, i, 1);
		long long	spoke = atoll(PQgetvalue(nodes, i, 3)),
					received = atoll(PQgetvalue(nodes, i, 4));
		const char *fill = spoke > 0 && received > 0 ? "#e8daef" : spoke > 0 ? "#d6eaf8" : "#fadbd8";
		Buf			l;

		buf_init(&l);
		if (strcmp(label, id) == 0)
			buf_puts(&l, id);
		else
			buf_printf(&l, "%s\n%s", label, id);
		buf_puts(b, "  ");
		dot_string(b, id);
		buf_puts(b, " [label=");
		dot_string(b, l.data);
		buf_printf(b, ", fillcolor=\"%s\", tooltip=", fill);
		buf_reset(&l);
		buf_printf(&l, "%s: %lld made, %lld received", label, spoke, received);
		dot_string(b, l.data);
		buf_puts(b, "];\n");
		buf_free(&l);
	}
	for (int i = 0; i < ne; i++)
	{
		const char *s = PQgetvalue(edges, i, 0),
				   *t = PQgetvalue(edges, i, 1);
		long long	n = atoll(PQgetvalue(edges, i, 2));
		Buf			l;

		buf_puts(b, "  ");
		dot_string(b, s);
		buf_puts(b, " -> ");
		dot_string(b, t);
		buf_printf(b, " [penwidth=%.2f, weight=%lld, ", 1.0 + 1.5 * log2((double) (n > 0 ? n : 1)), n);
		if (n > 1)
			buf_printf(b, "label=\"%lld\", ", n);	/* one statement is the thin line */
		buf_puts(b, "tooltip=");
		buf_init(&l);
		buf_printf(&l, "%s -> %s: %lld statement%s", s, t, n, n == 1 ? "" : "s");
		dot_string(b, l.data);
		buf_free(&l);
		buf_puts(b, "];\n");
	}
	buf_puts(b, "}\n");
	free(done);
}

/* run Graphviz: DOT on its standard input, the picture to fd */
static int
run_dot(const char *program, const char *layout, const char *type, const Buf *dot, int fd)
{
	int			in[2];
	pid_t		pid;
	int			status,
				werr;
	char		targ[16],
				karg[32];

	snprintf(targ, sizeof(targ), "-T%s", type);
	snprintf(karg, sizeof(karg), "-K%s", layout);
	if (pipe(in) < 0)
	{
		gp_error("pipe: %s", strerror(errno));
		return -1;
	}
	fflush(stdout);
	pid = fork();
	if (pid < 0)
	{
		gp_error("fork: %s", strerror(errno));
		close(in[0]);
		close(in[1]);
		return -1;
	}
	if (pid == 0)
	{
		char	   *args[5];

		args[0] = (char *) program;
		args[1] = targ;
		args[2] = karg;
		args[3] = NULL;
		dup2(in[0], STDIN_FILENO);
		if (fd != STDOUT_FILENO)
			dup2(fd, STDOUT_FILENO);
		close(in[0]);
		close(in[1]);
		execvp(program, args);
		_exit(127);
	}
	close(in[0]);
	werr = write_all(in[1], dot->data, dot->len) < 0 ? errno : 0;
	close(in[1]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
		{
			gp_error("waitpid: %s", strerror(errno));
			return -1;
		}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
	{
		gp_error("cannot run Graphviz's \"%s\": install Graphviz (Debian: apt-get install graphviz), "
				 "give its path with --dot, or write --format dot", program);
		return -1;
	}
	if (werr)
	{
		gp_error("writing to %s: %s", program, strerror(werr));
		return -1;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
	{
		gp_error("%s failed (exit status %d)", program, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
		return -1;
	}
	return 0;
}

static int
format_from_name(const char *s, GraphFormat *f)
{
	static const struct
	{
		const char *name;
		GraphFormat f;
	}			names[] = {
		{"graphml", G_GRAPHML}, {"dot", G_DOT}, {"gv", G_DOT}, {"json", G_JSON},
		{"svg", G_SVG}, {"png", G_PNG}
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i].name) == 0)
		{
			*f = names[i].f;
			return 0;
		}
	return -1;
}

/* the graph in DOT (its nodes and edges read in one snapshot, kept in
 * *nodes and *edges for the caller to free), into out; -1 on an error (said) */
static int
graph_dot(Db *db, const char *const *p, const char *title, const char *what,
		  const char *from, const char *to, Buf *out, PGresult **nodes, PGresult **edges)
{
	Buf			t;

	/* nodes and edges from one snapshot */
	if (db_command(db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") < 0 ||
		(*nodes = db_query(db, "SELECT n.node, n.label, n.bloc, n.spoke, n.received "
						  "FROM GEOPOL.graph_nodes($1, $2::pg_catalog.date, $3::pg_catalog.date, $4::pg_catalog.int4) n",
						  4, p)) == NULL ||
		(*edges = db_query(db, "SELECT e.speaker, e.target, e.statements "
						  "FROM GEOPOL.graph_edges($1, $2::pg_catalog.date, $3::pg_catalog.date, $4::pg_catalog.int4) e",
						  4, p)) == NULL)
		return -1;
	(void) db_command(db, "COMMIT");
	buf_init(&t);
	if (title)
		buf_puts(&t, title);
	else
	{
		buf_printf(&t, "%s", what);
		if (strcmp(from, "-infinity") != 0 || strcmp(to, "infinity") != 0)
			buf_printf(&t, ", %s to %s", strcmp(from, "-infinity") ? from : "the start",
					   strcmp(to, "infinity") ? to : "the end");
		buf_printf(&t, " (%d countries, %d pairs)", PQntuples(*nodes), PQntuples(*edges));
	}
	write_dot(out, *nodes, *edges, t.data);
	buf_free(&t);
	return 0;
}

/* the graph written to output (NULL: standard output), drawn by Graphviz
 * for SVG and PNG; the exit status (a file not written is removed) */
static int
graph_output(GraphFormat fmt, const char *program, const char *layout, const char *output, Buf *out)
{
	int			fd = STDOUT_FILENO,
				rc = EXIT_DONE;

	if (output && (fd = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0666)) < 0)
	{
		gp_error("%s: %s", output, strerror(errno));
		return EXIT_USAGE;
	}
	if (fmt == G_SVG || fmt == G_PNG)
	{
		if (run_dot(program, layout, fmt == G_SVG ? "svg" : "png", out, fd) < 0)
			rc = EXIT_USAGE;
	}
	else if (write_all(fd, out->data, out->len) < 0)
	{
		gp_error("%s: %s", output ? output : "standard output", strerror(errno));
		rc = EXIT_USAGE;
	}
	if (fd != STDOUT_FILENO && close(fd) < 0)
	{
		gp_error("%s: %s", output, strerror(errno));
		rc = EXIT_USAGE;
	}
	if (rc != EXIT_DONE && output)
		unlink(output);
	return rc;
}

int
cmd_graph(int argc, char **argv)
{
	static const struct option longopts[] = {
		CONN_LONG_OPTIONS,
		{"what", required_argument, NULL, 1},
		{"from", required_argument, NULL, 2},
		{"to", required_argument, NULL, 3},
		{"min", required_argument, NULL, 4},
		{"layout", required_argument, NULL, 5},
		{"dot", required_argument, NULL, 6},
		{"title", required_argument, NULL, 7},
		{"format", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{NULL, 0, NULL, 0}
	};
	ConnOpts	conn;
	const char *what = "DISAPPROVE",
			   *from = "-infinity",
			   *to = "infinity",
			   *min = "1",
			   *layout = "dot",
			   *program = "dot",
			   *title = NULL,
			   *output = NULL;
	GraphFormat fmt = G_DOT;
	int			have_fmt = 0,
				n,
				c,
				rc = EXIT_DONE;
	Db			db;
	PGresult   *res = NULL,
			   *nodes = NULL,
			   *edges = NULL;
	Buf			out;

	if (wants_help(argc, argv))
	{
		fputs(graph_help, stdout);
		fputs(conn_help, stdout);
		return EXIT_DONE;
	}
	memset(&conn, 0, sizeof(conn));
	optind = 1;
	while ((c = getopt_long(argc, argv, CONN_SHORT_OPTIONS "f:o:", longopts, NULL)) != -1)
	{
		if (conn_option(&conn, c, optarg))
			continue;
		switch (c)
		{
			case 1:
				what = optarg;
				break;
			case 2:
			case 3:
				if (!is_date(optarg))
				{
					gp_error("--%s \"%s\" is not a date (YYYY-MM-DD)", c == 2 ? "from" : "to", optarg);
					return EXIT_USAGE;
				}
				if (c == 2)
					from = optarg;
				else
					to = optarg;
				break;
			case 4:
				if (parse_count(optarg, 1, INT_MAX, &n) < 0)
				{
					gp_error("--min must be a positive number");
					return EXIT_USAGE;
				}
				min = optarg;
				break;
			case 5:
				if (strspn(optarg, "abcdefghijklmnopqrstuvwxyz") != strlen(optarg) || !*optarg)
				{
					gp_error("--layout must be a Graphviz layout engine (dot, neato, fdp, sfdp, circo)");
					return EXIT_USAGE;
				}
				layout = optarg;
				break;
			case 6:
				program = optarg;
				break;
			case 7:
				title = optarg;
				break;
			case 'f':
				if (format_from_name(optarg, &fmt) < 0)
				{
					gp_error("--format must be graphml, dot, json, svg or png");
					return EXIT_USAGE;
				}
				have_fmt = 1;
				break;
			case 'o':
				output = optarg;
				break;
			default:
				gp_error("try \"geopol graph --help\"");
				return EXIT_USAGE;
		}
	}
	if (optind != argc)
	{
		gp_error("graph takes no arguments but options (try \"geopol graph --help\")");
		return EXIT_USAGE;
	}
	if (!have_fmt && output)
	{
		const char *dot = strrchr(output, '.');

		if (dot && format_from_name(dot + 1, &fmt) < 0)
			fmt = G_DOT;
	}

	if (db_open(&db, &conn) < 0)
		return EXIT_USAGE;
	buf_init(&out);
	{
		const char *p[4] = {what, from, to, min};

		if (fmt == G_GRAPHML || fmt == G_JSON)
		{
			res = db_query(&db, fmt == G_GRAPHML ?
						   "SELECT GEOPOL.graphml($1, $2::pg_catalog.date, $3::pg_catalog.date, $4::pg_catalog.int4)::pg_catalog.text" :
						   "SELECT pg_catalog.jsonb_pretty(GEOPOL.graph_json($1, $2::pg_catalog.date, $3::pg_catalog.date, $4::pg_catalog.int4))",
						   4, p);
			if (res == NULL)
			{
				rc = EXIT_USAGE;
				goto done;
			}
			buf_puts(&out, PQgetvalue(res, 0, 0));
			buf_putc(&out, '\n');
		}
		else if (graph_dot(&db, p, title, what, from, to, &out, &nodes, &edges) < 0)
		{
			rc = EXIT_USAGE;
			goto done;
		}
	}
	rc = graph_output(fmt, program, layout, output, &out);
done:
	if (res)
		PQclear(res);
	if (nodes)
		PQclear(nodes);
	if (edges)
		PQclear(edges);
	buf_free(&out);
	db_close(&db);
	return rc;
}
