/*
 * The right of access (AVG art. 15): a beheerder finds a pupil and
 * downloads everything stored about them, with who saw it when, as one
 * Excel file. The export itself is logged first, so it is in the file.
 */
#include <string.h>

#include "audit.h"
#include "form.h"
#include "pages.h"

enum { AS_Q, AS_BIRTH, AS__MAX };
static const struct field access_fields[AS__MAX] = {
	[AS_Q] = { "q", "Naam leerling", FT_TEXT, 100, false, NULL },
	[AS_BIRTH] = { "geboren", "Geboortedatum", FT_DATE, 10, false, NULL },
};
const struct form access_search_form = FORM(access_fields);

int
access_search(struct req *r)
{
	const struct fval *f = r->f;
	struct dbres res;

	form_echo(r);
	req_set(r, "Page.title", "Inzageverzoek van een leerling");
	if (r->nerrors > 0 || (*f[AS_Q].s == '\0' && *f[AS_BIRTH].s == '\0'))
		return req_page(r, "dossier/access.cs");
	if (DB_QUERY(r->db, r->arena, &res, "SELECT p.id, p.birth_date,"
	    " CONCAT_WS(' ', p.first_name, NULLIF(p.name_prefix, ''),"
	    "  p.last_name) AS name, s.name AS school FROM pupils p"
	    " JOIN organisations s ON s.id = p.school_id"
	    " WHERE (? = '' OR p.last_name LIKE ? OR p.first_name LIKE ?)"
	    " AND (? = '' OR p.birth_date = ?)"
	    " ORDER BY p.last_name, p.first_name, p.id LIMIT 50",
	    DB_STR(f[AS_Q].s), DB_STR(list_like(r, f[AS_Q].s)),
	    DB_STR(list_like(r, f[AS_Q].s)), DB_STR(f[AS_BIRTH].s),
	    DB_STR(f[AS_BIRTH].s)) != 0)
		return 500;
	req_set_rows(r, "Pupils", &res);
	req_set(r, "Search.done", "1");
	return req_page(r, "dossier/access.cs");
}

static const struct {
	const char	*key, *label;
} actions[] = {
	{ "view", "Bekeken" }, { "create", "Aangemaakt" },
	{ "update", "Gewijzigd" }, { "transition", "Stap gezet" },
	{ "comment", "Opmerking geplaatst" }, { "assign", "Persoon toegewezen" },
	{ "unassign", "Toewijzing verwijderd" },
	{ "upload", "Document toegevoegd" },
	{ "download", "Document gedownload" },
	{ "delete", "Document verwijderd" }, { "export", "Geëxporteerd" },
	{ "reuse", "Antwoorden hergebruikt" },
	{ "transfer", "Naar een andere school overgeschreven" },
	{ "share", "Gedeeld met een gast" },
	{ "unshare", "Delen ingetrokken" },
	{ "login", "Gast heeft ingelogd" },
};

/*
 * Rows and columns as they are; a column named at or *_at is a moment.
 * Row by row: the workbook keeps one row in memory at a time.
 */
static void
sheet(lxw_workbook *wb, lxw_format *head, lxw_format *moment,
    const char *title, const char *const *heads, const struct dbres *res)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, title);
	lxw_col_t c;
	size_t i;

	for (c = 0; c < res->ncols; c++) {
		worksheet_set_column(ws, c, c, 22, NULL);
		worksheet_write_string(ws, 0, c, heads[c], head);
	}
	for (i = 0; i < res->nrows; i++)
		for (c = 0; c < res->ncols; c++) {
			const char *col = res->cols[c], *v = res->rows[i][c];
			size_t n = strlen(col);

			if (strcmp(col, "at") == 0 ||
			    (n > 3 && strcmp(col + n - 3, "_at") == 0))
				xlsx_date(ws, (lxw_row_t)i + 1, c, v, true,
				    moment);
			else if (v != NULL)
				worksheet_write_string(ws, (lxw_row_t)i + 1, c,
				    v, NULL);
		}
	worksheet_freeze_panes(ws, 1, 0);
}

/* Dossier, section, question, answer in words: every answer given. */
static int
answers_sheet(struct req *r, lxw_workbook *wb, lxw_format *head,
    const struct dbres *ds)
{
	static const char *const heads[] = { "Dossier", "Onderdeel", "Vraag",
	    "Antwoord" };
	lxw_worksheet *ws = workbook_add_worksheet(wb, "Antwoorden");
	lxw_row_t row = 1;
	lxw_col_t c;
	size_t i, s, k;

	for (c = 0; c < 4; c++) {
		worksheet_set_column(ws, c, c, c < 2 ? 14 + 16 * c : 50, NULL);
		worksheet_write_string(ws, 0, c, heads[c], head);
	}
	for (i = 0; i < ds->nrows; i++) {
		const struct trajdef *def = traj_def(r, db_int(ds, i, "def_id"));
		const char *json = db_val(ds, i, "answers");
		struct answers a;

		if (def == NULL ||
		    answers_parse(r->arena, json, strlen(json), &a) != 0)
			return -1;
		for (s = 0; s < def->nsections; s++)
			for (k = 0; k < def->sections[s].nfields; k++) {
				const struct fd_field *f =
				    &def->sections[s].fields[k];
				const char *v = dossier_answer_text(r->arena, f,
				    &a);

				if (v == NULL)
					continue;
				worksheet_write_string(ws, row, 0,
				    db_val(ds, i, "id"), NULL);
				worksheet_write_string(ws, row, 1,
				    def->sections[s].title, NULL);
				worksheet_write_string(ws, row, 2, f->label, NULL);
				worksheet_write_string(ws, row++, 3, v, NULL);
			}
	}
	worksheet_freeze_panes(ws, 1, 0);
	return 0;
}

static void
labels(struct req *r, struct dbres *log, struct dbres *ds)
{
	const char *label;
	size_t i, k;
	int role;

	for (i = 0; i < log->nrows; i++) {
		const char *a = db_val(log, i, "action");

		for (k = 0; k < sizeof(actions) / sizeof(actions[0]); k++)
			if (a != NULL && strcmp(a, actions[k].key) == 0)
				db_set(log, i, "action", actions[k].label);
		if ((role = role_from_key(db_val(log, i, "role"))) >= 0)
			db_set(log, i, "role", roles[role].label);
		/* A guest: their relation, and on whose behalf they looked. */
		if (db_val(log, i, "relation") != NULL) {
			db_set(log, i, "role", arena_printf(r->arena, "Gast (%s)",
			    share_relation_label(db_val(log, i, "relation"))));
			db_set(log, i, "org", arena_printf(r->arena, "Namens %s",
			    db_val(log, i, "on_behalf")));
		}
	}
	for (i = 0; i < ds->nrows; i++)
		if ((label = dossier_state_label(r, db_int(ds, i, "def_id"),
		    db_val(ds, i, "state"))) != NULL)
			db_set(ds, i, "state", label);
}

int
access_export(struct req *r)
{
	static const char *const pupil_heads[] = { "Voornaam",
	    "Tussenvoegsel", "Achternaam", "Geboortedatum", "Geslacht",
	    "Groep of leerjaar", "Leerlingnummer van de school", "School",
	    "Ouder 1", "E-mail ouder 1", "Telefoon ouder 1", "Ouder 2",
	    "E-mail ouder 2", "Telefoon ouder 2", "Geregistreerd op",
	    "Laatst gewijzigd op" };
	static const char *const dossier_heads[] = { "Dossier", "Soort",
	    "School", "Status", "Gestart", "Ingediend", "Laatst gewijzigd" };
	static const char *const event_heads[] = { "Dossier", "Wanneer", "Wie",
	    "Wat", "Toelichting" };
	static const char *const doc_heads[] = { "Dossier", "Bestand", "Soort",
	    "Bytes", "Toegevoegd op", "Door", "Verwijderd op" };
	static const char *const log_heads[] = { "Wanneer", "Wie", "Rol",
	    "Organisatie", "Handeling", "Dossier", "Object", "Nummer" };
	long long id = r->args.id[0];
	struct dbres p, ds, ev, docs, log;
	lxw_workbook *wb;
	lxw_format *head, *moment;
	char *path;
	FILE *fp;

	if (DB_QUERY(r->db, r->arena, &p, "SELECT p.first_name, p.name_prefix,"
	    " p.last_name, p.birth_date, p.gender, p.grade, p.school_number,"
	    " s.name AS school, p.parent1_name, p.parent1_email,"
	    " p.parent1_phone, p.parent2_name, p.parent2_email,"
	    " p.parent2_phone, p.created_at, p.updated_at FROM pupils p"
	    " JOIN organisations s ON s.id = p.school_id WHERE p.id = ?",
	    DB_INT(id)) != 0)
		return 500;
	if (p.nrows == 0)
		return 404;
	if (audit_access(r, "export", ROLE_ADMIN, 0, id, 0, "pupil", id) != 0 ||
	    DB_QUERY(r->db, r->arena, &ds, "SELECT d.id, t.name AS type,"
	    " s.name AS school, d.state, d.created_at, d.submitted_at,"
	    " d.updated_at, d.def_id, d.answers FROM dossiers d"
	    " JOIN trajectory_types t ON t.id = d.type_id"
	    " JOIN organisations s ON s.id = d.school_id WHERE d.pupil_id = ?"
	    " ORDER BY d.id", DB_INT(id)) != 0 ||
	    DB_QUERY(r->db, r->arena, &ev, "SELECT e.dossier_id, e.at,"
	    " u.name AS who, e.label, e.body FROM dossier_events e"
	    " JOIN dossiers d ON d.id = e.dossier_id LEFT JOIN users u"
	    " ON u.id = e.user_id WHERE d.pupil_id = ? ORDER BY e.dossier_id,"
	    " e.at, e.id", DB_INT(id)) != 0 ||
	    DB_QUERY(r->db, r->arena, &docs, "SELECT c.dossier_id, c.file_name,"
	    " c.mime_type, c.size, c.uploaded_at, u.name AS who, c.removed_at"
	    " FROM documents c JOIN dossiers d ON d.id = c.dossier_id"
	    " LEFT JOIN users u ON u.id = c.uploaded_by WHERE d.pupil_id = ?"
	    " ORDER BY c.id", DB_INT(id)) != 0 ||
	    DB_QUERY(r->db, r->arena, &log, "SELECT l.at,"
	    " COALESCE(u.name, g.name) AS who, l.role, o.name AS org, l.action,"
	    " l.dossier_id, l.object_type, l.object_id, g.relation,"
	    " b.name AS on_behalf FROM audit_log l"
	    " LEFT JOIN users u ON u.id = l.user_id"
	    " LEFT JOIN organisations o ON o.id = l.org_id"
	    " LEFT JOIN shares g ON g.id = l.share_id"
	    " LEFT JOIN users b ON b.id = l.on_behalf_of"
	    " WHERE l.pupil_id = ? ORDER BY l.at, l.id", DB_INT(id)) != 0)
		return 500;
	labels(r, &log, &ds);
	if ((wb = xlsx_open(r, &path)) == NULL)
		return 500;
	head = workbook_add_format(wb);
	format_set_bold(head);
	moment = workbook_add_format(wb);
	format_set_num_format(moment, "dd-mm-yyyy hh:mm");
	sheet(wb, head, moment, "Leerling", pupil_heads, &p);
	ds.ncols = 7;		/* not def_id and the raw answers */
	sheet(wb, head, moment, "Dossiers", dossier_heads, &ds);
	ds.ncols = 9;
	if (answers_sheet(r, wb, head, &ds) != 0) {
		fp = xlsx_close(wb, path);
		if (fp != NULL)
			fclose(fp);
		return 500;
	}
	sheet(wb, head, moment, "Tijdlijn", event_heads, &ev);
	sheet(wb, head, moment, "Documenten", doc_heads, &docs);
	log.ncols = 8;		/* not the guest's relation and inviter */
	sheet(wb, head, moment, "Inzage", log_heads, &log);
	if ((fp = xlsx_close(wb, path)) == NULL)
		return 500;
	return xlsx_send(r, fp, arena_printf(r->arena,
	    "inzage-leerling-%lld.xlsx", id));
}
