/* Small wrappers around OpenSSL's libcrypto and the kernel's random source. */
#ifndef PASSEND_CRYPTO_H
#define PASSEND_CRYPTO_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN	32
#define SHA1_LEN	20
#define TOKEN_LEN	45	/* base64 of 256 bits with its padding, and a NUL */

int	 crypto_random(void *, size_t);
void	 crypto_cleanup(void);
void	 crypto_sha256(const void *, size_t, unsigned char[SHA256_LEN]);
void	*crypto_sha256_begin(void);
void	 crypto_sha256_update(void *, const void *, size_t);
void	 crypto_sha256_end(void *, unsigned char[SHA256_LEN]);	/* frees */
void	 crypto_hmac_sha256(const void *key, size_t keylen, const void *msg,
	    size_t msglen, unsigned char[SHA256_LEN]);
void	 crypto_hmac_sha1(const void *key, size_t keylen, const void *msg,
	    size_t msglen, unsigned char[SHA1_LEN]);
int	 crypto_equal(const void *, const void *, size_t);
int	 crypto_token(char out[TOKEN_LEN], unsigned char hash[SHA256_LEN]);

void	 hex_encode(const unsigned char *, size_t, char *out);	/* 2n+1 bytes */
int	 hex_decode(const char *, unsigned char *out, size_t outlen);
size_t	 base32_encode(const unsigned char *, size_t, char *out, size_t outsz);
int	 base32_decode(const char *, unsigned char *out, size_t outsz);
size_t	 base64_encode(const unsigned char *, size_t, char *out, size_t outsz);
size_t	 base64url_encode(const unsigned char *, size_t, char *out, size_t outsz);

#endif
