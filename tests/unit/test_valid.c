#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "valid.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

struct vcase {
	const char	*s;
	bool		 ok;
};

static void
run(const char *(*fn)(const char *), const struct vcase *v, size_t n,
    const char *name)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const char *msg = fn(v[i].s);

		if ((msg == NULL) != v[i].ok)
			fail_msg("%s(\"%s\") should be %s", name, v[i].s,
			    v[i].ok ? "accepted" : "rejected");
		if (msg != NULL && *msg == '\0')
			fail_msg("%s(\"%s\"): empty message", name, v[i].s);
	}
}

static void
test_email(void **state)
{
	static const struct vcase v[] = {
		{ "naam@voorbeeld.nl", true },
		{ "a.b+c@sub.voorbeeld.org", true },
		{ "x@y.z", true },
		{ "", false },
		{ "naam", false },
		{ "naam.voorbeeld.nl", false },
		{ "@voorbeeld.nl", false },
		{ "naam@", false },
		{ "naam@voorbeeld", false },
		{ "naam@.nl", false },
		{ "naam@voorbeeld.", false },
		{ "a@b@voorbeeld.nl", false },
		{ "naam @voorbeeld.nl", false },
		{ "naam@voor beeld.nl", false },
		{ "<naam@voorbeeld.nl>", false },
		{ "naam@voorbeeld.nl,b@c.nl", false },
		{ "\"naam\"@voorbeeld.nl", false },
		{ "naam\t@voorbeeld.nl", false },
	};
	char buf[300];
	size_t dom = strlen("@voorbeeld.nl");

	(void)state;
	run(valid_email, v, NELEM(v), "valid_email");
	/* At most 254 characters. */
	memset(buf, 'a', 254 - dom);
	strcpy(buf + 254 - dom, "@voorbeeld.nl");
	assert_int_equal(strlen(buf), 254);
	assert_null(valid_email(buf));
	memset(buf, 'a', 255 - dom);
	strcpy(buf + 255 - dom, "@voorbeeld.nl");
	assert_non_null(valid_email(buf));
}

static void
test_brin_vestiging(void **state)
{
	static const struct vcase brin[] = {
		{ "12AB", true }, { "00ZZ", true }, { "12ab", false },
		{ "12Ab", false }, { "1AB2", false }, { "12ABC", false },
		{ "12A", false }, { "", false }, { "AB12", false },
		{ "12\xc3\x8b", false },
	};
	static const struct vcase vest[] = {
		{ "00", true }, { "99", true }, { "0", false },
		{ "000", false }, { "a1", false }, { "1a", false },
		{ "", false }, { " 0", false },
	};

	(void)state;
	run(valid_brin, brin, NELEM(brin), "valid_brin");
	run(valid_vestiging, vest, NELEM(vest), "valid_vestiging");
}

static void
test_postcode(void **state)
{
	static const struct vcase v[] = {
		{ "1234 AB", true }, { "1234AB", true },
		{ "9999 ZZ", true }, { "1000AA", true },
		{ "0123 AB", false }, { "1234 ab", false },
		{ "1234 Ab", false }, { "1234  AB", false },
		{ "1234-AB", false }, { "123 AB", false },
		{ "12345AB", false }, { "1234A B", false },
		{ "1234 A", false }, { "1234 ABC", false },
		{ "123A AB", false }, { "", false },
	};

	(void)state;
	run(valid_postcode, v, NELEM(v), "valid_postcode");
}

static void
test_id(void **state)
{
	static const char *const bad[] = {
		"0", "-1", "+1", "01", "1a", "a1", "", " 1", "1 ", "1.0",
		"1000000000000000000", "9999999999999999999",
	};
	long long v;
	size_t i;

	(void)state;
	v = 0;
	assert_null(valid_id("1", &v));
	assert_int_equal(v, 1);
	assert_null(valid_id("42", &v));
	assert_int_equal(v, 42);
	assert_null(valid_id("999999999999999999", &v));	/* 18 digits */
	assert_true(v == 999999999999999999LL);
	assert_null(valid_id("100000000000000000", NULL));
	for (i = 0; i < NELEM(bad); i++) {
		v = -7;
		if (valid_id(bad[i], &v) == NULL)
			fail_msg("valid_id(\"%s\") should be rejected", bad[i]);
		assert_int_equal(v, -7);
	}
}

static void
test_totp(void **state)
{
	static const struct vcase v[] = {
		{ "000000", true }, { "123456", true }, { "12345", false },
		{ "1234567", false }, { "12345a", false }, { "", false },
		{ " 23456", false }, { "123 456", false }, { "-12345", false },
	};

	(void)state;
	run(valid_totp, v, NELEM(v), "valid_totp");
}

static void
test_password(void **state)
{
	char buf[2 * 130 + 1];
	size_t i;

	(void)state;
	memset(buf, 0, sizeof(buf));
	memset(buf, 'x', 11);
	assert_non_null(valid_password(buf));
	buf[11] = 'x';
	assert_null(valid_password(buf));
	memset(buf, 'x', 128);
	assert_null(valid_password(buf));
	buf[128] = 'x';
	assert_non_null(valid_password(buf));
	assert_non_null(valid_password(""));

	/* Characters, not bytes: "ë" is two bytes and one character. */
	memset(buf, 0, sizeof(buf));
	for (i = 0; i < 11; i++)
		memcpy(buf + 2 * i, "\xc3\xab", 2);
	assert_non_null(valid_password(buf));
	assert_null(valid_password("\xc3\xab\xc3\xab\xc3\xab\xc3\xab\xc3\xab"
	    "\xc3\xab\xc3\xab\xc3\xab\xc3\xab\xc3\xab\xc3\xab\xc3\xab"));
	for (i = 0; i < 128; i++)
		memcpy(buf + 2 * i, "\xc3\xab", 2);
	assert_null(valid_password(buf));
	memcpy(buf + 2 * 128, "\xc3\xab", 2);
	assert_non_null(valid_password(buf));
}

static void
test_phone(void **state)
{
	static const struct vcase v[] = {
		{ "0612345678", true },
		{ "06 12345678", true },
		{ "06-12345678", true },
		{ "(010) 123 45 67", true },
		{ "+31 6 12345678", true },
		{ "+44 20 7946 0958", true },
		{ "123456789", false },		/* 9 digits */
		{ "1234567890123456", false },	/* 16 digits */
		{ "06 1234567a", false },
		{ "06+12345678", false },	/* + only in front */
		{ "06.12345678", false },
		{ "", false },
	};

	(void)state;
	run(valid_phone, v, NELEM(v), "valid_phone");
}

static void
test_filename(void **state)
{
	static const struct vcase v[] = {
		{ "verslag.pdf", true }, { "OPP Daan 2026.docx", true },
		{ "rapport..pdf", true }, { "één – twee.odt", true },
		{ ".pdf", true },
		{ "../../etc/passwd", false }, { "..", false }, { ".", false },
		{ "a/b.pdf", false }, { "C:\\Users\\x.pdf", false },
		{ "a\tb.pdf", false }, { "a\x7f.pdf", false },
		{ "a\rb.pdf", false }, { "", false },
		/* U+202E turns "gpj.exe" around on screen */
		{ "foto\xe2\x80\xaegpj.exe", false },
		{ "x\xe2\x81\xa6y.pdf", false },
	};
	char longname[300];

	(void)state;
	run(valid_filename, v, NELEM(v), "valid_filename");
	memset(longname, 'a', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	assert_non_null(valid_filename(longname));
	longname[200] = '\0';
	assert_null(valid_filename(longname));
}

static void
test_date(void **state)
{
	static const struct vcase v[] = {
		{ "2024-02-29", true }, { "2023-02-29", false },
		{ "2000-02-29", true }, { "1900-02-29", false },
		{ "2100-02-29", false }, { "2026-02-28", true },
		{ "2026-02-31", false }, { "2026-04-30", true },
		{ "2026-04-31", false }, { "2026-12-31", true },
		{ "2026-13-01", false }, { "2026-00-01", false },
		{ "2026-01-00", false }, { "2026-01-32", false },
		{ "2026-1-01", false }, { "2026-01-1", false },
		{ "26-01-01", false }, { "2026/01/01", false },
		{ "2026-01-01 ", false }, { " 2026-01-01", false },
		{ "2026-0a-01", false }, { "+026-01-01", false },
		{ "2026-+1-01", false }, { "", false },
		{ "1900-01-01", true }, { "1899-12-31", false },
		{ "2200-12-31", true }, { "2201-01-01", false },
	};
	int y = -1, m = -1, d = -1;
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(v); i++) {
		const char *msg = valid_date(v[i].s, NULL, NULL, NULL);

		if ((msg == NULL) != v[i].ok)
			fail_msg("valid_date(\"%s\") should be %s", v[i].s,
			    v[i].ok ? "accepted" : "rejected");
	}
	assert_null(valid_date("2024-02-29", &y, &m, &d));
	assert_int_equal(y, 2024);
	assert_int_equal(m, 2);
	assert_int_equal(d, 29);
	assert_null(valid_date("1900-01-01", &y, &m, &d));
	assert_int_equal(y, 1900);
	assert_int_equal(m, 1);
	assert_int_equal(d, 1);
	/* A rejected date leaves the outputs alone. */
	assert_non_null(valid_date("2023-02-29", &y, &m, &d));
	assert_int_equal(y, 1900);
	assert_int_equal(m, 1);
	assert_int_equal(d, 1);
}

/* What goes into a CSP header and an href: nothing that can break out. */
static void
test_origin_url(void **state)
{
	(void)state;
	assert_null(valid_origin("https://www.swv-voorbeeld.nl"));
	assert_null(valid_origin("https://swv.example:8443"));
	assert_null(valid_origin("http://127.0.0.1:8090"));
	assert_non_null(valid_origin("https://www.swv-voorbeeld.nl/"));
	assert_non_null(valid_origin("http://www.swv-voorbeeld.nl"));
	assert_non_null(valid_origin("https://a.nl; script-src *"));
	assert_non_null(valid_origin("https://a.nl\r\nX: y"));
	assert_non_null(valid_origin("https://*.nl"));
	assert_non_null(valid_origin("https://.nl"));
	assert_non_null(valid_origin("https://a..nl"));
	assert_non_null(valid_origin("https://a.nl:"));
	assert_non_null(valid_origin("javascript:alert(1)"));
	assert_null(valid_url("https://www.swv-voorbeeld.nl/privacy"));
	assert_null(valid_url("https://swv.nl/over-ons/privacy?x=1#avg"));
	assert_non_null(valid_url("https://swv.nl/a b"));
	assert_non_null(valid_url("https://swv.nl/\"><script>"));
	assert_non_null(valid_url("javascript:alert(1)"));
	assert_non_null(valid_url("//swv.nl/privacy"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_email),
		cmocka_unit_test(test_brin_vestiging),
		cmocka_unit_test(test_postcode),
		cmocka_unit_test(test_id),
		cmocka_unit_test(test_totp),
		cmocka_unit_test(test_password),
		cmocka_unit_test(test_phone),
		cmocka_unit_test(test_date),
		cmocka_unit_test(test_filename),
		cmocka_unit_test(test_origin_url),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
