/*
 * The decision on a TLV request: issued with its type, category, period,
 * reasons and intended schools, or refused with its reasons. It is the
 * only way to take a step with the "decision" check, so no TLV is issued
 * without what it must state. The step and the decision are one
 * transaction; the dossier's version makes a double click one decision.
 */
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "form.h"
#include "mail.h"
#include "pages.h"
#include "tlv.h"
#include "when.h"

#define B(x)	(1u << (x))

static const char *const outcomes[] = { "toekennen", "afwijzen", NULL };
static const char *const kinds[] = { "sbo", "so", "vso", NULL };
static const char *const kind_labels[] = { "SBO", "SO", "VSO" };
static const char *const categories[] = { "laag", "midden", "hoog", NULL };

enum { DC_OUTCOME, DC_KIND, DC_CATEGORY, DC_START, DC_END, DC_DURATION,
    DC_CATEGORY_REASON, DC_REFUSAL, DC_VERSION, DC__MAX };
static const struct field decision_fields[DC__MAX] = {
	[DC_OUTCOME] = { "outcome", "Besluit", FT_CHOICE, 20, true, outcomes },
	[DC_KIND] = { "kind", "Soort onderwijs", FT_CHOICE, 10, false, kinds },
	[DC_CATEGORY] = { "category", "Bekostigingscategorie", FT_CHOICE, 10,
	    false, categories },
	[DC_START] = { "start_date", "Ingangsdatum", FT_DATE, 10, false, NULL },
	[DC_END] = { "end_date", "Einddatum", FT_DATE, 10, false, NULL },
	[DC_DURATION] = { "duration_reason", "Motivering van de duur",
	    FT_TEXTAREA, 4000, false, NULL },
	[DC_CATEGORY_REASON] = { "category_reason",
	    "Motivering van de categorie", FT_TEXTAREA, 4000, false, NULL },
	[DC_REFUSAL] = { "refusal_reason", "Motivering van de afwijzing",
	    FT_TEXTAREA, 4000, false, NULL },
	[DC_VERSION] = { "version", "Versie", FT_ID, 10, true, NULL },
};
const struct form decision_form = FORM(decision_fields);

enum { PI_DATE, PI__MAX };
static const struct field informed_fields[PI__MAX] = {
	[PI_DATE] = { "informed_on", "Datum", FT_DATE, 10, true, NULL },
};
const struct form informed_form = FORM(informed_fields);

/* The decision steps this user may take from here: a key or NULL. */
static const struct wf_transition *
decision_step(const struct dossier *d, const char *key)
{
	size_t i;

	for (i = 0; i < d->def->ntransitions; i++) {
		const struct wf_transition *t = &d->def->transitions[i];

		if ((t->checks & B(WF_CHECK_DECISION)) &&
		    dossier_may_take(d, t) &&
		    (key == NULL || strcmp(t->key, key) == 0))
			return t;
	}
	return NULL;
}

/* Schools that receive TLV pupils: SBO, SO and VSO, inside or outside. */
static int
receivers(struct req *r, struct dbres *res)
{
	return DB_QUERY(r->db, r->arena, res, "SELECT id, name FROM"
	    " organisations WHERE type = 'school' AND active = 1"
	    " AND school_type IN ('sbo', 'so', 'vso') ORDER BY name");
}

/* The receiving schools as boxes, ticked as posted after an error. */
static int
receivers_hdf(struct req *r)
{
	struct dbres res;
	size_t i;

	if (receivers(r, &res) != 0)
		return -1;
	req_set_rows(r, "Receivers", &res);
	for (i = 0; i < res.nrows; i++)
		if (form_ticked(r, "ontvanger-", db_val(&res, i, "id")))
			req_set(r, arena_printf(r->arena, "Receivers.%zu.ticked",
			    i), "1");
	return 0;
}

int
decision_page(struct req *r)
{
	struct dossier d;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (decision_step(&d, NULL) == NULL)
		return req_redirectf(r, "/dossiers/%lld", d.id);
	if (dossier_viewed(r, &d) != 0 || advices_hdf(r, &d) != 0 ||
	    receivers_hdf(r) != 0)
		return 500;
	if (r->method == METHOD_GET)
		form_value(r, "version", d.version);
	req_set_int(r, "Dossier.id", d.id);
	req_set(r, "Dossier.type", d.type_name);
	req_set(r, "Dossier.pupil", d.pupil_name);
	req_set(r, "Dossier.school", d.school_name);
	req_set_int(r, "Decision.min_months", config_int("TLV.MinMonths", 12));
	req_set(r, "Page.title", arena_printf(r->arena, "Besluit – %s",
	    d.pupil_name));
	return req_page(r, "dossier/decision.cs");
}

/* What an issued TLV must state; each missing part beside its field. */
static int
check_issue(struct req *r)
{
	const struct fval *f = r->f;
	bool special = f[DC_KIND].set && f[DC_KIND].i != 0;	/* SO, VSO */
	struct dbres res;
	long months = config_int("TLV.MinMonths", 12);

	if (!f[DC_KIND].set)
		form_error(r, "kind", "Kies het soort onderwijs.");
	if (special && !f[DC_CATEGORY].set)
		form_error(r, "category", "Kies de bekostigingscategorie: voor "
		    "SO en VSO is die verplicht.");
	if (f[DC_KIND].set && !special && f[DC_CATEGORY].set)
		form_error(r, "category", "Een TLV voor SBO heeft geen "
		    "bekostigingscategorie. Laat dit leeg.");
	if (special && !f[DC_CATEGORY_REASON].set)
		form_error(r, "category_reason", "Motiveer de categorie.");
	if (!f[DC_START].set)
		form_error(r, "start_date", "Vul de ingangsdatum in.");
	if (!f[DC_END].set)
		form_error(r, "end_date", "Vul de einddatum in.");
	if (!f[DC_DURATION].set)
		form_error(r, "duration_reason", "Motiveer de duur.");
	if (!f[DC_START].set || !f[DC_END].set)
		return 0;
	/* The shortest TLV runs TLV.MinMonths, the last day included. */
	if (DB_QUERY(r->db, r->arena, &res, "SELECT ? < ? AS before_start,"
	    " ? < ? + INTERVAL ? MONTH - INTERVAL 1 DAY AS too_short,"
	    " DATE_FORMAT(? + INTERVAL ? MONTH - INTERVAL 1 DAY, '%d-%m-%Y')"
	    " AS min_end", DB_STR(f[DC_END].s), DB_STR(f[DC_START].s),
	    DB_STR(f[DC_END].s), DB_STR(f[DC_START].s), DB_INT(months),
	    DB_STR(f[DC_START].s), DB_INT(months)) != 0)
		return -1;
	if (db_int(&res, 0, "before_start"))
		form_error(r, "end_date", "De einddatum ligt voor de "
		    "ingangsdatum.");
	else if (db_int(&res, 0, "too_short"))
		form_error(r, "end_date", arena_printf(r->arena, "Een TLV loopt "
		    "minstens %ld maanden: tot en met %s of later.", months,
		    db_val(&res, 0, "min_end")));
	return 0;
}

/* TLV-2026-00001: the year's next number, once. */
static const char *
next_number(struct req *r)
{
	char today[11];
	long long n;

	if (when_date(0, today, sizeof(today)) != 0 ||
	    DB_EXEC(r->db, NULL, &n, "INSERT INTO tlv_counters (year, last)"
	    " VALUES (?, LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE"
	    " last = LAST_INSERT_ID(last + 1)", DB_INT(atoi(today))) != 0)
		return NULL;
	return arena_printf(r->arena, "TLV-%.4s-%05lld", today, n);
}

static int
record(struct req *r, const struct dossier *d, bool issue, long long *id,
    const char **number)
{
	const struct fval *f = r->f;
	const char *label;
	struct dbres sc;
	size_t i;

	*number = NULL;
	if (issue && (*number = next_number(r)) == NULL)
		return -1;
	if (DB_EXEC(r->db, NULL, id, "INSERT INTO tlv_decisions (dossier_id,"
	    " outcome, number, kind, category, start_date, end_date,"
	    " duration_reason, category_reason, refusal_reason, decided_by,"
	    " decided_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
	    " ?, ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_INT(d->id), DB_STR(issue ? "toegekend" : "afgewezen"),
	    issue ? DB_STR(*number) : DB_NULL,
	    issue ? DB_STR(f[DC_KIND].s) : DB_NULL,
	    issue && f[DC_CATEGORY].set ? DB_STR(f[DC_CATEGORY].s) : DB_NULL,
	    issue ? DB_STR(f[DC_START].s) : DB_NULL,
	    issue ? DB_STR(f[DC_END].s) : DB_NULL,
	    issue ? DB_STR(f[DC_DURATION].s) : DB_NULL,
	    issue && f[DC_CATEGORY].set ? DB_STR(f[DC_CATEGORY_REASON].s) :
	    DB_NULL, issue ? DB_NULL : DB_STR(f[DC_REFUSAL].s),
	    DB_INT(r->user.id)) != 0)
		return -1;
	if (!issue)
		return dossier_event(r, d->id, "decision", "Aanvraag afgewezen",
		    f[DC_REFUSAL].s);
	/* Only the schools offered: a forged id ticks nothing. */
	if (receivers(r, &sc) != 0)
		return -1;
	for (i = 0; i < sc.nrows; i++)
		if (form_ticked(r, "ontvanger-", db_val(&sc, i, "id")) &&
		    DB_EXEC(r->db, NULL, NULL, "INSERT INTO tlv_receivers"
		    " (decision_id, school_id, created_at, updated_at) VALUES"
		    " (?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())", DB_INT(*id),
		    DB_INT(db_int(&sc, i, "id"))) != 0)
			return -1;
	label = arena_printf(r->arena, "%s afgegeven: %s%s%s", *number,
	    kind_labels[f[DC_KIND].i], f[DC_CATEGORY].set ? ", categorie " :
	    "", f[DC_CATEGORY].set ? f[DC_CATEGORY].s : "");
	return dossier_event(r, d->id, "decision", label, NULL);
}

/* The receiving schools' staff: a TLV for them, by e-mail, nameless. */
static int
tell_receivers(struct req *r, long long id, const char *number)
{
	struct dbres res;
	size_t i;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT DISTINCT u.email, u.name"
	    " FROM tlv_receivers x JOIN role_assignments a"
	    " ON a.org_id = x.school_id AND a.role = 'ontvangend'"
	    " JOIN users u ON u.id = a.user_id AND u.active = 1"
	    " WHERE x.decision_id = ? ORDER BY u.email", DB_INT(id)) != 0)
		return -1;
	req_setf(r, "Mail.link", "%s/tlv/%lld", config_str("Site.BaseURL", ""),
	    id);
	req_set(r, "Mail.number", number);
	for (i = 0; i < res.nrows; i++) {
		req_set(r, "Mail.name", db_val(&res, i, "name"));
		if (mail_queue(r, db_val(&res, i, "email"), arena_printf(r->arena,
		    "Toelaatbaarheidsverklaring %s voor uw school", number),
		    "mail/tlv_receiver.cs") != 0)
			return -1;
	}
	return 0;
}

int
decision_save(struct req *r)
{
	const struct wf_transition *t;
	struct dossier d;
	const char *number;
	long long version = r->f[DC_VERSION].i, id;
	bool issue = r->f[DC_OUTCOME].i == 0;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	t = trajdef_transition(d.def, r->f[DC_OUTCOME].s);
	if (t != NULL && !(t->checks & B(WF_CHECK_DECISION)))
		return 400;
	/* Changed meanwhile, still to decide: the form keeps what was typed. */
	if (t != NULL && strcmp(d.state, t->from) == 0 &&
	    version != strtoll(d.version, NULL, 10))
		return req_conflict(r, "outcome", "dit dossier", d.version);
	if ((st = step_stale(r, &d, t, version)) != 0)
		return st;
	if (decision_step(&d, t->key) == NULL)
		return 403;
	if (issue && check_issue(r) != 0)
		return 500;
	if (!issue && !r->f[DC_REFUSAL].set)
		form_error(r, "refusal_reason", "Motiveer de afwijzing.");
	if (r->nerrors > 0)
		return req_invalid(r);
	if ((st = dossier_checks_hold(r, &d, t)) != 1) {
		if (st < 0)
			return 500;
		return req_invalid(r);
	}
	if ((st = step_now(r, &d, t, version)) != 0)
		return st;
	if (record(r, &d, issue, &id, &number) != 0 ||
	    tlv_documents_make(r->db, r->arena, id) != 0 ||
	    (issue && tell_receivers(r, id, number) != 0) ||
	    dossier_access(r, &d, "decide", "tlv", id) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=besloten#besluit", d.id);
}

/*
 * The decision's day, local: parents informed and objections count from
 * it. 1 when the dossier has no decision.
 */
int
decision_day(struct req *r, const struct dossier *d, char *day, size_t len)
{
	struct dbres res;
	struct tm tm;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT decided_at FROM"
	    " tlv_decisions WHERE dossier_id = ?", DB_INT(d->id)) != 0)
		return -1;
	if (res.nrows != 1)
		return 1;
	if (when_local_tm(db_val(&res, 0, "decided_at"), &tm) != 0 ||
	    strftime(day, len, "%Y-%m-%d", &tm) == 0)
		return -1;
	return 0;
}

/* The TLV or the decision letter, for whoever sees the decision. */
static int
pdf_get(struct req *r, const char *kind)
{
	struct dossier d;
	struct dbres res;
	const char *number;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (d.ndecisions == 0)
		return 404;
	if (DB_QUERY(r->db, r->arena, &res, "SELECT id, number FROM"
	    " tlv_decisions WHERE dossier_id = ?", DB_INT(d.id)) != 0)
		return 500;
	number = db_val(&res, 0, "number");
	if (dossier_access(r, &d, "download", strcmp(kind, "tlv") == 0 ?
	    "tlv_pdf" : "tlv_letter", db_int(&res, 0, "id")) != 0)
		return 500;
	return tlv_document_send(r, db_int(&res, 0, "id"), kind,
	    strcmp(kind, "tlv") == 0 ? arena_printf(r->arena, "%s.pdf",
	    number) : number != NULL ? arena_printf(r->arena, "Besluit %s.pdf",
	    number) : arena_printf(r->arena, "Besluit aanvraag %lld.pdf",
	    d.id));
}

int
decision_tlv_pdf(struct req *r)
{
	return pdf_get(r, "tlv");
}

int
decision_letter_pdf(struct req *r)
{
	return pdf_get(r, "letter");
}

/* The school tells the parents; it, or SWV staff for it, records that. */
static bool
may_inform(const struct dossier *d)
{
	return (d->roles & (B(ROLE_SCHOOL) | B(ROLE_SWV))) != 0;
}

/*
 * The extensions of this TLV, and whether one may be started: by the
 * school or SWV staff, when there is none still open.
 */
static int
extensions_hdf(struct req *r, const struct dossier *d, long long decision)
{
	struct dbres ext;
	const struct trajdef *def;
	const struct wf_state *st;
	bool open = false;
	size_t i;

	if (DB_QUERY(r->db, r->arena, &ext, "SELECT id, def_id, state FROM"
	    " dossiers WHERE extends_decision_id = ? ORDER BY id",
	    DB_INT(decision)) != 0)
		return -1;
	for (i = 0; i < ext.nrows; i++) {
		if ((def = traj_def(r, db_int(&ext, i, "def_id"))) == NULL)
			return -1;
		st = trajdef_state(def, db_val(&ext, i, "state"));
		open = open || st == NULL || !st->final;
	}
	req_set_rows(r, "Decision.0.extensions", &ext);
	if (dossier_state_labels(r, &ext, "Decision.0.extensions") != 0)
		return -1;
	req_set_int(r, "Decision.0.may_extend", !open && may_inform(d));
	return 0;
}

/* An extension names the TLV it extends, and that TLV's dossier. */
int
extends_hdf(struct req *r, const struct dossier *d)
{
	struct dbres res;

	if (d->extends == 0)
		return 0;
	if (DB_QUERY(r->db, r->arena, &res, "SELECT number, dossier_id,"
	    " DATE_FORMAT(end_date, '%d-%m-%Y') AS end_date FROM tlv_decisions"
	    " WHERE id = ?", DB_INT(d->extends)) != 0)
		return -1;
	req_set_columns(r, "Extends", &res, NULL);
	return 0;
}

/* The decision on the dossier page, for whoever sees the dossier. */
int
decision_hdf(struct req *r, const struct dossier *d)
{
	struct dbres res, rec;
	size_t i;

	if (d->ndecisions == 0)
		return 0;
	if (DB_QUERY(r->db, r->arena, &res, "SELECT t.id, t.outcome, t.number,"
	    " t.kind, t.category, DATE_FORMAT(t.start_date, '%d-%m-%Y')"
	    " AS start_date, DATE_FORMAT(t.end_date, '%d-%m-%Y') AS end_date,"
	    " t.duration_reason, t.category_reason, t.refusal_reason,"
	    " t.decided_at, u.name AS decided_by,"
	    " DATE_FORMAT(t.parents_informed_on, '%d-%m-%Y') AS informed_on,"
	    " p.name AS informed_by, EXISTS (SELECT 1 FROM tlv_documents c"
	    "  WHERE c.decision_id = t.id AND c.kind = 'tlv') AS has_tlv,"
	    " EXISTS (SELECT 1 FROM tlv_documents c WHERE c.decision_id = t.id"
	    "  AND c.kind = 'letter') AS has_letter FROM tlv_decisions t"
	    " JOIN users u ON u.id = t.decided_by"
	    " LEFT JOIN users p ON p.id = t.parents_informed_by"
	    " WHERE t.dossier_id = ?", DB_INT(d->id)) != 0)
		return -1;
	if (res.nrows == 0)
		return 0;
	list_times(r, &res, "decided_at");
	for (i = 0; kinds[i] != NULL; i++)
		if (db_val(&res, 0, "kind") != NULL &&
		    strcmp(db_val(&res, 0, "kind"), kinds[i]) == 0)
			db_set(&res, 0, "kind", kind_labels[i]);
	req_set_columns(r, "Decision", &res, NULL);
	if (DB_QUERY(r->db, r->arena, &rec, "SELECT o.name,"
	    " DATE_FORMAT(x.placed_on, '%d-%m-%Y') AS placed_on"
	    " FROM tlv_receivers x"
	    " JOIN organisations o ON o.id = x.school_id"
	    " WHERE x.decision_id = ? ORDER BY o.name",
	    DB_INT(db_int(&res, 0, "id"))) != 0)
		return -1;
	req_set_rows(r, "Decision.0.receivers", &rec);
	req_set_int(r, "Decision.0.may_inform", may_inform(d));
	return extensions_hdf(r, d, db_int(&res, 0, "id"));
}

int
parents_informed(struct req *r)
{
	struct dossier d;
	struct dbres t;
	char day[11];
	const char *on = r->f[PI_DATE].s;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (!may_inform(&d))
		return 403;
	if ((st = decision_day(r, &d, day, sizeof(day))) != 0)
		return st < 0 ? 500 : 404;
	if (DB_QUERY(r->db, r->arena, &t, "SELECT id, parents_informed_on"
	    " FROM tlv_decisions WHERE dossier_id = ? FOR UPDATE",
	    DB_INT(d.id)) != 0)
		return 500;
	if (db_val(&t, 0, "parents_informed_on") != NULL)
		return req_redirectf(r, "/dossiers/%lld#besluit", d.id);
	form_check_past_day(r, "informed_on", on, day, "het besluit");
	if (r->nerrors > 0)
		return req_invalid(r);
	if (DB_EXEC(r->db, NULL, NULL, "UPDATE tlv_decisions SET"
	    " parents_informed_on = ?, parents_informed_by = ?,"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ?"
	    " AND parents_informed_on IS NULL", DB_STR(on), DB_INT(r->user.id),
	    DB_INT(db_int(&t, 0, "id"))) != 0 ||
	    dossier_event(r, d.id, "decision", arena_printf(r->arena,
	    "Ouders geïnformeerd over het besluit, op %.2s-%.2s-%.4s", on + 8,
	    on + 5, on), NULL) != 0 ||
	    dossier_access(r, &d, "parents_informed", "tlv",
	    db_int(&t, 0, "id")) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=ouders#besluit", d.id);
}
