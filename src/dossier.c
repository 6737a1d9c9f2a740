#include <string.h>

#include "audit.h"
#include "dossier.h"
#include "log.h"

#define B(x)	(1u << (x))

const char *const assign_keys[ASSIGN__MAX + 1] = {
	"handler", "expert", "decider", "adviser1", "adviser2", NULL
};
const char *const assign_labels[ASSIGN__MAX] = {
	"Behandelaar", "Deskundige", "Beslisser", "Eerste deskundige",
	"Tweede deskundige"
};

const char *const profession_keys[PROF__MAX + 1] = {
	"orthopedagoog", "psycholoog", "jeugdpsycholoog", "arts",
	"kinderpsychiater", "pedagoog", "maatschappelijk_werker", NULL
};
const char *const profession_labels[PROF__MAX] = {
	"orthopedagoog", "psycholoog", "kinder- of jeugdpsycholoog", "arts",
	"kinderpsychiater", "pedagoog", "maatschappelijk werker"
};

/*
 * Who may give which advice (AMvB passend onderwijs art. 34.8): the
 * first an orthopedagoog or psycholoog, the second one of the others.
 */
static const unsigned advisers[ASSIGN__MAX] = {
	[ASSIGN_ADVISER1] = B(PROF_ORTHOPEDAGOOG) | B(PROF_PSYCHOLOOG),
	[ASSIGN_ADVISER2] = B(PROF_JEUGDPSYCHOLOOG) | B(PROF_ARTS) |
	    B(PROF_KINDERPSYCHIATER) | B(PROF_PEDAGOOG) | B(PROF_MW),
};

static int
profession(const char *key)
{
	int i;

	for (i = 0; key != NULL && i < PROF__MAX; i++)
		if (strcmp(key, profession_keys[i]) == 0)
			return i;
	return -1;
}

/* The label, or "" for none. */
const char *
profession_label(const char *key)
{
	int i = profession(key);

	return i < 0 ? "" : profession_labels[i];
}

bool
profession_may_advise(enum assign_role role, const char *key)
{
	int i = profession(key);

	return i >= 0 && (advisers[role] & B(i)) != 0;
}

/* Does any step ask for advices? Then the type has advisers. */
bool
trajdef_uses_advices(const struct trajdef *def)
{
	size_t i;

	for (i = 0; i < def->ntransitions; i++)
		if (def->transitions[i].checks & WF_ADVICE_CHECKS)
			return true;
	return false;
}

/* A result's "profession" column as the words shown. */
void
dossier_profession_labels(struct dbres *res)
{
	size_t i;

	for (i = 0; i < res->nrows; i++)
		db_set(res, i, "profession", profession_label(db_val(res, i,
		    "profession")));
}

/* The rule in words, for the message that refuses an assignment. */
const char *
profession_rule(enum assign_role role)
{
	return role == ASSIGN_ADVISER1 ? "De eerste deskundige moet "
	    "orthopedagoog of psycholoog zijn." : "De tweede deskundige moet "
	    "kinder- of jeugdpsycholoog, arts, kinderpsychiater, pedagoog of "
	    "maatschappelijk werker zijn.";
}

/* Broadest first: the role the access log names. */
static const enum role scope_order[] = {
	ROLE_SWV, ROLE_DECIDER, ROLE_COORD, ROLE_RVZ, ROLE_SCHOOL, ROLE_EXPERT
};

bool
dossier_sees_all(const struct req *r)
{
	return (r->user.rolemask & (B(ROLE_SWV) | B(ROLE_DECIDER))) != 0;
}

void
dossier_list_scope(const struct req *r, struct dossier_scope *sc)
{
	bool two = false;
	long long *org;
	size_t i;

	memset(sc, 0, sizeof(*sc));
	if (dossier_sees_all(r)) {
		sc->all = 1;
		return;
	}
	for (i = 0; i < r->user.nra; i++) {
		switch (r->user.ra[i].role) {
		case ROLE_SCHOOL:
			org = &sc->school;
			break;
		case ROLE_RVZ:
			org = &sc->bestuur;
			break;
		case ROLE_COORD:
			org = &sc->deelverband;
			sc->assigned = r->user.id;
			break;
		case ROLE_EXPERT:
			sc->assigned = r->user.id;
			continue;
		default:
			continue;
		}
		two = two || (*org != 0 && *org != r->user.ra[i].org_id);
		*org = r->user.ra[i].org_id;
	}
	if (two) {
		memset(sc, 0, sizeof(*sc));
		sc->general = r->user.id;
	}
	sc->assigned_only = sc->assigned != 0 && sc->school == 0 &&
	    sc->bestuur == 0 && sc->deelverband == 0;
}

/* Is the scope one of schools and besturen, whose totals are kept? */
bool
dossier_scope_counted(const struct dossier_scope *sc)
{
	return sc->assigned == 0 && sc->general == 0 && sc->deelverband == 0;
}

/* For a list: the broadest of the user's roles that admit to dossiers. */
void
dossier_list_role(const struct req *r, enum role *role, long long *org_id)
{
	size_t i, k, best = sizeof(scope_order) / sizeof(scope_order[0]);

	*role = ROLE_SWV;
	*org_id = 0;
	for (i = 0; i < r->user.nra; i++)
		for (k = 0; k < best; k++)
			if (scope_order[k] == r->user.ra[i].role) {
				best = k;
				*role = r->user.ra[i].role;
				*org_id = r->user.ra[i].org_id;
			}
}

/*
 * The C half of the scope (DOSSIER_IN_SCOPE is the SQL half). An
 * assignment admits only through the role it needs: an expert, or a
 * coordinator handling a dossier outside their deelverband. It never
 * lends a user's other roles (school staff elsewhere, say) to it.
 */
static void
dossier_scope(const struct req *r, struct dossier *d)
{
	size_t i, k, best = sizeof(scope_order) / sizeof(scope_order[0]);

	d->roles = 0;
	for (i = 0; i < r->user.nra; i++) {
		const struct role_assignment *ra = &r->user.ra[i];
		bool in = false;

		switch (ra->role) {
		case ROLE_SWV:
		case ROLE_DECIDER:
			in = true;
			break;
		case ROLE_SCHOOL:
			in = ra->org_id == d->school_id;
			break;
		case ROLE_RVZ:
			in = ra->org_id == d->bestuur_id;
			break;
		case ROLE_COORD:
			in = ra->org_id == d->deelverband_id || d->assigned != 0;
			break;
		case ROLE_EXPERT:
			in = d->assigned != 0;
			break;
		default:
			break;
		}
		if (!in)
			continue;
		d->roles |= B(ra->role);
		/* The log names the broadest admitting role, at its organisation. */
		for (k = 0; k < best && scope_order[k] != ra->role; k++)
			continue;
		if (k < best) {
			best = k;
			d->role = ra->role;
			d->org_id = ra->org_id;
		}
	}
}

static int
load(struct req *r, long long id, struct dossier *d, bool scoped)
{
	struct dbres res;
	const char *json, *mine;
	int k;

	memset(d, 0, sizeof(*d));
	if (DB_QUERY(r->db, r->arena, &res, "SELECT d.type_id, d.def_id,"
	    " d.pupil_id, d.extends_decision_id, d.school_id, d.bestuur_id,"
	    " d.deelverband_id, d.state,"
	    " d.version, d.answers, t.name AS type_name, s.name AS school_name,"
	    " " DOSSIER_PUPIL_NAME " AS pupil_name,"
	    " (SELECT CONCAT(',', GROUP_CONCAT(role), ',')"
	    "  FROM dossier_assignments WHERE dossier_id = d.id"
	    "  AND user_id = ?) AS mine,"
	    " (SELECT COUNT(*) FROM dossier_assignments"
	    "  WHERE dossier_id = d.id) AS assignments,"
	    " (SELECT COUNT(*) FROM documents WHERE dossier_id = d.id"
	    "  AND removed_at IS NULL) AS documents,"
	    " (SELECT COUNT(*) FROM shares WHERE dossier_id = d.id) AS shares,"
	    " (SELECT COUNT(*) FROM advices WHERE dossier_id = d.id) AS advices,"
	    " (SELECT COUNT(*) FROM tlv_decisions WHERE dossier_id = d.id)"
	    "  AS decisions,"
	    " (SELECT rvz_approval FROM organisations WHERE type = 'swv'"
	    "  ORDER BY id LIMIT 1) AS rvz_approval"
	    " FROM dossiers d JOIN trajectory_types t ON t.id = d.type_id"
	    " JOIN organisations s ON s.id = d.school_id WHERE d.id = ?",
	    DB_INT(r->user.id), DB_INT(id)) != 0)
		return 500;
	if (res.nrows != 1)
		return 404;
	d->id = id;
	d->type_id = db_int(&res, 0, "type_id");
	d->def_id = db_int(&res, 0, "def_id");
	d->pupil_id = db_int(&res, 0, "pupil_id");
	d->extends = db_int(&res, 0, "extends_decision_id");
	d->school_id = db_int(&res, 0, "school_id");
	d->bestuur_id = db_int(&res, 0, "bestuur_id");
	d->deelverband_id = db_int(&res, 0, "deelverband_id");
	d->state = db_val(&res, 0, "state");
	d->version = db_val(&res, 0, "version");
	d->type_name = db_val(&res, 0, "type_name");
	d->school_name = db_val(&res, 0, "school_name");
	d->pupil_name = db_val(&res, 0, "pupil_name");
	d->nassignments = db_int(&res, 0, "assignments");
	d->ndocuments = db_int(&res, 0, "documents");
	d->nshares = db_int(&res, 0, "shares");
	d->nadvices = db_int(&res, 0, "advices");
	d->ndecisions = db_int(&res, 0, "decisions");
	d->rvz_approval = db_int(&res, 0, "rvz_approval") != 0;
	/* This user's roles on the dossier, as ",expert,decider," */
	mine = db_val(&res, 0, "mine");
	for (k = 0; mine != NULL && k < ASSIGN__MAX; k++)
		if (strstr(mine, arena_printf(r->arena, ",%s,",
		    assign_keys[k])) != NULL)
			d->assigned |= B(k);
	if (scoped)
		dossier_scope(r, d);
	if (scoped && d->roles == 0) {
		/* Nothing was written yet: keep the refusal in the log. */
		audit_denied(r);
		r->keep = true;
		return 404;
	}
	if ((d->def = traj_def(r, d->def_id)) == NULL)
		return 500;
	json = db_val(&res, 0, "answers");
	if (answers_parse(r->arena, json, strlen(json), &d->answers) != 0) {
		log_error("dossier %lld: stored answers are not valid", id);
		return 500;
	}
	return 0;
}

/*
 * 0 with *d filled, 404 when it does not exist or is outside the
 * user's scope (the same answer, so ids cannot be probed), 500.
 * A refusal goes to the audit log.
 */
int
dossier_load(struct req *r, long long id, struct dossier *d)
{
	return load(r, id, d, true);
}

/* A guest's dossier: the one their share is for. d->roles stays 0. */
int
dossier_load_shared(struct req *r, struct dossier *d)
{
	if (r->sess.state != AUTH_GUEST || r->sess.share_dossier == 0)
		return 404;
	return load(r, r->sess.share_dossier, d, false);
}

/* The answers: the school while its state allows, SWV staff always. */
bool
dossier_may_edit(const struct dossier *d)
{
	const struct wf_state *st = trajdef_state(d->def, d->state);

	if (st == NULL || st->final)
		return false;
	if (d->roles & B(ROLE_SWV))
		return true;
	return (d->roles & B(ROLE_SCHOOL)) && st->school_edits;
}

bool
dossier_may_take(const struct dossier *d, const struct wf_transition *t)
{
	if ((t->when == WF_WHEN_RVZ && !d->rvz_approval) ||
	    (t->when == WF_WHEN_NO_RVZ && d->rvz_approval))
		return false;
	return strcmp(t->from, d->state) == 0 && (t->roles & d->roles) != 0;
}

int
dossier_event(struct req *r, long long dossier_id, const char *kind,
    const char *label, const char *body)
{
	return DB_EXEC(r->db, NULL, NULL, "INSERT INTO dossier_events"
	    " (dossier_id, at, user_id, kind, label, body, created_at,"
	    " updated_at) VALUES (?, UTC_TIMESTAMP(6), ?, ?, ?, ?,"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP())", DB_INT(dossier_id),
	    DB_INT(r->user.id), DB_STR(kind), DB_STR(label), DB_STR(body));
}

int
dossier_access(struct req *r, const struct dossier *d, const char *action,
    const char *object_type, long long object_id)
{
	return audit_access(r, action, d->role, d->org_id, d->pupil_id, d->id,
	    object_type, object_id);
}

/*
 * A page that shows the dossier. After a refused POST (the form comes
 * back) it is a view as well; such a POST wrote nothing, so the view is
 * committed although the status is 4xx.
 */
int
dossier_viewed(struct req *r, const struct dossier *d)
{
	if (dossier_access(r, d, "view", "dossier", d->id) != 0)
		return -1;
	if (r->method == METHOD_POST)
		r->keep = true;
	return 0;
}

/*
 * Definitions never change once stored, so each worker keeps the ones
 * it has parsed for its whole life, in memory of its own.
 */
#define DEF_CACHE	32

static struct arena	 def_arena;
static struct {
	long long		 id;
	struct trajdef		 def;
}			 defs[DEF_CACHE];
static size_t		 ndefs;

const struct trajdef *
traj_def(struct req *r, long long def_id)
{
	struct dbres res;
	const char *json, *err;
	size_t i;

	for (i = 0; i < ndefs; i++)
		if (defs[i].id == def_id)
			return &defs[i].def;
	if (DB_QUERY(r->db, r->arena, &res, "SELECT definition FROM"
	    " trajectory_defs WHERE id = ?", DB_INT(def_id)) != 0 ||
	    res.nrows != 1)
		return NULL;
	json = db_val(&res, 0, "definition");
	/* A full cache: parse for this request only. Never evict, so no
	 * pointer handed out earlier in the request can dangle. */
	if (ndefs == DEF_CACHE) {
		struct trajdef *def = arena_alloc(r->arena, sizeof(*def));

		if (trajdef_parse(r->arena, json, strlen(json), def, &err) == 0)
			return def;
	} else if (trajdef_parse(&def_arena, json, strlen(json),
	    &defs[ndefs].def, &err) == 0) {
		defs[ndefs].id = def_id;
		return &defs[ndefs++].def;
	}
	log_error("definition %lld does not parse: %s", def_id, err);
	return NULL;
}

/*
 * Stores a definition as the next version of its type (made when the
 * key is new) and makes it current; *new_def (if not NULL) gets its id,
 * or 0 when it equals the current version. Returns 0, -1 with *err
 * (Dutch) for a definition that does not parse, or -2 on a database
 * error.
 */
int
traj_import(struct db *db, struct arena *a, const char *json, size_t len,
    long long user_id, const char **err, long long *new_def)
{
	struct trajdef def;
	struct dbres res;
	const char *text;
	long long type_id, def_id;

	if (new_def != NULL)
		*new_def = 0;
	if (trajdef_parse(a, json, len, &def, err) != 0)
		return -1;
	if ((text = trajdef_json(a, &def)) == NULL)
		return -2;
	if (DB_QUERY(db, a, &res, "SELECT v.definition FROM trajectory_types t"
	    " JOIN trajectory_defs v ON v.id = t.def_id WHERE t.tkey = ?",
	    DB_STR(def.key)) != 0)
		return -2;
	if (res.nrows == 1 && strcmp(db_val(&res, 0, "definition"), text) == 0)
		return 0;	/* already current: no new version */
	if (DB_EXEC(db, NULL, NULL, "INSERT INTO trajectory_types (tkey, name,"
	    " created_at, updated_at) VALUES (?, ?, UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE name = VALUES(name),"
	    " version = version + 1, updated_at = UTC_TIMESTAMP()",
	    DB_STR(def.key), DB_STR(def.name)) != 0 ||
	    DB_QUERY(db, a, &res, "SELECT t.id, COALESCE(MAX(v.version_no), 0)"
	    " + 1 AS next FROM trajectory_types t LEFT JOIN trajectory_defs v"
	    " ON v.type_id = t.id WHERE t.tkey = ? GROUP BY t.id FOR UPDATE",
	    DB_STR(def.key)) != 0 || res.nrows != 1)
		return -2;
	type_id = db_int(&res, 0, "id");
	if (DB_EXEC(db, NULL, &def_id, "INSERT INTO trajectory_defs (type_id,"
	    " version_no, definition, created_by, created_at, updated_at)"
	    " VALUES (?, ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_INT(type_id), DB_INT(db_int(&res, 0, "next")),
	    DB_STR(text), user_id != 0 ? DB_INT(user_id) :
	    DB_NULL) != 0 ||
	    DB_EXEC(db, NULL, NULL, "UPDATE trajectory_types SET def_id = ?"
	    " WHERE id = ?", DB_INT(def_id), DB_INT(type_id)) != 0)
		return -2;
	if (new_def != NULL)
		*new_def = def_id;
	return 0;
}

/*
 * Dossiers put in a final state by hand (passend-seed, passend-benchgen)
 * rather than by a step: finished since they got there.
 */
int
traj_mark_finished(struct db *db)
{
	return DB_EXEC(db, NULL, NULL, "UPDATE dossiers d"
	    " JOIN trajectory_defs v ON v.id = d.def_id"
	    " SET d.finished_at = d.state_since WHERE d.finished_at IS NULL"
	    " AND JSON_CONTAINS(JSON_EXTRACT(v.definition,"
	    " '$.workflow.states'), JSON_OBJECT('key', d.state, 'final',"
	    " TRUE))");
}

/* Is a type decided with the TLV decision form? */
bool
trajdef_decides(const struct trajdef *def)
{
	size_t i;

	for (i = 0; i < def->ntransitions; i++)
		if (def->transitions[i].checks & (1u << WF_CHECK_DECISION))
			return true;
	return false;
}

/* The label of each row's state, from the row's own definition. */
int
dossier_state_labels(struct req *r, const struct dbres *res,
    const char *prefix)
{
	const char *label;
	size_t i;

	for (i = 0; i < res->nrows; i++) {
		if ((label = dossier_state_label(r, db_int(res, i, "def_id"),
		    db_val(res, i, "state"))) == NULL)
			return -1;
		req_set(r, arena_printf(r->arena, "%s.%zu.state_label", prefix,
		    i), label);
	}
	return 0;
}

/* A state's label in its definition; NULL if the definition is broken. */
const char *
dossier_state_label(struct req *r, long long def_id, const char *state)
{
	const struct trajdef *def = traj_def(r, def_id);
	const struct wf_state *st;

	if (def == NULL)
		return NULL;
	st = trajdef_state(def, state);
	return st != NULL ? st->label : state;
}

static const char *
option_label(const struct fd_field *f, const char *value)
{
	size_t i;

	if (f->type == FD_YESNO)
		return strcmp(value, "ja") == 0 ? "Ja" : "Nee";
	for (i = 0; i < f->noptions; i++)
		if (strcmp(f->options[i].value, value) == 0)
			return f->options[i].label;
	return value;
}

/* An answer in words, for a file or a letter; NULL when there is none. */
const char *
dossier_answer_text(struct arena *a, const struct fd_field *f,
    const struct answers *ans)
{
	const char *v, *out = NULL;
	size_t i, k;

	switch (f->type) {
	case FD_FILE:
		return NULL;
	case FD_MULTI:
		for (i = 0; i < f->noptions; i++)
			if (answers_get(ans, arena_printf(a, "%s-%s", f->key,
			    f->options[i].value)) != NULL)
				out = out == NULL ? f->options[i].label :
				    arena_printf(a, "%s, %s", out,
				    f->options[i].label);
		return out;
	case FD_TABLE:
		for (i = 1; i <= f->max; i++) {
			const char *line = NULL;

			for (k = 0; k < f->ncolumns; k++) {
				const struct fd_field *c = &f->columns[k];

				if ((v = answers_get(ans, arena_printf(a,
				    "%s-%zu-%s", f->key, i, c->key))) == NULL)
					continue;
				if (c->type == FD_CHOICE)
					v = option_label(c, v);
				v = arena_printf(a, "%s: %s", c->label, v);
				line = line == NULL ? v :
				    arena_printf(a, "%s, %s", line, v);
			}
			if (line != NULL)
				out = out == NULL ? line :
				    arena_printf(a, "%s\n%s", out, line);
		}
		return out;
	case FD_CHOICE:
	case FD_YESNO:
		v = answers_get(ans, f->key);
		return v != NULL ? option_label(f, v) : NULL;
	default:
		return answers_get(ans, f->key);
	}
}

static void
field_hdf(struct req *r, HDF *n, const struct fd_field *f,
    const struct answers *a)
{
	static const struct answers none;
	const char *v;
	size_t i, k;

	if (a == NULL)
		a = &none;
	node_set(n, "key", f->key);
	node_set(n, "name", arena_printf(r->arena, "a-%s", f->key));
	node_set(n, "label", f->label);
	node_set(n, "help", f->help);
	node_set(n, "type", fd_type_keys[f->type]);
	node_set_int(n, "required", f->required);
	if ((v = answers_get(a, f->key)) != NULL) {
		node_set(n, "value", v);
		node_set(n, "shown", f->type == FD_CHOICE ||
		    f->type == FD_YESNO ? option_label(f, v) : v);
	}
	if (f->show_field != NULL) {
		node_set(n, "if_name", arena_printf(r->arena, "a-%s",
		    f->show_field));
		node_set(n, "if_value", f->show_value);
	}
	for (i = 0; i < f->noptions; i++) {
		const struct fd_option *o = &f->options[i];
		char *name = arena_printf(r->arena, "%s-%s", f->key, o->value);
		HDF *on = req_node(r, n, "options.%zu", i);

		node_set(on, "value", o->value);
		node_set(on, "label", o->label);
		node_set(on, "name", arena_printf(r->arena, "a-%s", name));
		if (f->type == FD_MULTI && answers_get(a, name) != NULL)
			node_set(on, "checked", "1");
	}
	for (k = 0; k < f->ncolumns; k++)
		field_hdf(r, req_node(r, n, "columns.%zu", k), &f->columns[k],
		    NULL);
	for (i = 1; f->type == FD_TABLE && i <= f->max; i++) {
		HDF *rn = req_node(r, n, "rows.%zu", i);
		bool filled = false;

		for (k = 0; k < f->ncolumns; k++) {
			const struct fd_field *c = &f->columns[k];
			char *name = arena_printf(r->arena, "%s-%zu-%s", f->key,
			    i, c->key);
			HDF *cn = req_node(r, rn, "cells.%zu", k);

			node_set(cn, "name", arena_printf(r->arena, "a-%s",
			    name));
			node_set_int(cn, "col", (long long)k);
			if ((v = answers_get(a, name)) != NULL) {
				filled = true;
				node_set(cn, "value", v);
				node_set(cn, "shown", c->type == FD_CHOICE ?
				    option_label(c, v) : v);
			}
		}
		node_set_int(rn, "filled", filled);
		node_set_int(rn, "n", (long long)i);
	}
}

/*
 * The form as HDF under Form.sections: every field with its stored or
 * typed value ("value"), its value in words ("shown") and whether the
 * answers make it visible ("visible").
 */
void
dossier_form_hdf(struct req *r, const struct trajdef *def,
    const struct answers *a)
{
	dossier_sections_hdf(r, def, a, NULL, 0);
}

static bool
listed(const char *const *keys, size_t n, const char *key)
{
	while (n-- > 0)
		if (strcmp(keys[n], key) == 0)
			return true;
	return false;
}

/* Only the sections named in keys (all when keys is NULL). */
void
dossier_sections_hdf(struct req *r, const struct trajdef *def,
    const struct answers *a, const char *const *keys, size_t nkeys)
{
	size_t s, i, n = 0;

	for (s = 0; s < def->nsections; s++) {
		const struct fd_section *sec = &def->sections[s];
		HDF *sn;

		if (keys != NULL && !listed(keys, nkeys, sec->key))
			continue;
		sn = req_node(r, NULL, "Form.sections.%zu", n++);
		node_set(sn, "key", sec->key);
		node_set(sn, "title", sec->title);
		node_set(sn, "instructions", sec->instructions);
		for (i = 0; i < sec->nfields; i++) {
			const struct fd_field *f = &sec->fields[i];
			HDF *fn = req_node(r, sn, "fields.%zu", i);

			field_hdf(r, fn, f, a);
			node_set_int(fn, "visible", fd_visible(f, a));
			if (f->show_field != NULL) {
				const struct fd_field *c =
				    trajdef_field(def, f->show_field);

				node_set(fn, "if_label", c->label);
				node_set(fn, "if_shown", option_label(c,
				    f->show_value));
			}
		}
	}
}

/* The types a dossier can be started of, for a choice: id, name. */
int
dossier_startable_types(struct req *r, struct dbres *res)
{
	return DB_QUERY(r->db, r->arena, res, "SELECT id, name FROM"
	    " trajectory_types WHERE active = 1 AND def_id IS NOT NULL"
	    " ORDER BY name");
}

/*
 * The type, if it can be started, with the school the dossier will
 * belong to: def_id, name, school_id, bestuur_id, deelverband_id.
 */
int
dossier_type_at_school(struct req *r, long long type_id, long long school_id,
    struct dbres *t)
{
	return DB_QUERY(r->db, r->arena, t, "SELECT t.def_id, t.name,"
	    " s.id AS school_id, s.bestuur_id, s.deelverband_id"
	    " FROM trajectory_types t JOIN organisations s ON s.id = ?"
	    " WHERE t.id = ? AND t.active = 1 AND t.def_id IS NOT NULL",
	    DB_INT(school_id), DB_INT(type_id));
}

/*
 * A new dossier in its definition's first state, t one row of
 * dossier_type_at_school(); created on the timeline and in the access
 * log, in the role the user acts in.
 */
int
dossier_create(struct req *r, enum role role, long long type_id,
    long long pupil, const struct dbres *t, const struct trajdef *def,
    const char *answers, long long extends, const char *label, long long *id)
{
	size_t i;

	for (i = 0; i < def->nstates && !def->states[i].initial; i++)
		continue;
	if (DB_EXEC(r->db, NULL, id, "INSERT INTO dossiers (type_id, def_id,"
	    " pupil_id, extends_decision_id, school_id, bestuur_id,"
	    " deelverband_id, state, state_since, answers, created_by,"
	    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
	    " UTC_TIMESTAMP(), ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_INT(type_id), DB_INT(db_int(t, 0, "def_id")), DB_INT(pupil),
	    extends != 0 ? DB_INT(extends) : DB_NULL,
	    DB_INT(db_int(t, 0, "school_id")),
	    DB_STR(db_val(t, 0, "bestuur_id")),
	    DB_STR(db_val(t, 0, "deelverband_id")), DB_STR(def->states[i].key),
	    DB_STR(answers), DB_INT(r->user.id)) != 0 ||
	    dossier_event(r, *id, "created", label, NULL) != 0 ||
	    audit_access(r, "create", role, db_int(t, 0, "school_id"), pupil,
	    *id, "dossier", *id) != 0)
		return -1;
	return 0;
}
