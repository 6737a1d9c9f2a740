/* The form step of the road: a route's field table checked before its handler. */
#ifndef PASSEND_FORM_H
#define PASSEND_FORM_H

#include "request.h"

void	form_validate(struct req *, const struct form *);
void	form_echo(struct req *);

#endif
