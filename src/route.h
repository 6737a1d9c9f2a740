/*
 * Path patterns: literal segments, "%d" for a positive integer id and
 * "%s" for an opaque token ([A-Za-z0-9_-], at most 128 characters).
 */
#ifndef PASSEND_ROUTE_H
#define PASSEND_ROUTE_H

#include <stdbool.h>

#define ROUTE_MAXARGS	4
#define ROUTE_TOKMAX	128

struct route_args {
	long long	 id[ROUTE_MAXARGS];
	char		 tok[ROUTE_MAXARGS][ROUTE_TOKMAX + 1];
	int		 nid, ntok;
};

bool	route_match(const char *pattern, const char *path, struct route_args *);

#endif
