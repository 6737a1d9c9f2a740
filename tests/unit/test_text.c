#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "text.h"

static void
test_utf8_valid(void **state)
{
	static const struct {
		const char	*s;
		bool		 ok;
	} v[] = {
		{ "", true },
		{ "plain ASCII ~\x7f", true },
		{ "Zo\xc3\xab", true },			/* Zoë */
		{ "\xf0\x9f\x98\x80", true },		/* U+1F600 */
		{ "\xc2\x80", true },			/* U+0080 */
		{ "\xdf\xbf", true },			/* U+07FF */
		{ "\xe0\xa0\x80", true },		/* U+0800 */
		{ "\xed\x9f\xbf", true },		/* U+D7FF */
		{ "\xee\x80\x80", true },		/* U+E000 */
		{ "\xef\xbf\xbf", true },		/* U+FFFF */
		{ "\xf4\x8f\xbf\xbf", true },		/* U+10FFFF */
		{ "\xc0\xaf", false },			/* overlong '/' */
		{ "\xc1\xbf", false },
		{ "\xe0\x80\xaf", false },
		{ "\xe0\x9f\xbf", false },
		{ "\xf0\x80\x80\xaf", false },
		{ "\xf0\x8f\xbf\xbf", false },
		{ "\xed\xa0\x80", false },		/* U+D800 */
		{ "\xed\xbf\xbf", false },		/* U+DFFF */
		{ "\xf4\x90\x80\x80", false },		/* U+110000 */
		{ "\xf7\xbf\xbf\xbf", false },
		{ "\xf8\x88\x80\x80\x80", false },
		{ "\xfe", false },
		{ "\xff", false },
		{ "\xc3", false },			/* truncated */
		{ "Zo\xc3", false },
		{ "\xe2\x82", false },
		{ "\xf0\x9f\x98", false },
		{ "\xc3" "a", false },
		{ "\xe2\x82" "a", false },
		{ "\x80", false },			/* lone continuation */
		{ "a\xbf" "b", false },
		{ "\xc3\xab\xab", false },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		if (utf8_valid(v[i].s, strlen(v[i].s)) != v[i].ok)
			fail_msg("utf8_valid case %zu", i);
	}
	/* The length counts: a cut through "ë" is truncated. */
	assert_false(utf8_valid("Zo\xc3\xab", 3));
	assert_true(utf8_valid("Zo\xc3\xab", 2));
	assert_true(utf8_valid("a\0b", 3));
}

static void
test_utf8_chars(void **state)
{
	(void)state;
	assert_int_equal(utf8_chars(""), 0);
	assert_int_equal(utf8_chars("abc"), 3);
	assert_int_equal(utf8_chars("Zo\xc3\xab"), 3);
	assert_int_equal(utf8_chars("\xe2\x82\xac" "5"), 2);
	assert_int_equal(utf8_chars("\xf0\x9f\x98\x80\xf0\x9f\x98\x80"), 2);
}

static void
test_control(void **state)
{
	static const struct {
		const char	*s;
		bool		 strict, lax;	/* allow_newlines false, true */
	} v[] = {
		{ "", false, false },
		{ "Gewoon tekst, Zo\xc3\xab!", false, false },
		{ "a\tb", true, false },
		{ "a\nb", true, false },
		{ "a\r\nb", true, false },
		{ "a\x7f", true, true },
		{ "\x01", true, true },
		{ "a\x1f", true, true },
		{ "\x1b[0m", true, true },
		{ "\n\x01", true, true },
		{ " ~", false, false },
		{ "\xc2\x85", false, false },	/* U+0085 is not a C0 byte */
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		if (text_has_control(v[i].s, false) != v[i].strict)
			fail_msg("text_has_control(strict) case %zu", i);
		if (text_has_control(v[i].s, true) != v[i].lax)
			fail_msg("text_has_control(lax) case %zu", i);
	}
}

static void
test_trim(void **state)
{
	static const struct {
		const char	*in, *out;
	} v[] = {
		{ "", "" },
		{ "   ", "" },
		{ "x", "x" },
		{ "  a b  ", "a b" },
		{ "\t\r\n a\tb \r\n\t", "a\tb" },
		{ "\va\v", "\va\v" },
		{ "\xc2\xa0" "a", "\xc2\xa0" "a" },
	};
	char buf[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		char *p;

		strcpy(buf, v[i].in);
		p = text_trim(buf);
		assert_string_equal(p, v[i].out);
		assert_true(p >= buf && p <= buf + strlen(v[i].in));
	}
}

static void
test_lower(void **state)
{
	char buf[] = "@AZ[`az{ \xc3\x84" "BC Zo\xc3\xab \xc3\x8b";

	(void)state;
	text_lower_ascii(buf);
	assert_string_equal(buf, "@az[`az{ \xc3\x84" "bc zo\xc3\xab \xc3\x8b");
}

static void
test_url_encode(void **state)
{
	static const struct {
		const char	*in, *out;
	} v[] = {
		{ "", "" },
		{ "a b", "a%20b" },
		{ "a&b=c", "a%26b%3Dc" },
		{ "Zo\xc3\xab", "Zo%C3%AB" },
		{ "AZaz09-._~", "AZaz09-._~" },
		{ "/?#+%", "%2F%3F%23%2B%25" },
		{ "\x01\x7f\xff", "%01%7F%FF" },
	};
	char out[64];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		url_encode(v[i].in, out);
		assert_string_equal(out, v[i].out);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_utf8_chars),
		cmocka_unit_test(test_control),
		cmocka_unit_test(test_trim),
		cmocka_unit_test(test_lower),
		cmocka_unit_test(test_url_encode),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
