#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "valid.h"

/* Deliberately plain: one '@', a dot in the domain, no spaces. */
const char *
valid_email(const char *s)
{
	const char *at = strchr(s, '@');
	const char *dot;

	if (at == NULL || at == s || strchr(at + 1, '@') != NULL ||
	    strpbrk(s, " \t<>()[],;:\"\\") != NULL)
		return "Vul een e-mailadres in zoals naam@voorbeeld.nl.";
	dot = strrchr(at + 1, '.');
	if (dot == NULL || dot == at + 1 || dot[1] == '\0' || strlen(s) > 254)
		return "Vul een e-mailadres in zoals naam@voorbeeld.nl.";
	return NULL;
}

/* BRIN: two digits and two capital letters, e.g. 12AB. */
const char *
valid_brin(const char *s)
{
	if (strlen(s) != 4 || !isdigit((unsigned char)s[0]) ||
	    !isdigit((unsigned char)s[1]) || !isupper((unsigned char)s[2]) ||
	    !isupper((unsigned char)s[3]))
		return "Een BRIN-code bestaat uit twee cijfers en twee hoofdletters, bijvoorbeeld 12AB.";
	return NULL;
}

const char *
valid_vestiging(const char *s)
{
	if (strlen(s) != 2 || !isdigit((unsigned char)s[0]) ||
	    !isdigit((unsigned char)s[1]))
		return "Een vestigingsnummer bestaat uit twee cijfers, bijvoorbeeld 00.";
	return NULL;
}

/* Dutch postcode: 1234 AB (the space optional). */
const char *
valid_postcode(const char *s)
{
	size_t n = strlen(s), i;

	if (n != 6 && !(n == 7 && s[4] == ' '))
		goto bad;
	for (i = 0; i < 4; i++)
		if (!isdigit((unsigned char)s[i]))
			goto bad;
	if (s[0] == '0' || !isupper((unsigned char)s[n - 2]) ||
	    !isupper((unsigned char)s[n - 1]))
		goto bad;
	return NULL;
bad:
	return "Vul een postcode in zoals 1234 AB.";
}

/* A positive database id, decimal, no sign, no leading zeros. */
const char *
valid_id(const char *s, long long *out)
{
	char *end;
	long long v;

	if (*s < '1' || *s > '9' || strlen(s) > 18)
		return "Ongeldige keuze.";
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v <= 0)
		return "Ongeldige keuze.";
	if (out != NULL)
		*out = v;
	return NULL;
}

const char *
valid_totp(const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0'; i++)
		if (!isdigit((unsigned char)s[i]))
			break;
	if (i != 6 || s[i] != '\0')
		return "Vul de zescijferige code uit uw authenticator-app in.";
	return NULL;
}

/* Length in characters, not bytes: 'ë' is one. */
const char *
valid_password(const char *s)
{
	size_t n = utf8_chars(s);

	if (n < PASSWORD_MIN)
		return "Kies een wachtwoord van minstens 12 tekens.";
	if (n > PASSWORD_MAX)
		return "Kies een wachtwoord van hoogstens 128 tekens.";
	return NULL;
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* ISO date as an <input type="date"> sends it: YYYY-MM-DD, a real day. */
/* Dutch or international: 10 to 15 digits, with spaces, dashes, brackets. */
const char *
valid_phone(const char *s)
{
	size_t digits = 0;
	const char *p;

	for (p = s; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p))
			digits++;
		else if (strchr(" -()", *p) == NULL && !(*p == '+' && p == s))
			goto bad;
	}
	if (digits >= 10 && digits <= 15)
		return NULL;
bad:
	return "Vul een telefoonnummer in, bijvoorbeeld 06 12345678.";
}

const char *
valid_date(const char *s, int *y, int *m, int *d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int yy, mm, dd, i;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		goto bad;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			goto bad;
	yy = atoi(s), mm = atoi(s + 5), dd = atoi(s + 8);
	if (yy < 1900 || yy > 2200 || mm < 1 || mm > 12 || dd < 1 ||
	    dd > mdays[mm - 1] + (mm == 2 && leap(yy)))
		goto bad;
	if (y != NULL)
		*y = yy, *m = mm, *d = dd;
	return NULL;
bad:
	return "Vul een bestaande datum in, bijvoorbeeld 2026-08-31.";
}

/*
 * An uploaded file's own name, kept to offer the download under: no
 * path, no control characters, none of the Unicode marks that turn text
 * around (U+202A-U+202E, U+2066-U+2069), so "foto<U+202E>gpj.exe" cannot
 * pose as a picture. The input is valid UTF-8 already.
 */
const char *
valid_filename(const char *s)
{
	const unsigned char *p;

	if (*s == '\0' || strcmp(s, ".") == 0 || strcmp(s, "..") == 0 ||
	    strpbrk(s, "/\\") != NULL || text_has_control(s, false))
		goto bad;
	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if (p[0] == 0xe2 && ((p[1] == 0x80 && p[2] >= 0xaa &&
		    p[2] <= 0xae) || (p[1] == 0x81 && p[2] >= 0xa6 &&
		    p[2] <= 0xa9)))
			goto bad;
	if (utf8_chars(s) > FILENAME_MAX_CHARS)
		return "De bestandsnaam is te lang. Geef het bestand een kortere "
		    "naam en probeer het opnieuw.";
	return NULL;
bad:
	return "De bestandsnaam bevat tekens die niet zijn toegestaan (zoals "
	    "/ of \\ of onzichtbare tekens). Geef het bestand een andere naam "
	    "en probeer het opnieuw.";
}

/*
 * A web address on https (http only for localhost, for a test site): a
 * host of letters, digits, dots and dashes, an optional port; with
 * path_ok, a path of characters that need no quoting. Without, it is an
 * origin, as a CSP frame-ancestors source names it.
 */
static bool
url_ok(const char *s, bool path_ok)
{
	const char *h, *p;
	size_t n;

	if (strncmp(s, "https://", 8) == 0)
		h = s + 8;
	else if (strncmp(s, "http://localhost", 16) == 0 ||
	    strncmp(s, "http://127.0.0.1", 16) == 0)
		h = s + 7;
	else
		return false;
	n = strspn(h, "abcdefghijklmnopqrstuvwxyz0123456789.-");
	if (n == 0 || h[0] == '.' || h[0] == '-' || h[n - 1] == '.' ||
	    strstr(h, "..") != NULL)
		return false;
	p = h + n;
	if (*p == ':') {
		n = strspn(p + 1, "0123456789");
		if (n == 0 || n > 5)
			return false;
		p += 1 + n;
	}
	if (*p == '\0')
		return true;
	return path_ok && *p == '/' && strspn(p, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?#=&%+:@!$()*,") ==
	    strlen(p);
}

const char *
valid_origin(const char *s)
{
	if (strlen(s) > 200 || !url_ok(s, false))
		return "Vul het adres van de website in zonder pad, zoals "
		    "https://www.swv-voorbeeld.nl.";
	return NULL;
}

const char *
valid_url(const char *s)
{
	if (strlen(s) > 200 || !url_ok(s, true))
		return "Vul een webadres in dat begint met https://, zoals "
		    "https://www.swv-voorbeeld.nl/privacy.";
	return NULL;
}
