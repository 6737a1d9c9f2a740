#include <string.h>
#include <time.h>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "dossier.h"
#include "log.h"
#include "tlv.h"
#include "tlvdoc.h"
#include "when.h"

/*
 * A stored TLV or decision letter, sent only as it was issued: a PDF
 * whose bytes no longer match their hash is never sent. 404 when the
 * decision has no such document.
 */
int
tlv_document_send(struct req *r, long long decision_id, const char *kind,
    const char *name)
{
	struct dbres res;
	unsigned char md[SHA256_LEN];
	char hex[2 * SHA256_LEN + 1];
	const char *pdf;
	size_t len;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT id, pdf, sha256 FROM"
	    " tlv_documents WHERE decision_id = ? AND kind = ?",
	    DB_INT(decision_id), DB_STR(kind)) != 0)
		return 500;
	if (res.nrows == 0)
		return 404;
	pdf = db_val(&res, 0, "pdf");
	len = db_len(&res, 0, "pdf");
	crypto_sha256(pdf, len, md);
	hex_encode(md, SHA256_LEN, hex);
	if (strcmp(hex, db_val(&res, 0, "sha256")) != 0) {
		log_error("tlv document %lld: its hash does not match",
		    db_int(&res, 0, "id"));
		return 500;
	}
	return req_attachment(r, "application/pdf", pdf, len, name);
}

/* The local day of a UTC time, as YYYY-MM-DD. */
static const char *
local_day(struct arena *a, const char *utc)
{
	struct tm tm;
	char day[11];

	if (when_local_tm(utc, &tm) != 0 ||
	    strftime(day, sizeof(day), "%Y-%m-%d", &tm) == 0)
		return utc;
	return arena_strdup(a, day);
}

/* The SWV's name, address and logo: the organisation the page header names. */
static int
letterhead(struct db *db, struct arena *a, struct tlv_doc *t)
{
	struct dbres res;

	if (DB_QUERY(db, a, &res, "SELECT name, street, CONCAT_WS('  ',"
	    " postcode, city) AS place, city, email, phone, logo, logo_type"
	    " FROM organisations WHERE type = 'swv' ORDER BY id LIMIT 1") != 0)
		return -1;
	if (res.nrows == 0) {
		t->swv_name = config_str("Site.Name", "Passend");
		return 0;
	}
	t->swv_name = db_val(&res, 0, "name");
	t->swv_lines[0] = db_val(&res, 0, "street");
	t->swv_lines[1] = db_val(&res, 0, "place");
	t->swv_lines[2] = db_val(&res, 0, "email");
	t->swv_lines[3] = db_val(&res, 0, "phone");
	t->swv_city = db_val(&res, 0, "city");
	t->logo = db_val(&res, 0, "logo");
	t->logolen = db_len(&res, 0, "logo");
	t->logotype = db_val(&res, 0, "logo_type");
	if (t->logotype == NULL)
		t->logo = NULL;
	return 0;
}

static int
store(struct db *db, long long decision_id, const char *kind,
    const unsigned char *pdf, size_t len, const char *code)
{
	unsigned char md[SHA256_LEN], vh[SHA256_LEN];
	char hex[2 * SHA256_LEN + 1];

	crypto_sha256(pdf, len, md);
	hex_encode(md, SHA256_LEN, hex);
	if (code != NULL)
		crypto_sha256(code, strlen(code), vh);
	return DB_EXEC(db, NULL, NULL, "INSERT INTO tlv_documents (decision_id,"
	    " kind, pdf, size, sha256, verify_hash, created_at) VALUES (?, ?, ?,"
	    " ?, ?, ?, UTC_TIMESTAMP())", DB_INT(decision_id), DB_STR(kind),
	    DB_BIN(pdf, len), DB_INT((long long)len), DB_STR(hex),
	    code != NULL ? DB_BIN(vh, SHA256_LEN) : DB_NULL);
}

/*
 * The TLV (when issued) and the decision letter with both signed
 * advices, rendered from what the decision stored and kept for good.
 * Runs in the decision's transaction.
 */
int
tlv_documents_make(struct db *db, struct arena *a, long long decision_id)
{
	struct tlv_doc t = { 0 };
	struct dbres res, adv, rec;
	char code[TLV_CODE_LEN + 1];
	unsigned char *pdf;
	size_t len, i;

	if (DB_QUERY(db, a, &res, "SELECT t.dossier_id, t.outcome, t.number,"
	    " t.kind, t.category, t.start_date, t.end_date, t.duration_reason,"
	    " t.category_reason, t.refusal_reason, t.decided_at,"
	    " u.name AS decided_by, " DOSSIER_PUPIL_NAME " AS pupil,"
	    " d.pupil_birth_date, s.name AS school, e.number AS extends"
	    " FROM tlv_decisions t JOIN users u ON u.id = t.decided_by"
	    " JOIN dossiers d ON d.id = t.dossier_id"
	    " LEFT JOIN tlv_decisions e ON e.id = d.extends_decision_id"
	    " JOIN organisations s ON s.id = d.school_id WHERE t.id = ?",
	    DB_INT(decision_id)) != 0 || res.nrows != 1)
		return -1;
	if (letterhead(db, a, &t) != 0 ||
	    DB_QUERY(db, a, &adv, "SELECT a.profession, a.signed_at, a.body,"
	    " u.name FROM advices a JOIN users u ON u.id = a.user_id"
	    " WHERE a.dossier_id = ? AND a.signed_at IS NOT NULL"
	    " ORDER BY a.slot", DB_INT(db_int(&res, 0, "dossier_id"))) != 0 ||
	    DB_QUERY(db, a, &rec, "SELECT GROUP_CONCAT(o.name ORDER BY o.name"
	    " SEPARATOR '; ') AS names FROM tlv_receivers x"
	    " JOIN organisations o ON o.id = x.school_id"
	    " WHERE x.decision_id = ?", DB_INT(decision_id)) != 0)
		return -1;
	t.issued = strcmp(db_val(&res, 0, "outcome"), "toegekend") == 0;
	t.number = db_val(&res, 0, "number");
	t.check_url = arena_printf(a, "%s/tlv/controle",
	    config_str("Site.BaseURL", ""));
	t.pupil = db_val(&res, 0, "pupil");
	t.birth_date = db_val(&res, 0, "pupil_birth_date");
	t.school = db_val(&res, 0, "school");
	t.kind = db_val(&res, 0, "kind");
	t.category = db_val(&res, 0, "category");
	t.start = db_val(&res, 0, "start_date");
	t.end = db_val(&res, 0, "end_date");
	t.duration_reason = db_val(&res, 0, "duration_reason");
	t.category_reason = db_val(&res, 0, "category_reason");
	t.refusal_reason = db_val(&res, 0, "refusal_reason");
	t.receivers = db_val(&rec, 0, "names");
	t.extends = db_val(&res, 0, "extends");
	t.decided_by = db_val(&res, 0, "decided_by");
	t.decided_on = local_day(a, db_val(&res, 0, "decided_at"));
	for (i = 0; i < adv.nrows && i < 2; i++)
		t.advices[i] = (struct tlv_advice){ db_val(&adv, i, "name"),
		    profession_label(db_val(&adv, i, "profession")),
		    local_day(a, db_val(&adv, i, "signed_at")),
		    db_val(&adv, i, "body") };
	if (t.issued) {
		if (tlv_code_new(code) != 0)
			return -1;
		t.code = code;
		if (tlvdoc_tlv(a, &t, &pdf, &len) != 0 ||
		    store(db, decision_id, "tlv", pdf, len, code) != 0)
			return -1;
	}
	if (tlvdoc_letter(a, &t, &pdf, &len) != 0 ||
	    store(db, decision_id, "letter", pdf, len, NULL) != 0)
		return -1;
	return 0;
}
