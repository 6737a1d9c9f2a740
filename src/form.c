#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "csrf.h"
#include "form.h"
#include "log.h"
#include "text.h"
#include "upload.h"
#include "valid.h"
#include "when.h"

static const char *
check_type(const struct field *fd, struct fval *v)
{
	const char *msg = NULL;
	size_t i;

	switch (fd->type) {
	case FT_EMAIL:
		text_lower_ascii((char *)v->s);
		msg = valid_email(v->s);
		break;
	case FT_PASSWORD:
		msg = valid_password(v->s);
		break;
	case FT_TOTP:
		msg = valid_totp(v->s);
		break;
	case FT_ID:
		msg = valid_id(v->s, &v->i);
		break;
	case FT_BOOL:
		v->i = 1;
		break;
	case FT_CHOICE:
		msg = "Kies een van de opties.";
		for (i = 0; fd->choices[i] != NULL; i++)
			if (strcmp(fd->choices[i], v->s) == 0) {
				v->i = (long long)i;
				msg = NULL;
			}
		break;
	case FT_BRIN:
		msg = valid_brin(v->s);
		break;
	case FT_VESTIGING:
		msg = valid_vestiging(v->s);
		break;
	case FT_POSTCODE:
		msg = valid_postcode(v->s);
		break;
	case FT_DATE:
		msg = valid_date(v->s, NULL, NULL, NULL);
		break;
	case FT_PHONE:
		msg = valid_phone(v->s);
		break;
	case FT_TOKEN:
		if (strspn(v->s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		    "0123456789-_") != strlen(v->s))
			msg = "Ongeldige waarde.";
		break;
	case FT_TICKET:
		if (!csrf_ticket_age(v->s, (long long)time(NULL), &v->i))
			msg = "Ongeldige waarde.";
		break;
	case FT_TEXT:
	case FT_TEXTAREA:
	case FT_FILE:
		break;
	}
	return msg;
}

static const char *
check_file(struct req *r, const struct field *fd, struct fval *v)
{
	size_t i, max = upload_max(fd);
	const char *msg;

	v->s = "";
	switch (upload_read(r, fd->name, max, v)) {
	case UPLOAD_NONE:
		return fd->required ? "Kies een bestand." : NULL;
	case UPLOAD_EMPTY:
		return "Het bestand is leeg. Kies het bestand opnieuw of een "
		    "ander bestand.";
	case UPLOAD_TOO_BIG:
		return max >= 1024 * 1024 ? arena_printf(r->arena, "Het bestand"
		    " is groter dan %zu MB.", max / (1024 * 1024)) :
		    arena_printf(r->arena, "Het bestand is groter dan %zu kB.",
		    max / 1024);
	case UPLOAD_FAILED:
		return "Het bestand kon niet worden gelezen. Probeer het opnieuw.";
	case UPLOAD_OK:
		break;
	}
	if ((msg = valid_filename(v->name)) != NULL) {
		v->set = false;
		return msg;
	}
	for (i = 0; fd->choices[i] != NULL; i++)
		if (strcmp(fd->choices[i], v->type) == 0)
			return NULL;
	v->set = false;
	return "Dit soort bestand kan hier niet worden toegevoegd.";
}

/*
 * Fills r->f. Field errors are collected for the page; a value that no
 * browser form can send (too long for any field, control characters in
 * a one-line field) is still a field error, so the user sees where.
 */
void
form_validate(struct req *r, const struct form *form)
{
	size_t i;

	r->form = form;
	r->f = arena_zalloc(r->arena, form->nfields * sizeof(*r->f));
	for (i = 0; i < form->nfields; i++) {
		const struct field *fd = &form->fields[i];
		struct fval *v = &r->f[i];
		const char *raw = hdf_get_valuef(r->hdf, "Query.%s", fd->name);
		const char *msg = NULL;
		char *s;

		if (fd->type == FT_FILE) {
			if ((msg = check_file(r, fd, v)) != NULL)
				form_error(r, fd->name, msg);
			continue;
		}
		s = arena_strdup(r->arena, raw != NULL ? raw : "");
		if (fd->type != FT_PASSWORD)
			s = text_trim(s);
		v->s = s;
		if (*s == '\0') {
			if (fd->required)
				msg = fd->type == FT_CHOICE || fd->type == FT_ID ?
				    "Maak een keuze." : fd->type == FT_BOOL ?
				    "Vink dit aan om door te gaan." :
				    "Vul dit veld in.";
		} else if (utf8_chars(s) > fd->max) {
			msg = arena_printf(r->arena,
			    "Gebruik hoogstens %zu tekens.", fd->max);
		} else if (text_has_control(s, fd->type == FT_TEXTAREA)) {
			msg = "Dit veld bevat tekens die niet zijn toegestaan.";
		} else {
			msg = check_type(fd, v);
			v->set = msg == NULL;
		}
		if (msg != NULL)
			form_error(r, fd->name, msg);
	}
}

static const struct field *
field_find(const struct form *form, const char *name)
{
	size_t i;

	for (i = 0; form != NULL && i < form->nfields; i++)
		if (strcmp(form->fields[i].name, name) == 0)
			return &form->fields[i];
	return NULL;
}

/* Next to the field, and in the summary at the top with a link to it. */
void
form_error_label(struct req *r, const char *name, const char *label,
    const char *msg)
{
	int n = r->nerrors++;

	hdf_set_valuef(r->hdf, "Field.%s.error=%s", name, msg);
	hdf_set_valuef(r->hdf, "Errors.%d.field=%s", n, name);
	hdf_set_valuef(r->hdf, "Errors.%d.label=%s", n, label);
	hdf_set_valuef(r->hdf, "Errors.%d.msg=%s", n, msg);
}

void
form_error(struct req *r, const char *name, const char *msg)
{
	const struct field *fd = field_find(r->form, name);

	form_error_label(r, name, fd != NULL ? fd->label : "", msg);
}

void
form_value(struct req *r, const char *name, const char *value)
{
	if (value != NULL)
		hdf_set_valuef(r->hdf, "Field.%s.value=%s", name, value);
}

/* A GET edit page: the stored values, one column per field of the same name. */
void
form_fill(struct req *r, const struct dbres *res, size_t row)
{
	size_t c;

	if (row >= res->nrows)
		return;
	for (c = 0; c < res->ncols; c++)
		form_value(r, res->cols[c], res->rows[row][c]);
}

/* What the user typed goes back into the form; passwords never do. */
void
form_echo(struct req *r)
{
	size_t i;

	for (i = 0; r->form != NULL && i < r->form->nfields; i++) {
		const struct field *fd = &r->form->fields[i];

		if (fd->type == FT_PASSWORD || fd->type == FT_FILE)
			continue;
		if (fd->type == FT_BOOL)
			form_value(r, fd->name, *r->f[i].s != '\0' ? "1" : "0");
		else
			form_value(r, fd->name, r->f[i].s);
	}
}

/*
 * A box of a list the page builds (named prefix + key, "doc-12"): ticked?
 * Such boxes are in no field table; only "1" counts.
 */
bool
form_ticked(struct req *r, const char *prefix, const char *key)
{
	const char *v = hdf_get_valuef(r->hdf, "Query.%s%s", prefix, key);

	return v != NULL && strcmp(v, "1") == 0;
}

/*
 * A day the user says something happened: not in the future, not before
 * since ("what" names since in the message: "het besluit").
 */
void
form_check_past_day(struct req *r, const char *field, const char *day,
    const char *since, const char *what)
{
	char today[11];

	if (when_date(0, today, sizeof(today)) != 0 || strcmp(day, today) > 0)
		form_error(r, field, "Deze datum ligt in de toekomst.");
	else if (strcmp(day, since) < 0)
		form_error(r, field, arena_printf(r->arena, "Deze datum ligt "
		    "voor %s.", what));
}
