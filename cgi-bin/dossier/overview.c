/*
 * The TLV overview: the requests of a type decided with the TLV decision
 * form, with their state, lead time, open signals and decision, for whoever
 * sees dossiers, in their scope: all of them for SWV staff, their own for a
 * school. By default the open requests, longest waiting first (an index
 * walk: 022_finished.sql); as an Excel file with the same filters, every
 * dossier in it written to the access log.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "config.h"
#include "form.h"
#include "pages.h"
#include "tlv_rules.h"

#define OVERVIEW_EXPORT_MAX	100000

static const char *const sorts[] = { "", "nieuw", "leerling", NULL };
static const char *const terms[] = { "", "waarschuwing", "verstreken", NULL };

enum { OV_TYPE, OV_STATE, OV_TERM, OV_SIGNALS, OV_SCHOOL, OV_BESTUUR, OV_Q,
    OV_SORT, OV_PAGE, OV__MAX };
static const struct field overview_fields[OV__MAX] = {
	[OV_TYPE] = { "soort", "Soort", FT_ID, 20, false, NULL },
	[OV_STATE] = { "status", "Status", FT_TOKEN, 40, false, NULL },
	[OV_TERM] = { "termijn", "Doorlooptijd", FT_CHOICE, 12, false, terms },
	[OV_SIGNALS] = { "signalen", "Alleen met een open signalering",
	    FT_BOOL, 1, false, NULL },
	[OV_SCHOOL] = { "school", "School", FT_ID, 20, false, NULL },
	[OV_BESTUUR] = { "bestuur", "Bestuur", FT_ID, 20, false, NULL },
	[OV_Q] = { "q", "Naam leerling of TLV-nummer", FT_TEXT, 100, false,
	    NULL },
	[OV_SORT] = { "s", "Sorteren", FT_CHOICE, 10, false, sorts },
	[OV_PAGE] = { "p", "Pagina", FT_ID, 6, false, NULL },
};
const struct form tlv_overview_form = FORM(overview_fields);

/* What the statements need besides the form. */
struct view {
	long long		 type_id;
	const struct trajdef	*def;
	const char		*school_states;	/* "concept,aanvulling" */
	long			 warn, over;	/* weeks */
	bool			 staff;		/* sees every kind of signal */
	struct dossier_scope	 sc;
};

/*
 * Status "" is the open requests: handed in complete, not finished.
 * The lead-time filters leave out requests back at the school: their
 * clock starts again when the school hands them in.
 */
#define OV_FILTER(scope)						\
	" WHERE" scope " AND d.type_id = ?"				\
	" AND (? <> '' OR (d.finished_at IS NULL"			\
	"  AND d.complete_at IS NOT NULL))"				\
	" AND (? IN ('', 'alle') OR d.state = ?)"			\
	" AND (? = 0 OR (d.finished_at IS NULL AND d.complete_at <="	\
	"  UTC_TIMESTAMP() - INTERVAL ? WEEK"				\
	"  AND FIND_IN_SET(d.state, ?) = 0))"				\
	" AND (? = 0 OR EXISTS (SELECT 1 FROM dossier_signals g"	\
	"  WHERE g.dossier_id = d.id AND IF(?, g.n_all, g.n_school) > 0))"\
	" AND (? = 0 OR d.school_id = ?) AND (? = 0 OR d.bestuur_id = ?)"\
	" AND (? = '' OR d.pupil_last_name LIKE ? OR d.pupil_first_name"\
	"  LIKE ? OR d.id = (SELECT dossier_id FROM tlv_decisions"	\
	"  WHERE number = ?))"
/*
 * The default view, the open requests with no other filter, as its own
 * statement with the kept total (in a scope dossier_scope_counted()
 * admits; others take OV_FILTER): the optimiser still works through
 * every "? = 0 OR ..." of OV_FILTER on each run, a fifth of the page.
 */
#define OV_OPEN(scope)							\
	" WHERE" scope " AND d.type_id = ? AND d.finished_at IS NULL"	\
	" AND d.complete_at IS NOT NULL"
#define OV_OPEN_ARGS(r, v)	DB_INT((v)->type_id)
#define OV_FILTER_ARGS(r, v)						\
	DB_INT((v)->type_id), DB_STR((r)->f[OV_STATE].s),		\
	DB_STR((r)->f[OV_STATE].s), DB_STR((r)->f[OV_STATE].s),	\
	DB_INT((r)->f[OV_TERM].i), DB_INT((r)->f[OV_TERM].i == 2 ?	\
	    (v)->over : (v)->warn), DB_STR((v)->school_states),		\
	DB_INT((r)->f[OV_SIGNALS].set), DB_INT((v)->staff),		\
	DB_INT((r)->f[OV_SCHOOL].i), DB_INT((r)->f[OV_SCHOOL].i),	\
	DB_INT((r)->f[OV_BESTUUR].i), DB_INT((r)->f[OV_BESTUUR].i),	\
	DB_STR((r)->f[OV_Q].s), DB_STR(list_like(r, (r)->f[OV_Q].s)),	\
	DB_STR(list_like(r, (r)->f[OV_Q].s)), DB_STR((r)->f[OV_Q].s)

/*
 * The page's ids first, in an order an index gives; the rest joined to
 * those rows only, each carrying the total (as dossier_rows does) and
 * the open signals 025 keeps per dossier, for staff and for the school
 * (words() picks).
 */
#define OV_ROWS(TOTAL, FILTER, scope)					\
	"SELECT " TOTAL(FILTER, scope) " AS total, d.id, d.def_id,"	\
	" d.state, d.state_since, d.complete_at,"			\
	" d.finished_at, " DOSSIER_PUPIL_NAME " AS pupil,"		\
	" d.pupil_birth_date AS birth_date, s.name AS school,"		\
	" t.outcome, t.number, t.kind, t.category, t.start_date,"	\
	" t.end_date, t.decided_at,"					\
	" DATEDIFF(COALESCE(t.decided_at, d.finished_at,"		\
	"  UTC_TIMESTAMP()), d.complete_at) AS lead_days,"		\
	" NULL AS lead, NULL AS term,"	/* words() fills them */	\
	" g.n_all AS signals, g.first_all AS first_signal, g.n_school,"	\
	" g.first_school,"						\
	" IF(t.id IS NULL, NULL, (SELECT MIN(x.placed_on)"		\
	"  FROM tlv_receivers x WHERE x.decision_id = t.id)) AS placed_on"\
	" FROM (SELECT d.id FROM dossiers d" FILTER(scope)
#define OV_ORDER(order)							\
	" ORDER BY " order " LIMIT ? OFFSET ?) AS page"			\
	" JOIN dossiers d ON d.id = page.id"				\
	" JOIN organisations s ON s.id = d.school_id"			\
	" LEFT JOIN tlv_decisions t ON t.dossier_id = d.id"		\
	" LEFT JOIN dossier_signals g ON g.dossier_id = d.id"		\
	" ORDER BY " order
/* The total counted, up to a limit (list_count_limit). */
#define CAPPED(FILTER, scope)						\
	"(SELECT COUNT(*) FROM (SELECT 1 FROM dossiers d" FILTER(scope)	\
	" LIMIT ?) AS x)"
#define CAPPED_ARGS(ARGS, ...)	__VA_ARGS__, ARGS(r, v), DB_INT(count_max)
/* The open requests' total as 025 keeps it. */
#define KEPT(FILTER, scope)						\
	"(SELECT COALESCE(SUM(c.n), 0) FROM dossier_counts c"		\
	" WHERE c.type_id = ? AND c.is_open AND" DOSSIER_COUNTED_SCOPE ")"
#define KEPT_ARGS(ARGS, ...)						\
	DB_INT(v->type_id), DOSSIER_COUNTED_SCOPE_ARGS(&v->sc)

/* The default view: open requests, no filter but the type. */
static bool
plain(const struct req *r)
{
	const struct fval *f = r->f;

	return *f[OV_STATE].s == '\0' && f[OV_TERM].i == 0 &&
	    !f[OV_SIGNALS].set && !f[OV_SCHOOL].set && !f[OV_BESTUUR].set &&
	    *f[OV_Q].s == '\0';
}

/*
 * The page's rows; *exact: their total is the kept one, not counted up
 * to count_max.
 */
static int
rows(struct req *r, const struct view *v, long long limit, long long offset,
    long long count_max, struct dbres *res, bool *exact)
{
	int rc;

#define PAGE_OF(TOTAL, FILTER, ARGS, order, scope, ...)		\
	DB_QUERY(r->db, r->arena, res, OV_ROWS(TOTAL, FILTER, scope)	\
	    OV_ORDER(order), TOTAL##_ARGS(ARGS, __VA_ARGS__),		\
	    __VA_ARGS__, ARGS(r, v), DB_INT(limit), DB_INT(offset))
#define PAGE(order, scope, ...)						\
	PAGE_OF(CAPPED, OV_FILTER, OV_FILTER_ARGS, order, scope, __VA_ARGS__)
#define PAGE_OPEN(order, scope, ...)					\
	PAGE_OF(KEPT, OV_OPEN, OV_OPEN_ARGS, order, scope, __VA_ARGS__)
#define ROWS(order)	(*exact ?					\
	DOSSIER_IN_SCOPE(&v->sc, PAGE_OPEN, order) :			\
	DOSSIER_IN_SCOPE(&v->sc, PAGE, order))
	*exact = plain(r) && dossier_scope_counted(&v->sc);
	/*
	 * By complete_at, as the indexes of 022 have it: first (or, newest
	 * first, last) those never handed in. The open requests' page and
	 * count read ix_open_wait only: it covers every filter, so the
	 * optimiser prefers it to (type_id, complete_at), where it would
	 * read years of finished requests before the open ones.
	 */
	switch (r->f[OV_SORT].set ? r->f[OV_SORT].i : 0) {
	case 1:
		rc = ROWS("d.complete_at DESC, d.id DESC");
		break;
	case 2:
		rc = ROWS("d.pupil_last_name, d.pupil_first_name, d.id");
		break;
	default:
		rc = ROWS("d.complete_at, d.id");
		break;
	}
#undef ROWS
#undef PAGE_OPEN
#undef PAGE
#undef PAGE_OF
	return rc;
}

static long long
count(struct req *r, const struct view *v, long long max)
{
	struct dbres res;

#define COUNT(x, scope, ...)						\
	DB_QUERY(r->db, r->arena, &res, "SELECT COUNT(*) AS n FROM"	\
	    " (SELECT 1 FROM dossiers d" OV_FILTER(scope) " LIMIT ?)"	\
	    " AS x", __VA_ARGS__, OV_FILTER_ARGS(r, v), DB_INT(max))
	if (DOSSIER_IN_SCOPE(&v->sc, COUNT, 0) != 0)
		return -1;
#undef COUNT
	return db_int(&res, 0, "n");
}

/*
 * The types decided with the decision form, as choices; the chosen one
 * (the first by default; v->def NULL when there is none) with its
 * states. A wrong type or state is a message beside its field. 0 or -1.
 */
static int
view_of(struct req *r, struct view *v)
{
	const struct dbres *types = dossier_types(r);
	const struct fval *f = r->f;
	const char *key = f[OV_STATE].s;
	size_t i, n = 0;

	memset(v, 0, sizeof(*v));
	if (types == NULL)
		return -1;
	for (i = 0; i < types->nrows; i++) {
		const struct trajdef *def = traj_def(r,
		    db_int(types, i, "def_id"));

		if (def == NULL)
			return -1;
		if (!trajdef_decides(def))
			continue;
		req_set(r, arena_printf(r->arena, "TlvTypes.%zu.id", n),
		    db_val(types, i, "id"));
		req_set(r, arena_printf(r->arena, "TlvTypes.%zu.name", n++),
		    db_val(types, i, "name"));
		if (v->def == NULL || (f[OV_TYPE].set &&
		    f[OV_TYPE].i == db_int(types, i, "id"))) {
			v->def = def;
			v->type_id = db_int(types, i, "id");
		}
	}
	if (v->def == NULL)
		return 0;	/* the page says there is no such type */
	if (f[OV_TYPE].set && f[OV_TYPE].i != v->type_id)
		form_error(r, "soort", "Kies een soort uit de lijst.");
	v->school_states = "";
	for (i = 0; i < v->def->nstates; i++) {
		const struct wf_state *st = &v->def->states[i];

		req_set(r, arena_printf(r->arena, "TlvStates.%zu.key", i),
		    st->key);
		req_set(r, arena_printf(r->arena, "TlvStates.%zu.label", i),
		    st->label);
		if (st->school_edits)
			v->school_states = arena_printf(r->arena, "%s%s%s",
			    v->school_states, *v->school_states ? "," : "",
			    st->key);
	}
	if (*key != '\0' && strcmp(key, "alle") != 0 &&
	    trajdef_state(v->def, key) == NULL)
		form_error(r, "status", "Kies een status uit de lijst.");
	v->warn = config_int("TLV.LeadWarnWeeks", 6);
	v->over = config_int("TLV.LeadOverdueWeeks", 8);
	v->staff = dossier_sees_all(r);
	dossier_list_scope(r, &v->sc);
	req_set_int(r, "Overview.warn", v->warn);
	req_set_int(r, "Overview.over", v->over);
	return 0;
}

/*
 * The lead time in words and how it stands; NULL when there is none.
 * *days_ok: the words are a number of days.
 */
static const char *
lead(struct req *r, const struct view *v, const struct dbres *res, size_t i,
    const char **term, bool *days_ok)
{
	const struct wf_state *st = trajdef_state(v->def,
	    db_val(res, i, "state"));
	long long days = db_int(res, i, "lead_days");
	bool open = db_val(res, i, "finished_at") == NULL;

	*term = "";
	*days_ok = false;
	/* Never handed in, or withdrawn: no lead time. */
	if (db_val(res, i, "complete_at") == NULL ||
	    (!open && db_val(res, i, "outcome") == NULL))
		return NULL;
	if (open && st != NULL && st->school_edits)
		return "bij de school";
	if (days >= v->over * 7)
		*term = "verstreken";
	else if (open && days >= v->warn * 7)
		*term = "waarschuwing";
	*days_ok = true;
	return arena_printf(r->arena, "%lld %s", days, days == 1 ? "dag" :
	    "dagen");
}

/*
 * The rows in words: state, lead time, the decision's labels; the open
 * signals the user may see (objections and placements are the SWV's
 * business, as on Signaleringen).
 */
static int
words(struct req *r, const struct view *v, struct dbres *res)
{
	const char *label, *term, *kind, *category;
	bool days_ok;
	size_t i;

	for (i = 0; i < res->nrows; i++) {
		if ((label = dossier_state_label(r, db_int(res, i, "def_id"),
		    db_val(res, i, "state"))) == NULL)
			return -1;
		db_set(res, i, "lead", lead(r, v, res, i, &term, &days_ok));
		db_set(res, i, "term", term);
		if (!days_ok)	/* the file writes the words instead */
			db_set(res, i, "lead_days", NULL);
		db_set(res, i, "state", label);
		kind = db_val(res, i, "kind");
		category = db_val(res, i, "category");
		db_set(res, i, "kind", kind != NULL ? tlv_kind_label(kind) :
		    NULL);
		db_set(res, i, "category", category != NULL ?
		    tlv_category_label(category) : NULL);
		if (!v->staff) {
			db_set(res, i, "signals", db_val(res, i, "n_school"));
			db_set(res, i, "first_signal", db_val(res, i,
			    "first_school"));
		}
	}
	return 0;
}

/* "2027-08-01" as "01-08-2027", for the page. */
static void
days(struct req *r, struct dbres *res, const char *col, bool utc)
{
	const char *v;
	size_t i;

	for (i = 0; i < res->nrows; i++) {
		if ((v = db_val(res, i, col)) == NULL)
			continue;
		if (utc)
			v = list_time(r, v);	/* "dd-mm-yyyy hh:mm" */
		else if (strlen(v) >= 10)
			v = arena_printf(r->arena, "%.2s-%.2s-%.4s", v + 8,
			    v + 5, v);
		db_set(res, i, col, arena_printf(r->arena, "%.10s", v));
	}
}

static const char *
filters(struct req *r)
{
	const struct fval *f = r->f;

	return list_query(r, "soort", f[OV_TYPE].s, "status", f[OV_STATE].s,
	    "termijn", f[OV_TERM].s, "signalen", f[OV_SIGNALS].set ? "1" : "",
	    "school", f[OV_SCHOOL].s, "bestuur", f[OV_BESTUUR].s,
	    "q", f[OV_Q].s, NULL);
}

static int
page_show(struct req *r, int status)
{
	if (dossier_org_choices(r) != 0)
		return 500;
	req_set(r, "Page.title", "TLV-aanvragen");
	req_page(r, "dossier/overview.cs");
	return status;
}

int
tlv_overview(struct req *r)
{
	static const char *const shown[] = { "id", "pupil", "school", "state",
	    "complete_at", "lead", "term", "signals", "first_signal", "outcome",
	    "number", "kind", "category", "start_date", "end_date",
	    "placed_on", NULL };
	const struct fval *f = r->f;
	const char *sort = f[OV_SORT].set ? f[OV_SORT].s : "", *q;
	long long page = f[OV_PAGE].set ? f[OV_PAGE].i : 1, n;
	struct view v;
	struct dbres res;
	bool exact;

	form_echo(r);
	if (view_of(r, &v) != 0)
		return 500;
	if (r->nerrors > 0)
		return page_show(r, 422);
	if (v.def == NULL)
		return page_show(r, 200);
	if (rows(r, &v, LIST_PER_PAGE, list_offset(page),
	    list_count_limit(page), &res, &exact) != 0 ||
	    words(r, &v, &res) != 0)
		return 500;
	/* A page past the end has no row to carry the count. */
	exact = exact && res.nrows > 0;
	n = res.nrows > 0 ? db_int(&res, 0, "total") : page > 1 ?
	    count(r, &v, list_count_limit(page)) : 0;
	if (n < 0)
		return 500;
	days(r, &res, "complete_at", true);
	days(r, &res, "start_date", false);
	days(r, &res, "end_date", false);
	days(r, &res, "placed_on", false);
	req_set_columns(r, "Requests", &res, shown);
	q = filters(r);
	q = *q != '\0' ? arena_printf(r->arena, "%s&s=%s", q, sort) :
	    arena_printf(r->arena, "s=%s", sort);
	if (exact)
		list_pager(r, n, page, q);
	else
		list_pager_capped(r, n, page, q);
	list_sort(r, sort, filters(r));
	req_set(r, "Export.query", q);
	return page_show(r, 200);
}

/* ---- Excel ---------------------------------------------------------------- */

enum { C_ID, C_PUPIL, C_BIRTH, C_SCHOOL, C_STATE, C_SINCE, C_COMPLETE,
    C_LEAD, C_TERM, C_SIGNALS, C_OUTCOME, C_NUMBER, C_KIND, C_CATEGORY,
    C_START, C_END, C_DECIDED, C_PLACED, C__MAX };
static const struct {
	const char	*title;
	double		 width;
} columns[C__MAX] = {
	[C_ID] = { "Dossier", 9 }, [C_PUPIL] = { "Leerling", 28 },
	[C_BIRTH] = { "Geboortedatum", 14 }, [C_SCHOOL] = { "School", 30 },
	[C_STATE] = { "Status", 22 }, [C_SINCE] = { "In deze status sinds", 19 },
	[C_COMPLETE] = { "Compleet ingediend", 18 },
	[C_LEAD] = { "Doorlooptijd (dagen)", 20 },
	[C_TERM] = { "Termijn", 14 },
	[C_SIGNALS] = { "Open signaleringen", 18 },
	[C_OUTCOME] = { "Besluit", 12 }, [C_NUMBER] = { "TLV-nummer", 17 },
	[C_KIND] = { "Soort onderwijs", 30 }, [C_CATEGORY] = { "Categorie", 20 },
	[C_START] = { "Geldig van", 12 }, [C_END] = { "Geldig tot en met", 16 },
	[C_DECIDED] = { "Besloten op", 12 }, [C_PLACED] = { "Geplaatst per", 13 },
};

static void
text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *v)
{
	if (v != NULL && *v != '\0')
		worksheet_write_string(ws, row, col, v, NULL);
}

static FILE *
workbook(struct req *r, const struct dbres *res)
{
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *head, *day;
	char *path;
	lxw_col_t c;
	size_t i;

	if ((wb = xlsx_open(r, &path)) == NULL)
		return NULL;
	ws = workbook_add_worksheet(wb, "TLV-aanvragen");
	head = workbook_add_format(wb);
	format_set_bold(head);
	day = workbook_add_format(wb);
	format_set_num_format(day, "dd-mm-yyyy");
	for (c = 0; c < C__MAX; c++) {
		worksheet_set_column(ws, c, c, columns[c].width, NULL);
		worksheet_write_string(ws, 0, c, columns[c].title, head);
	}
	worksheet_freeze_panes(ws, 1, 0);
	worksheet_autofilter(ws, 0, 0, (lxw_row_t)res->nrows, C__MAX - 1);
	for (i = 0; i < res->nrows; i++) {
		lxw_row_t row = (lxw_row_t)i + 1;

		worksheet_write_number(ws, row, C_ID,
		    (double)db_int(res, i, "id"), NULL);
		text(ws, row, C_PUPIL, db_val(res, i, "pupil"));
		xlsx_date(ws, row, C_BIRTH, db_val(res, i, "birth_date"), false,
		    day);
		text(ws, row, C_SCHOOL, db_val(res, i, "school"));
		text(ws, row, C_STATE, db_val(res, i, "state"));
		xlsx_date(ws, row, C_SINCE, db_val(res, i, "state_since"), true,
		    day);
		xlsx_date(ws, row, C_COMPLETE, db_val(res, i, "complete_at"),
		    true, day);
		if (db_val(res, i, "lead_days") != NULL)
			worksheet_write_number(ws, row, C_LEAD,
			    (double)db_int(res, i, "lead_days"), NULL);
		else
			text(ws, row, C_LEAD, db_val(res, i, "lead"));
		text(ws, row, C_TERM, db_val(res, i, "term"));
		worksheet_write_number(ws, row, C_SIGNALS,
		    (double)db_int(res, i, "signals"), NULL);
		text(ws, row, C_OUTCOME, db_val(res, i, "outcome"));
		text(ws, row, C_NUMBER, db_val(res, i, "number"));
		text(ws, row, C_KIND, db_val(res, i, "kind"));
		text(ws, row, C_CATEGORY, db_val(res, i, "category"));
		xlsx_date(ws, row, C_START, db_val(res, i, "start_date"), false,
		    day);
		xlsx_date(ws, row, C_END, db_val(res, i, "end_date"), false,
		    day);
		xlsx_date(ws, row, C_DECIDED, db_val(res, i, "decided_at"),
		    true, day);
		xlsx_date(ws, row, C_PLACED, db_val(res, i, "placed_on"), false,
		    day);
	}
	return xlsx_close(wb, path);
}

/*
 * Every row the filters give, in the page's order; each dossier in it
 * gets an 'export' row in the access log first, in one statement.
 */
int
tlv_overview_xlsx(struct req *r)
{
	struct view v;
	struct dbres res;
	bool exact;
	enum role role;
	long long org, n;
	FILE *fp;

	form_echo(r);
	if (view_of(r, &v) != 0)
		return 500;
	if (v.def == NULL)
		return 404;
	if (r->nerrors == 0) {
		if ((n = count(r, &v, OVERVIEW_EXPORT_MAX + 1)) < 0)
			return 500;
		if (n > OVERVIEW_EXPORT_MAX)
			form_error_label(r, "status", "", arena_printf(r->arena,
			    "Er zijn meer dan %d aanvragen. Kies filters zodat "
			    "er minder in de export komen.",
			    OVERVIEW_EXPORT_MAX));
	}
	/* Not a file: the page, with what was wrong. */
	if (r->nerrors > 0)
		return page_show(r, 422);
	dossier_list_role(r, &role, &org);
#define LOG_EXPORT(x, scope, ...)					\
	DB_EXEC(r->db, NULL, NULL, AUDIT_EXPORT " FROM dossiers d"	\
	    OV_FILTER(scope), AUDIT_EXPORT_ARGS(r, role, org, "xlsx"),	\
	    __VA_ARGS__, OV_FILTER_ARGS(r, &v))
	if (DOSSIER_IN_SCOPE(&v.sc, LOG_EXPORT, 0) != 0)
		return 500;
#undef LOG_EXPORT
	if (rows(r, &v, OVERVIEW_EXPORT_MAX, 0, 0, &res, &exact) != 0 ||
	    words(r, &v, &res) != 0 ||
	    audit(r, "export", "tlv_overview", 0, "format", NULL,
	    arena_printf(r->arena, "xlsx, %zu aanvragen", res.nrows)) != 0 ||
	    (fp = workbook(r, &res)) == NULL)
		return 500;
	return xlsx_send(r, fp, "tlv-aanvragen.xlsx");
}
