/*
 * Sessions live in MariaDB: the cookie holds a random 256-bit token,
 * the database only its SHA-256. A new token on every change of login
 * state; idle and absolute timeouts; app servers keep nothing.
 */
#ifndef PASSEND_SESSION_H
#define PASSEND_SESSION_H

#include "request.h"

int		 sess_load(struct req *);
int		 sess_start(struct req *, long long user_id, enum auth_state);
int		 sess_promote(struct req *, enum auth_state);
int		 sess_start_guest(struct req *, long long share_id);
int		 sess_end(struct req *);
int		 sess_end_user(struct req *, long long user_id);
int		 cookie_get(struct req *, const char *name, char *buf, size_t);
const char	*cookie_name(const char *base);

#endif
