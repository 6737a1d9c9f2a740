/* admin.fcgi: the beheerder's pages, one file per group. */
#ifndef PASSEND_ADMIN_H
#define PASSEND_ADMIN_H

#include "request.h"

extern const struct form org_form, org_filter_form;
int	org_list(struct req *);
int	org_new_page(struct req *);
int	org_create(struct req *);
int	org_edit_page(struct req *);
int	org_update(struct req *);

extern const struct form user_form, user_filter_form, role_form;
int	user_list(struct req *);
int	user_new_page(struct req *);
int	user_create(struct req *);
int	user_edit_page(struct req *);
int	user_update(struct req *);
int	role_add(struct req *);
int	role_remove(struct req *);
int	user_invite(struct req *);
int	user_reset_2fa(struct req *);

struct trajdef;
extern const char *const form_type_labels[];
extern const struct form form_import_form, form_active_form;
int	form_list(struct req *);
int	form_page(struct req *);
int	form_version_page(struct req *);
int	form_export(struct req *);
int	form_version_export(struct req *);
int	form_import(struct req *);
int	form_active(struct req *);
void	form_def_hdf(struct req *, const struct trajdef *);

/* The form builder (formedit.c) */
extern const struct form draft_form, draft_action_form, draft_section_form,
	    draft_question_form;
int	draft_create(struct req *);
int	draft_page(struct req *);
int	draft_publish(struct req *);
int	draft_discard(struct req *);
int	section_page(struct req *);
int	section_save(struct req *);
int	section_act(struct req *);
int	question_new_page(struct req *);
int	question_edit_page(struct req *);
int	question_create(struct req *);
int	question_update(struct req *);
int	question_act(struct req *);

extern const struct form audit_filter_form;
int	audit_list(struct req *);

#endif
