/*
 * passend-cron: the platform's periodic work, run every few minutes by a
 * systemd timer (or cron) and by ./dev up.
 *
 *   signals  A trajectory definition's time rules: a dossier waiting in
 *            a state longer than its signal_days, a date answer whose
 *            field has signal_days coming near. Each becomes a row in
 *            signals (shown on /signaleringen), is mailed once to the
 *            people responsible (one e-mail per person per run, without
 *            the pupil's name) and is cleared when its cause is gone.
 *   purge    Expired sessions (guests' too: their share has ended), old
 *            login failures and password links, sent e-mail, signals
 *            cleared long ago.
 *   sweep    Files in the document store that no document holds: left by
 *            a crash between storing a file and its row, or a removal.
 *            Once a day (the store's .swept file says when it last ran).
 *
 *   passend-cron          all of it, once
 *   passend-cron --loop   again every Cron.IntervalSeconds until TERM
 *
 * Each job is its own transaction: one failing does not stop the others.
 */
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "db.h"
#include "docstore.h"
#include "dossier.h"
#include "formdef.h"
#include "log.h"
#include "mail.h"
#include "render.h"
#include "when.h"

#define MAIL_BATCH	500
#define DIGEST_MAX	20	/* signals listed in one e-mail; the rest counted */
#define SWEEP_AGE	3600	/* seconds: an upload may be on its way */
#define SWEEP_EVERY	(24 * 3600)

static struct db db;
static struct arena arena;
static volatile sig_atomic_t stopping;

struct def {
	long long	 id;
	struct trajdef	 def;
};

/* Every stored definition: running dossiers may have any of them. */
static int
load_defs(struct def **out, size_t *n)
{
	struct dbres res;
	const char *json, *err;
	size_t i;

	if (DB_QUERY(&db, &arena, &res, "SELECT id, definition FROM"
	    " trajectory_defs ORDER BY id") != 0)
		return -1;
	*out = arena_zalloc(&arena, (res.nrows + 1) * sizeof(**out));
	for (*n = i = 0; i < res.nrows; i++) {
		json = db_val(&res, i, "definition");
		if (trajdef_parse(&arena, json, strlen(json), &(*out)[*n].def,
		    &err) != 0) {
			log_error("definition %s: %s", db_val(&res, i, "id"),
			    err);
			continue;
		}
		(*out)[(*n)++].id = db_int(&res, i, "id");
	}
	return 0;
}

/* Raises the signals of one definition that are due and not yet there. */
static int
raise_signals(const struct def *d, const char *today)
{
	const struct trajdef *t = &d->def;
	size_t s, i, k;

	for (s = 0; s < t->nstates; s++) {
		const struct wf_state *st = &t->states[s];

		if (st->signal_days == 0 || st->final)
			continue;
		if (DB_EXEC(&db, NULL, NULL, "INSERT IGNORE INTO signals"
		    " (dossier_id, kind, rule_key, since, due_on, label,"
		    " created_at, updated_at) SELECT id, 'state', ?,"
		    " state_since, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP()"
		    " FROM dossiers WHERE def_id = ? AND state = ?"
		    " AND state_since <= UTC_TIMESTAMP() - INTERVAL ? DAY",
		    DB_STR(st->key), DB_STR(today), DB_STR(arena_printf(&arena,
		    "Langer dan %d dagen in ‘%s’", st->signal_days, st->label)),
		    DB_INT(d->id), DB_STR(st->key),
		    DB_INT(st->signal_days)) != 0)
			return -1;
	}
	/* A date answer, while the dossier is not finished. */
	for (s = 0; s < t->nsections; s++)
		for (i = 0; i < t->sections[s].nfields; i++) {
			const struct fd_field *f = &t->sections[s].fields[i];

			if (!f->has_signal)
				continue;
			for (k = 0; k < t->nstates; k++) {
				if (t->states[k].final)
					continue;
				if (DB_EXEC(&db, NULL, NULL, "INSERT IGNORE INTO"
				    " signals (dossier_id, kind, rule_key, since,"
				    " due_on, label, created_at, updated_at)"
				    " SELECT id, 'date', ?, day, ?, CONCAT(?,"
				    " DATE_FORMAT(day, '%d-%m-%Y')), UTC_TIMESTAMP(),"
				    " UTC_TIMESTAMP() FROM (SELECT id, CAST(JSON_VALUE("
				    "answers, ?) AS DATE) AS day FROM dossiers"
				    " WHERE def_id = ? AND state = ?) a"
				    " WHERE day <= CAST(? AS DATE) + INTERVAL ? DAY",
				    DB_STR(f->key), DB_STR(today),
				    DB_STR(arena_printf(&arena, "‘%s’: ", f->label)),
				    DB_STR(arena_printf(&arena, "$.%s", f->key)),
				    DB_INT(d->id), DB_STR(t->states[k].key),
				    DB_STR(today), DB_INT(f->signal_days)) != 0)
					return -1;
			}
		}
	return 0;
}

/*
 * An open objection's deadlines: the LBT asked (TLV.ObjectionLbtDays
 * ahead, a week) and the decision on it (TLV.ObjectionDecideDays, two
 * weeks). Dossiers with an objection are finished, so these are the only
 * signals they have.
 */
static int
raise_objection_signals(const char *today)
{
	return DB_EXEC(&db, NULL, NULL, "INSERT IGNORE INTO signals"
	    " (dossier_id, kind, rule_key, since, due_on, label, created_at,"
	    " updated_at) SELECT dossier_id, 'objection', 'lbt', lbt_due_on, ?,"
	    " CONCAT('Bezwaar: het LBT om advies vragen, uiterlijk ',"
	    " DATE_FORMAT(lbt_due_on, '%d-%m-%Y')), UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP() FROM tlv_objections WHERE outcome IS NULL"
	    " AND lbt_asked_on IS NULL AND lbt_due_on <= CAST(? AS DATE)"
	    " + INTERVAL ? DAY", DB_STR(today), DB_STR(today),
	    DB_INT(config_int("TLV.ObjectionLbtDays", 7))) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "INSERT IGNORE INTO signals"
	    " (dossier_id, kind, rule_key, since, due_on, label, created_at,"
	    " updated_at) SELECT dossier_id, 'objection', 'decide',"
	    " decide_due_on, ?, CONCAT('Bezwaar: beslissen, uiterlijk ',"
	    " DATE_FORMAT(decide_due_on, '%d-%m-%Y')), UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP() FROM tlv_objections WHERE outcome IS NULL"
	    " AND decide_due_on <= CAST(? AS DATE) + INTERVAL ? DAY",
	    DB_STR(today), DB_STR(today),
	    DB_INT(config_int("TLV.ObjectionDecideDays", 14))) != 0 ? -1 : 0;
}

/*
 * An issued TLV that ends within TLV.EndSignalMonths: the school is to
 * apply for an extension. It clears once the end date has passed, or
 * when the date changes (a new signal follows if it is still near).
 */
static int
raise_tlv_end_signals(const char *today)
{
	return DB_EXEC(&db, NULL, NULL, "INSERT IGNORE INTO signals"
	    " (dossier_id, kind, rule_key, since, due_on, label, created_at,"
	    " updated_at) SELECT dossier_id, 'tlv_end', 'end', end_date, ?,"
	    " CONCAT(number, ' loopt af op ', DATE_FORMAT(end_date,"
	    " '%d-%m-%Y'), ': vraag op tijd een verlenging aan'),"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM tlv_decisions"
	    " WHERE outcome = 'toegekend' AND end_date >= CAST(? AS DATE)"
	    " AND end_date <= CAST(? AS DATE) + INTERVAL ? MONTH",
	    DB_STR(today), DB_STR(today), DB_STR(today),
	    DB_INT(config_int("TLV.EndSignalMonths", 3))) != 0 ? -1 : 0;
}

/*
 * An issued TLV that no receiving school has confirmed a placement for,
 * TLV.PlacementSignalWeeks after the decision, while it is still valid:
 * the SWV follows up. It clears when a school confirms, or at the end.
 */
static int
raise_placement_signals(const char *today)
{
	return DB_EXEC(&db, NULL, NULL, "INSERT IGNORE INTO signals"
	    " (dossier_id, kind, rule_key, since, due_on, label, created_at,"
	    " updated_at) SELECT dossier_id, 'placement', 'unconfirmed',"
	    " decided_at, ?, CONCAT(number, ': nog geen plaatsing bevestigd, ',"
	    " ?, ' weken na het besluit'), UTC_TIMESTAMP(), UTC_TIMESTAMP()"
	    " FROM tlv_decisions t WHERE outcome = 'toegekend'"
	    " AND decided_at <= UTC_TIMESTAMP() - INTERVAL ? WEEK"
	    " AND end_date >= CAST(? AS DATE) AND NOT EXISTS (SELECT 1"
	    "  FROM tlv_receivers x WHERE x.decision_id = t.id"
	    "  AND x.placed_on IS NOT NULL)", DB_STR(today),
	    DB_INT(config_int("TLV.PlacementSignalWeeks", 6)),
	    DB_INT(config_int("TLV.PlacementSignalWeeks", 6)),
	    DB_STR(today)) != 0 ? -1 : 0;
}

/*
 * Lead time, for types decided with the decision form (the TLV): from
 * when the school handed the request in complete, a warning after
 * TLV.LeadWarnWeeks and "overdue" after TLV.LeadOverdueWeeks, while
 * the SWV has it (not in a state the school edits, not finished).
 */
static int
raise_lead_signals(const struct def *d, const char *today)
{
	const struct trajdef *t = &d->def;
	long warn = config_int("TLV.LeadWarnWeeks", 6);
	long over = config_int("TLV.LeadOverdueWeeks", 8);
	size_t s;

	if (!trajdef_decides(t))
		return 0;
	for (s = 0; s < t->nstates; s++) {
		const struct wf_state *st = &t->states[s];

		if (st->final || st->school_edits)
			continue;
		if (DB_EXEC(&db, NULL, NULL, "INSERT IGNORE INTO signals"
		    " (dossier_id, kind, rule_key, since, due_on, label,"
		    " created_at, updated_at) SELECT id, 'lead', IF(overdue,"
		    " 'overdue', 'warn'), complete_at, ?, IF(overdue, CONCAT("
		    "'Doorlooptijd verstreken: de aanvraag is al meer dan ', ?,"
		    " ' weken compleet'), CONCAT('Doorlooptijd: de aanvraag is ',"
		    " ?, ' weken compleet; na ', ?, ' weken is de termijn"
		    " verstreken')), UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM"
		    " (SELECT id, complete_at, complete_at <= UTC_TIMESTAMP()"
		    " - INTERVAL ? WEEK AS overdue FROM dossiers WHERE def_id = ?"
		    " AND state = ? AND complete_at <= UTC_TIMESTAMP()"
		    " - INTERVAL ? WEEK) x", DB_STR(today), DB_INT(over),
		    DB_INT(warn), DB_INT(over), DB_INT(over), DB_INT(d->id),
		    DB_STR(st->key), DB_INT(warn)) != 0)
			return -1;
	}
	return 0;
}

/*
 * A signal whose cause is gone is cleared; a finished dossier has no
 * signals of its states and dates, nor of its lead time.
 */
static int
clear_signals(const struct def *defs, size_t ndefs, const char *today)
{
	size_t i, s;

	if (DB_EXEC(&db, NULL, NULL, "UPDATE signals g JOIN dossiers d"
	    " ON d.id = g.dossier_id SET g.cleared_at = UTC_TIMESTAMP(),"
	    " g.updated_at = UTC_TIMESTAMP() WHERE g.cleared_at IS NULL"
	    " AND ((g.kind = 'state' AND (d.state <> g.rule_key"
	    "  OR d.state_since <> g.since))"
	    " OR (g.kind = 'date' AND NOT (CAST(JSON_VALUE(d.answers,"
	    "  CONCAT('$.', g.rule_key)) AS DATE) <=> DATE(g.since)))"
	    " OR (g.kind = 'objection' AND NOT EXISTS (SELECT 1"
	    "  FROM tlv_objections o WHERE o.dossier_id = g.dossier_id"
	    "  AND o.outcome IS NULL AND IF(g.rule_key = 'lbt',"
	    "  o.lbt_asked_on IS NULL AND o.lbt_due_on = DATE(g.since),"
	    "  o.decide_due_on = DATE(g.since))))"
	    " OR (g.kind = 'lead' AND (NOT (d.complete_at <=> g.since)"
	    "  OR (g.rule_key = 'warn' AND d.complete_at <= UTC_TIMESTAMP()"
	    "  - INTERVAL ? WEEK)))"
	    " OR (g.kind = 'tlv_end' AND NOT EXISTS (SELECT 1"
	    "  FROM tlv_decisions t WHERE t.dossier_id = g.dossier_id"
	    "  AND t.end_date = DATE(g.since) AND t.end_date >= ?))"
	    " OR (g.kind = 'placement' AND NOT EXISTS (SELECT 1"
	    "  FROM tlv_decisions t WHERE t.dossier_id = g.dossier_id"
	    "  AND t.end_date >= ? AND NOT EXISTS (SELECT 1 FROM"
	    "  tlv_receivers x WHERE x.decision_id = t.id"
	    "  AND x.placed_on IS NOT NULL))))",
	    DB_INT(config_int("TLV.LeadOverdueWeeks", 8)), DB_STR(today),
	    DB_STR(today)) != 0)
		return -1;
	for (i = 0; i < ndefs; i++)
		for (s = 0; s < defs[i].def.nstates; s++) {
			const struct wf_state *st = &defs[i].def.states[s];

			/* Sent back to the school: its lead time waits. */
			if (st->school_edits && !st->initial &&
			    DB_EXEC(&db, NULL, NULL, "UPDATE signals g JOIN"
			    " dossiers d ON d.id = g.dossier_id SET"
			    " g.cleared_at = UTC_TIMESTAMP(), g.updated_at ="
			    " UTC_TIMESTAMP() WHERE g.cleared_at IS NULL"
			    " AND g.kind = 'lead' AND d.def_id = ?"
			    " AND d.state = ?", DB_INT(defs[i].id),
			    DB_STR(st->key)) != 0)
				return -1;
			if (!st->final)
				continue;
			if (DB_EXEC(&db, NULL, NULL, "UPDATE signals g JOIN"
			    " dossiers d ON d.id = g.dossier_id SET"
			    " g.cleared_at = UTC_TIMESTAMP(), g.updated_at ="
			    " UTC_TIMESTAMP() WHERE g.cleared_at IS NULL"
			    " AND g.kind IN ('state', 'date', 'lead')"
			    " AND d.def_id = ? AND d.state = ?",
			    DB_INT(defs[i].id),
			    DB_STR(defs[i].def.states[s].key)) != 0)
				return -1;
		}
	return 0;
}

static const struct wf_state *
state_of(const struct def *defs, size_t ndefs, long long def_id,
    const char *key)
{
	size_t i;

	for (i = 0; i < ndefs; i++)
		if (defs[i].id == def_id)
			return trajdef_state(&defs[i].def, key);
	return NULL;
}

/*
 * Who is told of a signal: the school while the school is to act (its
 * state lets the school edit), else the dossier's handlers, or every
 * SWV staff member when it has none. One e-mail per person: the new
 * signals are gathered under Digest.<user id> first, the first
 * DIGEST_MAX of them by dossier and the rest only counted.
 */
static int
gather(struct req *r, const struct dbres *sig, size_t row, bool school)
{
	long long dossier = db_int(sig, row, "dossier_id");
	struct dbres res;
	const char *p;
	size_t i;
	int n;

	if (DB_QUERY(&db, &arena, &res, "SELECT u.id, u.email, u.name FROM"
	    " users u WHERE u.active = 1 AND IF(?, u.id IN (SELECT user_id"
	    "  FROM role_assignments WHERE role = 'school' AND org_id = ?),"
	    " IF(EXISTS (SELECT 1 FROM dossier_assignments WHERE dossier_id"
	    "  = ? AND role = 'handler'), u.id IN (SELECT user_id FROM"
	    "  dossier_assignments WHERE dossier_id = ? AND role = 'handler'),"
	    "  u.id IN (SELECT user_id FROM role_assignments"
	    "  WHERE role = 'swv')))", DB_INT(school),
	    DB_INT(db_int(sig, row, "school_id")), DB_INT(dossier),
	    DB_INT(dossier)) != 0)
		return -1;
	for (i = 0; i < res.nrows; i++) {
		p = arena_printf(&arena, "Digest.%s", db_val(&res, i, "id"));
		req_set(r, arena_printf(&arena, "%s.email", p),
		    db_val(&res, i, "email"));
		req_set(r, arena_printf(&arena, "%s.name", p),
		    db_val(&res, i, "name"));
		n = hdf_get_int_value(r->hdf, arena_printf(&arena, "%s.n", p),
		    0);
		req_set_int(r, arena_printf(&arena, "%s.n", p), n + 1);
		if (n >= DIGEST_MAX)
			continue;
		p = arena_printf(&arena, "%s.signals.%d", p, n);
		req_set_int(r, arena_printf(&arena, "%s.dossier", p), dossier);
		req_set(r, arena_printf(&arena, "%s.type", p),
		    db_val(sig, row, "type"));
		req_set(r, arena_printf(&arena, "%s.label", p),
		    db_val(sig, row, "label"));
	}
	return 0;
}

static int
mail_digests(struct req *r)
{
	HDF *h;
	int n;

	for (h = hdf_get_child(r->hdf, "Digest"); h != NULL;
	    h = hdf_obj_next(h)) {
		n = hdf_get_int_value(h, "n", 0);
		hdf_remove_tree(r->hdf, "Mail");
		req_set(r, "Mail.name", hdf_get_value(h, "name", ""));
		req_set_int(r, "Mail.count", n);
		req_set_int(r, "Mail.more", n > DIGEST_MAX ? n - DIGEST_MAX : 0);
		req_setf(r, "Mail.link", "%s/signaleringen",
		    config_str("Site.BaseURL", ""));
		if (hdf_copy(r->hdf, "Mail.signals", hdf_get_obj(h,
		    "signals")) != STATUS_OK ||
		    mail_queue(r, hdf_get_value(h, "email", ""), n == 1 ?
		    "Een nieuwe signalering" : arena_printf(&arena, "%d nieuwe "
		    "signaleringen", n), "mail/signals.cs") != 0)
			return -1;
	}
	return 0;
}

/*
 * The new signals, read a batch at a time and mailed once, in one
 * e-mail per person for the whole run.
 */
static int
mail_signals(struct req *r, const struct def *defs, size_t ndefs)
{
	const struct wf_state *st;
	struct dbres sig;
	long long last = 0;
	size_t i;

	hdf_remove_tree(r->hdf, "Digest");
	do {
		if (DB_QUERY(&db, &arena, &sig, "SELECT g.id, g.dossier_id,"
		    " g.kind, g.label, d.def_id, d.state, d.school_id,"
		    " t.name AS type"
		    " FROM signals g JOIN dossiers d ON d.id = g.dossier_id"
		    " JOIN trajectory_types t ON t.id = d.type_id"
		    " WHERE g.mailed_at IS NULL AND g.cleared_at IS NULL"
		    " AND g.id > ? ORDER BY g.id LIMIT ? FOR UPDATE",
		    DB_INT(last), DB_INT(MAIL_BATCH)) != 0)
			return -1;
		for (i = 0; i < sig.nrows; i++) {
			st = state_of(defs, ndefs, db_int(&sig, i, "def_id"),
			    db_val(&sig, i, "state"));
			/* The school acts: where it edits, and to extend. */
			if (gather(r, &sig, i, (st != NULL && st->school_edits) ||
			    strcmp(db_val(&sig, i, "kind"), "tlv_end") == 0) != 0)
				return -1;
		}
		if (sig.nrows > 0)
			last = db_int(&sig, sig.nrows - 1, "id");
	} while (sig.nrows == MAIL_BATCH);
	if (last > 0 && (mail_digests(r) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "UPDATE signals SET mailed_at ="
	    " UTC_TIMESTAMP(), updated_at = UTC_TIMESTAMP() WHERE"
	    " mailed_at IS NULL AND cleared_at IS NULL AND id <= ?",
	    DB_INT(last)) != 0))
		return -1;
	return 0;
}

static int
signals(struct req *r)
{
	struct def *defs;
	size_t ndefs, i;
	char today[11];

	if (when_date(0, today, sizeof(today)) != 0 ||
	    load_defs(&defs, &ndefs) != 0)
		return -1;
	for (i = 0; i < ndefs; i++)
		if (raise_signals(&defs[i], today) != 0 ||
		    raise_lead_signals(&defs[i], today) != 0)
			return -1;
	if (raise_objection_signals(today) != 0 ||
	    raise_tlv_end_signals(today) != 0 ||
	    raise_placement_signals(today) != 0 ||
	    clear_signals(defs, ndefs, today) != 0)
		return -1;
	return mail_signals(r, defs, ndefs);
}

/*
 * Contact messages closed longer ago than Contact.RetentionMonths lose
 * what the sender and the staff wrote; the row stays, with its reference
 * and dates, as the record that the purge happened. The rate limit's
 * rows serve for minutes.
 */
static int
purge_contact(void)
{
	long months = config_int("Contact.RetentionMonths", 12);

#define DUE	" purged_at IS NULL AND closed_at < UTC_TIMESTAMP()"	\
	" - INTERVAL ? MONTH"
	return DB_EXEC(&db, NULL, NULL, "INSERT INTO contact_events"
	    " (message_id, at, kind, label, created_at, updated_at) SELECT id,"
	    " UTC_TIMESTAMP(6), 'state', 'Inhoud verwijderd: de bewaartermijn"
	    " is voorbij', UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM"
	    " contact_messages WHERE" DUE, DB_INT(months)) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "UPDATE contact_events e SET e.body = NULL,"
	    " e.label = IF(e.kind = 'answer', 'Antwoord verstuurd', e.label),"
	    " e.updated_at = UTC_TIMESTAMP() WHERE e.message_id IN (SELECT id"
	    " FROM contact_messages WHERE" DUE ")", DB_INT(months)) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "UPDATE contact_messages SET name = NULL,"
	    " email = NULL, phone = NULL, school = NULL, pupil_first_name ="
	    " NULL, pupil_birth_year = NULL, subject = NULL, body = NULL,"
	    " purged_at = UTC_TIMESTAMP(), version = version + 1, updated_at ="
	    " UTC_TIMESTAMP() WHERE" DUE, DB_INT(months)) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "DELETE FROM contact_posts WHERE at <"
	    " UTC_TIMESTAMP() - INTERVAL 1 DAY") != 0 ? -1 : 0;
#undef DUE
}

/*
 * What has served its purpose. Sessions live Session.MaxHours at most;
 * a guest's also end with the share. Login failures count for an hour.
 */
static int
purge(struct req *r)
{
	char today[11];

	(void)r;
	if (when_date(0, today, sizeof(today)) != 0)
		return -1;
	return DB_EXEC(&db, NULL, NULL, "DELETE FROM sessions WHERE"
	    " created_at < UTC_TIMESTAMP() - INTERVAL ? HOUR",
	    DB_INT(config_int("Session.MaxHours", 10))) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "DELETE s FROM sessions s JOIN shares h"
	    " ON h.id = s.share_id WHERE h.revoked_at IS NOT NULL"
	    " OR h.valid_until < ?", DB_STR(today)) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "DELETE FROM login_failures WHERE"
	    " created_at < UTC_TIMESTAMP() - INTERVAL 1 DAY") != 0 ||
	    DB_EXEC(&db, NULL, NULL, "DELETE FROM password_tokens WHERE"
	    " expires_at < UTC_TIMESTAMP() - INTERVAL 1 DAY") != 0 ||
	    DB_EXEC(&db, NULL, NULL, "DELETE FROM outbox WHERE state = 'sent'"
	    " AND sent_at < UTC_TIMESTAMP() - INTERVAL ? DAY",
	    DB_INT(config_int("Mail.KeepDays", 30))) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "DELETE FROM signals WHERE cleared_at <"
	    " UTC_TIMESTAMP() - INTERVAL ? DAY",
	    DB_INT(config_int("Signals.KeepDays", 90))) != 0 ||
	    purge_contact() != 0 ? -1 : 0;
}

/* Is the file name a store id that no live document holds? */
static int
orphan(const char *name, bool *out)
{
	struct dbres res;

	*out = false;
	if (docstore_path(&arena, name) == NULL)
		return 0;	/* not a document: leave it be */
	if (DB_QUERY(&db, &arena, &res, "SELECT 1 FROM documents WHERE"
	    " store_id = ? AND removed_at IS NULL", DB_STR(name)) != 0)
		return -1;
	*out = res.nrows == 0;
	return 0;
}

/* Unlinks one directory's orphans older than SWEEP_AGE; counts them. */
static int
sweep_dir(const char *dir, time_t now, int *count)
{
	struct dirent *e;
	struct stat sb;
	const char *path;
	DIR *d;
	bool gone;
	int rc = 0;

	if ((d = opendir(dir)) == NULL)
		return 0;
	while (rc == 0 && (e = readdir(d)) != NULL) {
		path = arena_printf(&arena, "%s/%s", dir, e->d_name);
		if (e->d_name[0] == '.' && strncmp(e->d_name, ".part-", 6) != 0)
			continue;
		if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) ||
		    now - sb.st_mtime < SWEEP_AGE)
			continue;
		if (strncmp(e->d_name, ".part-", 6) == 0)
			gone = true;	/* an upload that never finished */
		else if ((rc = orphan(e->d_name, &gone)) != 0)
			break;
		if (gone && unlink(path) == 0)
			(*count)++;
	}
	closedir(d);
	return rc;
}

static int
sweep(struct req *r)
{
	const char *top = config_str("Documents.Dir",
	    "/var/lib/passend/documents");
	const char *mark = arena_printf(&arena, "%s/.swept", top);
	time_t now = time(NULL);
	struct stat sb;
	int count = 0, fd;
	char sub[3];
	unsigned i;

	(void)r;
	/* One look per file, a query each: once a day is enough. */
	if (stat(mark, &sb) == 0 && now - sb.st_mtime < SWEEP_EVERY)
		return 0;
	if ((fd = open(mark, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0600)) >= 0)
		close(fd);
	if (sweep_dir(top, now, &count) != 0)
		return -1;
	for (i = 0; i < 256; i++) {
		snprintf(sub, sizeof(sub), "%02x", i);
		if (sweep_dir(arena_printf(&arena, "%s/%s", top, sub), now,
		    &count) != 0)
			return -1;
	}
	if (count > 0)
		log_info("sweep: removed %d file(s) no document holds", count);
	return 0;
}

/* Each job in its own transaction; returns how many failed. */
static int
run(struct req *r)
{
	static const struct {
		const char	*name;
		int		(*fn)(struct req *);
	} jobs[] = { { "signals", signals }, { "purge", purge },
	    { "sweep", sweep } };
	size_t i;
	int failed = 0;

	if (db_connect(&db) != 0)
		return 1;
	for (i = 0; i < sizeof(jobs) / sizeof(jobs[0]); i++) {
		if (db_begin(&db) != 0 || jobs[i].fn(r) != 0 ||
		    db_commit(&db) != 0) {
			log_error("%s failed", jobs[i].name);
			db_rollback(&db);
			failed++;
		}
		hdf_remove_tree(r->hdf, "Digest");
		hdf_remove_tree(r->hdf, "Mail");
		arena_reset(&arena);
	}
	return failed;
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
	bool loop = argc > 1 && strcmp(argv[1], "--loop") == 0;
	struct req r = { 0 };
	unsigned left;
	int failed;

	log_init("passend-cron");
	if (config_load() != 0 || render_init() != 0 ||
	    hdf_init(&r.hdf) != STATUS_OK)
		return 1;
	when_init();
	r.arena = &arena;
	r.db = &db;
	signal(SIGTERM, on_term);
	signal(SIGINT, on_term);
	do {
		failed = run(&r);
		for (left = (unsigned)config_int("Cron.IntervalSeconds", 60);
		    loop && !stopping && left > 0; left--)
			sleep(1);
	} while (loop && !stopping);
	db_close(&db);
	hdf_destroy(&r.hdf);
	render_free();
	arena_free(&arena);
	config_free();
	/* A timer's run that failed shows as failed (systemctl status). */
	return failed > 0;
}
