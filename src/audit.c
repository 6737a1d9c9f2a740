#include <string.h>

#include "audit.h"
#include "log.h"

/* The acting role: for now the one that admitted the route. */
static const char *
acting_role(struct req *r)
{
	if (r->route != NULL && r->route->perm == PERM_ADMIN)
		return role_keys[ROLE_ADMIN];
	return NULL;
}

int
audit(struct req *r, const char *action, const char *object_type,
    long long object_id, const char *field, const char *old_value,
    const char *new_value)
{
	return DB_EXEC(r->db, NULL, NULL,
	    "INSERT INTO audit_log (at, user_id, role, action, object_type,"
	    " object_id, field, old_value, new_value, ip, ref)"
	    " VALUES (UTC_TIMESTAMP(6), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	    r->user.id != 0 ? DB_INT(r->user.id) : DB_NULL,
	    DB_STR(acting_role(r)), DB_STR(action), DB_STR(object_type),
	    object_id != 0 ? DB_INT(object_id) : DB_NULL, DB_STR(field),
	    DB_STR(old_value), DB_STR(new_value), DB_STR(r->ip),
	    DB_STR(r->ref));
}

int
audit_access(struct req *r, const char *action, enum role role,
    long long org_id, long long pupil_id, long long dossier_id,
    const char *object_type, long long object_id)
{
	bool guest = r->sess.state == AUTH_GUEST;

	/* A guest is named by their share, acting for who invited them. */
	return DB_EXEC(r->db, NULL, NULL,
	    "INSERT INTO audit_log (at, user_id, role, org_id, on_behalf_of,"
	    " share_id, pupil_id, dossier_id, action, object_type, object_id,"
	    " ip, ref) VALUES (UTC_TIMESTAMP(6), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
	    " ?, ?)",
	    guest ? DB_NULL : DB_INT(r->user.id),
	    DB_STR(guest ? "gast" : role_keys[role]),
	    org_id != 0 && !guest ? DB_INT(org_id) : DB_NULL,
	    guest ? DB_INT(r->sess.share_by) : DB_NULL,
	    guest ? DB_INT(r->sess.share_id) : DB_NULL,
	    pupil_id != 0 ? DB_INT(pupil_id) : DB_NULL,
	    dossier_id != 0 ? DB_INT(dossier_id) : DB_NULL, DB_STR(action),
	    DB_STR(object_type), object_id != 0 ? DB_INT(object_id) : DB_NULL,
	    DB_STR(r->ip), DB_STR(r->ref));
}

/* What the public reads of a dossier, by no one known: the public TLV check. */
int
audit_public(struct req *r, const char *action, long long pupil_id,
    long long dossier_id, const char *object_type, long long object_id)
{
	return DB_EXEC(r->db, NULL, NULL,
	    "INSERT INTO audit_log (at, role, pupil_id, dossier_id, action,"
	    " object_type, object_id, ip, ref) VALUES (UTC_TIMESTAMP(6),"
	    " 'publiek', ?, ?, ?, ?, ?, ?, ?)", DB_INT(pupil_id),
	    DB_INT(dossier_id), DB_STR(action), DB_STR(object_type),
	    DB_INT(object_id), DB_STR(r->ip), DB_STR(r->ref));
}

/*
 * One row per changed column between two reads of the same record
 * (same query before and after the write). Columns named like secrets
 * are recorded as changed, without values.
 */
int
audit_changes(struct req *r, const char *object_type, long long id,
    const struct dbres *before, const struct dbres *after)
{
	size_t c;

	for (c = 0; c < after->ncols; c++) {
		const char *o = before->nrows ? before->rows[0][c] : NULL;
		const char *n = after->nrows ? after->rows[0][c] : NULL;
		const char *col = after->cols[c];

		if (strcmp(col, "version") == 0 || strcmp(col, "updated_at") == 0)
			continue;
		if ((o == NULL) == (n == NULL) && (o == NULL || strcmp(o, n) == 0))
			continue;
		if (strstr(col, "password") != NULL || strstr(col, "secret") != NULL)
			o = n = NULL;
		if (audit(r, before->nrows ? "update" : "create", object_type,
		    id, col, o, n) != 0)
			return -1;
	}
	return 0;
}

/* A refused request: in the log file and, when we know who, the audit log. */
void
audit_denied(struct req *r)
{
	log_warn("access denied: user %lld on %s", r->user.id, r->path);
	if (r->user.id != 0)
		audit(r, "access_denied", "route", 0, NULL, NULL, r->path);
}
