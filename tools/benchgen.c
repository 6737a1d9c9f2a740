/*
 * passend-benchgen N: N fictional dossiers on top of the demo data, for
 * ./dev bench. A hundred more schools under ten more besturen share them
 * with the demo schools, so that a demo school's IB'er sees hundreds and
 * SWV staff see all; one pupil in five has two. Every dossier gets the
 * demo answers of its type, a state of its workflow, a creation event,
 * and a handler or an expert now and then. Set-based: a few statements,
 * seconds rather than minutes.
 */
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "config.h"
#include "db.h"
#include "dossier.h"
#include "log.h"

static struct db db;

/* Numbers 1..n for INSERT ... SELECT, as a derived table. */
#define NUMBERS(n)							\
	" (WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1"	\
	"  FROM s WHERE i < " n ") SELECT i FROM s) AS n"

/* A school and its pupils, numbered from 0 in id order. */
#define SCHOOLS								\
	" (SELECT id, bestuur_id, deelverband_id,"			\
	"  ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM organisations"	\
	"  WHERE type = 'school' AND inside_swv = 1"			\
	"  AND school_type IN ('bao', 'sbo')) AS sc"

static int
step(const char *what, int rc)
{
	if (rc != 0)
		fprintf(stderr, "passend-benchgen: %s failed\n", what);
	return rc;
}

static int
generate(long long n)
{
	long long pupils = n - n / 5;

	if (step("besturen", DB_EXEC(&db, NULL, NULL, "INSERT INTO"
	    " organisations (type, name, city, version, created_at, updated_at)"
	    " SELECT 'bestuur', CONCAT('Stichting Onderwijs Groep ', i),"
	    " 'Voorbeeldstad', 1, UTC_TIMESTAMP(), UTC_TIMESTAMP()"
	    " FROM" NUMBERS("10"))) != 0 ||
	    step("schools", DB_EXEC(&db, NULL, NULL, "INSERT INTO organisations"
	    " (type, name, bestuur_id, deelverband_id, brin, vestiging,"
	    " school_type, city, version, created_at, updated_at)"
	    " SELECT 'school', CONCAT(ELT(1 + i % 4, 'Basisschool ', 'OBS ',"
	    " 'CBS ', 'IKC '), ELT(1 + i % 10, 'De Klimop', 'Het Palet',"
	    " 'De Springplank', 'De Zonnewijzer', 'Het Baken', 'De Bron',"
	    " 'De Wereldboom', 'Het Mozaïek', 'De Fontein', 'De Ster'), ' ', i),"
	    " (SELECT id FROM organisations WHERE type = 'bestuur' AND name ="
	    "  CONCAT('Stichting Onderwijs Groep ', 1 + i % 10)),"
	    " (SELECT IF(i % 2 = 0, MIN(id), MAX(id)) FROM organisations"
	    "  WHERE type = 'deelverband'),"
	    " CONCAT(LPAD(i, 2, '0'), CHAR(65 + i DIV 26 % 26), CHAR(65 + i % 26)),"
	    " '00', IF(i % 25 = 0, 'sbo', 'bao'), 'Voorbeeldstad', 1,"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM" NUMBERS("99"))) != 0)
		return -1;
	if (step("pupils", DB_EXEC(&db, NULL, NULL, "INSERT INTO pupils"
	    " (school_id, first_name, name_prefix, last_name, birth_date,"
	    " gender, grade, school_number, parent1_name, parent1_email,"
	    " created_at, updated_at)"
	    " SELECT sc.id, ELT(1 + i % 16, 'Emma', 'Noah', 'Julia', 'Luuk',"
	    " 'Mila', 'Sem', 'Tess', 'Finn', 'Sara', 'Adam', 'Zoë', 'Mohammed',"
	    " 'Lotte', 'Daan', 'Yara', 'Levi'),"
	    " IF(i % 7 = 0, 'van', IF(i % 11 = 0, 'de', '')),"
	    " CONCAT(ELT(1 + i DIV 16 % 20, 'Jansen', 'Bakker', 'Visser',"
	    " 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks',"
	    " 'Dekker', 'Brouwer', 'Yilmaz', 'Kaya', 'Postma', 'Kok', 'Jacobs',"
	    " 'Vermeulen', 'Willems', 'Hoekstra'), IF(i % 3 = 0, CONCAT('-',"
	    " ELT(1 + i DIV 320 % 12, 'Verhoeven', 'Kuipers', 'Maas', 'Sedney',"
	    " 'Wolters', 'Şahin', 'Huisman', 'Prins', 'Blom', 'Veenstra',"
	    " 'Nguyen', 'Koster')), '')),"
	    " '2010-01-01' + INTERVAL i * 37 % 3650 DAY,"
	    " ELT(1 + i % 2, 'jongen', 'meisje'), CONCAT('groep ', 1 + i % 8),"
	    " CONCAT('L', i), 'Ouder', 'ouder@passend.example',"
	    " UTC_TIMESTAMP(), UTC_TIMESTAMP()"
	    " FROM" NUMBERS("?") " JOIN" SCHOOLS
	    " ON sc.k = i % (SELECT COUNT(*) FROM organisations"
	    "  WHERE type = 'school' AND inside_swv = 1"
	    "  AND school_type IN ('bao', 'sbo'))",
	    DB_INT(pupils))) != 0)
		return -1;
	/*
	 * Dossier i belongs to pupil i, or for i past the pupils to pupil
	 * i - pupils: both types half each, so that one type's export has
	 * n / 2 rows. Started over four years; as in a real SWV, those of
	 * the last four months are under way and older ones are finished.
	 */
	if (step("dossiers", DB_EXEC(&db, NULL, NULL, "INSERT INTO dossiers"
	    " (type_id, def_id, pupil_id, school_id, bestuur_id,"
	    " deelverband_id, state, state_since, answers, submitted_at,"
	    " complete_at, created_by, created_at, updated_at)"
	    " SELECT t.id, t.def_id, p.id, p.school_id, sc.bestuur_id,"
	    " sc.deelverband_id, x.state, x.at + INTERVAL x.days DAY,"
	    " (SELECT answers FROM dossiers WHERE type_id = t.id"
	    "  ORDER BY LENGTH(answers) DESC LIMIT 1),"
	    " IF(x.state = 'concept', NULL, x.at + INTERVAL x.days DAY),"
	    " IF(x.state = 'concept', NULL, x.at + INTERVAL x.days DAY), NULL,"
	    " x.at, x.at + INTERVAL x.days DAY"
	    " FROM (SELECT i, at, LEAST(i % 30, TIMESTAMPDIFF(DAY, at,"
	    "  UTC_TIMESTAMP())) AS days, IF(at < UTC_TIMESTAMP()"
	    "  - INTERVAL 120 DAY, IF(i % 2 = 0, ELT(1 + i DIV 2 % 7,"
	    "  'toegekend', 'toegekend', 'toegekend', 'toegekend', 'toegekend',"
	    "  'afgewezen', 'ingetrokken'), ELT(1 + i DIV 2 % 5, 'toegekend',"
	    "  'toegekend', 'toegekend', 'toegekend', 'afgewezen')),"
	    "  IF(i % 2 = 0, ELT(1 + i DIV 2 % 6, 'concept', 'ingediend',"
	    "  'in_behandeling', 'aanvulling', 'advies', 'besluit'),"
	    "  ELT(1 + i DIV 2 % 2, 'concept', 'ingediend'))) AS state"
	    "  FROM (SELECT i, UTC_TIMESTAMP() - INTERVAL i * 7919 % 35040"
	    "  HOUR AS at FROM" NUMBERS("?") ") AS y) AS x"
	    " JOIN trajectory_types t"
	    "  ON t.tkey = IF(i % 2 = 0, 'tlv', 'arrangement')"
	    " JOIN (SELECT id, school_id, last_name, first_name,"
	    "  ROW_NUMBER() OVER (ORDER BY id) AS k"
	    "  FROM pupils WHERE school_number LIKE 'L%') AS p"
	    "  ON p.k = IF(i <= ?, i, i - ?)"
	    " JOIN organisations sc ON sc.id = p.school_id",
	    DB_INT(n), DB_INT(pupils), DB_INT(pupils))) != 0)
		return -1;
	if (step("events", DB_EXEC(&db, NULL, NULL, "INSERT INTO dossier_events"
	    " (dossier_id, at, user_id, kind, label, created_at, updated_at)"
	    " SELECT id, created_at, NULL, 'created', 'Dossier aangemaakt',"
	    " created_at, created_at FROM dossiers WHERE created_by IS NULL")) != 0 ||
	    step("assignments", DB_EXEC(&db, NULL, NULL, "INSERT INTO"
	    " dossier_assignments (dossier_id, user_id, role, created_at,"
	    " updated_at) SELECT d.id, u.id, IF(d.id % 50 = 0, 'expert',"
	    " 'handler'), d.created_at, d.created_at FROM dossiers d JOIN users u"
	    " ON u.email = IF(d.id % 50 = 0, 'orthopedagoog@passend.example',"
	    " 'medewerker@passend.example') WHERE d.created_by IS NULL"
	    " AND d.state <> 'concept' AND (d.id % 3 = 0 OR d.id % 50 = 0)")) != 0 ||
	    step("finished", traj_mark_finished(&db)) != 0)
		return -1;
	/* The TLV decisions, a month after the request was complete. */
	return step("decisions", DB_EXEC(&db, NULL, NULL, "INSERT INTO"
	    " tlv_decisions (dossier_id, outcome, number, kind, category,"
	    " start_date, end_date, duration_reason, category_reason,"
	    " refusal_reason, decided_by, decided_at, created_at, updated_at)"
	    " SELECT d.id, d.state, IF(d.state = 'toegekend', CONCAT('TLV-B',"
	    " LPAD(d.id, 9, '0')), NULL), IF(d.state = 'toegekend',"
	    " IF(d.id % 4 = 0, 'so', 'sbo'), NULL), IF(d.state = 'toegekend'"
	    " AND d.id % 4 = 0, 'laag', NULL), IF(d.state = 'toegekend',"
	    " DATE(d.finished_at), NULL), IF(d.state = 'toegekend',"
	    " DATE(d.finished_at) + INTERVAL 1 YEAR - INTERVAL 1 DAY, NULL),"
	    " IF(d.state = 'toegekend', 'Een schooljaar.', NULL),"
	    " IF(d.state = 'toegekend' AND d.id % 4 = 0, 'Past bij laag.',"
	    " NULL), IF(d.state = 'afgewezen', 'Een arrangement volstaat.',"
	    " NULL), u.id, d.finished_at, d.finished_at, d.finished_at"
	    " FROM dossiers d JOIN trajectory_types t ON t.id = d.type_id"
	    " AND t.tkey = 'tlv' JOIN users u"
	    " ON u.email = 'beslisser@passend.example'"
	    " WHERE d.created_by IS NULL"
	    " AND d.state IN ('toegekend', 'afgewezen')"));
}

int
main(int argc, char **argv)
{
	long long n = argc == 2 ? atoll(argv[1]) : 0;
	struct arena arena = { 0 };
	struct dbres res;
	int rc = 1;

	if (n < 10 || n > 1000000) {
		fprintf(stderr, "usage: passend-benchgen N (10 to 1000000)\n");
		return 2;
	}
	log_init("passend-benchgen");
	if (config_load() != 0 || db_connect(&db) != 0)
		return 1;
	/* Fresh statistics, or the first bench runs on guesses. */
	if (DB_EXEC(&db, NULL, NULL, "SET SESSION max_recursive_iterations = ?",
	    DB_INT(n + 1)) == 0 && db_begin(&db) == 0 && generate(n) == 0 &&
	    db_commit(&db) == 0)
		rc = step("analyze", DB_QUERY(&db, &arena, &res, "ANALYZE TABLE"
		    " organisations, pupils, dossiers, dossier_events,"
		    " dossier_assignments, tlv_decisions")) != 0;
	else
		db_rollback(&db);
	if (rc == 0)
		printf("%lld dossiers generated\n", n);
	db_close(&db);
	arena_free(&arena);
	config_free();
	return rc;
}
