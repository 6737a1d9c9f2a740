/* scrypt through libscrypt: N=2^15, r=8, p=1 (about 0.1 s). */
#ifndef PASSEND_PASSWORD_H
#define PASSEND_PASSWORD_H

#include <stdbool.h>

#include "request.h"

#define PASSWORD_HASH_LEN	128

int	password_hash(const char *, char out[PASSWORD_HASH_LEN]);
bool	password_check(const char *stored, const char *password);
void	password_burn(const char *password);

enum password_link { LINK_RESET, LINK_INVITE };

int	password_link(struct req *, long long user_id, enum password_link,
	    const char *email, const char *name);

#endif
