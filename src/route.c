#include <string.h>

#include "route.h"
#include "valid.h"

static bool
tokchar(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/* Segment by segment; a trailing slash is a different path. */
bool
route_match(const char *pat, const char *path, struct route_args *a)
{
	memset(a, 0, sizeof(*a));
	while (*pat != '\0' && *path != '\0') {
		size_t n = strcspn(path, "/");

		if (pat[0] == '%' && (pat[1] == 'd' || pat[1] == 's')) {
			char seg[ROUTE_TOKMAX + 1];
			size_t i;

			if (n == 0 || n > ROUTE_TOKMAX)
				return false;
			for (i = 0; i < n; i++)
				if (!tokchar(path[i]))
					return false;
			memcpy(seg, path, n);
			seg[n] = '\0';
			if (pat[1] == 'd') {
				if (a->nid == ROUTE_MAXARGS ||
				    valid_id(seg, &a->id[a->nid]) != NULL)
					return false;
				a->nid++;
			} else {
				if (a->ntok == ROUTE_MAXARGS)
					return false;
				memcpy(a->tok[a->ntok++], seg, n + 1);
			}
			pat += 2;
			path += n;
			continue;
		}
		if (*pat != *path)
			return false;
		pat++, path++;
	}
	return *pat == '\0' && *path == '\0';
}
