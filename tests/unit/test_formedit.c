#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "arena.h"
#include "formedit.h"

static struct arena A;

/* Two sections: s1 with a, b (b shown when a is "ja"), s2 with c. */
static const char def_json[] =
    "{\"key\":\"t\",\"name\":\"T\",\"sections\":["
    "{\"key\":\"s1\",\"title\":\"S1\",\"fields\":["
    "{\"key\":\"a\",\"type\":\"yesno\",\"label\":\"A\"},"
    "{\"key\":\"b\",\"type\":\"text\",\"label\":\"B\",\"show_if\":"
    "{\"field\":\"a\",\"equals\":\"ja\"}}]},"
    "{\"key\":\"s2\",\"title\":\"S2\",\"fields\":["
    "{\"key\":\"c\",\"type\":\"date\",\"label\":\"C\"}]}],"
    "\"workflow\":{\"states\":[{\"key\":\"x\",\"label\":\"X\","
    "\"initial\":true}]}}";

static void
load(struct trajdef *d)
{
	const char *err;

	assert_int_equal(trajdef_parse(&A, def_json, strlen(def_json), d,
	    &err), 0);
}

/* The field keys in form order, "s1: a b | s2: c" style. */
static const char *
order(const struct trajdef *d)
{
	const char *out = "";
	size_t s, i;

	for (s = 0; s < d->nsections; s++) {
		out = arena_printf(&A, "%s%s%s:", out, s > 0 ? " | " : "",
		    d->sections[s].key);
		for (i = 0; i < d->sections[s].nfields; i++)
			out = arena_printf(&A, "%s %s", out,
			    d->sections[s].fields[i].key);
	}
	return out;
}

/* The edited definition is still one the parser accepts, or not. */
static int
reparse(const struct trajdef *d)
{
	struct trajdef again;
	const char *json = trajdef_json(&A, d), *err;

	return trajdef_parse(&A, json, strlen(json), &again, &err);
}

static void
test_find(void **state)
{
	struct trajdef d;
	struct fd_pos p;
	size_t s;

	(void)state;
	load(&d);
	assert_true(fe_field_find(&d, "c", &p));
	assert_int_equal(p.sec, 1);
	assert_int_equal(p.idx, 0);
	assert_false(fe_field_find(&d, "s1", &p));
	assert_true(fe_section_find(&d, "s2", &s));
	assert_int_equal(s, 1);
	assert_false(fe_section_find(&d, "a", &s));
}

static void
test_put(void **state)
{
	struct trajdef d;
	struct fd_field f = { .key = "n", .label = "N", .help = "",
	    .type = FD_NUMBER };
	struct fd_section sec = { .key = "s3", .title = "S3",
	    .instructions = "" };
	struct fd_pos p = { 1, 1 };

	(void)state;
	load(&d);
	fe_field_put(&A, &d, p, &f);
	assert_string_equal(order(&d), "s1: a b | s2: c n");
	f.label = "Nieuw";
	fe_field_put(&A, &d, p, &f);
	assert_string_equal(d.sections[1].fields[1].label, "Nieuw");
	assert_int_equal(d.sections[1].nfields, 2);
	fe_section_put(&A, &d, 2, &sec);
	assert_string_equal(order(&d), "s1: a b | s2: c n | s3:");
	sec.title = "Derde";
	fe_section_put(&A, &d, 2, &sec);
	assert_string_equal(d.sections[2].title, "Derde");
	assert_int_equal(reparse(&d), 0);
}

static void
test_remove(void **state)
{
	struct trajdef d;
	struct fd_pos p = { 0, 0 };

	(void)state;
	load(&d);
	fe_field_remove(&d, p);
	assert_string_equal(order(&d), "s1: b | s2: c");
	/* b is left pointing at nothing: the parser says no. */
	assert_int_equal(reparse(&d), -1);
	load(&d);
	fe_section_remove(&d, 0);
	assert_string_equal(order(&d), "s2: c");
	assert_int_equal(reparse(&d), 0);
}

static void
test_move_fields(void **state)
{
	struct trajdef d;
	struct fd_pos p;

	(void)state;
	load(&d);
	p = (struct fd_pos){ 0, 0 };
	assert_false(fe_field_move(&A, &d, p, -1));	/* top of the form */
	assert_true(fe_field_move(&A, &d, p, 1));
	assert_string_equal(order(&d), "s1: b a | s2: c");
	assert_int_equal(reparse(&d), -1);	/* b now looks ahead */
	load(&d);
	p = (struct fd_pos){ 0, 1 };
	assert_true(fe_field_move(&A, &d, p, 1));	/* over the edge */
	assert_string_equal(order(&d), "s1: a | s2: b c");
	assert_int_equal(reparse(&d), 0);
	p = (struct fd_pos){ 1, 1 };
	assert_false(fe_field_move(&A, &d, p, 1));	/* end of the form */
	p = (struct fd_pos){ 1, 0 };
	assert_true(fe_field_move(&A, &d, p, -1));
	assert_string_equal(order(&d), "s1: a b | s2: c");
}

static void
test_move_sections(void **state)
{
	struct trajdef d;

	(void)state;
	load(&d);
	assert_false(fe_section_move(&d, 0, -1));
	assert_false(fe_section_move(&d, 1, 1));
	assert_true(fe_section_move(&d, 1, -1));
	assert_string_equal(order(&d), "s2: c | s1: a b");
	assert_true(fe_section_move(&d, 0, 1));
	assert_string_equal(order(&d), "s1: a b | s2: c");
}

static void
test_dependent(void **state)
{
	struct trajdef d;

	(void)state;
	load(&d);
	assert_string_equal(fe_dependent(&d, "a")->key, "b");
	assert_null(fe_dependent(&d, "b"));
	assert_null(fe_dependent(&d, "c"));
}

static bool
taken_list(const void *ctx, const char *key)
{
	const char *const *l;

	for (l = ctx; *l != NULL; l++)
		if (strcmp(*l, key) == 0)
			return true;
	return false;
}

static void
test_key(void **state)
{
	static const struct {
		const char	*label, *key;
	} v[] = {
		{ "Wat is de ondersteuningsvraag?", "wat_is_de_ondersteuningsvraag" },
		{ "Zienswijze van de ouders", "zienswijze_van_de_ouders" },
		{ "Één keer per week, café-bezoek", "een_keer_per_week_cafe_bezoek" },
		{ "  --Naam--  ", "naam" },
		{ "2e leerjaar", "v_2e_leerjaar" },
		{ "Façade ÀÇÑÿ", "facade_acny" },
		{ "Ja ✓ nee", "ja_nee" },
		{ "‘Doublure’", "doublure" },
		{ "???", "veld" },
		{ "", "veld" },
		/* 40 characters at most, and no "_" at the end */
		{ "Welke ondersteuning is geboden en met welk effect?",
		    "welke_ondersteuning_is_geboden_en_met_we" },
		{ "abcdefghij abcdefghij abcdefghij abcdef gh",
		    "abcdefghij_abcdefghij_abcdefghij_abcdef" },
	};
	static const char *const none[] = { NULL };
	static const char *const some[] = { "naam", "naam_2", "veld", NULL };
	static const char *const long_taken[] = {
		"welke_ondersteuning_is_geboden_en_met_we", NULL
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		assert_string_equal(fe_key(&A, v[i].label, taken_list, none),
		    v[i].key);
	assert_string_equal(fe_key(&A, "Naam", taken_list, some), "naam_3");
	assert_string_equal(fe_key(&A, "!", taken_list, some), "veld_2");
	assert_string_equal(fe_key(&A, "Welke ondersteuning is geboden en met "
	    "welk effect?", taken_list, long_taken),
	    "welke_ondersteuning_is_geboden_en_met_2");
}

static bool
all_taken(const void *ctx, const char *key)
{
	(void)ctx;
	(void)key;
	return true;
}

static void
test_key_gives_up(void **state)
{
	(void)state;
	assert_null(fe_key(&A, "Naam", all_taken, NULL));
}

static int
teardown(void **state)
{
	(void)state;
	arena_reset(&A);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_find, teardown),
		cmocka_unit_test_teardown(test_put, teardown),
		cmocka_unit_test_teardown(test_remove, teardown),
		cmocka_unit_test_teardown(test_move_fields, teardown),
		cmocka_unit_test_teardown(test_move_sections, teardown),
		cmocka_unit_test_teardown(test_dependent, teardown),
		cmocka_unit_test_teardown(test_key, teardown),
		cmocka_unit_test_teardown(test_key_gives_up, teardown),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	arena_free(&A);
	return rc;
}
