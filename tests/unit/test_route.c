#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "route.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static void
test_table(void **state)
{
	static const struct {
		const char	*pat, *path;
		bool		 ok;
	} v[] = {
		{ "/", "/", true },
		{ "/login", "/login", true },
		{ "/login", "/login/", false },		/* trailing slash */
		{ "/login/", "/login", false },
		{ "/login", "/logi", false },
		{ "/login", "/loginx", false },
		{ "/login", "/Login", false },
		{ "/login", "", false },
		{ "", "", true },
		{ "/a/%d", "/a/1", true },
		{ "/a/%d", "/a/1234567890", true },
		{ "/a/%d", "/a/0", false },
		{ "/a/%d", "/a/01", false },
		{ "/a/%d", "/a/-1", false },
		{ "/a/%d", "/a/abc", false },
		{ "/a/%d", "/a/1a", false },
		{ "/a/%d", "/a/a-b_c", false },		/* a token, not an id */
		{ "/a/%d", "/a/", false },
		{ "/a/%d", "/a", false },
		{ "/a/%d/b", "/a//b", false },
		{ "/a/%d", "/a/1000000000000000000", false },
		{ "/a/%d", "/a/1/b", false },		/* prefix only */
		{ "/a/%d", "/a/1/", false },
		{ "/a/%d/b", "/a/1", false },
		{ "/a/%s", "/a/x/b", false },
		{ "/a/%s", "/a/", false },
		{ "/a/%s", "/a/a.b", false },
		{ "/a/%s", "/a/a%2F", false },
		{ "/a/%s", "/a/a+b", false },
		{ "/a/%s", "/a/a b", false },
		{ "/a/%s", "/a/\xc3\xab", false },
		{ "/a/%d.json", "/a/1.json", false },	/* a segment is whole */
	};
	struct route_args a;
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(v); i++)
		if (route_match(v[i].pat, v[i].path, &a) != v[i].ok)
			fail_msg("route_match(\"%s\", \"%s\") should be %s",
			    v[i].pat, v[i].path, v[i].ok ? "true" : "false");
}

static void
test_id(void **state)
{
	struct route_args a;

	(void)state;
	assert_true(route_match("/org/%d", "/org/42", &a));
	assert_int_equal(a.nid, 1);
	assert_int_equal(a.ntok, 0);
	assert_int_equal(a.id[0], 42);
	assert_true(route_match("/org/%d/edit", "/org/999999999999999999/edit",
	    &a));
	assert_int_equal(a.nid, 1);
	assert_true(a.id[0] == 999999999999999999LL);
}

static void
test_token(void **state)
{
	struct route_args a;
	char path[8 + ROUTE_TOKMAX + 2], tok[ROUTE_TOKMAX + 2];

	(void)state;
	assert_true(route_match("/t/%s", "/t/aZ09-_", &a));
	assert_int_equal(a.ntok, 1);
	assert_int_equal(a.nid, 0);
	assert_string_equal(a.tok[0], "aZ09-_");
	/* Digits are a fine token; they stay text. */
	assert_true(route_match("/t/%s", "/t/007", &a));
	assert_int_equal(a.nid, 0);
	assert_string_equal(a.tok[0], "007");

	memset(tok, 'k', ROUTE_TOKMAX);
	tok[ROUTE_TOKMAX] = '\0';
	strcpy(path, "/t/");
	strcat(path, tok);
	assert_true(route_match("/t/%s", path, &a));
	assert_int_equal(strlen(a.tok[0]), ROUTE_TOKMAX);
	assert_string_equal(a.tok[0], tok);
	strcat(path, "k");
	assert_false(route_match("/t/%s", path, &a));
}

static void
test_two(void **state)
{
	struct route_args a;

	(void)state;
	assert_true(route_match("/org/%d/user/%d", "/org/3/user/17", &a));
	assert_int_equal(a.nid, 2);
	assert_int_equal(a.id[0], 3);
	assert_int_equal(a.id[1], 17);
	assert_true(route_match("/reset/%s/%d", "/reset/ab_C-9/5", &a));
	assert_int_equal(a.ntok, 1);
	assert_int_equal(a.nid, 1);
	assert_string_equal(a.tok[0], "ab_C-9");
	assert_int_equal(a.id[0], 5);
	assert_false(route_match("/org/%d/user/%d", "/org/3/user/0", &a));
	assert_false(route_match("/org/%d/user/%d", "/org/3/usr/4", &a));

	/* A failed match leaves no stale arguments behind. */
	assert_true(route_match("/x/%d", "/x/9", &a));
	assert_false(route_match("/y", "/z", &a));
	assert_int_equal(a.nid, 0);
	assert_int_equal(a.ntok, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_id),
		cmocka_unit_test(test_token),
		cmocka_unit_test(test_two),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
