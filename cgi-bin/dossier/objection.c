/*
 * Objections (bezwaar) against a TLV decision, registered by SWV staff,
 * with the deadlines the law sets: filed within 6 weeks of the decision
 * (later is flagged, not refused: the SWV decides on that), the LBT
 * asked for advice within 2 weeks of receipt unless the objection is
 * granted in full, and the decision on it 12 weeks after the objection
 * period. The due dates are fixed when the objection is registered.
 */
#include <string.h>

#include "form.h"
#include "pages.h"

#define B(x)	(1u << (x))

#define FILE_DAYS	42	/* 6 weeks to object */
#define LBT_DAYS	14	/* 2 weeks to ask the LBT */
#define DECIDE_DAYS	84	/* 12 weeks after the objection period */

enum { OB_RECEIVED, OB_OBJECTOR, OB__MAX };
static const struct field objection_fields[OB__MAX] = {
	[OB_RECEIVED] = { "received_on", "Ontvangen op", FT_DATE, 10, true,
	    NULL },
	[OB_OBJECTOR] = { "objector", "Ingediend door", FT_TEXT, 200, true,
	    NULL },
};
const struct form objection_form = FORM(objection_fields);

enum { LB_ASKED, LB__MAX };
static const struct field lbt_fields[LB__MAX] = {
	[LB_ASKED] = { "lbt_asked_on", "LBT om advies gevraagd op", FT_DATE,
	    10, true, NULL },
};
const struct form lbt_form = FORM(lbt_fields);

static const char *const outcomes[] = { "gegrond", "deels_gegrond",
    "ongegrond", "niet_ontvankelijk", "ingetrokken", NULL };
static const char *const outcome_labels[] = { "gegrond (volledig)",
    "deels gegrond", "ongegrond", "niet-ontvankelijk", "ingetrokken" };
enum { OU_OUTCOME, OU_ON, OU__MAX };
static const struct field outcome_fields[OU__MAX] = {
	[OU_OUTCOME] = { "outcome", "Uitkomst", FT_CHOICE, 20, true, outcomes },
	[OU_ON] = { "outcome_on", "Datum", FT_DATE, 10, true, NULL },
};
const struct form outcome_form = FORM(outcome_fields);

int
objection_add(struct req *r)
{
	struct dossier d;
	struct dbres due;
	char day[11];
	const char *on = r->f[OB_RECEIVED].s;
	long long id;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if ((st = decision_day(r, &d, day, sizeof(day))) != 0)
		return st < 0 ? 500 : 404;
	form_check_past_day(r, "received_on", on, day, "het besluit");
	if (r->nerrors > 0)
		return req_invalid(r);
	if (DB_QUERY(r->db, r->arena, &due, "SELECT ? > ? + INTERVAL ? DAY"
	    " AS late, DATE_FORMAT(? + INTERVAL ? DAY, '%d-%m-%Y') AS last_day",
	    DB_STR(on), DB_STR(day), DB_INT(FILE_DAYS), DB_STR(day),
	    DB_INT(FILE_DAYS)) != 0 ||
	    DB_EXEC(r->db, NULL, &id, "INSERT INTO tlv_objections (dossier_id,"
	    " received_on, objector, late, lbt_due_on, decide_due_on,"
	    " created_by, created_at, updated_at) VALUES (?, ?, ?, ?,"
	    " ? + INTERVAL ? DAY, ? + INTERVAL ? DAY, ?, UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP())", DB_INT(d.id), DB_STR(on),
	    DB_STR(r->f[OB_OBJECTOR].s), DB_INT(db_int(&due, 0, "late")),
	    DB_STR(on), DB_INT(LBT_DAYS), DB_STR(day),
	    DB_INT(FILE_DAYS + DECIDE_DAYS), DB_INT(r->user.id)) != 0 ||
	    dossier_event(r, d.id, "objection", db_int(&due, 0, "late") ?
	    arena_printf(r->arena, "Bezwaar ontvangen, na de termijn (die "
	    "liep tot en met %s)", db_val(&due, 0, "last_day")) :
	    "Bezwaar ontvangen", NULL) != 0 ||
	    dossier_access(r, &d, "objection", "objection", id) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=bezwaar#bezwaar", d.id);
}

/* The objection of this dossier in the path, still open, or 0 rows. */
static int
open_objection(struct req *r, const struct dossier *d, struct dbres *res)
{
	return DB_QUERY(r->db, r->arena, res, "SELECT id, received_on,"
	    " lbt_asked_on FROM tlv_objections WHERE id = ? AND dossier_id = ?"
	    " AND outcome IS NULL FOR UPDATE", DB_INT(r->args.id[1]),
	    DB_INT(d->id));
}

int
objection_lbt(struct req *r)
{
	struct dossier d;
	struct dbres ob;
	const char *on = r->f[LB_ASKED].s;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (open_objection(r, &d, &ob) != 0)
		return 500;
	if (ob.nrows != 1 || db_val(&ob, 0, "lbt_asked_on") != NULL)
		return req_redirectf(r, "/dossiers/%lld#bezwaar", d.id);
	form_check_past_day(r, "lbt_asked_on", on, db_val(&ob, 0, "received_on"),
	    "de ontvangst van het bezwaar");
	if (r->nerrors > 0)
		return req_invalid(r);
	if (DB_EXEC(r->db, NULL, NULL, "UPDATE tlv_objections SET"
	    " lbt_asked_on = ?, version = version + 1,"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ?", DB_STR(on),
	    DB_INT(db_int(&ob, 0, "id"))) != 0 ||
	    dossier_event(r, d.id, "objection", "LBT om advies gevraagd",
	    NULL) != 0 ||
	    dossier_access(r, &d, "objection_lbt", "objection",
	    db_int(&ob, 0, "id")) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=opgeslagen#bezwaar", d.id);
}

int
objection_outcome(struct req *r)
{
	struct dossier d;
	struct dbres ob;
	const char *on = r->f[OU_ON].s;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (open_objection(r, &d, &ob) != 0)
		return 500;
	if (ob.nrows != 1)
		return req_redirectf(r, "/dossiers/%lld#bezwaar", d.id);
	form_check_past_day(r, "outcome_on", on, db_val(&ob, 0, "received_on"),
	    "de ontvangst van het bezwaar");
	if (r->nerrors > 0)
		return req_invalid(r);
	if (DB_EXEC(r->db, NULL, NULL, "UPDATE tlv_objections SET outcome = ?,"
	    " outcome_on = ?, version = version + 1,"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ?",
	    DB_STR(r->f[OU_OUTCOME].s), DB_STR(on),
	    DB_INT(db_int(&ob, 0, "id"))) != 0 ||
	    dossier_event(r, d.id, "objection", arena_printf(r->arena,
	    "Bezwaar afgehandeld: %s", outcome_labels[r->f[OU_OUTCOME].i]),
	    NULL) != 0 ||
	    dossier_access(r, &d, "objection_outcome", "objection",
	    db_int(&ob, 0, "id")) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=opgeslagen#bezwaar", d.id);
}

/*
 * The objections on the dossier page, for SWV staff and deciders, with
 * what is due: the LBT's advice is not needed once granted in full.
 */
int
objections_hdf(struct req *r, const struct dossier *d)
{
	struct dbres res;
	size_t i;
	int k;

	if ((d->roles & (B(ROLE_SWV) | B(ROLE_DECIDER))) == 0 ||
	    d->ndecisions == 0)
		return 0;
	req_set_int(r, "Objection.staff", (d->roles & B(ROLE_SWV)) != 0);
	if (DB_QUERY(r->db, r->arena, &res, "SELECT id, objector, late,"
	    " DATE_FORMAT(received_on, '%d-%m-%Y') AS received_on,"
	    " DATE_FORMAT(lbt_due_on, '%d-%m-%Y') AS lbt_due_on,"
	    " DATE_FORMAT(decide_due_on, '%d-%m-%Y') AS decide_due_on,"
	    " DATE_FORMAT(lbt_asked_on, '%d-%m-%Y') AS lbt_asked_on,"
	    " lbt_asked_on > lbt_due_on AS lbt_late, outcome,"
	    " outcome AS outcome_key,"
	    " DATE_FORMAT(outcome_on, '%d-%m-%Y') AS outcome_on,"
	    " outcome_on > decide_due_on AS outcome_late"
	    " FROM tlv_objections WHERE dossier_id = ? ORDER BY id",
	    DB_INT(d->id)) != 0)
		return -1;
	for (i = 0; i < res.nrows; i++)
		for (k = 0; outcomes[k] != NULL; k++)
			if (db_val(&res, i, "outcome") != NULL &&
			    strcmp(db_val(&res, i, "outcome"), outcomes[k]) == 0)
				db_set(&res, i, "outcome", outcome_labels[k]);
	req_set_rows(r, "Objections", &res);
	for (k = 0; outcomes[k] != NULL; k++) {
		HDF *n = req_node(r, NULL, "Outcomes.%d", k);

		node_set(n, "key", outcomes[k]);
		node_set(n, "label", outcome_labels[k]);
	}
	return 0;
}
