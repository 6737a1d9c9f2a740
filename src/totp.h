/* RFC 6238 time-based one-time passwords: SHA-1, 30 s steps, 6 digits. */
#ifndef PASSEND_TOTP_H
#define PASSEND_TOTP_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define TOTP_STEP	30
#define TOTP_SECRET_LEN	20

uint32_t totp_code(const unsigned char *key, size_t keylen, int64_t step);
int64_t	 totp_step(time_t);
int64_t	 totp_verify(const unsigned char *key, size_t keylen, const char *code,
	    time_t now, int64_t last_step);

#endif
