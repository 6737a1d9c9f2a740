/*
 * Pupils. School staff register the pupils of their school, SWV staff
 * those of any school. A pupil who moves keeps one record: the new
 * school finds it through the duplicate check and takes it over; the
 * old school keeps its own dossiers. Never a BSN.
 */
#include <string.h>
#include <time.h>

#include "audit.h"
#include "list.h"
#include "pages.h"

#define B(x)	(1u << (x))

static const char *const genders[] = { "jongen", "meisje", "anders", NULL };

enum {
	P_FIRST, P_PREFIX, P_LAST, P_BIRTH, P_GENDER, P_GRADE, P_NUMBER,
	P_SCHOOL, P_P1NAME, P_P1EMAIL, P_P1PHONE, P_P2NAME, P_P2EMAIL,
	P_P2PHONE, P_VERSION, P_OTHER, P__MAX
};
static const struct field pupil_fields[P__MAX] = {
	[P_FIRST] = { "first_name", "Voornaam", FT_TEXT, 100, true, NULL },
	[P_PREFIX] = { "name_prefix", "Tussenvoegsel", FT_TEXT, 20, false, NULL },
	[P_LAST] = { "last_name", "Achternaam", FT_TEXT, 100, true, NULL },
	[P_BIRTH] = { "birth_date", "Geboortedatum", FT_DATE, 10, true, NULL },
	[P_GENDER] = { "gender", "Geslacht", FT_CHOICE, 10, false, genders },
	[P_GRADE] = { "grade", "Groep of leerjaar", FT_TEXT, 20, false, NULL },
	[P_NUMBER] = { "school_number", "Leerlingnummer van de school",
	    FT_TEXT, 40, false, NULL },
	[P_SCHOOL] = { "school_id", "School", FT_ID, 20, true, NULL },
	[P_P1NAME] = { "parent1_name", "Naam ouder/verzorger 1", FT_TEXT,
	    200, false, NULL },
	[P_P1EMAIL] = { "parent1_email", "E-mailadres ouder/verzorger 1",
	    FT_EMAIL, 254, false, NULL },
	[P_P1PHONE] = { "parent1_phone", "Telefoon ouder/verzorger 1",
	    FT_PHONE, 30, false, NULL },
	[P_P2NAME] = { "parent2_name", "Naam ouder/verzorger 2", FT_TEXT,
	    200, false, NULL },
	[P_P2EMAIL] = { "parent2_email", "E-mailadres ouder/verzorger 2",
	    FT_EMAIL, 254, false, NULL },
	[P_P2PHONE] = { "parent2_phone", "Telefoon ouder/verzorger 2",
	    FT_PHONE, 30, false, NULL },
	[P_VERSION] = { "version", "Versie", FT_ID, 10, false, NULL },
	[P_OTHER] = { "other_pupil", "Het is een andere leerling", FT_BOOL,
	    1, false, NULL },
};
const struct form pupil_form = FORM(pupil_fields);

enum { PF_Q, PF_PAGE, PF__MAX };
static const struct field pupil_filter_fields[PF__MAX] = {
	[PF_Q] = { "q", "Zoek op naam", FT_TEXT, 100, false, NULL },
	[PF_PAGE] = { "p", "Pagina", FT_ID, 6, false, NULL },
};
const struct form pupil_filter_form = FORM(pupil_filter_fields);

enum { T_SCHOOL, T_FIRST, T_LAST, T_BIRTH, T__MAX };
static const struct field transfer_fields[T__MAX] = {
	[T_SCHOOL] = { "school_id", "School", FT_ID, 20, true, NULL },
	[T_FIRST] = { "first_name", "Voornaam", FT_TEXT, 100, true, NULL },
	[T_LAST] = { "last_name", "Achternaam", FT_TEXT, 100, true, NULL },
	[T_BIRTH] = { "birth_date", "Geboortedatum", FT_DATE, 10, true, NULL },
};
const struct form transfer_form = FORM(transfer_fields);

#define PUPIL_COLUMNS							\
	"SELECT first_name, name_prefix, last_name, birth_date, gender,"	\
	" grade, school_number, school_id, parent1_name, parent1_email,"	\
	" parent1_phone, parent2_name, parent2_email, parent2_phone,"	\
	" version FROM pupils WHERE id = ?"

static bool
sees_all_pupils(const struct req *r)
{
	return (r->user.rolemask & B(ROLE_SWV)) != 0;
}

/* May this user register pupils for, or see the pupils of, this school? */
static bool
school_ok(const struct req *r, long long school_id)
{
	size_t i;

	if (sees_all_pupils(r))
		return true;
	for (i = 0; i < r->user.nra; i++)
		if (r->user.ra[i].role == ROLE_SCHOOL &&
		    r->user.ra[i].org_id == school_id)
			return true;
	return false;
}

/* The schools this user may choose; a user with one gets no choice. */
static int
school_choices(struct req *r)
{
	struct dbres res;
	size_t i, n = 0;

	if (sees_all_pupils(r)) {
		if (DB_QUERY(r->db, r->arena, &res, "SELECT id, name FROM"
		    " organisations WHERE type = 'school' AND active = 1"
		    " AND inside_swv = 1 ORDER BY name") != 0)
			return -1;
		req_set_rows(r, "Schools", &res);
		return 0;
	}
	for (i = 0; i < r->user.nra; i++) {
		const struct role_assignment *ra = &r->user.ra[i];

		if (ra->role != ROLE_SCHOOL)
			continue;
		req_set_int(r, arena_printf(r->arena, "Schools.%zu.id", n),
		    ra->org_id);
		req_set(r, arena_printf(r->arena, "Schools.%zu.name", n),
		    ra->org_name);
		n++;
	}
	return 0;
}

/* 0, or 404 for a pupil that does not exist or is not this user's. */
static int
pupil_load(struct req *r, long long id, struct dbres *res)
{
	if (DB_QUERY(r->db, r->arena, res, PUPIL_COLUMNS, DB_INT(id)) != 0)
		return 500;
	if (res->nrows != 1)
		return 404;
	if (!school_ok(r, db_int(res, 0, "school_id"))) {
		audit_denied(r);
		r->keep = true;
		return 404;
	}
	return 0;
}

static enum role
pupil_role(const struct req *r)
{
	return sees_all_pupils(r) ? ROLE_SWV : ROLE_SCHOOL;
}

int
pupil_list(struct req *r)
{
	const char *q = r->f[PF_Q].s;
	long long page = r->f[PF_PAGE].set ? r->f[PF_PAGE].i : 1;
	long long all = sees_all_pupils(r);
	struct dbres res, count;

	if (DB_QUERY(r->db, r->arena, &count, "SELECT COUNT(*) AS n"
	    " FROM pupils p WHERE (? OR p.school_id IN (SELECT org_id FROM"
	    " role_assignments WHERE user_id = ? AND role = 'school'))"
	    " AND (? = '' OR p.last_name LIKE ? OR p.first_name LIKE ?)",
	    DB_INT(all), DB_INT(r->user.id), DB_STR(q),
	    DB_STR(list_like(r, q)), DB_STR(list_like(r, q))) != 0 ||
	    DB_QUERY(r->db, r->arena, &res, "SELECT p.id, CONCAT_WS(' ',"
	    " p.first_name, NULLIF(p.name_prefix, ''), p.last_name) AS name,"
	    " p.birth_date, p.grade, s.name AS school"
	    " FROM pupils p JOIN organisations s ON s.id = p.school_id"
	    " WHERE (? OR p.school_id IN (SELECT org_id FROM"
	    " role_assignments WHERE user_id = ? AND role = 'school'))"
	    " AND (? = '' OR p.last_name LIKE ? OR p.first_name LIKE ?)"
	    " ORDER BY p.last_name, p.first_name, p.id LIMIT ? OFFSET ?",
	    DB_INT(all), DB_INT(r->user.id), DB_STR(q),
	    DB_STR(list_like(r, q)), DB_STR(list_like(r, q)),
	    DB_INT(LIST_PER_PAGE), DB_INT(list_offset(page))) != 0)
		return 500;
	req_set_rows(r, "Pupils", &res);
	form_value(r, "q", q);
	list_pager(r, db_int(&count, 0, "n"), page, list_query(r, "q", q, NULL));
	req_set(r, "Page.title", "Leerlingen");
	return req_page(r, "dossier/pupils.cs");
}

int
pupil_new_page(struct req *r)
{
	if (school_choices(r) != 0)
		return 500;
	req_set(r, "PupilForm.new", "1");
	req_set(r, "Page.title", "Leerling toevoegen");
	return req_page(r, "dossier/pupil_form.cs");
}

/* Plausible for a pupil: born, and at most 25 years ago. */
static bool
birth_ok(struct req *r)
{
	char today[11], oldest[11];
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	tm.tm_year -= 25;
	strftime(oldest, sizeof(oldest), "%Y-%m-%d", &tm);
	if (strcmp(r->f[P_BIRTH].s, today) > 0)
		form_error(r, "birth_date", "De geboortedatum ligt in de toekomst.");
	else if (strcmp(r->f[P_BIRTH].s, oldest) < 0)
		form_error(r, "birth_date", "Controleer de geboortedatum: de "
		    "leerling zou ouder zijn dan 25 jaar.");
	else
		return true;
	return false;
}

/*
 * Same first name, last name and birth date (the collation ignores
 * case and accents). Pupils of the user's own schools are shown with a
 * link; of other schools only the school, so a school learns no more
 * than it typed.
 */
static int
duplicates(struct req *r)
{
	struct dbres res;
	size_t i;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT p.id, p.school_id,"
	    " s.name AS school FROM pupils p JOIN organisations s"
	    " ON s.id = p.school_id WHERE p.birth_date = ? AND p.last_name = ?"
	    " AND p.first_name = ? ORDER BY p.id",
	    DB_STR(r->f[P_BIRTH].s), DB_STR(r->f[P_LAST].s),
	    DB_STR(r->f[P_FIRST].s)) != 0)
		return -1;
	for (i = 0; i < res.nrows; i++) {
		long long school = db_int(&res, i, "school_id");

		req_set(r, arena_printf(r->arena, "Duplicates.%zu.school", i),
		    db_val(&res, i, "school"));
		if (school_ok(r, school))
			req_set(r, arena_printf(r->arena, "Duplicates.%zu.id",
			    i), db_val(&res, i, "id"));
		else
			req_set(r, arena_printf(r->arena,
			    "Duplicates.%zu.transfer", i), db_val(&res, i, "id"));
	}
	return (int)res.nrows;
}

int
pupil_create(struct req *r)
{
	long long school = r->f[P_SCHOOL].i, id;
	int dup;

	if (!school_ok(r, school)) {
		form_error(r, "school_id", "Kies een school uit de lijst.");
		return req_invalid(r);
	}
	if (!birth_ok(r))
		return req_invalid(r);
	if (!r->f[P_OTHER].set) {
		if ((dup = duplicates(r)) < 0)
			return 500;
		if (dup > 0) {
			form_error(r, "other_pupil", "Er bestaat al een leerling "
			    "met deze naam en geboortedatum. Kies de bestaande "
			    "leerling, of vink aan dat het een andere leerling is.");
			return req_invalid(r);
		}
	}
	if (DB_EXEC(r->db, NULL, &id, "INSERT INTO pupils (school_id,"
	    " first_name, name_prefix, last_name, birth_date, gender, grade,"
	    " school_number, parent1_name, parent1_email, parent1_phone,"
	    " parent2_name, parent2_email, parent2_phone, created_by,"
	    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
	    " ?, ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())", DB_INT(school),
	    DB_STR(r->f[P_FIRST].s), DB_STR(r->f[P_PREFIX].s),
	    DB_STR(r->f[P_LAST].s), DB_STR(r->f[P_BIRTH].s),
	    r->f[P_GENDER].set ? DB_STR(r->f[P_GENDER].s) : DB_NULL,
	    DB_STR(r->f[P_GRADE].s), DB_STR(r->f[P_NUMBER].s),
	    DB_STR(r->f[P_P1NAME].s), DB_STR(r->f[P_P1EMAIL].s),
	    DB_STR(r->f[P_P1PHONE].s), DB_STR(r->f[P_P2NAME].s),
	    DB_STR(r->f[P_P2EMAIL].s), DB_STR(r->f[P_P2PHONE].s),
	    DB_INT(r->user.id)) != 0 ||
	    audit_access(r, "create", pupil_role(r), school, id, 0, "pupil",
	    id) != 0)
		return 500;
	return req_redirectf(r, "/leerlingen/%lld?m=opgeslagen", id);
}

int
pupil_page(struct req *r)
{
	struct dbres res, ds, types;
	struct dossier_scope sc;
	long long id = r->args.id[0];
	int st;

	if ((st = pupil_load(r, id, &res)) != 0)
		return st;
	dossier_list_scope(r, &sc);
#define DOSSIERS(x, scope, ...)						\
	DB_QUERY(r->db, r->arena, &ds, "SELECT d.id, t.name AS type,"	\
	    " d.state, d.def_id, d.updated_at, s.name AS school"	\
	    " FROM dossiers d JOIN trajectory_types t ON t.id = d.type_id"\
	    " JOIN organisations s ON s.id = d.school_id"		\
	    " WHERE d.pupil_id = ? AND" scope				\
	    " ORDER BY d.created_at DESC, d.id DESC", DB_INT(id), __VA_ARGS__)
	if (DOSSIER_IN_SCOPE(&sc, DOSSIERS, 0) != 0 ||
	    dossier_startable_types(r, &types) != 0 ||
	    audit_access(r, "view", pupil_role(r), db_int(&res, 0, "school_id"),
	    id, 0, "pupil", id) != 0)
		return 500;
#undef DOSSIERS
	req_set_rows(r, "Pupil", &res);
	list_times(r, &ds, "updated_at");
	req_set_rows(r, "Dossiers", &ds);
	if (dossier_state_labels(r, &ds, "Dossiers") != 0)
		return 500;
	req_set_rows(r, "Types", &types);
	req_set_int(r, "PupilId", id);
	req_set(r, "Page.title", arena_printf(r->arena, "%s%s%s %s",
	    db_val(&res, 0, "first_name"),
	    *db_val(&res, 0, "name_prefix") ? " " : "",
	    db_val(&res, 0, "name_prefix"), db_val(&res, 0, "last_name")));
	return req_page(r, "dossier/pupil.cs");
}

int
pupil_edit_page(struct req *r)
{
	struct dbres res;
	long long id = r->args.id[0];
	int st;

	if ((st = pupil_load(r, id, &res)) != 0)
		return st;
	if (school_choices(r) != 0)
		return 500;
	if (r->method == METHOD_GET) {
		form_fill(r, &res, 0);
		if (audit_access(r, "view", pupil_role(r),
		    db_int(&res, 0, "school_id"), id, 0, "pupil", id) != 0)
			return 500;
	}
	req_set_int(r, "PupilForm.id", id);
	req_set(r, "Page.title", "Leerling bewerken");
	return req_page(r, "dossier/pupil_form.cs");
}

int
pupil_update(struct req *r)
{
	struct dbres before;
	unsigned long long n;
	long long id = r->args.id[0], school = r->f[P_SCHOOL].i;
	int st;

	if ((st = pupil_load(r, id, &before)) != 0)
		return st;
	if (!r->f[P_VERSION].set)
		return 400;
	if (!school_ok(r, school)) {
		form_error(r, "school_id", "Kies een school uit de lijst.");
		return req_invalid(r);
	}
	if (!birth_ok(r))
		return req_invalid(r);
	if (DB_EXEC(r->db, &n, NULL, "UPDATE pupils SET school_id = ?,"
	    " first_name = ?, name_prefix = ?, last_name = ?, birth_date = ?,"
	    " gender = ?, grade = ?, school_number = ?, parent1_name = ?,"
	    " parent1_email = ?, parent1_phone = ?, parent2_name = ?,"
	    " parent2_email = ?, parent2_phone = ?, version = version + 1,"
	    " updated_at = UTC_TIMESTAMP() WHERE id = ? AND version = ?",
	    DB_INT(school), DB_STR(r->f[P_FIRST].s), DB_STR(r->f[P_PREFIX].s),
	    DB_STR(r->f[P_LAST].s), DB_STR(r->f[P_BIRTH].s),
	    r->f[P_GENDER].set ? DB_STR(r->f[P_GENDER].s) : DB_NULL,
	    DB_STR(r->f[P_GRADE].s), DB_STR(r->f[P_NUMBER].s),
	    DB_STR(r->f[P_P1NAME].s), DB_STR(r->f[P_P1EMAIL].s),
	    DB_STR(r->f[P_P1PHONE].s), DB_STR(r->f[P_P2NAME].s),
	    DB_STR(r->f[P_P2EMAIL].s), DB_STR(r->f[P_P2PHONE].s), DB_INT(id),
	    DB_INT(r->f[P_VERSION].i)) != 0)
		return 500;
	if (n == 0)
		return req_conflict(r, "first_name", "deze leerling", db_val(&before, 0, "version"));
	if (audit_access(r, "update", pupil_role(r), school, id, 0, "pupil",
	    id) != 0)
		return 500;
	return req_redirectf(r, "/leerlingen/%lld?m=opgeslagen", id);
}

/*
 * A pupil moved to the user's school. The request repeats the name and
 * birth date the user typed: only someone who knows them can move the
 * record, and they learn nothing new by doing so.
 */
int
pupil_transfer(struct req *r)
{
	struct dbres res;
	unsigned long long n;
	long long id = r->args.id[0], school = r->f[T_SCHOOL].i;

	if (!school_ok(r, school))
		return 400;
	if (DB_EXEC(r->db, &n, NULL, "UPDATE pupils SET school_id = ?,"
	    " version = version + 1, updated_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND first_name = ? AND last_name = ?"
	    " AND birth_date = ?", DB_INT(school), DB_INT(id),
	    DB_STR(r->f[T_FIRST].s), DB_STR(r->f[T_LAST].s),
	    DB_STR(r->f[T_BIRTH].s)) != 0 ||
	    DB_QUERY(r->db, r->arena, &res, "SELECT id FROM pupils WHERE id = ?"
	    " AND school_id = ?", DB_INT(id), DB_INT(school)) != 0)
		return 500;
	if (res.nrows != 1)
		return 404;
	if (audit_access(r, "transfer", pupil_role(r), school, id, 0, "pupil",
	    id) != 0)
		return 500;
	return req_redirectf(r, "/leerlingen/%lld?m=overgeschreven", id);
}

enum { S_TYPE, S_FROM, S__MAX };
static const struct field start_fields[S__MAX] = {
	[S_TYPE] = { "type_id", "Soort dossier", FT_ID, 20, true, NULL },
	[S_FROM] = { "from_id", "Antwoorden overnemen uit", FT_ID, 20, false,
	    NULL },
};
const struct form start_form = FORM(start_fields);

static const char *
previous_get(void *ctx, const char *name)
{
	return answers_get(ctx, name);
}

static void
answers_drop(struct answers *a, const char *name)
{
	size_t i, j;

	for (i = j = 0; i < a->n; i++)
		if (strcmp(a->names[i], name) != 0) {
			a->names[j] = a->names[i];
			a->values[j++] = a->values[i];
		}
	a->n = j;
}

/*
 * Answers of an earlier dossier of this pupil that the new form also
 * asks: checked against the new form, so nothing it does not define or
 * would not accept is carried over.
 */
static const char *
carried_answers(struct req *r, const struct trajdef *def,
    const struct dossier *old)
{
	struct answers out;
	struct fd_error *errs;
	size_t i, n;

	/* A value the new form would refuse is dropped, not an error. */
	n = fd_check(r->arena, def, previous_get, (void *)&old->answers, false,
	    &out, &errs);
	for (i = 0; i < n; i++)
		answers_drop(&out, errs[i].name);
	if (dossier_access(r, old, "reuse", "dossier", old->id) != 0)
		return NULL;
	return answers_json(r->arena, &out);
}

static const char *
reuse_answers(struct req *r, const struct trajdef *def, long long pupil_id)
{
	struct dossier old;

	if (!r->f[S_FROM].set)
		return "{}";
	if (dossier_load(r, r->f[S_FROM].i, &old) != 0 ||
	    old.pupil_id != pupil_id)
		return NULL;
	return carried_answers(r, def, &old);
}

int
dossier_start(struct req *r)
{
	struct dbres p, t;
	const struct trajdef *def;
	const char *answers;
	long long pupil = r->args.id[0], id;
	int st;

	if ((st = pupil_load(r, pupil, &p)) != 0)
		return st;
	if (dossier_type_at_school(r, r->f[S_TYPE].i,
	    db_int(&p, 0, "school_id"), &t) != 0)
		return 500;
	if (t.nrows != 1) {
		form_error(r, "type_id", "Kies een soort dossier uit de lijst.");
		return req_invalid(r);
	}
	if ((def = traj_def(r, db_int(&t, 0, "def_id"))) == NULL)
		return 500;
	if ((answers = reuse_answers(r, def, pupil)) == NULL) {
		form_error(r, "from_id", "Kies een dossier van deze leerling.");
		return req_invalid(r);
	}
	if (dossier_create(r, pupil_role(r), r->f[S_TYPE].i, pupil, &t, def,
	    answers, 0, arena_printf(r->arena, "Dossier %s aangemaakt",
	    db_val(&t, 0, "name")), &id) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld/invullen", id);
}

/*
 * An extension (herindicatie) of an issued TLV: a new request of the same
 * type for the pupil at their school now, prefilled with the answers of
 * the one it extends and linked to its TLV. One at a time: while the last
 * extension is open, a second click (or a second user) is sent to it.
 */
int
dossier_extend(struct req *r)
{
	struct dossier old, last;
	struct dbres tlv, ext, p, t;
	const struct trajdef *def;
	const struct wf_state *st;
	const char *answers;
	long long id;
	int rc;

	if ((rc = dossier_load(r, r->args.id[0], &old)) != 0)
		return rc;
	if (!(old.roles & ((1u << ROLE_SCHOOL) | (1u << ROLE_SWV))))
		return 403;
	if (DB_QUERY(r->db, r->arena, &tlv, "SELECT id, number FROM"
	    " tlv_decisions WHERE dossier_id = ? AND outcome = 'toegekend'"
	    " FOR UPDATE", DB_INT(old.id)) != 0 ||
	    DB_QUERY(r->db, r->arena, &ext, "SELECT MAX(id) AS id FROM dossiers"
	    " WHERE extends_decision_id = ?", DB_INT(db_int(&tlv, 0, "id"))) != 0)
		return 500;
	if (tlv.nrows == 0)
		return 404;
	if (db_val(&ext, 0, "id") != NULL) {
		if ((rc = dossier_load(r, db_int(&ext, 0, "id"), &last)) != 0)
			return rc;
		st = trajdef_state(last.def, last.state);
		if (st == NULL || !st->final)
			return req_redirectf(r, "/dossiers/%lld", last.id);
	}
	if ((rc = pupil_load(r, old.pupil_id, &p)) != 0)
		return rc;
	if (dossier_type_at_school(r, old.type_id, db_int(&p, 0, "school_id"),
	    &t) != 0)
		return 500;
	if (t.nrows != 1)
		return 404;
	if ((def = traj_def(r, db_int(&t, 0, "def_id"))) == NULL ||
	    (answers = carried_answers(r, def, &old)) == NULL ||
	    dossier_create(r, pupil_role(r), old.type_id, old.pupil_id, &t, def,
	    answers, db_int(&tlv, 0, "id"), arena_printf(r->arena,
	    "Verlenging van %s aangemaakt, met de antwoorden van dossier %lld",
	    db_val(&tlv, 0, "number"), old.id), &id) != 0 ||
	    dossier_event(r, old.id, "decision", arena_printf(r->arena,
	    "Verlenging aangevraagd: dossier %lld", id), NULL) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld/invullen?m=verlenging", id);
}
