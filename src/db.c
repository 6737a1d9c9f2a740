#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <mysqld_error.h>
#include <errmsg.h>

#include "arena.h"
#include "config.h"
#include "db.h"
#include "log.h"

#define DB_MAXPARAMS	64

/* Connect lazily, after the fork; never inherit a connection. */
int
db_connect(struct db *db)
{
	unsigned int timeout = 5;
	my_bool off = 0;
	MYSQL *my;

	if (db->my != NULL)
		return 0;
	if ((my = mysql_init(NULL)) == NULL)
		return -1;
	mysql_optionsv(my, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_optionsv(my, MYSQL_INIT_COMMAND,
	    "SET SESSION sql_mode='STRICT_ALL_TABLES,NO_ZERO_DATE,"
	    "NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION',"
	    " time_zone='+00:00'");
	mysql_optionsv(my, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	timeout = 30;
	mysql_optionsv(my, MYSQL_OPT_READ_TIMEOUT, &timeout);
	mysql_optionsv(my, MYSQL_OPT_WRITE_TIMEOUT, &timeout);
	mysql_optionsv(my, MYSQL_OPT_RECONNECT, &off);
	if (mysql_real_connect(my, NULL, config_str("DB.User", "passend"),
	    config_str("DB.Password", ""), config_str("DB.Name", "passend"), 0,
	    config_str("DB.Socket", "/run/mysqld/mysqld.sock"), 0) == NULL) {
		log_error("database connect failed: %u", mysql_errno(my));
		mysql_close(my);
		return -1;
	}
	db->my = my;
	/* How long a write waits for another's lock before we retry it. */
	if (DB_EXEC(db, NULL, NULL, "SET SESSION innodb_lock_wait_timeout = ?",
	    DB_INT(config_int("DB.LockWaitSeconds", 10))) != 0) {
		db_close(db);
		return -1;
	}
	return 0;
}

void
db_close(struct db *db)
{
	size_t i;

	for (i = 0; i < db->nstmt; i++)
		mysql_stmt_close(db->stmt[i].st);
	db->nstmt = 0;
	if (db->my != NULL)
		mysql_close(db->my);
	db->my = NULL;
	db->in_tx = false;
}

/* Only structural errors carry a message safe to log: others may quote data. */
static void
db_fail(struct db *db, unsigned int err, const char *sqlstate, const char *sql)
{
	db->err = err;
	db->retry = err == ER_LOCK_DEADLOCK || err == ER_LOCK_WAIT_TIMEOUT;
	if (err == DB_ERR_DUPLICATE || err == DB_ERR_FOREIGN_KEY)
		return;		/* the caller turns these into a form message */
	log_error("database error %u (%s) in: %.60s", err, sqlstate, sql);
	if (err == CR_SERVER_GONE_ERROR || err == CR_SERVER_LOST ||
	    err == CR_CONNECTION_ERROR || err == CR_CONN_HOST_ERROR ||
	    err == ER_CONNECTION_KILLED)
		db_close(db);	/* reconnect on the next request */
}

int
db_ping(struct db *db)
{
	if (db_connect(db) != 0)
		return -1;
	if (mysql_ping(db->my) != 0) {
		db_fail(db, mysql_errno(db->my), mysql_sqlstate(db->my), "ping");
		db_close(db);
		return -1;
	}
	return 0;
}

/*
 * The first statement of a request found the connection gone (db_fail
 * closed it): the server went away since the last request, nothing of
 * this one is written yet, and a new connection may answer. Once only.
 */
static bool
reconnected(struct db *db)
{
	bool again = db->fresh && db->my == NULL;

	db->fresh = false;
	return again && db_connect(db) == 0;
}

int
db_raw(struct db *db, const char *sql, size_t len)
{
	if (db->my == NULL && db_connect(db) != 0)
		return -1;
	while (mysql_real_query(db->my, sql, (unsigned long)len) != 0) {
		db_fail(db, mysql_errno(db->my), mysql_sqlstate(db->my), sql);
		if (!reconnected(db))
			return -1;
	}
	db->fresh = false;
	return 0;
}

int
db_begin(struct db *db)
{
	if (db_raw(db, "START TRANSACTION", 17) != 0)
		return -1;
	db->in_tx = true;
	return 0;
}

int
db_commit(struct db *db)
{
	if (db_raw(db, "COMMIT", 6) != 0)
		return -1;
	db->in_tx = false;
	return 0;
}

void
db_rollback(struct db *db)
{
	if (db->my != NULL)
		mysql_rollback(db->my);
	db->in_tx = false;
}

/* At the start of a request: nothing left open by the one before. */
void
db_settle(struct db *db)
{
	if (db->in_tx)
		db_rollback(db);
	db->fresh = true;
}

static MYSQL_STMT *
stmt_get(struct db *db, const char *sql)
{
	MYSQL_STMT *st;
	my_bool on = 1;
	size_t i;

	for (i = 0; i < db->nstmt; i++)
		if (db->stmt[i].sql == sql)
			return db->stmt[i].st;
	if ((st = mysql_stmt_init(db->my)) == NULL) {
		db_fail(db, mysql_errno(db->my), mysql_sqlstate(db->my), sql);
		return NULL;
	}
	if (mysql_stmt_prepare(st, sql, (unsigned long)strlen(sql)) != 0) {
		db_fail(db, mysql_stmt_errno(st), mysql_stmt_sqlstate(st), sql);
		mysql_stmt_close(st);
		return NULL;
	}
	mysql_stmt_attr_set(st, STMT_ATTR_UPDATE_MAX_LENGTH, &on);
	if (db->nstmt == DB_STMT_CACHE) {	/* full: start over */
		for (i = 0; i < db->nstmt; i++)
			mysql_stmt_close(db->stmt[i].st);
		db->nstmt = 0;
	}
	db->stmt[db->nstmt].sql = sql;
	db->stmt[db->nstmt++].st = st;
	return st;
}

/* Bind the DB_END-terminated parameters to the (cached) statement, execute. */
static MYSQL_STMT *
db_run(struct db *db, const char *sql, va_list ap)
{
	MYSQL_BIND bind[DB_MAXPARAMS];
	struct dbp p[DB_MAXPARAMS];
	unsigned long len[DB_MAXPARAMS];
	MYSQL_STMT *st;
	size_t n = 0;

	db->err = 0;
	db->retry = false;
	if (db->my == NULL && db_connect(db) != 0) {
		db->err = CR_CONNECTION_ERROR;
		return NULL;
	}
	memset(bind, 0, sizeof(bind));
	for (;;) {
		struct dbp v = va_arg(ap, struct dbp);

		if (v.t == DBP_END)
			break;
		if (n == DB_MAXPARAMS)
			abort();	/* a programming error, not input */
		p[n] = v;
		switch (v.t) {
		case DBP_INT:
			bind[n].buffer_type = MYSQL_TYPE_LONGLONG;
			bind[n].buffer = &p[n].i;
			break;
		case DBP_STR:
		case DBP_BIN:
			bind[n].buffer_type = v.t == DBP_STR ?
			    MYSQL_TYPE_STRING : MYSQL_TYPE_BLOB;
			bind[n].buffer = (void *)v.s;
			len[n] = (unsigned long)v.n;
			bind[n].buffer_length = len[n];
			bind[n].length = &len[n];
			break;
		case DBP_NULL:
		case DBP_END:
			bind[n].buffer_type = MYSQL_TYPE_NULL;
			break;
		}
		n++;
	}
	for (;;) {
		unsigned int err;

		if ((st = stmt_get(db, sql)) == NULL) {
			if (reconnected(db))
				continue;
			return NULL;
		}
		if (mysql_stmt_param_count(st) == n &&
		    (n == 0 || mysql_stmt_bind_param(st, bind) == 0) &&
		    mysql_stmt_execute(st) == 0)
			break;
		if ((err = mysql_stmt_errno(st)) == 0) {
			log_error("parameter count mismatch in: %.60s", sql);
			err = CR_UNKNOWN_ERROR;
		}
		db_fail(db, err, mysql_stmt_sqlstate(st), sql);
		if (!reconnected(db))
			return NULL;
	}
	db->fresh = false;
	return st;
}

int
db_exec_(struct db *db, unsigned long long *affected, long long *id,
    const char *sql, ...)
{
	MYSQL_STMT *st;
	va_list ap;

	va_start(ap, sql);
	st = db_run(db, sql, ap);
	va_end(ap);
	if (st == NULL)
		return -1;
	if (affected != NULL)
		*affected = mysql_stmt_affected_rows(st);
	if (id != NULL)
		*id = (long long)mysql_stmt_insert_id(st);
	return 0;
}

/*
 * Every value reaches the caller as text, as the text protocol would
 * give it. Numbers and times are fetched in their binary form and
 * written here: the client library's own conversion goes through
 * sprintf, a tenth of a list page's time.
 */
static void
bind_column(MYSQL_BIND *b, const MYSQL_FIELD *f)
{
	switch (f->type) {
	case MYSQL_TYPE_TINY:
	case MYSQL_TYPE_SHORT:
	case MYSQL_TYPE_INT24:
	case MYSQL_TYPE_LONG:
	case MYSQL_TYPE_LONGLONG:
		b->buffer_type = MYSQL_TYPE_LONGLONG;
		b->is_unsigned = (f->flags & UNSIGNED_FLAG) != 0;
		b->buffer_length = sizeof(long long);
		break;
	case MYSQL_TYPE_DATE:
	case MYSQL_TYPE_DATETIME:
	case MYSQL_TYPE_TIMESTAMP:
		b->buffer_type = f->type;
		b->buffer_length = sizeof(MYSQL_TIME);
		break;
	default:
		b->buffer_type = MYSQL_TYPE_STRING;
		b->buffer_length = f->max_length + 1;
		break;
	}
	if ((b->buffer = calloc(1, b->buffer_length)) == NULL)
		abort();
}

/* Writes digits of v, at least width of them, backwards from end. */
static char *
digits(char *end, unsigned long long v, int width)
{
	do {
		*--end = (char)('0' + v % 10);
		v /= 10;
	} while (--width > 0 || v != 0);
	return end;
}

static char *
column_text(struct arena *a, const MYSQL_BIND *b, const MYSQL_FIELD *f,
    unsigned long *len)
{
	char buf[32], *end = buf + sizeof(buf), *p = end;
	const MYSQL_TIME *t = b->buffer;
	unsigned long long v;
	unsigned int d;

	switch (b->buffer_type) {
	case MYSQL_TYPE_LONGLONG:
		v = *(unsigned long long *)b->buffer;
		if (!b->is_unsigned && (long long)v < 0) {
			p = digits(p, -v, 1);
			*--p = '-';
		} else
			p = digits(p, v, 1);
		break;
	case MYSQL_TYPE_DATE:
	case MYSQL_TYPE_DATETIME:
	case MYSQL_TYPE_TIMESTAMP:
		if (f->type != MYSQL_TYPE_DATE) {
			if (f->decimals > 0 && f->decimals <= SEC_PART_DIGITS) {
				v = t->second_part;
				for (d = SEC_PART_DIGITS; d > f->decimals; d--)
					v /= 10;
				p = digits(p, v, (int)f->decimals);
				*--p = '.';
			}
			p = digits(p, t->second, 2);
			*--p = ':';
			p = digits(p, t->minute, 2);
			*--p = ':';
			p = digits(p, t->hour, 2);
			*--p = ' ';
		}
		p = digits(p, t->day, 2);
		*--p = '-';
		p = digits(p, t->month, 2);
		*--p = '-';
		p = digits(p, t->year, 4);
		break;
	default:
		return arena_strndup(a, b->buffer, *len);
	}
	*len = (unsigned long)(end - p);
	return arena_strndup(a, p, *len);
}

/* Fetches every column as a string (binary columns as bytes plus length). */
int
db_query_(struct db *db, struct arena *a, struct dbres *res, const char *sql,
    ...)
{
	MYSQL_STMT *st;
	MYSQL_RES *meta = NULL;
	MYSQL_FIELD *fields;
	MYSQL_BIND *bind = NULL;
	unsigned long *len = NULL;
	my_bool *isnull = NULL;
	va_list ap;
	size_t c, r;
	int rc = -1, frc;

	memset(res, 0, sizeof(*res));
	va_start(ap, sql);
	st = db_run(db, sql, ap);
	va_end(ap);
	if (st == NULL)
		return -1;
	if (mysql_stmt_store_result(st) != 0 ||
	    (meta = mysql_stmt_result_metadata(st)) == NULL) {
		db_fail(db, mysql_stmt_errno(st), mysql_stmt_sqlstate(st), sql);
		goto out;
	}
	res->ncols = mysql_num_fields(meta);
	res->nrows = (size_t)mysql_stmt_num_rows(st);
	fields = mysql_fetch_fields(meta);
	res->cols = arena_alloc(a, res->ncols * sizeof(char *));
	res->rows = arena_alloc(a, (res->nrows + 1) * sizeof(char **));
	res->lens = arena_alloc(a, (res->nrows + 1) * sizeof(unsigned long *));
	bind = calloc(res->ncols, sizeof(*bind));
	len = calloc(res->ncols, sizeof(*len));
	isnull = calloc(res->ncols, sizeof(*isnull));
	if (bind == NULL || len == NULL || isnull == NULL)
		abort();
	for (c = 0; c < res->ncols; c++) {
		res->cols[c] = arena_strdup(a, fields[c].name);
		bind_column(&bind[c], &fields[c]);
		bind[c].length = &len[c];
		bind[c].is_null = &isnull[c];
	}
	if (mysql_stmt_bind_result(st, bind) != 0) {
		db_fail(db, mysql_stmt_errno(st), mysql_stmt_sqlstate(st), sql);
		goto out;
	}
	for (r = 0; r < res->nrows; r++) {
		frc = mysql_stmt_fetch(st);
		if (frc != 0 && frc != MYSQL_DATA_TRUNCATED) {
			db_fail(db, mysql_stmt_errno(st),
			    mysql_stmt_sqlstate(st), sql);
			goto out;
		}
		res->rows[r] = arena_alloc(a, res->ncols * sizeof(char *));
		res->lens[r] = arena_alloc(a, res->ncols * sizeof(unsigned long));
		for (c = 0; c < res->ncols; c++) {
			res->rows[r][c] = isnull[c] ? NULL :
			    column_text(a, &bind[c], &fields[c], &len[c]);
			res->lens[r][c] = len[c];
		}
	}
	rc = 0;
out:
	if (bind != NULL)
		for (c = 0; c < res->ncols; c++)
			free(bind[c].buffer);
	free(bind);
	free(len);
	free(isnull);
	if (meta != NULL)
		mysql_free_result(meta);
	if (db->my != NULL)
		mysql_stmt_free_result(st);
	if (rc != 0)
		memset(res, 0, sizeof(*res));
	return rc;
}

static size_t
column(const struct dbres *res, const char *col)
{
	size_t c;

	for (c = 0; c < res->ncols; c++)
		if (strcmp(res->cols[c], col) == 0)
			return c;
	abort();	/* a column the query does not have: a programming error */
}

const char *
db_val(const struct dbres *res, size_t row, const char *col)
{
	return row < res->nrows ? res->rows[row][column(res, col)] : NULL;
}

/* The length in bytes: for binary values, which may hold a NUL. */
size_t
db_len(const struct dbres *res, size_t row, const char *col)
{
	return row < res->nrows ? res->lens[row][column(res, col)] : 0;
}

/* Replaces a value, for what is shown instead (a label, a local time). */
void
db_set(struct dbres *res, size_t row, const char *col, const char *value)
{
	res->rows[row][column(res, col)] = (char *)value;
}

long long
db_int(const struct dbres *res, size_t row, const char *col)
{
	const char *v = db_val(res, row, col);

	return v == NULL ? 0 : strtoll(v, NULL, 10);
}
