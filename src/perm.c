#include <string.h>

#include "perm.h"

#define B(x)	(1u << (x))

const char *const org_type_keys[ORG__MAX + 1] = {
	"swv", "deelverband", "bestuur", "school", "extern", NULL
};

const char *const role_keys[ROLE__MAX + 1] = {
	"school", "rvz", "coordinator", "swv", "beslisser", "deskundige",
	"ontvangend", "leerplicht", "jeugdzorg", "inspectie", "beheerder", NULL
};

const struct org_type_def org_types[ORG__MAX] = {
	[ORG_SWV] = { "Samenwerkingsverband", "Samenwerkingsverband" },
	[ORG_DEELVERBAND] = { "Deelverband", "Deelverbanden" },
	[ORG_BESTUUR] = { "Schoolbestuur", "Schoolbesturen" },
	[ORG_SCHOOL] = { "School", "Scholen" },
	[ORG_EXTERN] = { "Externe organisatie", "Externe organisaties" },
};

const struct role_def roles[ROLE__MAX] = {
	[ROLE_SCHOOL] = { "Schoolmedewerker (IB'er, KC'er, directeur)",
	    "Aanvragen van uw school maken en bijwerken, documenten toevoegen "
	    "en de dossiers van uw eigen leerlingen inzien.", B(ORG_SCHOOL) },
	[ROLE_RVZ] = { "Regievoerder zorgplicht (RVZ)",
	    "De dossiers van de scholen van uw bestuur inzien, aanvragen "
	    "goedkeuren en een MPO organiseren.", B(ORG_BESTUUR) },
	[ROLE_COORD] = { "Coördinator deelverband",
	    "De dossiers van uw deelverband inzien en behandelen en "
	    "doorzetten naar het samenwerkingsverband.", B(ORG_DEELVERBAND) },
	[ROLE_SWV] = { "Medewerker samenwerkingsverband",
	    "Alle dossiers behandelen: volledigheid toetsen, deskundigen "
	    "toewijzen en overleggen plannen.", B(ORG_SWV) },
	[ROLE_DECIDER] = { "Beslisser (CvT)",
	    "Besluiten nemen over toelaatbaarheidsverklaringen.", B(ORG_SWV) },
	[ROLE_EXPERT] = { "Deskundige",
	    "De aan u toegewezen dossiers lezen en een ondertekend advies "
	    "schrijven.", B(ORG_SWV) | B(ORG_EXTERN) },
	[ROLE_RECEIVING] = { "Ontvangende school",
	    "De aan uw school gerichte toelaatbaarheidsverklaringen downloaden "
	    "en de plaatsing bevestigen.", B(ORG_SCHOOL) },
	[ROLE_LEERPLICHT] = { "Leerplichtambtenaar",
	    "Het verzuimregister voor uw gebied inzien.", B(ORG_EXTERN) },
	[ROLE_JEUGDZORG] = { "Jeugdzorg",
	    "Het verzuimregister voor uw gebied inzien.", B(ORG_EXTERN) },
	[ROLE_INSPECTIE] = { "Inspectie van het Onderwijs",
	    "Het verzuimregister en de rapportages inzien.", B(ORG_EXTERN) },
	[ROLE_ADMIN] = { "Beheerder",
	    "Organisaties, gebruikers en instellingen beheren en het "
	    "auditlog inzien.", B(ORG_SWV) },
};

/* Which roles each permission admits once the login is complete. */
static const unsigned perm_roles[PERM__MAX] = {
	[PERM_ADMIN] = B(ROLE_ADMIN),
	[PERM_DOSSIER] = B(ROLE_SCHOOL) | B(ROLE_RVZ) | B(ROLE_COORD) |
	    B(ROLE_SWV) | B(ROLE_DECIDER) | B(ROLE_EXPERT),
	[PERM_PUPIL] = B(ROLE_SCHOOL) | B(ROLE_SWV),
	[PERM_STAFF] = B(ROLE_SWV),
	[PERM_RECEIVING] = B(ROLE_RECEIVING),
};

int
role_from_key(const char *key)
{
	int i;

	for (i = 0; i < ROLE__MAX; i++)
		if (strcmp(role_keys[i], key) == 0)
			return i;
	return -1;
}

int
org_type_from_key(const char *key)
{
	int i;

	for (i = 0; i < ORG__MAX; i++)
		if (strcmp(org_type_keys[i], key) == 0)
			return i;
	return -1;
}

bool
role_scope_ok(enum role r, enum org_type t)
{
	return (unsigned)r < ROLE__MAX && (unsigned)t < ORG__MAX &&
	    (roles[r].scopes & B(t)) != 0;
}

enum perm_result
perm_check(enum perm p, enum auth_state st, unsigned rolemask)
{
	switch (p) {
	case PERM_PUBLIC:
		return PERM_OK;
	case PERM_CODE:
		return st == AUTH_CODE ? PERM_OK :
		    st == AUTH_ANON ? PERM_NEED_LOGIN : PERM_DENIED;
	case PERM_ENROL:
		return st == AUTH_ENROL || st == AUTH_FULL ? PERM_OK :
		    st == AUTH_CODE ? PERM_NEED_CODE : PERM_NEED_LOGIN;
	case PERM_GUEST:
		return st == AUTH_GUEST ? PERM_OK : PERM_NEED_GUEST;
	case PERM_LOGIN:
	case PERM_ADMIN:
	case PERM_DOSSIER:
	case PERM_PUPIL:
	case PERM_STAFF:
	case PERM_RECEIVING:
		/* A guest has no account: to them this is a login page. */
		if (st == AUTH_ANON || st == AUTH_GUEST)
			return PERM_NEED_LOGIN;
		if (st == AUTH_CODE)
			return PERM_NEED_CODE;
		if (st == AUTH_ENROL)
			return PERM_NEED_ENROL;
		if (st != AUTH_FULL)
			return PERM_DENIED;
		if (p == PERM_LOGIN)
			return PERM_OK;
		return (rolemask & perm_roles[p]) != 0 ? PERM_OK : PERM_DENIED;
	case PERM_NONE:
	case PERM__MAX:
		break;
	}
	return PERM_DENIED;
}
