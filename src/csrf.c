#include <string.h>

#include "config.h"
#include "crypto.h"
#include "csrf.h"
#include "log.h"
#include "session.h"

static bool
seed_ok(const char *s)
{
	size_t n = strlen(s);

	return n >= 22 && n < 64 && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789-_") == n;
}

/* The seed: the session token, else the pre cookie, else a new one. */
static const char *
seed(struct req *r)
{
	unsigned char raw[16];

	if (r->sess.id != 0)
		return r->sess.token;
	if (r->csrf_seed[0] != '\0')
		return r->csrf_seed;
	if (cookie_get(r, cookie_name("pre"), r->csrf_seed,
	    sizeof(r->csrf_seed)) == 1 && seed_ok(r->csrf_seed))
		return r->csrf_seed;
	if (crypto_random(raw, sizeof(raw)) != 0)
		return NULL;
	base64url_encode(raw, sizeof(raw), r->csrf_seed, sizeof(r->csrf_seed));
	req_set_cookie(r, cookie_name("pre"), r->csrf_seed, -1);
	r->set_pre = true;
	return r->csrf_seed;
}

int
csrf_token(struct req *r, char *out, size_t outsz)
{
	unsigned char mac[SHA256_LEN];
	const char *s = seed(r);
	char msg[80];

	if (s == NULL)
		return -1;
	strcpy(msg, "csrf:");
	strncat(msg, s, sizeof(msg) - 6);
	crypto_hmac_sha256(config_secret(), SECRET_LEN, msg, strlen(msg), mac);
	base64url_encode(mac, sizeof(mac), out, outsz);
	return 0;
}

/*
 * The Origin a browser sends must be ours: the configured base URL, or the
 * host and port we were asked on (Debian's fastcgi_params pass $host,
 * without the port, as HTTP_HOST).
 */
static bool
same_origin(struct req *r, const char *origin)
{
	const char *base = config_str("Site.BaseURL", "");
	const char *host = req_header(r, "HTTP_HOST");
	const char *port = req_header(r, "SERVER_PORT");
	const char *o = strstr(origin, "://"), *b = strstr(base, "://");
	size_t blen;

	if (o == NULL)
		return false;
	o += 3;
	if (b != NULL) {
		b += 3;
		blen = strcspn(b, "/");
		if (strlen(o) == blen && strncmp(o, b, blen) == 0)
			return true;
	}
	if (host == NULL)
		return false;
	if (strcmp(o, host) == 0)
		return true;
	return port != NULL && strcmp(o, arena_printf(r->arena, "%s:%s", host,
	    port)) == 0;
}

bool
csrf_check(struct req *r)
{
	const char *site = req_header(r, "HTTP_SEC_FETCH_SITE");
	const char *origin = req_header(r, "HTTP_ORIGIN");
	const char *sent = hdf_get_value(r->hdf, "Query.csrf", NULL);
	char want[64];

	if (site != NULL && strcmp(site, "same-origin") != 0 &&
	    strcmp(site, "none") != 0)
		return false;
	if (origin != NULL && !same_origin(r, origin))
		return false;
	/* a new pre cookie means the browser sent none: nothing to match */
	if (sent == NULL || csrf_token(r, want, sizeof(want)) != 0 || r->set_pre)
		return false;
	return strlen(sent) == strlen(want) &&
	    crypto_equal(sent, want, strlen(want));
}
