#include <stdio.h>
#include <string.h>

#include <magic.h>

#include "config.h"
#include "log.h"
#include "upload.h"

#define DOCUMENT_MAX	(20L * 1024 * 1024)

static magic_t cookie;

/* A file field's limit; 0 in the form means "a document": the setting. */
size_t
upload_max(const struct field *fd)
{
	long max;

	if (fd->max > 0)
		return fd->max;
	max = config_int("Documents.MaxBytes", DOCUMENT_MAX);
	return max > 0 ? (size_t)max : (size_t)DOCUMENT_MAX;
}

/*
 * libmagic reads the descriptor itself, as far as it needs: a Word 97
 * file's directory can lie anywhere in it.
 */
static const char *
sniff(FILE *fp)
{
	const char *type;

	if (cookie == NULL) {
		if ((cookie = magic_open(MAGIC_MIME_TYPE)) == NULL ||
		    magic_load(cookie, NULL) != 0) {
			log_error("libmagic cannot load its database");
			return NULL;
		}
	}
	if (fflush(fp) != 0 || fseek(fp, 0, SEEK_SET) != 0)
		return NULL;
	type = magic_descriptor(cookie, fileno(fp));
	if (fseek(fp, 0, SEEK_SET) != 0)
		return NULL;
	return type;
}

/*
 * ClearSilver numbers the uploads of a request and keeps the number in
 * Query.<field>.FileHandle; a number that is not one of this request's
 * files (sent as a plain field, say) must never reach cgi_filehandle,
 * which would dereference an empty list (c-stack-guide 1.6, pitfall 1).
 */
enum upload_result
upload_read(struct req *r, const char *field, size_t max, struct fval *v)
{
	int n = hdf_get_int_value(r->hdf,
	    arena_printf(r->arena, "Query.%s.FileHandle", field), 0);
	const char *name = hdf_get_valuef(r->hdf, "Query.%s", field);
	const char *type;
	FILE *fp;
	long size;

	/* A form sent without choosing a file has an empty part, no name. */
	if (name == NULL || *name == '\0')
		return UPLOAD_NONE;
	if (r->cgi->files == NULL || n < 1 || n > uListLength(r->cgi->files) ||
	    (fp = cgi_filehandle(r->cgi, field)) == NULL)
		return UPLOAD_NONE;
	v->name = arena_strdup(r->arena, name);
	if (fseek(fp, 0, SEEK_END) != 0 || (size = ftell(fp)) < 0 ||
	    fseek(fp, 0, SEEK_SET) != 0)
		return UPLOAD_FAILED;
	if (size == 0)
		return UPLOAD_EMPTY;
	if ((size_t)size > max)
		return UPLOAD_TOO_BIG;
	if ((type = sniff(fp)) == NULL)
		return UPLOAD_FAILED;
	v->fp = fp;
	v->i = size;
	v->type = arena_strdup(r->arena, type);
	v->set = true;
	return UPLOAD_OK;
}

/* The whole file in the request's arena: for small files only. */
const char *
upload_bytes(struct req *r, const struct fval *v)
{
	char *data = arena_alloc(r->arena, (size_t)v->i);

	if (fseek(v->fp, 0, SEEK_SET) != 0 ||
	    fread(data, 1, (size_t)v->i, v->fp) != (size_t)v->i)
		return NULL;
	return data;
}

void
upload_cleanup(void)
{
	if (cookie != NULL)
		magic_close(cookie);
	cookie = NULL;
}
