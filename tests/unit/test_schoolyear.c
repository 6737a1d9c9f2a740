#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "schoolyear.h"

static void
test_boundary(void **state)
{
	(void)state;
	assert_int_equal(schoolyear_of(2026, 7), 2025);
	assert_int_equal(schoolyear_of(2026, 8), 2026);
	assert_int_equal(schoolyear_of(2027, 1), 2026);
	assert_int_equal(schoolyear_of(2026, 12), 2026);
	assert_int_equal(schoolyear_of(2000, 1), 1999);
}

/* August to July of the next year is one school year. */
static void
test_every_month(void **state)
{
	int m;

	(void)state;
	for (m = 1; m <= 12; m++)
		assert_int_equal(schoolyear_of(2026, m), m >= 8 ? 2026 : 2025);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_boundary),
		cmocka_unit_test(test_every_month),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
