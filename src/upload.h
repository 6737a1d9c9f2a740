/*
 * Uploaded files: read from ClearSilver's temporary file into the
 * request's arena; the type is what libmagic reads in the content, never
 * what the browser or the file name claims.
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

enum upload_result	 upload_read(struct req *, const char *field, size_t max,
			    struct fval *);
void			 upload_cleanup(void);

#endif
