/*
 * A dossier's documents. A file is checked by its content, stored whole
 * in the document store before its row exists, offered only through
 * this program as a download, and every download is in the access log.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "docstore.h"
#include "form.h"
#include "list.h"
#include "log.h"
#include "pages.h"
#include "upload.h"

#define B(x)	(1u << (x))

/* What may be added, and the extensions its name may have. */
static const struct {
	const char	*type;
	const char	*label;
	const char	*ext[3];
} kinds[] = {
	{ "application/pdf", "PDF", { "pdf" } },
	{ "application/msword", "Word", { "doc" } },
	{ "application/vnd.openxmlformats-officedocument.wordprocessingml"
	    ".document", "Word", { "docx" } },
	{ "application/vnd.oasis.opendocument.text", "OpenDocument",
	    { "odt" } },
	{ "image/jpeg", "JPEG-afbeelding", { "jpg", "jpeg" } },
	{ "image/png", "PNG-afbeelding", { "png" } },
};
static const char *const doc_types[] = {
	"application/pdf", "application/msword",
	"application/vnd.openxmlformats-officedocument.wordprocessingml"
	    ".document",
	"application/vnd.oasis.opendocument.text", "image/jpeg", "image/png",
	NULL
};

static const char *const doc_back[] = { "", "invullen", NULL };
enum { DO_FILE, DO_FIELD, DO_DESC, DO_BACK, DO__MAX };
static const struct field doc_fields[DO__MAX] = {
	[DO_FILE] = { "bestand", "Bestand", FT_FILE, 0, true, doc_types },
	[DO_FIELD] = { "veld", "Hoort bij", FT_TOKEN, 64, false, NULL },
	[DO_DESC] = { "omschrijving", "Omschrijving", FT_TEXT, 200, false,
	    NULL },
	[DO_BACK] = { "terug", "Terug", FT_CHOICE, 10, false, doc_back },
};
const struct form document_form = FORM(doc_fields);

/* The upload page's link: which question, and where to go back to. */
enum { DP_FIELD, DP_BACK, DP__MAX };
static const struct field pick_fields[DP__MAX] = {
	[DP_FIELD] = { "veld", "Hoort bij", FT_TOKEN, 64, false, NULL },
	[DP_BACK] = { "terug", "Terug", FT_CHOICE, 10, false, doc_back },
};
const struct form document_pick_form = FORM(pick_fields);

static size_t
kind_of(const char *type)
{
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i].type, type) == 0)
			return i;
	return 0;	/* not reached: the form admits doc_types only */
}

/* The name to offer it under: with an extension that fits its content. */
static const char *
doc_name(struct req *r, const char *name, const char *type)
{
	const char *dot = strrchr(name, '.');
	size_t k = kind_of(type), i;

	for (i = 0; dot != NULL && i < 3 && kinds[k].ext[i] != NULL; i++)
		if (strcasecmp(dot + 1, kinds[k].ext[i]) == 0)
			return name;
	return arena_printf(r->arena, "%s.%s", name, kinds[k].ext[0]);
}

/* School staff while they may edit; SWV staff and the people assigned. */
static bool
may_add(const struct dossier *d)
{
	const struct wf_state *st = trajdef_state(d->def, d->state);

	return st != NULL && !st->final &&
	    (dossier_may_edit(d) || d->assigned != 0);
}

static const struct fd_field *
file_field(const struct dossier *d, const char *key)
{
	const struct fd_field *f = trajdef_field(d->def, key);

	return f != NULL && f->type == FD_FILE ? f : NULL;
}

/* How many documents each file field has: what fd_check counts. */
int
documents_count(struct req *r, struct dossier *d)
{
	struct dbres res;
	size_t i;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT field_key, COUNT(*) AS n"
	    " FROM documents WHERE dossier_id = ? AND removed_at IS NULL"
	    " AND field_key IS NOT NULL GROUP BY field_key",
	    DB_INT(d->id)) != 0)
		return -1;
	d->files.n = res.nrows;
	d->files.names = arena_alloc(r->arena, (res.nrows + 1) *
	    sizeof(*d->files.names));
	d->files.values = arena_alloc(r->arena, (res.nrows + 1) *
	    sizeof(*d->files.values));
	for (i = 0; i < res.nrows; i++) {
		d->files.names[i] = db_val(&res, i, "field_key");
		d->files.values[i] = db_val(&res, i, "n");
	}
	return 0;
}

static const char *
size_label(struct req *r, long long n)
{
	if (n >= 1024 * 1024)
		return arena_printf(r->arena, "%.1f MB", (double)n /
		    (1024 * 1024));
	return arena_printf(r->arena, "%lld kB", (n + 1023) / 1024);
}

/* Labels for rows of documents under prefix.N: kind, size, question. */
static void
documents_labels(struct req *r, const struct dossier *d, struct dbres *res,
    const char *prefix)
{
	size_t i;

	list_times(r, res, "uploaded_at");
	req_set_rows(r, prefix, res);
	for (i = 0; i < res->nrows; i++) {
		const char *key = db_val(res, i, "field_key");
		const struct fd_field *f = key != NULL ? file_field(d, key) : NULL;
		const char *p = arena_printf(r->arena, "%s.%zu", prefix, i);

		req_set(r, arena_printf(r->arena, "%s.kind", p),
		    kinds[kind_of(db_val(res, i, "mime_type"))].label);
		req_set(r, arena_printf(r->arena, "%s.size_label", p),
		    size_label(r, db_int(res, i, "size")));
		if (f != NULL)
			req_set(r, arena_printf(r->arena, "%s.field_label", p),
			    f->label);
	}
}

/* The documents for a page: Documents.N, and whether this user may add. */
int
documents_hdf(struct req *r, const struct dossier *d)
{
	struct dbres res = { 0 };
	bool staff = (d->roles & B(ROLE_SWV)) != 0, add = may_add(d);
	size_t i;

	if (d->ndocuments > 0 && DB_QUERY(r->db, r->arena, &res,
	    "SELECT c.id, c.field_key, c.file_name, c.description,"
	    " c.mime_type, c.size, c.uploaded_by, c.uploaded_at,"
	    " u.name AS who FROM documents c LEFT JOIN users u"
	    " ON u.id = c.uploaded_by WHERE c.dossier_id = ?"
	    " AND c.removed_at IS NULL ORDER BY c.uploaded_at, c.id",
	    DB_INT(d->id)) != 0)
		return -1;
	documents_labels(r, d, &res, "Documents");
	for (i = 0; i < res.nrows; i++)
		if (add && (staff ||
		    db_int(&res, i, "uploaded_by") == r->user.id))
			req_set(r, arena_printf(r->arena,
			    "Documents.%zu.may_remove", i), "1");
	req_set(r, "DocHref", arena_printf(r->arena, "/dossiers/%lld/documenten/",
	    d->id));
	req_set_int(r, "Dossier.may_add_document", add);
	return 0;
}

/* A guest's documents: those their share names, while not removed. */
int
documents_shared_hdf(struct req *r, const struct dossier *d)
{
	struct dbres res;

	if (DB_QUERY(r->db, r->arena, &res, "SELECT c.id, c.field_key,"
	    " c.file_name, c.description, c.mime_type, c.size, c.uploaded_at"
	    " FROM documents c JOIN share_items i ON i.document_id = c.id"
	    " WHERE i.share_id = ? AND c.dossier_id = ?"
	    " AND c.removed_at IS NULL ORDER BY c.uploaded_at, c.id",
	    DB_INT(r->sess.share_id), DB_INT(d->id)) != 0)
		return -1;
	documents_labels(r, d, &res, "Documents");
	req_set(r, "DocHref", "/gast/documenten/");
	return 0;
}

/* The upload page; also shown again by an upload that failed. */
static int
upload_show(struct req *r, struct dossier *d, int status)
{
	size_t i, j, n = 0;

	if (dossier_viewed(r, d) != 0)
		return 500;
	for (i = 0; i < d->def->nsections; i++)
		for (j = 0; j < d->def->sections[i].nfields; j++) {
			const struct fd_field *f = &d->def->sections[i].fields[j];

			if (f->type != FD_FILE)
				continue;
			req_set(r, arena_printf(r->arena, "FileFields.%zu.key",
			    n), f->key);
			req_set(r, arena_printf(r->arena, "FileFields.%zu.label",
			    n++), f->label);
		}
	/* A failed upload has its values back already (form_echo). */
	if (r->method == METHOD_GET) {
		form_value(r, "veld", file_field(d, r->f[DP_FIELD].s) != NULL ?
		    r->f[DP_FIELD].s : "");
		form_value(r, "terug", r->f[DP_BACK].set ? r->f[DP_BACK].s : "");
	}
	req_set_int(r, "Dossier.id", d->id);
	req_set(r, "Dossier.type", d->type_name);
	req_set(r, "Dossier.pupil", d->pupil_name);
	req_set_int(r, "Upload.max_mb", (long long)(upload_max(
	    &doc_fields[DO_FILE]) / (1024 * 1024)));
	req_set(r, "Page.title", arena_printf(r->arena, "Document toevoegen – "
	    "%s", d->pupil_name));
	if (req_page(r, "dossier/document_new.cs") != 200)
		return 500;
	return status;
}

int
document_new_page(struct req *r)
{
	struct dossier d;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (!may_add(&d))
		return r->method == METHOD_GET ? dossier_not_editable(r, &d) :
		    403;
	return upload_show(r, &d, 200);	/* req_invalid makes it 422 */
}

static const char *
store_error(int err)
{
	return err == ENOSPC || err == EDQUOT ? "Het bestand kon niet worden "
	    "opgeslagen, omdat de opslag vol is. Er is niets toegevoegd. "
	    "Probeer het later opnieuw en meld het aan de beheerder." :
	    "Het bestand kon niet worden opgeslagen. Er is niets toegevoegd. "
	    "Probeer het later opnieuw.";
}

int
document_add(struct req *r)
{
	const struct fval *file = &r->f[DO_FILE];
	const char *key = r->f[DO_FIELD].s, *name, *desc = r->f[DO_DESC].s;
	const struct fd_field *f = NULL;
	struct stored sd;
	struct dossier d;
	struct dbres res;
	long long id;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (!may_add(&d))
		return 403;
	if (*key != '\0' && (f = file_field(&d, key)) == NULL) {
		form_error(r, "veld", "Kies een vraag uit de lijst.");
		form_echo(r);
		return upload_show(r, &d, 422);
	}
	/* Whole on disk first; a rollback from here on removes it again. */
	if (docstore_put(r->arena, file->fp, &sd) != 0) {
		form_error(r, "bestand", store_error(errno));
		form_echo(r);
		return upload_show(r, &d, 507);
	}
	r->unlink_on_rollback = docstore_path(r->arena, sd.id);
	/* The dossier's row lock makes a double-clicked upload wait, then
	 * find the first one. */
	if (DB_QUERY(r->db, r->arena, &res, "SELECT id FROM dossiers"
	    " WHERE id = ? FOR UPDATE", DB_INT(d.id)) != 0 ||
	    DB_QUERY(r->db, r->arena, &res, "SELECT id FROM documents"
	    " WHERE dossier_id = ? AND sha256 = ? AND field_key <=> ?"
	    " AND removed_at IS NULL", DB_INT(d.id), DB_STR(sd.sha256),
	    DB_STR(f != NULL ? f->key : NULL)) != 0)
		return 500;
	if (res.nrows > 0) {
		unlink(r->unlink_on_rollback);
		r->unlink_on_rollback = NULL;
		return req_redirectf(r, "/dossiers/%lld?m=document-dubbel"
		    "#documenten", d.id);
	}
	name = doc_name(r, file->name, file->type);
	if (DB_EXEC(r->db, NULL, &id, "INSERT INTO documents (dossier_id,"
	    " field_key, file_name, description, mime_type, size, sha256,"
	    " store_id, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
	    " ?, ?, UTC_TIMESTAMP())", DB_INT(d.id),
	    DB_STR(f != NULL ? f->key : NULL), DB_STR(name), DB_STR(desc),
	    DB_STR(file->type), DB_INT(sd.size), DB_STR(sd.sha256),
	    DB_STR(sd.id), DB_INT(r->user.id)) != 0 ||
	    dossier_event(r, d.id, "upload", arena_printf(r->arena,
	    "Document toegevoegd: %s", name), *desc != '\0' ? desc : NULL) != 0 ||
	    dossier_access(r, &d, "upload", "document", id) != 0)
		return 500;
	if (strcmp(r->f[DO_BACK].s, "invullen") == 0)
		return req_redirectf(r, "/dossiers/%lld/invullen?m=document%s%s",
		    d.id, f != NULL ? "#f-a-" : "", f != NULL ? f->key : "");
	return req_redirectf(r, "/dossiers/%lld?m=document#documenten", d.id);
}

/* The file of the row res holds (id, store_id, file_name, mime_type, size). */
static int
document_send(struct req *r, const struct dossier *d, const struct dbres *res)
{
	long long id = db_int(res, 0, "id");
	FILE *fp;

	if ((fp = docstore_open(r->arena, db_val(res, 0, "store_id"))) == NULL) {
		log_error("document %lld: file missing from the store", id);
		return 500;
	}
	if (dossier_access(r, d, "download", "document", id) != 0) {
		fclose(fp);
		return 500;
	}
	return req_download(r, fp, (size_t)db_int(res, 0, "size"),
	    db_val(res, 0, "mime_type"), db_val(res, 0, "file_name"));
}

int
document_get(struct req *r)
{
	struct dossier d;
	struct dbres res;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (DB_QUERY(r->db, r->arena, &res, "SELECT id, store_id, file_name,"
	    " mime_type, size FROM documents WHERE id = ? AND dossier_id = ?"
	    " AND removed_at IS NULL", DB_INT(r->args.id[1]),
	    DB_INT(d.id)) != 0)
		return 500;
	if (res.nrows == 0)
		return 404;
	return document_send(r, &d, &res);
}

/* A guest's download: only a document their share names. */
int
document_get_shared(struct req *r)
{
	struct dossier d;
	struct dbres res;
	int st;

	if ((st = dossier_load_shared(r, &d)) != 0)
		return st;
	if (DB_QUERY(r->db, r->arena, &res, "SELECT c.id, c.store_id,"
	    " c.file_name, c.mime_type, c.size FROM documents c"
	    " JOIN share_items i ON i.document_id = c.id WHERE c.id = ?"
	    " AND i.share_id = ? AND c.dossier_id = ? AND c.removed_at IS NULL",
	    DB_INT(r->args.id[0]), DB_INT(r->sess.share_id),
	    DB_INT(d.id)) != 0)
		return 500;
	if (res.nrows == 0) {
		log_warn("guest of share %lld asked for document %lld",
		    r->sess.share_id, r->args.id[0]);
		return 404;
	}
	return document_send(r, &d, &res);
}

int
document_remove(struct req *r)
{
	struct dossier d;
	struct dbres res;
	int st;

	if ((st = dossier_load(r, r->args.id[0], &d)) != 0)
		return st;
	if (DB_QUERY(r->db, r->arena, &res, "SELECT id, store_id, file_name,"
	    " uploaded_by, removed_at FROM documents WHERE id = ?"
	    " AND dossier_id = ? FOR UPDATE", DB_INT(r->args.id[1]),
	    DB_INT(d.id)) != 0)
		return 500;
	if (res.nrows == 0)
		return 404;
	/* The second click of a double click. */
	if (db_val(&res, 0, "removed_at") != NULL)
		return req_redirectf(r, "/dossiers/%lld?m=document-verwijderd"
		    "#documenten", d.id);
	if (!may_add(&d) || (!(d.roles & B(ROLE_SWV)) &&
	    db_int(&res, 0, "uploaded_by") != r->user.id))
		return 403;
	if (DB_EXEC(r->db, NULL, NULL, "UPDATE documents SET removed_at ="
	    " UTC_TIMESTAMP(), removed_by = ? WHERE id = ?", DB_INT(r->user.id),
	    DB_INT(r->args.id[1])) != 0 ||
	    dossier_event(r, d.id, "removed", arena_printf(r->arena,
	    "Document verwijderd: %s", db_val(&res, 0, "file_name")),
	    NULL) != 0 ||
	    dossier_access(r, &d, "delete", "document", r->args.id[1]) != 0)
		return 500;
	r->unlink_on_commit = docstore_path(r->arena,
	    db_val(&res, 0, "store_id"));
	return req_redirectf(r, "/dossiers/%lld?m=document-verwijderd"
	    "#documenten", d.id);
}
