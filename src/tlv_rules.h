/*
 * TLV values without a database: the labels of type and category, the
 * long Dutch date of letters, and the verification code printed on a TLV.
 */
#ifndef PASSEND_TLV_RULES_H
#define PASSEND_TLV_RULES_H

#include <stdbool.h>

#include "arena.h"

#define TLV_CODE_LEN	14	/* XXXX-XXXX-XXXX: 60 random bits */

const char	*tlv_kind_label(const char *);
const char	*tlv_category_label(const char *);
char		*tlv_long_date(struct arena *, const char *);
int		 tlv_code_new(char out[TLV_CODE_LEN + 1]);
bool		 tlv_code_norm(const char *in, char out[TLV_CODE_LEN + 1]);

#endif
