/* The form step of the road: a route's field table checked before its handler. */
#ifndef PASSEND_FORM_H
#define PASSEND_FORM_H

#include "request.h"

void	form_validate(struct req *, const struct form *);
void	form_echo(struct req *);
bool	form_ticked(struct req *, const char *prefix, const char *key);
void	form_check_past_day(struct req *, const char *field, const char *day,
	    const char *since, const char *what);

#endif
