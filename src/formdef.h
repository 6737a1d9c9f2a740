/*
 * Trajectory definitions as the SWV designs them: a request form
 * (sections of fields) and a workflow (states and transitions), kept
 * as one JSON document so that SWVs can share them as a file.
 *
 * Everything here is pure: text in, arena structures and Dutch
 * messages out. Parsing checks the whole definition, so nothing the
 * program later renders or validates against can be malformed.
 *
 * Answers are a flat map of strings. Each value has the name of the
 * form input that carries it:
 *   text, textarea, number, date, choice, yesno, file   KEY
 *   multi (one checkbox per option)                     KEY-OPTION
 *   table (rows 1..max, one input per column)           KEY-ROW-COLUMN
 * Keys and option values are [a-z0-9_], so "-" never occurs in them.
 */
#ifndef PASSEND_FORMDEF_H
#define PASSEND_FORMDEF_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

enum fd_type {
	FD_TEXT,		/* one line, max characters (default 200) */
	FD_TEXTAREA,		/* max characters (default 4000) */
	FD_NUMBER,		/* whole number, optional min/max */
	FD_DATE,		/* YYYY-MM-DD, an existing date */
	FD_CHOICE,		/* one of options */
	FD_MULTI,		/* any of options */
	FD_YESNO,		/* "ja" or "nee" */
	FD_FILE,		/* documents attached to this field */
	FD_TABLE,		/* rows of columns; max = rows */
	FD__MAX
};

extern const char *const fd_type_keys[FD__MAX + 1];	/* "text", ... */

struct fd_option {
	const char	*value;
	const char	*label;
};

struct fd_field {
	const char		*key;
	const char		*label;
	const char		*help;		/* "" if none */
	enum fd_type		 type;
	bool			 required;
	size_t			 max;		/* characters, or table rows */
	bool			 has_min, has_max;
	long long		 min_value, max_value;	/* FD_NUMBER */
	struct fd_option	*options;	/* FD_CHOICE, FD_MULTI */
	size_t			 noptions;
	struct fd_field		*columns;	/* FD_TABLE: text, number, date, choice */
	size_t			 ncolumns;
	bool			 has_signal;	/* FD_DATE: a signal once the */
	int			 signal_days;	/* date is this many days away */
	const char		*show_field;	/* shown only when that field... */
	const char		*show_value;	/* ...has this answer; NULL: always */
};

struct fd_section {
	const char		*key;
	const char		*title;
	const char		*instructions;	/* "" if none */
	struct fd_field		*fields;
	size_t			 nfields;
};

struct wf_state {
	const char	*key;
	const char	*label;
	bool		 initial;	/* exactly one */
	bool		 final;
	bool		 school_edits;	/* the school may change the answers */
	int		 signal_days;	/* 0: no signal for waiting here */
};

/* Named checks a transition can require; the program evaluates them. */
enum wf_check {
	WF_CHECK_COMPLETE,	/* every required answer given and valid */
	WF_CHECK_HANDLER,	/* a handler is assigned */
	WF_CHECK_EXPERT,	/* an expert is assigned */
	WF_CHECK_ADVISERS,	/* both advisers are assigned */
	WF_CHECK_ADVICES,	/* both advices signed, not by the one acting */
	WF_CHECK_DECISION,	/* taken with the TLV decision form only */
	WF_CHECK__MAX
};
extern const char *const wf_check_keys[WF_CHECK__MAX + 1];
#define WF_ADVICE_CHECKS	((1u << WF_CHECK_ADVISERS) | (1u << WF_CHECK_ADVICES))

/* Who a transition notifies. */
enum wf_notify {
	WF_NOTIFY_SCHOOL,	/* school staff of the dossier's school */
	WF_NOTIFY_SWV,		/* SWV staff */
	WF_NOTIFY_ASSIGNED,	/* everyone assigned to the dossier */
	WF_NOTIFY_RVZ,		/* the RVZ of the school's bestuur */
	WF_NOTIFY__MAX
};
extern const char *const wf_notify_keys[WF_NOTIFY__MAX + 1];

/* When a transition exists at all: a setting of the SWV decides. */
enum wf_when {
	WF_WHEN_ALWAYS,
	WF_WHEN_RVZ,		/* the SWV asks the RVZ to approve first */
	WF_WHEN_NO_RVZ,		/* ...and when it does not */
	WF_WHEN__MAX
};
extern const char *const wf_when_keys[WF_WHEN__MAX + 1];

struct wf_transition {
	const char	*key;
	const char	*label;		/* the button */
	const char	*from;		/* state keys */
	const char	*to;
	unsigned	 roles;		/* bit per enum role (perm.h) */
	unsigned	 checks;	/* bit per enum wf_check */
	unsigned	 notify;	/* bit per enum wf_notify */
	enum wf_when	 when;
};

struct trajdef {
	const char		*key;		/* [a-z0-9_], e.g. "tlv" */
	const char		*name;		/* "Toelaatbaarheidsverklaring" */
	struct fd_section	*sections;
	size_t			 nsections;
	struct wf_state		*states;
	size_t			 nstates;
	struct wf_transition	*transitions;
	size_t			 ntransitions;
};

/*
 * Parses and checks a definition. Returns 0, or -1 with *err set to a
 * Dutch message that names the place of the problem (for the import
 * page: "Regel 3: ..." for bad JSON, "Veld 'x': ..." otherwise).
 */
int	 trajdef_parse(struct arena *, const char *json, size_t len,
	    struct trajdef *, const char **err);

/* The definition as JSON again (for export); parse(json(d)) == d. */
char	*trajdef_json(struct arena *, const struct trajdef *);

const struct fd_section	*trajdef_section(const struct trajdef *,
			    const char *key);
const struct fd_field	*trajdef_field(const struct trajdef *, const char *key);
const struct wf_state	*trajdef_state(const struct trajdef *, const char *key);
const struct wf_transition *trajdef_transition(const struct trajdef *,
			    const char *key);

/* A flat map of answers, in the order the form defines them. */
struct answers {
	size_t		  n;
	const char	**names;
	const char	**values;
};

const char	*answers_get(const struct answers *, const char *name);
int		 answers_parse(struct arena *, const char *json, size_t len,
		    struct answers *);	/* a JSON object of strings */
char		*answers_json(struct arena *, const struct answers *);

/* Is the field shown, given these answers? (show_field/show_value) */
bool		 fd_visible(const struct fd_field *, const struct answers *);

struct fd_error {
	const char	*name;		/* the input (as above) */
	const char	*label;		/* the field's label, for the summary */
	const char	*msg;		/* Dutch */
};

/*
 * Checks what was posted against the form. get(ctx, name) returns the
 * raw posted value of an input or NULL. Values are trimmed; values of
 * hidden fields and names the form does not define are dropped; empty
 * values are not stored. A malformed value (31-02, letters in a number,
 * an option not offered, too long, control characters) is always an
 * error; a missing required answer only when submit is true. The
 * cleaned answers are in *out, even when there are errors, so that the
 * page can show back everything the user typed (out keeps malformed
 * values too; they are what the user sees, not what is stored when
 * errors are returned). Returns the number of errors, *errs in form order.
 */
size_t	 fd_check(struct arena *, const struct trajdef *,
	    const char *(*get)(void *ctx, const char *name), void *ctx,
	    bool submit, struct answers *out, struct fd_error **errs);

#endif
