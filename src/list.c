#include <stdarg.h>
#include <string.h>

#include "list.h"
#include "text.h"
#include "when.h"

long long
list_offset(long long page)
{
	return (page > 1 ? page - 1 : 0) * LIST_PER_PAGE;
}

/* base_query: the filters as a query string, so the pager keeps them. */
void
list_pager(struct req *r, long long total, long long page,
    const char *base_query)
{
	long long pages = (total + LIST_PER_PAGE - 1) / LIST_PER_PAGE;

	if (page < 1)
		page = 1;
	req_set_int(r, "Pager.total", total);
	req_set_int(r, "Pager.page", page);
	req_set_int(r, "Pager.pages", pages > 0 ? pages : 1);
	req_set(r, "Pager.query", base_query);
	if (page > 1)
		req_set_int(r, "Pager.prev", page - 1);
	if (page < pages)
		req_set_int(r, "Pager.next", page + 1);
}

long long
list_count_limit(long long page)
{
	return list_offset(page) + LIST_COUNT_AHEAD + 1;
}

/*
 * counted stopped at list_count_limit(page): reaching it means there
 * are more, and the page says "meer dan" rather than counting them all.
 */
void
list_pager_capped(struct req *r, long long counted, long long page,
    const char *base_query)
{
	bool more = counted >= list_count_limit(page);

	list_pager(r, more ? counted - 1 : counted, page, base_query);
	if (more)
		req_set_int(r, "Pager.more", 1);
}

/* For the column headers: which sort is on, and the filters to keep. */
void
list_sort(struct req *r, const char *current, const char *filters)
{
	req_set(r, "Sort.current", current);
	req_set(r, "Sort.query", filters);
}

/* One UTC time in local time, for display; NULL stays NULL. */
const char *
list_time(struct req *r, const char *utc)
{
	char buf[32];

	if (utc == NULL || when_local(utc, buf, sizeof(buf)) != 0)
		return utc;
	return arena_strdup(r->arena, buf);
}

/* Rewrites a UTC column of a result into local time for display. */
void
list_times(struct req *r, struct dbres *res, const char *col)
{
	size_t i;

	for (i = 0; i < res->nrows; i++)
		db_set(res, i, col, list_time(r, db_val(res, i, col)));
}

/* A LIKE pattern that matches the text literally, anywhere. */
char *
list_like(struct req *r, const char *s)
{
	char *out = arena_alloc(r->arena, 2 * strlen(s) + 3), *p = out;

	*p++ = '%';
	for (; *s != '\0'; s++) {
		if (*s == '%' || *s == '_' || *s == '\\')
			*p++ = '\\';
		*p++ = *s;
	}
	*p++ = '%';
	*p = '\0';
	return out;
}

/* The filters as a query string for the pager's links, values encoded. */
char *
list_query(struct req *r, ...)
{
	va_list ap;
	const char *k, *v;
	char *out = "";

	va_start(ap, r);
	while ((k = va_arg(ap, const char *)) != NULL) {
		v = va_arg(ap, const char *);
		char *enc = arena_alloc(r->arena, 3 * strlen(v) + 1);

		url_encode(v, enc);
		out = arena_printf(r->arena, "%s%s%s=%s", out, *out ? "&" : "",
		    k, enc);
	}
	va_end(ap);
	return out;
}
