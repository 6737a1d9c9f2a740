#include <string.h>

#include <libscrypt.h>

#include "config.h"
#include "crypto.h"
#include "mail.h"
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

/* What each kind of link says and how long it works. */
static const struct {
	const char	*purpose;	/* password_tokens.purpose */
	long		 seconds;
	const char	*valid;		/* said in the mail */
	const char	*subject;
	const char	*tmpl;
} links[] = {
	[LINK_RESET] = { "reset", 30 * 60, "30 minuten",
	    "Nieuw wachtwoord instellen", "mail/password_reset.cs" },
	[LINK_INVITE] = { "invite", 7 * 24 * 3600, "7 dagen",
	    "Uw account voor Passend", "mail/invite.cs" },
};

/*
 * A single-use link to set a password, mailed in the same transaction.
 * Only the token's hash is stored; /wachtwoord/<token> takes it.
 */
int
password_link(struct req *r, long long uid, enum password_link kind,
    const char *email, const char *name)
{
	char token[TOKEN_LEN];
	unsigned char hash[SHA256_LEN];

	if (crypto_token(token, hash) != 0 ||
	    DB_EXEC(r->db, NULL, NULL, "INSERT INTO password_tokens"
	    " (token_hash, user_id, purpose, expires_at, created_at, updated_at)"
	    " VALUES (?, ?, ?, UTC_TIMESTAMP() + INTERVAL ? SECOND,"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP())", DB_BIN(hash, sizeof(hash)),
	    DB_INT(uid), DB_STR(links[kind].purpose),
	    DB_INT(links[kind].seconds)) != 0)
		return -1;
	req_set(r, "Mail.name", name);
	req_setf(r, "Mail.link", "%s/wachtwoord/%s",
	    config_str("Site.BaseURL", ""), token);
	req_set(r, "Mail.valid", links[kind].valid);
	return mail_queue(r, email, links[kind].subject, links[kind].tmpl);
}
