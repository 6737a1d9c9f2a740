#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "crypto.h"
#include "log.h"

static HDF *conf;
static unsigned char secret[SECRET_LEN];

int
config_load(void)
{
	const char *path = getenv("PASSEND_CONFIG");
	NEOERR *err;

	if (path == NULL || *path == '\0')
		path = "/etc/passend/passend.hdf";
	if ((err = hdf_init(&conf)) != STATUS_OK ||
	    (err = hdf_read_file(conf, path)) != STATUS_OK) {
		nerr_ignore(&err);
		log_error("cannot read configuration %s", path);
		return -1;
	}
	/* The key signs CSRF tokens: without a proper one nothing is safe. */
	if (hex_decode(config_str("Secret.Key", ""), secret, SECRET_LEN) != 0) {
		log_error("Secret.Key must be %d hex digits", 2 * SECRET_LEN);
		return -1;
	}
	return 0;
}

void
config_free(void)
{
	if (conf != NULL)
		hdf_destroy(&conf);
}

HDF *
config_hdf(void)
{
	return conf;
}

const char *
config_str(const char *key, const char *def)
{
	return hdf_get_value(conf, key, def);
}

long
config_int(const char *key, long def)
{
	return hdf_get_int_value(conf, key, (int)def);
}

/* Development mode: plain HTTP cookies and the demo accounts' 2FA bypass. */
bool
config_dev(void)
{
	return config_int("Site.Dev", 0) == 1;
}

const unsigned char *
config_secret(void)
{
	return secret;
}
