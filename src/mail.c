#include "config.h"
#include "log.h"
#include "mail.h"
#include "render.h"

/* The template sees the request's HDF: handlers put its values in Mail.*. */
int
mail_queue(struct req *r, const char *to, const char *subject,
    const char *tmpl)
{
	char *body;

	req_set(r, "Mail.subject", subject);
	req_set(r, "Mail.base_url", config_str("Site.BaseURL", ""));
	if ((body = render_string(r, tmpl)) == NULL)
		return -1;
	return DB_EXEC(r->db, NULL, NULL,
	    "INSERT INTO outbox (to_addr, subject, body, state, attempts,"
	    " next_attempt_at, created_at, updated_at) VALUES (?, ?, ?,"
	    " 'queued', 0, UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_STR(to), DB_STR(subject), DB_STR(body));
}
