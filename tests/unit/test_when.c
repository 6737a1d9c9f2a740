#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "when.h"

static int
setup(void **state)
{
	(void)state;
	when_init();
	return 0;
}

static void
test_local(void **state)
{
	static const struct {
		const char	*utc, *local;
	} v[] = {
		{ "2026-11-22 20:18:07", "22-11-2026 21:18" },	/* CET */
		{ "2026-07-01 10:00:00", "01-07-2026 12:00" },	/* CEST */
		{ "2026-11-22 20:18:07.123456", "22-11-2026 21:18" },
		{ "2026-12-31 23:30:00", "01-01-2027 00:30" },
		{ "2026-06-30 22:00:00", "01-07-2026 00:00" },
		/* Clocks go forward at 01:00 UTC on 29 March 2026 ... */
		{ "2026-03-29 00:59:59", "29-03-2026 01:59" },
		{ "2026-03-29 01:00:00", "29-03-2026 03:00" },
		/* ... and back at 01:00 UTC on 25 October 2026. */
		{ "2026-10-25 00:59:59", "25-10-2026 02:59" },
		{ "2026-10-25 01:00:00", "25-10-2026 02:00" },
	};
	char out[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		assert_int_equal(when_local(v[i].utc, out, sizeof(out)), 0);
		assert_string_equal(out, v[i].local);
	}
}

static void
test_local_bad(void **state)
{
	static const char *const bad[] = {
		"", "garbage", "2026-11-22", "2026-11-22T", "22-11-2026 21:18",
		"2026-11-22 20:18",
	};
	char out[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (when_local(bad[i], out, sizeof(out)) != -1)
			fail_msg("when_local(\"%s\") should fail", bad[i]);
	assert_int_equal(when_local(NULL, out, sizeof(out)), -1);
	/* "22-11-2026 21:18" needs 17 bytes. */
	assert_int_equal(when_local("2026-11-22 20:18:07", out, 16), -1);
	assert_int_equal(when_local("2026-11-22 20:18:07", out, 17), 0);
	assert_string_equal(out, "22-11-2026 21:18");
}

static void
test_day_utc(void **state)
{
	static const struct {
		const char	*date;
		int		 add;
		const char	*utc;
	} v[] = {
		{ "2026-07-01", 0, "2026-06-30 22:00:00" },
		{ "2026-12-31", 1, "2026-12-31 23:00:00" },
		{ "2026-12-31", 0, "2026-12-30 23:00:00" },
		{ "2026-01-01", -1, "2025-12-30 23:00:00" },
		{ "2026-02-28", 1, "2026-02-28 23:00:00" },
		{ "2024-02-28", 1, "2024-02-28 23:00:00" },
		{ "2024-02-28", 2, "2024-02-29 23:00:00" },
		/* The short and the long day. */
		{ "2026-03-29", 0, "2026-03-28 23:00:00" },
		{ "2026-03-29", 1, "2026-03-29 22:00:00" },
		{ "2026-10-25", 0, "2026-10-24 22:00:00" },
		{ "2026-10-25", 1, "2026-10-25 23:00:00" },
		{ "2026-07-01", 365, "2027-06-30 22:00:00" },
	};
	char out[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		assert_int_equal(when_day_utc(v[i].date, v[i].add, out,
		    sizeof(out)), 0);
		assert_string_equal(out, v[i].utc);
	}
	assert_int_equal(when_day_utc("garbage", 0, out, sizeof(out)), -1);
	assert_int_equal(when_day_utc("", 0, out, sizeof(out)), -1);
	assert_int_equal(when_day_utc("2026-07", 0, out, sizeof(out)), -1);
	assert_int_equal(when_day_utc("2026-07-01", 0, out, 19), -1);
	assert_int_equal(when_day_utc("2026-07-01", 0, out, 20), 0);
	assert_string_equal(out, "2026-06-30 22:00:00");
}

static long
days_between(const char *a, const char *b)
{
	struct tm ta, tb;

	memset(&ta, 0, sizeof(ta));
	memset(&tb, 0, sizeof(tb));
	assert_int_equal(sscanf(a, "%4d-%2d-%2d", &ta.tm_year, &ta.tm_mon,
	    &ta.tm_mday), 3);
	assert_int_equal(sscanf(b, "%4d-%2d-%2d", &tb.tm_year, &tb.tm_mon,
	    &tb.tm_mday), 3);
	ta.tm_mon--, tb.tm_mon--;
	return (long)((timegm(&tb) - timegm(&ta)) / 86400);
}

/* Whole local days from today, over every DST change in two years. */
static void
test_date(void **state)
{
	char today[11], d[11], now[11];
	time_t t = time(NULL);
	struct tm tm;
	int n;

	(void)state;
	assert_int_equal(when_date(0, today, sizeof(today)), 0);
	assert_non_null(localtime_r(&t, &tm));
	strftime(now, sizeof(now), "%Y-%m-%d", &tm);
	assert_string_equal(today, now);
	for (n = -400; n <= 400; n++) {
		assert_int_equal(when_date(n, d, sizeof(d)), 0);
		assert_int_equal(days_between(today, d), n);
	}
	assert_int_equal(when_date(0, d, 10), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_local),
		cmocka_unit_test(test_local_bad),
		cmocka_unit_test(test_day_utc),
		cmocka_unit_test(test_date),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
