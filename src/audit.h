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

#endif
