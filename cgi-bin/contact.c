/*
 * contact.fcgi: the public contact form and the SWV's inbox.
 *
 * The form (/contact) is for anyone: parents, schools from outside the
 * SWV, professionals. It may be shown in a frame on the SWV's own website
 * (organisations.website_url), where the browser keeps no cookie of ours,
 * so it carries a signed ticket rather than the cookie's CSRF token
 * (csrf.h). Against spam, without third parties: a field no person sees
 * (the honeypot), a minimum time to fill it in (the ticket's age), a rate
 * per address and a maximum length per field. A blocked post gets the
 * same neutral message whichever rule blocked it. The sender's
 * confirmation e-mail carries the reference only: nothing a stranger typed
 * reaches a mailbox the stranger named.
 *
 * SWV staff (/berichten) see the messages, assign one to a colleague, add
 * internal notes, answer by e-mail and close it; everything goes on the
 * message's timeline. Every step checks the message's version, so a double
 * click sends one answer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit.h"
#include "config.h"
#include "crypto.h"
#include "csrf.h"
#include "dossier.h"
#include "form.h"
#include "list.h"
#include "log.h"
#include "mail.h"
#include "request.h"
#include "valid.h"
#include "when.h"

static const char *const kinds[] = { "ouder", "school", "professional",
    "anders", NULL };
static const char *const kind_labels[] = { "Ouder of verzorger", "School",
    "Professional", "Anders" };
static const char *const kind_choices[] = { "Ouder of verzorger",
    "School", "Professional (bijvoorbeeld jeugdhulp, gemeente of "
    "leerplicht)", "Anders" };

/* The honeypot is named as a bot expects a field to be filled. */
enum { CF_TICKET, CF_KIND, CF_NAME, CF_EMAIL, CF_PHONE, CF_SCHOOL, CF_PUPIL,
    CF_BIRTH_YEAR, CF_SUBJECT, CF_BODY, CF_CONSENT, CF_HONEYPOT, CF__MAX };
static const struct field send_fields[CF__MAX] = {
	[CF_TICKET] = { "csrf", "", FT_TICKET, 64, true, NULL },
	[CF_KIND] = { "wie", "Wie bent u", FT_CHOICE, 20, true, kinds },
	[CF_NAME] = { "naam", "Naam", FT_TEXT, 100, true, NULL },
	[CF_EMAIL] = { "email", "E-mailadres", FT_EMAIL, 254, true, NULL },
	[CF_PHONE] = { "telefoon", "Telefoonnummer", FT_PHONE, 20, false,
	    NULL },
	[CF_SCHOOL] = { "school", "School", FT_TEXT, 150, false, NULL },
	[CF_PUPIL] = { "kind", "Voornaam van het kind", FT_TEXT, 60, false,
	    NULL },
	[CF_BIRTH_YEAR] = { "geboortejaar", "Geboortejaar van het kind",
	    FT_TEXT, 4, false, NULL },
	[CF_SUBJECT] = { "onderwerp", "Onderwerp", FT_TEXT, 150, true, NULL },
	[CF_BODY] = { "vraag", "Uw vraag of bericht", FT_TEXTAREA, 5000, true,
	    NULL },
	[CF_CONSENT] = { "toestemming", "Toestemming", FT_BOOL, 1, true, NULL },
	[CF_HONEYPOT] = { "website", "", FT_TEXT, 200, false, NULL },
};
static const struct form send_form = FORM(send_fields);

static const char *const states[] = { "nieuw", "in_behandeling",
    "beantwoord", "gesloten", NULL };
static const char *const state_labels[] = { "Nieuw", "In behandeling",
    "Beantwoord", "Gesloten" };
static const char *const shows[] = { "", "alle", "nieuw", "in_behandeling",
    "beantwoord", "gesloten", NULL };
static const char *const whose[] = { "", "mij", "niemand", NULL };

enum { IF_Q, IF_SHOW, IF_WHOSE, IF_PAGE, IF__MAX };
static const struct field inbox_fields[IF__MAX] = {
	[IF_Q] = { "q", "Zoek op kenmerk, naam of e-mailadres", FT_TEXT, 100,
	    false, NULL },
	[IF_SHOW] = { "status", "Status", FT_CHOICE, 20, false, shows },
	[IF_WHOSE] = { "toegewezen", "Toegewezen aan", FT_CHOICE, 10, false,
	    whose },
	[IF_PAGE] = { "p", "Pagina", FT_ID, 6, false, NULL },
};
static const struct form inbox_form = FORM(inbox_fields);

enum { AF_VERSION, AF_USER, AF__MAX };
static const struct field assign_fields[AF__MAX] = {
	[AF_VERSION] = { "version", "Versie", FT_ID, 10, true, NULL },
	[AF_USER] = { "medewerker", "Toewijzen aan", FT_ID, 20, false, NULL },
};
static const struct form assign_form = FORM(assign_fields);

enum { NF_VERSION, NF_TEXT, NF__MAX };
static const struct field note_fields[NF__MAX] = {
	[NF_VERSION] = { "version", "Versie", FT_ID, 10, true, NULL },
	[NF_TEXT] = { "notitie", "Interne notitie", FT_TEXTAREA, 5000, true,
	    NULL },
};
static const struct form note_form = FORM(note_fields);

static const struct field answer_fields[NF__MAX] = {
	[NF_VERSION] = { "version", "Versie", FT_ID, 10, true, NULL },
	[NF_TEXT] = { "antwoord", "Antwoord", FT_TEXTAREA, 10000, true, NULL },
};
static const struct form answer_form = FORM(answer_fields);

enum { VF_VERSION, VF__MAX };
static const struct field version_fields[VF__MAX] = {
	[VF_VERSION] = { "version", "Versie", FT_ID, 10, true, NULL },
};
static const struct form version_form = FORM(version_fields);

enum { LF_Q, LF__MAX };
static const struct field lookup_fields[LF__MAX] = {
	[LF_Q] = { "leerling", "Zoek de leerling op naam", FT_TEXT, 100, false,
	    NULL },
};
static const struct form lookup_form = FORM(lookup_fields);

enum { DF_VERSION, DF_PUPIL, DF_TYPE, DF__MAX };
static const struct field dossier_fields[DF__MAX] = {
	[DF_VERSION] = { "version", "Versie", FT_ID, 10, true, NULL },
	[DF_PUPIL] = { "leerling_id", "Leerling", FT_ID, 20, true, NULL },
	[DF_TYPE] = { "type_id", "Soort dossier", FT_ID, 20, true, NULL },
};
static const struct form dossier_form = FORM(dossier_fields);

static const char *
label_of(const char *const *keys, const char *const *labels, const char *key)
{
	size_t i;

	for (i = 0; key != NULL && keys[i] != NULL; i++)
		if (strcmp(keys[i], key) == 0)
			return labels[i];
	return key;
}

/* ---- The public form ------------------------------------------------------ */

/*
 * The SWV's website may frame the form; its privacy statement is linked
 * from the consent. Both are checked when read: they go into a header and
 * an href. Its name and logo come along, for the page header. The public
 * page is the one anyone can call as often as they like, so a worker
 * reads them at most every SETTINGS_SECONDS.
 */
#define SETTINGS_SECONDS	10

static struct {
	time_t	 at;
	bool	 found, logo;
	char	 name[256], site[256], privacy[256];
} swv;

static int
swv_settings(struct req *r)
{
	time_t now = time(NULL);
	struct dbres res;
	const char *v;

	if (swv.at == 0 || now - swv.at >= SETTINGS_SECONDS || now < swv.at) {
		if (DB_QUERY(r->db, r->arena, &res, "SELECT name, logo_type,"
		    " website_url, privacy_url FROM organisations"
		    " WHERE type = 'swv' ORDER BY id LIMIT 1") != 0)
			return -1;
		memset(&swv, 0, sizeof(swv));
		swv.at = now;
		if ((swv.found = res.nrows == 1)) {
			snprintf(swv.name, sizeof(swv.name), "%s",
			    db_val(&res, 0, "name"));
			swv.logo = db_val(&res, 0, "logo_type") != NULL;
			if ((v = db_val(&res, 0, "website_url")) != NULL &&
			    valid_origin(v) == NULL)
				snprintf(swv.site, sizeof(swv.site), "%s", v);
			if ((v = db_val(&res, 0, "privacy_url")) != NULL &&
			    valid_url(v) == NULL)
				snprintf(swv.privacy, sizeof(swv.privacy), "%s", v);
		}
	}
	if (!swv.found)
		return 0;
	r->swv_name = swv.name;
	r->swv_logo = swv.logo;
	if (*swv.site != '\0')
		r->frame_ancestors = swv.site;
	if (*swv.privacy != '\0')
		req_set(r, "Contact.privacy", swv.privacy);
	return 0;
}

static int
contact_page(struct req *r)
{
	char ticket[CSRF_TICKET_MAX];
	size_t i;

	if (swv_settings(r) != 0)
		return 500;
	/* Back with an error: the time to fill it in runs from the first
	 * showing. */
	if (r->f != NULL && r->form == &send_form && r->f[CF_TICKET].set)
		req_set(r, "CSRF", r->f[CF_TICKET].s);
	else {
		csrf_ticket((long long)time(NULL), ticket);
		req_set(r, "CSRF", ticket);
	}
	for (i = 0; kinds[i] != NULL; i++) {
		req_set(r, arena_printf(r->arena, "Kinds.%zu.key", i),
		    kinds[i]);
		req_set(r, arena_printf(r->arena, "Kinds.%zu.label", i),
		    kind_choices[i]);
	}
	req_set(r, "Page.title", "Contact");
	return req_page(r, "contact/form.cs");
}

/* A keyed hash of the address: the rate limit needs no address. */
static const char *
ip_hash(struct req *r)
{
	unsigned char mac[SHA256_LEN];
	char *hex = arena_alloc(r->arena, 2 * SHA256_LEN + 1);
	const char *msg = arena_printf(r->arena, "contact-ip:%s", r->ip);

	crypto_hmac_sha256(config_secret(), SECRET_LEN, msg, strlen(msg), mac);
	hex_encode(mac, SHA256_LEN, hex);
	return hex;
}

/*
 * The honeypot, the minimum time and the rate: which one it was stays
 * in the log. Every post that got this far counts towards the rate.
 */
static int
blocked(struct req *r, bool *out)
{
	const char *ip = ip_hash(r);
	long long min = config_int("Contact.MinSeconds", 3);
	long long limit = config_int("Contact.RateLimit", 5);
	struct dbres res;

	*out = true;
	/* Counted only as far as the limit: a bot's thousands stay cheap. */
	if (DB_QUERY(r->db, r->arena, &res, "SELECT COUNT(*) AS n FROM"
	    " (SELECT 1 FROM contact_posts WHERE ip_hash = ? AND at >"
	    " UTC_TIMESTAMP() - INTERVAL ? MINUTE LIMIT ?) AS x", DB_STR(ip),
	    DB_INT(config_int("Contact.RateMinutes", 10)), DB_INT(limit)) != 0 ||
	    DB_EXEC(r->db, NULL, NULL, "INSERT INTO contact_posts (ip_hash,"
	    " at) VALUES (?, UTC_TIMESTAMP())", DB_STR(ip)) != 0)
		return -1;
	if (*r->f[CF_HONEYPOT].s != '\0')
		log_warn("contact: honeypot filled");
	else if (r->f[CF_TICKET].i < min)
		log_warn("contact: sent %llds after showing the form",
		    r->f[CF_TICKET].i);
	else if (db_int(&res, 0, "n") >= limit)
		log_warn("contact: rate limit for this address");
	else
		*out = false;
	return 0;
}

/* Four digits, a year a child at school now could be born in. */
static long long
birth_year(struct req *r)
{
	const char *s = r->f[CF_BIRTH_YEAR].s;
	char today[11];
	long long y;

	if (*s == '\0')
		return 0;
	y = strlen(s) == 4 && strspn(s, "0123456789") == 4 ? atoll(s) : 0;
	if (when_date(0, today, sizeof(today)) != 0)
		return -1;
	if (y < atoll(today) - 30 || y > atoll(today)) {
		form_error(r, "geboortejaar", "Vul een jaartal in, bijvoorbeeld "
		    "2016.");
		return 0;
	}
	return y;
}

static int
contact_send(struct req *r)
{
	const struct fval *f = r->f;
	long long id = 0, year;
	const char *ref;
	bool spam;

	if ((year = birth_year(r)) < 0)
		return 500;
	if (r->nerrors > 0)
		return req_invalid(r);
	if (blocked(r, &spam) != 0)
		return 500;
	if (spam) {
		form_error_label(r, "vraag", "", "Uw bericht is niet verzonden. "
		    "Probeer het over een kwartier opnieuw, of bel ons.");
		r->keep = true;		/* the post counts towards the rate */
		return req_invalid(r) == 422 ? 429 : 500;
	}
	if (DB_EXEC(r->db, NULL, &id, "INSERT INTO contact_messages"
	    " (sender_kind, name, email, phone, school, pupil_first_name,"
	    " pupil_birth_year, subject, body, consent_at, received_at,"
	    " created_at, updated_at) VALUES (?, ?, ?, NULLIF(?, ''),"
	    " NULLIF(?, ''), NULLIF(?, ''), ?, ?, ?, UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_STR(f[CF_KIND].s), DB_STR(f[CF_NAME].s), DB_STR(f[CF_EMAIL].s),
	    DB_STR(f[CF_PHONE].s), DB_STR(f[CF_SCHOOL].s),
	    DB_STR(f[CF_PUPIL].s), year > 0 ? DB_INT(year) : DB_NULL,
	    DB_STR(f[CF_SUBJECT].s), DB_STR(f[CF_BODY].s)) != 0)
		return 500;
	ref = arena_printf(r->arena, "C-%lld", 100000 + id);
	req_set(r, "Mail.reference", ref);
	if (DB_EXEC(r->db, NULL, NULL, "UPDATE contact_messages SET reference"
	    " = ? WHERE id = ?", DB_STR(ref), DB_INT(id)) != 0 ||
	    swv_settings(r) != 0 ||
	    mail_queue(r, f[CF_EMAIL].s, arena_printf(r->arena, "Uw bericht "
	    "aan het samenwerkingsverband (kenmerk %s)", ref),
	    "mail/contact_confirm.cs") != 0)
		return 500;
	log_info("contact: message %lld received", id);
	req_set(r, "Contact.reference", ref);
	req_set(r, "Page.title", "Bericht verzonden");
	return req_page(r, "contact/sent.cs");
}

/* ---- The inbox ------------------------------------------------------------ */

static void
labels(struct req *r, struct dbres *res)
{
	size_t i;

	for (i = 0; i < res->nrows; i++) {
		db_set(res, i, "state_label", label_of(states, state_labels,
		    db_val(res, i, "state")));
		db_set(res, i, "kind_label", label_of(kinds, kind_labels,
		    db_val(res, i, "sender_kind")));
	}
	list_times(r, res, "received_at");
}

/*
 * Open ones by default (all but closed), oldest first: what waits
 * longest is on top. Closed ones and "alle" newest first.
 */
static int
inbox(struct req *r)
{
	const struct fval *f = r->f;
	const char *show = f[IF_SHOW].set ? f[IF_SHOW].s : "", *q = f[IF_Q].s;
	long long page = f[IF_PAGE].set ? f[IF_PAGE].i : 1, mine = 0;
	bool open = *show == '\0';
	struct dbres res, n;

	if (f[IF_WHOSE].set)
		mine = f[IF_WHOSE].i == 1 ? r->user.id : -1;
#define INBOX_WHERE							\
	" WHERE (? = 1 OR (? = '' AND m.state <> 'gesloten') OR m.state = ?)"\
	" AND (? = 0 OR (? = -1 AND m.assigned_to IS NULL)"		\
	"  OR m.assigned_to = ?)"					\
	" AND (? = '' OR m.reference = ? OR m.name LIKE ? OR m.email = ?)"
#define INBOX_ARGS							\
	DB_INT(strcmp(show, "alle") == 0), DB_STR(show), DB_STR(show),	\
	DB_INT(mine), DB_INT(mine), DB_INT(mine), DB_STR(q), DB_STR(q),	\
	DB_STR(list_like(r, q)), DB_STR(q)
	if (DB_QUERY(r->db, r->arena, &res, "SELECT m.id, m.reference,"
	    " m.state, NULL AS state_label, m.sender_kind, NULL AS kind_label,"
	    " m.name, m.subject, m.received_at, m.purged_at, u.name AS"
	    " assignee FROM contact_messages m LEFT JOIN users u"
	    " ON u.id = m.assigned_to" INBOX_WHERE " ORDER BY"
	    " IF(?, m.received_at, NULL), m.received_at DESC, m.id DESC"
	    " LIMIT ? OFFSET ?", INBOX_ARGS, DB_INT(open),
	    DB_INT(LIST_PER_PAGE), DB_INT(list_offset(page))) != 0 ||
	    DB_QUERY(r->db, r->arena, &n, "SELECT COUNT(*) AS n FROM"
	    " contact_messages m" INBOX_WHERE, INBOX_ARGS) != 0)
		return 500;
#undef INBOX_WHERE
#undef INBOX_ARGS
	labels(r, &res);
	req_set_rows(r, "Messages", &res);
	list_pager(r, db_int(&n, 0, "n"), page, list_query(r, "q", q, "status",
	    show, "toegewezen", f[IF_WHOSE].set ? f[IF_WHOSE].s : "", NULL));
	form_echo(r);
	req_set(r, "Page.title", "Berichten");
	return req_page(r, "contact/inbox.cs");
}

/* ---- One message ---------------------------------------------------------- */

static int
load(struct req *r, long long id, bool lock, struct dbres *res)
{
	if ((lock ? DB_QUERY(r->db, r->arena, res, "SELECT m.*, NULL AS"
	    " state_label, NULL AS kind_label FROM contact_messages m"
	    " WHERE m.id = ? FOR UPDATE", DB_INT(id)) :
	    DB_QUERY(r->db, r->arena, res, "SELECT m.*, NULL AS state_label,"
	    " NULL AS kind_label, u.name AS assignee FROM contact_messages m"
	    " LEFT JOIN users u ON u.id = m.assigned_to WHERE m.id = ?",
	    DB_INT(id))) != 0)
		return 500;
	return res->nrows == 1 ? 0 : 404;
}

/*
 * For turning the message into a dossier: the pupils whose name matches
 * what staff searched for, and the types that can be started.
 */
static int
lookup(struct req *r)
{
	const char *q = r->form == &lookup_form ? r->f[LF_Q].s :
	    hdf_get_value(r->hdf, "Query.leerling", "");
	struct dbres pupils, types;

	if (dossier_startable_types(r, &types) != 0)
		return -1;
	req_set_rows(r, "Types", &types);
	if (*q == '\0')
		return 0;
	if (DB_QUERY(r->db, r->arena, &pupils, "SELECT p.id, CONCAT_WS(' ',"
	    " p.first_name, NULLIF(p.name_prefix, ''), p.last_name) AS name,"
	    " DATE_FORMAT(p.birth_date, '%d-%m-%Y') AS birth_date, s.name AS"
	    " school FROM pupils p JOIN organisations s ON s.id = p.school_id"
	    " WHERE p.last_name LIKE ? OR p.first_name LIKE ?"
	    " OR CONCAT_WS(' ', p.first_name, NULLIF(p.name_prefix, ''),"
	    " p.last_name) LIKE ?"
	    " ORDER BY p.last_name, p.first_name, p.id LIMIT 20",
	    DB_STR(list_like(r, q)), DB_STR(list_like(r, q)),
	    DB_STR(list_like(r, q))) != 0)
		return -1;
	req_set_rows(r, "Pupils", &pupils);
	req_set(r, "Lookup.done", "1");
	form_value(r, "leerling", q);
	return 0;
}

static int
message_page(struct req *r)
{
	struct dbres m, ev, staff;
	int st;

	if ((st = load(r, r->args.id[0], false, &m)) != 0)
		return st;
	if (DB_QUERY(r->db, r->arena, &ev, "SELECT e.at, e.kind, e.label,"
	    " e.body, u.name AS who FROM contact_events e LEFT JOIN users u"
	    " ON u.id = e.user_id WHERE e.message_id = ? ORDER BY e.at, e.id",
	    DB_INT(r->args.id[0])) != 0 ||
	    DB_QUERY(r->db, r->arena, &staff, "SELECT DISTINCT u.id, u.name"
	    " FROM users u JOIN role_assignments a ON a.user_id = u.id"
	    " AND a.role = 'swv' WHERE u.active = 1 ORDER BY u.name") != 0 ||
	    audit(r, "view", "contact", r->args.id[0], NULL, NULL, NULL) != 0 ||
	    lookup(r) != 0)
		return 500;
	labels(r, &m);
	list_times(r, &m, "closed_at");
	list_times(r, &m, "purged_at");
	list_times(r, &ev, "at");
	req_set_rows(r, "Message", &m);
	req_set_rows(r, "Events", &ev);
	req_set_rows(r, "Staff", &staff);
	form_value(r, "version", db_val(&m, 0, "version"));
	form_value(r, "medewerker", db_val(&m, 0, "assigned_to"));
	req_set(r, "Page.title", arena_printf(r->arena, "Bericht %s",
	    db_val(&m, 0, "reference")));
	return req_page(r, "contact/message.cs");
}

/*
 * The message, locked, at the version the form was loaded with; else
 * the page again with what was typed. 0, or the status to return.
 */
static int
take(struct req *r, const char *field, struct dbres *m)
{
	int st;

	if ((st = load(r, r->args.id[0], true, m)) != 0)
		return st;
	if (db_val(m, 0, "purged_at") != NULL) {
		form_error_label(r, field, "", "Van dit bericht is de inhoud "
		    "al verwijderd.");
		return req_invalid(r);
	}
	if (db_int(m, 0, "version") != r->f[0].i)	/* version first */
		return req_conflict(r, field, "dit bericht", db_val(m, 0,
		    "version"));
	return 0;
}

/* One step on the timeline, the new state, the next version. */
static int
step(struct req *r, const char *kind, const char *label, const char *body,
    const char *state)
{
	long long id = r->args.id[0];

	if (DB_EXEC(r->db, NULL, NULL, "INSERT INTO contact_events"
	    " (message_id, at, user_id, kind, label, body, created_at,"
	    " updated_at) VALUES (?, UTC_TIMESTAMP(6), ?, ?, ?, ?,"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP())", DB_INT(id),
	    DB_INT(r->user.id), DB_STR(kind), DB_STR(label), DB_STR(body)) != 0 ||
	    DB_EXEC(r->db, NULL, NULL, "UPDATE contact_messages SET state ="
	    " COALESCE(?, state), closed_at = IF(? = 'gesloten',"
	    " UTC_TIMESTAMP(), IF(? IS NULL, closed_at, NULL)), version ="
	    " version + 1, updated_at = UTC_TIMESTAMP() WHERE id = ?",
	    DB_STR(state), DB_STR(state), DB_STR(state), DB_INT(id)) != 0 ||
	    audit(r, kind, "contact", id, state != NULL ? "state" : NULL, NULL,
	    state) != 0)
		return 500;
	return 0;
}

static int
done(struct req *r, const char *notice)
{
	return req_redirectf(r, "/berichten/%lld?m=%s", r->args.id[0], notice);
}

/* Assigning starts the work: a new message is then in progress. */
static int
assign(struct req *r)
{
	long long to = r->f[AF_USER].set ? r->f[AF_USER].i : 0;
	struct dbres m, u;
	const char *label = "Toewijzing opgeheven";
	int st;

	if ((st = take(r, "medewerker", &m)) != 0)
		return st;
	if (to != 0) {
		if (DB_QUERY(r->db, r->arena, &u, "SELECT DISTINCT u.name,"
		    " u.email FROM users u JOIN role_assignments a ON a.user_id"
		    " = u.id AND a.role = 'swv' WHERE u.id = ? AND u.active = 1",
		    DB_INT(to)) != 0)
			return 500;
		if (u.nrows != 1) {
			form_error(r, "medewerker", "Kies een medewerker uit de "
			    "lijst.");
			return req_invalid(r);
		}
		label = arena_printf(r->arena, "Toegewezen aan %s",
		    db_val(&u, 0, "name"));
	}
	if (DB_EXEC(r->db, NULL, NULL, "UPDATE contact_messages SET"
	    " assigned_to = ? WHERE id = ?", to != 0 ? DB_INT(to) : DB_NULL,
	    DB_INT(r->args.id[0])) != 0 ||
	    step(r, "assigned", label, NULL, to != 0 && strcmp(db_val(&m, 0,
	    "state"), "nieuw") == 0 ? "in_behandeling" : NULL) != 0)
		return 500;
	if (to != 0 && to != r->user.id) {
		req_set(r, "Mail.reference", db_val(&m, 0, "reference"));
		req_set_int(r, "Mail.id", r->args.id[0]);
		if (mail_queue(r, db_val(&u, 0, "email"), arena_printf(r->arena,
		    "Bericht %s is aan u toegewezen", db_val(&m, 0,
		    "reference")), "mail/contact_assigned.cs") != 0)
			return 500;
	}
	return done(r, "opgeslagen");
}

static int
note(struct req *r)
{
	struct dbres m;
	int st;

	if ((st = take(r, "notitie", &m)) != 0)
		return st;
	if (step(r, "note", "Interne notitie", r->f[NF_TEXT].s, NULL) != 0)
		return 500;
	return done(r, "notitie");
}

/*
 * To the address the sender gave, with their message below the answer:
 * both on the timeline, the answer as sent.
 */
static int
answer(struct req *r)
{
	struct dbres m;
	int st;

	if ((st = take(r, "antwoord", &m)) != 0)
		return st;
	req_set(r, "Mail.reference", db_val(&m, 0, "reference"));
	req_set(r, "Mail.answer", r->f[NF_TEXT].s);
	req_set(r, "Mail.question", db_val(&m, 0, "body"));
	req_set(r, "Mail.subject_was", db_val(&m, 0, "subject"));
	req_set(r, "Mail.staff", r->user.name);
	req_set(r, "Mail.swv", r->swv_name != NULL ? r->swv_name :
	    "Het samenwerkingsverband");
	if (mail_queue(r, db_val(&m, 0, "email"), arena_printf(r->arena,
	    "Antwoord op uw bericht (kenmerk %s)", db_val(&m, 0, "reference")),
	    "mail/contact_answer.cs") != 0 ||
	    step(r, "answer", arena_printf(r->arena, "Antwoord verstuurd naar "
	    "%s", db_val(&m, 0, "email")), r->f[NF_TEXT].s, "beantwoord") != 0)
		return 500;
	return done(r, "beantwoord");
}

static int
close_message(struct req *r)
{
	struct dbres m;
	int st;

	if ((st = take(r, "status", &m)) != 0)
		return st;
	if (strcmp(db_val(&m, 0, "state"), "gesloten") == 0)
		return done(r, "opgeslagen");
	if (step(r, "state", "Gesloten", NULL, "gesloten") != 0)
		return 500;
	return done(r, "gesloten");
}

static int
reopen(struct req *r)
{
	struct dbres m;
	int st;

	if ((st = take(r, "status", &m)) != 0)
		return st;
	if (strcmp(db_val(&m, 0, "state"), "gesloten") != 0)
		return done(r, "opgeslagen");
	if (step(r, "state", "Heropend", NULL, "in_behandeling") != 0)
		return 500;
	return done(r, "heropend");
}

/*
 * A dossier of another module for a pupil, from this message: created as
 * the pupil page creates one, the message's text carried over onto the
 * dossier's timeline, and the two linked both ways.
 */
static int
to_dossier(struct req *r)
{
	const struct trajdef *def;
	struct dbres m, p, t;
	const char *ref;
	long long id;
	int st;

	if ((st = take(r, "type_id", &m)) != 0)
		return st;
	ref = db_val(&m, 0, "reference");
	if (db_val(&m, 0, "dossier_id") != NULL)
		form_error(r, "type_id", "Van dit bericht is al een dossier "
		    "gemaakt.");
	else if (DB_QUERY(r->db, r->arena, &p, "SELECT school_id, CONCAT_WS("
	    "' ', first_name, NULLIF(name_prefix, ''), last_name) AS name FROM"
	    " pupils WHERE id = ?", DB_INT(r->f[DF_PUPIL].i)) != 0 ||
	    (p.nrows == 1 && dossier_type_at_school(r, r->f[DF_TYPE].i,
	    db_int(&p, 0, "school_id"), &t) != 0))
		return 500;
	else if (p.nrows != 1)
		form_error(r, "leerling_id", "Kies een leerling uit de lijst.");
	else if (t.nrows != 1)
		form_error(r, "type_id", "Kies een soort dossier uit de lijst.");
	if (r->nerrors > 0)
		return req_invalid(r);
	if ((def = traj_def(r, db_int(&t, 0, "def_id"))) == NULL ||
	    dossier_create(r, ROLE_SWV, r->f[DF_TYPE].i, r->f[DF_PUPIL].i, &t,
	    def, "{}", 0, arena_printf(r->arena, "Dossier %s aangemaakt vanuit"
	    " bericht %s", db_val(&t, 0, "name"), ref), &id) != 0 ||
	    dossier_event(r, id, "comment", arena_printf(r->arena, "Bericht %s"
	    " uit het contactformulier, van %s", ref, db_val(&m, 0, "name")),
	    arena_printf(r->arena, "Onderwerp: %s\n\n%s", db_val(&m, 0,
	    "subject"), db_val(&m, 0, "body"))) != 0 ||
	    DB_EXEC(r->db, NULL, NULL, "UPDATE contact_messages SET dossier_id"
	    " = ? WHERE id = ?", DB_INT(id), DB_INT(r->args.id[0])) != 0 ||
	    step(r, "dossier", arena_printf(r->arena, "Dossier %lld gestart: %s"
	    " voor %s", id, db_val(&t, 0, "name"), db_val(&p, 0, "name")),
	    NULL, NULL) != 0)
		return 500;
	return req_redirectf(r, "/dossiers/%lld?m=uit-bericht", id);
}

static const struct route routes[] = {
	{ METHOD_GET, "/contact", contact_page, PERM_PUBLIC, NULL, NULL },
	{ METHOD_POST, "/contact", contact_send, PERM_PUBLIC, &send_form,
	    contact_page },
	{ METHOD_GET, "/berichten", inbox, PERM_STAFF, &inbox_form, NULL },
	{ METHOD_GET, "/berichten/%d", message_page, PERM_STAFF, &lookup_form,
	    NULL },
	{ METHOD_POST, "/berichten/%d/toewijzen", assign, PERM_STAFF,
	    &assign_form, message_page },
	{ METHOD_POST, "/berichten/%d/notitie", note, PERM_STAFF, &note_form,
	    message_page },
	{ METHOD_POST, "/berichten/%d/antwoord", answer, PERM_STAFF,
	    &answer_form, message_page },
	{ METHOD_POST, "/berichten/%d/sluiten", close_message, PERM_STAFF,
	    &version_form, message_page },
	{ METHOD_POST, "/berichten/%d/heropenen", reopen, PERM_STAFF,
	    &version_form, message_page },
	{ METHOD_POST, "/berichten/%d/dossier", to_dossier, PERM_STAFF,
	    &dossier_form, message_page },
};

int
main(int argc, char **argv)
{
	static const struct app app = {
		"passend-contact", routes, sizeof(routes) / sizeof(routes[0])
	};

	return app_main(argc, argv, &app);
}
