/*
 * import.c -- helpers of geopol.import() (sql/import.sql) that run once
 * for every staged row, where a regular expression would cost the most.
 *
 * geopol.import_digits(text): the length of a text made of ASCII digits
 * only ('' is 0), else NULL.  The conversion of a GDELT file tests three
 * fields of every row this way (GLOBALEVENTID, and NumMentions twice: the
 * count and the reason for a reject); as `~ '^[0-9]+$'` those tests took a
 * tenth of the conversion.
 *
 * geopol.unencodable(): which characters the database's encoding lacks, as
 * a bitmap over the Unicode code points, by the server's own conversion
 * from UTF-8 (the one COPY uses).  The client checks each line of a file
 * against it before COPY, so that one such character makes a reject of its
 * row, not an error of the whole file.
 */
#include "geopol.h"

#include "catalog/namespace.h"
#include "miscadmin.h"
#include "mb/pg_wchar.h"
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

/* the UTF-8 bytes of code point cp (not a surrogate) into b: their number */
static int
utf8_bytes(uint32 cp, unsigned char *b)
{
	if (cp < 0x80)
	{
		b[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		b[0] = (unsigned char) (0xC0 | (cp >> 6));
		b[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		b[0] = (unsigned char) (0xE0 | (cp >> 12));
		b[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		b[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	b[0] = (unsigned char) (0xF0 | (cp >> 18));
	b[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	b[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	b[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

#define UNENCODABLE_CPS 0x110000
PG_FUNCTION_INFO_V1(geopol_unencodable);
Datum
geopol_unencodable(PG_FUNCTION_ARGS)
{
	int			enc = GetDatabaseEncoding();
	Oid			proc;
	FmgrInfo	flinfo;
	bytea	   *map;
	unsigned char *bits;

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		PG_RETURN_NULL();		/* (every character, or no conversion) */
	proc = FindDefaultConversionProc(PG_UTF8, enc);
	map = (bytea *) palloc0(VARHDRSZ + UNENCODABLE_CPS / 8);
	SET_VARSIZE(map, VARHDRSZ + UNENCODABLE_CPS / 8);
	bits = (unsigned char *) VARDATA(map);
	if (!OidIsValid(proc))
	{
		/* no conversion: every character beyond ASCII is lacking */
		memset(bits + 0x80 / 8, 0xFF, UNENCODABLE_CPS / 8 - 0x80 / 8);
		PG_RETURN_BYTEA_P(map);
	}
	/* the conversion function once looked up, then called directly for
	 * each code point (without an error: it says how much it converted) */
	fmgr_info(proc, &flinfo);
	for (uint32 cp = 0x80; cp < UNENCODABLE_CPS; cp++)
	{
		unsigned char src[5],
					dest[4 * MAX_CONVERSION_GROWTH + 1];
		int			n,
					done;

		if (cp >= 0xD800 && cp <= 0xDFFF)
		{
			bits[cp / 8] |= (unsigned char) (1 << (cp % 8));	/* (no character) */
			continue;
		}
		if ((cp & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		n = utf8_bytes(cp, src);
		src[n] = '\0';
		done = DatumGetInt32(FunctionCall6(&flinfo, Int32GetDatum(PG_UTF8), Int32GetDatum(enc),
										   CStringGetDatum((char *) src), CStringGetDatum((char *) dest),
										   Int32GetDatum(n), BoolGetDatum(true)));
		if (done < n)
			bits[cp / 8] |= (unsigned char) (1 << (cp % 8));
	}
	PG_RETURN_BYTEA_P(map);
}
