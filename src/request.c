/*
 * The accept loop and the request road. FastCGI through the FCGX API
 * with ClearSilver's cgiwrap emulation (fcgi_stdio does not reach into
 * libneo_cgi); when stdin is not a socket the same binary answers one
 * request as plain CGI, which the tests, valgrind and the fuzzers use.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>

#include "config.h"
#include "crypto.h"
#include "csrf.h"
#include "form.h"
#include "log.h"
#include "render.h"
#include "request.h"
#include "session.h"
#include "audit.h"
#include "text.h"
#include "upload.h"
#include "when.h"

extern char **environ;

static FCGX_Request fcgx;
static struct arena proc_arena;
static struct db proc_db;
static volatile sig_atomic_t stopping;

static int
cb_read(void *data, char *buf, int n)
{
	return FCGX_GetStr(buf, n, ((FCGX_Request *)data)->in);
}

static int
cb_writef(void *data, const char *fmt, va_list ap)
{
	return FCGX_VFPrintF(((FCGX_Request *)data)->out, fmt, ap) < 0;
}

static int
cb_write(void *data, const char *buf, int n)
{
	return FCGX_PutStr(buf, n, ((FCGX_Request *)data)->out);
}

/*
 * ClearSilver asks for some 76 names per request, most of them absent;
 * FCGX_GetParam calls strncmp for every parameter. Comparing the first
 * byte inline first makes the miss cheap.
 */
static char *
cb_getenv(void *data, const char *key)
{
	char **e = ((FCGX_Request *)data)->envp;
	size_t len = strlen(key);

	for (; *e != NULL; e++)
		if ((*e)[0] == key[0] && strncmp(*e, key, len) == 0 &&
		    (*e)[len] == '=')
			return strdup(*e + len + 1);
	return NULL;
}

static int
cb_iterenv(void *data, int i, char **k, char **v)
{
	char **envp = ((FCGX_Request *)data)->envp;
	char *eq;
	int n;

	*k = *v = NULL;
	for (n = 0; n < i && envp[n] != NULL; n++)
		;
	if (envp[n] == NULL || (eq = strchr(envp[n], '=')) == NULL)
		return 0;
	*k = strndup(envp[n], (size_t)(eq - envp[n]));
	*v = strdup(eq + 1);
	return 0;
}

/* An environment value from the server, copied into the arena. */
const char *
req_header(struct req *r, const char *name)
{
	char *v = NULL;
	const char *out;

	if (cgiwrap_getenv(name, &v) != STATUS_OK || v == NULL)
		return NULL;
	out = arena_strdup(r->arena, v);
	free(v);
	return out;
}

void
req_set(struct req *r, const char *key, const char *value)
{
	node_set(r->hdf, key, value);
}

void
req_setf(struct req *r, const char *key, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	node_set(r->hdf, key, arena_vprintf(r->arena, fmt, ap));
	va_end(ap);
}

void
req_set_int(struct req *r, const char *key, long long v)
{
	req_setf(r, key, "%lld", v);
}

static bool
named(const char *const *names, const char *name)
{
	if (names == NULL)
		return true;
	for (; *names != NULL; names++)
		if (strcmp(*names, name) == 0)
			return true;
	return false;
}

/* Rows for a template: prefix.N.column. */
void
req_set_rows(struct req *r, const char *prefix, const struct dbres *res)
{
	req_set_columns(r, prefix, res, NULL);
}

/*
 * The same, only the columns named (all when cols is NULL): every HDF
 * value costs an allocation or three, and a row of ten or more also a
 * hash table.
 */
void
req_set_columns(struct req *r, const char *prefix, const struct dbres *res,
    const char *const *cols)
{
	bool *shown = arena_alloc(r->arena, res->ncols + 1);
	HDF *row;
	size_t i, c;

	for (c = 0; c < res->ncols; c++)
		shown[c] = named(cols, res->cols[c]);
	for (i = 0; i < res->nrows; i++) {
		row = req_node(r, NULL, "%s.%zu", prefix, i);
		for (c = 0; c < res->ncols; c++)
			if (shown[c])
				node_set(row, res->cols[c], res->rows[i][c]);
	}
}

/* The names are the code's own: only running out of memory fails this. */
HDF *
req_node(struct req *r, HDF *under, const char *fmt, ...)
{
	va_list ap;
	HDF *node;
	char *name;

	va_start(ap, fmt);
	name = arena_vprintf(r->arena, fmt, ap);
	va_end(ap);
	if (hdf_get_node(under != NULL ? under : r->hdf, name, &node) !=
	    STATUS_OK)
		abort();
	return node;
}

/*
 * Nothing for NULL. A name ClearSilver refuses (an empty part, from a
 * request's field name, say) leaves the value unset; out of memory
 * aborts, as the arena does.
 */
void
node_set(HDF *node, const char *name, const char *value)
{
	NEOERR *err;

	if (value == NULL ||
	    (err = hdf_set_value(node, name, value)) == STATUS_OK)
		return;
	if (nerr_match(err, NERR_NOMEM))
		abort();
	nerr_ignore(&err);
}

void
node_set_int(HDF *node, const char *name, long long v)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%lld", v);
	node_set(node, name, buf);
}

void
req_set_cookie(struct req *r, const char *name, const char *value,
    long max_age)
{
	size_t i;
	char *c = arena_printf(r->arena, "%s=%s; Path=/; HttpOnly; "
	    "SameSite=Lax%s", name, value, config_dev() ? "" : "; Secure");

	if (max_age >= 0)
		c = arena_printf(r->arena, "%s; Max-Age=%ld", c, max_age);
	for (i = 0; i < sizeof(r->cookie) / sizeof(r->cookie[0]); i++)
		if (r->cookie[i] == NULL) {
			r->cookie[i] = c;
			return;
		}
	abort();
}

int
req_page(struct req *r, const char *tmpl)
{
	r->tmpl = tmpl;
	return 200;
}

/* Post/redirect/get: always to our own base URL, never the Host header. */
int
req_redirect(struct req *r, const char *path)
{
	r->location = arena_printf(r->arena, "%s%s",
	    config_str("Site.BaseURL", ""), path);
	return 303;
}

int
req_redirectf(struct req *r, const char *fmt, ...)
{
	va_list ap;
	char *path;

	va_start(ap, fmt);
	path = arena_vprintf(r->arena, fmt, ap);
	va_end(ap);
	return req_redirect(r, path);
}

/* The form goes back with what was typed and the errors beside it. */
int
req_invalid(struct req *r)
{
	int status = r->route->redisplay != NULL ? r->route->redisplay(r) : 400;

	if (status != 200)
		return status;
	form_echo(r);
	return 422;
}

/*
 * Optimistic locking lost: someone saved since this form was loaded. The
 * form comes back with what this user typed and the stored version, so a
 * second save is a deliberate overwrite, never a silent one. The message
 * stands beside field, the first the form shows; what is "deze leerling".
 */
int
req_conflict(struct req *r, const char *field, const char *what,
    const char *stored_version)
{
	int status;

	form_error(r, field, arena_printf(r->arena, "Iemand anders heeft %s "
	    "intussen gewijzigd. Controleer de gegevens hieronder opnieuw; "
	    "uw invoer staat er nog.", what));
	if ((status = req_invalid(r)) != 422)
		return status;
	form_value(r, "version", stored_version);
	return 409;
}

int
req_text(struct req *r, int status, const char *text)
{
	r->text = text;
	return status;
}

int
req_bytes(struct req *r, const char *type, const char *data, size_t len)
{
	r->body = data;
	r->body_len = len;
	r->body_type = type;
	return 200;
}

/* Bytes in memory, offered as a download under name. */
int
req_attachment(struct req *r, const char *type, const char *data, size_t len,
    const char *name)
{
	r->body_name = name;
	return req_bytes(r, type, data, len);
}

/* A file, sent as an attachment under its own name; closed after. */
int
req_download(struct req *r, FILE *fp, size_t len, const char *type,
    const char *name)
{
	r->body_file = fp;
	r->body_len = len;
	r->body_type = type;
	r->body_name = name;
	return 200;
}

static const char *
status_text(int status)
{
	switch (status) {
	case 200: return "OK";
	case 303: return "See Other";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 410: return "Gone";
	case 413: return "Payload Too Large";
	case 422: return "Unprocessable Content";
	case 429: return "Too Many Requests";
	case 503: return "Service Unavailable";
	case 507: return "Insufficient Storage";
	default: return "Internal Server Error";
	}
}

/*
 * A download is never shown in the browser, and keeps its own name
 * (RFC 6266: plain ASCII for old clients, the real name in UTF-8 beside
 * it). The name was checked for control characters when it came in.
 */
static void
write_disposition(struct req *r)
{
	const char *name = r->body_name;
	char *ascii = arena_alloc(r->arena, strlen(name) + 1), *q = ascii;
	char *utf8 = arena_alloc(r->arena, 3 * strlen(name) + 1);
	const unsigned char *p;

	/* One '_' for each character the plain name cannot carry. */
	for (p = (const unsigned char *)name; *p != '\0'; p++)
		if ((*p & 0xc0) != 0x80)
			*q++ = *p < 0x20 || *p > 0x7e || *p == '"' ||
			    *p == '\\' || *p == '%' ? '_' : (char)*p;
	*q = '\0';
	url_encode(name, utf8);
	/* FCGX_VFPrintF knows no %zu. */
	cgiwrap_writef("Content-Length: %lu\r\nContent-Disposition: "
	    "attachment; filename=\"%s\"; filename*=UTF-8''%s\r\n",
	    (unsigned long)r->body_len, ascii, utf8);
}

/* Every response, page or not, carries these. */
void
req_write_head(struct req *r, int status, const char *ctype)
{
	size_t i;

	cgiwrap_writef("Status: %d %s\r\n", status, status_text(status));
	cgiwrap_writef("Content-Type: %s\r\n", ctype);
	cgiwrap_writef("%s", "Content-Security-Policy: default-src 'self'; "
	    "script-src 'self'; style-src 'self'; img-src 'self' data:; "
	    "form-action 'self'; base-uri 'none'; object-src 'none'; ");
	/* A page that may be framed names who may: CSP alone, as
	 * X-Frame-Options can only say no or same origin. */
	if (r->frame_ancestors != NULL)
		cgiwrap_writef("frame-ancestors 'self' %s\r\n",
		    r->frame_ancestors);
	else
		cgiwrap_writef("%s", "frame-ancestors 'none'\r\n"
		    "X-Frame-Options: DENY\r\n");
	cgiwrap_writef("%s", "X-Content-Type-Options: nosniff\r\n"
	    "Referrer-Policy: same-origin\r\n");
	/* Only a public file, such as the logo, may be kept by a browser. */
	cgiwrap_writef("Cache-Control: %s\r\n", r->body != NULL &&
	    r->route != NULL && r->route->perm == PERM_PUBLIC ?
	    "public, max-age=300" : "no-store");
	for (i = 0; i < sizeof(r->cookie) / sizeof(r->cookie[0]); i++)
		if (r->cookie[i] != NULL)
			cgiwrap_writef("Set-Cookie: %s\r\n", r->cookie[i]);
	if (r->location != NULL)
		cgiwrap_writef("Location: %s\r\n", r->location);
	if (r->body_name != NULL && status == 200)
		write_disposition(r);
	cgiwrap_writef("%s", "\r\n");
}

/*
 * Parameters: no duplicates (x=1&x=2 gives Query.x.0), no dotted names
 * (a.b nests), and valid UTF-8 everywhere. None of our forms needs any of
 * that, so it is a request error, not something to guess about. The one
 * exception: in a multipart body ClearSilver itself hangs .Type and
 * .FileHandle under an uploaded file; those are checked where files are
 * read (upload.c), which closes ClearSilver pitfall 1.
 */
static bool
params_ok(struct req *r)
{
	HDF *q = hdf_get_obj(r->hdf, "Query"), *c, *k;
	const char *ctype = hdf_get_value(r->hdf, "CGI.ContentType", "");
	bool multipart = strncmp(ctype, "multipart/form-data", 19) == 0;

	for (c = q != NULL ? hdf_obj_child(q) : NULL; c != NULL;
	    c = hdf_obj_next(c)) {
		const char *v = hdf_obj_value(c), *n = hdf_obj_name(c);

		if (!utf8_valid(n, strlen(n)) ||
		    (v != NULL && !utf8_valid(v, strlen(v))))
			return false;
		for (k = hdf_obj_child(c); k != NULL; k = hdf_obj_next(k))
			if (!multipart || hdf_obj_child(k) != NULL ||
			    (strcmp(hdf_obj_name(k), "Type") != 0 &&
			    strcmp(hdf_obj_name(k), "FileHandle") != 0))
				return false;
	}
	return true;
}

static const struct route *
route_find(struct req *r, bool *other_method)
{
	size_t i;

	*other_method = false;
	for (i = 0; i < r->app->nroutes; i++) {
		const struct route *rt = &r->app->routes[i];

		if (!route_match(rt->pattern, r->path, &r->args))
			continue;
		if (rt->method == r->method)
			return rt;
		*other_method = true;
	}
	return NULL;
}

/*
 * The handler, for POST inside one transaction. A deadlock or lock wait
 * timeout rolls back and runs it again from the same starting point: what
 * the first attempt changed in the request (session, cookies, errors) is
 * undone too.
 */
static int
run_handler(struct req *r)
{
	struct session sess = r->sess;
	struct user user = r->user;
	int attempt, status = 500;

	if (r->method == METHOD_GET)
		return r->route->handler(r);
	for (attempt = 0; attempt < 3; attempt++) {
		if (attempt > 0) {
			log_warn("deadlock or lock timeout, retrying");
			r->sess = sess;
			r->user = user;
			memset(r->cookie, 0, sizeof(r->cookie));
			r->nerrors = 0;
			r->keep = false;
			r->location = r->tmpl = r->text = NULL;
			hdf_remove_tree(r->hdf, "Errors");
			hdf_remove_tree(r->hdf, "Field");
		}
		if (db_begin(r->db) != 0)
			return 503;
		status = r->route->handler(r);
		if ((status < 400 || r->keep) && db_commit(r->db) == 0) {
			if (r->unlink_on_commit != NULL)
				unlink(r->unlink_on_commit);
			return status;
		}
		db_rollback(r->db);
		/* No record points to it now: a file never outlives its row. */
		if (r->unlink_on_rollback != NULL)
			unlink(r->unlink_on_rollback);
		r->unlink_on_rollback = r->unlink_on_commit = NULL;
		if (!r->db->retry)
			return status;
	}
	return 503;	/* still locked after three tries: busy, not broken */
}

/* Checks that need no database: method, query-string smuggling. */
static int
precheck(struct req *r, const char *method)
{
	const char *qs = req_header(r, "QUERY_STRING");
	const char *uri = req_header(r, "REQUEST_URI");

	if (method == NULL || uri == NULL || *uri != '/')
		return 400;
	if (strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0)
		r->method = METHOD_GET;
	else if (strcmp(method, "POST") == 0)
		r->method = METHOD_POST;
	else
		return 405;
	/* A POST takes its fields from the body only. */
	if (r->method == METHOD_POST && qs != NULL && *qs != '\0')
		return 400;
	r->path = arena_strndup(r->arena, uri, strcspn(uri, "?"));
	r->ip = req_header(r, "REMOTE_ADDR");
	if (r->ip == NULL)
		r->ip = "";
	return 0;
}

/*
 * The route, and the largest body it takes: the fields' share plus each
 * file field's limit. ClearSilver mallocs Content-Length bytes of a
 * urlencoded body unchecked (a multipart one goes to temporary files), so
 * this is refused before it reads anything.
 */
static int
route_pick(struct req *r)
{
	const char *len = req_header(r, "CONTENT_LENGTH");
	const struct route *rt;
	long long max = config_int("Request.MaxBody", 1024 * 1024);
	size_t i;
	bool other;

	if ((rt = route_find(r, &other)) == NULL)
		return other ? 405 : 404;
	r->route = rt;
	for (i = 0; rt->form != NULL && i < rt->form->nfields; i++)
		if (rt->form->fields[i].type == FT_FILE)
			max += (long long)upload_max(&rt->form->fields[i]);
	if (len != NULL && *len != '\0' &&
	    (strspn(len, "0123456789") != strlen(len) || strlen(len) > 12 ||
	    atoll(len) > max))
		return 413;
	return 0;
}

static int
dispatch(struct req *r)
{
	const struct route *rt = r->route;

	if (db_connect(r->db) != 0)
		return 503;
	db_settle(r->db);	/* nothing left open; a gone server retried */
	if (sess_load(r) != 0)
		return 503;
	if (r->method == METHOD_POST && !csrf_check(r)) {
		log_warn("csrf check failed on %s", rt->pattern);
		return 403;
	}
	switch (perm_check(rt->perm, r->sess.state, r->user.rolemask)) {
	case PERM_OK:
		break;
	case PERM_NEED_LOGIN:
		if (r->method == METHOD_GET)
			return req_redirect(r, "/inloggen");
		return 403;
	case PERM_NEED_CODE:
		return req_redirect(r, "/inloggen/code");
	case PERM_NEED_ENROL:
		return req_redirect(r, "/inloggen/2fa");
	case PERM_NEED_GUEST:
		if (r->method == METHOD_GET)
			return req_redirect(r, "/gast");
		return 403;
	case PERM_DENIED:
		audit_denied(r);
		return 403;
	}
	/* A GET form is a filter: the page shows, without the bad values. */
	if (rt->form != NULL) {
		form_validate(r, rt->form);
		if (r->nerrors > 0 && r->method == METHOD_POST)
			return req_invalid(r);
	}
	return run_handler(r);
}

static void
serve(const struct app *app)
{
	struct req r;
	unsigned char id[8];
	HDF *hdf = NULL;
	NEOERR *err;
	const char *method;
	int status;

	memset(&r, 0, sizeof(r));
	r.arena = &proc_arena;
	r.db = &proc_db;
	r.app = app;
	crypto_random(id, sizeof(id));
	hex_encode(id, sizeof(id), r.ref);
	log_set_ref(r.ref);

	method = req_header(&r, "REQUEST_METHOD");
	if ((status = precheck(&r, method)) != 0 ||
	    (status = route_pick(&r)) != 0)
		goto respond;
	if ((err = hdf_init(&hdf)) != STATUS_OK ||
	    (err = render_request_config(hdf)) != STATUS_OK) {
		if (hdf != NULL)
			hdf_destroy(&hdf);
		nerr_log_error(err);
		nerr_ignore(&err);
		status = 500;
		goto respond;
	}
	if ((err = cgi_init(&r.cgi, hdf)) != STATUS_OK) {
		/* cgi_init owns hdf even when it fails */
		nerr_log_error(err);
		nerr_ignore(&err);
		status = 500;
		goto respond;
	}
	r.hdf = r.cgi->hdf;
	if ((err = cgi_parse(r.cgi)) != STATUS_OK) {
		nerr_ignore(&err);
		status = 400;
		goto respond;
	}
	if (!params_ok(&r)) {
		status = 400;
		goto respond;
	}
	status = dispatch(&r);
respond:
	if (status == 500)
		log_error("request failed: %s %s", method != NULL ? method : "-",
		    r.route != NULL ? r.route->pattern : "-");
	render_response(&r, status);
	if (r.body_file != NULL)
		fclose(r.body_file);
	if (r.cgi != NULL)
		cgi_destroy(&r.cgi);
	arena_reset(r.arena);
	log_set_ref(NULL);
}

static void
on_term(int sig)
{
	(void)sig;
	stopping = 1;
	FCGX_ShutdownPending();
}

int
app_main(int argc, char **argv, const struct app *app)
{
	struct sigaction sa;
	long max, n = 0;
	int rc = 1;

	log_init(app->name);
	when_init();
	if (config_load() != 0)
		return 1;
	if (mysql_library_init(0, NULL, NULL) != 0 || render_init() != 0)
		goto out;
	if (FCGX_Init() != 0)
		goto out;
	if (FCGX_IsCGI()) {
		cgiwrap_init_std(argc, argv, environ);
		serve(app);
		rc = 0;
		goto out;
	}
	/*
	 * No SA_RESTART: the signal interrupts accept() and the worker leaves
	 * through the normal exit (multiwatch asks with USR1, systemd and
	 * spawn-fcgi with TERM).
	 */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGUSR1, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	/* Without FAIL_ACCEPT_ON_INTR libfcgi retries accept() and never stops. */
	FCGX_InitRequest(&fcgx, 0, FCGI_FAIL_ACCEPT_ON_INTR);
	cgiwrap_init_emu(&fcgx, cb_read, cb_writef, cb_write, cb_getenv,
	    NULL, cb_iterenv);
	/* Recycled after max requests: the supervisor starts a fresh one. */
	max = config_int("Server.MaxRequests", 10000);
	while (!stopping && FCGX_Accept_r(&fcgx) >= 0) {
		serve(app);
		FCGX_Finish_r(&fcgx);
		if (++n >= max)
			break;
	}
	FCGX_Free(&fcgx, 1);
	rc = 0;
out:
	render_free();
	db_close(&proc_db);
	mysql_library_end();
	config_free();
	arena_free(&proc_arena);
	crypto_cleanup();
	upload_cleanup();
	return rc;
}
