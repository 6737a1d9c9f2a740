/*
 * Trajectory definitions: parsing, checking and writing them, and
 * checking posted answers against the form.
 *
 * The file format (UTF-8 JSON, at most 1 MB):
 *
 *   {
 *     "format": 1,                         optional; only 1 exists
 *     "key": "tlv",                        [a-z][a-z0-9_]{0,39}
 *     "name": "Toelaatbaarheidsverklaring",
 *     "sections": [                        1..30
 *       { "key": "hulpvraag", "title": "Hulpvraag",
 *         "instructions": "...",           optional, 2000 characters
 *         "fields": [                      at most 300 in the whole form
 *           { "key": "vraag",              unique in the whole form
 *             "type": "textarea",          see fd_type_keys
 *             "label": "Wat is de vraag?", 300 characters, one line
 *             "help": "...",               optional, 2000 characters
 *             "required": true,            optional, default false
 *             "max": 4000,                 text 1..1000 (200),
 *                                          textarea 1..20000 (4000)
 *             "min": 40, "max": 160,       number: optional bounds
 *             "options": [                 choice, multi: 1..50
 *               { "value": "sbo", "label": "SBO" } ],   [a-z0-9_]{1,40}
 *             "signal_days": 14,           date: a signal once the date
 *                                          is this near (0..365 days;
 *                                          0: when it is reached)
 *             "rows": 8,                   table: 1..50
 *             "columns": [ ... ],          table: 1..20 fields of type
 *                                          text, number, date or choice,
 *                                          without show_if
 *             "show_if": { "field": "gewenst", "equals": "so" } } ] } ],
 *                                          an earlier choice or yesno
 *                                          field and one of its values
 *     "workflow": {
 *       "states": [                        1..50, exactly one initial
 *         { "key": "concept", "label": "Concept", "initial": true,
 *           "final": false, "school_edits": true,
 *           "signal_days": 10 } ],         0..365, 0: no signal
 *       "transitions": [                   optional, at most 200
 *         { "key": "indienen", "label": "Indienen",
 *           "from": "concept", "to": "ingediend",  not from a final state
 *           "roles": ["school"],           1 or more of perm.h's role_keys
 *           "checks": ["complete"],        optional, wf_check_keys
 *           "notify": ["swv"],             optional, wf_notify_keys
 *           "when": "no_rvz_approval" } ] } optional, wf_when_keys: the
 *                                          transition exists only with
 *                                          (or without) the SWV's RVZ
 *                                          approval setting
 *   }
 *
 * Members a type does not use, and unknown members anywhere, are
 * errors: a typo must not silently drop a rule. Labels and help texts
 * are stored trimmed; labels are one line, help texts may have
 * newlines. trajdef_json writes the members back in this order, with
 * "format": 1 and every "max" spelled out (so that a changed default
 * cannot change an exported form), leaving out what is empty, false
 * or 0.
 *
 * Jansson allocates with malloc: every json_t is released before a
 * function returns, and what is kept is copied into the arena first.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "arena.h"
#include "formdef.h"
#include "perm.h"
#include "text.h"
#include "valid.h"

#define FD_JSON_MAX		(1024 * 1024)
#define FD_KEY_MAX		40
#define FD_LABEL_MAX		300
#define FD_HELP_MAX		2000
#define FD_SECTIONS_MAX		30
#define FD_FIELDS_MAX		300
#define FD_OPTIONS_MAX		50
#define FD_COLUMNS_MAX		20
#define FD_ROWS_MAX		50
#define FD_TEXT_MAX		1000
#define FD_TEXT_DEFAULT		200
#define FD_TEXTAREA_MAX		20000
#define FD_TEXTAREA_DEFAULT	4000
#define WF_STATES_MAX		50
#define WF_TRANSITIONS_MAX	200
#define WF_SIGNAL_MAX		365
#define FD_SHOWN_MAX		40	/* characters quoted from the file */

const char *const fd_type_keys[FD__MAX + 1] = {
	"text", "textarea", "number", "date", "choice", "multi", "yesno",
	"file", "table", NULL
};

const char *const wf_check_keys[WF_CHECK__MAX + 1] = {
	"complete", "handler", "expert", "advisers", "advices", "decision",
	NULL
};

const char *const wf_notify_keys[WF_NOTIFY__MAX + 1] = {
	"school", "swv", "assigned", "rvz", NULL
};

const char *const wf_when_keys[WF_WHEN__MAX + 1] = {
	"", "rvz_approval", "no_rvz_approval", NULL
};

static const char *const fd_yesno_values[] = { "ja", "nee", NULL };

static const char *const fd_top_members[] = {
	"format", "key", "name", "sections", "workflow", NULL
};
static const char *const fd_section_members[] = {
	"key", "title", "instructions", "fields", NULL
};
static const char *const fd_field_members[] = {
	"key", "type", "label", "help", "required", "show_if", NULL
};
static const char *const fd_column_members[] = {
	"key", "type", "label", "help", "required", NULL
};
/* What each type adds to the members above. */
static const char *const fd_type_members[FD__MAX][3] = {
	[FD_TEXT] = { "max", NULL },
	[FD_TEXTAREA] = { "max", NULL },
	[FD_NUMBER] = { "min", "max", NULL },
	[FD_DATE] = { "signal_days", NULL },
	[FD_CHOICE] = { "options", NULL },
	[FD_MULTI] = { "options", NULL },
	[FD_TABLE] = { "rows", "columns", NULL },
};
static const char *const fd_any_type_members[] = {
	"max", "min", "options", "rows", "columns", "signal_days", NULL
};
static const char *const fd_option_members[] = { "value", "label", NULL };
static const char *const fd_show_if_members[] = { "field", "equals", NULL };
static const char *const wf_members[] = { "states", "transitions", NULL };
static const char *const wf_state_members[] = {
	"key", "label", "initial", "final", "school_edits", "signal_days", NULL
};
static const char *const wf_transition_members[] = {
	"key", "label", "from", "to", "roles", "checks", "notify", "when",
	NULL
};

struct fd_parser {
	struct arena	 *a;
	const char	 *where;	/* "Veld 'x'": starts every message */
	const char	 *err;
	struct fd_field	**all;		/* the form's fields, in order */
	size_t		  nall;
};

static int
fd_lookup(const char *const *keys, const char *s)
{
	int i;

	for (i = 0; keys[i] != NULL; i++)
		if (strcmp(keys[i], s) == 0)
			return i;
	return -1;
}

static int
fd_check_from_key(const char *s)
{
	return fd_lookup(wf_check_keys, s);
}

static int
fd_notify_from_key(const char *s)
{
	return fd_lookup(wf_notify_keys, s);
}

/* "a, b, c": the choices a message offers. */
static char *
fd_join(struct arena *a, const char *const *l1, const char *const *l2)
{
	size_t n = 1, i;
	char *s;

	for (i = 0; l1[i] != NULL; i++)
		n += strlen(l1[i]) + 2;
	for (i = 0; l2 != NULL && l2[i] != NULL; i++)
		n += strlen(l2[i]) + 2;
	s = arena_alloc(a, n);
	*s = '\0';
	for (i = 0; l1[i] != NULL; i++) {
		if (*s != '\0')
			strcat(s, ", ");
		strcat(s, l1[i]);
	}
	for (i = 0; l2 != NULL && l2[i] != NULL; i++) {
		if (*s != '\0')
			strcat(s, ", ");
		strcat(s, l2[i]);
	}
	return s;
}

/* Text from the file, quoted for a message: short, one line. */
static char *
fd_shown(struct arena *a, const char *s)
{
	size_t i, n = 0;
	char *p;

	for (i = 0; s[i] != '\0'; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && n++ == FD_SHOWN_MAX)
			break;
	p = arena_printf(a, "'%.*s%s'", (int)i, s, s[i] != '\0' ? "…" : "");
	for (i = 0; p[i] != '\0'; i++)
		if ((unsigned char)p[i] < 0x20 || p[i] == 0x7f)
			p[i] = '?';
	return p;
}

static int
fd_fail(struct fd_parser *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int
fd_fail(struct fd_parser *p, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = arena_vprintf(p->a, fmt, ap);
	va_end(ap);
	p->err = arena_printf(p->a, "%s: %s", p->where, msg);
	return -1;
}

static int
fd_object(struct fd_parser *p, const json_t *o)
{
	if (!json_is_object(o))
		return fd_fail(p, "moet een object zijn ({ ... }).");
	return 0;
}

/* Only the named members; extra lists what one type adds. */
static int
fd_members(struct fd_parser *p, json_t *o, const char *const *allowed,
    const char *const *extra, const char *type)
{
	const char *name;
	json_t *v;

	json_object_foreach(o, name, v) {
		if (fd_lookup(allowed, name) != -1 ||
		    (extra != NULL && fd_lookup(extra, name) != -1))
			continue;
		if (type != NULL && fd_lookup(fd_any_type_members, name) != -1)
			return fd_fail(p, "'%s' hoort niet bij type '%s'.",
			    name, type);
		return fd_fail(p, "onbekende eigenschap %s (mogelijk: %s).",
		    fd_shown(p->a, name), fd_join(p->a, allowed, extra));
	}
	return 0;
}

static bool
fd_key_ok(const char *s, bool letter_first)
{
	size_t i;

	if (letter_first && (*s < 'a' || *s > 'z'))
		return false;
	for (i = 0; s[i] != '\0'; i++)
		if ((s[i] < 'a' || s[i] > 'z') && (s[i] < '0' || s[i] > '9') &&
		    s[i] != '_')
			return false;
	return i >= 1 && i <= FD_KEY_MAX;
}

/* A string member, copied into the arena; NULL when absent. */
static int
fd_string(struct fd_parser *p, json_t *o, const char *name, bool required,
    char **out)
{
	json_t *v = json_object_get(o, name);

	*out = NULL;
	if (v == NULL && required)
		return fd_fail(p, "de eigenschap '%s' ontbreekt.", name);
	if (v == NULL)
		return 0;
	if (!json_is_string(v))
		return fd_fail(p, "'%s' moet een tekst zijn (tussen "
		    "aanhalingstekens).", name);
	/* Jansson refuses \u0000 unless asked, so strlen is the length. */
	*out = arena_strdup(p->a, json_string_value(v));
	return 0;
}

static int
fd_key(struct fd_parser *p, json_t *o, const char *name, bool letter_first,
    const char **out)
{
	char *s;

	if (fd_string(p, o, name, true, &s) == -1)
		return -1;
	if (!fd_key_ok(s, letter_first))
		return fd_fail(p, "'%s' moet bestaan uit 1 tot en met 40 "
		    "kleine letters (a-z), cijfers of _%s.", name,
		    letter_first ? ", en met een letter beginnen" : "");
	*out = s;
	return 0;
}

/* A label (required, one line) or help text (optional, "" if absent). */
static int
fd_text(struct fd_parser *p, json_t *o, const char *name, bool required,
    size_t max, const char **out)
{
	char *s;
	size_t n;

	if (fd_string(p, o, name, required, &s) == -1)
		return -1;
	if (s == NULL) {
		*out = "";
		return 0;
	}
	s = text_trim(s);
	if (required && *s == '\0')
		return fd_fail(p, "'%s' mag niet leeg zijn.", name);
	if (text_has_control(s, !required))
		return fd_fail(p, required ? "'%s' moet op één regel staan, "
		    "zonder tabs of stuurtekens." : "'%s' bevat stuurtekens.",
		    name);
	if ((n = utf8_chars(s)) > max)
		return fd_fail(p, "'%s' is te lang: %zu tekens, hoogstens %zu.",
		    name, n, max);
	*out = s;
	return 0;
}

static int
fd_bool(struct fd_parser *p, json_t *o, const char *name, bool *out)
{
	json_t *v = json_object_get(o, name);

	*out = false;
	if (v == NULL)
		return 0;
	if (!json_is_boolean(v))
		return fd_fail(p, "'%s' moet true of false zijn.", name);
	*out = json_is_true(v);
	return 0;
}

/* An integer member in lo..hi; *has tells whether it was there. */
static int
fd_int(struct fd_parser *p, json_t *o, const char *name, long long lo,
    long long hi, bool *has, long long *out)
{
	json_t *v = json_object_get(o, name);

	*has = v != NULL;
	if (v == NULL)
		return 0;
	if (json_is_integer(v) && json_integer_value(v) >= lo &&
	    json_integer_value(v) <= hi) {
		*out = json_integer_value(v);
		return 0;
	}
	if (lo == LLONG_MIN && hi == LLONG_MAX)
		return fd_fail(p, "'%s' moet een geheel getal zijn.", name);
	return fd_fail(p, "'%s' moet een geheel getal van %lld tot en met "
	    "%lld zijn.", name, lo, hi);
}

/* An array member with lo..hi elements; NULL when absent and optional. */
static int
fd_list(struct fd_parser *p, json_t *o, const char *name, bool required,
    size_t lo, size_t hi, json_t **out)
{
	json_t *v = json_object_get(o, name);
	size_t n;

	*out = NULL;
	if (v == NULL && required)
		return fd_fail(p, "de eigenschap '%s' ontbreekt.", name);
	if (v == NULL)
		return 0;
	if (!json_is_array(v))
		return fd_fail(p, "'%s' moet een lijst zijn ([ ... ]).", name);
	n = json_array_size(v);
	if (n < lo)
		return fd_fail(p, "'%s' mag niet leeg zijn.", name);
	if (n > hi)
		return fd_fail(p, "'%s' heeft %zu elementen; hoogstens %zu.",
		    name, n, hi);
	*out = v;
	return 0;
}

/* A list of keys (roles, checks, notify) as one bit each. */
static int
fd_bits(struct fd_parser *p, json_t *o, const char *name, bool required,
    int (*from_key)(const char *), const char *const *keys, unsigned *out)
{
	json_t *l, *v;
	size_t i;
	int b;

	*out = 0;
	if (fd_list(p, o, name, required, required ? 1 : 0, 32, &l) == -1)
		return -1;
	json_array_foreach(l, i, v) {
		if (!json_is_string(v))
			return fd_fail(p, "'%s' moet een lijst van teksten "
			    "zijn.", name);
		if ((b = from_key(json_string_value(v))) == -1)
			return fd_fail(p, "'%s': onbekende waarde %s "
			    "(mogelijk: %s).", name,
			    fd_shown(p->a, json_string_value(v)),
			    fd_join(p->a, keys, NULL));
		if (*out & (1u << b))
			return fd_fail(p, "'%s' noemt '%s' twee keer.", name,
			    keys[b]);
		*out |= 1u << b;
	}
	return 0;
}

static int
fd_options(struct fd_parser *p, json_t *o, struct fd_field *f)
{
	const char *field = p->where;
	json_t *l, *v;
	size_t i, j;

	if (fd_list(p, o, "options", true, 1, FD_OPTIONS_MAX, &l) == -1)
		return -1;
	f->noptions = json_array_size(l);
	f->options = arena_zalloc(p->a, f->noptions * sizeof(*f->options));
	json_array_foreach(l, i, v) {
		struct fd_option *op = &f->options[i];

		p->where = arena_printf(p->a, "%s, optie %zu", field, i + 1);
		if (fd_object(p, v) == -1 ||
		    fd_key(p, v, "value", false, &op->value) == -1)
			return -1;
		p->where = arena_printf(p->a, "%s, optie '%s'", field,
		    op->value);
		for (j = 0; j < i; j++)
			if (strcmp(f->options[j].value, op->value) == 0)
				return fd_fail(p, "deze waarde komt twee keer "
				    "voor.");
		if (fd_members(p, v, fd_option_members, NULL, NULL) == -1 ||
		    fd_text(p, v, "label", true, FD_LABEL_MAX,
		    &op->label) == -1)
			return -1;
	}
	p->where = field;
	return 0;
}

static int	fd_field(struct fd_parser *, json_t *, struct fd_field *,
		    const struct fd_field *);

static int
fd_columns(struct fd_parser *p, json_t *o, struct fd_field *f)
{
	const char *field = p->where;
	json_t *l, *v;
	size_t i, j;

	if (fd_list(p, o, "columns", true, 1, FD_COLUMNS_MAX, &l) == -1)
		return -1;
	f->ncolumns = json_array_size(l);
	f->columns = arena_zalloc(p->a, f->ncolumns * sizeof(*f->columns));
	json_array_foreach(l, i, v) {
		p->where = arena_printf(p->a, "%s, kolom %zu", field, i + 1);
		if (fd_field(p, v, &f->columns[i], f) == -1)
			return -1;
		for (j = 0; j < i; j++)
			if (strcmp(f->columns[j].key, f->columns[i].key) == 0)
				return fd_fail(p, "deze sleutel komt twee keer "
				    "voor in de tabel.");
	}
	p->where = field;
	return 0;
}

static int
fd_show_if(struct fd_parser *p, json_t *o, struct fd_field *f)
{
	json_t *v = json_object_get(o, "show_if");
	char *field, *equals;

	if (v == NULL)
		return 0;
	if (!json_is_object(v))
		return fd_fail(p, "'show_if' moet een object zijn "
		    "({ \"field\": ..., \"equals\": ... }).");
	if (fd_members(p, v, fd_show_if_members, NULL, NULL) == -1 ||
	    fd_string(p, v, "field", true, &field) == -1 ||
	    fd_string(p, v, "equals", true, &equals) == -1)
		return -1;
	/* Checked against the other fields once all are known. */
	f->show_field = field;
	f->show_value = equals;
	return 0;
}

/* A field, or a column of table (then without show_if). */
static int
fd_field(struct fd_parser *p, json_t *o, struct fd_field *f,
    const struct fd_field *table)
{
	char *type;
	long long n;
	bool has;
	int t;

	if (fd_object(p, o) == -1 || fd_key(p, o, "key", true, &f->key) == -1)
		return -1;
	p->where = table == NULL ? arena_printf(p->a, "Veld '%s'", f->key) :
	    arena_printf(p->a, "Veld '%s', kolom '%s'", table->key, f->key);
	if (fd_string(p, o, "type", true, &type) == -1)
		return -1;
	if ((t = fd_lookup(fd_type_keys, type)) == -1)
		return fd_fail(p, "onbekend type %s (mogelijk: %s).",
		    fd_shown(p->a, type), table == NULL ?
		    fd_join(p->a, fd_type_keys, NULL) :
		    "text, number, date, choice");
	if (table != NULL && t != FD_TEXT && t != FD_NUMBER && t != FD_DATE &&
	    t != FD_CHOICE)
		return fd_fail(p, "type '%s' kan niet in een tabel; gebruik "
		    "text, number, date of choice.", type);
	if (table != NULL && json_object_get(o, "show_if") != NULL)
		return fd_fail(p, "een kolom kan geen 'show_if' hebben.");
	f->type = (enum fd_type)t;
	if (fd_members(p, o, table == NULL ? fd_field_members :
	    fd_column_members, fd_type_members[t], type) == -1 ||
	    fd_text(p, o, "label", true, FD_LABEL_MAX, &f->label) == -1 ||
	    fd_text(p, o, "help", false, FD_HELP_MAX, &f->help) == -1 ||
	    fd_bool(p, o, "required", &f->required) == -1)
		return -1;

	switch (f->type) {
	case FD_TEXT:
	case FD_TEXTAREA:
		if (fd_int(p, o, "max", 1, f->type == FD_TEXT ? FD_TEXT_MAX :
		    FD_TEXTAREA_MAX, &has, &n) == -1)
			return -1;
		f->max = has ? (size_t)n : f->type == FD_TEXT ?
		    FD_TEXT_DEFAULT : FD_TEXTAREA_DEFAULT;
		break;
	case FD_NUMBER:
		if (fd_int(p, o, "min", LLONG_MIN, LLONG_MAX, &f->has_min,
		    &f->min_value) == -1 ||
		    fd_int(p, o, "max", LLONG_MIN, LLONG_MAX, &f->has_max,
		    &f->max_value) == -1)
			return -1;
		if (f->has_min && f->has_max && f->min_value > f->max_value)
			return fd_fail(p, "'min' (%lld) is groter dan 'max' "
			    "(%lld).", f->min_value, f->max_value);
		break;
	case FD_DATE:
		if (table != NULL && json_object_get(o, "signal_days") != NULL)
			return fd_fail(p, "een kolom kan geen 'signal_days' "
			    "hebben.");
		if (fd_int(p, o, "signal_days", 0, WF_SIGNAL_MAX,
		    &f->has_signal, &n) == -1)
			return -1;
		f->signal_days = f->has_signal ? (int)n : 0;
		break;
	case FD_CHOICE:
	case FD_MULTI:
		if (fd_options(p, o, f) == -1)
			return -1;
		break;
	case FD_TABLE:
		if (fd_int(p, o, "rows", 1, FD_ROWS_MAX, &has, &n) == -1)
			return -1;
		if (!has)
			return fd_fail(p, "de eigenschap 'rows' ontbreekt.");
		f->max = (size_t)n;
		if (fd_columns(p, o, f) == -1)
			return -1;
		break;
	default:
		break;
	}
	return table == NULL ? fd_show_if(p, o, f) : 0;
}

static int
fd_section(struct fd_parser *p, json_t *o, struct trajdef *d, size_t idx)
{
	struct fd_section *s = &d->sections[idx];
	const char *where;
	json_t *l, *v;
	size_t i, j;

	p->where = arena_printf(p->a, "Sectie %zu", idx + 1);
	if (fd_object(p, o) == -1 || fd_key(p, o, "key", true, &s->key) == -1)
		return -1;
	for (i = 0; i < idx; i++)
		if (strcmp(d->sections[i].key, s->key) == 0)
			return fd_fail(p, "de sleutel '%s' is al in gebruik "
			    "door een andere sectie.", s->key);
	where = p->where = arena_printf(p->a, "Sectie '%s'", s->key);
	if (fd_members(p, o, fd_section_members, NULL, NULL) == -1 ||
	    fd_text(p, o, "title", true, FD_LABEL_MAX, &s->title) == -1 ||
	    fd_text(p, o, "instructions", false, FD_HELP_MAX,
	    &s->instructions) == -1 ||
	    fd_list(p, o, "fields", true, 0, FD_FIELDS_MAX, &l) == -1)
		return -1;
	s->nfields = json_array_size(l);
	if (p->nall + s->nfields > FD_FIELDS_MAX)
		return fd_fail(p, "te veel velden: het formulier mag er "
		    "hoogstens %d hebben.", FD_FIELDS_MAX);
	s->fields = arena_zalloc(p->a, s->nfields * sizeof(*s->fields));
	json_array_foreach(l, i, v) {
		struct fd_field *f = &s->fields[i];

		p->where = arena_printf(p->a, "%s, veld %zu", where, i + 1);
		if (fd_object(p, v) == -1 ||
		    fd_key(p, v, "key", true, &f->key) == -1)
			return -1;
		for (j = 0; j < p->nall; j++)
			if (strcmp(p->all[j]->key, f->key) == 0)
				return fd_fail(p, "de sleutel '%s' is al in "
				    "gebruik door een ander veld.", f->key);
		if (fd_field(p, v, f, NULL) == -1)
			return -1;
		p->all[p->nall++] = f;
	}
	return 0;
}

/* show_if may only look back, so a form can never depend on itself. */
static int
fd_resolve(struct fd_parser *p)
{
	const struct fd_field *f, *g;
	size_t i, j;

	for (i = 0; i < p->nall; i++) {
		f = p->all[i];
		if (f->show_field == NULL)
			continue;
		p->where = arena_printf(p->a, "Veld '%s'", f->key);
		if (strcmp(f->show_field, f->key) == 0)
			return fd_fail(p, "'show_if' verwijst naar het veld "
			    "zelf.");
		for (j = 0; j < p->nall; j++)
			if (strcmp(p->all[j]->key, f->show_field) == 0)
				break;
		if (j == p->nall)
			return fd_fail(p, "'show_if' verwijst naar veld %s, "
			    "dat niet bestaat.", fd_shown(p->a, f->show_field));
		g = p->all[j];
		if (j > i)
			return fd_fail(p, "'show_if' verwijst naar veld '%s', "
			    "dat later in het formulier staat; een veld kan "
			    "alleen afhangen van een eerder veld.", g->key);
		if (g->type == FD_YESNO) {
			if (fd_lookup(fd_yesno_values, f->show_value) == -1)
				return fd_fail(p, "'equals' moet \"ja\" of "
				    "\"nee\" zijn, want '%s' is een "
				    "ja/nee-veld.", g->key);
			continue;
		}
		if (g->type != FD_CHOICE)
			return fd_fail(p, "'show_if' kan alleen verwijzen naar "
			    "een veld van type choice of yesno; '%s' is van "
			    "type %s.", g->key, fd_type_keys[g->type]);
		for (j = 0; j < g->noptions; j++)
			if (strcmp(g->options[j].value, f->show_value) == 0)
				break;
		if (j == g->noptions)
			return fd_fail(p, "'equals' moet een van de waarden "
			    "van '%s' zijn; %s is er geen.", g->key,
			    fd_shown(p->a, f->show_value));
	}
	return 0;
}

static int
wf_states(struct fd_parser *p, json_t *l, struct trajdef *d)
{
	struct wf_state *s;
	const struct wf_state *initial = NULL;
	long long n;
	json_t *v;
	size_t i, j;
	bool has;

	d->nstates = json_array_size(l);
	d->states = arena_zalloc(p->a, d->nstates * sizeof(*d->states));
	json_array_foreach(l, i, v) {
		s = &d->states[i];
		p->where = arena_printf(p->a, "Status %zu", i + 1);
		if (fd_object(p, v) == -1 ||
		    fd_key(p, v, "key", true, &s->key) == -1)
			return -1;
		for (j = 0; j < i; j++)
			if (strcmp(d->states[j].key, s->key) == 0)
				return fd_fail(p, "de sleutel '%s' is al in "
				    "gebruik door een andere status.", s->key);
		p->where = arena_printf(p->a, "Status '%s'", s->key);
		if (fd_members(p, v, wf_state_members, NULL, NULL) == -1 ||
		    fd_text(p, v, "label", true, FD_LABEL_MAX,
		    &s->label) == -1 ||
		    fd_bool(p, v, "initial", &s->initial) == -1 ||
		    fd_bool(p, v, "final", &s->final) == -1 ||
		    fd_bool(p, v, "school_edits", &s->school_edits) == -1 ||
		    fd_int(p, v, "signal_days", 0, WF_SIGNAL_MAX, &has,
		    &n) == -1)
			return -1;
		s->signal_days = has ? (int)n : 0;
		if (s->initial && s->final)
			return fd_fail(p, "een status kan niet tegelijk begin- "
			    "en eindstatus zijn.");
		if (s->initial && initial != NULL)
			return fd_fail(p, "er is al een beginstatus ('%s'); "
			    "er mag er maar één zijn.", initial->key);
		if (s->initial)
			initial = s;
	}
	if (initial == NULL) {
		p->where = "Workflow";
		return fd_fail(p, "geen beginstatus; geef precies één status "
		    "\"initial\": true.");
	}
	return 0;
}

static int
wf_transitions(struct fd_parser *p, json_t *l, struct trajdef *d)
{
	struct wf_transition *t;
	const struct wf_state *from, *to;
	char *s;
	json_t *v;
	size_t i, j;
	int w = 0;

	d->ntransitions = json_array_size(l);
	d->transitions = arena_zalloc(p->a,
	    d->ntransitions * sizeof(*d->transitions));
	json_array_foreach(l, i, v) {
		t = &d->transitions[i];
		p->where = arena_printf(p->a, "Overgang %zu", i + 1);
		if (fd_object(p, v) == -1 ||
		    fd_key(p, v, "key", true, &t->key) == -1)
			return -1;
		for (j = 0; j < i; j++)
			if (strcmp(d->transitions[j].key, t->key) == 0)
				return fd_fail(p, "de sleutel '%s' is al in "
				    "gebruik door een andere overgang.",
				    t->key);
		p->where = arena_printf(p->a, "Overgang '%s'", t->key);
		if (fd_members(p, v, wf_transition_members, NULL, NULL) == -1 ||
		    fd_text(p, v, "label", true, FD_LABEL_MAX,
		    &t->label) == -1 ||
		    fd_string(p, v, "from", true, &s) == -1)
			return -1;
		if ((from = trajdef_state(d, s)) == NULL)
			return fd_fail(p, "'from' noemt status %s, die niet "
			    "bestaat.", fd_shown(p->a, s));
		if (fd_string(p, v, "to", true, &s) == -1)
			return -1;
		if ((to = trajdef_state(d, s)) == NULL)
			return fd_fail(p, "'to' noemt status %s, die niet "
			    "bestaat.", fd_shown(p->a, s));
		if (from == to)
			return fd_fail(p, "'from' en 'to' zijn dezelfde "
			    "status.");
		if (from->final)
			return fd_fail(p, "'from' is de eindstatus '%s'; "
			    "daaruit gaat geen overgang.", from->key);
		t->from = from->key;
		t->to = to->key;
		if (fd_bits(p, v, "roles", true, role_from_key, role_keys,
		    &t->roles) == -1 ||
		    fd_bits(p, v, "checks", false, fd_check_from_key,
		    wf_check_keys, &t->checks) == -1 ||
		    fd_bits(p, v, "notify", false, fd_notify_from_key,
		    wf_notify_keys, &t->notify) == -1 ||
		    fd_string(p, v, "when", false, &s) == -1)
			return -1;
		if (s != NULL && ((w = fd_lookup(wf_when_keys, s)) <= 0))
			return fd_fail(p, "onbekende 'when' %s (mogelijk: %s).",
			    fd_shown(p->a, s), fd_join(p->a, wf_when_keys + 1,
			    NULL));
		t->when = s != NULL ? (enum wf_when)w : WF_WHEN_ALWAYS;
	}
	return 0;
}

static int
wf_parse(struct fd_parser *p, json_t *o, struct trajdef *d)
{
	json_t *states, *transitions;

	p->where = "Workflow";
	if (fd_object(p, o) == -1 ||
	    fd_members(p, o, wf_members, NULL, NULL) == -1 ||
	    fd_list(p, o, "states", true, 1, WF_STATES_MAX, &states) == -1 ||
	    fd_list(p, o, "transitions", false, 0, WF_TRANSITIONS_MAX,
	    &transitions) == -1)
		return -1;
	if (wf_states(p, states, d) == -1)
		return -1;
	return wf_transitions(p, transitions, d);
}

static int
fd_top(struct fd_parser *p, json_t *root, struct trajdef *d)
{
	json_t *l, *v;
	long long format;
	size_t i;
	bool has;

	p->where = "Definitie";
	if (!json_is_object(root))
		return fd_fail(p, "het bestand moet één JSON-object zijn "
		    "({ ... }).");
	if (fd_members(p, root, fd_top_members, NULL, NULL) == -1 ||
	    fd_int(p, root, "format", LLONG_MIN, LLONG_MAX, &has,
	    &format) == -1)
		return -1;
	if (has && format != 1)
		return fd_fail(p, "formaat %lld wordt niet ondersteund; alleen "
		    "\"format\": 1.", format);
	if (fd_key(p, root, "key", true, &d->key) == -1 ||
	    fd_text(p, root, "name", true, FD_LABEL_MAX, &d->name) == -1 ||
	    fd_list(p, root, "sections", true, 1, FD_SECTIONS_MAX, &l) == -1)
		return -1;
	d->nsections = json_array_size(l);
	d->sections = arena_zalloc(p->a, d->nsections * sizeof(*d->sections));
	p->all = arena_alloc(p->a, FD_FIELDS_MAX * sizeof(*p->all));
	json_array_foreach(l, i, v)
		if (fd_section(p, v, d, i) == -1)
			return -1;
	if (fd_resolve(p) == -1)
		return -1;
	if ((v = json_object_get(root, "workflow")) == NULL) {
		p->where = "Definitie";
		return fd_fail(p, "de eigenschap 'workflow' ontbreekt.");
	}
	return wf_parse(p, v, d);
}

int
trajdef_parse(struct arena *a, const char *json, size_t len,
    struct trajdef *d, const char **err)
{
	struct fd_parser p;
	json_error_t je;
	json_t *root;
	int rc;

	memset(d, 0, sizeof(*d));
	memset(&p, 0, sizeof(p));
	p.a = a;
	/* Jansson builds the whole tree in malloc'ed memory: bound it. */
	if (len > FD_JSON_MAX) {
		*err = "Het bestand is te groot: hoogstens 1 MB.";
		return -1;
	}
	if ((root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &je)) ==
	    NULL) {
		*err = je.line > 0 ?
		    arena_printf(a, "Regel %d: ongeldige JSON (%s).", je.line,
		    je.text) :
		    arena_printf(a, "Ongeldige JSON (%s).", je.text);
		return -1;
	}
	rc = fd_top(&p, root, d);
	json_decref(root);
	if (rc == -1) {
		memset(d, 0, sizeof(*d));
		*err = p.err;
	}
	return rc;
}

const struct fd_section *
trajdef_section(const struct trajdef *d, const char *key)
{
	size_t i;

	for (i = 0; i < d->nsections; i++)
		if (strcmp(d->sections[i].key, key) == 0)
			return &d->sections[i];
	return NULL;
}

const struct fd_field *
trajdef_field(const struct trajdef *d, const char *key)
{
	size_t i, j;

	for (i = 0; i < d->nsections; i++)
		for (j = 0; j < d->sections[i].nfields; j++)
			if (strcmp(d->sections[i].fields[j].key, key) == 0)
				return &d->sections[i].fields[j];
	return NULL;
}

const struct wf_state *
trajdef_state(const struct trajdef *d, const char *key)
{
	size_t i;

	for (i = 0; i < d->nstates; i++)
		if (strcmp(d->states[i].key, key) == 0)
			return &d->states[i];
	return NULL;
}

const struct wf_transition *
trajdef_transition(const struct trajdef *d, const char *key)
{
	size_t i;

	for (i = 0; i < d->ntransitions; i++)
		if (strcmp(d->transitions[i].key, key) == 0)
			return &d->transitions[i];
	return NULL;
}

/*
 * Writing. Jansson's setters take NULL and drop what they cannot
 * attach, so building continues after a failure and *ok records it.
 */
static void
fd_put(json_t *o, const char *name, json_t *v, bool *ok)
{
	if (json_object_set_new(o, name, v) == -1)
		*ok = false;
}

static void
fd_push(json_t *l, json_t *v, bool *ok)
{
	if (json_array_append_new(l, v) == -1)
		*ok = false;
}

static json_t *
fd_bits_json(unsigned bits, const char *const *keys, int n, bool *ok)
{
	json_t *l = json_array();
	int i;

	for (i = 0; i < n; i++)
		if (bits & (1u << i))
			fd_push(l, json_string(keys[i]), ok);
	return l;
}

static json_t *
fd_field_json(const struct fd_field *f, bool *ok)
{
	json_t *o = json_object(), *l, *v;
	size_t i;

	fd_put(o, "key", json_string(f->key), ok);
	fd_put(o, "type", json_string(fd_type_keys[f->type]), ok);
	fd_put(o, "label", json_string(f->label), ok);
	if (f->help != NULL && *f->help != '\0')
		fd_put(o, "help", json_string(f->help), ok);
	if (f->required)
		fd_put(o, "required", json_true(), ok);
	switch (f->type) {
	case FD_TEXT:
	case FD_TEXTAREA:
		fd_put(o, "max", json_integer((json_int_t)f->max), ok);
		break;
	case FD_NUMBER:
		if (f->has_min)
			fd_put(o, "min", json_integer(f->min_value), ok);
		if (f->has_max)
			fd_put(o, "max", json_integer(f->max_value), ok);
		break;
	case FD_DATE:
		if (f->has_signal)
			fd_put(o, "signal_days", json_integer(f->signal_days),
			    ok);
		break;
	case FD_CHOICE:
	case FD_MULTI:
		l = json_array();
		for (i = 0; i < f->noptions; i++) {
			v = json_object();
			fd_put(v, "value", json_string(f->options[i].value),
			    ok);
			fd_put(v, "label", json_string(f->options[i].label),
			    ok);
			fd_push(l, v, ok);
		}
		fd_put(o, "options", l, ok);
		break;
	case FD_TABLE:
		fd_put(o, "rows", json_integer((json_int_t)f->max), ok);
		l = json_array();
		for (i = 0; i < f->ncolumns; i++)
			fd_push(l, fd_field_json(&f->columns[i], ok), ok);
		fd_put(o, "columns", l, ok);
		break;
	default:
		break;
	}
	if (f->show_field != NULL) {
		v = json_object();
		fd_put(v, "field", json_string(f->show_field), ok);
		fd_put(v, "equals", json_string(f->show_value), ok);
		fd_put(o, "show_if", v, ok);
	}
	return o;
}

static json_t *
wf_json(const struct trajdef *d, bool *ok)
{
	json_t *o = json_object(), *l, *v;
	const struct wf_state *s;
	const struct wf_transition *t;
	size_t i;

	l = json_array();
	for (i = 0; i < d->nstates; i++) {
		s = &d->states[i];
		v = json_object();
		fd_put(v, "key", json_string(s->key), ok);
		fd_put(v, "label", json_string(s->label), ok);
		if (s->initial)
			fd_put(v, "initial", json_true(), ok);
		if (s->final)
			fd_put(v, "final", json_true(), ok);
		if (s->school_edits)
			fd_put(v, "school_edits", json_true(), ok);
		if (s->signal_days != 0)
			fd_put(v, "signal_days", json_integer(s->signal_days),
			    ok);
		fd_push(l, v, ok);
	}
	fd_put(o, "states", l, ok);
	l = json_array();
	for (i = 0; i < d->ntransitions; i++) {
		t = &d->transitions[i];
		v = json_object();
		fd_put(v, "key", json_string(t->key), ok);
		fd_put(v, "label", json_string(t->label), ok);
		fd_put(v, "from", json_string(t->from), ok);
		fd_put(v, "to", json_string(t->to), ok);
		fd_put(v, "roles", fd_bits_json(t->roles, role_keys, ROLE__MAX,
		    ok), ok);
		if (t->checks != 0)
			fd_put(v, "checks", fd_bits_json(t->checks,
			    wf_check_keys, WF_CHECK__MAX, ok), ok);
		if (t->notify != 0)
			fd_put(v, "notify", fd_bits_json(t->notify,
			    wf_notify_keys, WF_NOTIFY__MAX, ok), ok);
		if (t->when != WF_WHEN_ALWAYS)
			fd_put(v, "when", json_string(wf_when_keys[t->when]),
			    ok);
		fd_push(l, v, ok);
	}
	fd_put(o, "transitions", l, ok);
	return o;
}

/* NULL only when Jansson fails: out of memory or invalid UTF-8. */
char *
trajdef_json(struct arena *a, const struct trajdef *d)
{
	json_t *root = json_object(), *l, *o, *fl;
	const struct fd_section *s;
	char *text, *out = NULL;
	bool ok = true;
	size_t i, j;

	fd_put(root, "format", json_integer(1), &ok);
	fd_put(root, "key", json_string(d->key), &ok);
	fd_put(root, "name", json_string(d->name), &ok);
	l = json_array();
	for (i = 0; i < d->nsections; i++) {
		s = &d->sections[i];
		o = json_object();
		fd_put(o, "key", json_string(s->key), &ok);
		fd_put(o, "title", json_string(s->title), &ok);
		if (s->instructions != NULL && *s->instructions != '\0')
			fd_put(o, "instructions", json_string(s->instructions),
			    &ok);
		fl = json_array();
		for (j = 0; j < s->nfields; j++)
			fd_push(fl, fd_field_json(&s->fields[j], &ok), &ok);
		fd_put(o, "fields", fl, &ok);
		fd_push(l, o, &ok);
	}
	fd_put(root, "sections", l, &ok);
	fd_put(root, "workflow", wf_json(d, &ok), &ok);
	if (ok && (text = json_dumps(root, JSON_INDENT(2) |
	    JSON_PRESERVE_ORDER)) != NULL) {
		out = arena_printf(a, "%s\n", text);
		free(text);
	}
	json_decref(root);
	return out;
}

const char *
answers_get(const struct answers *ans, const char *name)
{
	size_t i;

	if (ans == NULL)
		return NULL;
	for (i = 0; i < ans->n; i++)
		if (strcmp(ans->names[i], name) == 0)
			return ans->values[i];
	return NULL;
}

/* The stored answers: written by answers_json, so no size bound here. */
int
answers_parse(struct arena *a, const char *json, size_t len,
    struct answers *ans)
{
	const char *name;
	json_t *root, *v;
	size_t i = 0;
	int rc = -1;

	memset(ans, 0, sizeof(*ans));
	if ((root = json_loadb(json, len, JSON_REJECT_DUPLICATES, NULL)) ==
	    NULL)
		return -1;
	if (!json_is_object(root))
		goto out;
	json_object_foreach(root, name, v)
		if (!json_is_string(v))
			goto out;
	ans->n = json_object_size(root);
	ans->names = arena_alloc(a, ans->n * sizeof(*ans->names));
	ans->values = arena_alloc(a, ans->n * sizeof(*ans->values));
	json_object_foreach(root, name, v) {
		ans->names[i] = arena_strdup(a, name);
		ans->values[i++] = arena_strdup(a, json_string_value(v));
	}
	rc = 0;
out:
	json_decref(root);
	return rc;
}

/* NULL only when Jansson fails: out of memory or invalid UTF-8. */
char *
answers_json(struct arena *a, const struct answers *ans)
{
	json_t *root = json_object();
	char *text, *out = NULL;
	bool ok = true;
	size_t i;

	for (i = 0; i < ans->n; i++)
		fd_put(root, ans->names[i], json_string(ans->values[i]), &ok);
	if (ok && (text = json_dumps(root, JSON_COMPACT |
	    JSON_PRESERVE_ORDER)) != NULL) {
		out = arena_strdup(a, text);
		free(text);
	}
	json_decref(root);
	return out;
}

bool
fd_visible(const struct fd_field *f, const struct answers *ans)
{
	const char *v;

	if (f->show_field == NULL)
		return true;
	v = answers_get(ans, f->show_field);
	return v != NULL && strcmp(v, f->show_value) == 0;
}

struct fd_checker {
	struct arena	  *a;
	const char	*(*get)(void *, const char *);
	void		  *ctx;
	bool		   submit;
	struct answers	  *out;
	struct fd_error	  *errs;
	size_t		   nerrs;
};

/* The posted value, trimmed, in the arena; "" when absent. */
static char *
fd_posted(struct fd_checker *c, const char *name)
{
	const char *v = c->get(c->ctx, name);

	return v == NULL ? "" : text_trim(arena_strdup(c->a, v));
}

/* Browsers post CRLF but count a line break as one character. */
static void
fd_newlines(char *s)
{
	char *w = s;

	for (; *s != '\0'; s++)
		if (*s != '\r')
			*w++ = *s;
		else if (s[1] != '\n')
			*w++ = '\n';
	*w = '\0';
}

static void
fd_keep(struct fd_checker *c, const char *name, const char *value)
{
	c->out->names[c->out->n] = name;
	c->out->values[c->out->n++] = value;
}

static void
fd_error(struct fd_checker *c, const char *name, const char *label,
    const char *msg)
{
	c->errs[c->nerrs].name = name;
	c->errs[c->nerrs].label = label;
	c->errs[c->nerrs++].msg = msg;
}

static const char *
fd_missing(enum fd_type t)
{
	switch (t) {
	case FD_CHOICE:
		return "Kies een van de opties.";
	case FD_MULTI:
		return "Kies minstens één optie.";
	case FD_YESNO:
		return "Kies ja of nee.";
	case FD_FILE:
		return "Voeg minstens één document toe.";
	case FD_TABLE:
		return "Vul minstens één rij in.";
	default:
		return "Vul dit veld in.";
	}
}

static const char *
fd_number_msg(struct arena *a, const struct fd_field *f, const char *v)
{
	const char *s = v + (*v == '-');
	long long n;
	bool big;

	if (*s == '\0')
		return "Vul een geheel getal in.";
	for (; *s != '\0'; s++)
		if (*s < '0' || *s > '9')
			return "Vul een geheel getal in.";
	errno = 0;
	n = strtoll(v, NULL, 10);
	big = errno == ERANGE;	/* n is then LLONG_MIN or LLONG_MAX */
	if (!big && (!f->has_min || n >= f->min_value) &&
	    (!f->has_max || n <= f->max_value))
		return NULL;
	if (f->has_min && f->has_max)
		return arena_printf(a, "Vul een getal van %lld tot en met %lld "
		    "in.", f->min_value, f->max_value);
	if (f->has_min && n < f->min_value)
		return arena_printf(a, "Vul een getal van %lld of meer in.",
		    f->min_value);
	if (f->has_max && n > f->max_value)
		return arena_printf(a, "Vul een getal van %lld of minder in.",
		    f->max_value);
	return "Dit getal heeft te veel cijfers.";
}

/* What is wrong with a non-empty value of a one-input field, or NULL. */
static const char *
fd_value_msg(struct arena *a, const struct fd_field *f, const char *v)
{
	size_t i;

	switch (f->type) {
	case FD_TEXT:
	case FD_TEXTAREA:
		if (text_has_control(v, f->type == FD_TEXTAREA))
			return f->type == FD_TEXT ?
			    "Gebruik één regel, zonder tabs of stuurtekens." :
			    "Verwijder de stuurtekens uit de tekst.";
		if (utf8_chars(v) > f->max)
			return arena_printf(a, "Gebruik hoogstens %zu tekens.",
			    f->max);
		return NULL;
	case FD_NUMBER:
		return fd_number_msg(a, f, v);
	case FD_DATE:
		return valid_date(v, NULL, NULL, NULL);
	case FD_CHOICE:
		for (i = 0; i < f->noptions; i++)
			if (strcmp(f->options[i].value, v) == 0)
				return NULL;
		return "Kies een van de opties.";
	case FD_YESNO:
		if (fd_lookup(fd_yesno_values, v) == -1)
			return "Kies ja of nee.";
		return NULL;
	default:
		return "Ongeldige waarde.";
	}
}

static void
fd_check_multi(struct fd_checker *c, const struct fd_field *f)
{
	const char *name;
	char *v;
	size_t i;
	bool any = false;

	for (i = 0; i < f->noptions; i++) {
		name = arena_printf(c->a, "%s-%s", f->key, f->options[i].value);
		if (*(v = fd_posted(c, name)) == '\0')
			continue;
		any = true;
		fd_keep(c, name, v);
		if (strcmp(v, "1") != 0)
			fd_error(c, name, arena_printf(c->a, "%s, %s", f->label,
			    f->options[i].label), "Ongeldige keuze.");
	}
	/* The summary links to the first checkbox. */
	if (!any && f->required && c->submit)
		fd_error(c, arena_printf(c->a, "%s-%s", f->key,
		    f->options[0].value), f->label, fd_missing(f->type));
}

static void
fd_check_table(struct fd_checker *c, const struct fd_field *f)
{
	const struct fd_field *col;
	const char **names = arena_alloc(c->a, f->ncolumns * sizeof(*names));
	char **vals = arena_alloc(c->a, f->ncolumns * sizeof(*vals));
	const char *msg, *label;
	size_t row, i;
	bool filled, any = false;

	for (row = 1; row <= f->max; row++) {
		filled = false;
		for (i = 0; i < f->ncolumns; i++) {
			names[i] = arena_printf(c->a, "%s-%zu-%s", f->key, row,
			    f->columns[i].key);
			vals[i] = fd_posted(c, names[i]);
			filled |= *vals[i] != '\0';
		}
		if (!filled)
			continue;
		any = true;
		for (i = 0; i < f->ncolumns; i++) {
			col = &f->columns[i];
			msg = NULL;
			if (*vals[i] != '\0') {
				fd_keep(c, names[i], vals[i]);
				msg = fd_value_msg(c->a, col, vals[i]);
			} else if (col->required && c->submit)
				msg = fd_missing(col->type);
			if (msg == NULL)
				continue;
			label = arena_printf(c->a, "%s, rij %zu, %s", f->label,
			    row, col->label);
			fd_error(c, names[i], label, msg);
		}
	}
	if (!any && f->required && c->submit)
		fd_error(c, arena_printf(c->a, "%s-1-%s", f->key,
		    f->columns[0].key), f->label, fd_missing(f->type));
}

/* The caller counted the documents; only "at least one" matters here. */
static void
fd_check_file(struct fd_checker *c, const struct fd_field *f)
{
	const char *v = c->get(c->ctx, f->key);

	if (f->required && c->submit &&
	    (v == NULL || valid_id(v, NULL) != NULL))
		fd_error(c, f->key, f->label, fd_missing(f->type));
}

static size_t
fd_inputs(const struct fd_field *f)
{
	switch (f->type) {
	case FD_MULTI:
		return f->noptions;
	case FD_TABLE:
		return f->max * f->ncolumns;
	default:
		return 1;
	}
}

size_t
fd_check(struct arena *a, const struct trajdef *d,
    const char *(*get)(void *ctx, const char *name), void *ctx,
    bool submit, struct answers *out, struct fd_error **errs)
{
	struct fd_checker c;
	const struct fd_field *f;
	const char *msg;
	char *v;
	size_t i, j, cap = 0;

	for (i = 0; i < d->nsections; i++)
		for (j = 0; j < d->sections[i].nfields; j++)
			cap += fd_inputs(&d->sections[i].fields[j]) + 1;
	memset(&c, 0, sizeof(c));
	c.a = a;
	c.get = get;
	c.ctx = ctx;
	c.submit = submit;
	c.out = out;
	c.errs = arena_alloc(a, (cap + 1) * sizeof(*c.errs));
	out->n = 0;
	out->names = arena_alloc(a, (cap + 1) * sizeof(*out->names));
	out->values = arena_alloc(a, (cap + 1) * sizeof(*out->values));

	for (i = 0; i < d->nsections; i++) {
		for (j = 0; j < d->sections[i].nfields; j++) {
			f = &d->sections[i].fields[j];
			/* show_if looks back only: those answers are in. */
			if (!fd_visible(f, out))
				continue;
			switch (f->type) {
			case FD_MULTI:
				fd_check_multi(&c, f);
				continue;
			case FD_TABLE:
				fd_check_table(&c, f);
				continue;
			case FD_FILE:
				fd_check_file(&c, f);
				continue;
			default:
				break;
			}
			if (*(v = fd_posted(&c, f->key)) == '\0') {
				if (f->required && submit)
					fd_error(&c, f->key, f->label,
					    fd_missing(f->type));
				continue;
			}
			if (f->type == FD_TEXTAREA)
				fd_newlines(v);
			fd_keep(&c, f->key, v);
			if ((msg = fd_value_msg(a, f, v)) != NULL)
				fd_error(&c, f->key, f->label, msg);
		}
	}
	*errs = c.nerrs > 0 ? c.errs : NULL;
	return c.nerrs;
}
