/*
 * conn.c -- connecting like every libpq tool, and running queries.
 *
 * Connection parameters come from -d (a database name, a conninfo string
 * such as "host=db1 dbname=events", or a URI postgresql://...), -h, -p, -U,
 * and otherwise from libpq's own defaults: the PG* environment variables,
 * the service file (PGSERVICE, ~/.pg_service.conf) and ~/.pgpass.  A
 * password is asked for on the terminal when the server wants one (-w never
 * asks, -W asks first), as psql does.
 */
#define _POSIX_C_SOURCE 200809L

#include "geopol.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

const char	conn_help[] =
"Connection options (as psql; libpq's PG* variables, service file and .pgpass apply):\n"
"  -d, --dbname=DB          database name, conninfo string or URI (postgresql://...)\n"
"  -h, --host=HOST          server host or socket folder\n"
"  -p, --port=PORT          server port\n"
"  -U, --username=USER      user name\n"
"  -w, --no-password        never ask for a password\n"
"  -W, --password           ask for a password before connecting\n";

int
conn_option(ConnOpts *o, int c, const char *arg)
{
	switch (c)
	{
		case 'd':
			o->dbname = arg;
			return 1;
		case 'h':
			o->host = arg;
			return 1;
		case 'p':
			o->port = arg;
			return 1;
		case 'U':
			o->user = arg;
			return 1;
		case 'w':
			o->no_password = 1;
			return 1;
		case 'W':
			o->prompt_password = 1;
			return 1;
	}
	return 0;
}

/* read a password from the terminal without echo; NULL without a terminal */
static char *
read_password(void)
{
	int			fd = open("/dev/tty", O_RDWR | O_NOCTTY);
	struct termios old,
				quiet;
	char		buf[1024];
	size_t		n = 0;
	int			echo_off = 0;

	if (fd < 0)
		return NULL;
	(void) write_all(fd, "Password: ", 10);
	if (tcgetattr(fd, &old) == 0)
	{
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t) ECHO;
		echo_off = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
	}
	for (;;)
	{
		char		c;
		ssize_t		r = read(fd, &c, 1);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0 || c == '\n' || c == '\r')
			break;
		if (n + 1 < sizeof(buf))
			buf[n++] = c;
	}
	buf[n] = '\0';
	if (echo_off)
		tcsetattr(fd, TCSAFLUSH, &old);
	(void) write_all(fd, "\n", 1);
	close(fd);
	return xstrdup(buf);
}

static PGconn *
connect_once(const ConnOpts *o, const char *password)
{
	const char *keys[9];
	const char *vals[9];
	int			n = 0;

	/* dbname first: with expand_dbname, a conninfo or URI in it sets the
	 * other parameters, and the explicit options after it win */
	keys[n] = "dbname";
	vals[n++] = o->dbname;
	keys[n] = "host";
	vals[n++] = o->host;
	keys[n] = "port";
	vals[n++] = o->port;
	keys[n] = "user";
	vals[n++] = o->user;
	keys[n] = "password";
	vals[n++] = password;
	keys[n] = "fallback_application_name";
	vals[n++] = "geopol";
	keys[n] = "client_encoding";
	vals[n++] = o->client_encoding ? o->client_encoding : "auto";
	keys[n] = NULL;
	vals[n] = NULL;
	return PQconnectdbParams(keys, vals, 1);
}

int
db_open(Db *db, ConnOpts *o)
{
	static pthread_mutex_t prompt = PTHREAD_MUTEX_INITIALIZER;
	PGconn	   *conn;
	PGresult   *res;

	memset(db, 0, sizeof(*db));
	/* one question on the terminal, whatever the number of connections */
	pthread_mutex_lock(&prompt);
	if (o->prompt_password && o->password == NULL)
		o->password = read_password();
	for (;;)
	{
		conn = connect_once(o, o->password);
		if (PQstatus(conn) == CONNECTION_BAD && PQconnectionNeedsPassword(conn) &&
			o->password == NULL && !o->no_password)
		{
			o->password = read_password();
			if (o->password != NULL)
			{
				PQfinish(conn);
				continue;
			}
		}
		break;
	}
	pthread_mutex_unlock(&prompt);
	if (PQstatus(conn) != CONNECTION_OK)
	{
		char	   *m = xstrdup(PQerrorMessage(conn));
		size_t		k = strlen(m);

		while (k > 0 && m[k - 1] == '\n')
			m[--k] = '\0';
		gp_error("cannot connect: %s", m);
		free(m);
		PQfinish(conn);
		return -1;
	}
	db->conn = conn;
	/* as pg_dump does: no schema of the user's is searched by our queries */
	res = PQexec(conn, "SELECT pg_catalog.set_config('search_path', '', false)");
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
	{
		gp_error("cannot set search_path: %s", PQresultErrorMessage(res));
		PQclear(res);
		db_close(db);
		return -1;
	}
	PQclear(res);
	res = PQexec(conn,
				 "SELECT n.nspname, e.extversion FROM pg_catalog.pg_extension e "
				 "JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace "
				 "WHERE e.extname OPERATOR(pg_catalog.=) 'geopol'");
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
	{
		gp_error("cannot look for the geopol extension: %s", PQresultErrorMessage(res));
		PQclear(res);
		db_close(db);
		return -1;
	}
	if (PQntuples(res) != 1)
	{
		gp_error("database \"%s\" does not have the geopol extension (CREATE EXTENSION geopol;)",
				 PQdb(conn));
		PQclear(res);
		db_close(db);
		return -1;
	}
	{
		const char *nsp = PQgetvalue(res, 0, 0);
		char	   *q = PQescapeIdentifier(conn, nsp, strlen(nsp));

		db->schema = xstrdup(q);
		PQfreemem(q);
		db->version = xstrdup(PQgetvalue(res, 0, 1));
	}
	PQclear(res);
	return 0;
}

void
db_close(Db *db)
{
	if (db->conn)
		PQfinish(db->conn);
	free(db->schema);
	free(db->version);
	memset(db, 0, sizeof(*db));
}

char *
db_sql(const Db *db, const char *sql)
{
	static const char token[] = "GEOPOL.";
	Buf			b;
	const char *p = sql,
			   *q;

	buf_init(&b);
	while ((q = strstr(p, token)) != NULL)
	{
		buf_add(&b, p, (size_t) (q - p));
		buf_puts(&b, db->schema);
		buf_putc(&b, '.');
		p = q + sizeof(token) - 1;
	}
	buf_puts(&b, p);
	return b.data;
}

char *
result_message(const PGresult *res)
{
	const char *m = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	const char *d = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
	const char *h = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT);
	Buf			b;

	buf_init(&b);
	if (m == NULL)
	{
		/* not a server error (the connection, libpq): the whole text */
		m = PQresultErrorMessage(res);
		buf_puts(&b, m && *m ? m : "unknown error");
	}
	else
	{
		buf_puts(&b, m);
		if (d)
			buf_printf(&b, " (%s)", d);
		if (h)
			buf_printf(&b, " Hint: %s", h);
	}
	while (b.len > 0 && (b.data[b.len - 1] == '\n' || b.data[b.len - 1] == ' '))
		b.data[--b.len] = '\0';
	for (char *c = b.data; *c; c++)
		if (*c == '\n')
			*c = ' ';
	return b.data;
}

PGresult *
db_query(Db *db, const char *sql, int nparams, const char *const *params)
{
	char	   *q = db_sql(db, sql);
	PGresult   *res = PQexecParams(db->conn, q, nparams, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(res);

	free(q);
	if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK)
	{
		char	   *m = result_message(res);

		gp_error("%s", m);
		free(m);
		PQclear(res);
		return NULL;
	}
	return res;
}

int
db_command(Db *db, const char *sql)
{
	PGresult   *res = db_query(db, sql, 0, NULL);

	if (res == NULL)
		return -1;
	PQclear(res);
	return 0;
}

PGresult *
db_query_cancellable(Db *db, const char *sql, int nparams, const char *const *params,
					 char **err)
{
	char	   *q = db_sql(db, sql);
	PGresult   *res = db_run_cancellable(db, q, nparams, params, err);

	free(q);
	return res;
}

PGresult *
db_run_cancellable(Db *db, const char *q, int nparams, const char *const *params,
				   char **err)
{
	PGresult   *res,
			   *rows = NULL,
			   *last = NULL,
			   *failed = NULL;
	int			cancelled = 0,
				sent;

	if (err)
		*err = NULL;
	/* without parameters, the simple protocol: several statements may go
	 * in one round trip, and the first error ends them */
	sent = nparams > 0 ? PQsendQueryParams(db->conn, q, nparams, NULL, params, NULL, NULL, 0)
		: PQsendQuery(db->conn, q);
	if (!sent)
	{
		if (err)
			*err = xstrdup(PQerrorMessage(db->conn));
		else
			gp_error("%s", PQerrorMessage(db->conn));
		return NULL;
	}
	for (;;)
	{
		while (PQisBusy(db->conn))
		{
			struct pollfd pfd;

			if (gp_interrupted && !cancelled)
			{
				PGcancel   *c = PQgetCancel(db->conn);
				char		ebuf[256];

				if (c)
				{
					PQcancel(c, ebuf, sizeof(ebuf));
					PQfreeCancel(c);
				}
				cancelled = 1;
			}
			pfd.fd = PQsocket(db->conn);
			pfd.events = POLLIN;
			pfd.revents = 0;
			if (poll(&pfd, 1, 100) < 0 && errno != EINTR)
				break;
			if (!PQconsumeInput(db->conn))
				break;
		}
		res = PQgetResult(db->conn);
		if (res == NULL)
			break;
		switch (PQresultStatus(res))
		{
			case PGRES_TUPLES_OK:
				if (rows)
					PQclear(rows);
				rows = res;
				break;
			case PGRES_COMMAND_OK:
			case PGRES_EMPTY_QUERY:
				if (last)
					PQclear(last);
				last = res;
				break;
			default:
				if (failed == NULL)
					failed = res;
				else
					PQclear(res);
		}
	}
	if (failed == NULL && rows == NULL && last == NULL)
	{
		if (err)
			*err = xstrdup(PQerrorMessage(db->conn));
		else
			gp_error("%s", PQerrorMessage(db->conn));
		return NULL;
	}
	if (failed)
	{
		char	   *m = result_message(failed);

		if (err)
			*err = m;
		else
		{
			if (!gp_interrupted)
				gp_error("%s", m);
			free(m);
		}
		PQclear(failed);
		if (rows)
			PQclear(rows);
		if (last)
			PQclear(last);
		return NULL;
	}
	if (rows)
	{
		if (last)
			PQclear(last);
		return rows;
	}
	return last;
}
