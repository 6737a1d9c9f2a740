/*
 * The installation's settings: one HDF file, named by $PASSEND_CONFIG
 * (default /etc/passend/passend.hdf). See conf/passend.hdf.example.
 */
#ifndef PASSEND_CONFIG_H
#define PASSEND_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include <ClearSilver.h>

#define SECRET_LEN	32

int		 config_load(void);
void		 config_free(void);
HDF		*config_hdf(void);
const char	*config_str(const char *key, const char *def);
long		 config_int(const char *key, long def);
bool		 config_dev(void);
const unsigned char *config_secret(void);

#endif
