/*
 * passend-mailer: delivers the outbox by SMTP (libcurl). A failed
 * message is tried again later, with growing pauses; after
 * Mail.MaxAttempts it is marked dead and stays for the beheerder.
 *
 *   passend-mailer          keep polling (Mail.PollSeconds) until TERM
 *   passend-mailer --once   deliver what is due and stop
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "arena.h"
#include "config.h"
#include "crypto.h"
#include "db.h"
#include "log.h"

static struct db db;
static struct arena arena;
static volatile sig_atomic_t stopping;

struct msg {
	const char	*data;
	size_t		 len, off;
};

static size_t
feed(char *buf, size_t size, size_t n, void *ctx)
{
	struct msg *m = ctx;
	size_t want = size * n, left = m->len - m->off;

	if (want > left)
		want = left;
	memcpy(buf, m->data + m->off, want);
	m->off += want;
	return want;
}

/* RFC 2047 for the subject, base64 for the body: 7-bit safe all the way. */
static char *
message(const char *to, const char *subject, const char *body, long long id)
{
	const char *from = config_str("Mail.From", "Passend <noreply@passend.example>");
	size_t blen = strlen(body), slen = strlen(subject), i;
	char *b64 = arena_alloc(&arena, 4 * (blen / 3 + 1) + 1);
	char *s64 = arena_alloc(&arena, 4 * (slen / 3 + 1) + 1);
	char *wrapped = arena_alloc(&arena, 4 * (blen / 3 + 1) * 78 / 76 + 4), *w;
	char date[64];
	time_t now = time(NULL);
	struct tm tm;

	base64_encode((const unsigned char *)body, blen, b64, 4 * (blen / 3 + 1) + 1);
	base64_encode((const unsigned char *)subject, slen, s64,
	    4 * (slen / 3 + 1) + 1);
	for (i = 0, w = wrapped; b64[i] != '\0'; i++) {
		*w++ = b64[i];
		if (i % 76 == 75) {
			*w++ = '\r';
			*w++ = '\n';
		}
	}
	*w = '\0';
	gmtime_r(&now, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);
	return arena_printf(&arena, "From: %s\r\nTo: %s\r\n"
	    "Subject: =?UTF-8?B?%s?=\r\nDate: %s\r\n"
	    "Message-ID: <outbox-%lld-%lld@passend>\r\nMIME-Version: 1.0\r\n"
	    "Content-Type: text/html; charset=utf-8\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\n%s\r\n",
	    from, to, s64, date, id, (long long)now, wrapped);
}

static const char *
deliver(const char *to, const char *data)
{
	struct curl_slist *rcpt = NULL;
	struct msg m = { data, strlen(data), 0 };
	const char *from = config_str("Mail.Envelope", "noreply@passend.example");
	CURL *c = curl_easy_init();
	CURLcode rc;

	if (c == NULL)
		return "curl init failed";
	rcpt = curl_slist_append(rcpt, to);
	curl_easy_setopt(c, CURLOPT_URL, config_str("Mail.SMTP", "smtp://127.0.0.1:25"));
	curl_easy_setopt(c, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(c, CURLOPT_READFUNCTION, feed);
	curl_easy_setopt(c, CURLOPT_READDATA, &m);
	curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 30L);
	if (*config_str("Mail.User", "") != '\0') {
		curl_easy_setopt(c, CURLOPT_USERNAME, config_str("Mail.User", ""));
		curl_easy_setopt(c, CURLOPT_PASSWORD, config_str("Mail.Password", ""));
		curl_easy_setopt(c, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
	}
	rc = curl_easy_perform(c);
	curl_slist_free_all(rcpt);
	curl_easy_cleanup(c);
	return rc == CURLE_OK ? NULL : curl_easy_strerror(rc);
}

/*
 * One message, in its own transaction, locked by its primary key alone:
 * a lock on the range of due messages would also hold up every request
 * that queues a new one, for as long as the SMTP server takes. 1 if it
 * was handled, 0 if another mailer has it, -1 on a database error.
 */
static int
send_one(long long id, long max)
{
	struct dbres res;
	const char *to, *err;
	long long tries;

	if (db_begin(&db) != 0 ||
	    DB_QUERY(&db, &arena, &res, "SELECT to_addr, subject, body,"
	    " attempts FROM outbox WHERE id = ? AND state = 'queued'"
	    " FOR UPDATE SKIP LOCKED", DB_INT(id)) != 0)
		goto fail;
	if (res.nrows == 0) {
		db_rollback(&db);
		return 0;
	}
	tries = db_int(&res, 0, "attempts") + 1;
	to = db_val(&res, 0, "to_addr");
	/* The forms refuse control characters; the mailer does not trust that. */
	if (strpbrk(to, "\r\n,;<>") != NULL) {
		err = "refused: the address could add headers or recipients";
		tries = max;
	} else
		err = deliver(to, message(to, db_val(&res, 0, "subject"),
		    db_val(&res, 0, "body"), id));
	if (err == NULL) {
		if (DB_EXEC(&db, NULL, NULL, "UPDATE outbox SET state = 'sent',"
		    " attempts = ?, sent_at = UTC_TIMESTAMP(), last_error = NULL,"
		    " updated_at = UTC_TIMESTAMP() WHERE id = ?",
		    DB_INT(tries), DB_INT(id)) != 0)
			goto fail;
		log_info("sent message %lld", id);
	} else {
		log_warn("message %lld attempt %lld failed: %s", id, tries, err);
		/* 1, 2, 4, ... minutes between attempts */
		if (DB_EXEC(&db, NULL, NULL, "UPDATE outbox SET attempts = ?,"
		    " state = IF(? >= ?, 'dead', 'queued'), last_error = ?,"
		    " next_attempt_at = UTC_TIMESTAMP() + INTERVAL ? MINUTE,"
		    " updated_at = UTC_TIMESTAMP() WHERE id = ?", DB_INT(tries),
		    DB_INT(tries), DB_INT(max), DB_STR(err),
		    DB_INT(1LL << (tries < 10 ? tries - 1 : 10)), DB_INT(id)) != 0)
			goto fail;
	}
	return db_commit(&db) == 0 ? 1 : -1;
fail:
	db_rollback(&db);
	return -1;
}

/* One batch; returns how many were handled, -1 on a database error. */
static int
batch(void)
{
	long max = config_int("Mail.MaxAttempts", 8);
	struct dbres due;
	size_t i;
	int n = 0, rc;

	/* Which are due, read without locks. */
	if (DB_QUERY(&db, &arena, &due, "SELECT id FROM outbox"
	    " WHERE state = 'queued' AND next_attempt_at <= UTC_TIMESTAMP()"
	    " ORDER BY id LIMIT 20") != 0)
		n = -1;
	for (i = 0; n >= 0 && i < due.nrows; i++) {
		if ((rc = send_one(db_int(&due, i, "id"), max)) < 0)
			n = -1;
		else
			n += rc;
	}
	arena_reset(&arena);
	return n;
}

static void
on_term(int sig)
{
	(void)sig;
	stopping = 1;
}

int
main(int argc, char **argv)
{
	int once = argc > 1 && strcmp(argv[1], "--once") == 0, n;
	unsigned poll;

	log_init("passend-mailer");
	if (config_load() != 0)
		return 1;
	signal(SIGTERM, on_term);
	signal(SIGINT, on_term);
	curl_global_init(CURL_GLOBAL_DEFAULT);
	poll = (unsigned)config_int("Mail.PollSeconds", 5);
	while (!stopping) {
		n = db_connect(&db) == 0 ? batch() : -1;
		if (once)
			break;
		if (n <= 0)
			sleep(poll);
	}
	db_close(&db);
	arena_free(&arena);
	curl_global_cleanup();
	config_free();
	return 0;
}
