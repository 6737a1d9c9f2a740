/*
 * tlv.fcgi: the TLV seen from outside the dossier. A receiving school
 * (inside the SWV or, with an account of its own, outside it) sees the
 * TLVs addressed to it, downloads them and confirms the placement; anyone
 * holding a TLV checks on the public page that it is real and valid.
 *
 * A receiving school's scope is its own "ontvangend" role assignments,
 * joined in every statement: a TLV addressed to another school is not
 * found, whatever its number.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "audit.h"
#include "crypto.h"
#include "dossier.h"
#include "form.h"
#include "list.h"
#include "log.h"
#include "request.h"
#include "tlv.h"
#include "tlv_rules.h"
#include "when.h"

#define ADDRESSED							\
	" x.school_id IN (SELECT org_id FROM role_assignments"		\
	"  WHERE user_id = ? AND role = 'ontvangend')"

static const char *const shows[] = { "open", "geplaatst", "alle", NULL };

enum { LF_SHOW, LF__MAX };
static const struct field list_fields[LF__MAX] = {
	[LF_SHOW] = { "toon", "Toon", FT_CHOICE, 10, false, shows },
};
static const struct form list_form = FORM(list_fields);

enum { PF_DATE, PF__MAX };
static const struct field place_fields[PF__MAX] = {
	[PF_DATE] = { "placed_on", "Datum van plaatsing", FT_DATE, 10, true,
	    NULL },
};
static const struct form place_form = FORM(place_fields);

enum { CF_NUMBER, CF_CODE, CF__MAX };
static const struct field check_fields[CF__MAX] = {
	[CF_NUMBER] = { "number", "TLV-nummer", FT_TEXT, 20, true, NULL },
	[CF_CODE] = { "code", "Controlecode", FT_TEXT, 30, true, NULL },
};
static const struct form check_form = FORM(check_fields);

static void
labels(struct dbres *res)
{
	size_t i;

	for (i = 0; i < res->nrows; i++) {
		db_set(res, i, "kind", tlv_kind_label(db_val(res, i, "kind")));
		db_set(res, i, "category",
		    tlv_category_label(db_val(res, i, "category")));
	}
}

static int
tlv_list(struct req *r)
{
	struct dbres res;
	int show = r->f[LF_SHOW].set ? (int)r->f[LF_SHOW].i : 0;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT t.id, t.number, t.kind,"
	    " t.category, DATE_FORMAT(t.start_date, '%d-%m-%Y') AS start_date,"
	    " DATE_FORMAT(t.end_date, '%d-%m-%Y') AS end_date,"
	    " " DOSSIER_PUPIL_NAME " AS pupil,"
	    " DATE_FORMAT(d.pupil_birth_date, '%d-%m-%Y') AS birth_date,"
	    " o.name AS school, DATE_FORMAT(x.placed_on, '%d-%m-%Y')"
	    " AS placed_on FROM tlv_receivers x"
	    " JOIN tlv_decisions t ON t.id = x.decision_id"
	    " JOIN dossiers d ON d.id = t.dossier_id"
	    " JOIN organisations o ON o.id = x.school_id"
	    " WHERE" ADDRESSED " AND t.outcome = 'toegekend'"
	    " AND (? = 2 OR (? = 0) = (x.placed_on IS NULL))"
	    " ORDER BY t.decided_at DESC, t.id DESC LIMIT 500",
	    DB_INT(r->user.id), DB_INT(show), DB_INT(show)) != 0)
		return 500;
	labels(&res);
	req_set_rows(r, "Tlvs", &res);
	form_value(r, "toon", shows[show]);
	req_set(r, "Page.title", "Toelaatbaarheidsverklaringen");
	return req_page(r, "tlv/list.cs");
}

/*
 * One TLV addressed to this user's school, or 404: another school's TLV
 * is not told apart from one that does not exist.
 */
static int
tlv_load(struct req *r, long long id, struct dbres *res)
{
	if (DB_QUERY(r->db, r->arena, res, "SELECT t.id, t.number, t.kind,"
	    " t.category, t.start_date AS start_iso, t.end_date AS end_iso,"
	    " DATE_FORMAT(t.start_date, '%d-%m-%Y') AS start_date,"
	    " DATE_FORMAT(t.end_date, '%d-%m-%Y') AS end_date,"
	    " t.decided_at, t.dossier_id, d.pupil_id,"
	    " " DOSSIER_PUPIL_NAME " AS pupil,"
	    " DATE_FORMAT(d.pupil_birth_date, '%d-%m-%Y') AS birth_date,"
	    " s.name AS from_school, x.id AS receiver_id, x.school_id,"
	    " o.name AS school, DATE_FORMAT(x.placed_on, '%d-%m-%Y')"
	    " AS placed_on, x.placed_at, u.name AS placed_by,"
	    " (SELECT COUNT(*) FROM tlv_receivers y WHERE y.decision_id = t.id"
	    "  AND y.id <> x.id AND y.placed_on IS NOT NULL) AS placed_elsewhere"
	    " FROM tlv_receivers x"
	    " JOIN tlv_decisions t ON t.id = x.decision_id"
	    " JOIN dossiers d ON d.id = t.dossier_id"
	    " JOIN organisations s ON s.id = d.school_id"
	    " JOIN organisations o ON o.id = x.school_id"
	    " LEFT JOIN users u ON u.id = x.placed_by"
	    " WHERE t.id = ? AND" ADDRESSED " AND t.outcome = 'toegekend'"
	    " ORDER BY x.id LIMIT 1", DB_INT(id), DB_INT(r->user.id)) != 0)
		return 500;
	if (res->nrows == 0) {
		log_warn("user %lld asked for TLV %lld, not addressed to them",
		    r->user.id, id);
		return 404;
	}
	return 0;
}

static int
logged(struct req *r, const struct dbres *res, const char *action)
{
	return audit_access(r, action, ROLE_RECEIVING, db_int(res, 0,
	    "school_id"), db_int(res, 0, "pupil_id"), db_int(res, 0,
	    "dossier_id"), "tlv", db_int(res, 0, "id"));
}

static int
tlv_page(struct req *r)
{
	struct dbres res;
	int st;

	if ((st = tlv_load(r, r->args.id[0], &res)) != 0)
		return st;
	if (logged(r, &res, "view") != 0)
		return 500;
	if (r->method == METHOD_POST)
		r->keep = true;		/* the refused form was a view too */
	list_times(r, &res, "decided_at");
	list_times(r, &res, "placed_at");
	labels(&res);
	req_set_columns(r, "Tlv", &res, NULL);
	req_set(r, "Page.title", arena_printf(r->arena, "%s – %s",
	    db_val(&res, 0, "number"), db_val(&res, 0, "pupil")));
	return req_page(r, "tlv/tlv.cs");
}

static int
tlv_pdf(struct req *r)
{
	struct dbres res;
	int st;

	if ((st = tlv_load(r, r->args.id[0], &res)) != 0)
		return st;
	if (logged(r, &res, "download") != 0)
		return 500;
	return tlv_document_send(r, db_int(&res, 0, "id"), "tlv",
	    arena_printf(r->arena, "%s.pdf", db_val(&res, 0, "number")));
}

/* The school confirms the pupil's place, once, within the TLV's period. */
static int
tlv_place(struct req *r)
{
	struct dbres res, other;
	const char *on = r->f[PF_DATE].s;
	unsigned long long n;
	int st;

	if ((st = tlv_load(r, r->args.id[0], &res)) != 0)
		return st;
	if (db_val(&res, 0, "placed_on") != NULL)
		return req_redirectf(r, "/tlv/%lld?m=geplaatst",
		    db_int(&res, 0, "id"));
	/* Locks the TLV's receivers: two schools confirming at once are
	 * one after the other, and the second sees the first. */
	if (DB_QUERY(r->db, r->arena, &other, "SELECT COUNT(*) AS n FROM"
	    " tlv_receivers WHERE decision_id = ? AND id <> ?"
	    " AND placed_on IS NOT NULL FOR UPDATE", DB_INT(db_int(&res, 0,
	    "id")), DB_INT(db_int(&res, 0, "receiver_id"))) != 0)
		return 500;
	if (db_int(&other, 0, "n") > 0)
		form_error(r, "placed_on", "Een andere school heeft de plaatsing "
		    "van deze leerling al bevestigd. Neem contact op met het "
		    "samenwerkingsverband.");
	else if (strcmp(on, db_val(&res, 0, "start_iso")) < 0 ||
	    strcmp(on, db_val(&res, 0, "end_iso")) > 0)
		form_error(r, "placed_on", arena_printf(r->arena, "De plaatsing "
		    "valt binnen de geldigheid van de TLV: van %s tot en met %s.",
		    db_val(&res, 0, "start_date"), db_val(&res, 0, "end_date")));
	if (r->nerrors > 0)
		return req_invalid(r);
	if (DB_EXEC(r->db, &n, NULL, "UPDATE tlv_receivers SET placed_on = ?,"
	    " placed_by = ?, placed_at = UTC_TIMESTAMP(), updated_at ="
	    " UTC_TIMESTAMP() WHERE id = ? AND placed_on IS NULL", DB_STR(on),
	    DB_INT(r->user.id), DB_INT(db_int(&res, 0, "receiver_id"))) != 0)
		return 500;
	if (n == 0)		/* the second click of a double click */
		return req_redirectf(r, "/tlv/%lld?m=geplaatst",
		    db_int(&res, 0, "id"));
	if (dossier_event(r, db_int(&res, 0, "dossier_id"), "placement",
	    arena_printf(r->arena, "Plaatsing bevestigd door %s, per "
	    "%.2s-%.2s-%.4s", db_val(&res, 0, "school"), on + 8, on + 5, on),
	    NULL) != 0 || logged(r, &res, "placement") != 0)
		return 500;
	return req_redirectf(r, "/tlv/%lld?m=geplaatst", db_int(&res, 0, "id"));
}

static int
check_page(struct req *r)
{
	req_set(r, "Page.title", "Een toelaatbaarheidsverklaring controleren");
	return req_page(r, "tlv/check.cs");
}

/* "tlv-2026-12" as TLV-2026-00012; false when it cannot be a number. */
static bool
number_norm(struct req *r, const char *in, const char **out)
{
	int year, n, used = 0;

	if (strncasecmp(in, "TLV-", 4) != 0 ||
	    sscanf(in + 4, "%4d-%6d%n", &year, &n, &used) != 2 ||
	    in[4 + used] != '\0' || year < 2000 || n < 1 || n > 99999)
		return false;
	*out = arena_printf(r->arena, "TLV-%04d-%05d", year, n);
	return true;
}

/*
 * Real, and valid today? Nothing else: not the pupil, not the school. A
 * wrong code and an unknown number get the same answer.
 */
static int
check(struct req *r)
{
	unsigned char md[SHA256_LEN];
	char code[TLV_CODE_LEN + 1], today[11];
	const char *number = NULL, *start, *end;
	struct dbres res;

	if (!number_norm(r, r->f[CF_NUMBER].s, &number))
		form_error(r, "number", "Vul het nummer in zoals het op de "
		    "verklaring staat, bijvoorbeeld TLV-2026-00012.");
	if (!tlv_code_norm(r->f[CF_CODE].s, code))
		form_error(r, "code", "Vul de controlecode in zoals die op de "
		    "verklaring staat: twaalf letters en cijfers, bijvoorbeeld "
		    "7K3M-Q9TX-H2WD.");
	if (r->nerrors > 0)
		return req_invalid(r);
	if (DB_QUERY(r->db, r->arena, &res, "SELECT t.id, t.dossier_id,"
	    " d.pupil_id, t.start_date, t.end_date,"
	    " DATE_FORMAT(t.start_date, '%d-%m-%Y') AS start_nl,"
	    " DATE_FORMAT(t.end_date, '%d-%m-%Y') AS end_nl, c.verify_hash"
	    " FROM tlv_decisions t JOIN tlv_documents c ON c.decision_id = t.id"
	    " AND c.kind = 'tlv' JOIN dossiers d ON d.id = t.dossier_id"
	    " WHERE t.number = ?", DB_STR(number)) != 0)
		return 500;
	crypto_sha256(code, strlen(code), md);
	if (res.nrows == 0 || db_len(&res, 0, "verify_hash") != SHA256_LEN ||
	    !crypto_equal(db_val(&res, 0, "verify_hash"), md, SHA256_LEN)) {
		log_warn("tlv check: no match for %s", number);
		form_error(r, "code", "Dit nummer en deze controlecode horen niet "
		    "bij een toelaatbaarheidsverklaring van ons. Controleer of u "
		    "ze goed hebt overgenomen.");
		return req_invalid(r);
	}
	if (audit_public(r, "verify", db_int(&res, 0, "pupil_id"),
	    db_int(&res, 0, "dossier_id"), "tlv", db_int(&res, 0, "id")) != 0 ||
	    when_date(0, today, sizeof(today)) != 0)
		return 500;
	start = db_val(&res, 0, "start_date");
	end = db_val(&res, 0, "end_date");
	req_set(r, "Check.number", number);
	req_set(r, "Check.start", db_val(&res, 0, "start_nl"));
	req_set(r, "Check.end", db_val(&res, 0, "end_nl"));
	req_set(r, "Check.status", strcmp(today, start) < 0 ? "later" :
	    strcmp(today, end) > 0 ? "verlopen" : "geldig");
	return check_page(r);
}

static const struct route routes[] = {
	{ METHOD_GET, "/tlv", tlv_list, PERM_RECEIVING, &list_form, NULL },
	{ METHOD_GET, "/tlv/controle", check_page, PERM_PUBLIC, NULL, NULL },
	{ METHOD_POST, "/tlv/controle", check, PERM_PUBLIC, &check_form,
	    check_page },
	{ METHOD_GET, "/tlv/%d", tlv_page, PERM_RECEIVING, NULL, NULL },
	{ METHOD_GET, "/tlv/%d/tlv.pdf", tlv_pdf, PERM_RECEIVING, NULL, NULL },
	{ METHOD_POST, "/tlv/%d/plaatsing", tlv_place, PERM_RECEIVING,
	    &place_form, tlv_page },
};

int
main(int argc, char **argv)
{
	static const struct app app = {
		"passend-tlv", routes, sizeof(routes) / sizeof(routes[0])
	};

	return app_main(argc, argv, &app);
}
