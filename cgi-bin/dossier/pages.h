/* dossier.fcgi: pupils and dossiers, one file per group of pages. */
#ifndef PASSEND_DOSSIER_PAGES_H
#define PASSEND_DOSSIER_PAGES_H

#include <xlsxwriter.h>

#include "crypto.h"
#include "dossier.h"
#include "list.h"
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
enum {
	DF_TYPE, DF_STATE, DF_SCHOOL, DF_BESTUUR, DF_FROM, DF_TO, DF_Q,
	DF_SORT, DF_PAGE, DF__MAX
};
/*
 * The list's WHERE over dossiers d alone (the pupil's name is on the
 * dossier): a scope (from DOSSIER_IN_SCOPE), then each filter when it
 * is set. DOSSIER_FILTER_ARGS follows the scope's arguments.
 */
#define DOSSIER_FILTER(scope)						\
	" WHERE" scope							\
	" AND (? = 0 OR d.type_id = ?) AND (? = '' OR d.state = ?)"	\
	" AND (? = 0 OR d.school_id = ?) AND (? = 0 OR d.bestuur_id = ?)"\
	" AND (? = '' OR d.created_at >= ?)"				\
	" AND (? = '' OR d.created_at < ? + INTERVAL 1 DAY)"		\
	" AND (? = '' OR d.pupil_last_name LIKE ?"			\
	"  OR d.pupil_first_name LIKE ?)"
#define DOSSIER_FILTER_ARGS(r, f)					\
	DB_INT(f[DF_TYPE].i), DB_INT(f[DF_TYPE].i),			\
	DB_STR(f[DF_STATE].s), DB_STR(f[DF_STATE].s),			\
	DB_INT(f[DF_SCHOOL].i), DB_INT(f[DF_SCHOOL].i),			\
	DB_INT(f[DF_BESTUUR].i), DB_INT(f[DF_BESTUUR].i),		\
	DB_STR(f[DF_FROM].s), DB_STR(f[DF_FROM].s),			\
	DB_STR(f[DF_TO].s), DB_STR(f[DF_TO].s), DB_STR(f[DF_Q].s),	\
	DB_STR(list_like(r, f[DF_Q].s)), DB_STR(list_like(r, f[DF_Q].s))
long long dossier_count(struct req *, const struct dossier_scope *,
	    long long max);
int	dossier_rows(struct req *, const struct dossier_scope *, long long limit,
	    long long offset, long long count_max, long long *total,
	    bool *exact, struct dbres *);

int	dossier_start(struct req *);
int	dossier_list(struct req *);
const struct dbres *dossier_types(struct req *);
int	dossier_org_choices(struct req *);

extern const struct form tlv_overview_form;
int	tlv_overview(struct req *);
int	tlv_overview_xlsx(struct req *);

extern const struct form signal_filter_form;
int	signal_list(struct req *);
int	dossier_export_xlsx(struct req *);
int	dossier_export_csv(struct req *);
lxw_workbook *xlsx_open(struct req *, char **path);
FILE	*xlsx_close(lxw_workbook *, const char *path);
int	 xlsx_send(struct req *, FILE *, const char *name);
void	 xlsx_date(lxw_worksheet *, lxw_row_t, lxw_col_t, const char *,
	    bool utc, lxw_format *);

extern const struct form access_search_form;
int	access_search(struct req *);
int	access_export(struct req *);
int	dossier_page(struct req *);

extern const struct form answers_form;
int	answers_page(struct req *);
int	answers_save(struct req *);

extern const struct form step_form, comment_form, assign_form;
int	step_take(struct req *);
int	comment_add(struct req *);
int	assign_add(struct req *);
int	assign_remove(struct req *);

extern const struct form document_form, document_pick_form;
int	document_new_page(struct req *);
int	document_add(struct req *);
int	document_get(struct req *);
int	document_remove(struct req *);

/* Shared by the pages above. */
int	documents_count(struct req *, struct dossier *);
int	documents_hdf(struct req *, const struct dossier *);
int	documents_shared_hdf(struct req *, const struct dossier *);
int	document_get_shared(struct req *);
int	dossier_show(struct req *, struct dossier *, int status);
int	dossier_not_editable(struct req *, const struct dossier *);
int	take_transition(struct req *, struct dossier *,
	    const struct wf_transition *, long long version);

extern const struct form share_form;
extern const char *const share_relations[];
int	share_page(struct req *);
int	share_create(struct req *);
int	share_revoke(struct req *);
int	shares_hdf(struct req *, const struct dossier *);

extern const struct form advice_form, involve_form;
int	advice_page(struct req *);
int	advice_save(struct req *);
int	advices_hdf(struct req *, const struct dossier *);
int	advisers_check(struct req *, const struct dossier *);
int	advices_check(struct req *, const struct dossier *);
int	involvements_hdf(struct req *, const struct dossier *);
int	involvement_add(struct req *);
int	involvement_remove(struct req *);
int	dossier_checks_hold(struct req *, struct dossier *,
	    const struct wf_transition *);
int	step_stale(struct req *, struct dossier *,
	    const struct wf_transition *, long long version);
int	step_now(struct req *, struct dossier *,
	    const struct wf_transition *, long long version);

extern const struct form decision_form, informed_form;
int	parents_informed(struct req *);
int	decision_day(struct req *, const struct dossier *, char *, size_t);

extern const struct form objection_form, lbt_form, outcome_form;
int	objection_add(struct req *);
int	objection_lbt(struct req *);
int	objection_outcome(struct req *);
int	objections_hdf(struct req *, const struct dossier *);
int	decision_page(struct req *);
int	decision_save(struct req *);
int	decision_hdf(struct req *, const struct dossier *);
int	decision_tlv_pdf(struct req *);
int	dossier_extend(struct req *);
int	extends_hdf(struct req *, const struct dossier *);
int	decision_letter_pdf(struct req *);
bool	share_may(const struct dossier *);
const char *share_relation_label(const char *key);
const char *share_date(struct req *, const char *iso);
void	share_code_hash(const char *token, const char *code,
	    unsigned char out[SHA256_LEN]);
int	share_send_code(struct req *, long long share_id, const char *token,
	    const char *email);

extern const struct form guest_code_form;
int	guest_info(struct req *);
int	guest_link_page(struct req *);
int	guest_login(struct req *);
int	guest_code_resend(struct req *);
int	guest_dossier(struct req *);
int	guest_close(struct req *);

#endif
