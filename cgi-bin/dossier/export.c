/*
 * The dossier list as a file: Excel (xlsx) or CSV, with the list's own
 * filters, scope and order, every row at once. Every dossier in it gets
 * an 'export' row in the access log, in the same statement that selects
 * them.
 */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "audit.h"
#include "config.h"
#include "form.h"
#include "log.h"
#include "pages.h"
#include "when.h"

#define EXPORT_MAX	100000

enum { X_ID, X_TYPE, X_PUPIL, X_BIRTH, X_SCHOOL, X_STATE, X_SINCE, X_START,
    X_SUBMITTED, X_UPDATED, X__MAX };
static const struct {
	const char	*title;
	double		 width;
} columns[X__MAX] = {
	[X_ID] = { "Dossier", 9 }, [X_TYPE] = { "Soort", 30 },
	[X_PUPIL] = { "Leerling", 28 }, [X_BIRTH] = { "Geboortedatum", 14 },
	[X_SCHOOL] = { "School", 30 }, [X_STATE] = { "Status", 18 },
	[X_SINCE] = { "In deze status sinds", 19 },
	[X_START] = { "Gestart", 12 }, [X_SUBMITTED] = { "Ingediend", 12 },
	[X_UPDATED] = { "Laatst gewijzigd", 17 },
};

/*
 * The rows, and their access rows first. More than EXPORT_MAX is refused
 * with a message on the list page (1), rather than cut off silently.
 */
static int
rows_load(struct req *r, const char *format, struct dbres *res)
{
	const struct fval *f = r->f;
	struct dossier_scope sc;
	const char *label;
	enum role role;
	long long org, n;
	size_t i;

	dossier_list_scope(r, &sc);
	if ((n = dossier_count(r, &sc, EXPORT_MAX + 1)) < 0)
		return -1;
	if (n > EXPORT_MAX) {
		form_error_label(r, "soort", "", arena_printf(r->arena, "Er zijn "
		    "meer dan %d dossiers. Kies filters zodat er minder in de "
		    "export komen.", EXPORT_MAX));
		return 1;
	}
	dossier_list_role(r, &role, &org);
#define LOG_EXPORT(x, scope, ...)					\
	DB_EXEC(r->db, NULL, NULL, AUDIT_EXPORT " FROM dossiers d"	\
	    DOSSIER_FILTER(scope), AUDIT_EXPORT_ARGS(r, role, org, format),\
	    __VA_ARGS__, DOSSIER_FILTER_ARGS(r, f))
	if (DOSSIER_IN_SCOPE(&sc, LOG_EXPORT, 0) != 0 ||
	    dossier_rows(r, &sc, EXPORT_MAX, 0, 0, NULL, NULL, res) != 0)
		return -1;
#undef LOG_EXPORT
	for (i = 0; i < res->nrows; i++) {
		if ((label = dossier_state_label(r, db_int(res, i, "def_id"),
		    db_val(res, i, "state"))) == NULL)
			return -1;
		db_set(res, i, "state", label);
	}
	return 0;
#undef LOG_EXPORT
}

/* A temporary file in Paths.Tmp, already unlinked unless path is asked. */
static FILE *
export_tmp(struct req *r, char **path)
{
	char *name = arena_printf(r->arena, "%s/passend-export-XXXXXX",
	    config_str("Paths.Tmp", "/var/tmp"));
	int fd = mkstemp(name);
	FILE *fp;

	if (fd < 0) {
		log_error("export: no temporary file in %s",
		    config_str("Paths.Tmp", "/var/tmp"));
		return NULL;
	}
	if ((fp = fdopen(fd, "w+")) == NULL) {
		close(fd);
		unlink(name);
		return NULL;
	}
	if (path != NULL)
		*path = name;
	else
		unlink(name);
	return fp;
}

static const char *
file_name(struct req *r, const char *ext)
{
	time_t now = time(NULL);
	struct tm tm;
	char day[11];

	localtime_r(&now, &tm);
	strftime(day, sizeof(day), "%Y-%m-%d", &tm);
	return arena_printf(r->arena, "dossiers-%s.%s", day, ext);
}

/* Not an export: the list page, with what was wrong. */
static int
list_again(struct req *r)
{
	int st = dossier_list(r);

	return st == 200 ? 422 : st;
}

static int
export(struct req *r, const char *format, int (*write)(struct req *,
    const struct dbres *, FILE **), const char *type)
{
	struct dbres res;
	struct stat sb;
	FILE *fp = NULL;
	int st;

	if (r->nerrors > 0)
		return list_again(r);
	if ((st = rows_load(r, format, &res)) != 0)
		return st > 0 ? list_again(r) : 500;
	if (write(r, &res, &fp) != 0 || fflush(fp) != 0 ||
	    fstat(fileno(fp), &sb) != 0 || fseek(fp, 0, SEEK_SET) != 0) {
		if (fp != NULL)
			fclose(fp);
		return 500;
	}
	if (audit(r, "export", "dossier_list", 0, "format", NULL,
	    arena_printf(r->arena, "%s, %zu dossiers", format,
	    res.nrows)) != 0) {
		fclose(fp);
		return 500;
	}
	return req_download(r, fp, (size_t)sb.st_size, type,
	    file_name(r, format));
}

/* ---- xlsx ---------------------------------------------------------------- */

void
xlsx_date(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *v,
    bool utc, lxw_format *fmt)
{
	lxw_datetime dt;
	struct tm tm;

	if (v == NULL)
		return;
	if (utc) {
		if (when_local_tm(v, &tm) != 0)
			return;
		dt = (lxw_datetime){ tm.tm_year + 1900, tm.tm_mon + 1,
		    tm.tm_mday, tm.tm_hour, tm.tm_min, 0 };
	} else {
		memset(&dt, 0, sizeof(dt));
		if (sscanf(v, "%4d-%2d-%2d", &dt.year, &dt.month, &dt.day) != 3)
			return;
	}
	worksheet_write_datetime(ws, row, col, &dt, fmt);
}

/* A workbook in a temporary file of Paths.Tmp, rows written as they come. */
lxw_workbook *
xlsx_open(struct req *r, char **path)
{
	lxw_workbook_options opt = { .constant_memory = LXW_TRUE,
	    .tmpdir = (char *)config_str("Paths.Tmp", "/var/tmp") };
	lxw_workbook *wb;
	FILE *fp;

	if ((fp = export_tmp(r, path)) == NULL)
		return NULL;
	fclose(fp);
	if ((wb = workbook_new_opt(*path, &opt)) == NULL)
		unlink(*path);
	return wb;
}

/* The finished file, open for reading and already unlinked. */
FILE *
xlsx_close(lxw_workbook *wb, const char *path)
{
	lxw_error err;
	FILE *fp = NULL;

	if ((err = workbook_close(wb)) != LXW_NO_ERROR)
		log_error("export: %s", lxw_strerror(err));
	else
		fp = fopen(path, "rbe");
	unlink(path);
	return fp;
}

/* A finished workbook (xlsx_close's) as a download. */
int
xlsx_send(struct req *r, FILE *fp, const char *name)
{
	long size;

	if (fseek(fp, 0, SEEK_END) != 0 || (size = ftell(fp)) < 0 ||
	    fseek(fp, 0, SEEK_SET) != 0) {
		fclose(fp);
		return 500;
	}
	return req_download(r, fp, (size_t)size, "application/vnd."
	    "openxmlformats-officedocument.spreadsheetml.sheet", name);
}

static int
write_xlsx(struct req *r, const struct dbres *res, FILE **out)
{
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *head, *day, *moment;
	char *path;
	lxw_col_t c;
	size_t i;

	if ((wb = xlsx_open(r, &path)) == NULL)
		return -1;
	ws = workbook_add_worksheet(wb, "Dossiers");
	head = workbook_add_format(wb);
	format_set_bold(head);
	day = workbook_add_format(wb);
	format_set_num_format(day, "dd-mm-yyyy");
	moment = workbook_add_format(wb);
	format_set_num_format(moment, "dd-mm-yyyy hh:mm");
	for (c = 0; c < X__MAX; c++) {
		worksheet_set_column(ws, c, c, columns[c].width, NULL);
		worksheet_write_string(ws, 0, c, columns[c].title, head);
	}
	worksheet_freeze_panes(ws, 1, 0);
	worksheet_autofilter(ws, 0, 0, (lxw_row_t)res->nrows, X__MAX - 1);
	for (i = 0; i < res->nrows; i++) {
		lxw_row_t row = (lxw_row_t)i + 1;

		worksheet_write_number(ws, row, X_ID,
		    (double)db_int(res, i, "id"), NULL);
		worksheet_write_string(ws, row, X_TYPE, db_val(res, i, "type"),
		    NULL);
		worksheet_write_string(ws, row, X_PUPIL, db_val(res, i, "pupil"),
		    NULL);
		xlsx_date(ws, row, X_BIRTH, db_val(res, i, "birth_date"), false,
		    day);
		worksheet_write_string(ws, row, X_SCHOOL,
		    db_val(res, i, "school"), NULL);
		worksheet_write_string(ws, row, X_STATE, db_val(res, i, "state"),
		    NULL);
		xlsx_date(ws, row, X_SINCE, db_val(res, i, "state_since"), true,
		    day);
		xlsx_date(ws, row, X_START, db_val(res, i, "created_at"), true,
		    day);
		xlsx_date(ws, row, X_SUBMITTED, db_val(res, i, "submitted_at"),
		    true, day);
		xlsx_date(ws, row, X_UPDATED, db_val(res, i, "updated_at"), true,
		    moment);
	}
	return (*out = xlsx_close(wb, path)) != NULL ? 0 : -1;
}

int
dossier_export_xlsx(struct req *r)
{
	return export(r, "xlsx", write_xlsx, "application/vnd.openxmlformats-"
	    "officedocument.spreadsheetml.sheet");
}

/* ---- CSV ----------------------------------------------------------------- */

/*
 * Quoted, with quotes doubled. A value a spreadsheet would take for a
 * formula (=, +, -, @ first) gets a ' in front: a pupil's name is never
 * run (OWASP, "CSV injection").
 */
static void
csv_text(FILE *fp, const char *s)
{
	fputc('"', fp);
	if (s != NULL && *s != '\0' && strchr("=+-@\t\r", *s) != NULL)
		fputc('\'', fp);
	for (; s != NULL && *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	fputc('"', fp);
}

static void
csv_date(FILE *fp, const char *v, bool utc, const char *layout)
{
	char buf[32];
	struct tm tm;

	if (v == NULL)
		return;
	memset(&tm, 0, sizeof(tm));
	if (utc ? when_local_tm(v, &tm) != 0 : sscanf(v, "%4d-%2d-%2d",
	    &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
		return;
	if (!utc) {
		tm.tm_year -= 1900;
		tm.tm_mon -= 1;
	}
	if (strftime(buf, sizeof(buf), layout, &tm) > 0)
		fputs(buf, fp);
}

/* Semicolons and a BOM: what Excel with Dutch settings opens as is. */
static int
write_csv(struct req *r, const struct dbres *res, FILE **out)
{
	FILE *fp;
	size_t i, c;

	if ((*out = fp = export_tmp(r, NULL)) == NULL)
		return -1;
	fputs("\xef\xbb\xbf", fp);
	for (c = 0; c < X__MAX; c++) {
		csv_text(fp, columns[c].title);
		fputs(c + 1 < X__MAX ? ";" : "\r\n", fp);
	}
	for (i = 0; i < res->nrows; i++) {
		fprintf(fp, "%lld;", db_int(res, i, "id"));
		csv_text(fp, db_val(res, i, "type"));
		fputc(';', fp);
		csv_text(fp, db_val(res, i, "pupil"));
		fputc(';', fp);
		csv_date(fp, db_val(res, i, "birth_date"), false, "%d-%m-%Y");
		fputc(';', fp);
		csv_text(fp, db_val(res, i, "school"));
		fputc(';', fp);
		csv_text(fp, db_val(res, i, "state"));
		fputc(';', fp);
		csv_date(fp, db_val(res, i, "state_since"), true, "%d-%m-%Y");
		fputc(';', fp);
		csv_date(fp, db_val(res, i, "created_at"), true, "%d-%m-%Y");
		fputc(';', fp);
		csv_date(fp, db_val(res, i, "submitted_at"), true, "%d-%m-%Y");
		fputc(';', fp);
		csv_date(fp, db_val(res, i, "updated_at"), true,
		    "%d-%m-%Y %H:%M");
		fputs("\r\n", fp);
	}
	return ferror(fp) ? -1 : 0;
}

int
dossier_export_csv(struct req *r)
{
	return export(r, "csv", write_csv, "text/csv; charset=utf-8");
}
