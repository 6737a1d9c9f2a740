/*
 * The request road. A module program lists its routes and calls
 * app_main(); every request then travels the same steps:
 *
 *   parse -> route -> load session -> CSRF on POST -> permission ->
 *   validate the form -> handler (POST: in one transaction) ->
 *   render -> free the request arena
 *
 * A handler sees only validated fields and contains only what is
 * particular to its page.
 */
#ifndef PASSEND_REQUEST_H
#define PASSEND_REQUEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <ClearSilver.h>

#include "arena.h"
#include "db.h"
#include "perm.h"
#include "route.h"

struct req;
typedef int (*handler_fn)(struct req *);

enum method { METHOD_GET, METHOD_POST };

enum field_type {
	FT_TEXT,		/* one line */
	FT_TEXTAREA,		/* newlines allowed */
	FT_EMAIL,		/* lower-cased */
	FT_PASSWORD,		/* never shown back, never trimmed */
	FT_TOTP,
	FT_ID,			/* a positive database id */
	FT_BOOL,		/* a checkbox: present or not */
	FT_CHOICE,		/* one of choices[] */
	FT_BRIN,
	FT_VESTIGING,
	FT_POSTCODE,
	FT_DATE,
	FT_PHONE,
	FT_TOKEN,		/* opaque, from a hidden field */
	FT_FILE,		/* max in bytes (0: the document limit),
				   choices the MIME types allowed */
	FT_TICKET,		/* csrf_ticket(): i is its age in seconds */
};

struct field {
	const char		*name;
	const char		*label;		/* for the error summary */
	enum field_type		 type;
	size_t			 max;		/* characters */
	bool			 required;
	const char *const	*choices;	/* FT_CHOICE: NULL-terminated */
};

struct form {
	const struct field	*fields;
	size_t			 nfields;
};

#define FORM(f)	{ (f), sizeof(f) / sizeof((f)[0]) }

/*
 * A validated value: s is the text ("" if absent), i the parsed number.
 * For a file: fp the temporary file, i its length, type what libmagic
 * saw, name the checked file name the browser sent.
 */
struct fval {
	const char	*s;
	long long	 i;
	const char	*type;
	const char	*name;
	FILE		*fp;
	bool		 set;
};

struct route {
	enum method		 method;
	const char		*pattern;
	handler_fn		 handler;
	enum perm		 perm;
	const struct form	*form;		/* POST: checked on the road */
	handler_fn		 redisplay;	/* the page a failed form returns to */
};

struct app {
	const char		*name;
	const struct route	*routes;
	size_t			 nroutes;
};

/* A role and the organisation it is scoped to. */
struct role_assignment {
	enum role	 role;
	long long	 org_id;
	const char	*org_name;
};

struct user {
	long long	 id;
	const char	*name;
	const char	*email;
	const char	*profession;	/* an expert's, or NULL */
	unsigned	 rolemask;
	struct role_assignment *ra;
	size_t		 nra;
};

struct session {
	long long	 id;
	enum auth_state	 state;
	char		 token[64];	/* raw, from the cookie: seeds CSRF */
	/* AUTH_GUEST: the share, its dossier, and who invited the guest */
	long long	 share_id, share_dossier, share_by;
	const char	*guest_name;
};

struct req {
	struct arena		*arena;
	struct db		*db;
	CGI			*cgi;
	HDF			*hdf;
	const struct app	*app;
	const struct route	*route;
	struct route_args	 args;
	enum method		 method;
	const char		*path;
	const char		*ip;
	char			 ref[17];	/* shown on error pages */

	struct session		 sess;
	struct user		 user;
	const char		*swv_name;	/* for the page header */
	bool			 swv_logo;
	/* 009_reference_version.sql; 0 without a session */
	long long		 reference_version;
	char			 csrf_seed[64];
	bool			 set_pre;	/* new anonymous CSRF cookie */

	const struct form	*form;
	struct fval		*f;		/* f[i] for form->fields[i] */
	int			 nerrors;

	int			 status;
	const char		*tmpl;
	const char		*text;		/* a text/plain answer instead */
	const char		*body;		/* or bytes of body_type */
	FILE			*body_file;	/* or a file of body_len bytes */
	size_t			 body_len;
	const char		*body_type;
	const char		*body_name;	/* offered as a download */
	const char		*unlink_on_rollback;	/* a file just stored */
	const char		*unlink_on_commit;	/* a file let go of */
	const char		*location;
	const char		*frame_ancestors; /* who may frame the page */
	const char		*cookie[3];	/* Set-Cookie values */
	bool			 keep;		/* commit although status >= 400 */
};

int	 app_main(int, char **, const struct app *);

/* What handlers return: an HTTP status. A page sets r->tmpl first. */
int	 req_page(struct req *, const char *tmpl);
int	 req_redirect(struct req *, const char *path);
int	 req_redirectf(struct req *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
int	 req_text(struct req *, int status, const char *text);
int	 req_bytes(struct req *, const char *type, const char *, size_t);
int	 req_attachment(struct req *, const char *type, const char *,
	    size_t, const char *name);
int	 req_download(struct req *, FILE *, size_t, const char *type,
	    const char *name);
int	 req_invalid(struct req *);
int	 req_conflict(struct req *, const char *field, const char *what,
	    const char *stored_version);

void	 req_set(struct req *, const char *key, const char *value);
void	 req_setf(struct req *, const char *key, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
void	 req_set_int(struct req *, const char *key, long long);
void	 req_set_rows(struct req *, const char *prefix, const struct dbres *);
void	 req_set_columns(struct req *, const char *prefix,
	    const struct dbres *, const char *const *cols);
/*
 * Where a page sets many values under one node: find or make the node
 * once (under the root when under is NULL), then set its children by
 * their short names instead of walking a full path for each.
 */
HDF	*req_node(struct req *, HDF *under, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
void	 node_set(HDF *, const char *name, const char *value);
void	 node_set_int(HDF *, const char *name, long long);
void	 req_set_cookie(struct req *, const char *name, const char *value,
	    long max_age);
const char *req_header(struct req *, const char *cgi_name);

/* Forms */
void	 form_error(struct req *, const char *field, const char *msg);
void	 form_error_label(struct req *, const char *field, const char *label,
	    const char *msg);
void	 form_value(struct req *, const char *field, const char *value);
void	 form_fill(struct req *, const struct dbres *, size_t row);

#endif
