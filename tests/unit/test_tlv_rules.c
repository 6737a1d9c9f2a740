#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "tlv_rules.h"

static void
test_code_new(void **state)
{
	char a[TLV_CODE_LEN + 1], b[TLV_CODE_LEN + 1], n[TLV_CODE_LEN + 1];

	(void)state;
	assert_int_equal(tlv_code_new(a), 0);
	assert_int_equal(tlv_code_new(b), 0);
	assert_int_equal(strlen(a), TLV_CODE_LEN);
	assert_true(a[4] == '-' && a[9] == '-');
	assert_string_not_equal(a, b);
	/* what is printed reads back as itself */
	assert_true(tlv_code_norm(a, n));
	assert_string_equal(a, n);
}

static void
test_code_norm(void **state)
{
	static const struct {
		const char	*in, *out;
	} ok[] = {
		{ "ABCD-EFGH-JKMN", "ABCD-EFGH-JKMN" },
		{ "abcdefghjkmn", "ABCD-EFGH-JKMN" },
		{ " ab cd - ef gh - jk mn ", "ABCD-EFGH-JKMN" },
		/* misread letters, as Crockford reads them */
		{ "OOOO-IIII-LLLL", "0000-1111-1111" },
	};
	static const char *const bad[] = {
		"", "ABCD-EFGH-JKM", "ABCD-EFGH-JKMNP", "ABCD-EFGH-JKMU",
		"ABCD_EFGH_JKMN", "ABCD-EFGH-JKM\xc3\xa9",
	};
	char out[TLV_CODE_LEN + 1];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		assert_true(tlv_code_norm(ok[i].in, out));
		assert_string_equal(out, ok[i].out);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_false(tlv_code_norm(bad[i], out));
}

static void
test_labels_and_dates(void **state)
{
	struct arena a = { 0 };

	(void)state;
	assert_string_equal(tlv_kind_label("sbo"),
	    "Speciaal basisonderwijs (SBO)");
	assert_string_equal(tlv_kind_label("vso"),
	    "Voortgezet speciaal onderwijs (VSO)");
	assert_string_equal(tlv_category_label("hoog"), "Hoog (categorie 3)");
	assert_string_equal(tlv_long_date(&a, "2027-08-01"), "1 augustus 2027");
	assert_string_equal(tlv_long_date(&a, "2028-07-31"), "31 juli 2028");
	assert_string_equal(tlv_long_date(&a, "2028-13-01"), "2028-13-01");
	arena_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_code_new),
		cmocka_unit_test(test_code_norm),
		cmocka_unit_test(test_labels_and_dates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
