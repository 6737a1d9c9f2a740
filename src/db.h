/*
 * MariaDB through prepared statements only. The SQL argument of
 * DB_EXEC and DB_QUERY is pasted after "" so that anything but a string
 * literal fails to compile: no query text is ever built from input.
 * Every result value comes back as a string in the request's arena.
 */
#ifndef PASSEND_DB_H
#define PASSEND_DB_H

#include <stdbool.h>
#include <stddef.h>

#include <mysql.h>

struct arena;

/* A program's distinct statements, with room: dossier.fcgi has ~120. */
#define DB_STMT_CACHE	256

/*
 * Statements are prepared once per connection and kept, keyed by the
 * address of their SQL literal: a page then costs one round trip per
 * query instead of three (prepare, execute, close).
 */
struct db {
	MYSQL		*my;
	unsigned int	 err;		/* last server or client error */
	bool		 retry;		/* deadlock or lock timeout: try again */
	bool		 in_tx;
	bool		 fresh;		/* nothing run yet in this request */
	size_t		 nstmt;
	struct {
		const char	*sql;
		MYSQL_STMT	*st;
	}		 stmt[DB_STMT_CACHE];
};

enum dbp_type { DBP_END, DBP_INT, DBP_STR, DBP_BIN, DBP_NULL };

struct dbp {
	enum dbp_type	 t;
	long long	 i;
	const void	*s;
	size_t		 n;
};

#define DB_INT(v)	((struct dbp){ .t = DBP_INT, .i = (v) })
#define DB_STR(v)	db_str(v)
#define DB_BIN(p, len)	((struct dbp){ .t = DBP_BIN, .s = (p), .n = (len) })
#define DB_NULL		((struct dbp){ .t = DBP_NULL })
#define DB_END		((struct dbp){ .t = DBP_END })

struct dbres {
	size_t		  nrows, ncols;
	char		**cols;		/* column names */
	char		***rows;	/* rows[r][c], NULL for SQL NULL */
	unsigned long	**lens;		/* byte lengths, for binary columns */
};

#define DB_EXEC(db, affected, id, sql, ...)				\
	db_exec_((db), (affected), (id), "" sql, ##__VA_ARGS__, DB_END)
#define DB_QUERY(db, arena, res, sql, ...)				\
	db_query_((db), (arena), (res), "" sql, ##__VA_ARGS__, DB_END)

/* Errors the application handles as user errors, not failures. */
#define DB_ERR_DUPLICATE	1062
#define DB_ERR_FOREIGN_KEY	1451

static inline struct dbp
db_str(const char *s)
{
	return s == NULL ? DB_NULL :
	    (struct dbp){ .t = DBP_STR, .s = s, .n = __builtin_strlen(s) };
}

int	 db_connect(struct db *);
void	 db_close(struct db *);
int	 db_ping(struct db *);
int	 db_begin(struct db *);
int	 db_commit(struct db *);
void	 db_rollback(struct db *);
void	 db_settle(struct db *);
int	 db_exec_(struct db *, unsigned long long *affected, long long *id,
	    const char *sql, ...);
int	 db_query_(struct db *, struct arena *, struct dbres *,
	    const char *sql, ...);
int	 db_raw(struct db *, const char *sql, size_t len);

const char	*db_val(const struct dbres *, size_t row, const char *col);
long long	 db_int(const struct dbres *, size_t row, const char *col);
size_t		 db_len(const struct dbres *, size_t row, const char *col);
void		 db_set(struct dbres *, size_t row, const char *col,
		    const char *value);

#endif
