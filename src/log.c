#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "log.h"

static const char *prog = "passend";
static const char *ref = "-";

void
log_init(const char *program)
{
	prog = program;
}

/* The request reference shown on error pages, so a report can be traced. */
void
log_set_ref(const char *r)
{
	ref = r != NULL ? r : "-";
}

static void
vlog(const char *level, const char *fmt, va_list ap)
{
	char when[32];
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	fprintf(stderr, "%s %s[%d] %s ref=%s ", when, prog, (int)getpid(),
	    level, ref);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	fflush(stderr);
}

#define LOGFN(fn, level)						\
	void fn(const char *fmt, ...)					\
	{								\
		va_list ap;						\
		va_start(ap, fmt);					\
		vlog(level, fmt, ap);					\
		va_end(ap);						\
	}

LOGFN(log_info, "info")
LOGFN(log_warn, "warn")
LOGFN(log_error, "error")
