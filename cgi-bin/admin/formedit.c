/*
 * The form builder: a beheerder changes a type's request form in the
 * browser, one section or question at a time, on a draft. A change is
 * stored only when the whole definition still parses, so the draft is
 * always a form the platform can use. Publishing the draft makes it
 * the next version through traj_import, as a JSON file would; running
 * dossiers keep their version.
 *
 * The workflow is not edited here: it comes along unchanged from the
 * version the draft started from (a JSON file can change it).
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "audit.h"
#include "dossier.h"
#include "formedit.h"
#include "list.h"
#include "log.h"
#include "text.h"

#define SPARE_ROWS	5	/* empty rows for new options or columns */
#define OPTIONS_MAX	50	/* formdef.c's limits */
#define COLUMNS_MAX	20
#define ROWS_MAX	50
#define FIELDS_MAX	300
#define SECTIONS_MAX	30
#define LABEL_MAX	300

static const char *const actions[] = {
	"omhoog", "omlaag", "verwijderen", NULL
};
enum { ACT_UP, ACT_DOWN, ACT_REMOVE };

enum { DF_VERSION, DF__MAX };
static const struct field draft_fields[DF__MAX] = {
	[DF_VERSION] = { "version", "Versie", FT_ID, 10, true, NULL },
};
const struct form draft_form = FORM(draft_fields);

enum { AF_ACTION, AF_VERSION, AF__MAX };
static const struct field action_fields[AF__MAX] = {
	[AF_ACTION] = { "actie", "Actie", FT_CHOICE, 20, true, actions },
	[AF_VERSION] = { "version", "Versie", FT_ID, 10, true, NULL },
};
const struct form draft_action_form = FORM(action_fields);

enum { SF_TITLE, SF_INSTRUCTIONS, SF_VERSION, SF__MAX };
static const struct field section_fields[SF__MAX] = {
	[SF_TITLE] = { "titel", "Titel", FT_TEXT, LABEL_MAX, true, NULL },
	[SF_INSTRUCTIONS] = { "instructies", "Aanwijzingen", FT_TEXTAREA, 2000,
	    false, NULL },
	[SF_VERSION] = { "version", "Versie", FT_ID, 10, true, NULL },
};
const struct form draft_section_form = FORM(section_fields);

enum {
	QF_LABEL, QF_KEY, QF_TYPE, QF_REQUIRED, QF_HELP, QF_IF, QF_CHARS,
	QF_LOW, QF_HIGH, QF_ROWS, QF_SIGNAL, QF_VERSION, QF__MAX
};
static const struct field question_fields[QF__MAX] = {
	[QF_LABEL] = { "vraag", "Vraag", FT_TEXT, LABEL_MAX, true, NULL },
	[QF_KEY] = { "sleutel", "Sleutel", FT_TEXT, 40, false, NULL },
	[QF_TYPE] = { "soort", "Soort vraag", FT_CHOICE, 20, true,
	    fd_type_keys },
	[QF_REQUIRED] = { "verplicht", "Verplicht", FT_BOOL, 1, false, NULL },
	[QF_HELP] = { "toelichting", "Toelichting", FT_TEXTAREA, 2000, false,
	    NULL },
	[QF_IF] = { "voorwaarde", "Tonen", FT_TEXT, 100, false, NULL },
	[QF_CHARS] = { "tekens", "Hoogstens aantal tekens", FT_TEXT, 10, false,
	    NULL },
	[QF_LOW] = { "laagste", "Laagste waarde", FT_TEXT, 20, false, NULL },
	[QF_HIGH] = { "hoogste", "Hoogste waarde", FT_TEXT, 20, false, NULL },
	[QF_ROWS] = { "rijen", "Aantal rijen", FT_TEXT, 10, false, NULL },
	[QF_SIGNAL] = { "signaal", "Signaal", FT_TEXT, 10, false, NULL },
	[QF_VERSION] = { "version", "Versie", FT_ID, 10, true, NULL },
};
const struct form draft_question_form = FORM(question_fields);

/* What the builder tells about each type when a question is added. */
static const char *const type_hints[FD__MAX] = {
	[FD_TEXT] = "Eén regel, bijvoorbeeld een naam.",
	[FD_TEXTAREA] = "Een antwoord van meer regels.",
	[FD_NUMBER] = "Een geheel getal, eventueel tussen grenzen.",
	[FD_DATE] = "Een bestaande datum.",
	[FD_CHOICE] = "Eén keuze uit een lijst.",
	[FD_MULTI] = "Een of meer keuzes uit een lijst.",
	[FD_YESNO] = "Het antwoord is ja of nee.",
	[FD_FILE] = "De school voegt een of meer documenten toe.",
	[FD_TABLE] = "Rijen met vaste kolommen, zoals toetsresultaten.",
};

/* Column types the builder offers; a choice column only via JSON. */
static const enum fd_type column_types[] = { FD_TEXT, FD_NUMBER, FD_DATE };

struct draft {
	long long	 type_id;
	long long	 version;
	bool		 outdated;	/* a newer version was published since */
	struct dbres	 row;
	struct trajdef	 def;
};

/* 0 with *dr, 1 when the type has no draft, 404, 500. Locks the row. */
static int
draft_load(struct req *r, struct draft *dr)
{
	const char *json, *err;

	memset(dr, 0, sizeof(*dr));
	dr->type_id = r->args.id[0];
	if (DB_QUERY(r->db, r->arena, &dr->row, "SELECT t.id, t.name,"
	    " d.version, d.based_on, t.def_id, v.version_no AS based_no,"
	    " c.version_no AS current_no, d.definition, u.name AS who,"
	    " d.updated_at FROM trajectory_types t"
	    " LEFT JOIN trajectory_drafts d ON d.type_id = t.id"
	    " LEFT JOIN trajectory_defs v ON v.id = d.based_on"
	    " LEFT JOIN trajectory_defs c ON c.id = t.def_id"
	    " LEFT JOIN users u ON u.id = d.updated_by"
	    " WHERE t.id = ? FOR UPDATE", DB_INT(dr->type_id)) != 0)
		return 500;
	if (dr->row.nrows != 1)
		return 404;
	if ((json = db_val(&dr->row, 0, "definition")) == NULL)
		return 1;
	dr->version = db_int(&dr->row, 0, "version");
	dr->outdated = db_int(&dr->row, 0, "based_on") !=
	    db_int(&dr->row, 0, "def_id");
	if (trajdef_parse(r->arena, json, strlen(json), &dr->def, &err) != 0) {
		log_error("draft of type %lld: %s", dr->type_id, err);
		return 500;
	}
	return 0;
}

/* The draft, or where to go without one: the type's page. */
static int
draft_get(struct req *r, struct draft *dr)
{
	int st = draft_load(r, dr);

	if (st == 1)
		return req_redirectf(r, "/beheer/formulieren/%lld?m=geen-concept",
		    dr->type_id);
	return st;
}

/*
 * Stores the changed definition if the parser still accepts it.
 * 0, -1 with *err (Dutch), -2 on a database error.
 */
static int
draft_store(struct req *r, struct draft *dr, const char **err)
{
	const char *json = trajdef_json(r->arena, &dr->def);
	struct trajdef check;

	if (json == NULL)
		return -2;
	if (trajdef_parse(r->arena, json, strlen(json), &check, err) != 0)
		return -1;
	if (DB_EXEC(r->db, NULL, NULL, "UPDATE trajectory_drafts SET"
	    " definition = ?, version = version + 1, updated_by = ?,"
	    " updated_at = UTC_TIMESTAMP() WHERE type_id = ?", DB_STR(json),
	    DB_INT(r->user.id), DB_INT(dr->type_id)) != 0)
		return -2;
	return 0;
}

static void
draft_hdf(struct req *r, struct draft *dr)
{
	list_times(r, &dr->row, "updated_at");
	req_set_rows(r, "Draft", &dr->row);
	req_set_int(r, "Draft.0.outdated", dr->outdated);
	req_setf(r, "Draft.0.base", "/beheer/formulieren/%lld/concept",
	    dr->type_id);
	form_def_hdf(r, &dr->def);
}

static int
editor(struct req *r, struct draft *dr, int status)
{
	draft_hdf(r, dr);
	req_set(r, "Page.title", arena_printf(r->arena, "Concept: %s",
	    db_val(&dr->row, 0, "name")));
	if (req_page(r, "admin/draft.cs") != 200)
		return 500;
	return status;
}

/* The editor with a refusal at the top, next to the thing it is about. */
static int
refuse(struct req *r, struct draft *dr, const char *anchor, const char *msg)
{
	form_error_label(r, anchor, "", msg);
	return editor(r, dr, 409);
}

static const char *const stale_msg = "Iemand anders heeft dit concept "
    "intussen gewijzigd. Bekijk het hieronder opnieuw en probeer het nog "
    "eens.";

/* Idempotent: a second click finds the draft there already. */
int
draft_create(struct req *r)
{
	if (DB_EXEC(r->db, NULL, NULL, "INSERT IGNORE INTO trajectory_drafts"
	    " (type_id, based_on, definition, created_by, updated_by,"
	    " created_at, updated_at) SELECT t.id, v.id, v.definition, ?, ?,"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM trajectory_types t"
	    " JOIN trajectory_defs v ON v.id = t.def_id WHERE t.id = ?",
	    DB_INT(r->user.id), DB_INT(r->user.id), DB_INT(r->args.id[0])) != 0)
		return 500;
	return req_redirectf(r, "/beheer/formulieren/%lld/concept",
	    r->args.id[0]);
}

int
draft_page(struct req *r)
{
	struct draft dr;
	int st;

	if ((st = draft_get(r, &dr)) != 0)
		return st;
	return editor(r, &dr, 200);
}

int
draft_publish(struct req *r)
{
	struct draft dr;
	const char *json, *err;
	long long def_id;
	struct dbres res;
	int st;

	if ((st = draft_get(r, &dr)) != 0)
		return st;
	if (r->f[DF_VERSION].i != dr.version)
		return refuse(r, &dr, "publiceren", stale_msg);
	if (dr.outdated)
		return refuse(r, &dr, "publiceren", "Na het begin van dit concept "
		    "is een nieuwere versie van het formulier gepubliceerd. "
		    "Publiceren zou die wijzigingen ongedaan maken. Gooi het "
		    "concept weg en begin opnieuw vanaf de nieuwste versie.");
	json = db_val(&dr.row, 0, "definition");
	if ((st = traj_import(r->db, r->arena, json, strlen(json), r->user.id,
	    &err, &def_id)) != 0) {
		if (st == -1)
			log_error("draft of type %lld: %s", dr.type_id, err);
		return 500;	/* the draft was parsed when it was stored */
	}
	if (DB_EXEC(r->db, NULL, NULL, "DELETE FROM trajectory_drafts"
	    " WHERE type_id = ?", DB_INT(dr.type_id)) != 0)
		return 500;
	if (def_id == 0)
		return req_redirectf(r, "/beheer/formulieren/%lld"
		    "?m=concept-gelijk", dr.type_id);
	if (DB_QUERY(r->db, r->arena, &res, "SELECT version_no FROM"
	    " trajectory_defs WHERE id = ?", DB_INT(def_id)) != 0 ||
	    audit(r, "publish", "trajectory_type", dr.type_id, "version_no",
	    NULL, db_val(&res, 0, "version_no")) != 0)
		return 500;
	return req_redirectf(r, "/beheer/formulieren/%lld?m=gepubliceerd",
	    dr.type_id);
}

int
draft_discard(struct req *r)
{
	struct draft dr;
	int st;

	if ((st = draft_get(r, &dr)) != 0)
		return st;
	if (r->f[DF_VERSION].i != dr.version)
		return refuse(r, &dr, "weggooien", stale_msg);
	if (DB_EXEC(r->db, NULL, NULL, "DELETE FROM trajectory_drafts"
	    " WHERE type_id = ?", DB_INT(dr.type_id)) != 0 ||
	    audit(r, "discard", "trajectory_type", dr.type_id, NULL, NULL,
	    NULL) != 0)
		return 500;
	return req_redirectf(r, "/beheer/formulieren/%lld?m=concept-weg",
	    dr.type_id);
}

/* ---- Sections ---------------------------------------------------- */

/* The section named in the path; *sec == nsections for a new one. */
static int
section_at(struct req *r, const struct draft *dr, size_t *sec)
{
	if (r->args.ntok == 0) {
		*sec = dr->def.nsections;
		return 0;
	}
	return fe_section_find(&dr->def, r->args.tok[0], sec) ? 0 : 404;
}

/* A new section (no key in the path) or one to change. */
int
section_page(struct req *r)
{
	struct draft dr;
	size_t sec;
	int st;

	if ((st = draft_get(r, &dr)) != 0 ||
	    (st = section_at(r, &dr, &sec)) != 0)
		return st;
	draft_hdf(r, &dr);
	req_set_int(r, "Section.new", sec == dr.def.nsections);
	if (sec < dr.def.nsections) {
		req_set(r, "Section.key", dr.def.sections[sec].key);
		form_value(r, "titel", dr.def.sections[sec].title);
		form_value(r, "instructies", dr.def.sections[sec].instructions);
	}
	req_set_int(r, "Field.version.value", dr.version);
	req_set(r, "Page.title", sec < dr.def.nsections ? "Sectie wijzigen" :
	    "Sectie toevoegen");
	return req_page(r, "admin/draft_section.cs");
}

static bool
section_taken(const void *ctx, const char *key)
{
	size_t sec;

	return fe_section_find(ctx, key, &sec);
}

int
section_save(struct req *r)
{
	struct draft dr;
	struct fd_section s = { 0 };
	const char *err;
	size_t sec;
	int st;

	if ((st = draft_get(r, &dr)) != 0 ||
	    (st = section_at(r, &dr, &sec)) != 0)
		return st;
	if (r->f[SF_VERSION].i != dr.version)
		return req_conflict(r, "titel", "dit concept",
		    db_val(&dr.row, 0, "version"));
	if (sec < dr.def.nsections)
		s = dr.def.sections[sec];
	else if (dr.def.nsections >= SECTIONS_MAX) {
		form_error(r, "titel", "Het formulier heeft al 30 secties; meer "
		    "kan niet.");
		return req_invalid(r);
	} else if ((s.key = fe_key(r->arena, r->f[SF_TITLE].s, section_taken,
	    &dr.def)) == NULL) {
		form_error(r, "titel", "Er zijn al veel secties met deze titel.");
		return req_invalid(r);
	}
	s.title = r->f[SF_TITLE].s;
	s.instructions = r->f[SF_INSTRUCTIONS].s;
	fe_section_put(r->arena, &dr.def, sec, &s);
	switch (draft_store(r, &dr, &err)) {
	case 0:
		break;
	case -1:
		form_error(r, "titel", err);
		return req_invalid(r);
	default:
		return 500;
	}
	return req_redirectf(r, "/beheer/formulieren/%lld/concept?m=opgeslagen"
	    "#s-%s", dr.type_id, s.key);
}

int
section_act(struct req *r)
{
	struct draft dr;
	const struct fd_section *s;
	const char *anchor, *err;
	size_t sec;
	int st, act = (int)r->f[AF_ACTION].i;

	if ((st = draft_get(r, &dr)) != 0 ||
	    (st = section_at(r, &dr, &sec)) != 0)
		return st;
	s = &dr.def.sections[sec];
	anchor = arena_printf(r->arena, "s-%s", s->key);
	if (r->f[AF_VERSION].i != dr.version)
		return refuse(r, &dr, anchor, stale_msg);
	if (act == ACT_REMOVE) {
		if (s->nfields > 0)
			return refuse(r, &dr, anchor, arena_printf(r->arena,
			    "De sectie ‘%s’ heeft nog vragen. Verwijder of "
			    "verplaats die eerst.", s->title));
		if (dr.def.nsections == 1)
			return refuse(r, &dr, anchor, "Een formulier heeft ten "
			    "minste één sectie.");
		fe_section_remove(&dr.def, sec);
		anchor = "secties";
	} else if (!fe_section_move(&dr.def, sec, act == ACT_UP ? -1 : 1))
		return req_redirectf(r, "/beheer/formulieren/%lld/concept#%s",
		    dr.type_id, anchor);
	switch (draft_store(r, &dr, &err)) {
	case 0:
		break;
	case -1:	/* show the draft as it is stored, not as changed */
		if (draft_load(r, &dr) != 0)
			return 500;
		return refuse(r, &dr, anchor, err);
	default:
		return 500;
	}
	return req_redirectf(r, "/beheer/formulieren/%lld/concept#%s",
	    dr.type_id, anchor);
}

/* ---- Questions --------------------------------------------------- */

struct question {
	struct fd_pos		 pos;	/* idx == nfields: a new one */
	const struct fd_field	*old;	/* NULL: new */
	int			 type;	/* -1: not chosen yet */
};

/* The question (or for a new one its section) named in the path. */
static int
question_at(struct req *r, const struct draft *dr, bool is_new,
    struct question *q)
{
	const char *t;

	memset(q, 0, sizeof(*q));
	q->type = -1;
	if (!is_new) {
		if (!fe_field_find(&dr->def, r->args.tok[0], &q->pos))
			return 404;
		q->old = &dr->def.sections[q->pos.sec].fields[q->pos.idx];
		q->type = (int)q->old->type;
		return 0;
	}
	if (!fe_section_find(&dr->def, r->args.tok[0], &q->pos.sec))
		return 404;
	q->pos.idx = dr->def.sections[q->pos.sec].nfields;
	t = hdf_get_value(r->hdf, "Query.soort", "");
	for (q->type = 0; q->type < FD__MAX; q->type++)
		if (strcmp(fd_type_keys[q->type], t) == 0)
			break;
	if (q->type == FD__MAX)
		q->type = -1;
	return 0;
}

/*
 * The answers a new or changed question can be shown on: every choice
 * and yes/no question before it, as "KEY=VALUE".
 */
static void
conditions_hdf(struct req *r, const struct trajdef *d, struct fd_pos end)
{
	size_t s, i, k, n = 0;

	for (s = 0; s <= end.sec; s++)
		for (i = 0; i < d->sections[s].nfields &&
		    (s < end.sec || i < end.idx); i++) {
			const struct fd_field *f = &d->sections[s].fields[i];
			static const struct fd_option yesno[] = {
				{ "ja", "Ja" }, { "nee", "Nee" }
			};
			const struct fd_option *o = f->type == FD_YESNO ?
			    yesno : f->options;
			size_t no = f->type == FD_YESNO ? 2 : f->noptions;

			if (f->type != FD_YESNO && f->type != FD_CHOICE)
				continue;
			for (k = 0; k < no; k++, n++) {
				req_setf(r, arena_printf(r->arena,
				    "Conds.%zu.value", n), "%s=%s", f->key,
				    o[k].value);
				req_setf(r, arena_printf(r->arena,
				    "Conds.%zu.label", n), "Alleen als ‘%s’ is "
				    "‘%s’", f->label, o[k].label);
			}
		}
}

/* An option or column row of the page: from the post, or stored. */
static void
row_hdf(struct req *r, size_t i, const char *label, const char *key,
    const char *type, bool required)
{
	const char *p = arena_printf(r->arena, "Rows.%zu", i);

	req_set_int(r, arena_printf(r->arena, "%s.n", p), (long long)i + 1);
	req_set(r, arena_printf(r->arena, "%s.label", p), label);
	req_set(r, arena_printf(r->arena, "%s.key", p), key);
	req_set(r, arena_printf(r->arena, "%s.type", p), type);
	req_set_int(r, arena_printf(r->arena, "%s.required", p), required);
}

static const char *
posted(struct req *r, const char *name)
{
	const char *v = hdf_get_valuef(r->hdf, "Query.%s", name);

	return text_trim(arena_strdup(r->arena, v != NULL ? v : ""));
}

/*
 * The rows the page shows: the stored ones, or after a failed post the
 * posted ones in their places (errors name them by number); then spares.
 */
static void
rows_hdf(struct req *r, const struct question *q)
{
	const char *list = q->type == FD_TABLE ? "kolom" : "optie", *p;
	size_t i, n = 0, max = q->type == FD_TABLE ? COLUMNS_MAX : OPTIONS_MAX;

	if (r->method == METHOD_POST) {
		for (i = 1; i <= max; i++)
			if (*posted(r, arena_printf(r->arena, "%s-%zu", list,
			    i)) != '\0')
				n = i;
		for (i = 0; i < n; i++) {
			p = arena_printf(r->arena, "%s-%zu", list, i + 1);
			row_hdf(r, i, posted(r, p), posted(r, arena_printf(
			    r->arena, "%s-sleutel", p)), posted(r, arena_printf(
			    r->arena, "%s-soort", p)), *posted(r, arena_printf(
			    r->arena, "%s-verplicht", p)) != '\0');
		}
	} else if (q->old != NULL && q->type == FD_TABLE) {
		for (; n < q->old->ncolumns; n++)
			row_hdf(r, n, q->old->columns[n].label,
			    q->old->columns[n].key,
			    fd_type_keys[q->old->columns[n].type],
			    q->old->columns[n].required);
	} else if (q->old != NULL) {
		for (; n < q->old->noptions; n++)
			row_hdf(r, n, q->old->options[n].label,
			    q->old->options[n].value, "", false);
	}
	for (i = 0; i < SPARE_ROWS && n < max; i++, n++)
		row_hdf(r, n, "", "", "text", false);
}

/* The stored question in the form fields, for a GET of its page. */
static void
question_values(struct req *r, const struct fd_field *f)
{
	form_value(r, "vraag", f->label);
	form_value(r, "verplicht", f->required ? "1" : "0");
	form_value(r, "toelichting", f->help);
	if (f->show_field != NULL)
		req_setf(r, "Field.voorwaarde.value", "%s=%s", f->show_field,
		    f->show_value);
	if (f->type == FD_TEXT || f->type == FD_TEXTAREA)
		req_setf(r, "Field.tekens.value", "%zu", f->max);
	if (f->type == FD_TABLE)
		req_setf(r, "Field.rijen.value", "%zu", f->max);
	if (f->has_min)
		req_setf(r, "Field.laagste.value", "%lld", f->min_value);
	if (f->has_max)
		req_setf(r, "Field.hoogste.value", "%lld", f->max_value);
	if (f->has_signal)
		req_setf(r, "Field.signaal.value", "%d", f->signal_days);
}

static int
question_show(struct req *r, bool is_new)
{
	struct draft dr;
	struct question q;
	size_t i;
	int st;

	if ((st = draft_get(r, &dr)) != 0 ||
	    (st = question_at(r, &dr, is_new, &q)) != 0)
		return st;
	draft_hdf(r, &dr);
	req_set_int(r, "Question.new", is_new);
	req_set(r, "Question.section", dr.def.sections[q.pos.sec].key);
	req_set(r, "Question.section_title", dr.def.sections[q.pos.sec].title);
	if (q.old != NULL)
		req_set(r, "Question.key", q.old->key);
	for (i = 0; i < FD__MAX; i++) {
		req_set(r, arena_printf(r->arena, "Types.%zu.key", i),
		    fd_type_keys[i]);
		req_set(r, arena_printf(r->arena, "Types.%zu.label", i),
		    form_type_labels[i]);
		req_set(r, arena_printf(r->arena, "Types.%zu.hint", i),
		    type_hints[i]);
	}
	for (i = 0; i < sizeof(column_types) / sizeof(column_types[0]); i++) {
		req_set(r, arena_printf(r->arena, "ColTypes.%zu.key", i),
		    fd_type_keys[column_types[i]]);
		req_set(r, arena_printf(r->arena, "ColTypes.%zu.label", i),
		    form_type_labels[column_types[i]]);
	}
	req_set(r, "Page.title", is_new ? "Vraag toevoegen" : "Vraag wijzigen");
	if (q.type == -1) {	/* first choose the kind of question */
		if (r->method == METHOD_GET &&
		    hdf_get_value(r->hdf, "Query.soort", NULL) != NULL)
			form_error_label(r, "soort", "Soort vraag", "Kies een "
			    "soort vraag.");
		return req_page(r, "admin/draft_question.cs");
	}
	req_set(r, "Question.type", fd_type_keys[q.type]);
	req_set(r, "Question.type_label", form_type_labels[q.type]);
	req_set(r, "Field.soort.value", fd_type_keys[q.type]);
	conditions_hdf(r, &dr.def, q.pos);
	if (q.type == FD_CHOICE || q.type == FD_MULTI || q.type == FD_TABLE)
		rows_hdf(r, &q);
	if (r->method == METHOD_GET) {
		req_set_int(r, "Field.version.value", dr.version);
		if (q.old != NULL)
			question_values(r, q.old);
		else if (q.type == FD_TABLE)
			form_value(r, "rijen", "5");
	}
	return req_page(r, "admin/draft_question.cs");
}

int
question_new_page(struct req *r)
{
	return question_show(r, true);
}

int
question_edit_page(struct req *r)
{
	return question_show(r, false);
}

/* A whole number in lo..hi; "" leaves *has false. */
static bool
whole(const char *s, long long lo, long long hi, bool *has, long long *out)
{
	char *end;

	*has = *s != '\0';
	if (!*has)
		return true;
	errno = 0;
	*out = strtoll(s, &end, 10);
	return errno == 0 && *end == '\0' && *out >= lo && *out <= hi &&
	    strspn(s, "-0123456789") == strlen(s);
}

static bool
field_taken(const void *ctx, const char *key)
{
	return trajdef_field(ctx, key) != NULL;
}

struct taken_rows {
	const struct fd_option	*options;
	const struct fd_field	*columns;
	size_t			 n;
};

static bool
row_taken(const void *ctx, const char *key)
{
	const struct taken_rows *t = ctx;
	size_t i;

	for (i = 0; i < t->n; i++)
		if (strcmp(t->options != NULL ? t->options[i].value :
		    t->columns[i].key, key) == 0)
			return true;
	return false;
}

/*
 * Row i of the rows "optie-N" or "kolom-N": false when empty or with an
 * error; else its label and key. A row keeps its stored key (a hidden
 * input), so renaming an option or column does not change what earlier
 * answers and conditions refer to; a new row gets one from its label.
 * Column keys start with a letter, option values need not.
 */
static bool
posted_row(struct req *r, const char *list, size_t i,
    const struct taken_rows *t, bool letter_first, const char **name,
    const char **label, const char **key)
{
	*name = arena_printf(r->arena, "%s-%zu", list, i);
	*label = posted(r, *name);
	if (**label == '\0')
		return false;
	if (!utf8_valid(*label, strlen(*label)) ||
	    text_has_control(*label, false)) {
		form_error_label(r, *name, "", "Dit veld bevat tekens die niet "
		    "zijn toegestaan.");
		return false;
	}
	if (utf8_chars(*label) > LABEL_MAX) {
		form_error_label(r, *name, "", "Gebruik hoogstens 300 tekens.");
		return false;
	}
	*key = posted(r, arena_printf(r->arena, "%s-sleutel", *name));
	if (!fe_key_ok(*key, letter_first) || row_taken(t, *key))
		*key = fe_key(r->arena, *label, row_taken, t);
	return true;
}

static void
options_from_post(struct req *r, struct fd_field *f)
{
	struct taken_rows t = { 0 };
	const char *label, *key, *name;
	size_t i;

	f->options = arena_zalloc(r->arena, OPTIONS_MAX * sizeof(*f->options));
	t.options = f->options;
	for (i = 1; i <= OPTIONS_MAX; i++) {
		if (!posted_row(r, "optie", i, &t, false, &name, &label, &key))
			continue;
		f->options[t.n].value = key;
		f->options[t.n++].label = label;
	}
	if ((f->noptions = t.n) == 0)
		form_error_label(r, "optie-1", "Keuzes", "Geef ten minste één "
		    "keuze.");
}

static void
columns_from_post(struct req *r, const struct fd_field *old,
    struct fd_field *f)
{
	struct taken_rows t = { 0 };
	const char *label, *key, *name, *type;
	struct fd_field *c;
	size_t i, k, ntypes = sizeof(column_types) / sizeof(column_types[0]);
	bool required;

	f->columns = arena_zalloc(r->arena, COLUMNS_MAX * sizeof(*f->columns));
	t.columns = f->columns;
	for (i = 1; i <= COLUMNS_MAX; i++) {
		if (!posted_row(r, "kolom", i, &t, true, &name, &label, &key))
			continue;
		required = *posted(r, arena_printf(r->arena, "%s-verplicht",
		    name)) != '\0';
		type = posted(r, arena_printf(r->arena, "%s-soort", name));
		c = &f->columns[t.n++];
		/* A stored column of the same type keeps its other rules. */
		for (k = 0; old != NULL && k < old->ncolumns; k++)
			if (strcmp(old->columns[k].key, key) == 0 &&
			    strcmp(fd_type_keys[old->columns[k].type], type) == 0)
				break;
		if (old != NULL && k < old->ncolumns)
			*c = old->columns[k];
		c->key = key;
		c->label = label;
		c->help = "";
		c->required = required;
		if (old != NULL && k < old->ncolumns)
			continue;
		for (k = 0; k < ntypes; k++)
			if (strcmp(fd_type_keys[column_types[k]], type) == 0)
				break;
		if (k == ntypes)
			form_error_label(r, arena_printf(r->arena, "%s-soort",
			    name), "", "Kies tekst, getal of datum.");
		else
			c->type = column_types[k];
		c->max = c->type == FD_TEXT ? 200 : 0;
	}
	if ((f->ncolumns = t.n) == 0)
		form_error_label(r, "kolom-1", "Kolommen", "Geef ten minste één "
		    "kolom.");
}

/* "KEY=VALUE" of the conditions the page offered, into f. */
static bool
condition_from_post(struct req *r, const struct trajdef *d,
    struct fd_pos end, struct fd_field *f)
{
	const char *v = r->f[QF_IF].s, *eq = strchr(v, '=');
	const struct fd_field *g;
	struct fd_pos at;
	size_t k;

	f->show_field = f->show_value = NULL;
	if (*v == '\0')
		return true;
	if (eq == NULL)
		return false;
	f->show_field = arena_strndup(r->arena, v, (size_t)(eq - v));
	f->show_value = eq + 1;
	if (!fe_field_find(d, f->show_field, &at) || at.sec > end.sec ||
	    (at.sec == end.sec && at.idx >= end.idx))
		return false;
	g = &d->sections[at.sec].fields[at.idx];
	if (g->type == FD_YESNO)
		return strcmp(f->show_value, "ja") == 0 ||
		    strcmp(f->show_value, "nee") == 0;
	for (k = 0; g->type == FD_CHOICE && k < g->noptions; k++)
		if (strcmp(g->options[k].value, f->show_value) == 0)
			return true;
	return false;
}

/*
 * A choice that a later question's condition names must stay: without
 * it that question could never be shown.
 */
static void
check_dependents(struct req *r, const struct trajdef *d,
    const struct fd_field *f)
{
	size_t s, i, k;

	for (s = 0; s < d->nsections; s++)
		for (i = 0; i < d->sections[s].nfields; i++) {
			const struct fd_field *g = &d->sections[s].fields[i];

			if (g->show_field == NULL ||
			    strcmp(g->show_field, f->key) != 0)
				continue;
			for (k = 0; k < f->noptions; k++)
				if (strcmp(f->options[k].value,
				    g->show_value) == 0)
					break;
			if (f->type == FD_CHOICE && k == f->noptions) {
				form_error_label(r, "optie-1", "Keuzes",
				    arena_printf(r->arena, "De vraag ‘%s’ wordt "
				    "alleen getoond bij een keuze die hier is "
				    "weggehaald. Laat die keuze staan, of pas "
				    "eerst de voorwaarde van ‘%s’ aan.",
				    g->label, g->label));
				return;
			}
		}
}

/* Everything of the question that depends on its type. */
static void
type_rules(struct req *r, const struct question *q, struct fd_field *f)
{
	long long n, lo = 0, hi = 0;
	bool has, has_lo;

	switch (f->type) {
	case FD_TEXT:
	case FD_TEXTAREA:
		hi = f->type == FD_TEXT ? 1000 : 20000;
		if (!whole(r->f[QF_CHARS].s, 1, hi, &has, &n))
			form_error(r, "tekens", arena_printf(r->arena, "Vul een "
			    "geheel getal van 1 tot en met %lld in.", hi));
		f->max = has ? (size_t)n : f->type == FD_TEXT ? 200 : 4000;
		break;
	case FD_NUMBER:
		if (!whole(r->f[QF_LOW].s, LLONG_MIN, LLONG_MAX, &has_lo, &lo))
			form_error(r, "laagste", "Vul een geheel getal in, of "
			    "laat dit leeg.");
		else if (!whole(r->f[QF_HIGH].s, LLONG_MIN, LLONG_MAX, &has,
		    &hi))
			form_error(r, "hoogste", "Vul een geheel getal in, of "
			    "laat dit leeg.");
		else if (has_lo && has && lo > hi)
			form_error(r, "hoogste", "De hoogste waarde is kleiner "
			    "dan de laagste.");
		else {
			f->has_min = has_lo;
			f->min_value = lo;
			f->has_max = has;
			f->max_value = hi;
		}
		break;
	case FD_DATE:
		if (!whole(r->f[QF_SIGNAL].s, 0, 365, &f->has_signal, &n))
			form_error(r, "signaal", "Vul een geheel getal van 0 tot "
			    "en met 365 in, of laat dit leeg.");
		f->signal_days = f->has_signal ? (int)n : 0;
		break;
	case FD_CHOICE:
	case FD_MULTI:
		options_from_post(r, f);
		break;
	case FD_TABLE:
		if (!whole(r->f[QF_ROWS].s, 1, ROWS_MAX, &has, &n) || !has)
			form_error(r, "rijen", "Vul een geheel getal van 1 tot en "
			    "met 50 in.");
		f->max = has ? (size_t)n : 0;
		columns_from_post(r, q->old, f);
		break;
	default:
		break;
	}
}

/* The key of a new question: the one typed, or one made from its label. */
static const char *
new_key(struct req *r, const struct trajdef *d)
{
	const char *key = r->f[QF_KEY].s;
	const struct fd_field *other;

	if (*key == '\0') {
		if ((key = fe_key(r->arena, r->f[QF_LABEL].s, field_taken,
		    d)) == NULL)
			form_error(r, "sleutel", "Er zijn al veel vragen zoals "
			    "deze; kies zelf een sleutel.");
		return key;
	}
	if (!fe_key_ok(key, true)) {
		form_error(r, "sleutel", "Gebruik 1 tot 40 kleine letters (a-z), "
		    "cijfers of _, en begin met een letter.");
		return NULL;
	}
	if ((other = trajdef_field(d, key)) != NULL) {
		form_error(r, "sleutel", arena_printf(r->arena, "Deze sleutel "
		    "heeft de vraag ‘%s’ al.", other->label));
		return NULL;
	}
	return key;
}

static int
question_save(struct req *r, bool is_new)
{
	struct draft dr;
	struct question q;
	struct fd_field f = { 0 };
	const char *err;
	size_t s, nfields = 0;
	int st;

	if ((st = draft_get(r, &dr)) != 0 ||
	    (st = question_at(r, &dr, is_new, &q)) != 0)
		return st;
	if (is_new)
		q.type = (int)r->f[QF_TYPE].i;
	if (r->f[QF_VERSION].i != dr.version)
		return req_conflict(r, "vraag", "dit concept",
		    db_val(&dr.row, 0, "version"));
	for (s = 0; s < dr.def.nsections; s++)
		nfields += dr.def.sections[s].nfields;
	if (is_new && nfields >= FIELDS_MAX)
		form_error(r, "vraag", "Het formulier heeft al 300 vragen; meer "
		    "kan niet.");
	f.key = is_new ? new_key(r, &dr.def) : q.old->key;
	f.label = r->f[QF_LABEL].s;
	f.help = r->f[QF_HELP].s;
	f.type = (enum fd_type)q.type;
	f.required = r->f[QF_REQUIRED].i != 0;
	if (!condition_from_post(r, &dr.def, q.pos, &f))
		form_error(r, "voorwaarde", "Kies een van de voorwaarden.");
	type_rules(r, &q, &f);
	if (!is_new)
		check_dependents(r, &dr.def, &f);
	if (r->nerrors > 0)
		return req_invalid(r);
	fe_field_put(r->arena, &dr.def, q.pos, &f);
	switch (draft_store(r, &dr, &err)) {
	case 0:
		break;
	case -1:
		form_error(r, "vraag", arena_printf(r->arena, "Deze wijziging "
		    "past niet in het formulier. %s", err));
		return req_invalid(r);
	default:
		return 500;
	}
	return req_redirectf(r, "/beheer/formulieren/%lld/concept?m=opgeslagen"
	    "#v-%s", dr.type_id, f.key);
}

int
question_create(struct req *r)
{
	return question_save(r, true);
}

int
question_update(struct req *r)
{
	return question_save(r, false);
}

int
question_act(struct req *r)
{
	struct draft dr;
	struct question q;
	const struct fd_field *other;
	const char *anchor, *err;
	int st, act = (int)r->f[AF_ACTION].i;

	if ((st = draft_get(r, &dr)) != 0 ||
	    (st = question_at(r, &dr, false, &q)) != 0)
		return st;
	anchor = arena_printf(r->arena, "v-%s", q.old->key);
	if (r->f[AF_VERSION].i != dr.version)
		return refuse(r, &dr, anchor, stale_msg);
	if (act == ACT_REMOVE) {
		if ((other = fe_dependent(&dr.def, q.old->key)) != NULL)
			return refuse(r, &dr, anchor, arena_printf(r->arena,
			    "De vraag ‘%s’ kan niet weg: de vraag ‘%s’ wordt "
			    "alleen getoond bij een antwoord op deze vraag. "
			    "Pas eerst die voorwaarde aan.", q.old->label,
			    other->label));
		anchor = arena_printf(r->arena, "s-%s",
		    dr.def.sections[q.pos.sec].key);
		fe_field_remove(&dr.def, q.pos);
	} else if (!fe_field_move(r->arena, &dr.def, q.pos, act == ACT_UP ?
	    -1 : 1))
		return req_redirectf(r, "/beheer/formulieren/%lld/concept#%s",
		    dr.type_id, anchor);
	switch (draft_store(r, &dr, &err)) {
	case 0:
		break;
	case -1:	/* a condition would look ahead; see section_act */
		if (draft_load(r, &dr) != 0)
			return 500;
		return refuse(r, &dr, anchor, arena_printf(r->arena, "De vraag "
		    "‘%s’ kan daar niet staan: een vraag met een voorwaarde "
		    "moet na de vraag komen waar die voorwaarde over gaat.",
		    q.old->label));
	default:
		return 500;
	}
	return req_redirectf(r, "/beheer/formulieren/%lld/concept#%s",
	    dr.type_id, anchor);
}
