/*
 * CSRF in layers (after fossil): the browser's own Sec-Fetch-Site and
 * Origin, then a token in every form. The token is an HMAC of the
 * session token, or before login of a random "pre" cookie, under the
 * installation's secret, so nothing is stored for it.
 */
#ifndef PASSEND_CSRF_H
#define PASSEND_CSRF_H

#include <stdbool.h>
#include <stddef.h>

#include "request.h"

int	csrf_token(struct req *, char *out, size_t outsz);
bool	csrf_check(struct req *);

#endif
