/*
 * Uploaded files. ClearSilver has already streamed each one to an
 * unlinked temporary file; it stays there, and the handler copies it
 * where it belongs (the document store) or reads it (a logo). The type is
 * what libmagic reads in the content, never what the browser or the file
 * name claims.
 */
#ifndef PASSEND_UPLOAD_H
#define PASSEND_UPLOAD_H

#include "request.h"

enum upload_result {
	UPLOAD_OK,
	UPLOAD_NONE,		/* no file chosen */
	UPLOAD_EMPTY,
	UPLOAD_TOO_BIG,
	UPLOAD_FAILED
};

size_t			 upload_max(const struct field *);
enum upload_result	 upload_read(struct req *, const char *field, size_t max,
			    struct fval *);
const char		*upload_bytes(struct req *, const struct fval *);
void			 upload_cleanup(void);

#endif
