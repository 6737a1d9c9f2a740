#include <string.h>

#include "crypto.h"
#include "totp.h"

/* RFC 4226 section 5.3: dynamic truncation of the HMAC, six digits. */
uint32_t
totp_code(const unsigned char *key, size_t keylen, int64_t step)
{
	unsigned char msg[8], mac[SHA1_LEN];
	unsigned int off;
	uint32_t bin;
	int i;

	for (i = 7; i >= 0; i--) {
		msg[i] = (unsigned char)(step & 0xff);
		step >>= 8;
	}
	crypto_hmac_sha1(key, keylen, msg, sizeof(msg), mac);
	off = mac[SHA1_LEN - 1] & 0x0f;
	bin = (uint32_t)(mac[off] & 0x7f) << 24 | (uint32_t)mac[off + 1] << 16 |
	    (uint32_t)mac[off + 2] << 8 | mac[off + 3];
	return bin % 1000000;
}

int64_t
totp_step(time_t t)
{
	return (int64_t)t / TOTP_STEP;
}

/*
 * Accepts the code of the current step or one step either side (clock
 * drift). A step at or before last_step was used already: a code works
 * once. Returns the matching step, or -1.
 */
int64_t
totp_verify(const unsigned char *key, size_t keylen, const char *code,
    time_t now, int64_t last_step)
{
	int64_t step = totp_step(now), s;
	uint32_t want = 0;
	size_t i, n = strlen(code);

	if (n != 6)
		return -1;
	for (i = 0; i < n; i++) {
		if (code[i] < '0' || code[i] > '9')
			return -1;
		want = want * 10 + (uint32_t)(code[i] - '0');
	}
	for (s = step - 1; s <= step + 1; s++)
		if (s > last_step && totp_code(key, keylen, s) == want)
			return s;
	return -1;
}
