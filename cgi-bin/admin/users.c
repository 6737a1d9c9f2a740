/*
 * Users and their role assignments. A new user gets an e-mailed link to
 * set a password; deactivating a user or removing a role ends their
 * sessions at once.
 */
#include <string.h>

#include "admin.h"
#include "audit.h"
#include "config.h"
#include "dossier.h"
#include "list.h"
#include "password.h"
#include "session.h"

enum { U_NAME, U_EMAIL, U_PROFESSION, U_ACTIVE, U_VERSION, U__MAX };
static const struct field user_fields[U__MAX] = {
	[U_NAME] = { "name", "Naam", FT_TEXT, 200, true, NULL },
	[U_EMAIL] = { "email", "E-mailadres", FT_EMAIL, 254, true, NULL },
	[U_PROFESSION] = { "profession", "Beroep", FT_CHOICE, 40, false,
	    profession_keys },
	[U_ACTIVE] = { "active", "Actief", FT_BOOL, 1, false, NULL },
	[U_VERSION] = { "version", "Versie", FT_ID, 10, false, NULL },
};
const struct form user_form = FORM(user_fields);

static const char *const active_keys[] = { "ja", "nee", NULL };
static const char *const user_sorts[] = { "", "email", "status", NULL };
enum { UF_Q, UF_ACTIVE, UF_SORT, UF_PAGE, UF__MAX };
static const struct field user_filter_fields[UF__MAX] = {
	[UF_Q] = { "q", "Zoek op naam of e-mailadres", FT_TEXT, 100, false, NULL },
	[UF_ACTIVE] = { "actief", "Actief", FT_CHOICE, 3, false, active_keys },
	[UF_SORT] = { "s", "Sorteren", FT_CHOICE, 10, false, user_sorts },
	[UF_PAGE] = { "p", "Pagina", FT_ID, 6, false, NULL },
};
const struct form user_filter_form = FORM(user_filter_fields);

enum { R_ROLE, R_ORG, R__MAX };
static const struct field role_fields[R__MAX] = {
	[R_ROLE] = { "role", "Rol", FT_CHOICE, 20, true, role_keys },
	[R_ORG] = { "org_id", "Organisatie", FT_ID, 20, true, NULL },
};
const struct form role_form = FORM(role_fields);

/* Only experts have one: the choice left empty is NULL. */
#define PROFESSION(r)							\
	((r)->f[U_PROFESSION].set ? DB_STR((r)->f[U_PROFESSION].s) : DB_NULL)

#define USER_COLUMNS							\
	"SELECT name, email, profession, active, totp_enabled, version"	\
	" FROM users"							\
	" WHERE id = ?"

int
user_list(struct req *r)
{
	const char *q = r->f[UF_Q].s;
	const char *act = r->f[UF_ACTIVE].set ? r->f[UF_ACTIVE].s : "";
	long long active = strcmp(act, "nee") == 0 ? 0 : 1;
	const char *sort = r->f[UF_SORT].set ? r->f[UF_SORT].s : "";
	long long page = r->f[UF_PAGE].set ? r->f[UF_PAGE].i : 1;
	struct dbres res, count;

	if (DB_QUERY(r->db, r->arena, &count, "SELECT COUNT(*) AS n FROM users u"
	    " WHERE (? = '' OR u.active = ?)"
	    " AND (? = '' OR u.name LIKE ? OR u.email LIKE ?)",
	    DB_STR(act), DB_INT(active), DB_STR(q), DB_STR(list_like(r, q)),
	    DB_STR(list_like(r, q))) != 0 ||
	    DB_QUERY(r->db, r->arena, &res, "SELECT u.id, u.name, u.email,"
	    " u.active, u.totp_enabled,"
	    " (SELECT GROUP_CONCAT(ra.role ORDER BY ra.role SEPARATOR ', ')"
	    "  FROM role_assignments ra WHERE ra.user_id = u.id) AS roles"
	    " FROM users u WHERE (? = '' OR u.active = ?)"
	    " AND (? = '' OR u.name LIKE ? OR u.email LIKE ?)"
	    " ORDER BY CASE WHEN ? = 'email' THEN u.email END,"
	    " CASE WHEN ? = 'status' THEN u.active END,"
	    " u.name, u.id LIMIT ? OFFSET ?",
	    DB_STR(act), DB_INT(active), DB_STR(q), DB_STR(list_like(r, q)),
	    DB_STR(list_like(r, q)), DB_STR(sort), DB_STR(sort), DB_INT(LIST_PER_PAGE),
	    DB_INT(list_offset(page))) != 0)
		return 500;
	req_set_rows(r, "Users", &res);
	form_value(r, "q", q);
	form_value(r, "actief", act);
	list_pager(r, db_int(&count, 0, "n"), page,
	    list_query(r, "actief", act, "q", q, "s", sort, NULL));
	list_sort(r, sort, list_query(r, "actief", act, "q", q, NULL));
	req_set(r, "Page.title", "Gebruikers");
	return req_page(r, "admin/users.cs");
}

static void
profession_choices(struct req *r)
{
	size_t i;

	for (i = 0; i < PROF__MAX; i++) {
		HDF *n = req_node(r, NULL, "Professions.%zu", i);

		node_set(n, "key", profession_keys[i]);
		node_set(n, "label", profession_labels[i]);
	}
}

int
user_new_page(struct req *r)
{
	if (r->method == METHOD_GET)
		form_value(r, "active", "1");
	profession_choices(r);
	req_set(r, "UserForm.new", "1");
	req_set(r, "Page.title", "Gebruiker toevoegen");
	return req_page(r, "admin/user_form.cs");
}

/* The role table for the page: labels, and which org types each may have. */
static void
role_choices(struct req *r)
{
	int i;

	for (i = 0; i < ROLE__MAX; i++) {
		req_set(r, arena_printf(r->arena, "RoleDefs.%d.key", i),
		    role_keys[i]);
		req_set(r, arena_printf(r->arena, "RoleDefs.%d.label", i),
		    roles[i].label);
	}
}

static void
role_labels(struct req *r, const struct dbres *res)
{
	size_t i;
	int k;

	for (i = 0; i < res->nrows; i++)
		if ((k = role_from_key(db_val(res, i, "role"))) >= 0)
			req_set(r, arena_printf(r->arena, "Roles.%zu.label", i),
			    roles[k].label);
}

int
user_edit_page(struct req *r)
{
	struct dbres res, ra, orgs;
	long long id = r->args.id[0];

	if (DB_QUERY(r->db, r->arena, &res, USER_COLUMNS, DB_INT(id)) != 0 ||
	    DB_QUERY(r->db, r->arena, &ra, "SELECT ra.id, ra.role, o.name AS org,"
	    " o.type FROM role_assignments ra JOIN organisations o"
	    " ON o.id = ra.org_id WHERE ra.user_id = ? ORDER BY ra.role, o.name",
	    DB_INT(id)) != 0 ||
	    DB_QUERY(r->db, r->arena, &orgs, "SELECT id, name, type"
	    " FROM organisations WHERE active = 1 ORDER BY FIELD(type, 'swv',"
	    " 'deelverband', 'bestuur', 'school', 'extern'), name") != 0)
		return 500;
	if (res.nrows != 1)
		return 404;
	/* A failed role form keeps the user's own values as stored. */
	if (r->method == METHOD_GET || r->form == &role_form)
		form_fill(r, &res, 0);
	req_set_rows(r, "Roles", &ra);
	role_labels(r, &ra);
	req_set_rows(r, "OrgChoices", &orgs);
	role_choices(r);
	profession_choices(r);
	req_set_int(r, "UserForm.id", id);
	req_set(r, "UserForm.totp", db_val(&res, 0, "totp_enabled"));
	req_set(r, "Page.title", db_val(&res, 0, "name"));
	return req_page(r, "admin/user_form.cs");
}

static int
email_taken(struct req *r)
{
	if (r->db->err != DB_ERR_DUPLICATE)
		return 500;
	form_error(r, "email", "Er is al een gebruiker met dit e-mailadres.");
	return req_invalid(r);
}

int
user_create(struct req *r)
{
	struct dbres before = { 0 }, after;
	long long id;

	if (DB_EXEC(r->db, NULL, &id, "INSERT INTO users (email, name,"
	    " profession, active, version, created_at, updated_at)"
	    " VALUES (?, ?, ?, ?, 1, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_STR(r->f[U_EMAIL].s), DB_STR(r->f[U_NAME].s),
	    PROFESSION(r), DB_INT(r->f[U_ACTIVE].set)) != 0)
		return email_taken(r);
	if (DB_QUERY(r->db, r->arena, &after, USER_COLUMNS, DB_INT(id)) != 0 ||
	    audit_changes(r, "user", id, &before, &after) != 0 ||
	    (r->f[U_ACTIVE].set && password_link(r, id, LINK_INVITE,
	    r->f[U_EMAIL].s, r->f[U_NAME].s) != 0))
		return 500;
	return req_redirectf(r, "/beheer/gebruikers/%lld?m=%s", id,
	    r->f[U_ACTIVE].set ? "uitgenodigd" : "opgeslagen");
}

int
user_update(struct req *r)
{
	struct dbres before, after;
	unsigned long long n;
	long long id = r->args.id[0];

	if (DB_QUERY(r->db, r->arena, &before, USER_COLUMNS, DB_INT(id)) != 0)
		return 500;
	if (before.nrows != 1)
		return 404;
	if (!r->f[U_VERSION].set)
		return 400;
	if (id == r->user.id && !r->f[U_ACTIVE].set) {
		form_error(r, "active", "U kunt uw eigen account niet uitzetten.");
		return req_invalid(r);
	}
	if (DB_EXEC(r->db, &n, NULL, "UPDATE users SET name = ?, email = ?,"
	    " profession = ?, active = ?, version = version + 1,"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ? AND version = ?",
	    DB_STR(r->f[U_NAME].s), DB_STR(r->f[U_EMAIL].s), PROFESSION(r),
	    DB_INT(r->f[U_ACTIVE].set), DB_INT(id),
	    DB_INT(r->f[U_VERSION].i)) != 0)
		return email_taken(r);
	if (n == 0)
		return req_conflict(r, "name", "deze gebruiker", db_val(&before, 0, "version"));
	if (DB_QUERY(r->db, r->arena, &after, USER_COLUMNS, DB_INT(id)) != 0 ||
	    audit_changes(r, "user", id, &before, &after) != 0)
		return 500;
	if (!r->f[U_ACTIVE].set && sess_end_user(r, id) != 0)
		return 500;
	return req_redirectf(r, "/beheer/gebruikers/%lld?m=opgeslagen", id);
}

int
role_add(struct req *r)
{
	long long uid = r->args.id[0], raid;
	enum role role = (enum role)r->f[R_ROLE].i;
	struct dbres org, user;
	int t;

	if (DB_QUERY(r->db, r->arena, &user, "SELECT 1 FROM users WHERE id = ?",
	    DB_INT(uid)) != 0 ||
	    DB_QUERY(r->db, r->arena, &org, "SELECT type, name FROM organisations"
	    " WHERE id = ?", DB_INT(r->f[R_ORG].i)) != 0)
		return 500;
	if (user.nrows != 1)
		return 404;
	if (org.nrows != 1) {
		form_error(r, "org_id", "Kies een bestaande organisatie.");
		return req_invalid(r);
	}
	t = org_type_from_key(db_val(&org, 0, "type"));
	if (t < 0 || !role_scope_ok(role, (enum org_type)t)) {
		form_error(r, "org_id", arena_printf(r->arena, "De rol ‘%s’ kan "
		    "niet aan een organisatie van de soort ‘%s’ worden gekoppeld.",
		    roles[role].label, t >= 0 ? org_types[t].label : "?"));
		return req_invalid(r);
	}
	if (DB_EXEC(r->db, NULL, &raid, "INSERT INTO role_assignments (user_id,"
	    " role, org_id, created_at, updated_at) VALUES (?, ?, ?,"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP())", DB_INT(uid),
	    DB_STR(role_keys[role]), DB_INT(r->f[R_ORG].i)) != 0) {
		if (r->db->err != DB_ERR_DUPLICATE)
			return 500;
		form_error(r, "role", "Deze gebruiker heeft deze rol bij deze "
		    "organisatie al.");
		return req_invalid(r);
	}
	if (audit(r, "role_added", "user", uid, "role", NULL,
	    arena_printf(r->arena, "%s @ %s", role_keys[role],
	    db_val(&org, 0, "name"))) != 0)
		return 500;
	return req_redirectf(r, "/beheer/gebruikers/%lld?m=rol-toegevoegd", uid);
}

int
role_remove(struct req *r)
{
	long long uid = r->args.id[0], raid = r->args.id[1];
	struct dbres res;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT ra.role, o.name FROM"
	    " role_assignments ra JOIN organisations o ON o.id = ra.org_id"
	    " WHERE ra.id = ? AND ra.user_id = ? FOR UPDATE", DB_INT(raid),
	    DB_INT(uid)) != 0)
		return 500;
	if (res.nrows != 1)
		return 404;
	if (uid == r->user.id && strcmp(db_val(&res, 0, "role"),
	    role_keys[ROLE_ADMIN]) == 0)
		return req_redirectf(r, "/beheer/gebruikers/%lld?m=eigen-beheer",
		    uid);	/* the last way back in would be gone */
	if (DB_EXEC(r->db, NULL, NULL, "DELETE FROM role_assignments WHERE id = ?",
	    DB_INT(raid)) != 0 ||
	    audit(r, "role_removed", "user", uid, "role",
	    arena_printf(r->arena, "%s @ %s", db_val(&res, 0, "role"),
	    db_val(&res, 0, "name")), NULL) != 0 ||
	    sess_end_user(r, uid) != 0)
		return 500;
	return req_redirectf(r, "/beheer/gebruikers/%lld?m=rol-verwijderd", uid);
}

int
user_invite(struct req *r)
{
	long long uid = r->args.id[0];
	struct dbres res;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT name, email FROM users"
	    " WHERE id = ? AND active = 1", DB_INT(uid)) != 0)
		return 500;
	if (res.nrows != 1)
		return 404;
	if (password_link(r, uid, LINK_INVITE, db_val(&res, 0, "email"),
	    db_val(&res, 0, "name")) != 0 ||
	    audit(r, "invited", "user", uid, NULL, NULL, NULL) != 0)
		return 500;
	return req_redirectf(r, "/beheer/gebruikers/%lld?m=uitgenodigd", uid);
}

/* A lost phone: the user sets up 2FA again at the next login. */
int
user_reset_2fa(struct req *r)
{
	long long uid = r->args.id[0];
	unsigned long long n;

	if (DB_EXEC(r->db, &n, NULL, "UPDATE users SET totp_secret = NULL,"
	    " totp_enabled = 0, version = version + 1,"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ?", DB_INT(uid)) != 0)
		return 500;
	if (n != 1)
		return 404;
	if (audit(r, "totp_reset", "user", uid, "totp_enabled", "1", "0") != 0 ||
	    sess_end_user(r, uid) != 0)
		return 500;
	return req_redirectf(r, "/beheer/gebruikers/%lld?m=2fa-hersteld", uid);
}
