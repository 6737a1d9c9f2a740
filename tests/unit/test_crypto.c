#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "crypto.h"

static const char jefe_msg[] = "what do ya want for nothing?";

/* FIPS 180-2 appendix B.1. */
static void
test_sha256_abc(void **state)
{
	unsigned char md[SHA256_LEN];
	char hex[2 * SHA256_LEN + 1];

	(void)state;
	crypto_sha256("abc", 3, md);
	hex_encode(md, sizeof(md), hex);
	assert_string_equal(hex,
	    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	crypto_sha256("", 0, md);
	hex_encode(md, sizeof(md), hex);
	assert_string_equal(hex,
	    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

/* Pieces of any size give the digest of the whole. */
static void
test_sha256_pieces(void **state)
{
	static const char msg[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmn"
	    "lmnomnopnopq";
	unsigned char whole[SHA256_LEN], md[SHA256_LEN];
	size_t step, at;

	(void)state;
	crypto_sha256(msg, sizeof(msg) - 1, whole);
	for (step = 1; step <= sizeof(msg); step++) {
		void *c = crypto_sha256_begin();

		for (at = 0; at < sizeof(msg) - 1; at += step)
			crypto_sha256_update(c, msg + at, sizeof(msg) - 1 - at < step ?
			    sizeof(msg) - 1 - at : step);
		crypto_sha256_end(c, md);
		assert_memory_equal(md, whole, SHA256_LEN);
	}
}

/* RFC 4231 test case 2. */
static void
test_hmac_sha256(void **state)
{
	unsigned char mac[SHA256_LEN];
	char hex[2 * SHA256_LEN + 1];

	(void)state;
	crypto_hmac_sha256("Jefe", 4, jefe_msg, strlen(jefe_msg), mac);
	hex_encode(mac, sizeof(mac), hex);
	assert_string_equal(hex,
	    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

/* RFC 2202 test cases 1 and 2. */
static void
test_hmac_sha1(void **state)
{
	unsigned char key[20], mac[SHA1_LEN];
	char hex[2 * SHA1_LEN + 1];

	(void)state;
	memset(key, 0x0b, sizeof(key));
	crypto_hmac_sha1(key, sizeof(key), "Hi There", 8, mac);
	hex_encode(mac, sizeof(mac), hex);
	assert_string_equal(hex, "b617318655057264e28bc0b6fb378c8ef146be00");
	crypto_hmac_sha1("Jefe", 4, jefe_msg, strlen(jefe_msg), mac);
	hex_encode(mac, sizeof(mac), hex);
	assert_string_equal(hex, "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
}

static void
test_equal(void **state)
{
	unsigned char a[16], b[16];

	(void)state;
	memset(a, 0x5a, sizeof(a));
	memcpy(b, a, sizeof(b));
	assert_true(crypto_equal(a, b, sizeof(a)));
	b[15] ^= 1;
	assert_false(crypto_equal(a, b, sizeof(a)));
	assert_true(crypto_equal(a, b, 15));
	b[0] ^= 0x80;
	assert_false(crypto_equal(a, b, 1));
	assert_true(crypto_equal(a, b, 0));
}

static void
test_random(void **state)
{
	unsigned char a[32], b[32], zero[32];

	(void)state;
	memset(zero, 0, sizeof(zero));
	assert_int_equal(crypto_random(a, sizeof(a)), 0);
	assert_int_equal(crypto_random(b, sizeof(b)), 0);
	assert_memory_not_equal(a, b, sizeof(a));
	assert_memory_not_equal(a, zero, sizeof(a));
	assert_int_equal(crypto_random(a, 0), 0);
}

static void
test_hex(void **state)
{
	static const unsigned char in[] = { 0, 0x01, 0x7f, 0x80, 0xab, 0xff };
	unsigned char out[sizeof(in)], two[2];
	char hex[2 * sizeof(in) + 1];

	(void)state;
	hex_encode(in, sizeof(in), hex);
	assert_string_equal(hex, "00017f80abff");
	assert_int_equal(hex_decode(hex, out, sizeof(out)), 0);
	assert_memory_equal(out, in, sizeof(in));
	assert_int_equal(hex_decode("00017F80ABFF", out, sizeof(out)), 0);
	assert_memory_equal(out, in, sizeof(in));
	hex_encode(in, 0, hex);
	assert_string_equal(hex, "");

	/* Exactly 2 * outlen digits. */
	assert_int_equal(hex_decode("abc", two, 2), -1);
	assert_int_equal(hex_decode("abcdef", two, 2), -1);
	assert_int_equal(hex_decode("", two, 2), -1);
	assert_int_equal(hex_decode("ab", two, 2), -1);
	/* Only hex digits. */
	assert_int_equal(hex_decode("0g12", two, 2), -1);
	assert_int_equal(hex_decode("12G0", two, 2), -1);
	assert_int_equal(hex_decode(" 123", two, 2), -1);
	assert_int_equal(hex_decode("12-3", two, 2), -1);
	assert_int_equal(hex_decode("0x12", two, 2), -1);
	assert_int_equal(hex_decode("beef", two, 2), 0);
	assert_int_equal(two[0], 0xbe);
	assert_int_equal(two[1], 0xef);
}

/* RFC 4648 section 10, without padding. */
static const struct {
	const char	*plain, *b32, *b64;
} rfc4648[] = {
	{ "", "", "" },
	{ "f", "MY", "Zg==" },
	{ "fo", "MZXQ", "Zm8=" },
	{ "foo", "MZXW6", "Zm9v" },
	{ "foob", "MZXW6YQ", "Zm9vYg==" },
	{ "fooba", "MZXW6YTB", "Zm9vYmE=" },
	{ "foobar", "MZXW6YTBOI", "Zm9vYmFy" },
};

static void
test_base32(void **state)
{
	char out[32];
	unsigned char bin[16];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rfc4648) / sizeof(rfc4648[0]); i++) {
		size_t n = strlen(rfc4648[i].plain);

		assert_int_equal(base32_encode((const unsigned char *)
		    rfc4648[i].plain, n, out, sizeof(out)),
		    strlen(rfc4648[i].b32));
		assert_string_equal(out, rfc4648[i].b32);
		assert_int_equal(base32_decode(rfc4648[i].b32, bin,
		    sizeof(bin)), n);
		assert_memory_equal(bin, rfc4648[i].plain, n);
	}

	/* The output buffer needs room for the terminator. */
	assert_int_equal(base32_encode((const unsigned char *)"foobar", 6, out,
	    10), 0);
	assert_int_equal(base32_encode((const unsigned char *)"foobar", 6, out,
	    11), 10);

	/* Lower case, spaces and padding as people type them. */
	assert_int_equal(base32_decode("mzxw 6ytb oi", bin, sizeof(bin)), 6);
	assert_memory_equal(bin, "foobar", 6);
	assert_int_equal(base32_decode("MZXW6YQ=", bin, sizeof(bin)), 4);
	assert_memory_equal(bin, "foob", 4);

	/* '0', '1', '8', '9' are not in the alphabet. */
	assert_int_equal(base32_decode("MZXW1", bin, sizeof(bin)), -1);
	assert_int_equal(base32_decode("MZXW8", bin, sizeof(bin)), -1);
	assert_int_equal(base32_decode("0A", bin, sizeof(bin)), -1);
	assert_int_equal(base32_decode("MZ-W6", bin, sizeof(bin)), -1);
	/* Too long for the output. */
	assert_int_equal(base32_decode("MZXW6YTBOI", bin, 5), -1);
	assert_int_equal(base32_decode("MZXW6YTBOI", bin, 6), 6);
}

static void
test_base32_secret(void **state)
{
	unsigned char secret[20], back[20];
	char b32[33];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(secret); i++)
		secret[i] = (unsigned char)(i * 37 + 11);
	assert_int_equal(base32_encode(secret, sizeof(secret), b32,
	    sizeof(b32)), 32);
	assert_int_equal(base32_decode(b32, back, sizeof(back)), 20);
	assert_memory_equal(back, secret, sizeof(secret));
}

static void
test_base64(void **state)
{
	static const unsigned char odd[] = { 0xfb, 0xef, 0xff, 0xfb, 0xff };
	char out[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rfc4648) / sizeof(rfc4648[0]); i++) {
		const char *plain = rfc4648[i].plain;
		const unsigned char *p = (const unsigned char *)plain;
		size_t n = strlen(plain);
		const char *want = rfc4648[i].b64;

		assert_int_equal(base64_encode(p, n, out, sizeof(out)),
		    strlen(want));
		assert_string_equal(out, want);
		/* base64url drops the padding. */
		assert_int_equal(base64url_encode(p, n, out, sizeof(out)),
		    strcspn(want, "="));
		assert_memory_equal(out, want, strcspn(want, "="));
		assert_int_equal(out[strcspn(want, "=")], '\0');
	}

	assert_int_equal(base64_encode(odd, sizeof(odd), out, sizeof(out)), 8);
	assert_string_equal(out, "++//+/8=");
	assert_int_equal(base64url_encode(odd, sizeof(odd), out, sizeof(out)),
	    7);
	assert_string_equal(out, "--__-_8");

	/* "foobar" needs 8 characters and a terminator. */
	assert_int_equal(base64_encode((const unsigned char *)"foobar", 6, out,
	    8), 0);
	assert_int_equal(base64_encode((const unsigned char *)"foobar", 6, out,
	    9), 8);
	assert_int_equal(base64url_encode((const unsigned char *)"foobar", 6,
	    out, 8), 0);
}

static void
test_token(void **state)
{
	char a[TOKEN_LEN], b[TOKEN_LEN];
	unsigned char ha[SHA256_LEN], hb[SHA256_LEN], check[SHA256_LEN];
	size_t i;

	(void)state;
	assert_int_equal(crypto_token(a, ha), 0);
	assert_int_equal(crypto_token(b, hb), 0);
	assert_int_equal(strlen(a), 43);		/* 256 bits, no padding */
	for (i = 0; i < 43; i++)
		assert_non_null(strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		    "0123456789-_", a[i]));
	assert_string_not_equal(a, b);
	crypto_sha256(a, strlen(a), check);
	assert_memory_equal(ha, check, SHA256_LEN);	/* the hash of the text */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sha256_abc),
		cmocka_unit_test(test_sha256_pieces),
		cmocka_unit_test(test_hmac_sha256),
		cmocka_unit_test(test_hmac_sha1),
		cmocka_unit_test(test_equal),
		cmocka_unit_test(test_random),
		cmocka_unit_test(test_hex),
		cmocka_unit_test(test_base32),
		cmocka_unit_test(test_base32_secret),
		cmocka_unit_test(test_base64),
		cmocka_unit_test(test_token),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
