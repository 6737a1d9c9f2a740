/*
 * Roles, their scopes, and the permissions routes declare. The one
 * access check (perm_check) is deny by default: a permission that is
 * not in the table admits nobody.
 */
#ifndef PASSEND_PERM_H
#define PASSEND_PERM_H

#include <stdbool.h>

enum org_type {
	ORG_SWV,
	ORG_DEELVERBAND,
	ORG_BESTUUR,
	ORG_SCHOOL,
	ORG_EXTERN,
	ORG__MAX
};

enum role {
	ROLE_SCHOOL,		/* IB'er, KC'er, directeur */
	ROLE_RVZ,		/* regievoerder zorgplicht */
	ROLE_COORD,		/* coördinator deelverband */
	ROLE_SWV,		/* SWV medewerker */
	ROLE_DECIDER,		/* CvT / beslisser */
	ROLE_EXPERT,		/* deskundige */
	ROLE_RECEIVING,		/* ontvangende school */
	ROLE_LEERPLICHT,
	ROLE_JEUGDZORG,
	ROLE_INSPECTIE,
	ROLE_ADMIN,		/* beheerder */
	ROLE__MAX
};

/* Where a session stands in the login: only FULL reaches the application. */
enum auth_state {
	AUTH_ANON,
	AUTH_CODE,		/* password accepted, TOTP code needed */
	AUTH_ENROL,		/* password accepted, must set up 2FA first */
	AUTH_FULL,
	AUTH_GUEST,		/* an invited guest: one share, guest pages only */
	AUTH__MAX
};

enum perm {
	PERM_NONE,		/* the zero value: nobody */
	PERM_PUBLIC,
	PERM_CODE,		/* the TOTP step of the login */
	PERM_ENROL,		/* setting up 2FA: during login or afterwards */
	PERM_LOGIN,		/* any logged-in user */
	PERM_ADMIN,		/* beheerder */
	PERM_DOSSIER,		/* dossiers; dossier_load() narrows to scope */
	PERM_PUPIL,		/* register and edit pupils */
	PERM_STAFF,		/* SWV staff: assign people, all dossiers */
	PERM_GUEST,		/* a guest session; its share is the scope */
	PERM_RECEIVING,		/* receiving school: TLVs addressed to it */
	PERM__MAX
};

enum perm_result {
	PERM_OK,
	PERM_NEED_LOGIN,	/* send to the login page */
	PERM_NEED_CODE,
	PERM_NEED_ENROL,
	PERM_NEED_GUEST,	/* a guest page without a guest session */
	PERM_DENIED
};

struct role_def {
	const char	*label;
	const char	*may;		/* what the start page says it allows */
	unsigned	 scopes;	/* bit per org_type it may be scoped to */
};

struct org_type_def {
	const char	*label;
	const char	*plural;
};

/* The keys stored in the database; NULL-terminated for FT_CHOICE. */
extern const char *const	 role_keys[ROLE__MAX + 1];
extern const char *const	 org_type_keys[ORG__MAX + 1];
extern const struct role_def	 roles[ROLE__MAX];
extern const struct org_type_def org_types[ORG__MAX];

int			 role_from_key(const char *);
int			 org_type_from_key(const char *);
bool			 role_scope_ok(enum role, enum org_type);
enum perm_result	 perm_check(enum perm, enum auth_state, unsigned rolemask);

#endif
