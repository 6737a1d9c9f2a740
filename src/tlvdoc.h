/*
 * The TLV and the decision letter as PDF, from values only: the pages
 * gather them, the benchmark and the tests can render them without a
 * database. The letter carries both advices; the TLV, which also goes to
 * the receiving school, carries none of them.
 */
#ifndef PASSEND_TLVDOC_H
#define PASSEND_TLVDOC_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "tlv_rules.h"

struct tlv_advice {
	const char	*name, *profession, *signed_on, *body;
};

struct tlv_doc {
	const char	*swv_name;
	const char	*swv_lines[4];	/* street, postcode and city, ... */
	const char	*swv_city;
	const void	*logo;
	size_t		 logolen;
	const char	*logotype;
	bool		 issued;
	const char	*number;	/* issued: TLV-2026-00001 */
	const char	*code;		/* issued: the verification code */
	const char	*check_url;
	const char	*pupil, *birth_date, *school;	/* dates YYYY-MM-DD */
	const char	*kind, *category;		/* sbo/so/vso, laag/... */
	const char	*start, *end;
	const char	*duration_reason, *category_reason, *refusal_reason;
	const char	*receivers;	/* the intended schools, or NULL */
	const char	*extends;	/* the number of the TLV it extends */
	const char	*decided_by, *decided_on;
	struct tlv_advice advices[2];
};

int		 tlvdoc_tlv(struct arena *, const struct tlv_doc *,
		    unsigned char **, size_t *);
int		 tlvdoc_letter(struct arena *, const struct tlv_doc *,
		    unsigned char **, size_t *);

#endif
