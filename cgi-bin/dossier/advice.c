/*
 * The two advices a TLV needs, and who may not give them. Each adviser
 * writes their own on a page of its own and signs it; a signed advice
 * is final. An adviser sees the other advice only after signing their
 * own, so that the two stay independent. SWV staff mark the experts
 * involved with a pupil, who then advise on none of its dossiers.
 */
#include <string.h>

#include "form.h"
#include "pages.h"

#define B(x)	(1u << (x))

static const char *const advice_actions[] = { "opslaan", "ondertekenen",
    NULL };
enum { AD_BODY, AD_ACTION, AD_VERSION, AD__MAX };
static const struct field advice_fields[AD__MAX] = {
	[AD_BODY] = { "body", "Advies", FT_TEXTAREA, 20000, true, NULL },
	[AD_ACTION] = { "action", "Actie", FT_CHOICE, 20, true,
	    advice_actions },
	[AD_VERSION] = { "version", "Versie", FT_ID, 10, false, NULL },
};
const struct form advice_form = FORM(advice_fields);

enum { IN_USER, IN__MAX };
static const struct field involve_fields[IN__MAX] = {
	[IN_USER] = { "involved_id", "Deskundige", FT_ID, 20, true, NULL },
};
const struct form involve_form = FORM(involve_fields);

/* 1 or 2: the advice this user writes on the dossier, or 0. */
static int
my_slot(const struct dossier *d)
{
	return (d->assigned & B(ASSIGN_ADVISER1)) ? 1 :
	    (d->assigned & B(ASSIGN_ADVISER2)) ? 2 : 0;
}

static int
advices_load(struct req *r, const struct dossier *d, struct dbres *res)
{
	return DB_QUERY(r->db, r->arena, res, "SELECT a.slot, a.user_id,"
	    " a.body, a.profession, a.signed_at, a.version, u.name,"
	    " EXISTS (SELECT 1 FROM pupil_involvements i"
	    "  WHERE i.pupil_id = ? AND i.user_id = a.user_id) AS involved"
	    " FROM advices a JOIN users u ON u.id = a.user_id"
	    " WHERE a.dossier_id = ? ORDER BY a.slot", DB_INT(d->pupil_id),
	    DB_INT(d->id));
}

static long long
row_of(const struct dbres *res, int slot)
{
	size_t i;

	for (i = 0; i < res->nrows; i++)
		if (db_int(res, i, "slot") == slot)
			return (long long)i;
	return -1;
}

static bool
signed_row(const struct dbres *res, long long row)
{
	return row >= 0 && db_val(res, (size_t)row, "signed_at") != NULL;
}

/*
 * The dossier page's "Adviezen": staff and deciders see both, the
 * school once the decision is taken, an adviser the other's only after
 * signing their own. Unsigned text stays its author's.
 */
int
advices_hdf(struct req *r, const struct dossier *d)
{
	const struct wf_state *st = trajdef_state(d->def, d->state);
	struct dbres res = { 0 };
	int slot, mine = my_slot(d);
	bool all = (d->roles & (B(ROLE_SWV) | B(ROLE_DECIDER))) != 0 ||
	    (st != NULL && st->final);
	long long row;

	if (!trajdef_uses_advices(d->def))
		return 0;
	if (d->nadvices > 0 && advices_load(r, d, &res) != 0)
		return -1;
	req_set_int(r, "Advice.used", 1);
	req_set_int(r, "Advice.mine", mine);
	for (slot = 1; slot <= 2; slot++) {
		HDF *n = req_node(r, NULL, "Advices.%d", slot);

		row = row_of(&res, slot);
		node_set_int(n, "slot", slot);
		if (!signed_row(&res, row))
			continue;
		node_set(n, "name", db_val(&res, (size_t)row, "name"));
		node_set(n, "profession", profession_label(db_val(&res,
		    (size_t)row, "profession")));
		node_set(n, "signed_at", list_time(r, db_val(&res, (size_t)row,
		    "signed_at")));
		if (all || (mine != 0 && signed_row(&res, row_of(&res, mine))))
			node_set(n, "body", db_val(&res, (size_t)row, "body"));
	}
	return 0;
}

/* Both advisers assigned: what "advisers" asks of a step. */
int
advisers_check(struct req *r, const struct dossier *d)
{
	struct dbres res;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT COUNT(DISTINCT role) AS n"
	    " FROM dossier_assignments WHERE dossier_id = ?"
	    " AND role IN ('adviser1', 'adviser2')", DB_INT(d->id)) != 0)
		return -1;
	if (db_int(&res, 0, "n") == 2)
		return 1;
	form_error_label(r, "user_id", "", "Wijs eerst de twee adviserende "
	    "deskundigen toe: een eerste en een tweede.");
	return 0;
}

/*
 * What "advices" asks of a step: two signed advices by two experts of
 * the right professions, neither involved with the pupil, and neither
 * the one who takes the step (the decider never advised).
 */
int
advices_check(struct req *r, const struct dossier *d)
{
	struct dbres res;
	long long one, two;
	const char *msg = NULL;

	if (advices_load(r, d, &res) != 0)
		return -1;
	one = row_of(&res, 1);
	two = row_of(&res, 2);
	if (!signed_row(&res, one) || !signed_row(&res, two))
		msg = "Er zijn nog geen twee ondertekende adviezen.";
	else if (db_int(&res, (size_t)one, "user_id") == r->user.id ||
	    db_int(&res, (size_t)two, "user_id") == r->user.id)
		msg = "U heeft in dit dossier geadviseerd en kunt daarom deze "
		    "stap niet zetten.";
	else if (db_int(&res, (size_t)one, "user_id") ==
	    db_int(&res, (size_t)two, "user_id"))
		msg = "De twee adviezen moeten van verschillende deskundigen "
		    "komen.";
	else if (db_int(&res, (size_t)one, "involved") ||
	    db_int(&res, (size_t)two, "involved"))
		msg = "Een adviserende deskundige is betrokken bij de "
		    "begeleiding van deze leerling. Laat een andere deskundige "
		    "adviseren.";
	else if (!profession_may_advise(ASSIGN_ADVISER1, db_val(&res,
	    (size_t)one, "profession")) || !profession_may_advise(
	    ASSIGN_ADVISER2, db_val(&res, (size_t)two, "profession")))
		msg = "Een advies is gegeven door een deskundige van een beroep "
		    "dat dit advies niet mag geven.";
	if (msg == NULL)
		return 1;
	form_error_label(r, "step", "", msg);
	return 0;
}

int
advice_page(struct req *r)
{
	struct dossier d;
	struct dbres res;
	long long row;
	int st, slot;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if ((slot = my_slot(&d)) == 0)
		return req_redirectf(r, "/dossiers/%lld", d.id);
	if (advices_load(r, &d, &res) != 0 ||
	    dossier_viewed(r, &d) != 0)
		return 500;
	row = row_of(&res, slot);
	if (row >= 0 && db_int(&res, (size_t)row, "user_id") != r->user.id)
		row = -1;	/* a former adviser's: not this user's to see */
	req_set_int(r, "Dossier.id", d.id);
	req_set(r, "Dossier.type", d.type_name);
	req_set(r, "Dossier.pupil", d.pupil_name);
	req_set_int(r, "Advice.slot", slot);
	req_set(r, "Advice.profession", profession_label(r->user.profession));
	req_set_int(r, "Advice.may_sign",
	    profession_may_advise(slot == 1 ? ASSIGN_ADVISER1 :
	    ASSIGN_ADVISER2, r->user.profession));
	if (row >= 0) {
		form_value(r, "body", db_val(&res, (size_t)row, "body"));
		form_value(r, "version", db_val(&res, (size_t)row, "version"));
		if (signed_row(&res, row)) {
			req_set(r, "Advice.signed_at", list_time(r,
			    db_val(&res, (size_t)row, "signed_at")));
			req_set(r, "Advice.body", db_val(&res, (size_t)row,
			    "body"));
		}
	}
	req_set(r, "Page.title", arena_printf(r->arena, "Advies – %s",
	    d.pupil_name));
	return req_page(r, "dossier/advice.cs");
}

/* Saves the draft, or signs it: then it is final, with the profession. */
int
advice_save(struct req *r)
{
	const struct wf_state *state;
	struct dossier d;
	struct dbres cur;
	unsigned long long n;
	bool sign = r->f[AD_ACTION].i == 1;
	int st, slot;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if ((slot = my_slot(&d)) == 0)
		return 403;
	state = trajdef_state(d.def, d.state);
	if (state == NULL || state->final) {
		form_error(r, "body", "Dit dossier is afgerond: het advies kan "
		    "niet meer veranderen.");
		return req_invalid(r);
	}
	if (sign && !profession_may_advise(slot == 1 ? ASSIGN_ADVISER1 :
	    ASSIGN_ADVISER2, r->user.profession)) {
		form_error(r, "body", profession_rule(slot == 1 ?
		    ASSIGN_ADVISER1 : ASSIGN_ADVISER2));
		return req_invalid(r);
	}
	if (DB_QUERY(r->db, r->arena, &cur, "SELECT user_id, version,"
	    " signed_at FROM advices WHERE dossier_id = ? AND slot = ?"
	    " FOR UPDATE", DB_INT(d.id), DB_INT(slot)) != 0)
		return 500;
	if (cur.nrows == 0) {
		if (DB_EXEC(r->db, NULL, NULL, "INSERT INTO advices (dossier_id,"
		    " slot, user_id, body, profession, signed_at, created_at,"
		    " updated_at) VALUES (?, ?, ?, ?, ?, IF(?, UTC_TIMESTAMP(),"
		    " NULL), UTC_TIMESTAMP(), UTC_TIMESTAMP())", DB_INT(d.id),
		    DB_INT(slot), DB_INT(r->user.id), DB_STR(r->f[AD_BODY].s),
		    sign ? DB_STR(r->user.profession) : DB_NULL,
		    DB_INT(sign)) != 0)
			return r->db->err == DB_ERR_DUPLICATE ?
			    req_conflict(r, "body", "dit advies", "") : 500;
	} else {
		if (db_int(&cur, 0, "user_id") != r->user.id)
			return 403;	/* the slot's advice is someone else's */
		if (db_val(&cur, 0, "signed_at") != NULL)
			return req_redirectf(r, "/dossiers/%lld/advies", d.id);
		if (DB_EXEC(r->db, &n, NULL, "UPDATE advices SET body = ?,"
		    " profession = ?, signed_at = IF(?, UTC_TIMESTAMP(), NULL),"
		    " version = version + 1, updated_at = UTC_TIMESTAMP()"
		    " WHERE dossier_id = ? AND slot = ? AND version = ?",
		    DB_STR(r->f[AD_BODY].s), sign ? DB_STR(r->user.profession) :
		    DB_NULL, DB_INT(sign), DB_INT(d.id), DB_INT(slot),
		    DB_INT(r->f[AD_VERSION].i)) != 0)
			return 500;
		if (n == 0)
			return req_conflict(r, "body", "dit advies",
			    db_val(&cur, 0, "version"));
	}
	if ((sign && dossier_event(r, d.id, "advice", arena_printf(r->arena,
	    "Advies %d ondertekend door %s, %s", slot, r->user.name,
	    profession_label(r->user.profession)), NULL) != 0) ||
	    dossier_access(r, &d, sign ? "sign" : "update", "advice",
	    slot) != 0)
		return 500;
	if (sign)
		return req_redirectf(r, "/dossiers/%lld?m=ondertekend#adviezen",
		    d.id);
	return req_redirectf(r, "/dossiers/%lld/advies?m=opgeslagen", d.id);
}

/* Experts involved with the pupil, on the dossier page (staff). */
int
involvements_hdf(struct req *r, const struct dossier *d)
{
	struct dbres res;

	if (!trajdef_uses_advices(d->def))
		return 0;
	if (DB_QUERY(r->db, r->arena, &res, "SELECT i.id, u.name,"
	    " u.profession FROM pupil_involvements i JOIN users u"
	    " ON u.id = i.user_id WHERE i.pupil_id = ? ORDER BY u.name",
	    DB_INT(d->pupil_id)) != 0)
		return -1;
	dossier_profession_labels(&res);
	req_set_rows(r, "Involved", &res);
	return 0;
}

int
involvement_add(struct req *r)
{
	struct dossier d;
	struct dbres u;
	long long uid = r->f[IN_USER].i;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (DB_QUERY(r->db, r->arena, &u, "SELECT u.name FROM users u"
	    " WHERE u.id = ? AND EXISTS (SELECT 1 FROM role_assignments ra"
	    " WHERE ra.user_id = u.id AND ra.role = 'deskundige')",
	    DB_INT(uid)) != 0)
		return 500;
	if (u.nrows != 1) {
		form_error(r, "involved_id", "Kies een deskundige.");
		return req_invalid(r);
	}
	if (DB_EXEC(r->db, NULL, NULL, "INSERT INTO pupil_involvements"
	    " (pupil_id, user_id, created_by, created_at, updated_at)"
	    " VALUES (?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_INT(d.pupil_id), DB_INT(uid), DB_INT(r->user.id)) != 0) {
		if (r->db->err != DB_ERR_DUPLICATE)
			return 500;
		form_error(r, "involved_id", "Deze deskundige staat al als "
		    "betrokken bij deze leerling.");
		return req_invalid(r);
	}
	if (dossier_event(r, d.id, "assigned", arena_printf(r->arena,
	    "%s gemarkeerd als betrokken bij de leerling", db_val(&u, 0,
	    "name")), NULL) != 0 ||
	    dossier_access(r, &d, "involve", "user", uid) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=betrokken#adviezen", d.id);
}

int
involvement_remove(struct req *r)
{
	struct dossier d;
	struct dbres u;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (DB_QUERY(r->db, r->arena, &u, "SELECT i.user_id, u.name"
	    " FROM pupil_involvements i JOIN users u ON u.id = i.user_id"
	    " WHERE i.id = ? AND i.pupil_id = ?", DB_INT(r->args.id[1]),
	    DB_INT(d.pupil_id)) != 0)
		return 500;
	if (u.nrows != 1)
		return req_redirectf(r, "/dossiers/%lld", d.id);
	if (DB_EXEC(r->db, NULL, NULL, "DELETE FROM pupil_involvements"
	    " WHERE id = ?", DB_INT(r->args.id[1])) != 0 ||
	    dossier_event(r, d.id, "unassigned", arena_printf(r->arena,
	    "%s niet langer gemarkeerd als betrokken bij de leerling",
	    db_val(&u, 0, "name")), NULL) != 0 ||
	    dossier_access(r, &d, "uninvolve", "user",
	    db_int(&u, 0, "user_id")) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=verwijderd#adviezen", d.id);
}
