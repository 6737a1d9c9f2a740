#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "when.h"

void
when_init(void)
{
	setenv("TZ", "Europe/Amsterdam", 1);
	tzset();
}

/* The n digits at s as a number, or -1. */
static int
number(const char *s, int n)
{
	int v = 0;

	for (; n > 0; n--, s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s - '0');
	}
	return v;
}

/*
 * "2026-11-22 20:18:07[.ffffff]" (UTC, as the database writes it) to
 * local time. Parsed by hand: a list or an export converts thousands.
 */
int
when_local_tm(const char *utc, struct tm *tm)
{
	time_t t;

	memset(tm, 0, sizeof(*tm));
	if (utc == NULL || strlen(utc) < 19 || utc[4] != '-' ||
	    utc[7] != '-' || utc[10] != ' ' || utc[13] != ':' ||
	    utc[16] != ':' || (tm->tm_year = number(utc, 4)) < 0 ||
	    (tm->tm_mon = number(utc + 5, 2)) < 0 ||
	    (tm->tm_mday = number(utc + 8, 2)) < 0 ||
	    (tm->tm_hour = number(utc + 11, 2)) < 0 ||
	    (tm->tm_min = number(utc + 14, 2)) < 0 ||
	    (tm->tm_sec = number(utc + 17, 2)) < 0)
		return -1;
	tm->tm_year -= 1900;
	tm->tm_mon -= 1;
	t = timegm(tm);
	return localtime_r(&t, tm) != NULL ? 0 : -1;
}

/* The same, written "22-11-2026 21:18". */
int
when_local(const char *utc, char *out, size_t outsz)
{
	struct tm tm;

	if (when_local_tm(utc, &tm) != 0 || outsz < 17)
		return -1;
	snprintf(out, outsz, "%02d-%02d-%04d %02d:%02d", tm.tm_mday,
	    tm.tm_mon + 1, tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
	return 0;
}

/* The local date add_days from today, YYYY-MM-DD: for day-granular ends. */
int
when_date(int add_days, char *out, size_t outsz)
{
	struct tm tm;
	time_t t = time(NULL);

	if (localtime_r(&t, &tm) == NULL)
		return -1;
	tm.tm_mday += add_days;
	tm.tm_hour = 12;	/* mktime normalises; noon is never skipped */
	tm.tm_isdst = -1;
	if (mktime(&tm) == (time_t)-1)
		return -1;
	return strftime(out, outsz, "%Y-%m-%d", &tm) > 0 ? 0 : -1;
}

/* The UTC moment a local calendar day (YYYY-MM-DD, plus add_days) begins. */
int
when_day_utc(const char *date, int add_days, char *out, size_t outsz)
{
	struct tm tm;
	time_t t;

	memset(&tm, 0, sizeof(tm));
	if (sscanf(date, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday) != 3)
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	tm.tm_mday += add_days;
	tm.tm_isdst = -1;
	if ((t = mktime(&tm)) == (time_t)-1 || gmtime_r(&t, &tm) == NULL)
		return -1;
	return strftime(out, outsz, "%Y-%m-%d %H:%M:%S", &tm) > 0 ? 0 : -1;
}
