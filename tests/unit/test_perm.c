#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "perm.h"

#define B(x)		(1u << (x))
#define ALL_ROLES	(B(ROLE__MAX) - 1)

static const char *const pnames[] = {
	"NONE", "PUBLIC", "CODE", "ENROL", "LOGIN", "ADMIN", "DOSSIER",
	"PUPIL", "STAFF", "GUEST", "RECEIVING"
};
static const char *const snames[] = {
	"ANON", "CODE", "ENROL", "FULL", "GUEST"
};

#define OK	PERM_OK
#define LOGIN	PERM_NEED_LOGIN
#define CODE	PERM_NEED_CODE
#define ENROL	PERM_NEED_ENROL
#define GUEST	PERM_NEED_GUEST
#define DENY	PERM_DENIED
#define ROLES	-1	/* logged in: the roles decide (admits[] below) */

/* Before the login is complete, and for guests, roles make no difference. */
static const int before[PERM__MAX][AUTH__MAX] = {
	/*		  ANON	 CODE	ENROL	FULL	GUEST */
	[PERM_NONE] =	{ DENY,	 DENY,	DENY,	ROLES,	DENY },
	[PERM_PUBLIC] =	{ OK,	 OK,	OK,	ROLES,	OK },
	[PERM_CODE] =	{ LOGIN, OK,	DENY,	ROLES,	DENY },
	[PERM_ENROL] =	{ LOGIN, CODE,	OK,	ROLES,	LOGIN },
	[PERM_LOGIN] =	{ LOGIN, CODE,	ENROL,	ROLES,	LOGIN },
	[PERM_ADMIN] =	{ LOGIN, CODE,	ENROL,	ROLES,	LOGIN },
	[PERM_DOSSIER] = { LOGIN, CODE,	ENROL,	ROLES,	LOGIN },
	[PERM_PUPIL] =	{ LOGIN, CODE,	ENROL,	ROLES,	LOGIN },
	[PERM_STAFF] =	{ LOGIN, CODE,	ENROL,	ROLES,	LOGIN },
	[PERM_GUEST] =	{ GUEST, GUEST,	GUEST,	ROLES,	OK },
	[PERM_RECEIVING] = { LOGIN, CODE, ENROL,	ROLES,	LOGIN },
};

/* Logged in: the roles each permission admits. */
static const unsigned admits[PERM__MAX] = {
	[PERM_NONE] = 0,
	[PERM_PUBLIC] = ALL_ROLES,
	[PERM_CODE] = 0,
	[PERM_ENROL] = ALL_ROLES,
	[PERM_LOGIN] = ALL_ROLES,
	[PERM_ADMIN] = B(ROLE_ADMIN),
	[PERM_DOSSIER] = B(ROLE_SCHOOL) | B(ROLE_RVZ) | B(ROLE_COORD) |
	    B(ROLE_SWV) | B(ROLE_DECIDER) | B(ROLE_EXPERT),
	[PERM_PUPIL] = B(ROLE_SCHOOL) | B(ROLE_SWV),
	[PERM_STAFF] = B(ROLE_SWV),
	[PERM_GUEST] = 0,
	[PERM_RECEIVING] = B(ROLE_RECEIVING),
};

static void
expect(int p, int s, unsigned mask, enum perm_result want)
{
	enum perm_result got = perm_check((enum perm)p, (enum auth_state)s, mask);

	if (got != want)
		fail_msg("perm_check(PERM_%s, AUTH_%s, %#x) = %d, want %d",
		    pnames[p], snames[s], mask, (int)got, (int)want);
}

static void
test_perm_check(void **state)
{
	int p, s, r;

	(void)state;
	assert_int_equal(sizeof(pnames) / sizeof(pnames[0]), PERM__MAX);
	for (p = 0; p < PERM__MAX; p++) {
		for (s = 0; s < AUTH__MAX; s++) {
			if (before[p][s] == ROLES)
				continue;
			expect(p, s, 0, before[p][s]);
			expect(p, s, ALL_ROLES, before[p][s]);
		}
		/* Each role alone, no role, and every role but the admitted. */
		for (r = 0; r < ROLE__MAX; r++)
			expect(p, AUTH_FULL, B(r), admits[p] & B(r) ? OK :
			    p == PERM_GUEST ? GUEST : DENY);
		expect(p, AUTH_FULL, 0,
		    p == PERM_PUBLIC || p == PERM_ENROL || p == PERM_LOGIN ?
		    OK : p == PERM_GUEST ? GUEST : DENY);
		if (admits[p] != ALL_ROLES)
			expect(p, AUTH_FULL, ALL_ROLES & ~admits[p],
			    p == PERM_GUEST ? GUEST : DENY);
	}
	/* Not a permission: nobody. */
	assert_int_equal(perm_check(PERM__MAX, AUTH_FULL, ~0u), PERM_DENIED);
	assert_int_equal(perm_check((enum perm)99, AUTH_FULL, ~0u),
	    PERM_DENIED);
}

/* Which org types each role may be scoped to (see the roles table). */
static const bool scope[ROLE__MAX][ORG__MAX] = {
	/*			  SWV	 DEELV	BESTUUR	SCHOOL	EXTERN */
	[ROLE_SCHOOL] =		{ false, false, false,	true,	false },
	[ROLE_RVZ] =		{ false, false, true,	false,	false },
	[ROLE_COORD] =		{ false, true,	false,	false,	false },
	[ROLE_SWV] =		{ true,	 false, false,	false,	false },
	[ROLE_DECIDER] =	{ true,	 false, false,	false,	false },
	[ROLE_EXPERT] =		{ true,	 false, false,	false,	true },
	[ROLE_RECEIVING] =	{ false, false, false,	true,	false },
	[ROLE_LEERPLICHT] =	{ false, false, false,	false,	true },
	[ROLE_JEUGDZORG] =	{ false, false, false,	false,	true },
	[ROLE_INSPECTIE] =	{ false, false, false,	false,	true },
	[ROLE_ADMIN] =		{ true,	 false, false,	false,	false },
};

static void
test_scope(void **state)
{
	int r, t;

	(void)state;
	for (r = 0; r < ROLE__MAX; r++)
		for (t = 0; t < ORG__MAX; t++)
			if (role_scope_ok((enum role)r, (enum org_type)t) !=
			    scope[r][t])
				fail_msg("role_scope_ok(%s, %s) should be %s",
				    role_keys[r], org_type_keys[t],
				    scope[r][t] ? "true" : "false");
	assert_false(role_scope_ok(ROLE__MAX, ORG_SWV));
	assert_false(role_scope_ok(ROLE_SWV, ORG__MAX));
	assert_false(role_scope_ok((enum role)-1, ORG_SWV));
	assert_false(role_scope_ok(ROLE_SWV, (enum org_type)-1));
}

static void
test_keys(void **state)
{
	int i;

	(void)state;
	assert_null(role_keys[ROLE__MAX]);
	assert_null(org_type_keys[ORG__MAX]);
	for (i = 0; i < ROLE__MAX; i++) {
		assert_non_null(role_keys[i]);
		assert_int_equal(role_from_key(role_keys[i]), i);
	}
	for (i = 0; i < ORG__MAX; i++) {
		assert_non_null(org_type_keys[i]);
		assert_int_equal(org_type_from_key(org_type_keys[i]), i);
	}
	assert_int_equal(role_from_key("beheerder"), ROLE_ADMIN);
	assert_int_equal(org_type_from_key("school"), ORG_SCHOOL);
	assert_int_equal(role_from_key(""), -1);
	assert_int_equal(role_from_key("Beheerder"), -1);
	assert_int_equal(role_from_key("beheerder "), -1);
	assert_int_equal(role_from_key("admin"), -1);
	assert_int_equal(role_from_key("bestuur"), -1);
	assert_int_equal(org_type_from_key(""), -1);
	assert_int_equal(org_type_from_key("SWV"), -1);
	assert_int_equal(org_type_from_key("rvz"), -1);
	assert_int_equal(org_type_from_key("scholen"), -1);
}

static void
test_labels(void **state)
{
	int i;

	(void)state;
	for (i = 0; i < ROLE__MAX; i++) {
		assert_non_null(roles[i].label);
		assert_non_null(roles[i].may);
		assert_true(roles[i].label[0] != '\0');
		assert_true(roles[i].may[0] != '\0');
		assert_true(roles[i].scopes != 0);
	}
	for (i = 0; i < ORG__MAX; i++) {
		assert_non_null(org_types[i].label);
		assert_non_null(org_types[i].plural);
		assert_true(org_types[i].label[0] != '\0');
		assert_true(org_types[i].plural[0] != '\0');
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_perm_check),
		cmocka_unit_test(test_scope),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_labels),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
