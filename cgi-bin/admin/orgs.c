/*
 * Organisations: the SWV itself, deelverbanden, besturen, schools and
 * external organisations. One table; the type decides which fields count.
 */
#include <string.h>

#include "admin.h"
#include "audit.h"
#include "list.h"
#include "text.h"
#include "upload.h"
#include "valid.h"

static const char *const school_types[] = {
	"bao", "sbo", "so", "vso", "vo", "pro", NULL
};
static const char *const extern_kinds[] = {
	"gemeente", "leerplicht", "jeugdzorg", "inspectie", "overig", NULL
};

/* Field names equal column names: form_fill and the audit rely on it. */
enum {
	O_TYPE, O_NAME, O_BESTUUR, O_DEELVERBAND, O_BRIN, O_VESTIGING,
	O_SCHOOLTYPE, O_INSIDE, O_EXTERN, O_STREET, O_POSTCODE, O_CITY,
	O_EMAIL, O_PHONE, O_ACTIVE, O_VERSION, O_LOGO, O_LOGO_REMOVE, O_RVZ,
	O_WEBSITE, O_PRIVACY, O__MAX
};

#define LOGO_MAX	(512 * 1024)
static const char *const logo_types[] = { "image/png", "image/jpeg", NULL };
static const struct field org_fields[O__MAX] = {
	[O_TYPE] = { "type", "Soort organisatie", FT_CHOICE, 20, false, org_type_keys },
	[O_NAME] = { "name", "Naam", FT_TEXT, 200, true, NULL },
	[O_BESTUUR] = { "bestuur_id", "Schoolbestuur", FT_ID, 20, false, NULL },
	[O_DEELVERBAND] = { "deelverband_id", "Deelverband", FT_ID, 20, false, NULL },
	[O_BRIN] = { "brin", "BRIN-code", FT_BRIN, 4, false, NULL },
	[O_VESTIGING] = { "vestiging", "Vestigingsnummer", FT_VESTIGING, 2, false, NULL },
	[O_SCHOOLTYPE] = { "school_type", "Soort school", FT_CHOICE, 3, false,
	    school_types },
	[O_INSIDE] = { "inside_swv", "Valt onder dit samenwerkingsverband",
	    FT_BOOL, 1, false, NULL },
	[O_EXTERN] = { "extern_kind", "Soort externe organisatie", FT_CHOICE,
	    20, false, extern_kinds },
	[O_STREET] = { "street", "Straat en huisnummer", FT_TEXT, 200, false, NULL },
	[O_POSTCODE] = { "postcode", "Postcode", FT_POSTCODE, 7, false, NULL },
	[O_CITY] = { "city", "Plaats", FT_TEXT, 100, false, NULL },
	[O_EMAIL] = { "email", "E-mailadres", FT_EMAIL, 254, false, NULL },
	[O_PHONE] = { "phone", "Telefoonnummer", FT_TEXT, 30, false, NULL },
	[O_ACTIVE] = { "active", "Actief", FT_BOOL, 1, false, NULL },
	[O_VERSION] = { "version", "Versie", FT_ID, 10, false, NULL },
	[O_LOGO] = { "logo", "Logo", FT_FILE, LOGO_MAX, false, logo_types },
	[O_LOGO_REMOVE] = { "logo_remove", "Logo verwijderen", FT_BOOL, 1,
	    false, NULL },
	[O_RVZ] = { "rvz_approval", "Goedkeuring door de RVZ", FT_BOOL, 1,
	    false, NULL },
	[O_WEBSITE] = { "website_url", "Website", FT_TEXT, 200, false, NULL },
	[O_PRIVACY] = { "privacy_url", "Privacyverklaring", FT_TEXT, 200,
	    false, NULL },
};
const struct form org_form = FORM(org_fields);

static const char *const org_sorts[] = { "", "naam", "plaats", NULL };
enum { OF_TYPE, OF_Q, OF_SORT, OF_PAGE, OF__MAX };
static const struct field org_filter_fields[OF__MAX] = {
	[OF_TYPE] = { "type", "Soort", FT_CHOICE, 20, false, org_type_keys },
	[OF_Q] = { "q", "Zoek op naam of BRIN", FT_TEXT, 100, false, NULL },
	[OF_SORT] = { "s", "Sorteren", FT_CHOICE, 10, false, org_sorts },
	[OF_PAGE] = { "p", "Pagina", FT_ID, 6, false, NULL },
};
const struct form org_filter_form = FORM(org_filter_fields);

#define ORG_COLUMNS							\
	"SELECT type, name, bestuur_id, deelverband_id, brin, vestiging,"	\
	" school_type, inside_swv, extern_kind, street, postcode, city,"	\
	" email, phone, active, version, rvz_approval, website_url,"	\
	" privacy_url, IF(logo IS NULL, NULL, CONCAT(logo_type,"	\
	" ', ', LENGTH(logo), ' bytes, sha256 ', SHA2(logo, 256))) AS logo_info" \
	" FROM organisations WHERE id = ?"

static const char *
opt(const char *s)
{
	return s != NULL && *s != '\0' ? s : NULL;
}

static struct dbp
opt_id(const struct fval *v)
{
	return v->set ? DB_INT(v->i) : DB_NULL;
}

static void
type_labels(struct req *r, const char *prefix, const struct dbres *res)
{
	size_t i;
	int t;

	for (i = 0; i < res->nrows; i++)
		if ((t = org_type_from_key(db_val(res, i, "type"))) >= 0)
			req_set(r, arena_printf(r->arena, "%s.%zu.type_label",
			    prefix, i), org_types[t].label);
}

int
org_list(struct req *r)
{
	const char *type = r->f[OF_TYPE].set ? r->f[OF_TYPE].s : "";
	const char *q = r->f[OF_Q].s;
	const char *sort = r->f[OF_SORT].set ? r->f[OF_SORT].s : "";
	long long page = r->f[OF_PAGE].set ? r->f[OF_PAGE].i : 1;
	struct dbres res, count;

	if (DB_QUERY(r->db, r->arena, &count, "SELECT COUNT(*) AS n"
	    " FROM organisations o WHERE (? = '' OR o.type = ?)"
	    " AND (? = '' OR o.name LIKE ? OR CONVERT(o.brin USING utf8mb4) = ?)",
	    DB_STR(type), DB_STR(type), DB_STR(q), DB_STR(list_like(r, q)),
	    DB_STR(q)) != 0 ||
	    DB_QUERY(r->db, r->arena, &res, "SELECT o.id, o.type, o.name,"
	    " o.brin, o.vestiging, o.school_type, o.active, o.city,"
	    " COALESCE(b.name, d.name) AS parent"
	    " FROM organisations o"
	    " LEFT JOIN organisations b ON b.id = o.bestuur_id"
	    " LEFT JOIN organisations d ON d.id = o.deelverband_id"
	    " WHERE (? = '' OR o.type = ?)"
	    " AND (? = '' OR o.name LIKE ? OR CONVERT(o.brin USING utf8mb4) = ?)"
	    " ORDER BY CASE WHEN ? = 'naam' THEN o.name END,"
	    " CASE WHEN ? = 'plaats' THEN o.city IS NULL END,"
	    " CASE WHEN ? = 'plaats' THEN o.city END,"
	    " FIELD(o.type, 'swv', 'deelverband', 'bestuur', 'school',"
	    " 'extern'), o.name, o.id LIMIT ? OFFSET ?",
	    DB_STR(type), DB_STR(type), DB_STR(q), DB_STR(list_like(r, q)),
	    DB_STR(q), DB_STR(sort), DB_STR(sort), DB_STR(sort),
	    DB_INT(LIST_PER_PAGE), DB_INT(list_offset(page))) != 0)
		return 500;
	req_set_rows(r, "Orgs", &res);
	type_labels(r, "Orgs", &res);
	form_value(r, "type", type);
	form_value(r, "q", q);
	list_pager(r, db_int(&count, 0, "n"), page,
	    list_query(r, "type", type, "q", q, "s", sort, NULL));
	list_sort(r, sort, list_query(r, "type", type, "q", q, NULL));
	req_set(r, "Page.title", "Organisaties");
	return req_page(r, "admin/orgs.cs");
}

/* The choices a form offers: besturen and deelverbanden. */
static int
org_choices(struct req *r)
{
	struct dbres res;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT id, name FROM organisations"
	    " WHERE type = 'bestuur' ORDER BY name") != 0)
		return -1;
	req_set_rows(r, "Besturen", &res);
	if (DB_QUERY(r->db, r->arena, &res, "SELECT id, name FROM organisations"
	    " WHERE type = 'deelverband' ORDER BY name") != 0)
		return -1;
	req_set_rows(r, "Deelverbanden", &res);
	return 0;
}

int
org_new_page(struct req *r)
{
	const char *type = hdf_get_value(r->hdf, "Query.type", "school");
	int t = org_type_from_key(type);

	if (org_choices(r) != 0)
		return 500;
	if (t <= ORG_SWV)	/* there is one SWV: it is edited, not added */
		t = ORG_SCHOOL;
	if (r->method == METHOD_GET) {
		form_value(r, "type", org_type_keys[t]);
		form_value(r, "inside_swv", "1");
		form_value(r, "active", "1");
	}
	req_set(r, "Org.new", "1");
	req_set(r, "Page.title", "Organisatie toevoegen");
	return req_page(r, "admin/org_form.cs");
}

int
org_edit_page(struct req *r)
{
	struct dbres res;

	if (DB_QUERY(r->db, r->arena, &res, ORG_COLUMNS,
	    DB_INT(r->args.id[0])) != 0 || org_choices(r) != 0)
		return 500;
	if (res.nrows != 1)
		return 404;
	req_set(r, "Org.logo", db_val(&res, 0, "logo_info"));
	if (r->method == METHOD_GET)
		form_fill(r, &res, 0);
	/* The stored type, also after a failed POST (whose echo has none). */
	req_set(r, "Org.type", db_val(&res, 0, "type"));
	req_set_int(r, "Org.id", r->args.id[0]);
	req_set(r, "Page.title", db_val(&res, 0, "name"));
	return req_page(r, "admin/org_form.cs");
}

/* Does the id name an organisation of this type? */
static int
org_is(struct req *r, long long id, const char *type, bool *yes)
{
	struct dbres res;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT 1 FROM organisations"
	    " WHERE id = ? AND type = ?", DB_INT(id), DB_STR(type)) != 0)
		return -1;
	*yes = res.nrows == 1;
	return 0;
}

/* The rules per type; fields that do not belong to the type are cleared. */
static int
org_check(struct req *r, const char *type)
{
	struct fval *f = r->f;
	bool ok;

	if (strcmp(type, "school") == 0) {
		if (!f[O_BRIN].set && *f[O_BRIN].s == '\0')
			form_error(r, "brin", "Vul de BRIN-code van de school in.");
		if (!f[O_VESTIGING].set && *f[O_VESTIGING].s == '\0')
			form_error(r, "vestiging", "Vul het vestigingsnummer in, "
			    "bijvoorbeeld 00.");
		if (!f[O_SCHOOLTYPE].set && *f[O_SCHOOLTYPE].s == '\0')
			form_error(r, "school_type", "Kies de soort school.");
		if (f[O_INSIDE].set && !f[O_BESTUUR].set)
			form_error(r, "bestuur_id", "Kies het schoolbestuur.");
		if (f[O_INSIDE].set && !f[O_DEELVERBAND].set)
			form_error(r, "deelverband_id", "Kies het deelverband.");
		if (f[O_BESTUUR].set) {
			if (org_is(r, f[O_BESTUUR].i, "bestuur", &ok) != 0)
				return -1;
			if (!ok)
				form_error(r, "bestuur_id", "Kies een bestaand schoolbestuur.");
		}
		if (f[O_DEELVERBAND].set) {
			if (org_is(r, f[O_DEELVERBAND].i, "deelverband", &ok) != 0)
				return -1;
			if (!ok)
				form_error(r, "deelverband_id", "Kies een bestaand deelverband.");
		}
	} else {
		f[O_BESTUUR].set = f[O_DEELVERBAND].set = false;
		f[O_BRIN].s = f[O_VESTIGING].s = f[O_SCHOOLTYPE].s = "";
		f[O_INSIDE].set = strcmp(type, "extern") != 0;
	}
	if (strcmp(type, "swv") != 0) {		/* settings of the SWV only */
		f[O_RVZ].set = false;
		f[O_WEBSITE].s = f[O_PRIVACY].s = "";
	}
	text_lower_ascii((char *)f[O_WEBSITE].s);
	if (*f[O_WEBSITE].s != '\0' && valid_origin(f[O_WEBSITE].s) != NULL)
		form_error(r, "website_url", valid_origin(f[O_WEBSITE].s));
	if (*f[O_PRIVACY].s != '\0' && valid_url(f[O_PRIVACY].s) != NULL)
		form_error(r, "privacy_url", valid_url(f[O_PRIVACY].s));
	if (strcmp(type, "extern") == 0) {
		if (!f[O_EXTERN].set && *f[O_EXTERN].s == '\0')
			form_error(r, "extern_kind", "Kies de soort organisatie.");
	} else
		f[O_EXTERN].s = "";
	return 0;
}

/* The SWV's logo, for the page header and later its letters. */
static int
org_logo(struct req *r, long long id)
{
	const struct fval *logo = &r->f[O_LOGO];
	const char *bytes;

	if (logo->set)
		return (bytes = upload_bytes(r, logo)) == NULL ? -1 :
		    DB_EXEC(r->db, NULL, NULL, "UPDATE organisations SET logo = ?,"
		    " logo_type = ? WHERE id = ?", DB_BIN(bytes, (size_t)logo->i),
		    DB_STR(logo->type), DB_INT(id));
	if (r->f[O_LOGO_REMOVE].set)
		return DB_EXEC(r->db, NULL, NULL, "UPDATE organisations SET logo ="
		    " NULL, logo_type = NULL WHERE id = ?", DB_INT(id));
	return 0;
}

static int
duplicate(struct req *r)
{
	if (r->db->err != DB_ERR_DUPLICATE)
		return 500;
	form_error(r, "brin", "Er is al een school met deze BRIN-code en dit "
	    "vestigingsnummer.");
	return req_invalid(r);
}

int
org_create(struct req *r)
{
	struct fval *f = r->f;
	struct dbres before = { 0 }, after;
	long long id;

	if (!f[O_TYPE].set || f[O_TYPE].i == ORG_SWV) {
		form_error(r, "type", "Kies de soort organisatie.");
		return req_invalid(r);
	}
	if (org_check(r, f[O_TYPE].s) != 0)
		return 500;
	if (r->nerrors > 0)
		return req_invalid(r);
	if (DB_EXEC(r->db, NULL, &id, "INSERT INTO organisations (type, name,"
	    " bestuur_id, deelverband_id, brin, vestiging, school_type,"
	    " inside_swv, extern_kind, street, postcode, city, email, phone,"
	    " active, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?,"
	    " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP())", DB_STR(f[O_TYPE].s), DB_STR(f[O_NAME].s),
	    opt_id(&f[O_BESTUUR]), opt_id(&f[O_DEELVERBAND]),
	    DB_STR(opt(f[O_BRIN].s)), DB_STR(opt(f[O_VESTIGING].s)),
	    DB_STR(opt(f[O_SCHOOLTYPE].s)), DB_INT(f[O_INSIDE].set),
	    DB_STR(opt(f[O_EXTERN].s)), DB_STR(opt(f[O_STREET].s)),
	    DB_STR(opt(f[O_POSTCODE].s)), DB_STR(opt(f[O_CITY].s)),
	    DB_STR(opt(f[O_EMAIL].s)), DB_STR(opt(f[O_PHONE].s)),
	    DB_INT(f[O_ACTIVE].set)) != 0)
		return duplicate(r);
	if (DB_QUERY(r->db, r->arena, &after, ORG_COLUMNS, DB_INT(id)) != 0 ||
	    audit_changes(r, "organisation", id, &before, &after) != 0)
		return 500;
	return req_redirectf(r, "/beheer/organisaties/%lld?m=opgeslagen", id);
}

int
org_update(struct req *r)
{
	struct fval *f = r->f;
	struct dbres before, after;
	unsigned long long n;
	long long id = r->args.id[0];
	const char *type;

	if (DB_QUERY(r->db, r->arena, &before, ORG_COLUMNS, DB_INT(id)) != 0)
		return 500;
	if (before.nrows != 1)
		return 404;
	type = db_val(&before, 0, "type");
	if (org_check(r, type) != 0)
		return 500;
	if (!f[O_VERSION].set)
		return 400;
	if (strcmp(type, "swv") == 0)
		f[O_ACTIVE].set = true;	/* the SWV itself cannot be switched off */
	if (r->nerrors > 0)
		return req_invalid(r);
	if (DB_EXEC(r->db, &n, NULL, "UPDATE organisations SET name = ?,"
	    " bestuur_id = ?, deelverband_id = ?, brin = ?, vestiging = ?,"
	    " school_type = ?, inside_swv = ?, extern_kind = ?, street = ?,"
	    " postcode = ?, city = ?, email = ?, phone = ?, active = ?,"
	    " rvz_approval = ?, website_url = ?, privacy_url = ?,"
	    " version = version + 1,"
	    " updated_at = UTC_TIMESTAMP()"
	    " WHERE id = ? AND version = ?", DB_STR(f[O_NAME].s),
	    opt_id(&f[O_BESTUUR]), opt_id(&f[O_DEELVERBAND]),
	    DB_STR(opt(f[O_BRIN].s)), DB_STR(opt(f[O_VESTIGING].s)),
	    DB_STR(opt(f[O_SCHOOLTYPE].s)), DB_INT(f[O_INSIDE].set),
	    DB_STR(opt(f[O_EXTERN].s)), DB_STR(opt(f[O_STREET].s)),
	    DB_STR(opt(f[O_POSTCODE].s)), DB_STR(opt(f[O_CITY].s)),
	    DB_STR(opt(f[O_EMAIL].s)), DB_STR(opt(f[O_PHONE].s)),
	    DB_INT(f[O_ACTIVE].set), DB_INT(f[O_RVZ].set),
	    DB_STR(opt(f[O_WEBSITE].s)), DB_STR(opt(f[O_PRIVACY].s)), DB_INT(id),
	    DB_INT(f[O_VERSION].i)) != 0)
		return duplicate(r);
	if (n == 0)
		return req_conflict(r, "name", "deze organisatie", db_val(&before, 0, "version"));
	if (strcmp(type, "swv") == 0 && org_logo(r, id) != 0)
		return 500;
	if (DB_QUERY(r->db, r->arena, &after, ORG_COLUMNS, DB_INT(id)) != 0 ||
	    audit_changes(r, "organisation", id, &before, &after) != 0)
		return 500;
	return req_redirectf(r, "/beheer/organisaties/%lld?m=opgeslagen", id);
}
