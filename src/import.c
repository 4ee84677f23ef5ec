/*
 * import.c -- helpers of geopol.import() (sql/import.sql) that run once
 * for every staged row, where a regular expression would cost the most.
 *
 * geopol.import_digits(text): the length of a text made of ASCII digits
 * only ('' is 0), else NULL.  The conversion of a GDELT file tests three
 * fields of every row this way (GLOBALEVENTID, and NumMentions twice: the
 * count and the reason for a reject); as `~ '^[0-9]+$'` those tests took a
 * tenth of the conversion.
 */
#include "geopol.h"

#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(geopol_import_digits);
Datum
geopol_import_digits(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);

	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			PG_RETURN_NULL();
	PG_RETURN_INT32(n);
}
