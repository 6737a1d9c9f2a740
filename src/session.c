#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "crypto.h"
#include "log.h"
#include "session.h"
#include "when.h"

static const char *const state_keys[AUTH__MAX] = {
	[AUTH_CODE] = "code", [AUTH_ENROL] = "enrol", [AUTH_FULL] = "full",
	[AUTH_GUEST] = "guest",
};

/* "__Host-" binds the cookie to our origin over HTTPS; dev runs on http. */
const char *
cookie_name(const char *base)
{
	if (strcmp(base, "sid") == 0)
		return config_dev() ? "passend_sid" : "__Host-passend_sid";
	return config_dev() ? "passend_pre" : "__Host-passend_pre";
}

/*
 * Our own reading of the Cookie header: ClearSilver keeps the last of
 * two equal names, we want to know there were two. Returns 1 found,
 * 0 absent, -1 present twice or unusable.
 */
int
cookie_get(struct req *r, const char *name, char *buf, size_t bufsz)
{
	const char *h = req_header(r, "HTTP_COOKIE"), *p;
	size_t nlen = strlen(name);
	int found = 0;

	for (p = h; p != NULL && *p != '\0';) {
		size_t len;

		p += strspn(p, " ;");
		len = strcspn(p, ";");
		if (len > nlen && strncmp(p, name, nlen) == 0 && p[nlen] == '=') {
			if (found || len - nlen - 1 >= bufsz)
				return -1;
			memcpy(buf, p + nlen + 1, len - nlen - 1);
			buf[len - nlen - 1] = '\0';
			found = 1;
		}
		p += len;
	}
	return found;
}

static void
forget(struct req *r)
{
	memset(&r->sess, 0, sizeof(r->sess));
	memset(&r->user, 0, sizeof(r->user));
	r->sess.state = AUTH_ANON;
}

/*
 * One round trip: session, user, the SWV's name, the role assignments,
 * which every page needs for its scope, and the reference data's version
 * for the workers' caches. A guest's session is only good
 * while its share is: withdrawn or past its last day, it is gone.
 */
int
sess_load(struct req *r)
{
	char token[64], today[11];
	unsigned char hash[SHA256_LEN];
	struct dbres res;
	const char *state;
	long idle = config_int("Session.IdleMinutes", 30) * 60;
	long max = config_int("Session.MaxHours", 10) * 3600;
	size_t row;
	int i, got;

	forget(r);
	got = cookie_get(r, cookie_name("sid"), token, sizeof(token));
	if (got < 0)
		log_warn("duplicate session cookie ignored");
	if (got <= 0)
		return 0;
	crypto_sha256(token, strlen(token), hash);
	if (when_date(0, today, sizeof(today)) != 0)
		return -1;
	if (DB_QUERY(r->db, r->arena, &res,
	    "SELECT s.id, s.state, u.id AS uid, u.name, u.email, u.profession,"
	    " TIMESTAMPDIFF(SECOND, s.last_seen_at, UTC_TIMESTAMP()) AS idle,"
	    " TIMESTAMPDIFF(SECOND, s.created_at, UTC_TIMESTAMP()) AS age,"
	    " ra.role, ra.org_id, o.name AS org_name,"
	    " swv.name AS swv, swv.logo_type AS swv_logo,"
	    " sh.id AS share_id, sh.dossier_id AS share_dossier,"
	    " sh.created_by AS share_by, sh.name AS guest_name,"
	    " (SELECT version FROM reference_version WHERE id = 1)"
	    "  AS reference_version"
	    " FROM sessions s LEFT JOIN users u ON u.id = s.user_id"
	    " LEFT JOIN shares sh ON sh.id = s.share_id"
	    " LEFT JOIN organisations swv ON swv.id ="
	    "  (SELECT MIN(id) FROM organisations WHERE type = 'swv')"
	    " LEFT JOIN role_assignments ra ON ra.user_id = u.id"
	    " LEFT JOIN organisations o ON o.id = ra.org_id"
	    " WHERE s.token_hash = ? AND (u.active = 1 OR (s.state = 'guest'"
	    "  AND sh.revoked_at IS NULL AND sh.valid_until >= ?))",
	    DB_BIN(hash, sizeof(hash)), DB_STR(today)) != 0)
		return -1;
	if (res.nrows == 0)
		return 0;	/* unknown, ended, or the user was deactivated */
	if (db_int(&res, 0, "idle") > idle || db_int(&res, 0, "age") > max) {
		DB_EXEC(r->db, NULL, NULL, "DELETE FROM sessions WHERE id = ?",
		    DB_INT(db_int(&res, 0, "id")));
		return 0;
	}
	r->sess.id = db_int(&res, 0, "id");
	state = db_val(&res, 0, "state");
	for (i = 1; i < AUTH__MAX; i++)
		if (strcmp(state, state_keys[i]) == 0)
			r->sess.state = (enum auth_state)i;
	memcpy(r->sess.token, token, strlen(token) + 1);
	r->sess.share_id = db_int(&res, 0, "share_id");
	r->sess.share_dossier = db_int(&res, 0, "share_dossier");
	r->sess.share_by = db_int(&res, 0, "share_by");
	r->sess.guest_name = db_val(&res, 0, "guest_name");
	r->user.id = db_int(&res, 0, "uid");
	r->user.name = db_val(&res, 0, "name");
	r->user.email = db_val(&res, 0, "email");
	r->user.profession = db_val(&res, 0, "profession");
	r->swv_name = db_val(&res, 0, "swv");
	r->swv_logo = db_val(&res, 0, "swv_logo") != NULL;
	r->reference_version = db_int(&res, 0, "reference_version");
	/* one row per role assignment, or one row of NULLs without any */
	r->user.ra = arena_zalloc(r->arena, res.nrows * sizeof(*r->user.ra));
	for (row = 0; row < res.nrows; row++) {
		const char *key = db_val(&res, row, "role");
		struct role_assignment *ra = &r->user.ra[r->user.nra];

		if (key == NULL || (i = role_from_key(key)) < 0)
			continue;
		ra->role = (enum role)i;
		ra->org_id = db_int(&res, row, "org_id");
		ra->org_name = db_val(&res, row, "org_name");
		r->user.rolemask |= 1u << i;
		r->user.nra++;
	}
	/* Touch at most once a minute: a write per page view is waste. */
	if (db_int(&res, 0, "idle") > 60)
		DB_EXEC(r->db, NULL, NULL, "UPDATE sessions SET last_seen_at ="
		    " UTC_TIMESTAMP() WHERE id = ?", DB_INT(r->sess.id));
	return 0;
}

/* A new session replaces whatever the browser had: no fixation. */
static int
start(struct req *r, long long user_id, long long share_id,
    enum auth_state st)
{
	char token[TOKEN_LEN];
	unsigned char hash[SHA256_LEN];

	if (r->sess.id != 0 && sess_end(r) != 0)
		return -1;
	if (crypto_token(token, hash) != 0)
		return -1;
	if (DB_EXEC(r->db, NULL, &r->sess.id,
	    "INSERT INTO sessions (token_hash, user_id, share_id, state, ip,"
	    " created_at, updated_at, last_seen_at) VALUES (?, ?, ?, ?, ?,"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_BIN(hash, sizeof(hash)), user_id != 0 ? DB_INT(user_id) : DB_NULL,
	    share_id != 0 ? DB_INT(share_id) : DB_NULL, DB_STR(state_keys[st]),
	    DB_STR(r->ip)) != 0)
		return -1;
	r->sess.state = st;
	r->sess.share_id = share_id;
	memcpy(r->sess.token, token, strlen(token) + 1);
	r->user.id = user_id;
	req_set_cookie(r, cookie_name("sid"), token, -1);
	return 0;
}

int
sess_start(struct req *r, long long user_id, enum auth_state st)
{
	return start(r, user_id, 0, st);
}

int
sess_start_guest(struct req *r, long long share_id)
{
	return start(r, 0, share_id, AUTH_GUEST);
}

/* The next login step, under a new token. */
int
sess_promote(struct req *r, enum auth_state st)
{
	return sess_start(r, r->user.id, st);
}

int
sess_end(struct req *r)
{
	if (r->sess.id != 0 && DB_EXEC(r->db, NULL, NULL,
	    "DELETE FROM sessions WHERE id = ?", DB_INT(r->sess.id)) != 0)
		return -1;
	req_set_cookie(r, cookie_name("sid"), "", 0);
	forget(r);
	return 0;
}

/* Deactivation, a removed role, a new password: every session goes. */
int
sess_end_user(struct req *r, long long user_id)
{
	return DB_EXEC(r->db, NULL, NULL,
	    "DELETE FROM sessions WHERE user_id = ?", DB_INT(user_id));
}
