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

/*
 * A public form that may be shown in another site's frame, where the
 * browser keeps no cookie of ours, carries a ticket instead (a field of
 * type FT_TICKET): when the form was shown, signed. It also tells how
 * long the sender took to fill it in.
 */
#define CSRF_TICKET_MAX	64
void	csrf_ticket(long long now, char out[CSRF_TICKET_MAX]);
bool	csrf_ticket_age(const char *ticket, long long now, long long *age);

#endif
