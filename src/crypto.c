#include <sys/random.h>

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "crypto.h"

int
crypto_random(void *buf, size_t n)
{
	unsigned char *p = buf;

	while (n > 0) {
		ssize_t got = getrandom(p, n, 0);

		if (got < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += got;
		n -= (size_t)got;
	}
	return 0;
}

/*
 * OpenSSL 3's one-shot SHA256() and HMAC() fetch their algorithm on every
 * call; fetched once here, a digest costs what the hashing costs.
 */
static EVP_MD *digests[2];

static const EVP_MD *
md_get(int which)
{
	if (digests[which] == NULL &&
	    (digests[which] = EVP_MD_fetch(NULL, which ? "SHA1" : "SHA256", NULL)) == NULL)
		abort();
	return digests[which];
}

void
crypto_cleanup(void)
{
	EVP_MD_free(digests[0]);
	EVP_MD_free(digests[1]);
	digests[0] = digests[1] = NULL;
}

void
crypto_sha256(const void *msg, size_t len, unsigned char out[SHA256_LEN])
{
	if (EVP_Digest(msg, len, out, NULL, md_get(0), NULL) != 1)
		abort();
}

/* A digest of something read in pieces, such as an uploaded file. */
void *
crypto_sha256_begin(void)
{
	EVP_MD_CTX *c = EVP_MD_CTX_new();

	if (c == NULL || EVP_DigestInit_ex(c, md_get(0), NULL) != 1)
		abort();
	return c;
}

void
crypto_sha256_update(void *c, const void *msg, size_t len)
{
	if (EVP_DigestUpdate(c, msg, len) != 1)
		abort();
}

void
crypto_sha256_end(void *c, unsigned char out[SHA256_LEN])
{
	if (EVP_DigestFinal_ex(c, out, NULL) != 1)
		abort();
	EVP_MD_CTX_free(c);
}

/* RFC 2104, for keys up to one block (ours are 20 and 32 bytes). */
static void
hmac(int which, const void *key, size_t keylen, const void *msg, size_t msglen,
    unsigned char *out)
{
	const EVP_MD *md = md_get(which);
	unsigned char pad[64], inner[EVP_MAX_MD_SIZE];
	unsigned int n;
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	size_t i;

	if (ctx == NULL || keylen > sizeof(pad))
		abort();
	for (i = 0; i < sizeof(pad); i++)
		pad[i] = (unsigned char)((i < keylen ? ((const unsigned char *)key)[i] : 0) ^ 0x36);
	if (EVP_DigestInit_ex(ctx, md, NULL) != 1 ||
	    EVP_DigestUpdate(ctx, pad, sizeof(pad)) != 1 ||
	    EVP_DigestUpdate(ctx, msg, msglen) != 1 ||
	    EVP_DigestFinal_ex(ctx, inner, &n) != 1)
		abort();
	for (i = 0; i < sizeof(pad); i++)
		pad[i] ^= 0x36 ^ 0x5c;
	if (EVP_DigestInit_ex(ctx, md, NULL) != 1 ||
	    EVP_DigestUpdate(ctx, pad, sizeof(pad)) != 1 ||
	    EVP_DigestUpdate(ctx, inner, n) != 1 ||
	    EVP_DigestFinal_ex(ctx, out, &n) != 1)
		abort();
	EVP_MD_CTX_free(ctx);
}

void
crypto_hmac_sha256(const void *key, size_t keylen, const void *msg,
    size_t msglen, unsigned char out[SHA256_LEN])
{
	hmac(0, key, keylen, msg, msglen, out);
}

void
crypto_hmac_sha1(const void *key, size_t keylen, const void *msg,
    size_t msglen, unsigned char out[SHA1_LEN])
{
	hmac(1, key, keylen, msg, msglen, out);
}

int
crypto_equal(const void *a, const void *b, size_t n)
{
	return CRYPTO_memcmp(a, b, n) == 0;
}

/*
 * A secret for a cookie or a link: 256 random bits as base64url, and the
 * SHA-256 of that text, which is all the database ever keeps.
 */
int
crypto_token(char out[TOKEN_LEN], unsigned char hash[SHA256_LEN])
{
	unsigned char raw[32];

	if (crypto_random(raw, sizeof(raw)) != 0 ||
	    base64url_encode(raw, sizeof(raw), out, TOKEN_LEN) != 43)
		return -1;
	crypto_sha256(out, strlen(out), hash);
	return 0;
}

void
hex_encode(const unsigned char *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Exactly 2*outlen hex digits, nothing else. */
int
hex_decode(const char *s, unsigned char *out, size_t outlen)
{
	size_t i;

	if (strlen(s) != 2 * outlen)
		return -1;
	for (i = 0; i < outlen; i++) {
		int hi = hexval(s[2 * i]), lo = hexval(s[2 * i + 1]);

		if (hi < 0 || lo < 0)
			return -1;
		out[i] = (unsigned char)(hi << 4 | lo);
	}
	return 0;
}

static const char b32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/* RFC 4648 without padding, as authenticator apps expect. */
size_t
base32_encode(const unsigned char *in, size_t n, char *out, size_t outsz)
{
	size_t i, o = 0;
	unsigned int buf = 0, bits = 0;

	for (i = 0; i < n; i++) {
		buf = (buf << 8) | in[i];
		bits += 8;
		while (bits >= 5) {
			if (o + 1 >= outsz)
				return 0;
			out[o++] = b32[(buf >> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0) {
		if (o + 1 >= outsz)
			return 0;
		out[o++] = b32[(buf << (5 - bits)) & 31];
	}
	out[o] = '\0';
	return o;
}

/* Accepts lower case, spaces and trailing '='; returns bytes or -1. */
int
base32_decode(const char *s, unsigned char *out, size_t outsz)
{
	unsigned int buf = 0, bits = 0;
	size_t o = 0;

	for (; *s != '\0'; s++) {
		const char *p;
		int c = toupper((unsigned char)*s);

		if (c == ' ' || c == '=')
			continue;
		if ((p = strchr(b32, c)) == NULL || c == '\0')
			return -1;
		buf = (buf << 5) | (unsigned int)(p - b32);
		bits += 5;
		if (bits >= 8) {
			if (o >= outsz)
				return -1;
			out[o++] = (unsigned char)(buf >> (bits - 8));
			bits -= 8;
		}
	}
	return (int)o;
}

size_t
base64_encode(const unsigned char *in, size_t n, char *out, size_t outsz)
{
	if (outsz < 4 * ((n + 2) / 3) + 1)
		return 0;
	return (size_t)EVP_EncodeBlock((unsigned char *)out, in, (int)n);
}

/* For tokens in cookies and URLs: no padding, '-' and '_'. */
size_t
base64url_encode(const unsigned char *in, size_t n, char *out, size_t outsz)
{
	size_t len = base64_encode(in, n, out, outsz), i;

	while (len > 0 && out[len - 1] == '=')
		out[--len] = '\0';
	for (i = 0; i < len; i++) {
		if (out[i] == '+')
			out[i] = '-';
		else if (out[i] == '/')
			out[i] = '_';
	}
	return len;
}
