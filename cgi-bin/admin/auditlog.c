/* The audit log, newest first, filtered on the server. */
#include <string.h>

#include "admin.h"
#include "list.h"
#include "when.h"

enum { AF_Q, AF_ACTION, AF_OBJECT, AF_FROM, AF_TO, AF_PAGE, AF__MAX };
static const struct field audit_filter_fields[AF__MAX] = {
	[AF_Q] = { "q", "Gebruiker (naam of e-mailadres)", FT_TEXT, 100, false, NULL },
	[AF_ACTION] = { "actie", "Actie", FT_TEXT, 40, false, NULL },
	[AF_OBJECT] = { "soort", "Soort gegeven", FT_TEXT, 40, false, NULL },
	[AF_FROM] = { "van", "Vanaf datum", FT_DATE, 10, false, NULL },
	[AF_TO] = { "tot", "Tot en met datum", FT_DATE, 10, false, NULL },
	[AF_PAGE] = { "p", "Pagina", FT_ID, 6, false, NULL },
};
const struct form audit_filter_form = FORM(audit_filter_fields);

/* The log stores keys; a beheerder reads Dutch. Unknown keys show as stored. */
static const struct label {
	const char	*key, *text;
} labels[] = {
	{ "login", "Ingelogd" }, { "logout", "Uitgelogd" },
	{ "create", "Aangemaakt" }, { "update", "Gewijzigd" },
	{ "role_added", "Rol toegevoegd" }, { "role_removed", "Rol verwijderd" },
	{ "password_set", "Wachtwoord ingesteld" }, { "invited", "Uitgenodigd" },
	{ "totp_enrolled", "Tweestapsverificatie ingesteld" },
	{ "totp_reset", "Tweestapsverificatie uitgezet" },
	{ "access_denied", "Toegang geweigerd" },
	{ "user", "Gebruiker" }, { "organisation", "Organisatie" },
	{ "route", "Pagina" },
	{ "name", "Naam" }, { "email", "E-mailadres" }, { "active", "Actief" },
	{ "type", "Soort" }, { "brin", "BRIN-code" }, { "vestiging", "Vestiging" },
	{ "school_type", "Soort school" }, { "inside_swv", "Onder dit SWV" },
	{ "bestuur_id", "Schoolbestuur" }, { "deelverband_id", "Deelverband" },
	{ "extern_kind", "Soort externe organisatie" }, { "street", "Straat" },
	{ "postcode", "Postcode" }, { "city", "Plaats" }, { "phone", "Telefoon" },
	{ "logo_info", "Logo" }, { "role", "Rol" }, { "password_hash", "Wachtwoord" },
	{ "totp_enabled", "Tweestapsverificatie" },
	{ "import", "Ingelezen" }, { "publish", "Gepubliceerd" },
	{ "discard", "Concept weggegooid" },
	{ "trajectory_type", "Soort dossier" }, { "version_no", "Versie" },
};

static const char *
label(const char *key)
{
	size_t i;

	for (i = 0; key != NULL && i < sizeof(labels) / sizeof(labels[0]); i++)
		if (strcmp(labels[i].key, key) == 0)
			return labels[i].text;
	return key;
}

/* Adds <col>_label beside each labelled column of the rows. */
static void
set_labels(struct req *r, const char *prefix, const struct dbres *res,
    const char *const *cols)
{
	size_t i;

	for (i = 0; i < res->nrows; i++)
		for (const char *const *c = cols; *c != NULL; c++)
			req_set(r, arena_printf(r->arena, "%s.%zu.%s_label", prefix,
			    i, *c), label(db_val(res, i, *c)));
}

int
audit_list(struct req *r)
{
	struct fval *f = r->f;
	const char *q = f[AF_Q].s, *act = f[AF_ACTION].s, *obj = f[AF_OBJECT].s;
	const char *from = f[AF_FROM].set ? f[AF_FROM].s : "";
	const char *to = f[AF_TO].set ? f[AF_TO].s : "";
	long long page = f[AF_PAGE].set ? f[AF_PAGE].i : 1;
	struct dbres res, count, actions;
	char from_utc[32], to_utc[32];
	const char *lo = NULL, *hi = NULL;

	/* The filter's dates are Dutch calendar days; the log is in UTC. */
	if (*from != '\0' && when_day_utc(from, 0, from_utc, sizeof(from_utc)) == 0)
		lo = from_utc;
	if (*to != '\0' && when_day_utc(to, 1, to_utc, sizeof(to_utc)) == 0)
		hi = to_utc;

#define AUDIT_WHERE							\
	" FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"	\
	" WHERE (? = '' OR u.name LIKE ? OR u.email LIKE ?)"		\
	" AND (? = '' OR a.action = ?) AND (? = '' OR a.object_type = ?)" \
	" AND (? IS NULL OR a.at >= ?) AND (? IS NULL OR a.at < ?)"
#define AUDIT_PARAMS							\
	DB_STR(q), DB_STR(list_like(r, q)), DB_STR(list_like(r, q)),	\
	DB_STR(act), DB_STR(act), DB_STR(obj), DB_STR(obj),		\
	DB_STR(lo), DB_STR(lo), DB_STR(hi), DB_STR(hi)

	if (DB_QUERY(r->db, r->arena, &count, "SELECT COUNT(*) AS n"
	    AUDIT_WHERE, AUDIT_PARAMS) != 0 ||
	    DB_QUERY(r->db, r->arena, &res, "SELECT a.id, a.at, a.role,"
	    " a.action, a.object_type, a.object_id, a.field, a.old_value,"
	    " a.new_value, a.ip, u.name AS user_name, u.email AS user_email"
	    AUDIT_WHERE " ORDER BY a.id DESC LIMIT ? OFFSET ?", AUDIT_PARAMS,
	    DB_INT(LIST_PER_PAGE), DB_INT(list_offset(page))) != 0 ||
	    DB_QUERY(r->db, r->arena, &actions, "SELECT DISTINCT action"
	    " FROM audit_log ORDER BY action") != 0)
		return 500;
	list_times(r, &res, "at");
	req_set_rows(r, "Audit", &res);
	set_labels(r, "Audit", &res,
	    (const char *const[]){ "action", "object_type", "field", NULL });
	req_set_rows(r, "Actions", &actions);
	set_labels(r, "Actions", &actions, (const char *const[]){ "action", NULL });
	form_value(r, "q", q);
	form_value(r, "actie", act);
	form_value(r, "soort", obj);
	form_value(r, "van", from);
	form_value(r, "tot", to);
	list_pager(r, db_int(&count, 0, "n"), page, list_query(r, "q", q,
	    "actie", act, "soort", obj, "van", from, "tot", to, NULL));
	req_set(r, "Page.title", "Auditlog");
	return req_page(r, "admin/audit.cs");
}
