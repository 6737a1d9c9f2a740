/*
 * Signaleringen: the open signals passend-cron raised, for the dossiers
 * in the user's scope, the longest-standing first. Like the dossier
 * list, a list is not in the access log; opening a dossier is.
 */
#include "dossier.h"
#include "list.h"
#include "pages.h"

enum { SG_PAGE, SG__MAX };
static const struct field signal_filter_fields[SG__MAX] = {
	[SG_PAGE] = { "p", "Pagina", FT_ID, 6, false, NULL },
};
const struct form signal_filter_form = FORM(signal_filter_fields);

int
signal_list(struct req *r)
{
	long long page = r->f[SG_PAGE].set ? r->f[SG_PAGE].i : 1;
	struct dossier_scope sc;
	struct dbres res, count;
	/* An objection's deadlines and a placement to follow up are for
	 * the SWV: schools do not see them. */
	bool staff = dossier_sees_all(r);

	dossier_list_scope(r, &sc);
#define OBJECTIONS	" (g.kind NOT IN ('objection', 'placement') OR ?) AND"
#define COUNT(x, scope, ...)						\
	DB_QUERY(r->db, r->arena, &count, "SELECT COUNT(*) AS n FROM"	\
	    " (SELECT 1 FROM signals g JOIN dossiers d ON d.id = g.dossier_id"\
	    " WHERE g.cleared_at IS NULL AND" OBJECTIONS scope		\
	    " LIMIT ?) AS x", DB_INT(x), __VA_ARGS__,			\
	    DB_INT(list_count_limit(page)))
#define ROWS(x, scope, ...)						\
	DB_QUERY(r->db, r->arena, &res, "SELECT g.dossier_id, g.label,"	\
	    " DATE_FORMAT(g.due_on, '%d-%m-%Y') AS due, d.def_id, d.state,"\
	    " (SELECT name FROM trajectory_types WHERE id = d.type_id)"	\
	    " AS type, (SELECT name FROM organisations"			\
	    " WHERE id = d.school_id) AS school,"			\
	    " " DOSSIER_PUPIL_NAME " AS pupil"				\
	    " FROM signals g JOIN dossiers d ON d.id = g.dossier_id"	\
	    " WHERE g.cleared_at IS NULL AND" OBJECTIONS scope		\
	    " ORDER BY g.due_on, g.id LIMIT ? OFFSET ?", DB_INT(x),	\
	    __VA_ARGS__, DB_INT(LIST_PER_PAGE), DB_INT(list_offset(page)))
	if (DOSSIER_IN_SCOPE(&sc, COUNT, staff) != 0 ||
	    DOSSIER_IN_SCOPE(&sc, ROWS, staff) != 0 ||
	    dossier_state_labels(r, &res, "Signals") != 0)
		return 500;
#undef COUNT
#undef ROWS
#undef OBJECTIONS
	req_set_rows(r, "Signals", &res);
	list_pager_capped(r, db_int(&count, 0, "n"), page, "");
	req_set(r, "Page.title", "Signaleringen");
	return req_page(r, "dossier/signals.cs");
}
