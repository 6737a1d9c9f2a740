/*
 * auth.fcgi: the start page, logging in and out, two-factor
 * authentication (RFC 6238) and setting a password by e-mailed link.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <qrencode.h>

#include "audit.h"
#include "config.h"
#include "crypto.h"
#include "password.h"
#include "request.h"
#include "session.h"
#include "text.h"
#include "totp.h"
#include "valid.h"

#define THROTTLE_MINUTES	15
#define THROTTLE_ACCOUNT	5
#define THROTTLE_IP		30
#define RESET_PER_HOUR		3

static int
healthz(struct req *r)
{
	if (db_ping(r->db) != 0)
		return req_text(r, 503, "database unavailable\n");
	return req_text(r, 200, "ok\n");
}

/* The SWV's logo, as its beheerder uploaded it; public, like its name. */
static int
logo(struct req *r)
{
	struct dbres res;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT logo, logo_type"
	    " FROM organisations WHERE type = 'swv' AND logo IS NOT NULL"
	    " ORDER BY id LIMIT 1") != 0)
		return 500;
	if (res.nrows != 1)
		return 404;
	return req_bytes(r, db_val(&res, 0, "logo_type"), db_val(&res, 0, "logo"),
	    res.lens[0][0]);
}

/* ---- the start page ---------------------------------------------------- */

static int
start_page(struct req *r)
{
	size_t i;

	for (i = 0; i < r->user.nra; i++) {
		const struct role_assignment *ra = &r->user.ra[i];

		req_set(r, arena_printf(r->arena, "Roles.%zu.label", i),
		    roles[ra->role].label);
		req_set(r, arena_printf(r->arena, "Roles.%zu.may", i),
		    roles[ra->role].may);
		req_set(r, arena_printf(r->arena, "Roles.%zu.org", i), ra->org_name);
	}
	req_set(r, "Page.title", "Startpagina");
	return req_page(r, "auth/start.cs");
}

/* ---- login ------------------------------------------------------------ */

enum { LOGIN_EMAIL, LOGIN_PASSWORD, LOGIN__MAX };
static const struct field login_fields[LOGIN__MAX] = {
	[LOGIN_EMAIL] = { "email", "E-mailadres", FT_TEXT, 254, true, NULL },
	[LOGIN_PASSWORD] = { "password", "Wachtwoord", FT_PASSWORD, 1024, true, NULL },
};
static const struct form login_form = FORM(login_fields);

static int
login_page(struct req *r)
{
	if (r->sess.state == AUTH_FULL && r->method == METHOD_GET)
		return req_redirect(r, "/");
	req_set(r, "Page.title", "Inloggen");
	return req_page(r, "auth/login.cs");
}

/* Failures are counted per address typed, stored only as a hash. */
static void
email_hash(struct req *r, const char *email, unsigned char out[SHA256_LEN])
{
	char *lower = arena_strdup(r->arena, email);

	text_lower_ascii(lower);
	crypto_sha256(lower, strlen(lower), out);
}

/* Too many failures for this account or from this address lately? */
static int
throttled(struct req *r, const char *email, bool *yes)
{
	unsigned char h[SHA256_LEN];
	struct dbres res;

	email_hash(r, email, h);
	if (DB_QUERY(r->db, r->arena, &res,
	    "SELECT (SELECT COUNT(*) FROM login_failures WHERE email_hash = ?"
	    "  AND created_at > UTC_TIMESTAMP() - INTERVAL 15 MINUTE) AS account,"
	    " (SELECT COUNT(*) FROM login_failures WHERE ip = ?"
	    "  AND created_at > UTC_TIMESTAMP() - INTERVAL 15 MINUTE) AS ip",
	    DB_BIN(h, sizeof(h)), DB_STR(r->ip)) != 0)
		return -1;
	*yes = db_int(&res, 0, "account") >= THROTTLE_ACCOUNT ||
	    db_int(&res, 0, "ip") >= THROTTLE_IP;
	return 0;
}

/* Recorded even though the page answers with an error: r->keep. */
static int
login_failed(struct req *r, const char *email, const char *field,
    const char *msg)
{
	unsigned char h[SHA256_LEN];

	email_hash(r, email, h);
	if (DB_EXEC(r->db, NULL, NULL,
	    "INSERT INTO login_failures (email_hash, ip, created_at, updated_at)"
	    " VALUES (?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_BIN(h, sizeof(h)), DB_STR(r->ip)) != 0)
		return 500;
	r->keep = true;
	form_error(r, field, msg);
	return req_invalid(r);
}

static int
too_many(struct req *r, const char *field)
{
	form_error(r, field, "Te veel mislukte pogingen. Wacht een kwartier "
	    "en probeer het dan opnieuw.");
	req_invalid(r);
	return 429;
}

static int
login(struct req *r)
{
	const char *email = r->f[LOGIN_EMAIL].s, *pw = r->f[LOGIN_PASSWORD].s;
	unsigned char h[SHA256_LEN];
	struct dbres res;
	enum auth_state next;
	bool slow;

	if (throttled(r, email, &slow) != 0)
		return 500;
	if (slow)
		return too_many(r, "email");
	if (DB_QUERY(r->db, r->arena, &res,
	    "SELECT id, password_hash, demo, totp_enabled FROM users"
	    " WHERE email = ? AND active = 1", DB_STR(email)) != 0)
		return 500;
	if (res.nrows == 0) {
		password_burn(pw);
		return login_failed(r, email, "email", "Deze combinatie van "
		    "e-mailadres en wachtwoord kennen wij niet.");
	}
	if (!password_check(db_val(&res, 0, "password_hash"), pw))
		return login_failed(r, email, "email", "Deze combinatie van "
		    "e-mailadres en wachtwoord kennen wij niet.");
	email_hash(r, email, h);
	if (DB_EXEC(r->db, NULL, NULL, "DELETE FROM login_failures"
	    " WHERE email_hash = ?", DB_BIN(h, sizeof(h))) != 0)
		return 500;
	if (db_int(&res, 0, "totp_enabled") == 1)
		next = AUTH_CODE;
	else if (config_dev() && db_int(&res, 0, "demo") == 1)
		next = AUTH_FULL;	/* demo accounts, development only */
	else
		next = AUTH_ENROL;
	if (sess_start(r, db_int(&res, 0, "id"), next) != 0)
		return 500;
	if (next == AUTH_FULL && audit(r, "login", "user", r->user.id,
	    NULL, NULL, NULL) != 0)
		return 500;
	return req_redirect(r, next == AUTH_CODE ? "/inloggen/code" :
	    next == AUTH_ENROL ? "/inloggen/2fa" : "/");
}

static int
logout(struct req *r)
{
	if (r->sess.id != 0 && ((r->user.id != 0 && audit(r, "logout", "user",
	    r->user.id, NULL, NULL, NULL) != 0) || sess_end(r) != 0))
		return 500;
	return req_redirect(r, "/inloggen?m=uitgelogd");
}

/* ---- the second factor ------------------------------------------------- */

enum { CODE_CODE, CODE__MAX };
static const struct field code_fields[CODE__MAX] = {
	[CODE_CODE] = { "code", "Code", FT_TOTP, 20, true, NULL },
};
static const struct form code_form = FORM(code_fields);

static int
code_page(struct req *r)
{
	req_set(r, "Page.title", "Code invoeren");
	return req_page(r, "auth/code.cs");
}

/*
 * Checks a code against a secret and burns its time step, so the same
 * code cannot be used twice, even by two requests at once: the UPDATE
 * only succeeds for a step later than the last one used.
 */
static int
code_accept(struct req *r, const unsigned char *secret, size_t len,
    long long last)
{
	unsigned long long n;
	int64_t step;

	step = totp_verify(secret, len, r->f[CODE_CODE].s, time(NULL), last);
	if (step < 0)
		return 0;
	if (DB_EXEC(r->db, &n, NULL, "UPDATE users SET totp_last_step = ?,"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ? AND totp_last_step < ?",
	    DB_INT(step), DB_INT(r->user.id), DB_INT(step)) != 0)
		return -1;
	return n == 1;
}

static int
code_submit(struct req *r)
{
	struct dbres res;
	bool slow;
	int ok;

	if (throttled(r, r->user.email, &slow) != 0)
		return 500;
	if (slow)
		return too_many(r, "code");
	if (DB_QUERY(r->db, r->arena, &res, "SELECT totp_secret, totp_last_step"
	    " FROM users WHERE id = ?", DB_INT(r->user.id)) != 0 ||
	    res.nrows != 1 || db_val(&res, 0, "totp_secret") == NULL)
		return 500;
	ok = code_accept(r, (const unsigned char *)db_val(&res, 0, "totp_secret"),
	    res.lens[0][0], db_int(&res, 0, "totp_last_step"));
	if (ok < 0)
		return 500;
	if (ok == 0)
		return login_failed(r, r->user.email, "code",
		    "Deze code klopt niet of is al gebruikt. Wacht op de "
		    "volgende code en probeer het opnieuw.");
	if (sess_promote(r, AUTH_FULL) != 0 ||
	    audit(r, "login", "user", r->user.id, NULL, NULL, NULL) != 0)
		return 500;
	return req_redirect(r, "/");
}

/* The QR code as SVG, drawn here from module coordinates only. */
static char *
qr_svg(struct req *r, const char *uri)
{
	QRcode *qr = QRcode_encodeString(uri, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	char *svg, *p;
	int x, y, w;

	if (qr == NULL)
		return NULL;
	w = qr->width;
	svg = p = arena_alloc(r->arena, (size_t)(w * w) * 24 + 400);
	p += sprintf(p, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	    "viewBox=\"-4 -4 %d %d\" width=\"200\" height=\"200\" role=\"img\" "
	    "aria-label=\"QR-code voor uw authenticator-app\">"
	    "<rect x=\"-4\" y=\"-4\" width=\"%d\" height=\"%d\" fill=\"#fff\"/>"
	    "<path fill=\"#000\" d=\"", w + 8, w + 8, w + 8, w + 8);
	for (y = 0; y < w; y++)
		for (x = 0; x < w; x++)
			if (qr->data[y * w + x] & 1)
				p += sprintf(p, "M%d %dh1v1h-1z", x, y);
	strcpy(p, "\"/></svg>");
	QRcode_free(qr);
	return svg;
}

/* A pending secret per session until a code proves the app has it. */
static int
enrol_page(struct req *r)
{
	unsigned char secret[TOTP_SECRET_LEN];
	char b32[64], *uri;
	struct dbres res;
	const char *issuer = config_str("Site.Name", "Passend");

	if (DB_QUERY(r->db, r->arena, &res, "SELECT totp_pending FROM sessions"
	    " WHERE id = ?", DB_INT(r->sess.id)) != 0 || res.nrows != 1)
		return 500;
	if (db_val(&res, 0, "totp_pending") != NULL &&
	    res.lens[0][0] == TOTP_SECRET_LEN) {
		memcpy(secret, db_val(&res, 0, "totp_pending"), TOTP_SECRET_LEN);
	} else if (crypto_random(secret, sizeof(secret)) != 0 ||
	    DB_EXEC(r->db, NULL, NULL, "UPDATE sessions SET totp_pending = ?,"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ?",
	    DB_BIN(secret, sizeof(secret)), DB_INT(r->sess.id)) != 0)
		return 500;
	base32_encode(secret, sizeof(secret), b32, sizeof(b32));
	uri = arena_printf(r->arena, "otpauth://totp/%s:%s?secret=%s&issuer=%s",
	    issuer, r->user.email, b32, issuer);
	req_set(r, "Totp.secret", b32);
	req_set(r, "Totp.qr", qr_svg(r, uri));
	req_set(r, "Page.title", "Tweestapsverificatie instellen");
	return req_page(r, "auth/enrol.cs");
}

static int
enrol_submit(struct req *r)
{
	struct dbres res;
	const char *secret;
	int ok;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT totp_pending FROM sessions"
	    " WHERE id = ?", DB_INT(r->sess.id)) != 0 || res.nrows != 1)
		return 500;
	secret = db_val(&res, 0, "totp_pending");
	if (secret == NULL || res.lens[0][0] != TOTP_SECRET_LEN)
		return req_redirect(r, "/inloggen/2fa");
	if ((ok = code_accept(r, (const unsigned char *)secret,
	    TOTP_SECRET_LEN, 0)) < 0)
		return 500;
	if (ok == 0) {
		form_error(r, "code", "Deze code klopt niet. Controleer de tijd "
		    "op uw telefoon en probeer de volgende code.");
		return req_invalid(r);
	}
	if (DB_EXEC(r->db, NULL, NULL, "UPDATE users SET totp_secret = ?,"
	    " totp_enabled = 1, version = version + 1,"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ?",
	    DB_BIN(secret, TOTP_SECRET_LEN), DB_INT(r->user.id)) != 0 ||
	    audit(r, "totp_enrolled", "user", r->user.id, NULL, NULL, NULL) != 0)
		return 500;
	/* Other sessions were opened without this factor: end them. */
	if (sess_end_user(r, r->user.id) != 0 ||
	    sess_start(r, r->user.id, AUTH_FULL) != 0)
		return 500;
	return req_redirect(r, "/");
}

/* ---- forgotten password and invitations ------------------------------- */

enum { FORGOT_EMAIL, FORGOT__MAX };
static const struct field forgot_fields[FORGOT__MAX] = {
	[FORGOT_EMAIL] = { "email", "E-mailadres", FT_EMAIL, 254, true, NULL },
};
static const struct form forgot_form = FORM(forgot_fields);

static int
forgot_page(struct req *r)
{
	req_set(r, "Page.title", "Wachtwoord vergeten");
	return req_page(r, "auth/forgot.cs");
}

static int
forgot_sent_page(struct req *r)
{
	req_set(r, "Page.title", "Controleer uw e-mail");
	return req_page(r, "auth/forgot_sent.cs");
}

/* The same answer whether or not the address is known. */
static int
forgot_submit(struct req *r)
{
	const char *email = r->f[FORGOT_EMAIL].s;
	struct dbres res;
	bool slow;

	if (throttled(r, email, &slow) != 0)
		return 500;
	/* At most three links an hour: the mailbox of a known address is
	 * not ours to flood. The answer stays the same. */
	if (DB_QUERY(r->db, r->arena, &res, "SELECT u.id, u.name,"
	    " (SELECT COUNT(*) FROM password_tokens t WHERE t.user_id = u.id"
	    "  AND t.purpose = 'reset'"
	    "  AND t.created_at > UTC_TIMESTAMP() - INTERVAL 1 HOUR) AS recent"
	    " FROM users u WHERE u.email = ? AND u.active = 1",
	    DB_STR(email)) != 0)
		return 500;
	if (res.nrows == 0 || slow || db_int(&res, 0, "recent") >= RESET_PER_HOUR)
		return req_redirect(r, "/wachtwoord-vergeten/verstuurd");
	if (password_link(r, db_int(&res, 0, "id"), LINK_RESET, email,
	    db_val(&res, 0, "name")) != 0)
		return 500;
	return req_redirect(r, "/wachtwoord-vergeten/verstuurd");
}

enum { RESET_PASSWORD, RESET_PASSWORD2, RESET__MAX };
static const struct field reset_fields[RESET__MAX] = {
	[RESET_PASSWORD] = { "password", "Nieuw wachtwoord", FT_PASSWORD,
	    PASSWORD_MAX, true, NULL },
	[RESET_PASSWORD2] = { "password2", "Herhaal het wachtwoord",
	    FT_PASSWORD, PASSWORD_MAX, true, NULL },
};
static const struct form reset_form = FORM(reset_fields);

/* The token from the path, if it is still good: user id and purpose. */
static int
reset_token(struct req *r, struct dbres *res)
{
	unsigned char h[SHA256_LEN];
	const char *token = r->args.tok[0];

	crypto_sha256(token, strlen(token), h);
	return DB_QUERY(r->db, r->arena, res,
	    "SELECT t.id, t.user_id, t.purpose FROM password_tokens t"
	    " JOIN users u ON u.id = t.user_id"
	    " WHERE t.token_hash = ? AND t.used_at IS NULL"
	    " AND t.expires_at > UTC_TIMESTAMP() AND u.active = 1 FOR UPDATE",
	    DB_BIN(h, sizeof(h)));
}

static int
reset_page(struct req *r)
{
	struct dbres res;

	if (reset_token(r, &res) != 0)
		return 500;
	if (res.nrows != 1) {
		req_set(r, "Page.title", "Link verlopen");
		r->tmpl = "auth/reset_invalid.cs";
		return 410;
	}
	req_set(r, "Reset.invite",
	    strcmp(db_val(&res, 0, "purpose"), "invite") == 0 ? "1" : "0");
	req_set(r, "Reset.token", r->args.tok[0]);
	req_set(r, "Page.title", "Wachtwoord instellen");
	return req_page(r, "auth/reset.cs");
}

static int
reset_submit(struct req *r)
{
	char hash[PASSWORD_HASH_LEN];
	struct dbres res;
	long long uid;

	if (reset_token(r, &res) != 0)
		return 500;
	if (res.nrows != 1)
		return reset_page(r);
	if (strcmp(r->f[RESET_PASSWORD].s, r->f[RESET_PASSWORD2].s) != 0) {
		form_error(r, "password2", "De twee wachtwoorden zijn niet gelijk.");
		return req_invalid(r);
	}
	uid = db_int(&res, 0, "user_id");
	if (password_hash(r->f[RESET_PASSWORD].s, hash) != 0)
		return 500;
	r->user.id = uid;	/* the audit log's actor: the account's owner */
	if (DB_EXEC(r->db, NULL, NULL, "UPDATE users SET password_hash = ?,"
	    " version = version + 1, updated_at = UTC_TIMESTAMP()"
	    " WHERE id = ?", DB_STR(hash), DB_INT(uid)) != 0 ||
	    DB_EXEC(r->db, NULL, NULL, "UPDATE password_tokens SET used_at ="
	    " UTC_TIMESTAMP(), updated_at = UTC_TIMESTAMP()"
	    " WHERE user_id = ? AND used_at IS NULL", DB_INT(uid)) != 0 ||
	    sess_end_user(r, uid) != 0 ||
	    audit(r, "password_set", "user", uid, "password_hash", NULL,
	    NULL) != 0)
		return 500;
	return req_redirect(r, "/inloggen?m=wachtwoord");
}

static const struct route routes[] = {
	{ METHOD_GET, "/healthz", healthz, PERM_PUBLIC, NULL, NULL },
	{ METHOD_GET, "/logo", logo, PERM_PUBLIC, NULL, NULL },
	{ METHOD_GET, "/", start_page, PERM_LOGIN, NULL, NULL },
	{ METHOD_GET, "/inloggen", login_page, PERM_PUBLIC, NULL, NULL },
	{ METHOD_POST, "/inloggen", login, PERM_PUBLIC, &login_form, login_page },
	{ METHOD_GET, "/inloggen/code", code_page, PERM_CODE, NULL, NULL },
	{ METHOD_POST, "/inloggen/code", code_submit, PERM_CODE, &code_form,
	    code_page },
	{ METHOD_GET, "/inloggen/2fa", enrol_page, PERM_ENROL, NULL, NULL },
	{ METHOD_POST, "/inloggen/2fa", enrol_submit, PERM_ENROL, &code_form,
	    enrol_page },
	{ METHOD_POST, "/uitloggen", logout, PERM_PUBLIC, NULL, NULL },
	{ METHOD_GET, "/wachtwoord-vergeten", forgot_page, PERM_PUBLIC, NULL,
	    NULL },
	{ METHOD_POST, "/wachtwoord-vergeten", forgot_submit, PERM_PUBLIC,
	    &forgot_form, forgot_page },
	{ METHOD_GET, "/wachtwoord-vergeten/verstuurd", forgot_sent_page,
	    PERM_PUBLIC, NULL, NULL },
	{ METHOD_GET, "/wachtwoord/%s", reset_page, PERM_PUBLIC, NULL, NULL },
	{ METHOD_POST, "/wachtwoord/%s", reset_submit, PERM_PUBLIC,
	    &reset_form, reset_page },
};

int
main(int argc, char **argv)
{
	static const struct app app = {
		"passend-auth", routes, sizeof(routes) / sizeof(routes[0])
	};

	return app_main(argc, argv, &app);
}
