/*
 * Filling in a dossier's form: save as a draft at any time, or save and
 * take a step (such as "Indienen") that needs the form complete. Either
 * way a malformed answer keeps everything from being stored, and the
 * form comes back with every value typed and each error beside its
 * field.
 */
#include <stdlib.h>
#include <string.h>

#include "pages.h"

#define SAVE	"opslaan"
#define UPLOAD	"bestand-"

enum { AN_VERSION, AN_ACTION, AN__MAX };
static const struct field answers_fields[AN__MAX] = {
	[AN_VERSION] = { "version", "Versie", FT_ID, 10, true, NULL },
	[AN_ACTION] = { "action", "Actie", FT_TOKEN, 40, true, NULL },
};
const struct form answers_form = FORM(answers_fields);

/* The steps that can be taken from the form: those needing it complete. */
static void
form_steps(struct req *r, const struct dossier *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->def->ntransitions; i++) {
		const struct wf_transition *t = &d->def->transitions[i];

		if (!(t->checks & (1u << WF_CHECK_COMPLETE)) ||
		    !dossier_may_take(d, t))
			continue;
		req_set(r, arena_printf(r->arena, "Steps.%zu.key", n), t->key);
		req_set(r, arena_printf(r->arena, "Steps.%zu.label", n++),
		    t->label);
	}
}

static int
edit_show(struct req *r, const struct dossier *d, const struct answers *a,
    const char *version, int status)
{
	if (dossier_viewed(r, d) != 0 || documents_hdf(r, d) != 0)
		return 500;
	dossier_form_hdf(r, d->def, a);
	form_steps(r, d);
	req_set_int(r, "Dossier.id", d->id);
	req_set(r, "Dossier.type", d->type_name);
	req_set(r, "Dossier.pupil", d->pupil_name);
	req_set(r, "Dossier.school", d->school_name);
	form_value(r, "version", version);
	req_set(r, "Page.title", arena_printf(r->arena, "%s invullen – %s",
	    d->type_name, d->pupil_name));
	if (req_page(r, "dossier/edit.cs") != 200)
		return 500;
	return status;
}

int
answers_page(struct req *r)
{
	struct dossier d;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (!dossier_may_edit(&d))
		return dossier_not_editable(r, &d);
	return edit_show(r, &d, &d.answers, d.version, 200);
}

struct posted {
	struct req		*r;
	const struct dossier	*d;
};

/* A posted answer, or for a file field how many documents it has. */
static const char *
posted_get(void *ctx, const char *name)
{
	const struct posted *p = ctx;
	const struct fd_field *f = trajdef_field(p->d->def, name);

	if (f != NULL && f->type == FD_FILE)
		return answers_get(&p->d->files, name);
	return hdf_get_valuef(p->r->hdf, "Query.a-%s", name);
}

/* "bestand-KEY": save, then add a document to file field KEY. */
static const struct fd_field *
upload_field(const struct dossier *d, const char *action)
{
	const struct fd_field *f;

	if (strncmp(action, UPLOAD, sizeof(UPLOAD) - 1) != 0)
		return NULL;
	f = trajdef_field(d->def, action + sizeof(UPLOAD) - 1);
	return f != NULL && f->type == FD_FILE ? f : NULL;
}

/* A step the form's buttons offer: one that needs the form complete. */
static const struct wf_transition *
form_step(const struct dossier *d, const char *key)
{
	const struct wf_transition *t = trajdef_transition(d->def, key);

	return t != NULL && (t->checks & (1u << WF_CHECK_COMPLETE)) ? t : NULL;
}

int
answers_save(struct req *r)
{
	struct dossier d;
	struct answers a;
	struct fd_error *errs;
	const struct wf_transition *t = NULL;
	const struct fd_field *upload = NULL;
	const char *action = r->f[AN_ACTION].s;
	struct posted p;
	long long version = r->f[AN_VERSION].i;
	unsigned long long n;
	size_t i, nerr;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (strcmp(action, SAVE) != 0 && (upload = upload_field(&d,
	    action)) == NULL && (t = form_step(&d, action)) == NULL)
		return 400;
	/* The second click of a double click: saved and moved already. */
	if (t != NULL && strcmp(d.state, t->to) == 0 &&
	    version + 2 == strtoll(d.version, NULL, 10))
		return req_redirectf(r, "/dossiers/%lld?m=gedaan", d.id);
	if (!dossier_may_edit(&d))
		return dossier_not_editable(r, &d);
	if (t != NULL) {
		if (!dossier_may_take(&d, t)) {
			form_error_label(r, "step", "", "Deze stap kan nu niet.");
			return edit_show(r, &d, &d.answers, d.version, 409);
		}
	}
	p.r = r;
	p.d = &d;
	if (documents_count(r, &d) != 0)
		return 500;
	nerr = fd_check(r->arena, d.def, posted_get, &p, t != NULL, &a, &errs);
	for (i = 0; i < nerr; i++)
		form_error_label(r, arena_printf(r->arena, "a-%s", errs[i].name),
		    errs[i].label, errs[i].msg);
	if (nerr > 0)
		return edit_show(r, &d, &a, r->f[AN_VERSION].s, 422);
	if (t != NULL) {	/* the step's other checks: fd_check did this one */
		struct wf_transition rest = *t;

		rest.checks &= ~(1u << WF_CHECK_COMPLETE);
		if ((st = dossier_checks_hold(r, &d, &rest)) != 1)
			return st < 0 ? 500 :
			    edit_show(r, &d, &a, r->f[AN_VERSION].s, 422);
	}
	if (DB_EXEC(r->db, &n, NULL, "UPDATE dossiers SET answers = ?,"
	    " version = version + 1, updated_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND version = ?", DB_STR(answers_json(r->arena, &a)),
	    DB_INT(d.id), DB_INT(version)) != 0)
		return 500;
	if (n == 0) {
		/* The stored version goes into the form: a second save is a
		 * deliberate overwrite, never a silent one. */
		form_error_label(r, "version", "", "Iemand anders heeft dit "
		    "dossier intussen gewijzigd. Uw invoer staat hieronder nog; "
		    "controleer die en sla opnieuw op om de andere wijziging "
		    "te overschrijven.");
		return edit_show(r, &d, &a, d.version, 409);
	}
	if (dossier_event(r, d.id, "saved", "Antwoorden opgeslagen", NULL) != 0 ||
	    dossier_access(r, &d, "update", "dossier", d.id) != 0)
		return 500;
	if (upload != NULL)
		return req_redirectf(r, "/dossiers/%lld/documenten/nieuw?veld=%s"
		    "&terug=invullen", d.id, upload->key);
	if (t == NULL)
		return req_redirectf(r, "/dossiers/%lld/invullen?m=opgeslagen",
		    d.id);
	if ((st = take_transition(r, &d, t, version + 1)) != 0)
		return st == 409 ? 500 : st;	/* we hold the row: cannot happen */
	return req_redirectf(r, "/dossiers/%lld?m=stap", d.id);
}
