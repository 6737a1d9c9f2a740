/* dossier.fcgi: pupils and dossiers, one file per group of pages. */
#ifndef PASSEND_DOSSIER_PAGES_H
#define PASSEND_DOSSIER_PAGES_H

#include "dossier.h"
#include "request.h"

extern const struct form pupil_form, pupil_filter_form, transfer_form;
int	pupil_list(struct req *);
int	pupil_new_page(struct req *);
int	pupil_create(struct req *);
int	pupil_page(struct req *);
int	pupil_edit_page(struct req *);
int	pupil_update(struct req *);
int	pupil_transfer(struct req *);

extern const struct form start_form, dossier_filter_form;
int	dossier_start(struct req *);
int	dossier_list(struct req *);
int	dossier_page(struct req *);

extern const struct form answers_form;
int	answers_page(struct req *);
int	answers_save(struct req *);

extern const struct form step_form, comment_form, assign_form;
int	step_take(struct req *);
int	comment_add(struct req *);
int	assign_add(struct req *);
int	assign_remove(struct req *);

extern const struct form document_form;
int	document_new_page(struct req *);
int	document_add(struct req *);
int	document_get(struct req *);
int	document_remove(struct req *);

/* Shared by the pages above. */
int	documents_count(struct req *, struct dossier *);
int	documents_hdf(struct req *, const struct dossier *);
int	dossier_show(struct req *, struct dossier *, int status);
int	take_transition(struct req *, struct dossier *,
	    const struct wf_transition *, long long version);

#endif
