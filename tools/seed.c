/*
 * passend-seed: the demo SWV (./dev up) and single users for tests.
 *
 *   passend-seed demo LOGINS_FILE     fictional SWV, one account per role;
 *                                     role<TAB>e-mail<TAB>password lines
 *   passend-seed user EMAIL NAME PASSWORD [ROLE ORG_ID] [demo]
 *                                     prints the new user's id
 *   passend-seed org TYPE NAME        prints the new organisation's id
 *   passend-seed trajectory FILE      imports a trajectory definition
 *                                     (JSON) unless it is already current
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "config.h"
#include "crypto.h"
#include "db.h"
#include "docstore.h"
#include "dossier.h"
#include "log.h"
#include "when.h"
#include "password.h"
#include "perm.h"
#include "tlv.h"

static struct db db;
static struct arena arena;

static long long user_id(const char *);

static long long
org(const char *type, const char *name, long long bestuur, long long dv,
    const char *brin, const char *school_type, int inside, const char *kind)
{
	long long id = 0;

	if (DB_EXEC(&db, NULL, &id, "INSERT INTO organisations (type, name,"
	    " bestuur_id, deelverband_id, brin, vestiging, school_type,"
	    " inside_swv, extern_kind, city, version, created_at, updated_at)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Voorbeeldstad', 1,"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP())", DB_STR(type), DB_STR(name),
	    bestuur ? DB_INT(bestuur) : DB_NULL, dv ? DB_INT(dv) : DB_NULL,
	    DB_STR(brin), DB_STR(brin != NULL ? "00" : NULL),
	    DB_STR(school_type), DB_INT(inside), DB_STR(kind)) != 0) {
		fprintf(stderr, "passend-seed: cannot add %s\n", name);
		exit(1);
	}
	return id;
}

static long long
user(const char *email, const char *name, const char *pw, const char *role,
    long long org_id, int demo)
{
	char hash[PASSWORD_HASH_LEN];
	long long id = 0;

	if (password_hash(pw, hash) != 0 ||
	    DB_EXEC(&db, NULL, &id, "INSERT INTO users (email, name,"
	    " password_hash, active, demo, version, created_at, updated_at)"
	    " VALUES (?, ?, ?, 1, ?, 1, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_STR(email), DB_STR(name), DB_STR(hash), DB_INT(demo)) != 0 ||
	    (role != NULL && DB_EXEC(&db, NULL, NULL, "INSERT INTO"
	    " role_assignments (user_id, role, org_id, created_at, updated_at)"
	    " VALUES (?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())", DB_INT(id),
	    DB_STR(role), DB_INT(org_id)) != 0)) {
		fprintf(stderr, "passend-seed: cannot add user %s\n", email);
		exit(1);
	}
	return id;
}

/* Readable but random: four groups of five. */
static void
demo_password(char out[32])
{
	static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
	unsigned char raw[20];
	int i, o = 0;

	if (crypto_random(raw, sizeof(raw)) != 0)
		exit(1);
	for (i = 0; i < 20; i++) {
		if (i > 0 && i % 5 == 0)
			out[o++] = '-';
		out[o++] = alphabet[raw[i] % (sizeof(alphabet) - 1)];
	}
	out[o] = '\0';
}

static long long
pupil(long long school, const char *first, const char *prefix,
    const char *last, const char *birth, const char *gender,
    const char *grade)
{
	long long id = 0;

	if (DB_EXEC(&db, NULL, &id, "INSERT INTO pupils (school_id, first_name,"
	    " name_prefix, last_name, birth_date, gender, grade, parent1_name,"
	    " parent1_email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?,"
	    " ?, ?, 'ouder@passend.example', UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_INT(school), DB_STR(first), DB_STR(prefix), DB_STR(last),
	    DB_STR(birth), DB_STR(gender), DB_STR(grade),
	    DB_STR(arena_printf(&arena, "Ouder van %s", first))) != 0) {
		fprintf(stderr, "passend-seed: cannot add pupil %s\n", first);
		exit(1);
	}
	return id;
}

/* A dossier of an imported type, in a state for some days, with answers. */
static long long
dossier(const char *type, long long pupil_id, long long school,
    long long bestuur, long long dv, const char *state, int days,
    const char *answers, long long by)
{
	long long id = 0;

	/* Handed in complete some weeks before it got where it is. */
	if (DB_EXEC(&db, NULL, &id, "INSERT INTO dossiers (type_id, def_id,"
	    " pupil_id, school_id, bestuur_id, deelverband_id, state,"
	    " state_since, answers, submitted_at, complete_at, created_by,"
	    " created_at, updated_at) SELECT t.id, t.def_id, p.id, ?, ?, ?,"
	    " ?, UTC_TIMESTAMP() - INTERVAL ? DAY, ?, x.at, x.at, ?,"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP()"
	    " FROM trajectory_types t JOIN pupils p ON p.id = ?"
	    " JOIN (SELECT IF(? IN ('concept', 'ingetrokken'), NULL,"
	    " UTC_TIMESTAMP()"
	    " - INTERVAL (? + LEAST(? * 2, 30)) DAY) AS at) AS x"
	    " WHERE t.tkey = ?",
	    DB_INT(school), DB_INT(bestuur), DB_INT(dv),
	    DB_STR(state), DB_INT(days), DB_STR(answers), DB_INT(by),
	    DB_INT(pupil_id), DB_STR(state), DB_INT(days), DB_INT(days),
	    DB_STR(type)) != 0 || id == 0 ||
	    DB_EXEC(&db, NULL, NULL, "INSERT INTO dossier_events (dossier_id,"
	    " at, user_id, kind, label, created_at, updated_at) VALUES (?,"
	    " UTC_TIMESTAMP(6), ?, 'created', 'Dossier aangemaakt',"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP())", DB_INT(id), DB_INT(by)) != 0) {
		fprintf(stderr, "passend-seed: cannot add a %s dossier (is the"
		    " trajectory imported?)\n", type);
		exit(1);
	}
	return id;
}

static void
assign(long long dossier_id, const char *email, const char *role)
{
	if (DB_EXEC(&db, NULL, NULL, "INSERT INTO dossier_assignments"
	    " (dossier_id, user_id, role, created_at, updated_at) SELECT ?, id,"
	    " ?, UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM users WHERE email = ?",
	    DB_INT(dossier_id), DB_STR(role), DB_STR(email)) != 0)
		exit(1);
}

static void
event(long long dossier_id, const char *kind, const char *label)
{
	if (DB_EXEC(&db, NULL, NULL, "INSERT INTO dossier_events (dossier_id,"
	    " at, kind, label, created_at, updated_at) VALUES (?,"
	    " UTC_TIMESTAMP(6), ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    DB_INT(dossier_id), DB_STR(kind), DB_STR(label)) != 0)
		exit(1);
}

/* An advice by an assigned adviser, signed or still a draft. */
static void
advice(long long dossier_id, int slot, const char *email, const char *body,
    bool sign)
{
	assign(dossier_id, email, slot == 1 ? "adviser1" : "adviser2");
	if (DB_EXEC(&db, NULL, NULL, "INSERT INTO advices (dossier_id, slot,"
	    " user_id, body, profession, signed_at, created_at, updated_at)"
	    " SELECT ?, ?, id, ?, IF(?, profession, NULL), IF(?,"
	    " UTC_TIMESTAMP(), NULL), UTC_TIMESTAMP(), UTC_TIMESTAMP()"
	    " FROM users WHERE email = ?", DB_INT(dossier_id), DB_INT(slot),
	    DB_STR(body), DB_INT(sign), DB_INT(sign), DB_STR(email)) != 0)
		exit(1);
	if (sign)
		event(dossier_id, "advice", arena_printf(&arena, "Advies %d"
		    " ondertekend", slot));
}

/*
 * The decision: issued (kind set, with the year's next number) for the
 * receiving school, or refused; the parents informed or not yet.
 */
static void
decision(long long dossier_id, const char *kind, const char *category,
    const char *start, const char *end, long long receiver,
    long long receiver2, bool informed)
{
	long long n = 0, id = 0;
	const char *number = NULL;
	char today[11];

	if (when_date(0, today, sizeof(today)) != 0)
		exit(1);
	/* Numbered as the decision form numbers them (decision.c). */
	if (kind != NULL) {
		if (DB_EXEC(&db, NULL, &n, "INSERT INTO tlv_counters (year,"
		    " last) VALUES (?, LAST_INSERT_ID(1)) ON DUPLICATE KEY"
		    " UPDATE last = LAST_INSERT_ID(last + 1)",
		    DB_INT(atoi(today))) != 0)
			exit(1);
		number = arena_printf(&arena, "TLV-%.4s-%05lld", today, n);
	}
	if (DB_EXEC(&db, NULL, &id, "INSERT INTO tlv_decisions (dossier_id,"
	    " outcome, number, kind, category, start_date, end_date,"
	    " duration_reason, category_reason, refusal_reason, decided_by,"
	    " decided_at, parents_informed_on, parents_informed_by,"
	    " created_at, updated_at) SELECT ?, IF(? IS NULL, 'afgewezen',"
	    " 'toegekend'), ?, ?, ?, ?, ?, IF(? IS NULL, NULL, 'Zo lang heeft de"
	    " leerling nodig om te wennen en te groeien; daarna kijken we"
	    " opnieuw.'),"
	    " IF(? IS NULL, NULL, 'De zorg en begeleiding passen bij deze"
	    " categorie.'), IF(? IS NULL, 'De school kan met een arrangement"
	    " bieden wat nodig is.', NULL), u.id, d.state_since,"
	    " IF(?, ?, NULL), IF(?, s.id, NULL), UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP() FROM users u JOIN users s"
	    " ON s.email = 'ib.regenboog@passend.example'"
	    " JOIN dossiers d ON d.id = ?"
	    " WHERE u.email = 'beslisser@passend.example'",
	    DB_INT(dossier_id), DB_STR(kind), DB_STR(number), DB_STR(kind),
	    DB_STR(category), DB_STR(start), DB_STR(end), DB_STR(kind),
	    DB_STR(category), DB_STR(kind), DB_INT(informed), DB_STR(today),
	    DB_INT(informed), DB_INT(dossier_id)) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "INSERT INTO tlv_receivers (decision_id,"
	    " school_id, created_at, updated_at) SELECT ?, id, UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP() FROM organisations WHERE id IN (?, ?)",
	    DB_INT(id), DB_INT(receiver), DB_INT(receiver2)) != 0 ||
	    tlv_documents_make(&db, &arena, id) != 0)
		exit(1);
	event(dossier_id, "decision", number != NULL ? arena_printf(&arena,
	    "%s afgegeven", number) : "Aanvraag afgewezen");
}

static const char tlv_concept[] = "{\"loopbaan\": \"Groep 1 tot en met 4 op "
    "De Regenboog. Vanaf groep 3 achterstand in lezen.\", \"doublure\": "
    "\"ja\", \"doublure_toelichting\": \"Groep 3\"}";
static const char tlv_complete[] = "{\"loopbaan\": \"Groep 1 tot en met 6 "
    "op De Regenboog.\", \"doublure\": \"nee\", \"vraag\": \"Welke "
    "onderwijsplek biedt de structuur en kleine groep die Daan nodig heeft?\","
    " \"belemmerend\": \"Prikkelgevoelig, snel overvraagd in de grote "
    "groep.\", \"bevorderend\": \"Gemotiveerd, goede band met de "
    "leerkracht.\", \"geboden\": \"Twee jaar arrangement met ambulante "
    "begeleiding, eigen werkplek, aangepast rooster.\", \"betrokken-ambulant\":"
    " \"1\", \"betrokken-wijkteam\": \"1\", \"toetsen-1-toets\": \"WISC-V\","
    " \"toetsen-1-datum\": \"2026-03-12\", \"toetsen-1-uitslag\": \"TIQ 84\","
    " \"besproken\": \"ja\", \"zienswijze_ouders\": \"Ouders steunen de "
    "aanvraag.\", \"gewenst\": \"sbo\"}";
static const char arrangement[] = "{\"soort\": \"gedrag\", \"doel\": "
    "\"Zelfstandig werken in de klas, minder conflicten op het plein.\", "
    "\"uren\": \"4\", \"start\": \"2026-09-01\", \"zorgpartner\": \"nee\","
    " \"akkoord\": \"ja\"}";

/*
 * A one-page PDF saying what it is, with a correct cross-reference
 * table: the demo's documents open in any reader.
 */
static char *
demo_pdf(const char *line, size_t *len)
{
	char *objs[5], *pdf, *p;
	size_t off[5], n, i, xref;

	objs[0] = "<< /Type /Catalog /Pages 2 0 R >>";
	objs[1] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
	objs[2] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
	    " /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>";
	objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
	p = arena_printf(&arena, "BT /F1 14 Tf 72 770 Td (%s) Tj ET", line);
	objs[4] = arena_printf(&arena, "<< /Length %zu >>\nstream\n%s\n"
	    "endstream", strlen(p), p);
	pdf = arena_alloc(&arena, 4096);
	n = (size_t)snprintf(pdf, 4096, "%%PDF-1.4\n");
	for (i = 0; i < 5; i++) {
		off[i] = n;
		n += (size_t)snprintf(pdf + n, 4096 - n, "%zu 0 obj\n%s\nendobj\n",
		    i + 1, objs[i]);
	}
	xref = n;
	n += (size_t)snprintf(pdf + n, 4096 - n, "xref\n0 6\n"
	    "0000000000 65535 f \n");
	for (i = 0; i < 5; i++)
		n += (size_t)snprintf(pdf + n, 4096 - n, "%010zu 00000 n \n",
		    off[i]);
	n += (size_t)snprintf(pdf + n, 4096 - n, "trailer\n<< /Size 6 /Root 1 0 R"
	    " >>\nstartxref\n%zu\n%%%%EOF\n", xref);
	*len = n;
	return pdf;
}

/* A demo document in the store, attached to a file field. */
static void
document(long long dossier_id, const char *field, const char *name,
    const char *line, long long by)
{
	struct stored sd;
	size_t len;
	char *pdf = demo_pdf(line, &len);
	FILE *fp = fmemopen(pdf, len, "rb");

	if (fp == NULL || docstore_put(&arena, fp, &sd) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "INSERT INTO documents (dossier_id,"
	    " field_key, file_name, mime_type, size, sha256, store_id,"
	    " uploaded_by, uploaded_at) VALUES (?, ?, ?, 'application/pdf', ?,"
	    " ?, ?, ?, UTC_TIMESTAMP())", DB_INT(dossier_id), DB_STR(field),
	    DB_STR(name), DB_INT(sd.size), DB_STR(sd.sha256), DB_STR(sd.id),
	    DB_INT(by)) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "INSERT INTO dossier_events (dossier_id,"
	    " at, user_id, kind, label, created_at, updated_at) VALUES (?,"
	    " UTC_TIMESTAMP(6), ?, 'upload', ?, UTC_TIMESTAMP(),"
	    " UTC_TIMESTAMP())", DB_INT(dossier_id), DB_INT(by),
	    DB_STR(arena_printf(&arena, "Document toegevoegd: %s", name))) != 0) {
		fprintf(stderr, "passend-seed: cannot store document %s\n", name);
		exit(1);
	}
	fclose(fp);
}

/* Pupils and dossiers in several states, for the demo schools. */
/* TLV requests in every state after the concept, two of them issued. */
static void
demo_tlvs(long long regenboog, long long kompas, long long linde,
    long long anker, long long noord, long long zuid, long long sbo,
    long long so, long long baken)
{
	long long ib = user_id("ib.regenboog@passend.example");
	long long ib2 = user_id("ib.kompas@passend.example");
	long long d;

	d = dossier("tlv", pupil(regenboog, "Sem", "", "Bakker", "2016-11-02",
	    "jongen", "groep 5"), regenboog, linde, noord, "ingediend", 2,
	    tlv_complete, ib);
	/* Waiting for the RVZ: the step exists while the SWV asks for it
	 * (off in the demo); one already there can still be approved. */
	dossier("tlv", pupil(regenboog, "Julia", "", "Mulder", "2017-03-08",
	    "meisje", "groep 4"), regenboog, linde, noord, "rvz", 1,
	    tlv_complete, ib);
	d = dossier("tlv", pupil(regenboog, "Lotte", "van der", "Meer",
	    "2015-06-21", "meisje", "groep 7"), regenboog, linde, noord,
	    "aanvulling", 6, tlv_complete, ib);
	assign(d, "medewerker@passend.example", "handler");
	d = dossier("tlv", pupil(regenboog, "Finn", "", "Visser", "2016-02-14",
	    "jongen", "groep 6"), regenboog, linde, noord, "advies", 16,
	    tlv_complete, ib);
	assign(d, "medewerker@passend.example", "handler");
	advice(d, 1, "orthopedagoog@passend.example", "Finn heeft een kleine,"
	    " voorspelbare groep nodig; het onderzoek en het OPP laten zien dat"
	    " de basisschool dat niet kan bieden. Ik adviseer SBO voor twee"
	    " schooljaren.", true);
	advice(d, 2, "jeugdarts@passend.example", "Concept: nog navragen bij de"
	    " huisarts.", false);
	d = dossier("tlv", pupil(kompas, "Emma", "de", "Jong", "2014-09-09",
	    "meisje", "groep 8"), kompas, anker, zuid, "besluit", 3,
	    tlv_complete, ib2);
	assign(d, "medewerker@passend.example", "handler");
	advice(d, 1, "psycholoog@passend.example", "Emma heeft langdurig"
	    " intensieve zorg nodig. Ik adviseer SO, categorie midden.", true);
	advice(d, 2, "jeugdarts@passend.example", "Medisch onderbouwd: de"
	    " zorgbehoefte past bij categorie midden.", true);
	d = dossier("tlv", pupil(regenboog, "Mees", "", "Hendriks",
	    "2016-07-30", "jongen", "groep 6"), regenboog, linde, noord,
	    "toegekend", 40, tlv_complete, ib);
	advice(d, 1, "orthopedagoog@passend.example", "Ik adviseer SBO.", true);
	advice(d, 2, "jeugdarts@passend.example", "Eens: SBO past.", true);
	decision(d, "sbo", NULL, "2026-08-01", "2028-07-31", sbo, 0, true);
	d = dossier("tlv", pupil(kompas, "Yara", "", "El Idrissi", "2013-03-17",
	    "meisje", "groep 8"), kompas, anker, zuid, "toegekend", 12,
	    tlv_complete, ib2);
	advice(d, 1, "psycholoog@passend.example", "Ik adviseer SO, categorie"
	    " laag.", true);
	advice(d, 2, "jeugdarts@passend.example", "Eens, categorie laag.",
	    true);
	decision(d, "so", "laag", "2026-09-01", "2027-08-31", so, baken,
	    false);
	d = dossier("tlv", pupil(kompas, "Ties", "van", "Leeuwen", "2015-12-01",
	    "jongen", "groep 7"), kompas, anker, zuid, "afgewezen", 20,
	    tlv_complete, ib2);
	advice(d, 1, "orthopedagoog@passend.example", "Met een arrangement kan"
	    " Ties op zijn school blijven.", true);
	advice(d, 2, "jeugdarts@passend.example", "Eens.", true);
	decision(d, NULL, NULL, NULL, NULL, 0, 0, true);
	/* Withdrawn before it was handed in: the family moved away. */
	d = dossier("tlv", pupil(kompas, "Sara", "", "Peeters", "2016-05-19",
	    "meisje", "groep 5"), kompas, anker, zuid, "ingetrokken", 9,
	    "{\"loopbaan\": \"Groep 1 tot en met 5 op Het Kompas.\"}", ib2);
	event(d, "transition", "Aanvraag intrekken: van Concept naar"
	    " Ingetrokken");
}

/* A message from the contact form, some days old, in a state. */
static long long
message(const char *kind, const char *name, const char *email,
    const char *subject, const char *body, int days, const char *state,
    const char *assignee)
{
	long long id = 0;

	if (DB_EXEC(&db, NULL, &id, "INSERT INTO contact_messages (state,"
	    " sender_kind, name, email, subject, body, consent_at,"
	    " assigned_to, received_at, closed_at, created_at, updated_at)"
	    " SELECT ?, ?, ?, ?, ?, ?, x.at, u.id, x.at, IF(? = 'gesloten',"
	    " UTC_TIMESTAMP(), NULL), x.at, x.at FROM (SELECT UTC_TIMESTAMP()"
	    " - INTERVAL ? DAY AS at) AS x LEFT JOIN users u ON u.email = ?",
	    DB_STR(state), DB_STR(kind), DB_STR(name), DB_STR(email),
	    DB_STR(subject), DB_STR(body), DB_STR(state), DB_INT(days),
	    DB_STR(assignee)) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "UPDATE contact_messages SET reference ="
	    " CONCAT('C-', 100000 + id) WHERE id = ?", DB_INT(id)) != 0)
		exit(1);
	return id;
}

static void
message_event(long long id, const char *email, const char *kind,
    const char *label, const char *body)
{
	if (DB_EXEC(&db, NULL, NULL, "INSERT INTO contact_events (message_id,"
	    " at, user_id, kind, label, body, created_at, updated_at) SELECT ?,"
	    " UTC_TIMESTAMP(6), id, ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP()"
	    " FROM users WHERE email = ?", DB_INT(id), DB_STR(kind),
	    DB_STR(label), DB_STR(body), DB_STR(email)) != 0)
		exit(1);
}

/* The contact form's inbox: one message in each state. */
static void
demo_messages(void)
{
	const char *staff = "medewerker@passend.example";
	long long id;

	message("ouder", "Fatima El Amrani", "ouder@passend.example",
	    "Welke school past bij mijn zoon?", "Mijn zoon zit in groep 5 en"
	    " loopt vast in de grote klas. De school zegt dat ze hem niet"
	    " genoeg kan bieden. Met wie kan ik praten over een andere"
	    " school?", 1, "nieuw", NULL);
	id = message("professional", "Joost de Wit (wijkteam)",
	    "wijkteam@passend.example", "Thuiszittende leerling",
	    "Wij begeleiden een gezin van wie de dochter (12) al zes weken"
	    " niet naar school gaat. Kunnen we een overleg plannen?", 3,
	    "in_behandeling", staff);
	message_event(id, staff, "assigned", "Toegewezen aan Mira Jansen",
	    NULL);
	message_event(id, staff, "note", "Interne notitie", "Leerplicht is"
	    " op de hoogte; overleg voorstellen voor volgende week.");
	id = message("school", "Karin Bos", "ib@school-buiten.example",
	    "TLV voor een leerling die verhuist", "Een leerling verhuist naar"
	    " uw regio en heeft een TLV van haar huidige samenwerkingsverband."
	    " Geldt die ook bij u?", 8, "beantwoord", staff);
	message_event(id, staff, "answer", "Antwoord verstuurd naar"
	    " ib@school-buiten.example", "Een TLV blijft geldig bij een"
	    " verhuizing tot de einddatum. Neem contact met ons op als de"
	    " leerling bij ons start.");
	message("anders", "Peter Smit", "p.smit@passend.example",
	    "Folder passend onderwijs", "Heeft u een folder voor ouders?", 20,
	    "gesloten", staff);
}

static void
demo_dossiers(long long regenboog, long long kompas, long long linde,
    long long anker, long long noord, long long zuid)
{
	long long ib, ib2, a, b, c, d;

	ib = user_id("ib.regenboog@passend.example");
	ib2 = user_id("ib.kompas@passend.example");
	a = pupil(regenboog, "Daan", "de", "Boer", "2016-04-12", "jongen",
	    "groep 6");
	b = pupil(regenboog, "Noor", "", "Smits", "2017-09-30", "meisje",
	    "groep 5");
	c = pupil(kompas, "Liam", "van", "Dijk", "2015-01-08", "jongen",
	    "groep 8");
	dossier("tlv", b, regenboog, linde, noord, "concept", 0, tlv_concept,
	    ib);
	d = dossier("tlv", a, regenboog, linde, noord, "in_behandeling", 3,
	    tlv_complete, ib);
	document(d, "opp", "OPP Daan de Boer.pdf", "Ontwikkelingsperspectief"
	    " (demo)", ib);
	assign(d, "medewerker@passend.example", "handler");
	assign(d, "orthopedagoog@passend.example", "adviser1");
	assign(d, "jeugdarts@passend.example", "adviser2");
	/* Waiting past its state's signal_days: Signaleringen has one. */
	dossier("arrangement", c, kompas, anker, zuid, "ingediend", 12,
	    arrangement, ib2);
}

static long long
user_id(const char *email)
{
	struct dbres res;

	if (DB_QUERY(&db, &arena, &res, "SELECT id FROM users WHERE email = ?",
	    DB_STR(email)) != 0 || res.nrows != 1)
		exit(1);
	return db_int(&res, 0, "id");
}

static int
trajectory(const char *path)
{
	FILE *f;
	char *buf;
	size_t len;
	const char *err;
	int rc;

	if ((f = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "passend-seed: cannot read %s\n", path);
		return 1;
	}
	buf = arena_alloc(&arena, TRAJ_MAX + 1);
	len = fread(buf, 1, TRAJ_MAX + 1, f);
	fclose(f);
	if (len > TRAJ_MAX) {
		fprintf(stderr, "passend-seed: %s is too big\n", path);
		return 1;
	}
	buf[len] = '\0';
	if (db_begin(&db) != 0)
		return 1;
	rc = traj_import(&db, &arena, buf, len, 0, &err, NULL);
	if (rc == -1)
		fprintf(stderr, "passend-seed: %s: %s\n", path, err);
	if (rc != 0 || db_commit(&db) != 0) {
		db_rollback(&db);
		return 1;
	}
	printf("%s imported\n", path);
	return 0;
}

static int
demo(const char *logins)
{
	struct dbres res;
	long long swv, noord, zuid, linde, anker, horizon, regenboog, kompas,
	    wegwijzer, so, baken, pro, gemeente, lp, jz, insp, bureau;
	FILE *out;
	size_t i;
	struct { const char *role, *email, *name; long long *org; } acc[] = {
		{ "beheerder", "beheerder@passend.example", "Bram Beheer", &swv },
		{ "swv", "medewerker@passend.example", "Mira Jansen", &swv },
		{ "beslisser", "beslisser@passend.example", "Dr. Karel Smit", &swv },
		{ "deskundige", "orthopedagoog@passend.example", "Anouk Visser", &swv },
		{ "deskundige", "psycholoog@passend.example", "Joris Bakker", &bureau },
		{ "deskundige", "jeugdarts@passend.example", "Lotte Willems", &bureau },
		{ "school", "ib.regenboog@passend.example", "Sanne de Vries", &regenboog },
		{ "school", "ib.kompas@passend.example", "Youssef El Amrani", &kompas },
		{ "rvz", "rvz.linde@passend.example", "Petra Mulder", &linde },
		{ "coordinator", "coordinator.noord@passend.example", "Hanneke Bos", &noord },
		{ "ontvangend", "ontvangend.horizon@passend.example", "Ellen de Groot", &so },
		{ "ontvangend", "ontvangend.baken@passend.example", "Kees Timmer", &baken },
		{ "leerplicht", "leerplicht@passend.example", "Ruud Hendriks", &lp },
		{ "jeugdzorg", "jeugdzorg@passend.example", "Fatima Yilmaz", &jz },
		{ "inspectie", "inspectie@passend.example", "Inge van Dam", &insp },
	};

	if (DB_QUERY(&db, &arena, &res, "SELECT COUNT(*) AS n FROM organisations")
	    != 0)
		return 1;
	if (db_int(&res, 0, "n") > 0) {
		printf("demo data already present\n");
		return 0;
	}
	if (db_begin(&db) != 0)
		return 1;
	swv = org("swv", "Samenwerkingsverband Passend Onderwijs Voorbeeldregio",
	    0, 0, NULL, NULL, 1, NULL);
	DB_EXEC(&db, NULL, NULL, "UPDATE organisations SET street ="
	    " 'Stationsplein 1', postcode = '1234 AB', email ="
	    " 'info@passend.example', phone = '010-1234567', website_url ="
	    " 'https://www.swv-voorbeeld.nl', privacy_url ="
	    " 'https://www.swv-voorbeeld.nl/privacy' WHERE id = ?",
	    DB_INT(swv));
	noord = org("deelverband", "Deelverband Noord", 0, 0, NULL, NULL, 1, NULL);
	zuid = org("deelverband", "Deelverband Zuid", 0, 0, NULL, NULL, 1, NULL);
	linde = org("bestuur", "Stichting Primair Onderwijs De Linde", 0, 0,
	    NULL, NULL, 1, NULL);
	anker = org("bestuur", "Vereniging Christelijk Onderwijs Het Anker", 0, 0,
	    NULL, NULL, 1, NULL);
	horizon = org("bestuur", "Stichting Speciaal Onderwijs De Horizon", 0, 0,
	    NULL, NULL, 1, NULL);
	regenboog = org("school", "Basisschool De Regenboog", linde, noord,
	    "12AB", "bao", 1, NULL);
	kompas = org("school", "CBS Het Kompas", anker, zuid, "34CD", "bao", 1,
	    NULL);
	org("school", "Basisschool De Vlinder", linde, zuid, "35CE", "bao", 1, NULL);
	wegwijzer = org("school", "SBO De Wegwijzer", linde, noord, "56EF",
	    "sbo", 1, NULL);
	so = org("school", "De Horizon, school voor SO en VSO", horizon, zuid,
	    "78GH", "so", 1, NULL);
	/* A receiving school outside the SWV, with an account of its own. */
	baken = org("school", "Mytylschool Het Baken", 0, 0, "91LM", "so", 0,
	    NULL);
	pro = org("school", "Praktijkschool Over de Brug", 0, 0, "90JK", "pro",
	    0, NULL);
	gemeente = org("extern", "Gemeente Voorbeeldstad", 0, 0, NULL, NULL, 0,
	    "gemeente");
	lp = org("extern", "Leerplicht Regio Voorbeeldstad", 0, 0, NULL, NULL, 0,
	    "leerplicht");
	jz = org("extern", "Jeugdteam Voorbeeldstad", 0, 0, NULL, NULL, 0,
	    "jeugdzorg");
	insp = org("extern", "Inspectie van het Onderwijs", 0, 0, NULL, NULL, 0,
	    "inspectie");
	bureau = org("extern", "Adviesbureau Perspectief", 0, 0, NULL, NULL, 0,
	    "overig");
	(void)pro, (void)gemeente;
	if ((out = fopen(logins, "w")) == NULL) {
		fprintf(stderr, "passend-seed: cannot write %s\n", logins);
		return 1;
	}
	for (i = 0; i < sizeof(acc) / sizeof(acc[0]); i++) {
		char pw[32];

		demo_password(pw);
		user(acc[i].email, acc[i].name, pw, acc[i].role, *acc[i].org, 1);
		fprintf(out, "%s\t%s\t%s\n", acc[i].role, acc[i].email, pw);
	}
	if (fclose(out) != 0 ||
	    DB_EXEC(&db, NULL, NULL, "UPDATE users SET profession ="
	    " CASE email WHEN 'orthopedagoog@passend.example' THEN"
	    " 'orthopedagoog' WHEN 'psycholoog@passend.example' THEN"
	    " 'psycholoog' WHEN 'jeugdarts@passend.example' THEN 'arts' END"
	    " WHERE email LIKE '%@passend.example'") != 0)
		return 1;
	demo_dossiers(regenboog, kompas, linde, anker, noord, zuid);
	demo_tlvs(regenboog, kompas, linde, anker, noord, zuid, wegwijzer, so,
	    baken);
	demo_messages();
	if (traj_mark_finished(&db) != 0 || db_commit(&db) != 0)
		return 1;
	printf("demo data loaded\n");
	return 0;
}

int
main(int argc, char **argv)
{
	int rc = 2;

	log_init("passend-seed");
	when_init();
	if (config_load() != 0 || db_connect(&db) != 0)
		return 1;
	if (argc == 3 && strcmp(argv[1], "demo") == 0)
		rc = demo(argv[2]);
	else if (argc >= 5 && argc <= 8 && strcmp(argv[1], "user") == 0) {
		int isdemo = strcmp(argv[argc - 1], "demo") == 0;
		int nrole = argc - 5 - isdemo;

		if (nrole == 2 && role_from_key(argv[5]) < 0)
			fprintf(stderr, "passend-seed: unknown role %s\n", argv[5]);
		else if (nrole == 0 || nrole == 2) {
			printf("%lld\n", user(argv[2], argv[3], argv[4],
			    nrole ? argv[5] : NULL, nrole ? atoll(argv[6]) : 0,
			    isdemo));
			rc = 0;
		}
	} else if (argc == 3 && strcmp(argv[1], "trajectory") == 0) {
		rc = trajectory(argv[2]);
	} else if (argc == 4 && strcmp(argv[1], "org") == 0) {
		printf("%lld\n", org(argv[2], argv[3], 0, 0, NULL, NULL,
		    strcmp(argv[2], "extern") != 0, strcmp(argv[2], "extern") == 0 ?
		    "overig" : NULL));
		rc = 0;
	}
	if (rc == 2)
		fprintf(stderr, "usage: passend-seed demo FILE | user EMAIL NAME"
		    " PASSWORD [ROLE ORG_ID] [demo] | org TYPE NAME"
		    " | trajectory FILE\n");
	db_close(&db);
	arena_free(&arena);
	config_free();
	return rc;
}
