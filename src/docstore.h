/*
 * The document store: uploaded files, outside the web root, in the
 * directory Documents.Dir. A file is named by a random id only, never by
 * anything a user typed, and is written completely (to a temporary name,
 * synced, then renamed) before its database row can refer to it.
 */
#ifndef PASSEND_DOCSTORE_H
#define PASSEND_DOCSTORE_H

#include <stdio.h>

#include "arena.h"
#include "crypto.h"

#define DOC_ID_LEN	32	/* hex digits of 128 random bits */

struct stored {
	char		 id[DOC_ID_LEN + 1];
	char		 sha256[2 * SHA256_LEN + 1];
	long long	 size;
};

int	 docstore_put(struct arena *, FILE *, struct stored *);
char	*docstore_path(struct arena *, const char *id);
FILE	*docstore_open(struct arena *, const char *id);

#endif
