#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "arena.h"

#define ALIGNED(p)	(((uintptr_t)(p) & 15) == 0)

static void
test_align(void **state)
{
	static const size_t sizes[] = { 1, 3, 15, 16, 17, 31, 33, 100, 1 };
	struct arena a = { NULL, 0 };
	unsigned char *prev = NULL;
	size_t i, used = 0;

	(void)state;
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		unsigned char *p = arena_alloc(&a, sizes[i]);

		assert_non_null(p);
		assert_true(ALIGNED(p));
		memset(p, 0xee, sizes[i]);
		/* Successive small allocations do not overlap. */
		if (prev != NULL)
			assert_true(p >= prev + sizes[i - 1] ||
			    p + sizes[i] <= prev);
		prev = p;
		used += (sizes[i] + 15) & ~(size_t)15;
		assert_int_equal(a.used, used);
	}
	arena_free(&a);
}

static void
test_zalloc(void **state)
{
	struct arena a = { NULL, 0 };
	unsigned char *p, *z;
	size_t i;

	(void)state;
	/* Dirty the block, then reuse it after a reset. */
	p = arena_alloc(&a, 1000);
	memset(p, 0xaa, 1000);
	arena_reset(&a);
	z = arena_zalloc(&a, 1000);
	assert_ptr_equal(z, p);
	for (i = 0; i < 1000; i++)
		assert_int_equal(z[i], 0);
	arena_free(&a);
}

static void
test_strings(void **state)
{
	struct arena a = { NULL, 0 };
	char src[] = "hallo wereld", *s, *t, *big, *end, *many[3000];
	size_t i;

	(void)state;
	s = arena_strdup(&a, src);
	assert_string_equal(s, "hallo wereld");
	assert_ptr_not_equal(s, src);
	src[0] = 'H';
	assert_string_equal(s, "hallo wereld");
	assert_null(arena_strdup(&a, NULL));
	assert_string_equal(arena_strdup(&a, ""), "");

	t = arena_strndup(&a, "abcdef", 3);
	assert_string_equal(t, "abc");
	assert_string_equal(arena_strndup(&a, "abcdef", 0), "");
	assert_string_equal(arena_strndup(&a, "abcdef", 6), "abcdef");
	assert_string_equal(s, "hallo wereld");

	assert_string_equal(arena_printf(&a, "%s-%d-%05.1f", "x", -42, 3.14159),
	    "x--42-003.1");
	assert_string_equal(arena_printf(&a, "%s", ""), "");
	/* Longer than a block. */
	big = arena_printf(&a, "[%*s]", 40000, "z");
	assert_int_equal(strlen(big), 40002);
	assert_int_equal(big[0], '[');
	assert_int_equal(big[40000], 'z');
	assert_int_equal(big[40001], ']');
	assert_string_equal(t, "abc");
	/*
	 * Formatted into a block's tail, into a new block when the tail is
	 * short, and never over an earlier string.
	 */
	for (i = 0; i < sizeof(many) / sizeof(many[0]); i++)
		many[i] = arena_printf(&a, "%zu:%s", i, "abcdefghij");
	for (i = 0; i < sizeof(many) / sizeof(many[0]); i++) {
		assert_int_equal(strtoul(many[i], &end, 10), i);
		assert_string_equal(end, ":abcdefghij");
	}
	assert_string_equal(t, "abc");
	arena_free(&a);
}

static void
test_large(void **state)
{
	struct arena a = { NULL, 0 };
	char *small, *big, *after;
	size_t n = 100 * 1024, i;

	(void)state;
	small = arena_strdup(&a, "before");
	big = arena_alloc(&a, n);
	assert_true(ALIGNED(big));
	memset(big, 'b', n);
	after = arena_strdup(&a, "after");
	assert_true(ALIGNED(after));
	for (i = 0; i < n; i++)
		if (big[i] != 'b')
			fail_msg("big[%zu] was overwritten", i);
	assert_string_equal(small, "before");
	assert_string_equal(after, "after");
	assert_true(a.used >= n + 32);

	/* An oversized last block is dropped on reset; still usable. */
	big = arena_alloc(&a, n);
	memset(big, 'c', n);
	arena_reset(&a);
	assert_int_equal(a.used, 0);
	small = arena_strdup(&a, "again");
	assert_string_equal(small, "again");
	arena_free(&a);
}

static void
test_many(void **state)
{
	struct arena a = { NULL, 0 };
	enum { N = 5000, SZ = 40 };	/* about 14 blocks of 16 KiB */
	unsigned char *p[N];
	int i, j;

	(void)state;
	for (i = 0; i < N; i++) {
		p[i] = arena_alloc(&a, SZ);
		assert_true(ALIGNED(p[i]));
		memset(p[i], i & 0xff, SZ);
	}
	assert_int_equal(a.used, (size_t)N * 48);
	for (i = 0; i < N; i++)
		for (j = 0; j < SZ; j++)
			if (p[i][j] != (i & 0xff))
				fail_msg("allocation %d byte %d overwritten",
				    i, j);
	arena_free(&a);
}

static void
test_reset_free(void **state)
{
	struct arena a = { NULL, 0 };
	char *p, *q;
	int i;

	(void)state;
	arena_reset(&a);		/* an empty arena is fine */
	assert_null(a.head);
	arena_free(&a);
	assert_null(a.head);

	for (i = 0; i < 2000; i++)
		arena_alloc(&a, 64);
	arena_reset(&a);
	assert_int_equal(a.used, 0);
	assert_non_null(a.head);	/* one block kept for reuse */
	p = arena_strdup(&a, "eerste");
	arena_reset(&a);
	q = arena_strdup(&a, "tweede");
	assert_ptr_equal(p, q);
	assert_string_equal(q, "tweede");
	assert_int_equal(a.used, 16);

	arena_free(&a);
	assert_null(a.head);
	assert_int_equal(a.used, 0);
	arena_free(&a);			/* twice is harmless */
	assert_null(a.head);
	p = arena_strdup(&a, "derde");	/* and usable again */
	assert_string_equal(p, "derde");
	arena_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_align),
		cmocka_unit_test(test_zalloc),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_large),
		cmocka_unit_test(test_many),
		cmocka_unit_test(test_reset_free),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
