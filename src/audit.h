/*
 * The audit log: append-only (the application's database user may only
 * INSERT and SELECT it). Who, when, what, old and new value.
 */
#ifndef PASSEND_AUDIT_H
#define PASSEND_AUDIT_H

#include "request.h"

int	audit(struct req *, const char *action, const char *object_type,
	    long long object_id, const char *field, const char *old_value,
	    const char *new_value);
int	audit_changes(struct req *, const char *object_type, long long id,
	    const struct dbres *before, const struct dbres *after);
void	audit_denied(struct req *);

/* A read or write of a pupil's data: the access log (same table). */
int	audit_access(struct req *, const char *action, enum role,
	    long long org_id, long long pupil_id, long long dossier_id,
	    const char *object_type, long long object_id);
int	audit_public(struct req *, const char *action, long long pupil_id,
	    long long dossier_id, const char *object_type, long long object_id);

/*
 * An export's access rows, one per dossier d that the FROM and WHERE
 * appended to it select, in one statement: AUDIT_EXPORT " FROM dossiers
 * d WHERE ...", with AUDIT_EXPORT_ARGS and then the WHERE's arguments.
 */
#define AUDIT_EXPORT							\
	"INSERT INTO audit_log (at, user_id, role, org_id, pupil_id,"	\
	" dossier_id, action, object_type, object_id, new_value, ip, ref)"\
	" SELECT UTC_TIMESTAMP(6), ?, ?, ?, d.pupil_id, d.id, 'export',"	\
	" 'dossier', d.id, ?, ?, ?"
#define AUDIT_EXPORT_ARGS(r, role, org, format)				\
	DB_INT((r)->user.id), DB_STR(role_keys[role]),			\
	(org) != 0 ? DB_INT(org) : DB_NULL, DB_STR(format),		\
	DB_STR((r)->ip), DB_STR((r)->ref)

#endif
