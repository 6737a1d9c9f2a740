/*
 * Trajectory forms: every type with its current version, a version's
 * form and workflow as the beheerder reads them, the definition as a
 * JSON file to share, and importing one. An import that differs from
 * the current version becomes the next version; a dossier keeps the
 * version it started with.
 */
#include <string.h>

#include "admin.h"
#include "audit.h"
#include "dossier.h"
#include "list.h"
#include "upload.h"

#define IMPORT_MAX	(512 * 1024)	/* a real definition is some 20 kB */

static const char *const json_types[] = {
	"application/json", "text/plain", NULL
};
enum { FI_FILE, FI__MAX };
static const struct field import_fields[FI__MAX] = {
	[FI_FILE] = { "bestand", "Bestand", FT_FILE, IMPORT_MAX, true,
	    json_types },
};
const struct form form_import_form = FORM(import_fields);

static const char *const zero_one[] = { "0", "1", NULL };
enum { FA_ACTIVE, FA__MAX };
static const struct field active_fields[FA__MAX] = {
	[FA_ACTIVE] = { "actief", "Actief", FT_CHOICE, 1, true, zero_one },
};
const struct form form_active_form = FORM(active_fields);

const char *const form_type_labels[FD__MAX] = {
	[FD_TEXT] = "Korte tekst", [FD_TEXTAREA] = "Lange tekst",
	[FD_NUMBER] = "Getal", [FD_DATE] = "Datum", [FD_CHOICE] = "Keuze",
	[FD_MULTI] = "Meerkeuze", [FD_YESNO] = "Ja of nee",
	[FD_FILE] = "Documenten", [FD_TABLE] = "Tabel",
};
static const char *const check_labels[WF_CHECK__MAX] = {
	[WF_CHECK_COMPLETE] = "formulier compleet",
	[WF_CHECK_HANDLER] = "behandelaar toegewezen",
	[WF_CHECK_EXPERT] = "deskundige toegewezen",
	[WF_CHECK_ADVISERS] = "beide adviserende deskundigen toegewezen",
	[WF_CHECK_ADVICES] = "beide adviezen ondertekend, niet door wie de stap "
	    "zet",
	[WF_CHECK_DECISION] = "met het besluitformulier (TLV)",
};
static const char *const notify_labels[WF_NOTIFY__MAX] = {
	[WF_NOTIFY_SCHOOL] = "school", [WF_NOTIFY_SWV] = "samenwerkingsverband",
	[WF_NOTIFY_ASSIGNED] = "toegewezen personen",
	[WF_NOTIFY_RVZ] = "RVZ van het schoolbestuur",
};
static const char *const when_labels[WF_WHEN__MAX] = {
	[WF_WHEN_ALWAYS] = "",
	[WF_WHEN_RVZ] = "alleen als de RVZ eerst goedkeurt (instelling)",
	[WF_WHEN_NO_RVZ] = "alleen als de RVZ niet eerst goedkeurt "
	    "(instelling)",
};

int
form_list(struct req *r)
{
	struct dbres res;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT t.id, t.tkey, t.name,"
	    " v.version_no, v.created_at, u.name AS who,"
	    " (SELECT COUNT(*) FROM dossiers d WHERE d.type_id = t.id)"
	    "  AS dossiers FROM trajectory_types t"
	    " LEFT JOIN trajectory_defs v ON v.id = t.def_id"
	    " LEFT JOIN users u ON u.id = v.created_by ORDER BY t.name, t.id")
	    != 0)
		return 500;
	list_times(r, &res, "created_at");
	req_set_rows(r, "Types", &res);
	req_set(r, "Page.title", "Formulieren");
	return req_page(r, "admin/forms.cs");
}

/*
 * A version of type id, number no (0: the current one), with the type:
 * its row, or 404.
 */
static int
version(struct req *r, long long id, long long no, struct dbres *res)
{
	if (DB_QUERY(r->db, r->arena, res, "SELECT t.id, t.tkey, t.name,"
	    " t.active, t.def_id = v.id AS current, v.id AS def_id,"
	    " v.version_no, v.definition FROM trajectory_types t"
	    " JOIN trajectory_defs v ON v.type_id = t.id"
	    " AND (v.id = t.def_id OR v.version_no = ?)"
	    " WHERE t.id = ? ORDER BY v.version_no = ? DESC LIMIT 1",
	    DB_INT(no), DB_INT(id), DB_INT(no)) != 0)
		return 500;
	if (res->nrows != 1 || (no != 0 && db_int(res, 0, "version_no") != no))
		return 404;
	return 0;
}

/* "a, b en c" of the labels of the bits set in mask. */
static const char *
bits_text(struct req *r, unsigned mask, const char *const *labels, size_t n)
{
	const char *out = "";
	size_t i, left = 0;

	for (i = 0; i < n; i++)
		left += (mask >> i) & 1u;
	for (i = 0; i < n; i++) {
		if (!((mask >> i) & 1u))
			continue;
		out = arena_printf(r->arena, "%s%s%s", out, *out == '\0' ? "" :
		    left == 1 ? " en " : ", ", labels[i]);
		left--;
	}
	return out;
}

/* "Alleen als ‘Doublure’ is ‘ja’." */
static const char *
condition(struct req *r, const struct trajdef *def, const struct fd_field *f)
{
	const struct fd_field *c = trajdef_field(def, f->show_field);
	const char *shown = f->show_value;
	size_t k;

	for (k = 0; k < c->noptions; k++)
		if (strcmp(c->options[k].value, shown) == 0)
			shown = c->options[k].label;
	return arena_printf(r->arena, "Alleen als ‘%s’ is ‘%s’.", c->label,
	    shown);
}

/* The form and the workflow under Def, as the pages show them. */
void
form_def_hdf(struct req *r, const struct trajdef *def)
{
	const char *role_names[ROLE__MAX];
	size_t s, i, k;

	for (s = 0; s < def->nsections; s++) {
		const struct fd_section *sec = &def->sections[s];
		const char *sp = arena_printf(r->arena, "Def.sections.%zu", s);

		req_set(r, arena_printf(r->arena, "%s.key", sp), sec->key);
		req_set(r, arena_printf(r->arena, "%s.title", sp), sec->title);
		req_set(r, arena_printf(r->arena, "%s.instructions", sp),
		    sec->instructions);
		for (i = 0; i < sec->nfields; i++) {
			const struct fd_field *f = &sec->fields[i];
			const char *fp = arena_printf(r->arena, "%s.fields.%zu",
			    sp, i);
			const char *opts = "";

			req_set(r, arena_printf(r->arena, "%s.key", fp), f->key);
			req_set(r, arena_printf(r->arena, "%s.label", fp),
			    f->label);
			req_set(r, arena_printf(r->arena, "%s.type", fp),
			    form_type_labels[f->type]);
			req_set_int(r, arena_printf(r->arena, "%s.required", fp),
			    f->required);
			req_set(r, arena_printf(r->arena, "%s.help", fp), f->help);
			for (k = 0; k < f->noptions; k++)
				opts = arena_printf(r->arena, "%s%s%s", opts,
				    k > 0 ? "; " : "", f->options[k].label);
			for (k = 0; k < f->ncolumns; k++)
				opts = arena_printf(r->arena, "%s%s%s", opts,
				    k > 0 ? "; " : "", f->columns[k].label);
			req_set(r, arena_printf(r->arena, "%s.options", fp),
			    opts);
			if (f->show_field != NULL)
				req_set(r, arena_printf(r->arena, "%s.if", fp),
				    condition(r, def, f));
			if (f->has_signal)
				req_set(r, arena_printf(r->arena, "%s.signal",
				    fp), f->signal_days == 0 ? "Signaal op de "
				    "datum zelf." : arena_printf(r->arena,
				    "Signaal %d dagen van tevoren.",
				    f->signal_days));
		}
	}
	for (i = 0; i < def->nstates; i++) {
		const struct wf_state *st = &def->states[i];
		const char *p = arena_printf(r->arena, "Def.states.%zu", i);

		req_set(r, arena_printf(r->arena, "%s.label", p), st->label);
		req_set(r, arena_printf(r->arena, "%s.kind", p), st->initial ?
		    "Begin" : st->final ? "Einde" : "");
		req_set_int(r, arena_printf(r->arena, "%s.school_edits", p),
		    st->school_edits);
		req_set_int(r, arena_printf(r->arena, "%s.signal_days", p),
		    st->signal_days);
	}
	for (k = 0; k < ROLE__MAX; k++)
		role_names[k] = roles[k].label;
	for (i = 0; i < def->ntransitions; i++) {
		const struct wf_transition *t = &def->transitions[i];
		const char *p = arena_printf(r->arena, "Def.transitions.%zu", i);

		req_set(r, arena_printf(r->arena, "%s.label", p), t->label);
		req_set(r, arena_printf(r->arena, "%s.from", p),
		    trajdef_state(def, t->from)->label);
		req_set(r, arena_printf(r->arena, "%s.to", p),
		    trajdef_state(def, t->to)->label);
		req_set(r, arena_printf(r->arena, "%s.roles", p),
		    bits_text(r, t->roles, role_names, ROLE__MAX));
		req_set(r, arena_printf(r->arena, "%s.checks", p),
		    bits_text(r, t->checks, check_labels, WF_CHECK__MAX));
		req_set(r, arena_printf(r->arena, "%s.when", p),
		    when_labels[t->when]);
		req_set(r, arena_printf(r->arena, "%s.notify", p),
		    bits_text(r, t->notify, notify_labels, WF_NOTIFY__MAX));
	}
}

/* A version of a type with its form and steps; the current one with tools. */
static int
show(struct req *r, long long no)
{
	const struct trajdef *def;
	struct dbres res, versions, draft;
	long long id = r->args.id[0];
	int st;

	if ((st = version(r, id, no, &res)) != 0)
		return st;
	if ((def = traj_def(r, db_int(&res, 0, "def_id"))) == NULL ||
	    DB_QUERY(r->db, r->arena, &versions, "SELECT v.version_no,"
	    " v.created_at, u.name AS who, (SELECT COUNT(*) FROM dossiers d"
	    " WHERE d.def_id = v.id) AS dossiers FROM trajectory_defs v"
	    " LEFT JOIN users u ON u.id = v.created_by WHERE v.type_id = ?"
	    " ORDER BY v.version_no DESC", DB_INT(id)) != 0 ||
	    DB_QUERY(r->db, r->arena, &draft, "SELECT d.updated_at, u.name AS"
	    " who FROM trajectory_drafts d JOIN users u ON u.id = d.updated_by"
	    " WHERE d.type_id = ?", DB_INT(id)) != 0)
		return 500;
	list_times(r, &versions, "created_at");
	list_times(r, &draft, "updated_at");
	req_set_rows(r, "Type", &res);
	req_set_rows(r, "Versions", &versions);
	req_set_rows(r, "Draft", &draft);
	form_def_hdf(r, def);
	req_set(r, "Page.title", db_val(&res, 0, "name"));
	return req_page(r, "admin/form.cs");
}

int
form_page(struct req *r)
{
	return show(r, 0);
}

int
form_version_page(struct req *r)
{
	return show(r, r->args.id[1]);
}

static int
export(struct req *r, long long no)
{
	struct dbres res;
	const char *json;
	int st;

	if ((st = version(r, r->args.id[0], no, &res)) != 0)
		return st;
	json = db_val(&res, 0, "definition");
	return req_attachment(r, "application/json; charset=utf-8", json,
	    strlen(json), arena_printf(r->arena, "formulier-%s-versie-%s.json",
	    db_val(&res, 0, "tkey"), db_val(&res, 0, "version_no")));
}

int
form_export(struct req *r)
{
	return export(r, 0);
}

int
form_version_export(struct req *r)
{
	return export(r, r->args.id[1]);
}

/* Schools start new dossiers of an active type only; running ones go on. */
int
form_active(struct req *r)
{
	const char *to = r->f[FA_ACTIVE].s;
	struct dbres res;
	int st;

	if ((st = version(r, r->args.id[0], 0, &res)) != 0)
		return st;
	if (strcmp(db_val(&res, 0, "active"), to) != 0 &&
	    (DB_EXEC(r->db, NULL, NULL, "UPDATE trajectory_types SET"
	    " active = ?, version = version + 1, updated_at = UTC_TIMESTAMP()"
	    " WHERE id = ?", DB_STR(to), DB_INT(r->args.id[0])) != 0 ||
	    audit(r, "update", "trajectory_type", r->args.id[0], "active",
	    db_val(&res, 0, "active"), to) != 0))
		return 500;
	return req_redirectf(r, "/beheer/formulieren/%lld?m=opgeslagen",
	    r->args.id[0]);
}

int
form_import(struct req *r)
{
	const struct fval *file = &r->f[FI_FILE];
	const char *json, *err;
	size_t len = (size_t)file->i;
	struct dbres res;
	long long def_id;

	if ((json = upload_bytes(r, file)) == NULL)
		return 500;
	/* Editors on Windows like to start a UTF-8 file with a BOM. */
	if (len >= 3 && memcmp(json, "\xef\xbb\xbf", 3) == 0)
		json += 3, len -= 3;
	switch (traj_import(r->db, r->arena, json, len, r->user.id, &err,
	    &def_id)) {
	case 0:
		break;
	case -1:
		form_error(r, "bestand", arena_printf(r->arena, "Dit bestand is "
		    "geen bruikbaar formulier. %s", err));
		return req_invalid(r);
	default:
		return 500;
	}
	if (def_id == 0)
		return req_redirect(r, "/beheer/formulieren?m=formulier-gelijk");
	if (DB_QUERY(r->db, r->arena, &res, "SELECT type_id, version_no FROM"
	    " trajectory_defs WHERE id = ?", DB_INT(def_id)) != 0 ||
	    audit(r, "import", "trajectory_type", db_int(&res, 0, "type_id"),
	    "version_no", NULL, db_val(&res, 0, "version_no")) != 0)
		return 500;
	return req_redirectf(r, "/beheer/formulieren/%lld?m=formulier-nieuw",
	    db_int(&res, 0, "type_id"));
}
