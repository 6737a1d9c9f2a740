/*
 * Field validators. Each takes the trimmed, UTF-8-checked input and
 * returns NULL when it is acceptable, or the Dutch message to show
 * next to the field.
 */
#ifndef PASSEND_VALID_H
#define PASSEND_VALID_H

#include <stdbool.h>

const char	*valid_email(const char *);
const char	*valid_brin(const char *);
const char	*valid_vestiging(const char *);
const char	*valid_postcode(const char *);
const char	*valid_id(const char *, long long *);
const char	*valid_totp(const char *);
const char	*valid_password(const char *);
const char	*valid_phone(const char *);
const char	*valid_filename(const char *);
const char	*valid_date(const char *, int *y, int *m, int *d);
const char	*valid_origin(const char *);
const char	*valid_url(const char *);

#define PASSWORD_MIN	12
#define PASSWORD_MAX	128
#define FILENAME_MAX_CHARS	200

#endif
