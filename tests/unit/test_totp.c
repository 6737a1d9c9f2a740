#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "totp.h"

static const unsigned char key[] = "12345678901234567890";
#define KEYLEN	20

/* RFC 6238 appendix B, SHA-1; ours keeps the last six of eight digits. */
static void
test_rfc6238(void **state)
{
	static const struct {
		int64_t		 t;
		uint32_t	 code8;
	} v[] = {
		{ 59, 94287082 },
		{ 1111111109, 7081804 },
		{ 1111111111, 14050471 },
		{ 1234567890, 89005924 },
		{ 2000000000, 69279037 },
		{ 20000000000, 65353130 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		assert_int_equal(totp_code(key, KEYLEN, v[i].t / TOTP_STEP),
		    v[i].code8 % 1000000);
	assert_int_equal(totp_code(key, KEYLEN, 1), 287082);
	assert_int_equal(totp_code(key, KEYLEN, 37037036), 81804);
	assert_int_equal(totp_code(key, KEYLEN, 37037037), 50471);
}

static void
test_step(void **state)
{
	(void)state;
	assert_int_equal(totp_step(0), 0);
	assert_int_equal(totp_step(29), 0);
	assert_int_equal(totp_step(30), 1);
	assert_int_equal(totp_step(59), 1);
	assert_int_equal(totp_step(60), 2);
	assert_int_equal(totp_step((time_t)20000000000), 666666666);
}

static void
code_of(int64_t step, char out[7])
{
	snprintf(out, 7, "%06u", (unsigned)totp_code(key, KEYLEN, step));
}

static void
test_verify_window(void **state)
{
	const time_t now = 1111111111;
	const int64_t step = 37037037;
	char code[7];
	int64_t d;

	(void)state;
	assert_int_equal(totp_step(now), step);
	for (d = -1; d <= 1; d++) {
		code_of(step + d, code);
		assert_int_equal(totp_verify(key, KEYLEN, code, now, 0),
		    step + d);
	}
	code_of(step - 2, code);
	assert_int_equal(totp_verify(key, KEYLEN, code, now, 0), -1);
	code_of(step + 2, code);
	assert_int_equal(totp_verify(key, KEYLEN, code, now, 0), -1);
	/* The RFC's value for this moment, with a leading zero. */
	assert_int_equal(totp_verify(key, KEYLEN, "081804", 1111111109, 0),
	    37037036);
}

/* A step at or before last_step was used already. */
static void
test_verify_once(void **state)
{
	const time_t now = 1111111111;
	const int64_t step = 37037037;
	char prev[7], cur[7], next[7];

	(void)state;
	code_of(step - 1, prev);
	code_of(step, cur);
	code_of(step + 1, next);
	assert_int_equal(totp_verify(key, KEYLEN, cur, now, step - 1), step);
	assert_int_equal(totp_verify(key, KEYLEN, cur, now, step), -1);
	assert_int_equal(totp_verify(key, KEYLEN, prev, now, step - 1), -1);
	assert_int_equal(totp_verify(key, KEYLEN, prev, now, step - 2),
	    step - 1);
	assert_int_equal(totp_verify(key, KEYLEN, next, now, step), step + 1);
	assert_int_equal(totp_verify(key, KEYLEN, next, now, step + 1), -1);
}

static void
test_verify_format(void **state)
{
	/* "50471" and "0050471" have the right value, not six digits. */
	static const char *const bad[] = {
		"", "50471", "0050471", "05047", "0504710", "05047a", "a50471",
		" 50471", "050471 ", "-50471", "+50471", "05 471",
	};
	size_t i;

	(void)state;
	assert_int_equal(totp_verify(key, KEYLEN, "050471", 1111111111, 0),
	    37037037);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(totp_verify(key, KEYLEN, bad[i], 1111111111,
		    0), -1);
	/* The wrong key. */
	assert_int_equal(totp_verify((const unsigned char *)
	    "12345678901234567891", KEYLEN, "050471", 1111111111, 0), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc6238),
		cmocka_unit_test(test_step),
		cmocka_unit_test(test_verify_window),
		cmocka_unit_test(test_verify_once),
		cmocka_unit_test(test_verify_format),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
