#include <stdio.h>
#include <string.h>

#include <magic.h>

#include "log.h"
#include "upload.h"

static magic_t cookie;

static const char *
sniff(const void *data, size_t len)
{
	const char *type;

	if (cookie == NULL) {
		if ((cookie = magic_open(MAGIC_MIME_TYPE)) == NULL ||
		    magic_load(cookie, NULL) != 0) {
			log_error("libmagic cannot load its database");
			return NULL;
		}
	}
	type = magic_buffer(cookie, data, len);
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
	char *data;

	/* A form sent without choosing a file has an empty part, no name. */
	if (name == NULL || *name == '\0')
		return UPLOAD_NONE;
	if (r->cgi->files == NULL || n < 1 || n > uListLength(r->cgi->files) ||
	    (fp = cgi_filehandle(r->cgi, field)) == NULL)
		return UPLOAD_NONE;
	if (fseek(fp, 0, SEEK_END) != 0 || (size = ftell(fp)) < 0 ||
	    fseek(fp, 0, SEEK_SET) != 0)
		return UPLOAD_FAILED;
	if (size == 0)
		return UPLOAD_EMPTY;
	if ((size_t)size > max)
		return UPLOAD_TOO_BIG;
	data = arena_alloc(r->arena, (size_t)size);
	if (fread(data, 1, (size_t)size, fp) != (size_t)size)
		return UPLOAD_FAILED;
	if ((type = sniff(data, (size_t)size)) == NULL)
		return UPLOAD_FAILED;
	v->s = data;
	v->i = size;
	v->type = arena_strdup(r->arena, type);
	v->set = true;
	return UPLOAD_OK;
}

void
upload_cleanup(void)
{
	if (cookie != NULL)
		magic_close(cookie);
	cookie = NULL;
}
