/*
 * The dossier list, the dossier page, and what can be done from it:
 * workflow steps, comments, assignments. Every read and write of a
 * dossier goes through dossier_load(), which checks the scope.
 */
#include <string.h>

#include "audit.h"
#include "config.h"
#include "form.h"
#include "list.h"
#include "mail.h"
#include "pages.h"

#define B(x)	(1u << (x))

static const char *const dossier_sorts[] = {
	"", "leerling", "school", "soort", "status", NULL
};
static const struct field dossier_filter_fields[DF__MAX] = {
	[DF_TYPE] = { "soort", "Soort", FT_ID, 20, false, NULL },
	[DF_STATE] = { "status", "Status", FT_TOKEN, 40, false, NULL },
	[DF_SCHOOL] = { "school", "School", FT_ID, 20, false, NULL },
	[DF_BESTUUR] = { "bestuur", "Bestuur", FT_ID, 20, false, NULL },
	[DF_FROM] = { "van", "Gestart vanaf", FT_DATE, 10, false, NULL },
	[DF_TO] = { "tot", "Gestart tot en met", FT_DATE, 10, false, NULL },
	[DF_Q] = { "q", "Naam leerling", FT_TEXT, 100, false, NULL },
	[DF_SORT] = { "s", "Sorteren", FT_CHOICE, 10, false, dossier_sorts },
	[DF_PAGE] = { "p", "Pagina", FT_ID, 6, false, NULL },
};
const struct form dossier_filter_form = FORM(dossier_filter_fields);

enum { ST_STEP, ST_VERSION, ST__MAX };
static const struct field step_fields[ST__MAX] = {
	[ST_STEP] = { "step", "Stap", FT_TOKEN, 40, true, NULL },
	[ST_VERSION] = { "version", "Versie", FT_ID, 10, true, NULL },
};
const struct form step_form = FORM(step_fields);

enum { C_TEXT, C__MAX };
static const struct field comment_fields[C__MAX] = {
	[C_TEXT] = { "comment", "Opmerking", FT_TEXTAREA, 4000, true, NULL },
};
const struct form comment_form = FORM(comment_fields);

enum { A_USER, A_ROLE, A__MAX };
static const struct field assign_fields[A__MAX] = {
	[A_USER] = { "user_id", "Persoon", FT_ID, 20, true, NULL },
	[A_ROLE] = { "assign_role", "Als", FT_CHOICE, 10, true, assign_keys },
};
const struct form assign_form = FORM(assign_fields);

/* The roles a person needs to be assigned as handler, expert or decider. */
static const char *const assign_may[ASSIGN__MAX][2] = {
	[ASSIGN_HANDLER] = { "swv", "coordinator" },
	[ASSIGN_EXPERT] = { "deskundige", "deskundige" },
	[ASSIGN_DECIDER] = { "beslisser", "beslisser" },
	[ASSIGN_ADVISER1] = { "deskundige", "deskundige" },
	[ASSIGN_ADVISER2] = { "deskundige", "deskundige" },
};

/*
 * Reference data each worker keeps between requests: the filters'
 * types, besturen and schools, and the people a dossier can be assigned
 * to. The session statement brings the version triggers bump on every
 * change (009_reference_version.sql); an older copy is read again.
 */
static struct {
	struct arena	 arena;
	long long	 version;	/* 0: nothing read yet */
	struct dbres	 types, orgs, people;
} ref;

static int
reference_load(struct req *r)
{
	if (ref.version != 0 && ref.version == r->reference_version)
		return 0;
	arena_reset(&ref.arena);
	ref.version = 0;
	if (DB_QUERY(r->db, &ref.arena, &ref.types, "SELECT id, name,"
	    " def_id FROM trajectory_types WHERE def_id IS NOT NULL"
	    " ORDER BY name") != 0 ||
	    DB_QUERY(r->db, &ref.arena, &ref.orgs, "SELECT id, name,"
	    " type FROM organisations WHERE type IN ('bestuur', 'school')"
	    " AND active = 1 ORDER BY type, name") != 0 ||
	    DB_QUERY(r->db, &ref.arena, &ref.people, "SELECT DISTINCT u.id,"
	    " u.name, u.profession FROM users u JOIN role_assignments ra"
	    " ON ra.user_id = u.id WHERE u.active = 1 AND ra.role IN"
	    " ('swv', 'coordinator', 'deskundige', 'beslisser')"
	    " ORDER BY u.name, u.id") != 0)
		return -1;
	dossier_profession_labels(&ref.people);
	ref.version = r->reference_version;
	return 0;
}

/* The types that have a current definition, by name; NULL on error. */
const struct dbres *
dossier_types(struct req *r)
{
	return reference_load(r) == 0 ? &ref.types : NULL;
}

/* The filter choices of schools and besturen. */
int
dossier_org_choices(struct req *r)
{
	static const char *const id_name[] = { "id", "name", NULL };
	struct dbres orgs, schools;
	size_t k;

	if (reference_load(r) != 0)
		return -1;
	orgs = ref.orgs;
	/* Besturen first, in the ENUM's order: split there. */
	for (k = 0; k < orgs.nrows &&
	    strcmp(db_val(&orgs, k, "type"), "bestuur") == 0; k++)
		continue;
	schools = orgs;
	schools.rows += k;
	schools.lens += k;
	schools.nrows -= k;
	orgs.nrows = k;
	req_set_columns(r, "BestuurChoices", &orgs, id_name);
	req_set_columns(r, "SchoolChoices", &schools, id_name);
	return 0;
}

/* The filter choices: types, their states, schools and besturen. */
static int
filter_choices(struct req *r)
{
	static const char *const id_name[] = { "id", "name", NULL };
	struct dbres types;
	const char *keys[200];
	size_t i, k, s, n = 0;

	if (dossier_org_choices(r) != 0)
		return -1;
	types = ref.types;
	req_set_columns(r, "Types", &types, id_name);
	/* States by key, once each, in workflow order. */
	for (i = 0; i < types.nrows; i++) {
		const struct trajdef *def = traj_def(r,
		    db_int(&types, i, "def_id"));

		if (def == NULL)
			return -1;
		for (s = 0; s < def->nstates; s++) {
			const char *key = def->states[s].key;

			for (k = 0; k < n && strcmp(keys[k], key) != 0; k++)
				continue;
			if (k < n || n == sizeof(keys) / sizeof(keys[0]))
				continue;
			keys[n] = key;
			req_set(r, arena_printf(r->arena, "StateChoices.%zu.key",
			    n), key);
			req_set(r, arena_printf(r->arena,
			    "StateChoices.%zu.label", n++), def->states[s].label);
		}
	}
	return 0;
}

/* The list's dossiers, up to max: a count past that says "more". */
long long
dossier_count(struct req *r, const struct dossier_scope *sc, long long max)
{
	const struct fval *f = r->f;
	struct dbres res;

#define COUNT(x, scope, ...)						\
	DB_QUERY(r->db, r->arena, &res, "SELECT COUNT(*) AS n FROM"	\
	    " (SELECT 1 FROM dossiers d" DOSSIER_FILTER(scope) " LIMIT ?)"\
	    " AS x", __VA_ARGS__, DOSSIER_FILTER_ARGS(r, f), DB_INT(max))
	if (DOSSIER_IN_SCOPE(sc, COUNT, 0) != 0)
		return -1;
#undef COUNT
	return db_int(&res, 0, "n");
}

/*
 * The list's rows in the chosen order, each order its own statement so
 * that the optimiser can walk an index rather than sort. The inner
 * query picks the page's ids with no more than it needs to order them;
 * names are joined to those rows only. Joined earlier, the optimiser
 * starts from the small tables and sorts every dossier for one page.
 * The type's name is a subquery: as a join, its few rows would go
 * through a join buffer for every row of the page. Every row carries
 * the list's total too, which saves the page a round trip: counted up to
 * a limit, or kept (025) when the filters and scope are ones the counts
 * have.
 */
#define ROWS_PAGE(TOTAL, scope)						\
	"SELECT " TOTAL(scope) " AS total, d.id, d.def_id, d.state,"	\
	" d.state_since, d.created_at,"					\
	" d.submitted_at, d.updated_at, s.name AS school,"		\
	" (SELECT name FROM trajectory_types WHERE id = d.type_id) AS type,"\
	" " DOSSIER_PUPIL_NAME " AS pupil,"				\
	" d.pupil_birth_date AS birth_date"				\
	" FROM (SELECT d.id FROM dossiers d" DOSSIER_FILTER(scope)
#define ROWS_ORDER(order)						\
	" ORDER BY " order " LIMIT ? OFFSET ?) AS page"			\
	" JOIN dossiers d ON d.id = page.id"				\
	" JOIN organisations s ON s.id = d.school_id ORDER BY " order
#define LATEST	"d.updated_at DESC, d.id DESC"
#define CAPPED(scope)							\
	"(SELECT COUNT(*) FROM (SELECT 1 FROM dossiers d"		\
	DOSSIER_FILTER(scope) " LIMIT ?) AS x)"
#define CAPPED_ARGS(...)						\
	__VA_ARGS__, DOSSIER_FILTER_ARGS(r, f), DB_INT(count_max)
#define KEPT(scope)							\
	"(SELECT COALESCE(SUM(c.n), 0) FROM dossier_counts c"		\
	" WHERE (? = 0 OR c.type_id = ?) AND (? = '' OR c.state = ?)"	\
	" AND (? = 0 OR c.school_id = ?) AND (? = 0 OR c.bestuur_id = ?)"\
	" AND" DOSSIER_COUNTED_SCOPE ")"
#define KEPT_ARGS(...)							\
	DB_INT(f[DF_TYPE].i), DB_INT(f[DF_TYPE].i),			\
	DB_STR(f[DF_STATE].s), DB_STR(f[DF_STATE].s),			\
	DB_INT(f[DF_SCHOOL].i), DB_INT(f[DF_SCHOOL].i),			\
	DB_INT(f[DF_BESTUUR].i), DB_INT(f[DF_BESTUUR].i),		\
	DOSSIER_COUNTED_SCOPE_ARGS(sc)

/*
 * *exact (may be NULL): *total is the kept one, not counted up to
 * count_max.
 */
int
dossier_rows(struct req *r, const struct dossier_scope *sc, long long limit,
    long long offset, long long count_max, long long *total, bool *exact,
    struct dbres *res)
{
	const struct fval *f = r->f;
	bool kept = dossier_scope_counted(sc) && *f[DF_FROM].s == '\0' &&
	    *f[DF_TO].s == '\0' && *f[DF_Q].s == '\0';
	int rc;

#define PAGE_OF(TOTAL, order, scope, ...)				\
	DB_QUERY(r->db, r->arena, res, ROWS_PAGE(TOTAL, scope)		\
	    ROWS_ORDER(order), TOTAL##_ARGS(__VA_ARGS__), __VA_ARGS__,	\
	    DOSSIER_FILTER_ARGS(r, f), DB_INT(limit), DB_INT(offset))
#define PAGE(order, scope, ...)	PAGE_OF(CAPPED, order, scope, __VA_ARGS__)
#define PAGE_KEPT(order, scope, ...)					\
	PAGE_OF(KEPT, order, scope, __VA_ARGS__)
#define ROWS(order)	(kept ? DOSSIER_IN_SCOPE(sc, PAGE_KEPT, order) :	\
	DOSSIER_IN_SCOPE(sc, PAGE, order))
	switch (f[DF_SORT].set ? f[DF_SORT].i : 0) {
	case 1:
		rc = ROWS("d.pupil_last_name, d.pupil_first_name, " LATEST);
		break;
	case 2:
		rc = ROWS("(SELECT name FROM organisations"
		    " WHERE id = d.school_id), " LATEST);
		break;
	case 3:
		rc = ROWS("(SELECT name FROM trajectory_types"
		    " WHERE id = d.type_id), " LATEST);
		break;
	case 4:
		rc = ROWS("d.state, " LATEST);
		break;
	default:
		rc = ROWS(LATEST);
		break;
	}
#undef ROWS
#undef PAGE_KEPT
#undef PAGE
#undef PAGE_OF
	if (rc != 0 || total == NULL)
		return rc;
	/* A page past the end has no row to carry the count. */
	*exact = kept && res->nrows > 0;
	*total = res->nrows > 0 ? db_int(res, 0, "total") :
	    offset > 0 ? dossier_count(r, sc, count_max) : 0;
	return *total < 0 ? -1 : 0;
}

int
dossier_list(struct req *r)
{
	static const char *const shown[] = { "id", "pupil", "type",
	    "school", "updated_at", NULL };
	const struct fval *f = r->f;
	const char *sort = f[DF_SORT].set ? f[DF_SORT].s : "";
	long long page = f[DF_PAGE].set ? f[DF_PAGE].i : 1, n;
	struct dossier_scope sc;
	struct dbres res;
	const char *filters, *q;
	bool exact;
	size_t i;

	if (r->nerrors > 0) {
		if (filter_choices(r) != 0)
			return 500;
		form_echo(r);
		return req_page(r, "dossier/list.cs");
	}
	dossier_list_scope(r, &sc);
	if (dossier_rows(r, &sc, LIST_PER_PAGE, list_offset(page),
	    list_count_limit(page), &n, &exact, &res) != 0)
		return 500;
	if (filter_choices(r) != 0 ||
	    dossier_state_labels(r, &res, "Dossiers") != 0)
		return 500;
	list_times(r, &res, "updated_at");
	req_set_columns(r, "Dossiers", &res, shown);
	filters = list_query(r, "soort", f[DF_TYPE].s, "status",
	    f[DF_STATE].s, "school", f[DF_SCHOOL].s, "bestuur",
	    f[DF_BESTUUR].s, "van", f[DF_FROM].s, "tot", f[DF_TO].s,
	    "q", f[DF_Q].s, NULL);
	q = *filters != '\0' ? arena_printf(r->arena, "%s&s=%s", filters,
	    sort) : arena_printf(r->arena, "s=%s", sort);
	if (exact)
		list_pager(r, n, page, q);
	else
		list_pager_capped(r, n, page, q);
	list_sort(r, sort, filters);
	req_set(r, "Export.query", q);
	for (i = 0; i < DF_SORT; i++)
		form_value(r, dossier_filter_fields[i].name, f[i].s);
	req_set(r, "Page.title", "Dossiers");
	return req_page(r, "dossier/list.cs");
}

/* The steps this user can take now, as buttons. */
static void
steps_hdf(struct req *r, const struct dossier *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->def->ntransitions; i++) {
		const struct wf_transition *t = &d->def->transitions[i];

		if (!dossier_may_take(d, t))
			continue;
		/* Issue or refuse: one link to the decision form. */
		if (t->checks & B(WF_CHECK_DECISION)) {
			req_set_int(r, "Dossier.may_decide", 1);
			continue;
		}
		req_set(r, arena_printf(r->arena, "Steps.%zu.key", n), t->key);
		req_set(r, arena_printf(r->arena, "Steps.%zu.label", n++),
		    t->label);
	}
}

/*
 * Who can be assigned: SWV staff, coordinators, experts, deciders; the
 * advisers only where a step asks for advices.
 */
static int
assign_choices(struct req *r, const struct dossier *d)
{
	bool advice = trajdef_uses_advices(d->def);
	size_t i;

	if (reference_load(r) != 0)
		return -1;
	req_set_rows(r, "AssignChoices", &ref.people);
	for (i = 0; i < ASSIGN__MAX; i++) {
		if (!advice && (i == ASSIGN_ADVISER1 || i == ASSIGN_ADVISER2))
			continue;
		req_set(r, arena_printf(r->arena, "AssignRoles.%zu.key", i),
		    assign_keys[i]);
		req_set(r, arena_printf(r->arena, "AssignRoles.%zu.label", i),
		    assign_labels[i]);
	}
	return 0;
}

/* The dossier page, also shown again by a POST that failed. */
int
dossier_show(struct req *r, struct dossier *d, int status)
{
	struct dbres as = { 0 }, ev, views = { 0 };
	const struct wf_state *st = trajdef_state(d->def, d->state);
	bool staff = (d->roles & B(ROLE_SWV)) != 0;
	size_t i;

	if ((d->nassignments > 0 && DB_QUERY(r->db, r->arena, &as,
	    "SELECT a.id, a.role, u.name"
	    " FROM dossier_assignments a JOIN users u ON u.id = a.user_id"
	    " WHERE a.dossier_id = ? ORDER BY a.role, u.name",
	    DB_INT(d->id)) != 0) ||
	    DB_QUERY(r->db, r->arena, &ev, "SELECT e.at, e.kind, e.label, e.body,"
	    " u.name AS who FROM dossier_events e LEFT JOIN users u"
	    " ON u.id = e.user_id WHERE e.dossier_id = ?"
	    " ORDER BY e.at DESC, e.id DESC", DB_INT(d->id)) != 0 ||
	    (staff && DB_QUERY(r->db, r->arena, &views, "SELECT l.at, l.role,"
	    " COALESCE(u.name, g.name) AS name, o.name AS org, g.relation,"
	    " b.name AS on_behalf FROM audit_log l"
	    " LEFT JOIN users u ON u.id = l.user_id"
	    " LEFT JOIN organisations o ON o.id = l.org_id"
	    " LEFT JOIN shares g ON g.id = l.share_id"
	    " LEFT JOIN users b ON b.id = l.on_behalf_of"
	    " WHERE l.dossier_id = ? AND l.action = 'view'"
	    " ORDER BY l.at DESC, l.id DESC LIMIT 50", DB_INT(d->id)) != 0))
		return 500;
	if (dossier_viewed(r, d) != 0 || documents_hdf(r, d) != 0 ||
	    shares_hdf(r, d) != 0)
		return 500;
	req_set_int(r, "Dossier.id", d->id);
	req_set_int(r, "Dossier.pupil_id", d->pupil_id);
	req_set(r, "Dossier.type", d->type_name);
	req_set(r, "Dossier.pupil", d->pupil_name);
	req_set(r, "Dossier.school", d->school_name);
	req_set(r, "Dossier.state_label", st != NULL ? st->label : d->state);
	req_set(r, "Dossier.version", d->version);
	req_set_int(r, "Dossier.may_edit", dossier_may_edit(d));
	req_set_int(r, "Dossier.staff", staff);
	dossier_form_hdf(r, d->def, &d->answers);
	steps_hdf(r, d);
	req_set_rows(r, "Assignments", &as);
	for (i = 0; i < as.nrows; i++) {
		int k;

		for (k = 0; k < ASSIGN__MAX; k++)
			if (strcmp(db_val(&as, i, "role"), assign_keys[k]) == 0)
				req_set(r, arena_printf(r->arena,
				    "Assignments.%zu.role_label", i),
				    assign_labels[k]);
	}
	list_times(r, &ev, "at");
	req_set_rows(r, "Timeline", &ev);
	list_times(r, &views, "at");
	req_set_rows(r, "Views", &views);
	for (i = 0; i < views.nrows; i++) {
		int k = role_from_key(db_val(&views, i, "role"));
		const char *rel = db_val(&views, i, "relation");

		if (k >= 0)
			req_set(r, arena_printf(r->arena, "Views.%zu.role_label",
			    i), roles[k].label);
		else if (rel != NULL)
			req_set(r, arena_printf(r->arena, "Views.%zu.role_label",
			    i), arena_printf(r->arena, "Gast (%s)",
			    share_relation_label(rel)));
	}
	if (advices_hdf(r, d) != 0 || decision_hdf(r, d) != 0 ||
	    extends_hdf(r, d) != 0 ||
	    objections_hdf(r, d) != 0 ||
	    (staff && (assign_choices(r, d) != 0 ||
	    involvements_hdf(r, d) != 0)))
		return 500;
	req_set(r, "Page.title", arena_printf(r->arena, "%s – %s",
	    d->type_name, d->pupil_name));
	if (req_page(r, "dossier/dossier.cs") != 200)
		return 500;
	return status;
}

/* Back to the dossier: this user cannot change it in this state. */
int
dossier_not_editable(struct req *r, const struct dossier *d)
{
	return req_redirectf(r, "/dossiers/%lld?m=niet-wijzigbaar", d->id);
}

int
dossier_page(struct req *r)
{
	struct dossier d;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	return dossier_show(r, &d, 200);	/* req_invalid makes it 422 */
}

/* An answer, or for a file field how many documents it has. */
static const char *
stored_get(void *ctx, const char *name)
{
	const struct dossier *d = ctx;
	const char *v = answers_get(&d->answers, name);

	return v != NULL ? v : answers_get(&d->files, name);
}

/* Are the transition's checks met? An unmet one is a message on the page. */
int
dossier_checks_hold(struct req *r, struct dossier *d, const struct wf_transition *t)
{
	struct dbres res;
	struct answers out;
	struct fd_error *errs;
	size_t n;

	if (t->checks & B(WF_CHECK_COMPLETE)) {
		if (documents_count(r, d) != 0)
			return -1;
		n = fd_check(r->arena, d->def, stored_get, d, true, &out, &errs);
		if (n > 0) {
			form_error_label(r, "step", "", arena_printf(r->arena,
			    "Het dossier is nog niet compleet: %zu %s nog niet "
			    "(goed) ingevuld. Vul het dossier eerst aan.", n,
			    n == 1 ? "vraag is" : "vragen zijn"));
			return 0;
		}
	}
	if (t->checks & (B(WF_CHECK_HANDLER) | B(WF_CHECK_EXPERT))) {
		if (DB_QUERY(r->db, r->arena, &res, "SELECT"
		    " SUM(role = 'handler') AS handlers,"
		    " SUM(role = 'expert') AS experts"
		    " FROM dossier_assignments WHERE dossier_id = ?",
		    DB_INT(d->id)) != 0)
			return -1;
		if ((t->checks & B(WF_CHECK_HANDLER)) &&
		    db_int(&res, 0, "handlers") == 0) {
			form_error_label(r, "user_id", "", "Wijs eerst een "
			    "behandelaar toe.");
			return 0;
		}
		if ((t->checks & B(WF_CHECK_EXPERT)) &&
		    db_int(&res, 0, "experts") == 0) {
			form_error_label(r, "user_id", "", "Wijs eerst een "
			    "deskundige toe.");
			return 0;
		}
	}
	if (t->when == WF_WHEN_RVZ) {
		if (DB_QUERY(r->db, r->arena, &res, "SELECT 1 FROM"
		    " role_assignments a JOIN users u ON u.id = a.user_id"
		    " WHERE a.role = 'rvz' AND a.org_id = ? AND u.active = 1"
		    " LIMIT 1", DB_INT(d->bestuur_id)) != 0)
			return -1;
		if (res.nrows == 0) {
			form_error_label(r, "step", "", "Het samenwerkingsverband "
			    "vraagt dat de regievoerder zorgplicht (RVZ) van uw "
			    "schoolbestuur de aanvraag eerst goedkeurt, maar "
			    "uw bestuur heeft nog geen RVZ in Passend. Neem "
			    "contact op met het samenwerkingsverband.");
			return 0;
		}
	}
	if (t->checks & B(WF_CHECK_ADVISERS)) {
		int ok = advisers_check(r, d);

		if (ok != 1)
			return ok;
	}
	if (t->checks & B(WF_CHECK_ADVICES))
		return advices_check(r, d);
	return 1;
}

/* The people a transition tells, by e-mail, without the pupil's name. */
static int
notify(struct req *r, const struct dossier *d, const struct wf_transition *t,
    const struct wf_state *to)
{
	struct dbres res;
	size_t i;

	if (t->notify == 0)
		return 0;
	if (DB_QUERY(r->db, r->arena, &res, "SELECT DISTINCT u.email, u.name"
	    " FROM users u WHERE u.active = 1 AND u.id <> ? AND ("
	    " (? AND u.id IN (SELECT user_id FROM role_assignments"
	    "  WHERE role = 'school' AND org_id = ?))"
	    " OR (? AND u.id IN (SELECT user_id FROM role_assignments"
	    "  WHERE role = 'swv'))"
	    " OR (? AND u.id IN (SELECT user_id FROM dossier_assignments"
	    "  WHERE dossier_id = ?))"
	    " OR (? AND u.id IN (SELECT user_id FROM role_assignments"
	    "  WHERE role = 'rvz' AND org_id = ?))) ORDER BY u.email",
	    DB_INT(r->user.id),
	    DB_INT((t->notify & B(WF_NOTIFY_SCHOOL)) != 0), DB_INT(d->school_id),
	    DB_INT((t->notify & B(WF_NOTIFY_SWV)) != 0),
	    DB_INT((t->notify & B(WF_NOTIFY_ASSIGNED)) != 0), DB_INT(d->id),
	    DB_INT((t->notify & B(WF_NOTIFY_RVZ)) != 0),
	    DB_INT(d->bestuur_id)) != 0)
		return -1;
	req_setf(r, "Mail.link", "%s/dossiers/%lld",
	    config_str("Site.BaseURL", ""), d->id);
	req_set_int(r, "Mail.dossier", d->id);
	req_set(r, "Mail.type", d->type_name);
	req_set(r, "Mail.state", to->label);
	req_set(r, "Mail.step", t->label);
	for (i = 0; i < res.nrows; i++) {
		req_set(r, "Mail.name", db_val(&res, i, "name"));
		if (mail_queue(r, db_val(&res, i, "email"), arena_printf(r->arena,
		    "Dossier %lld: %s", d->id, to->label),
		    "mail/dossier_step.cs") != 0)
			return -1;
	}
	return 0;
}

/*
 * Moves the dossier, if nobody moved it since the user loaded it. The
 * version makes a double-clicked button one transition: the second
 * finds the version gone.
 */
int
take_transition(struct req *r, struct dossier *d,
    const struct wf_transition *t, long long version)
{
	const struct wf_state *from = trajdef_state(d->def, t->from);
	const struct wf_state *to = trajdef_state(d->def, t->to);
	/* The school hands it in complete: the lead time starts (017). */
	bool complete = (t->checks & B(WF_CHECK_COMPLETE)) &&
	    from->school_edits;
	unsigned long long n;

	if (DB_EXEC(r->db, &n, NULL, "UPDATE dossiers SET state = ?,"
	    " state_since = UTC_TIMESTAMP(), version = version + 1,"
	    " submitted_at = COALESCE(submitted_at, IF(?, UTC_TIMESTAMP(),"
	    " NULL)), complete_at = IF(?, UTC_TIMESTAMP(), complete_at),"
	    " finished_at = IF(?, UTC_TIMESTAMP(), NULL),"
	    " updated_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND version = ? AND state = ?", DB_STR(t->to),
	    DB_INT(from->initial), DB_INT(complete), DB_INT(to->final),
	    DB_INT(d->id),
	    DB_INT(version), DB_STR(t->from)) != 0)
		return 500;
	if (n == 0)
		return 409;
	if (dossier_event(r, d->id, "transition", arena_printf(r->arena,
	    "%s: van %s naar %s", t->label, from->label, to->label), NULL) != 0 ||
	    dossier_access(r, d, "transition", "dossier", d->id) != 0 ||
	    notify(r, d, t, to) != 0)
		return 500;
	return 0;
}

/*
 * A step against the version the user saw: 0 to go on, or the answer.
 * The second click of a double click is told the step is done; a step
 * the dossier has moved past is 409 with the dossier as it is now.
 */
int
step_stale(struct req *r, struct dossier *d, const struct wf_transition *t,
    long long version)
{
	long long now = strtoll(d->version, NULL, 10);

	if (t != NULL && strcmp(d->state, t->to) == 0 && version + 1 == now)
		return req_redirectf(r, "/dossiers/%lld?m=gedaan", d->id);
	if (t == NULL || strcmp(t->from, d->state) != 0 || version != now) {
		form_error_label(r, "step", "", "Deze stap kan nu niet meer: "
		    "het dossier is intussen gewijzigd. Bekijk de actuele "
		    "stand hieronder.");
		return dossier_show(r, d, 409);
	}
	return 0;
}

/* Takes the step; lost to a change in between, 409 with the dossier. */
int
step_now(struct req *r, struct dossier *d, const struct wf_transition *t,
    long long version)
{
	int st = take_transition(r, d, t, version);

	if (st != 409)
		return st;
	form_error_label(r, "step", "", "Iemand anders heeft het dossier "
	    "intussen gewijzigd. Bekijk de actuele stand hieronder.");
	return dossier_show(r, d, 409);
}

int
step_take(struct req *r)
{
	struct dossier d;
	const struct wf_transition *t;
	long long version = r->f[ST_VERSION].i;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	t = trajdef_transition(d.def, r->f[ST_STEP].s);
	if ((st = step_stale(r, &d, t, version)) != 0)
		return st;
	if (!dossier_may_take(&d, t)) {
		form_error_label(r, "step", "", "U mag deze stap niet zetten.");
		return dossier_show(r, &d, 403);
	}
	if (t->checks & B(WF_CHECK_DECISION)) {
		form_error_label(r, "step", "", "Neem dit besluit met het "
		    "besluitformulier.");
		return dossier_show(r, &d, 422);
	}
	if ((st = dossier_checks_hold(r, &d, t)) != 1)
		return st < 0 ? 500 : dossier_show(r, &d, 422);
	if ((st = step_now(r, &d, t, version)) != 0)
		return st;
	return req_redirectf(r, "/dossiers/%lld?m=stap", d.id);
}

int
comment_add(struct req *r)
{
	struct dossier d;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (dossier_event(r, d.id, "comment", "Opmerking", r->f[C_TEXT].s) != 0 ||
	    dossier_access(r, &d, "comment", "dossier", d.id) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=opmerking#tijdlijn", d.id);
}

/*
 * Why this person cannot advise or decide here, or NULL: an adviser
 * has the profession for their advice, is not involved with the pupil,
 * and gives one of the two advices, never both, and never decides.
 */
static const char *
advice_refusal(struct req *r, const struct dossier *d, enum assign_role role,
    const struct dbres *u)
{
	const char *mine = db_val(u, 0, "roles");
	bool adviser = mine != NULL && strstr(mine, "adviser") != NULL;

	if (role == ASSIGN_DECIDER)
		return adviser ? "Deze persoon adviseert in dit dossier en kan "
		    "er daarom niet over beslissen." : NULL;
	if (role != ASSIGN_ADVISER1 && role != ASSIGN_ADVISER2)
		return NULL;
	if (!trajdef_uses_advices(d->def))
		return "Dit soort dossier heeft geen adviezen.";
	if (!profession_may_advise(role, db_val(u, 0, "profession")))
		return arena_printf(r->arena, "%s is %s. %s",
		    db_val(u, 0, "name"), db_val(u, 0, "profession") != NULL ?
		    profession_label(db_val(u, 0, "profession")) :
		    "niet als deskundige met een beroep vastgelegd",
		    profession_rule(role));
	if (db_int(u, 0, "involved"))
		return "Deze deskundige is betrokken bij de begeleiding van "
		    "deze leerling en kan daarom niet adviseren.";
	if (db_int(u, 0, "taken"))
		return role == ASSIGN_ADVISER1 ? "Er is al een eerste "
		    "deskundige toegewezen. Verwijder die eerst." : "Er is al "
		    "een tweede deskundige toegewezen. Verwijder die eerst.";
	if (adviser)
		return "Deze deskundige geeft al het andere advies. De twee "
		    "adviezen komen van verschillende deskundigen.";
	if (mine != NULL && strstr(mine, "decider") != NULL)
		return "Deze persoon is beslisser in dit dossier en kan daarom "
		    "niet adviseren.";
	return NULL;
}

int
assign_add(struct req *r)
{
	struct dossier d;
	struct dbres u;
	enum assign_role k = (enum assign_role)r->f[A_ROLE].i;
	const char *role = assign_keys[k], *why;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (DB_QUERY(r->db, r->arena, &u, "SELECT u.name, u.profession,"
	    " (SELECT GROUP_CONCAT(role) FROM dossier_assignments"
	    "  WHERE dossier_id = ? AND user_id = u.id) AS roles,"
	    " EXISTS (SELECT 1 FROM pupil_involvements WHERE pupil_id = ?"
	    "  AND user_id = u.id) AS involved,"
	    " EXISTS (SELECT 1 FROM dossier_assignments WHERE dossier_id = ?"
	    "  AND role = ?) AS taken FROM users u"
	    " WHERE u.id = ? AND u.active = 1 AND EXISTS (SELECT 1 FROM"
	    " role_assignments ra WHERE ra.user_id = u.id AND ra.role IN (?, ?))",
	    DB_INT(d.id), DB_INT(d.pupil_id), DB_INT(d.id), DB_STR(role),
	    DB_INT(r->f[A_USER].i), DB_STR(assign_may[k][0]),
	    DB_STR(assign_may[k][1])) != 0)
		return 500;
	if (u.nrows != 1) {
		form_error(r, "user_id", "Deze persoon kan niet in deze rol "
		    "aan het dossier worden toegewezen.");
		return req_invalid(r);
	}
	if ((why = advice_refusal(r, &d, k, &u)) != NULL) {
		form_error(r, "user_id", why);
		return req_invalid(r);
	}
	if (DB_EXEC(r->db, NULL, NULL, "INSERT INTO dossier_assignments"
	    " (dossier_id, user_id, role, created_by, created_at, updated_at)"
	    " VALUES (?, ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_INT(d.id), DB_INT(r->f[A_USER].i), DB_STR(role),
	    DB_INT(r->user.id)) != 0) {
		if (r->db->err != DB_ERR_DUPLICATE)
			return 500;
		form_error(r, "user_id", "Deze persoon is al in deze rol "
		    "toegewezen.");
		return req_invalid(r);
	}
	if (dossier_event(r, d.id, "assigned", arena_printf(r->arena,
	    "%s toegewezen als %s", db_val(&u, 0, "name"),
	    assign_labels[k]), NULL) != 0 ||
	    dossier_access(r, &d, "assign", "user", r->f[A_USER].i) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=toegewezen", d.id);
}

int
assign_remove(struct req *r)
{
	struct dossier d;
	struct dbres a;
	int st, k;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (DB_QUERY(r->db, r->arena, &a, "SELECT a.user_id, a.role, u.name"
	    " FROM dossier_assignments a JOIN users u ON u.id = a.user_id"
	    " WHERE a.id = ? AND a.dossier_id = ?", DB_INT(r->args.id[1]),
	    DB_INT(d.id)) != 0)
		return 500;
	if (a.nrows != 1)
		return req_redirectf(r, "/dossiers/%lld", d.id);
	for (k = 0; strcmp(assign_keys[k], db_val(&a, 0, "role")) != 0; k++)
		continue;
	if (k == ASSIGN_ADVISER1 || k == ASSIGN_ADVISER2) {
		struct dbres sig;
		int slot = k == ASSIGN_ADVISER1 ? 1 : 2;

		/* A signed advice keeps its adviser; a draft goes with them. */
		if (DB_QUERY(r->db, r->arena, &sig, "SELECT 1 FROM advices"
		    " WHERE dossier_id = ? AND slot = ? AND signed_at IS NOT NULL",
		    DB_INT(d.id), DB_INT(slot)) != 0)
			return 500;
		if (sig.nrows > 0)
			return req_redirectf(r,
			    "/dossiers/%lld?m=advies-getekend", d.id);
		if (DB_EXEC(r->db, NULL, NULL, "DELETE FROM advices"
		    " WHERE dossier_id = ? AND slot = ?", DB_INT(d.id),
		    DB_INT(slot)) != 0)
			return 500;
	}
	if (DB_EXEC(r->db, NULL, NULL, "DELETE FROM dossier_assignments"
	    " WHERE id = ?", DB_INT(r->args.id[1])) != 0 ||
	    dossier_event(r, d.id, "unassigned", arena_printf(r->arena,
	    "%s niet langer %s", db_val(&a, 0, "name"),
	    assign_labels[k]), NULL) != 0 ||
	    dossier_access(r, &d, "unassign", "user",
	    db_int(&a, 0, "user_id")) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=verwijderd", d.id);
}
