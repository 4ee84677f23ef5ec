/*
 * main.c -- geopol COMMAND [OPTION]... [ARG]...
 */
#define _POSIX_C_SOURCE 200809L

#include "geopol.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
"geopol " GEOPOL_VERSION ", the command-line client of the geopol PostgreSQL extension.\n"
"\n"
"Usage: geopol COMMAND [OPTION]... [ARG]...\n"
"\n"
"Loading:\n"
"  import FORMAT FILE...      event data sets (gdelt1, gdelt2, gdelt2-mentions, icews,\n"
"                             polecat, phoenix) into statements\n"
"  ingest PATH...             articles (text with a header, plain text, JSON Lines),\n"
"                             coded by geopol.ingest()\n"
"Questions (--format table|csv|json):\n"
"  who WHAT TARGET            who took the stance towards the target\n"
"  matrix                     statements between countries\n"
"  cohesion BLOC              how many of a bloc's members joined each statement\n"
"  timeseries TARGET WHAT     statements per day, week, month, quarter or year\n"
"  first SPEAKER WHAT TARGET  the first and the last time\n"
"Pictures:\n"
"  graph                      the network of a stance: GraphML, DOT, JSON, SVG, PNG\n"
"  plot timeseries            a line chart (SVG) of statements per period\n"
"\n"
"\"geopol COMMAND --help\" tells more; \"man geopol\" tells everything.\n"
"Exit status: 0 done, 1 some rows, articles or files refused, 2 usage or\n"
"connection error.\n";

int
main(int argc, char **argv)
{
	/* a closed pipe (geopol ... | head, a dead child) is an error to report
	 * where it happens, not a silent death */
	signal(SIGPIPE, SIG_IGN);

	static const struct
	{
		const char *name;
		int			(*fn) (int, char **);
	}			cmds[] = {
		{"import", cmd_import},
		{"ingest", cmd_ingest},
		{"who", cmd_who},
		{"matrix", cmd_matrix},
		{"cohesion", cmd_cohesion},
		{"timeseries", cmd_timeseries},
		{"first", cmd_first},
		{"graph", cmd_graph},
		{"plot", cmd_plot},
	};

	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-?") == 0 ||
		strcmp(argv[1], "help") == 0)
	{
		if (argc >= 3 && strcmp(argv[1], "help") == 0)
		{
			char	   *args[3] = {argv[2], "--help", NULL};

			for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
				if (strcmp(argv[2], cmds[i].name) == 0)
					return cmds[i].fn(2, args);
			gp_error("unknown command \"%s\"", argv[2]);
			return EXIT_USAGE;
		}
		fputs(usage, argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_USAGE : EXIT_DONE;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0)
	{
		printf("geopol %s (libpq %d)\n", GEOPOL_VERSION, PQlibVersion());
		return EXIT_DONE;
	}
	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (strcmp(argv[1], cmds[i].name) == 0)
		{
			int			rc = cmds[i].fn(argc - 1, argv + 1);

			if (fflush(stdout) != 0 && rc == EXIT_DONE)
			{
				gp_error("cannot write the output");
				rc = EXIT_USAGE;
			}
			return rc;
		}
	gp_error("unknown command \"%s\" (try \"geopol --help\")", argv[1]);
	return EXIT_USAGE;
}
