#include <string.h>

#include <libscrypt.h>

#include "password.h"

int
password_hash(const char *pw, char out[PASSWORD_HASH_LEN])
{
	return libscrypt_hash(out, pw, 1u << 15, 8, 1) > 0 ? 0 : -1;
}

/* libscrypt_check writes into its argument and returns -1 on garbage. */
bool
password_check(const char *stored, const char *pw)
{
	char copy[PASSWORD_HASH_LEN];

	if (stored == NULL || strlen(stored) >= sizeof(copy))
		return false;
	strcpy(copy, stored);
	return libscrypt_check(copy, pw) > 0;
}

/* Unknown accounts cost the same time as known ones: no enumeration. */
void
password_burn(const char *pw)
{
	static char dummy[PASSWORD_HASH_LEN];

	if (dummy[0] == '\0' && password_hash("passend-dummy", dummy) != 0)
		return;
	(void)password_check(dummy, pw);
}
