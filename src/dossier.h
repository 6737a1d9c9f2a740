/*
 * The dossier engine's core, shared by every module: which dossiers a
 * user may see, loading one (with the access check and the access log),
 * its definition, its timeline.
 *
 * Scope has two halves that must agree: dossier_scope() in dossier.c
 * decides for one loaded dossier, DOSSIER_IN_SCOPE (its values from
 * dossier_list_scope()) narrows a list in SQL. Both admit SWV staff and
 * deciders to every dossier, school staff to their school's, an RVZ to
 * their bestuur's, a coordinator to their deelverband's, and experts and
 * coordinators to the dossiers they are assigned to
 * (experts only those).
 */
#ifndef PASSEND_DOSSIER_H
#define PASSEND_DOSSIER_H

#include "formdef.h"
#include "request.h"

/*
 * The SQL half, in four forms. Staff who see everything get no condition
 * at all. DOSSIER_SCOPE has a flag and a value for each way in, so that
 * the optimiser (which sees the values) keeps only the branches that
 * apply and uses each one's index. An expert's lists drive from the
 * assignments, as a semi-join. A user with two organisations of one kind
 * gets the general form: slower, same rule.
 * Each statement carries only its own form's subqueries: MariaDB
 * optimises every subquery on each run, even one a false flag turns off.
 */
struct dossier_scope {
	long long	 all;				/* 1 or 0 */
	long long	 school, bestuur, deelverband;	/* an org id, or 0 */
	long long	 assigned;			/* the user's id, or 0 */
	long long	 general;			/* the user's id, or 0 */
	bool		 assigned_only;	/* an expert */
};
/* The pupil's name, from the copy on the dossier (010_pupil_copy.sql). */
#define DOSSIER_PUPIL_NAME						\
	"CONCAT_WS(' ', d.pupil_first_name, NULLIF(d.pupil_name_prefix, ''),"\
	" d.pupil_last_name)"
#define DOSSIER_SCOPE							\
	" (? OR (? AND d.school_id = ?) OR (? AND d.bestuur_id = ?)"	\
	" OR (? AND d.deelverband_id = ?)"				\
	" OR (? AND d.id IN (SELECT dossier_id FROM dossier_assignments"\
	"  WHERE user_id = ?)))"
#define DOSSIER_SCOPE_ARGS(sc)						\
	DB_INT((sc)->all), DB_INT((sc)->school != 0), DB_INT((sc)->school),\
	DB_INT((sc)->bestuur != 0), DB_INT((sc)->bestuur),		\
	DB_INT((sc)->deelverband != 0), DB_INT((sc)->deelverband),	\
	DB_INT((sc)->assigned != 0), DB_INT((sc)->assigned)
/* Every dossier; a form has at least one argument, here always 1. */
#define DOSSIER_SCOPE_ALL	" ? = 1"
#define DOSSIER_SCOPE_ASSIGNED						\
	" d.id IN (SELECT dossier_id FROM dossier_assignments"		\
	"  WHERE user_id = ?)"
#define DOSSIER_SCOPE_GENERAL						\
	" (d.school_id IN (SELECT org_id FROM role_assignments"		\
	"  WHERE user_id = ? AND role = 'school')"			\
	" OR d.bestuur_id IN (SELECT org_id FROM role_assignments"	\
	"  WHERE user_id = ? AND role = 'rvz')"				\
	" OR d.deelverband_id IN (SELECT org_id FROM role_assignments"	\
	"  WHERE user_id = ? AND role = 'coordinator')"			\
	" OR (d.id IN (SELECT dossier_id FROM dossier_assignments"	\
	"  WHERE user_id = ?) AND EXISTS (SELECT 1 FROM role_assignments"\
	"  WHERE user_id = ? AND role IN ('deskundige', 'coordinator'))))"
/*
 * STMT(x, scope, scope's arguments...) in the form sc wants: STMT is a
 * macro at the call site that places the scope in its statement; x is
 * passed through (a sort order, say).
 */
#define DOSSIER_IN_SCOPE(sc, STMT, x)					\
	((sc)->assigned_only ?						\
	STMT(x, DOSSIER_SCOPE_ASSIGNED, DB_INT((sc)->assigned)) :	\
	(sc)->all ? STMT(x, DOSSIER_SCOPE_ALL, DB_INT(1)) :		\
	(sc)->general != 0 ?						\
	STMT(x, DOSSIER_SCOPE_GENERAL, DB_INT((sc)->general),		\
	    DB_INT((sc)->general), DB_INT((sc)->general),		\
	    DB_INT((sc)->general), DB_INT((sc)->general)) :		\
	STMT(x, DOSSIER_SCOPE, DOSSIER_SCOPE_ARGS(sc)))
/*
 * A list's total from dossier_counts (025_list_counts.sql), alias c, in
 * a scope of schools and besturen only (dossier_scope_counted()): the
 * branches of DOSSIER_SCOPE on the counts' rows.
 */
#define DOSSIER_COUNTED_SCOPE						\
	" (? OR (? AND c.school_id = ?) OR (? AND c.bestuur_id = ?))"
#define DOSSIER_COUNTED_SCOPE_ARGS(sc)					\
	DB_INT((sc)->all), DB_INT((sc)->school != 0), DB_INT((sc)->school),\
	DB_INT((sc)->bestuur != 0), DB_INT((sc)->bestuur)

/* ADVISER1 and ADVISER2 write a TLV's first and second advice. */
enum assign_role { ASSIGN_HANDLER, ASSIGN_EXPERT, ASSIGN_DECIDER,
    ASSIGN_ADVISER1, ASSIGN_ADVISER2, ASSIGN__MAX };
extern const char *const assign_keys[ASSIGN__MAX + 1];
extern const char *const assign_labels[ASSIGN__MAX];

/* An expert's profession (users.profession), for the advices. */
enum profession { PROF_ORTHOPEDAGOOG, PROF_PSYCHOLOOG, PROF_JEUGDPSYCHOLOOG,
    PROF_ARTS, PROF_KINDERPSYCHIATER, PROF_PEDAGOOG, PROF_MW, PROF__MAX };
extern const char *const profession_keys[PROF__MAX + 1];
extern const char *const profession_labels[PROF__MAX];
const char	*profession_label(const char *key);
bool		 profession_may_advise(enum assign_role, const char *key);
const char	*profession_rule(enum assign_role);
bool		 trajdef_uses_advices(const struct trajdef *);
bool		 trajdef_decides(const struct trajdef *);
void		 dossier_profession_labels(struct dbres *);

struct dossier {
	long long		 id, type_id, def_id, pupil_id;
	long long		 extends;	/* the TLV decision it extends */
	long long		 school_id, bestuur_id, deelverband_id;
	const char		*state;
	const char		*version;
	const char		*type_name;
	const char		*pupil_name;
	const char		*school_name;
	const struct trajdef	*def;
	struct answers		 answers;
	struct answers		 files;		/* documents per file field */
	unsigned		 assigned;	/* bit per assign_role, this user */
	unsigned		 roles;		/* bit per role admitting this user */
	enum role		 role;		/* the broadest of them, for the log */
	long long		 org_id;	/* ...and its organisation */
	/* How many there are: a page spares itself the query for none. */
	long long		 nassignments, ndocuments, nshares, nadvices;
	long long		 ndecisions;	/* a TLV decision: 0 or 1 */
	bool			 rvz_approval;	/* the SWV's setting (021) */
};

bool	dossier_sees_all(const struct req *);
void	dossier_list_scope(const struct req *, struct dossier_scope *);
bool	dossier_scope_counted(const struct dossier_scope *);
int	dossier_load(struct req *, long long id, struct dossier *);
int	dossier_load_shared(struct req *, struct dossier *);
void	dossier_list_role(const struct req *, enum role *, long long *org_id);
bool	dossier_may_edit(const struct dossier *);
bool	dossier_may_take(const struct dossier *, const struct wf_transition *);
int	dossier_event(struct req *, long long dossier_id, const char *kind,
	    const char *label, const char *body);
int	dossier_access(struct req *, const struct dossier *,
	    const char *action, const char *object_type, long long object_id);
int	dossier_viewed(struct req *, const struct dossier *);
int	dossier_startable_types(struct req *, struct dbres *);
int	dossier_type_at_school(struct req *, long long type_id,
	    long long school_id, struct dbres *);
int	dossier_create(struct req *, enum role, long long type_id,
	    long long pupil, const struct dbres *t, const struct trajdef *,
	    const char *answers, long long extends, const char *label,
	    long long *id);

int	dossier_state_labels(struct req *, const struct dbres *,
	    const char *prefix);
const char *dossier_state_label(struct req *, long long def_id,
	    const char *state);
void	dossier_form_hdf(struct req *, const struct trajdef *,
	    const struct answers *);
void	dossier_sections_hdf(struct req *, const struct trajdef *,
	    const struct answers *, const char *const *keys, size_t nkeys);
const char *dossier_answer_text(struct arena *, const struct fd_field *,
	    const struct answers *);

#define TRAJ_MAX	(1024 * 1024)	/* bytes of a definition file */

const struct trajdef *traj_def(struct req *, long long def_id);
int	traj_mark_finished(struct db *);
int	traj_import(struct db *, struct arena *, const char *json, size_t len,
	    long long user_id, const char **err, long long *new_def);

#endif
