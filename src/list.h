/* Lists page on the server: 50 rows a page, a pager under the table. */
#ifndef PASSEND_LIST_H
#define PASSEND_LIST_H

#include "request.h"

#define LIST_PER_PAGE	50
/* Big lists count this far past the page and then say "more than". */
#define LIST_COUNT_AHEAD	1000

long long	list_offset(long long page);
void		list_pager(struct req *, long long total, long long page,
		    const char *base_query);
long long	list_count_limit(long long page);
void		list_pager_capped(struct req *, long long counted,
		    long long page, const char *base_query);
void		list_times(struct req *, struct dbres *, const char *col);
const char	*list_time(struct req *, const char *utc);
void		list_sort(struct req *, const char *current, const char *filters);

char		*list_like(struct req *, const char *);
char		*list_query(struct req *, ...);	/* key, value, ..., NULL */

#endif
