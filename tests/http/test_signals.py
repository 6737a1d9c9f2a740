"""passend-cron: a type's time rules raise signals on the Signaleringen
page, mailed once to the people responsible and cleared when the cause is
gone; old sessions, login failures and sent mail are purged; files no
document holds leave the document store. Time passing is simulated by
moving the stored timestamps back."""
import datetime
import json
import os
import subprocess
import time

import pytest

from conftest import BUILD, ENV, VAR, Client, demo_logins, make_user, scalar, seed, sql, unique
from test_access_request import ADMIN
from test_dossier import IB, IB2, SWV, new_pupil, REGENBOOG, s, save, start, step  # noqa: F401
from test_forms import import_form

FORM = {
    "key": "", "name": "",
    "sections": [{"key": "plan", "title": "Plan", "fields": [
        {"key": "doel", "type": "text", "label": "Doel", "required": True},
        {"key": "evaluatie", "type": "date", "label": "Evaluatiedatum", "signal_days": 7}]}],
    "workflow": {
        "states": [{"key": "concept", "label": "Concept", "initial": True, "school_edits": True},
                   {"key": "ingediend", "label": "Ingediend", "signal_days": 3},
                   {"key": "klaar", "label": "Afgerond", "final": True}],
        "transitions": [
            {"key": "indienen", "label": "Indienen", "from": "concept", "to": "ingediend",
             "roles": ["school"], "checks": ["complete"]},
            {"key": "afronden", "label": "Afronden", "from": "ingediend", "to": "klaar",
             "roles": ["swv"]}]},
}


def cron():
    subprocess.run([os.path.join(BUILD, "passend-cron")], env=ENV, check=True,
                   capture_output=True, timeout=120)


@pytest.fixture
def tkey(s):
    key = unique("sg").replace("-", "_")
    r = import_form(s[ADMIN], json.dumps({**FORM, "key": key, "name": f"Signaaltest {key}"}).encode())
    assert r.status_code == 303, r.text
    return key


def signals(d):
    return sql("SELECT kind, rule_key, label, mailed_at IS NOT NULL, cleared_at IS NOT NULL"
               " FROM signals WHERE dossier_id = %s ORDER BY id", d)


def digests(to, d):
    """Signal e-mails in the outbox for to that name dossier d."""
    return int(scalar("SELECT COUNT(*) FROM outbox WHERE to_addr = %s AND subject LIKE"
                      " '%ieuwe%' AND body LIKE %s", to, f"%Dossier {d} (%"))


def day(offset):
    return (datetime.date.today() + datetime.timedelta(days=offset)).isoformat()


def test_a_dossier_waiting_too_long_is_signalled_once_and_cleared_when_it_moves(s, tkey):
    pupil = new_pupil(s[IB], REGENBOOG)
    d = start(s[IB], pupil, tkey=tkey)
    assert save(s[IB], d, {"a-doel": "Rust in de klas"}, action="indienen").status_code == 303
    cron()
    assert signals(d) == []                               # not yet three days
    sql("UPDATE dossiers SET state_since = state_since - INTERVAL 4 DAY WHERE id = %s", d)
    cron()
    assert signals(d) == [["state", "ingediend", "Langer dan 3 dagen in ‘Ingediend’", "1", "0"]]
    page = s[SWV].get("/signaleringen")
    assert page.status_code == 200
    assert f'href="/dossiers/{d}"' in page.text and "Langer dan 3 dagen in" in page.text
    assert f'href="/dossiers/{d}"' in s[IB].get("/signaleringen").text       # their school
    assert f'href="/dossiers/{d}"' not in s[IB2].get("/signaleringen").text  # another school
    # No handler yet, and SWV staff are to act: they get it, without the pupil.
    assert digests(SWV, d) == 1 and digests(IB, d) == 0
    body = scalar("SELECT body FROM outbox WHERE to_addr = %s AND body LIKE %s ORDER BY id DESC"
                  " LIMIT 1", SWV, f"%Dossier {d} (%")
    last = scalar("SELECT last_name FROM pupils WHERE id = %s", pupil)
    assert last not in body and "/signaleringen" in body
    cron()
    assert digests(SWV, d) == 1                            # once
    assert step(s[SWV], d, "afronden").status_code == 303
    cron()
    assert signals(d)[0][4] == "1"
    assert f'href="/dossiers/{d}"' not in s[SWV].get("/signaleringen").text


def test_a_date_coming_near_is_signalled_to_the_school_and_a_new_date_clears_it(s, tkey):
    d = start(s[IB], new_pupil(s[IB], REGENBOOG), tkey=tkey)
    assert save(s[IB], d, {"a-doel": "Plan", "a-evaluatie": day(30)}).status_code == 303
    cron()
    assert signals(d) == []                               # a month away
    assert save(s[IB], d, {"a-doel": "Plan", "a-evaluatie": day(5)}).status_code == 303
    cron()
    date = datetime.date.fromisoformat(day(5)).strftime("%d-%m-%Y")
    assert signals(d) == [["date", "evaluatie", f"‘Evaluatiedatum’: {date}", "1", "0"]]
    # In concept the school is to act, so the school is told.
    assert digests(IB, d) == 1 and digests(SWV, d) == 0
    assert save(s[IB], d, {"a-doel": "Plan", "a-evaluatie": day(60)}).status_code == 303
    cron()
    assert signals(d)[0][4] == "1"
    assert signals(d)[1:] == []


def test_the_handler_is_told_rather_than_all_staff(s, tkey):
    d = start(s[IB], new_pupil(s[IB], REGENBOOG), tkey=tkey)
    assert save(s[IB], d, {"a-doel": "Plan"}, action="indienen").status_code == 303
    handler = "beslisser@passend.example"
    uid = scalar("SELECT id FROM users WHERE email = %s", handler)
    sql("INSERT INTO dossier_assignments (dossier_id, user_id, role, created_at, updated_at)"
        " VALUES (%s, %s, 'handler', UTC_TIMESTAMP(), UTC_TIMESTAMP())", d, int(uid))
    sql("UPDATE dossiers SET state_since = state_since - INTERVAL 4 DAY WHERE id = %s", d)
    cron()
    assert digests(handler, d) == 1 and digests(SWV, d) == 0


def test_one_email_per_person_per_run_lists_twenty_and_counts_the_rest(s, tkey):
    """More new signals than one read of the outbox batch (500): still one
    e-mail for the run, with the first twenty and the number of the rest.
    The dossiers are made in SQL: 510 through the forms take minutes."""
    school = int(seed("org", "school", unique("Signaalschool")))
    email = make_user("school", school)[1]
    sql("INSERT INTO pupils (school_id, first_name, last_name, birth_date, created_at,"
        " updated_at) VALUES (%s, 'Veel', 'Signalen', '2016-01-01', UTC_TIMESTAMP(),"
        " UTC_TIMESTAMP())", school)
    sql("SET SESSION max_recursive_iterations = 1000; INSERT INTO dossiers (type_id, def_id,"
        " pupil_id, school_id, state, state_since, answers, created_at, updated_at)"
        " SELECT t.id, t.def_id, p.id, p.school_id, 'concept', UTC_TIMESTAMP(), JSON_OBJECT('doel', 'Plan', 'evaluatie', %s),"
        " UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM (WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL"
        " SELECT i + 1 FROM k WHERE i < 510) SELECT i FROM k) n JOIN trajectory_types t"
        " ON t.tkey = %s JOIN pupils p ON p.school_id = %s", day(3), tkey, school)
    cron()
    assert scalar("SELECT COUNT(*) FROM signals g JOIN dossiers d ON d.id = g.dossier_id"
                  " WHERE d.school_id = %s AND g.mailed_at IS NOT NULL", school) == "510"
    assert sql("SELECT subject FROM outbox WHERE to_addr = %s", email) == \
        [["510 nieuwe signaleringen"]]
    body = scalar("SELECT body FROM outbox WHERE to_addr = %s", email)
    assert body.count("<li>Dossier ") == 20 and "De eerste 20:" in body
    assert "En nog 490 signaleringen." in body
    cron()
    assert scalar("SELECT COUNT(*) FROM outbox WHERE to_addr = %s", email) == "1"


def test_purge_removes_old_sessions_login_failures_sent_mail_and_cleared_signals(s, tkey):
    email, password = demo_logins()["swv"]
    c = Client().login(email, password)
    assert c.get("/dossiers").status_code == 200
    uid = int(scalar("SELECT id FROM users WHERE email = %s", email))
    newest = scalar("SELECT MAX(id) FROM sessions WHERE user_id = %s", uid)
    sql("UPDATE sessions SET created_at = created_at - INTERVAL 11 HOUR WHERE id = %s", newest)
    sql("INSERT INTO login_failures (email_hash, ip, created_at, updated_at) VALUES"
        " (UNHEX(SHA2(%s, 256)), '192.0.2.1', UTC_TIMESTAMP() - INTERVAL 2 DAY,"
        " UTC_TIMESTAMP())", unique("oud"))
    sql("INSERT INTO outbox (to_addr, subject, body, state, attempts, next_attempt_at, sent_at,"
        " created_at, updated_at) VALUES ('oud@passend.example', 'Oud', 'x', 'sent', 1,"
        " UTC_TIMESTAMP(), UTC_TIMESTAMP() - INTERVAL 40 DAY, UTC_TIMESTAMP(), UTC_TIMESTAMP())")
    d = start(s[IB], new_pupil(s[IB], REGENBOOG), tkey=tkey)
    for days, rule in ((100, "oud"), (10, "recent")):     # cleared that many days ago
        sql("INSERT INTO signals (dossier_id, kind, rule_key, since, due_on, label, cleared_at,"
            " created_at, updated_at) VALUES (%s, 'state', %s, UTC_TIMESTAMP(), UTC_DATE(), 'x',"
            " UTC_TIMESTAMP() - INTERVAL %s DAY, UTC_TIMESTAMP(), UTC_TIMESTAMP())", d, rule, days)
    cron()
    assert sql("SELECT rule_key FROM signals WHERE dossier_id = %s", d) == [["recent"]]
    assert scalar("SELECT COUNT(*) FROM sessions WHERE id = %s", newest) == "0"
    assert c.get("/dossiers").status_code == 303                      # logged out
    assert scalar("SELECT COUNT(*) FROM login_failures WHERE created_at <"
                  " UTC_TIMESTAMP() - INTERVAL 1 DAY") == "0"
    assert scalar("SELECT COUNT(*) FROM outbox WHERE to_addr = 'oud@passend.example'") == "0"
    assert s[SWV].get("/dossiers").status_code == 200                 # a fresh session stays


def test_the_sweep_removes_files_no_document_holds(s):
    store = os.path.join(VAR, "documents")
    live = scalar("SELECT store_id FROM documents WHERE removed_at IS NULL ORDER BY id LIMIT 1")
    live_path = os.path.join(store, live[:2], live)
    old = time.time() - 2 * 3600

    def make(path, age):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(b"%PDF-1.4\n")
        os.utime(path, (age, age))
        return path

    orphan = make(os.path.join(store, "ab", "ab" + os.urandom(15).hex()), old)
    fresh = make(os.path.join(store, "cd", "cd" + os.urandom(15).hex()), time.time())
    part = make(os.path.join(store, ".part-" + os.urandom(16).hex()), old)
    other = make(os.path.join(store, "ab", "LEESMIJ.txt"), old)
    os.utime(live_path, (old, old))
    if os.path.exists(os.path.join(store, ".swept")):      # it sweeps once a day
        os.unlink(os.path.join(store, ".swept"))
    cron()
    assert not os.path.exists(orphan) and not os.path.exists(part)
    assert os.path.exists(fresh) and os.path.exists(other) and os.path.exists(live_path)
    for path in (fresh, other):
        os.unlink(path)
    orphan = make(os.path.join(store, "ab", "ab" + os.urandom(15).hex()), old)
    cron()
    assert os.path.exists(orphan)                         # not again the same day
    os.unlink(orphan)
