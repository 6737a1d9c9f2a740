/*
 * passend-migrate: applies sql/NNN_*.sql in order, once each, recorded
 * in schema_migrations; then grants the application's database user
 * what it may do per table: tables commented 'append-only' (the audit
 * log) get SELECT and INSERT only, those commented 'kept by triggers'
 * SELECT only.
 *
 * It runs the migration files' text and builds GRANT statements from
 * table names, so this file is the one exception to the rule that only
 * string literals reach the database (tools/codecheck allows it).
 */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mysql.h>
#include <mysqld_error.h>

#include "config.h"
#include "log.h"

static MYSQL *my;

static int
run(const char *sql)
{
	MYSQL_RES *res;
	int st;

	if (mysql_real_query(my, sql, (unsigned long)strlen(sql)) != 0)
		goto fail;
	do {
		if ((res = mysql_store_result(my)) != NULL)
			mysql_free_result(res);
		else if (mysql_field_count(my) != 0)
			goto fail;
	} while ((st = mysql_next_result(my)) == 0);
	if (st > 0)
		goto fail;
	return 0;
fail:
	fprintf(stderr, "passend-migrate: %s\n", mysql_error(my));
	return -1;
}

static bool
ident_ok(const char *s)
{
	return *s != '\0' && strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789_") ==
	    strlen(s) && strlen(s) < 64;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	long n;
	char *buf = NULL;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0 || (buf = malloc((size_t)n + 1)) == NULL ||
	    fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	} else
		buf[n] = '\0';
	if (f != NULL)
		fclose(f);
	return buf;
}

static int
applied(const char *name)
{
	static const char q[] = "SELECT 1 FROM schema_migrations WHERE name = ?";
	MYSQL_STMT *st = mysql_stmt_init(my);
	MYSQL_BIND b;
	unsigned long len = strlen(name);
	int found = -1;

	memset(&b, 0, sizeof(b));
	b.buffer_type = MYSQL_TYPE_STRING;
	b.buffer = (void *)name;
	b.buffer_length = len;
	b.length = &len;
	if (st != NULL && mysql_stmt_prepare(st, q, sizeof(q) - 1) == 0 &&
	    mysql_stmt_bind_param(st, &b) == 0 &&
	    mysql_stmt_execute(st) == 0 && mysql_stmt_store_result(st) == 0)
		found = mysql_stmt_num_rows(st) > 0;
	if (st != NULL)
		mysql_stmt_close(st);
	return found;
}

static int
record(const char *name)
{
	char sql[512];

	if (strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789_.") != strlen(name))
		return -1;
	snprintf(sql, sizeof(sql), "INSERT INTO schema_migrations (name,"
	    " applied_at) VALUES ('%s', UTC_TIMESTAMP())", name);
	return run(sql);
}

static int
migrate(const char *dir)
{
	struct dirent *de;
	char *names[1000], path[4096], *sql;
	size_t n = 0, i;
	DIR *d = opendir(dir);
	int rc = -1, done;

	if (d == NULL) {
		fprintf(stderr, "passend-migrate: cannot open %s\n", dir);
		return -1;
	}
	while ((de = readdir(d)) != NULL && n < 1000) {
		size_t len = strlen(de->d_name);

		if (len > 8 && strspn(de->d_name, "0123456789") == 3 &&
		    strcmp(de->d_name + len - 4, ".sql") == 0)
			names[n++] = strdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(names[0]), cmp);
	if (run("CREATE TABLE IF NOT EXISTS schema_migrations ("
	    " id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,"
	    " name VARCHAR(200) NOT NULL UNIQUE, applied_at DATETIME NOT NULL)"
	    " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4") != 0)
		goto out;
	for (i = 0; i < n; i++) {
		if ((done = applied(names[i])) < 0)
			goto out;
		if (done)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if ((sql = slurp(path)) == NULL) {
			fprintf(stderr, "passend-migrate: cannot read %s\n", path);
			goto out;
		}
		done = run(sql);
		free(sql);
		if (done != 0 || record(names[i]) != 0) {
			fprintf(stderr, "passend-migrate: %s failed\n", names[i]);
			goto out;
		}
		printf("applied %s\n", names[i]);
	}
	rc = 0;
out:
	for (i = 0; i < n; i++)
		free(names[i]);
	return rc;
}

static int
grant(const char *db, const char *user)
{
	MYSQL_RES *res;
	MYSQL_ROW row;
	char sql[512];
	int rc = 0;

	if (!ident_ok(db) || !ident_ok(user)) {
		fprintf(stderr, "passend-migrate: database and user names must be"
		    " [a-z0-9_]\n");
		return -1;
	}
	static const char tables[] = "SELECT TABLE_NAME, TABLE_COMMENT FROM"
	    " information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()";

	if (mysql_real_query(my, tables, sizeof(tables) - 1) != 0 ||
	    (res = mysql_store_result(my)) == NULL)
		return -1;
	while (rc == 0 && (row = mysql_fetch_row(res)) != NULL) {
		const char *may = "SELECT, INSERT, UPDATE, DELETE", *not = NULL;

		if (!ident_ok(row[0]))
			continue;
		if (strcmp(row[0], "schema_migrations") == 0)
			may = "SELECT";
		else if (strcmp(row[1], "append-only") == 0) {
			may = "SELECT, INSERT";
			not = "UPDATE, DELETE";
		} else if (strcmp(row[1], "kept by triggers") == 0) {
			may = "SELECT";
			not = "INSERT, UPDATE, DELETE";
		}
		/* also when a table changes kind later; MariaDB 10.11 has no
		 * REVOKE IF EXISTS, so "no such grant" is the expected answer
		 * on a fresh install */
		if (not != NULL) {
			snprintf(sql, sizeof(sql), "REVOKE %s ON `%s`.`%s` FROM"
			    " '%s'@'localhost'", not, db, row[0], user);
			if (mysql_real_query(my, sql, (unsigned long)strlen(sql)) != 0 &&
			    mysql_errno(my) != ER_NONEXISTING_TABLE_GRANT) {
				fprintf(stderr, "passend-migrate: %s\n", mysql_error(my));
				rc = -1;
				break;
			}
		}
		snprintf(sql, sizeof(sql), "GRANT %s ON `%s`.`%s` TO"
		    " '%s'@'localhost'", may, db, row[0], user);
		rc = run(sql);
	}
	mysql_free_result(res);
	return rc;
}

int
main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : SQLDIR;
	const char *db;
	int rc = 1;

	log_init("passend-migrate");
	if (config_load() != 0)
		return 1;
	db = config_str("DB.Name", "passend");
	if ((my = mysql_init(NULL)) == NULL)
		goto out;
	mysql_optionsv(my, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	if (mysql_real_connect(my, NULL, config_str("DB.AdminUser", "root"),
	    config_str("DB.AdminPassword", ""), db, 0,
	    config_str("DB.Socket", "/run/mysqld/mysqld.sock"),
	    CLIENT_MULTI_STATEMENTS) == NULL) {
		fprintf(stderr, "passend-migrate: connect: %s\n", mysql_error(my));
		goto out;
	}
	if (migrate(dir) == 0 && grant(db, config_str("DB.User", "passend")) == 0)
		rc = 0;
out:
	if (my != NULL)
		mysql_close(my);
	config_free();
	return rc;
}
