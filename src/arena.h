/* Per-request memory: everything a request allocates lives here and is
 * released in one call when the request ends. */
#ifndef PASSEND_ARENA_H
#define PASSEND_ARENA_H

#include <stdarg.h>
#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
	size_t used;		/* bytes handed out since the last reset */
};

void	*arena_alloc(struct arena *, size_t);
void	*arena_zalloc(struct arena *, size_t);
char	*arena_strdup(struct arena *, const char *);
char	*arena_strndup(struct arena *, const char *, size_t);
char	*arena_printf(struct arena *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
char	*arena_vprintf(struct arena *, const char *, va_list);
void	 arena_reset(struct arena *);
void	 arena_free(struct arena *);

#endif
