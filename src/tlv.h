/* What the dossier and the receiving school's program share of a TLV. */
#ifndef PASSEND_TLV_H
#define PASSEND_TLV_H

#include "request.h"

int	tlv_documents_make(struct db *, struct arena *, long long decision_id);
int	tlv_document_send(struct req *, long long decision_id,
	    const char *kind, const char *name);

#endif
