/*
 * E-mail goes through the outbox table, written in the same transaction
 * as the change it reports; passend-mailer delivers it.
 */
#ifndef PASSEND_MAIL_H
#define PASSEND_MAIL_H

#include "request.h"

int	mail_queue(struct req *, const char *to, const char *subject,
	    const char *tmpl);

#endif
