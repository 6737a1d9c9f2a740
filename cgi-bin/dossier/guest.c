/*
 * The guest's side of a share (shares.c is the inviter's). The e-mailed
 * link leads to a page asking for the code from the second e-mail; the
 * right code starts a guest session bound to the share, which sees only
 * what was shared and ends when the share is withdrawn or past its day.
 * A link that no longer works says why and changes nothing.
 */
#include <ctype.h>
#include <string.h>

#include "audit.h"
#include "crypto.h"
#include "log.h"
#include "pages.h"
#include "session.h"
#include "when.h"

#define CODE_TRIES	5	/* wrong codes before a code stops working */

enum { GC_CODE, GC__MAX };
static const struct field code_fields[GC__MAX] = {
	[GC_CODE] = { "code", "Code", FT_TEXT, 20, true, NULL },
};
const struct form guest_code_form = FORM(code_fields);

int
guest_info(struct req *r)
{
	req_set(r, "Page.title", "Gedeeld dossier");
	return req_page(r, "guest/info.cs");
}

/*
 * The share the link's token names, locked: 0 when the link works, else
 * the status of the page that says why it does not.
 */
static int
link_open(struct req *r, struct dbres *res)
{
	unsigned char h[SHA256_LEN];
	const char *token = r->args.tok[0];
	char today[11];
	int status = 410;

	crypto_sha256(token, strlen(token), h);
	if (when_date(0, today, sizeof(today)) != 0 ||
	    DB_QUERY(r->db, r->arena, res, "SELECT s.id, s.dossier_id,"
	    " s.name, s.email, s.valid_until, s.revoked_at, s.code_hash,"
	    " s.code_failures, s.created_by, d.pupil_id,"
	    " s.valid_until >= ? AS open,"
	    " s.code_sent_at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE AS recent"
	    " FROM shares s JOIN dossiers d ON d.id = s.dossier_id"
	    " WHERE s.token_hash = ? FOR UPDATE", DB_STR(today),
	    DB_BIN(h, sizeof(h))) != 0)
		return 500;
	if (res->nrows == 0) {
		log_warn("unknown guest link");
		req_set(r, "Link.state", "onbekend");
		status = 404;
	} else if (db_val(res, 0, "revoked_at") != NULL) {
		req_set(r, "Link.state", "ingetrokken");
	} else if (db_int(res, 0, "open") == 0) {
		req_set(r, "Link.state", "verlopen");
		req_set(r, "Link.until", share_date(r,
		    db_val(res, 0, "valid_until")));
	} else {
		return 0;
	}
	req_set(r, "Page.title", "Deze link werkt niet meer");
	r->tmpl = "guest/link.cs";
	return status;
}

/* The code page, also shown again after a wrong code. */
int
guest_link_page(struct req *r)
{
	struct dbres res;
	int st;

	if ((st = link_open(r, &res)) != 0)
		return st;
	if (r->method == METHOD_GET && r->sess.state == AUTH_GUEST &&
	    r->sess.share_id == db_int(&res, 0, "id"))
		return req_redirect(r, "/gast/dossier");
	req_set(r, "Link.token", r->args.tok[0]);
	req_set(r, "Link.name", db_val(&res, 0, "name"));
	req_set(r, "Page.title", "Code invullen");
	return req_page(r, "guest/code.cs");
}

/* "123 456" and "123456" alike; anything else is not a code. */
static const char *
code_digits(struct req *r, const char *s)
{
	char *out = arena_alloc(r->arena, strlen(s) + 1), *o = out;

	for (; *s != '\0'; s++)
		if (isdigit((unsigned char)*s))
			*o++ = *s;
		else if (*s != ' ' && *s != '-')
			return NULL;
	*o = '\0';
	return o - out == 6 ? out : NULL;
}

int
guest_login(struct req *r)
{
	unsigned char h[SHA256_LEN];
	const char *code, *stored;
	struct dbres res;
	long long id, fails;
	int st;

	if ((st = link_open(r, &res)) != 0)
		return st;
	if ((code = code_digits(r, r->f[GC_CODE].s)) == NULL) {
		form_error(r, "code", "Vul de code van zes cijfers uit de "
		    "tweede e-mail in.");
		return req_invalid(r);
	}
	id = db_int(&res, 0, "id");
	stored = db_val(&res, 0, "code_hash");
	if (stored == NULL || db_len(&res, 0, "code_hash") != SHA256_LEN) {
		form_error(r, "code", "Deze code werkt niet meer. Vraag hieronder "
		    "een nieuwe code aan.");
		return req_invalid(r);
	}
	share_code_hash(r->args.tok[0], code, h);
	if (!crypto_equal(h, stored, SHA256_LEN)) {
		/* Counted even though the answer is an error: r->keep. */
		fails = db_int(&res, 0, "code_failures") + 1;
		if (DB_EXEC(r->db, NULL, NULL, "UPDATE shares SET"
		    " code_failures = ?, code_hash = IF(? >= ?, NULL, code_hash),"
		    " updated_at = UTC_TIMESTAMP() WHERE id = ?", DB_INT(fails),
		    DB_INT(fails), DB_INT(CODE_TRIES), DB_INT(id)) != 0)
			return 500;
		r->keep = true;
		form_error(r, "code", fails >= CODE_TRIES ? "Deze code klopt "
		    "niet en werkt nu niet meer. Vraag hieronder een nieuwe "
		    "code aan." : "Deze code klopt niet. Controleer de code in "
		    "de tweede e-mail.");
		return req_invalid(r);
	}
	if (DB_EXEC(r->db, NULL, NULL, "UPDATE shares SET code_hash = NULL,"
	    " code_failures = 0, last_login_at = UTC_TIMESTAMP(),"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ?", DB_INT(id)) != 0 ||
	    sess_start_guest(r, id) != 0)
		return 500;
	r->sess.share_dossier = db_int(&res, 0, "dossier_id");
	r->sess.share_by = db_int(&res, 0, "created_by");
	if (audit_access(r, "login", ROLE__MAX, 0, db_int(&res, 0, "pupil_id"),
	    r->sess.share_dossier, "share", id) != 0)
		return 500;
	return req_redirect(r, "/gast/dossier");
}

/* At most one code a minute: the guest's mailbox is not ours to flood. */
int
guest_code_resend(struct req *r)
{
	struct dbres res;
	int st;

	if ((st = link_open(r, &res)) != 0)
		return st;
	if (db_int(&res, 0, "recent"))
		return req_redirectf(r, "/gast/%s?m=code-net", r->args.tok[0]);
	req_set(r, "Mail.name", db_val(&res, 0, "name"));
	if (share_send_code(r, db_int(&res, 0, "id"), r->args.tok[0],
	    db_val(&res, 0, "email")) != 0)
		return 500;
	return req_redirectf(r, "/gast/%s?m=code-verstuurd", r->args.tok[0]);
}

/* What was shared: those sections of the form and those documents. */
int
guest_dossier(struct req *r)
{
	struct dossier d;
	struct dbres items, share;
	const char **keys;
	size_t i, n = 0;
	int st;

	if ((st = dossier_load_shared(r, &d)) != 0)
		return st;
	if (DB_QUERY(r->db, r->arena, &items, "SELECT section_key FROM"
	    " share_items WHERE share_id = ? AND section_key IS NOT NULL",
	    DB_INT(r->sess.share_id)) != 0 ||
	    DB_QUERY(r->db, r->arena, &share, "SELECT s.valid_until,"
	    " u.name AS who FROM shares s JOIN users u ON u.id = s.created_by"
	    " WHERE s.id = ?", DB_INT(r->sess.share_id)) != 0 ||
	    share.nrows != 1)
		return 500;
	keys = arena_alloc(r->arena, (items.nrows + 1) * sizeof(*keys));
	for (i = 0; i < items.nrows; i++)
		keys[n++] = db_val(&items, i, "section_key");
	dossier_sections_hdf(r, d.def, &d.answers, keys, n);
	if (documents_shared_hdf(r, &d) != 0 ||
	    dossier_access(r, &d, "view", "dossier", d.id) != 0)
		return 500;
	req_set(r, "Dossier.type", d.type_name);
	req_set(r, "Dossier.pupil", d.pupil_name);
	req_set(r, "Dossier.school", d.school_name);
	req_set(r, "Share.until", share_date(r, db_val(&share, 0,
	    "valid_until")));
	req_set(r, "Share.by", db_val(&share, 0, "who"));
	req_set(r, "Page.title", arena_printf(r->arena, "%s – %s", d.type_name,
	    d.pupil_name));
	return req_page(r, "guest/dossier.cs");
}

int
guest_close(struct req *r)
{
	if (sess_end(r) != 0)
		return 500;
	return req_redirect(r, "/gast?m=afgesloten");
}
