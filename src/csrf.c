#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

/* "<seconds since the epoch>.<HMAC of that>" */
static void
ticket_mac(long long at, char *out, size_t outsz)
{
	unsigned char mac[SHA256_LEN];
	char msg[40];

	snprintf(msg, sizeof(msg), "ticket:%lld", at);
	crypto_hmac_sha256(config_secret(), SECRET_LEN, msg, strlen(msg), mac);
	base64url_encode(mac, sizeof(mac), out, outsz);
}

void
csrf_ticket(long long now, char out[CSRF_TICKET_MAX])
{
	int n = snprintf(out, CSRF_TICKET_MAX, "%lld.", now);

	ticket_mac(now, out + n, CSRF_TICKET_MAX - (size_t)n);
}

bool
csrf_ticket_age(const char *ticket, long long now, long long *age)
{
	char want[CSRF_TICKET_MAX];
	const char *dot = strchr(ticket, '.');
	long long at;
	size_t n = dot != NULL ? (size_t)(dot - ticket) : 0;

	if (n == 0 || n > 12 || strspn(ticket, "0123456789") != n)
		return false;
	at = atoll(ticket);
	ticket_mac(at, want, sizeof(want));
	if (strlen(dot + 1) != strlen(want) ||
	    !crypto_equal(dot + 1, want, strlen(want)) || at > now)
		return false;
	*age = now - at;
	return true;
}

/* The route's form carries a ticket rather than the cookie's token. */
static const struct field *
ticket_field(const struct form *f)
{
	size_t i;

	for (i = 0; f != NULL && i < f->nfields; i++)
		if (f->fields[i].type == FT_TICKET)
			return &f->fields[i];
	return NULL;
}

bool
csrf_check(struct req *r)
{
	const char *site = req_header(r, "HTTP_SEC_FETCH_SITE");
	const char *origin = req_header(r, "HTTP_ORIGIN");
	const char *sent = hdf_get_value(r->hdf, "Query.csrf", NULL);
	const struct field *tf;
	const char *ticket;
	long long age;
	char want[64];

	if (site != NULL && strcmp(site, "same-origin") != 0 &&
	    strcmp(site, "none") != 0)
		return false;
	if (origin != NULL && !same_origin(r, origin))
		return false;
	if ((tf = ticket_field(r->route->form)) != NULL) {
		ticket = hdf_get_valuef(r->hdf, "Query.%s", tf->name);
		return ticket != NULL &&
		    csrf_ticket_age(ticket, (long long)time(NULL), &age);
	}
	/* a new pre cookie means the browser sent none: nothing to match */
	if (sent == NULL || csrf_token(r, want, sizeof(want)) != 0 || r->set_pre)
		return false;
	return strlen(sent) == strlen(want) &&
	    crypto_equal(sent, want, strlen(want));
}
