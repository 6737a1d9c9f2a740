/*
 * Sharing a dossier for a meeting. SWV staff or a coordinator choose
 * who (a parent, the gemeente, a wijkteam), until which day, and which
 * sections and documents; the guest gets a link in one e-mail and a
 * one-time code in a second. Withdrawing ends the guest's session at
 * once. The guest's side is guest.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "crypto.h"
#include "form.h"
#include "list.h"
#include "mail.h"
#include "pages.h"
#include "when.h"

#define B(x)	(1u << (x))

const char *const share_relations[] = {
	"ouder", "gemeente", "wijkteam", "anders", NULL
};
static const char *const relation_labels[] = {
	"ouder of verzorger", "gemeente", "wijkteam", "anders"
};

enum { SH_NAME, SH_EMAIL, SH_RELATION, SH_UNTIL, SH__MAX };
static const struct field share_fields[SH__MAX] = {
	[SH_NAME] = { "naam", "Naam", FT_TEXT, 200, true, NULL },
	[SH_EMAIL] = { "email", "E-mailadres", FT_EMAIL, 254, true, NULL },
	[SH_RELATION] = { "relatie", "Wie is het", FT_CHOICE, 20, true,
	    share_relations },
	[SH_UNTIL] = { "tot", "Tot en met", FT_DATE, 10, true, NULL },
};
const struct form share_form = FORM(share_fields);

const char *
share_relation_label(const char *key)
{
	size_t i;

	for (i = 0; key != NULL && share_relations[i] != NULL; i++)
		if (strcmp(share_relations[i], key) == 0)
			return relation_labels[i];
	return key;
}

/* SWV staff, and coordinators, who organise the meetings. */
bool
share_may(const struct dossier *d)
{
	return (d->roles & (B(ROLE_SWV) | B(ROLE_COORD))) != 0;
}

static long
max_days(void)
{
	return config_int("Share.MaxDays", 90);
}

/* "2026-12-31" as "31-12-2026". */
const char *
share_date(struct req *r, const char *iso)
{
	if (iso == NULL || strlen(iso) != 10)
		return iso;
	return arena_printf(r->arena, "%.2s-%.2s-%.4s", iso + 8, iso + 5, iso);
}

/* The documents that can be shared: all that are not removed. */
static int
shareable_documents(struct req *r, const struct dossier *d, struct dbres *res)
{
	return DB_QUERY(r->db, r->arena, res, "SELECT id, file_name,"
	    " description FROM documents WHERE dossier_id = ?"
	    " AND removed_at IS NULL ORDER BY uploaded_at, id", DB_INT(d->id));
}

/* The share form; also shown again, with the boxes as ticked, on errors. */
static int
share_show(struct req *r, struct dossier *d, int status)
{
	struct dbres docs;
	size_t i;

	if (shareable_documents(r, d, &docs) != 0 || dossier_viewed(r, d) != 0)
		return 500;
	for (i = 0; i < d->def->nsections; i++) {
		const struct fd_section *s = &d->def->sections[i];
		const char *p = arena_printf(r->arena, "Sections.%zu", i);

		req_set(r, arena_printf(r->arena, "%s.key", p), s->key);
		req_set(r, arena_printf(r->arena, "%s.title", p), s->title);
		req_set_int(r, arena_printf(r->arena, "%s.checked", p),
		    form_ticked(r, "deel-", s->key));
	}
	req_set_rows(r, "ShareDocs", &docs);
	for (i = 0; i < docs.nrows; i++)
		req_set_int(r, arena_printf(r->arena, "ShareDocs.%zu.checked", i),
		    form_ticked(r, "doc-", db_val(&docs, i, "id")));
	for (i = 0; share_relations[i] != NULL; i++) {
		req_set(r, arena_printf(r->arena, "Relations.%zu.key", i),
		    share_relations[i]);
		req_set(r, arena_printf(r->arena, "Relations.%zu.label", i),
		    relation_labels[i]);
	}
	req_set(r, "Share.until_hint", arena_printf(r->arena, "De laatste dag"
	    " dat de gast het dossier kan inzien: hoogstens %ld dagen vanaf"
	    " vandaag.", max_days()));
	req_set_int(r, "Dossier.id", d->id);
	req_set(r, "Dossier.type", d->type_name);
	req_set(r, "Dossier.pupil", d->pupil_name);
	req_set(r, "Page.title", arena_printf(r->arena, "Delen – %s",
	    d->pupil_name));
	if (req_page(r, "dossier/share.cs") != 200)
		return 500;
	return status;
}

int
share_page(struct req *r)
{
	struct dossier d;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (!share_may(&d))
		return 404;
	return share_show(r, &d, 200);	/* req_invalid makes it 422 */
}

/* Six digits, uniform: draws past the last whole million are redrawn. */
static int
share_code(char out[7])
{
	uint32_t n;

	do {
		if (crypto_random(&n, sizeof(n)) != 0)
			return -1;
	} while (n >= 4294000000u);
	snprintf(out, 7, "%06u", (unsigned)(n % 1000000));
	return 0;
}

/* The code's hash is keyed with the link's token: see 004_shares.sql. */
void
share_code_hash(const char *token, const char *code,
    unsigned char out[SHA256_LEN])
{
	crypto_hmac_sha256(token, strlen(token), code, strlen(code), out);
}

/*
 * A new code for a share, in its own e-mail. Mail.* must hold the
 * guest's name already.
 */
int
share_send_code(struct req *r, long long share_id, const char *token,
    const char *email)
{
	unsigned char h[SHA256_LEN];
	char code[7];

	if (share_code(code) != 0)
		return -1;
	share_code_hash(token, code, h);
	req_set(r, "Mail.code", code);
	return DB_EXEC(r->db, NULL, NULL, "UPDATE shares SET code_hash = ?,"
	    " code_failures = 0, code_sent_at = UTC_TIMESTAMP(),"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ?", DB_BIN(h, sizeof(h)),
	    DB_INT(share_id)) != 0 ? -1 :
	    mail_queue(r, email, "Uw code om het dossier in te zien",
	    "mail/share_code.cs");
}

/* What was ticked: section keys of this form, documents of this dossier. */
static size_t
chosen(struct req *r, const struct dossier *d, const struct dbres *docs,
    const char ***keys, long long **ids, size_t *nids)
{
	size_t i, n = 0;

	*keys = arena_alloc(r->arena, (d->def->nsections + 1) * sizeof(**keys));
	*ids = arena_alloc(r->arena, (docs->nrows + 1) * sizeof(**ids));
	for (i = 0; i < d->def->nsections; i++)
		if (form_ticked(r, "deel-", d->def->sections[i].key))
			(*keys)[n++] = d->def->sections[i].key;
	*nids = 0;
	for (i = 0; i < docs->nrows; i++)
		if (form_ticked(r, "doc-", db_val(docs, i, "id")))
			(*ids)[(*nids)++] = db_int(docs, i, "id");
	return n;
}

int
share_create(struct req *r)
{
	const char *until = r->f[SH_UNTIL].s, *name = r->f[SH_NAME].s;
	const char *email = r->f[SH_EMAIL].s, **keys;
	char today[11], last[11], token[TOKEN_LEN];
	unsigned char th[SHA256_LEN];
	struct dossier d;
	struct dbres docs, res;
	long long id, *ids;
	size_t nkeys, nids, i;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (!share_may(&d))
		return 404;
	if (when_date(0, today, sizeof(today)) != 0 ||
	    when_date((int)max_days(), last, sizeof(last)) != 0)
		return 500;
	if (strcmp(until, today) < 0)
		form_error(r, "tot", "Kies vandaag of een dag na vandaag.");
	else if (strcmp(until, last) > 0)
		form_error(r, "tot", arena_printf(r->arena, "Kies een dag binnen"
		    " %ld dagen, uiterlijk %s.", max_days(), share_date(r, last)));
	/* The row lock makes a double-click wait, then find the first. */
	if (DB_QUERY(r->db, r->arena, &res, "SELECT id FROM dossiers"
	    " WHERE id = ? FOR UPDATE", DB_INT(d.id)) != 0 ||
	    shareable_documents(r, &d, &docs) != 0)
		return 500;
	nkeys = chosen(r, &d, &docs, &keys, &ids, &nids);
	if (nkeys + nids == 0)
		form_error_label(r, "delen", "Wat u deelt", "Kies minstens één "
		    "onderdeel of document.");
	if (r->nerrors > 0)
		return req_invalid(r);
	if (DB_QUERY(r->db, r->arena, &res, "SELECT id FROM shares"
	    " WHERE dossier_id = ? AND email = ? AND revoked_at IS NULL"
	    " AND created_at > UTC_TIMESTAMP() - INTERVAL 1 MINUTE",
	    DB_INT(d.id), DB_STR(email)) != 0)
		return 500;
	if (res.nrows > 0)
		return req_redirectf(r, "/dossiers/%lld?m=gedeeld#delen", d.id);

	if (crypto_token(token, th) != 0 ||
	    DB_EXEC(r->db, NULL, &id, "INSERT INTO shares (dossier_id, name,"
	    " email, relation, valid_until, token_hash, code_sent_at,"
	    " created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?,"
	    " UTC_TIMESTAMP(), ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_INT(d.id), DB_STR(name), DB_STR(email),
	    DB_STR(r->f[SH_RELATION].s), DB_STR(until),
	    DB_BIN(th, sizeof(th)), DB_INT(r->user.id)) != 0)
		return 500;
	for (i = 0; i < nkeys + nids; i++)
		if (DB_EXEC(r->db, NULL, NULL, "INSERT INTO share_items"
		    " (share_id, section_key, document_id, created_at,"
		    " updated_at) VALUES (?, ?, ?, UTC_TIMESTAMP(),"
		    " UTC_TIMESTAMP())", DB_INT(id),
		    i < nkeys ? DB_STR(keys[i]) : DB_NULL,
		    i < nkeys ? DB_NULL : DB_INT(ids[i - nkeys])) != 0)
			return 500;
	if (dossier_event(r, d.id, "share", arena_printf(r->arena, "Gedeeld "
	    "met %s (%s) tot en met %s", name,
	    share_relation_label(r->f[SH_RELATION].s), share_date(r, until)),
	    NULL) != 0 ||
	    dossier_access(r, &d, "share", "share", id) != 0)
		return 500;

	/* Two e-mails: the link alone does not open the dossier. Neither
	 * names the pupil. */
	req_set(r, "Mail.name", name);
	req_set(r, "Mail.inviter", r->user.name);
	req_set(r, "Mail.until", share_date(r, until));
	req_set(r, "Mail.link", arena_printf(r->arena, "%s/gast/%s",
	    config_str("Site.BaseURL", ""), token));
	if (mail_queue(r, email, "Uitnodiging om een dossier in te zien",
	    "mail/share_link.cs") != 0 ||
	    share_send_code(r, id, token, email) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=gedeeld#delen", d.id);
}

int
share_revoke(struct req *r)
{
	struct dossier d;
	struct dbres res;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (!share_may(&d))
		return 404;
	if (DB_QUERY(r->db, r->arena, &res, "SELECT name FROM shares"
	    " WHERE id = ? AND dossier_id = ? AND revoked_at IS NULL"
	    " FOR UPDATE", DB_INT(r->args.id[1]), DB_INT(d.id)) != 0)
		return 500;
	if (res.nrows == 0)	/* withdrawn already, or not this dossier's */
		return req_redirectf(r, "/dossiers/%lld?m=ingetrokken#delen",
		    d.id);
	if (DB_EXEC(r->db, NULL, NULL, "UPDATE shares SET revoked_at ="
	    " UTC_TIMESTAMP(), revoked_by = ?, code_hash = NULL,"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ?", DB_INT(r->user.id),
	    DB_INT(r->args.id[1])) != 0 ||
	    DB_EXEC(r->db, NULL, NULL, "DELETE FROM sessions WHERE share_id = ?",
	    DB_INT(r->args.id[1])) != 0 ||
	    dossier_event(r, d.id, "share", arena_printf(r->arena, "Delen met "
	    "%s ingetrokken", db_val(&res, 0, "name")), NULL) != 0 ||
	    dossier_access(r, &d, "unshare", "share", r->args.id[1]) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=ingetrokken#delen", d.id);
}

/* The dossier page's "Gedeeld" section: every share, with what it shows. */
int
shares_hdf(struct req *r, const struct dossier *d)
{
	struct dbres sh = { 0 }, items = { 0 };
	char today[11];
	size_t i, j;

	if (!share_may(d))
		return 0;
	if (when_date(0, today, sizeof(today)) != 0 ||
	    (d->nshares > 0 && DB_QUERY(r->db, r->arena, &sh,
	    "SELECT s.id, s.name, s.email,"
	    " s.relation, s.valid_until, s.revoked_at, s.last_login_at,"
	    " s.created_at, u.name AS who FROM shares s JOIN users u"
	    " ON u.id = s.created_by WHERE s.dossier_id = ?"
	    " ORDER BY s.created_at DESC, s.id DESC", DB_INT(d->id)) != 0) ||
	    (sh.nrows > 0 && DB_QUERY(r->db, r->arena, &items, "SELECT"
	    " i.share_id, i.section_key, c.file_name FROM share_items i"
	    " JOIN shares s ON s.id = i.share_id LEFT JOIN documents c"
	    " ON c.id = i.document_id WHERE s.dossier_id = ? ORDER BY i.id",
	    DB_INT(d->id)) != 0))
		return -1;
	list_times(r, &sh, "last_login_at");
	list_times(r, &sh, "created_at");
	req_set_rows(r, "Shares", &sh);
	for (i = 0; i < sh.nrows; i++) {
		const char *p = arena_printf(r->arena, "Shares.%zu", i);
		const char *until = db_val(&sh, i, "valid_until");
		size_t n = 0;

		req_set(r, arena_printf(r->arena, "%s.relation_label", p),
		    share_relation_label(db_val(&sh, i, "relation")));
		req_set(r, arena_printf(r->arena, "%s.until", p),
		    share_date(r, until));
		req_set(r, arena_printf(r->arena, "%s.state", p),
		    db_val(&sh, i, "revoked_at") != NULL ? "Ingetrokken" :
		    strcmp(until, today) < 0 ? "Verlopen" : "Actief");
		for (j = 0; j < items.nrows; j++) {
			const char *key = db_val(&items, j, "section_key");
			const struct fd_section *s = key != NULL ?
			    trajdef_section(d->def, key) : NULL;

			if (db_int(&items, j, "share_id") != db_int(&sh, i, "id"))
				continue;
			req_set(r, arena_printf(r->arena, "%s.items.%zu", p, n++),
			    s != NULL ? s->title : db_val(&items, j, "file_name"));
		}
	}
	req_set_int(r, "Dossier.may_share", 1);
	return 0;
}
