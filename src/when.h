/* Times are stored in UTC and shown in Europe/Amsterdam. */
#ifndef PASSEND_WHEN_H
#define PASSEND_WHEN_H

#include <stddef.h>
#include <time.h>

void	when_init(void);
int	when_local(const char *utc, char *out, size_t outsz);
int	when_local_tm(const char *utc, struct tm *);
int	when_date(int add_days, char *out, size_t outsz);
int	when_day_utc(const char *date, int add_days, char *out, size_t outsz);

#endif
