"""The dossier engine through the real stack: pupils, filling in a form,
the workflow, assignments, the timeline, scope and the access log."""
import json
import re

import pytest

from conftest import (PASSWORD, Client, demo_accounts, mail_subject, make_user, mails_to, org_id,
                      scalar, seed, sql, unique)

REGENBOOG = "Basisschool De Regenboog"
KOMPAS = "CBS Het Kompas"


@pytest.fixture(scope="module")
def s():
    """One logged-in client per demo account, by e-mail, for the whole module."""
    return {email: Client().login(email, pw) for _, email, pw in demo_accounts()}


IB = "ib.regenboog@passend.example"
IB2 = "ib.kompas@passend.example"
SWV = "medewerker@passend.example"
EXPERT = "orthopedagoog@passend.example"
DECIDER = "beslisser@passend.example"
RVZ = "rvz.linde@passend.example"
COORD = "coordinator.noord@passend.example"


def new_pupil(c, school, first=None, last=None, birth="2016-05-04", **extra):
    first = first or "Kim"
    last = last or unique("Test")
    data = {"first_name": first, "last_name": last, "birth_date": birth,
            "school_id": str(org_id(school)), **extra}
    r = c.submit("/leerlingen/nieuw", data)
    assert r.status_code == 303, r.text
    return int(re.search(r"/leerlingen/(\d+)", r.headers["Location"]).group(1))


def start(c, pupil, tkey="arrangement", **extra):
    tid = scalar("SELECT id FROM trajectory_types WHERE tkey = %s", tkey)
    r = c.submit(f"/leerlingen/{pupil}/dossiers", {"type_id": tid, **extra},
                 form_page=f"/leerlingen/{pupil}")
    assert r.status_code == 303, r.text
    m = re.search(r"/dossiers/(\d+)/invullen$", r.headers["Location"])
    return int(m.group(1))


def attach(c, d, field, name="OPP.pdf", data=None):
    """Adds a (different each time) PDF to the dossier's file field."""
    data = data or b"%PDF-1.4\n% " + unique("doc").encode() + b"\n%%EOF\n"
    r = c.post(f"/dossiers/{d}/documenten", files={
        "csrf": (None, c.token(f"/dossiers/{d}/documenten/nieuw")), "veld": (None, field),
        "bestand": (name, data, "application/pdf")})
    assert r.status_code == 303, r.text
    return r


def version(d):
    return scalar("SELECT version FROM dossiers WHERE id = %s", d)


def state(d):
    return scalar("SELECT state FROM dossiers WHERE id = %s", d)


def answers(d):
    return json.loads(scalar("SELECT answers FROM dossiers WHERE id = %s", d))


COMPLETE = {"a-soort": "leren", "a-doel": "Beter leren lezen.", "a-uren": "3",
            "a-start": "2026-09-01", "a-zorgpartner": "nee", "a-akkoord": "ja"}


def save(c, d, data, action="opslaan", ver=None):
    return c.submit(f"/dossiers/{d}/invullen",
                    {"version": ver or version(d), "action": action, **data},
                    form_page="/dossiers")


# ---- pupils ---------------------------------------------------------------

def test_a_school_registers_a_pupil_and_the_access_is_logged(s):
    c = s[IB]
    last = unique("Jansen")
    pid = new_pupil(c, REGENBOOG, "Sara", last, parent1_email="ouder@voorbeeld.nl",
                    parent1_phone="06 12345678", grade="groep 4")
    page = c.get(f"/leerlingen/{pid}?m=opgeslagen").text
    assert f"Sara {last}" in page and "groep 4" in page and "ouder@voorbeeld.nl" in page
    assert sql("SELECT school_id, birth_date FROM pupils WHERE id = %s", pid) == \
        [[str(org_id(REGENBOOG)), "2016-05-04"]]
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE pupil_id = %s AND action = 'create'"
                  " AND role = 'school'", pid) == "1"
    assert last in c.get("/leerlingen?q=" + last).text


def test_a_stale_pupil_form_gets_a_conflict_beside_the_first_name(s):
    c = s[IB]
    pid = new_pupil(c, REGENBOOG, "Sara")
    path = f"/leerlingen/{pid}/bewerken"
    page = c.get(path).text
    form = dict(re.findall(r'<input[^>]*name="([a-z0-9_]+)"[^>]*value="([^"]*)"', page))
    assert c.submit(path, {**form, "grade": "groep 5"}).status_code == 303
    r = c.submit(path, {**form, "first_name": "Sarah"})
    assert r.status_code == 409 and "Iemand anders heeft deze leerling intussen" in r.text
    assert 'href="#f-first_name"' in r.text and 'value="Sarah"' in r.text
    assert sql("SELECT first_name, grade FROM pupils WHERE id = %s", pid) == [["Sara", "groep 5"]]


@pytest.mark.parametrize("field,value,message", [
    ("birth_date", "2016-02-31", "Vul een bestaande datum in"),
    ("birth_date", "2099-01-01", "De geboortedatum ligt in de toekomst"),
    ("birth_date", "1970-01-01", "ouder zijn dan 25 jaar"),
    ("parent1_phone", "bel me", "Vul een telefoonnummer in"),
    ("parent1_email", "geen-adres", "e-mailadres"),
    ("first_name", "", "Vul dit veld in"),
])
def test_a_pupil_with_bad_input_comes_back_with_the_values_and_nothing_is_stored(s, field, value,
                                                                              message):
    c = s[IB]
    last = unique("Fout")
    data = {"first_name": "Eva", "last_name": last, "birth_date": "2015-06-01",
            "school_id": str(org_id(REGENBOOG)), field: value}
    r = c.submit("/leerlingen/nieuw", data)
    assert r.status_code == 422
    assert message in r.text and "error-summary" in r.text
    assert f'value="{last}"' in r.text
    assert scalar("SELECT COUNT(*) FROM pupils WHERE last_name = %s", last) == "0"


def test_a_school_cannot_register_a_pupil_for_another_school(s):
    last = unique("Ander")
    r = s[IB].submit("/leerlingen/nieuw", {"first_name": "Tim", "last_name": last,
                                            "birth_date": "2015-06-01",
                                            "school_id": str(org_id(KOMPAS))})
    assert r.status_code == 422 and "Kies een school uit de lijst" in r.text
    assert scalar("SELECT COUNT(*) FROM pupils WHERE last_name = %s", last) == "0"


def test_a_possible_duplicate_is_shown_and_a_moving_pupil_keeps_one_record(s):
    last = unique("Verhuis")
    pid = new_pupil(s[IB], REGENBOOG, "Mees", last, birth="2014-02-03")
    d = start(s[IB], pid)
    data = {"first_name": "mees", "last_name": last, "birth_date": "2014-02-03",
            "school_id": str(org_id(KOMPAS))}
    r = s[IB2].submit("/leerlingen/nieuw", data)
    assert r.status_code == 422
    assert "Bestaat deze leerling al?" in r.text and "Ingeschreven bij " + REGENBOOG in r.text
    assert f"/leerlingen/{pid}\"" not in r.text          # no link into another school
    assert scalar("SELECT COUNT(*) FROM pupils WHERE last_name = %s", last) == "1"
    # The new school takes the pupil over: one record, now at Kompas.
    r = s[IB2].submit(f"/leerlingen/{pid}/overschrijven", data, form_page="/leerlingen/nieuw")
    assert r.status_code == 303
    assert scalar("SELECT school_id FROM pupils WHERE id = %s", pid) == str(org_id(KOMPAS))
    assert s[IB].get(f"/leerlingen/{pid}").status_code == 404
    # The old school keeps its own dossier; the new school does not see it.
    assert s[IB].get(f"/dossiers/{d}").status_code == 200
    assert s[IB2].get(f"/dossiers/{d}").status_code == 404
    # A transfer needs the name and birth date: guessing an id is not enough.
    r = s[IB].submit(f"/leerlingen/{pid}/overschrijven",
                     {**data, "school_id": str(org_id(REGENBOOG)), "birth_date": "2014-02-04"},
                     form_page="/leerlingen/nieuw")
    assert r.status_code == 404
    assert scalar("SELECT school_id FROM pupils WHERE id = %s", pid) == str(org_id(KOMPAS))
    # "Another pupil" makes a second record on purpose.
    r = s[IB2].submit("/leerlingen/nieuw", {**data, "other_pupil": "1"})
    assert r.status_code == 303
    assert scalar("SELECT COUNT(*) FROM pupils WHERE last_name = %s", last) == "2"


# ---- filling in -------------------------------------------------------------

def test_a_draft_is_saved_any_time_and_submitted_when_complete(s):
    c = s[IB]
    d = start(c, new_pupil(c, REGENBOOG))
    page = c.get(f"/dossiers/{d}/invullen").text
    assert "Wat moet het arrangement opleveren?" in page and "Opslaan en Indienen" in page
    r = save(c, d, {"a-doel": "Eerste versie"})
    assert r.status_code == 303 and r.headers["Location"].endswith("?m=opgeslagen")
    assert answers(d) == {"doel": "Eerste versie"} and state(d) == "concept"
    # Submitting incomplete: every missing answer listed, nothing lost or stored.
    before = version(d)
    r = save(c, d, {"a-doel": "Tweede versie", "a-uren": "2"}, action="indienen")
    assert r.status_code == 422
    for label in ("Soort arrangement", "Gewenste startdatum", "Is er een zorgpartner betrokken?",
                  "Zijn de ouders akkoord met de aanvraag?"):
        assert any(f"{label}: {m}" in r.text for m in
                   ("Vul dit veld in.", "Kies een van de opties.", "Kies ja of nee.")), label
    assert "Tweede versie" in r.text and 'value="2"' in r.text
    assert version(d) == before and answers(d) == {"doel": "Eerste versie"}
    assert state(d) == "concept"
    # Complete: saved and moved in one go; the SWV is told without the pupil's name.
    r = save(c, d, COMPLETE, action="indienen")
    assert r.status_code == 303, r.text
    assert state(d) == "ingediend" and answers(d)["uren"] == "3"
    events = sql("SELECT kind, label FROM dossier_events WHERE dossier_id = %s ORDER BY id", d)
    assert [e[0] for e in events] == ["created", "saved", "saved", "transition"]
    assert events[-1][1] == "Indienen: van Concept naar Ingediend"
    mail = mails_to(SWV, subject=f"Dossier {d}:")
    assert mail and "Ingediend" in mail_subject(mail[0])
    body = mail[0].get_payload(decode=True).decode()
    assert f"/dossiers/{d}" in body and "Kim" not in body
    # The school can no longer change the answers.
    assert c.get(f"/dossiers/{d}/invullen").headers["Location"].endswith("?m=niet-wijzigbaar")


@pytest.mark.parametrize("data,name,message", [
    ({"a-start": "2026-02-31"}, "a-start", "Vul een bestaande datum in"),
    ({"a-uren": "vier"}, "a-uren", "Vul een geheel getal in"),
    ({"a-uren": "41"}, "a-uren", "1 tot en met 40"),
    ({"a-soort": "zwemles"}, "a-soort", "Kies een van de opties"),
    ({"a-akkoord": "misschien"}, "a-akkoord", "Kies"),
])
def test_malformed_answers_are_refused_even_in_a_draft(s, data, name, message):
    c = s[IB]
    d = start(c, new_pupil(c, REGENBOOG))
    save(c, d, {"a-doel": "Bewaard"})
    before = version(d)
    r = save(c, d, {"a-doel": "Nieuw", **data})
    assert r.status_code == 422
    assert message in r.text and f'href="#f-{name}"' in r.text
    assert "Nieuw" in r.text                      # what was typed comes back
    assert version(d) == before and answers(d) == {"doel": "Bewaard"}


def test_a_hidden_question_is_not_stored(s):
    c = s[IB]
    d = start(c, new_pupil(c, REGENBOOG))
    r = save(c, d, {**COMPLETE, "a-zorgpartner": "nee", "a-zorgpartner_naam": "Wijkteam"})
    assert r.status_code == 303
    assert "zorgpartner_naam" not in answers(d)
    # Shown when the condition holds, and then required on submit.
    r = save(c, d, {**COMPLETE, "a-zorgpartner": "ja"}, action="indienen")
    assert r.status_code == 422 and "Naam van de zorgpartner: Vul dit veld in." in r.text


def test_the_second_save_of_the_same_version_gets_a_conflict_not_an_overwrite(s):
    school, staff = s[IB], s[SWV]
    d = start(school, new_pupil(school, REGENBOOG))
    v = version(d)
    assert save(staff, d, {"a-doel": "Van de medewerker"}, ver=v).status_code == 303
    r = save(school, d, {"a-doel": "Van de school"}, ver=v)
    assert r.status_code == 409
    assert "Iemand anders heeft dit dossier intussen gewijzigd" in r.text
    assert "Van de school" in r.text
    assert answers(d) == {"doel": "Van de medewerker"}


def test_a_double_clicked_submit_creates_one_transition(s):
    c = s[IB]
    d = start(c, new_pupil(c, REGENBOOG))
    v = version(d)
    first = save(c, d, COMPLETE, action="indienen", ver=v)
    second = save(c, d, COMPLETE, action="indienen", ver=v)
    assert first.status_code == 303 and second.status_code == 303
    assert second.headers["Location"].endswith("?m=gedaan")
    assert scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = %s"
                  " AND kind = 'transition'", d) == "1"
    assert state(d) == "ingediend"


def test_earlier_answers_of_the_pupil_can_be_reused(s):
    c = s[IB]
    pid = new_pupil(c, REGENBOOG)
    d1 = start(c, pid)
    save(c, d1, COMPLETE)
    d2 = start(c, pid, from_id=str(d1))
    assert answers(d2) == answers(d1)
    assert start(c, pid) and answers(d2)["doel"] == "Beter leren lezen."


# ---- workflow ---------------------------------------------------------------

def step(c, d, key, ver=None):
    return c.submit(f"/dossiers/{d}/stap", {"step": key, "version": ver or version(d)},
                    form_page="/dossiers")


def submitted(s):
    c = s[IB]
    d = start(c, new_pupil(c, REGENBOOG))
    assert save(c, d, COMPLETE, action="indienen").status_code == 303
    return d


def test_staff_see_the_steps_they_can_take_as_buttons(s):
    d = submitted(s)
    staff = s[SWV].get(f"/dossiers/{d}").text
    for label in ("Toekennen", "Afwijzen", "Terug naar de school"):
        assert f">{label}</button>" in staff
    assert ">Toekennen</button>" not in s[IB].get(f"/dossiers/{d}").text


def test_a_step_not_allowed_for_the_role_or_state_is_refused_and_changes_nothing(s):
    d = submitted(s)
    v = version(d)
    uid = scalar("SELECT id FROM users WHERE email = %s", IB)
    views = "SELECT COUNT(*) FROM audit_log WHERE dossier_id = %s AND user_id = %s" \
        " AND action = 'view'"
    seen = int(scalar(views, d, uid))
    r = step(s[IB], d, "toekennen")
    assert r.status_code == 403 and "U mag deze stap niet zetten" in r.text
    assert int(scalar(views, d, uid)) == seen + 1      # the page it got back is a view
    r = step(s[SWV], d, "indienen")                 # not from this state
    assert r.status_code == 409 and "Deze stap kan nu niet meer" in r.text
    r = step(s[SWV], d, "toekennen", ver=str(int(v) - 1))   # stale version
    assert r.status_code == 409
    assert state(d) == "ingediend" and version(d) == v
    assert step(s[SWV], d, "toekennen").status_code == 303
    assert state(d) == "toegekend"
    timeline = s[IB].get(f"/dossiers/{d}").text
    assert "Toekennen: van Ingediend naar Toegekend" in timeline and "Mira Jansen" in timeline


def test_a_double_clicked_step_is_taken_once(s):
    d = submitted(s)
    v = version(d)
    assert step(s[SWV], d, "toekennen", ver=v).status_code == 303
    r = step(s[SWV], d, "toekennen", ver=v)
    assert r.status_code == 303 and r.headers["Location"].endswith("?m=gedaan")
    assert scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = %s"
                  " AND label LIKE 'Toekennen%%'", d) == "1"


def test_a_check_on_a_step_must_hold(s):
    c = s[IB]
    d = start(c, new_pupil(c, REGENBOOG), tkey="tlv")
    tlv = {"a-loopbaan": "x", "a-doublure": "nee", "a-vraag": "x", "a-belemmerend": "x",
           "a-bevorderend": "x", "a-geboden": "x", "a-besproken": "ja",
           "a-zienswijze_ouders": "x", "a-gewenst": "so_vso", "a-categorie": "midden"}
    attach(c, d, "opp")
    assert save(c, d, tlv, action="indienen").status_code == 303
    r = step(s[SWV], d, "behandelen")
    assert r.status_code == 422 and "Wijs eerst een behandelaar toe" in r.text
    assert state(d) == "ingediend"
    uid = scalar("SELECT id FROM users WHERE email = %s", SWV)
    r = s[SWV].submit(f"/dossiers/{d}/toewijzen", {"user_id": uid, "assign_role": "handler"},
                      form_page=f"/dossiers/{d}")
    assert r.status_code == 303
    assert step(s[SWV], d, "behandelen").status_code == 303
    assert state(d) == "in_behandeling"
    assert "Mira Jansen toegewezen als Behandelaar" in s[SWV].get(f"/dossiers/{d}").text


# ---- assignments and scope -------------------------------------------------

def test_an_expert_sees_only_the_dossiers_assigned_to_them(s):
    d = submitted(s)
    expert = s[EXPERT]
    assert expert.get(f"/dossiers/{d}").status_code == 404
    assert f"/dossiers/{d}\"" not in expert.get("/dossiers").text
    uid = scalar("SELECT id FROM users WHERE email = %s", EXPERT)
    r = s[SWV].submit(f"/dossiers/{d}/toewijzen", {"user_id": uid, "assign_role": "expert"},
                      form_page=f"/dossiers/{d}")
    assert r.status_code == 303
    assert expert.get(f"/dossiers/{d}").status_code == 200
    assert f"/dossiers/{d}\"" in expert.get("/dossiers").text
    # Assigned twice in the same role: refused, nothing added.
    r = s[SWV].submit(f"/dossiers/{d}/toewijzen", {"user_id": uid, "assign_role": "expert"},
                      form_page=f"/dossiers/{d}")
    assert r.status_code == 422 and "al in deze rol" in r.text
    aid = scalar("SELECT id FROM dossier_assignments WHERE dossier_id = %s AND user_id = %s",
                 d, uid)
    r = s[SWV].submit(f"/dossiers/{d}/toewijzingen/{aid}/verwijderen", {},
                      form_page=f"/dossiers/{d}")
    assert r.status_code == 303
    assert expert.get(f"/dossiers/{d}").status_code == 404


def test_the_people_to_assign_are_those_with_the_roles_now(s):
    """Each worker keeps who can be assigned; adding, renaming or
    deactivating a person reaches every worker, however it was made. A
    change elsewhere in users (a login, say) does not make them read again."""
    c, page = s[SWV], f"/dossiers/{submitted(s)}"
    every_worker(c, page)
    name = unique("Deskundige")
    swv = int(scalar("SELECT MIN(id) FROM organisations WHERE type = 'swv'"))
    uid = make_user("deskundige", swv, name=name)[0]
    assert all(f'<option value="{uid}">{name}</option>' in p for p in every_worker(c, page))
    sql("UPDATE users SET name = %s WHERE id = %s", name + " Noord", uid)
    assert all(f'<option value="{uid}">{name} Noord</option>' in p for p in every_worker(c, page))
    version = scalar("SELECT version FROM reference_version")
    sql("UPDATE users SET totp_last_step = totp_last_step + 1, updated_at = UTC_TIMESTAMP()"
        " WHERE id = %s", uid)
    assert scalar("SELECT version FROM reference_version") == version
    sql("UPDATE users SET active = 0 WHERE id = %s", uid)
    assert all(f'value="{uid}"' not in p for p in every_worker(c, page))
    sql("UPDATE users SET active = 1 WHERE id = %s", uid)
    assert all(f'value="{uid}"' in p for p in every_worker(c, page))
    sql("DELETE FROM role_assignments WHERE user_id = %s", uid)
    assert all(f'value="{uid}"' not in p for p in every_worker(c, page))


def test_an_assignment_does_not_lend_the_users_other_roles(s):
    """A coordinator of Zuid who is also school staff at Kompas, assigned as
    handler to a Regenboog (Noord) dossier: sees it as coordinator, and gets
    none of the school's rights there."""
    uid, email = make_user("coordinator", "Deelverband Zuid")
    sql("INSERT INTO role_assignments (user_id, role, org_id, created_at, updated_at)"
        " VALUES (%s, 'school', %s, UTC_TIMESTAMP(), UTC_TIMESTAMP())", uid, org_id(KOMPAS))
    c = Client().login(email, PASSWORD)
    d = start(s[IB], new_pupil(s[IB], REGENBOOG))
    assert c.get(f"/dossiers/{d}").status_code == 404
    r = s[SWV].submit(f"/dossiers/{d}/toewijzen", {"user_id": uid, "assign_role": "handler"},
                      form_page="/dossiers")
    assert r.status_code == 303
    page = c.get(f"/dossiers/{d}")
    assert page.status_code == 200 and ">Indienen</button>" not in page.text
    assert f"/dossiers/{d}\"" in c.get("/dossiers").text
    assert c.get(f"/dossiers/{d}/invullen").headers["Location"].endswith("?m=niet-wijzigbaar")
    assert step(c, d, "indienen").status_code == 403
    assert state(d) == "concept"
    assert scalar("SELECT role FROM audit_log WHERE dossier_id = %s AND user_id = %s"
                  " AND action = 'view' ORDER BY id DESC LIMIT 1", d, uid) == "coordinator"
    # Only people with the role: an RVZ cannot be made a handler.
    rvz = scalar("SELECT id FROM users WHERE email = %s", RVZ)
    r = s[SWV].submit(f"/dossiers/{d}/toewijzen", {"user_id": rvz, "assign_role": "handler"},
                      form_page="/dossiers")
    assert r.status_code == 422 and "kan niet in deze rol" in r.text


def test_a_school_cannot_reach_another_schools_dossier_by_guessing_ids(s):
    d = submitted(s)
    pid = scalar("SELECT pupil_id FROM dossiers WHERE id = %s", d)
    other = s[IB2]
    denied = int(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'access_denied'"))
    for path in (f"/dossiers/{d}", f"/dossiers/{d}/invullen", f"/leerlingen/{pid}"):
        assert other.get(path).status_code == 404, path
    assert step(other, d, "indienen").status_code == 404
    assert save(other, d, {"a-doel": "x"}).status_code == 404
    r = other.submit(f"/dossiers/{d}/opmerking", {"comment": "hallo"}, form_page="/dossiers")
    assert r.status_code == 404
    assert int(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'access_denied'")) \
        == denied + 6
    assert f"/dossiers/{d}\"" not in other.get("/dossiers").text
    assert scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = %s"
                  " AND kind = 'comment'", d) == "0"


def test_rvz_and_coordinator_see_their_bestuur_and_deelverband(s):
    d = submitted(s)             # Regenboog: bestuur De Linde, deelverband Noord
    assert s[RVZ].get(f"/dossiers/{d}").status_code == 200
    assert s[COORD].get(f"/dossiers/{d}").status_code == 200
    kompas = start(s[IB2], new_pupil(s[IB2], KOMPAS))    # Het Anker, Zuid
    assert s[RVZ].get(f"/dossiers/{kompas}").status_code == 404
    assert s[COORD].get(f"/dossiers/{kompas}").status_code == 404
    assert s[DECIDER].get(f"/dossiers/{kompas}").status_code == 200


def test_the_list_filters_and_is_limited_to_the_users_scope(s):
    c = s[IB]
    last = unique("Lijst")
    pid = new_pupil(c, REGENBOOG, "Ada", last)
    d1 = start(c, pid)
    d2 = start(c, pid, tkey="tlv")
    page = c.get("/dossiers?q=" + last).text
    assert f"/dossiers/{d1}\"" in page and f"/dossiers/{d2}\"" in page
    tid = scalar("SELECT id FROM trajectory_types WHERE tkey = 'tlv'")
    page = c.get(f"/dossiers?q={last}&soort={tid}&status=concept").text
    assert f"/dossiers/{d2}\"" in page and f"/dossiers/{d1}\"" not in page
    page = c.get(f"/dossiers?q={last}&school={org_id(KOMPAS)}").text
    assert "Geen dossiers gevonden" in page
    assert f"/dossiers/{d1}\"" not in s[IB2].get("/dossiers?q=" + last).text
    assert last in s[SWV].get("/dossiers?q=" + last + "&s=leerling").text
    r = c.get("/dossiers?van=2026-13-01")
    assert "Vul een bestaande datum in" in r.text


def every_worker(c, path):
    """The page as each worker shows it: nginx spreads eight requests
    over the four workers, so a worker with an old copy would show it."""
    return [c.get(path).text for _ in range(8)]


def test_the_list_offers_schools_as_they_are_now(s):
    """Each worker keeps the filter's choices; a change in the schools or
    types reaches them on the next page, however it was made."""
    c = s[SWV]
    every_worker(c, "/dossiers")
    name = unique("Nieuwe school")
    school = int(seed("org", "school", name))
    option = f'<option value="{school}">{name}</option>'
    assert all(option in page for page in every_worker(c, "/dossiers"))
    sql("UPDATE organisations SET name = %s WHERE id = %s", name + " Noord", school)
    assert all(option not in page and f'<option value="{school}">{name} Noord</option>' in page
               for page in every_worker(c, "/dossiers"))
    sql("UPDATE organisations SET active = 0 WHERE id = %s", school)
    assert all(f'value="{school}"' not in page for page in every_worker(c, "/dossiers"))


def test_a_renamed_pupil_is_found_and_sorted_under_the_new_name(s):
    """The lists search, sort and show a copy of the name and birth date on
    each dossier, which follows the pupil."""
    c = s[IB]
    base = unique("Hernoemd")
    first, second = new_pupil(c, REGENBOOG, "Bo", base + "B"), new_pupil(c, REGENBOOG, "Co", base + "C")
    d1, d2 = start(c, first), start(c, second)
    path = f"/leerlingen/{second}/bewerken"
    form = dict(re.findall(r'<input[^>]*name="([a-z0-9_]+)"[^>]*value="([^"]*)"', c.get(path).text))
    assert c.submit(path, {**form, "last_name": base + "A", "name_prefix": "van",
                           "birth_date": "2015-08-07"}).status_code == 303
    exported = c.get(f"/dossiers/export.csv?q={base}A").text
    assert f'"Co van {base}A";07-08-2015;' in exported
    for viewer in (c, s[SWV]):
        page = viewer.get(f"/dossiers?q={base}&s=leerling").text
        assert page.index(f"/dossiers/{d2}\"") < page.index(f"/dossiers/{d1}\"")
        assert f"/dossiers/{d2}\"" in viewer.get(f"/dossiers?q={base}A").text
        assert f"/dossiers/{d2}\"" not in viewer.get(f"/dossiers?q={base}C").text


def test_lists_show_what_the_dossier_page_admits_for_every_kind_of_scope(s):
    """The list's SQL takes a shorter form for a user with one organisation
    of a kind; two schools, a school and a bestuur, a deelverband and an
    assignment must each list exactly the dossiers that open."""
    last = unique("Scope")
    vlinder_ib = make_user("school", "Basisschool De Vlinder")[1]
    vl = Client().login(vlinder_ib, PASSWORD)
    ds = {"regenboog": start(s[IB], new_pupil(s[IB], REGENBOOG, "Ada", last)),  # Linde, Noord
          "kompas": start(s[IB2], new_pupil(s[IB2], KOMPAS, "Bo", last)),      # Anker, Zuid
          "vlinder": start(vl, new_pupil(vl, "Basisschool De Vlinder", "Cas", last))}  # Linde, Zuid

    def user(*roles):
        uid, email = make_user(*roles[0])
        for role, org in roles[1:]:
            sql("INSERT INTO role_assignments (user_id, role, org_id, created_at, updated_at)"
                " VALUES (%s, %s, %s, UTC_TIMESTAMP(), UTC_TIMESTAMP())", uid, role, org_id(org))
        return uid, Client().login(email, PASSWORD)

    two_schools = user(("school", REGENBOOG), ("school", KOMPAS))
    school_rvz = user(("school", KOMPAS), ("rvz", "Stichting Primair Onderwijs De Linde"))
    coord = user(("coordinator", "Deelverband Zuid"))
    expert = user(("deskundige", "Adviesbureau Perspectief"))
    for who in (coord, expert):
        r = s[SWV].submit(f"/dossiers/{ds['regenboog']}/toewijzen",
                          {"user_id": who[0], "assign_role": "handler" if who is coord
                           else "expert"}, form_page="/dossiers")
        assert r.status_code == 303
    for (uid, c), sees in ((two_schools, {"regenboog", "kompas"}),
                           (school_rvz, {"regenboog", "kompas", "vlinder"}),
                           (coord, {"regenboog", "kompas", "vlinder"}),
                           (expert, {"regenboog"})):
        listed = {k for k, d in ds.items() if f"/dossiers/{d}\"" in c.get("/dossiers?q=" + last).text}
        opens = {k for k, d in ds.items() if c.get(f"/dossiers/{d}").status_code == 200}
        exported = c.get("/dossiers/export.csv?q=" + last).text
        assert listed == opens == sees, (uid, listed, opens)
        assert {k for k, d in ds.items() if f"\n{d};" in exported} == sees


def test_a_long_list_says_more_than_and_still_pages_on(s):
    """Past a thousand dossiers a list by name stops counting: "meer dan".
    The dossiers are made in SQL: a thousand through the forms take
    minutes."""
    school = seed("org", "school", unique("Grote school"))
    email = make_user("school", int(school))[1]
    sql("INSERT INTO pupils (school_id, first_name, last_name, birth_date, created_at,"
        " updated_at) VALUES (%s, 'Veel', 'Dossiers', '2016-01-01', UTC_TIMESTAMP(),"
        " UTC_TIMESTAMP())", int(school))
    sql("SET SESSION max_recursive_iterations = 2000; INSERT INTO dossiers (type_id, def_id,"
        " pupil_id, school_id, state, state_since, answers, created_at, updated_at)"
        " SELECT t.id, t.def_id, p.id, p.school_id, 'concept', UTC_TIMESTAMP(), '{}',"
        " UTC_TIMESTAMP(), UTC_TIMESTAMP() - INTERVAL n.i MINUTE FROM (WITH RECURSIVE"
        " k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 1060) SELECT i FROM k)"
        " n JOIN trajectory_types t ON t.tkey = 'tlv' JOIN pupils p ON p.school_id = %s",
        int(school))
    c = Client().login(email, PASSWORD)
    # By name the list is counted, up to a limit.
    page = c.get("/dossiers?q=Dossiers").text
    assert "Dossiers (meer dan 1000)" in page and "Pagina 1 van meer dan 20" in page
    assert "Gebruik de filters" in page
    page = c.get("/dossiers?q=Dossiers&p=21").text
    assert "Dossiers (1060)" in page and "Pagina 21 van 22" in page
    assert len(re.findall(r'href="/dossiers/\d+"', page)) == 50
    oldest = scalar("SELECT id FROM dossiers WHERE school_id = %s ORDER BY updated_at, id"
                    " LIMIT 1", int(school))
    assert f"/dossiers/{oldest}\"" in c.get("/dossiers?q=Dossiers&p=22").text
    # Without one, the total is the kept one (025): exact on every page.
    page = c.get("/dossiers").text
    assert "Dossiers (1060)" in page and "Pagina 1 van 22" in page
    assert "Gebruik de filters" not in page


# ---- timeline and access log ------------------------------------------------

def test_comments_go_on_the_timeline(s):
    d = submitted(s)
    r = s[SWV].submit(f"/dossiers/{d}/opmerking", {"comment": "Graag het OPP <b>aanvullen</b>"},
                      form_page=f"/dossiers/{d}")
    assert r.status_code == 303
    page = s[IB].get(f"/dossiers/{d}").text
    assert "Graag het OPP &lt;b&gt;aanvullen&lt;/b&gt;" in page
    r = s[SWV].submit(f"/dossiers/{d}/opmerking", {"comment": "  "}, form_page=f"/dossiers/{d}")
    assert r.status_code == 422 and "Vul dit veld in" in r.text
    long = "Lange opmerking. " * 300
    r = s[SWV].submit(f"/dossiers/{d}/opmerking", {"comment": long}, form_page=f"/dossiers/{d}")
    assert r.status_code == 422 and "Gebruik hoogstens 4000 tekens." in r.text
    assert long.strip() in r.text            # what was typed comes back


def test_every_view_is_logged_and_staff_see_who_viewed(s):
    d = submitted(s)
    before = int(scalar("SELECT COUNT(*) FROM audit_log WHERE dossier_id = %s"
                        " AND action = 'view'", d))
    s[RVZ].get(f"/dossiers/{d}")
    row = sql("SELECT l.role, o.name, l.pupil_id FROM audit_log l JOIN organisations o"
              " ON o.id = l.org_id WHERE l.dossier_id = %s AND l.action = 'view'"
              " ORDER BY l.id DESC LIMIT 1", d)[0]
    assert row[0] == "rvz" and row[1] == "Stichting Primair Onderwijs De Linde"
    assert row[2] == scalar("SELECT pupil_id FROM dossiers WHERE id = %s", d)
    staff = s[SWV].get(f"/dossiers/{d}").text
    assert "Wie heeft dit dossier bekeken" in staff and "Petra Mulder" in staff
    assert "Wie heeft dit dossier bekeken" not in s[IB].get(f"/dossiers/{d}").text
    after = int(scalar("SELECT COUNT(*) FROM audit_log WHERE dossier_id = %s"
                       " AND action = 'view'", d))
    assert after == before + 3


@pytest.mark.parametrize("email", ["leerplicht@passend.example", "beheerder@passend.example",
                                   "ontvangend.horizon@passend.example"])
def test_roles_without_dossiers_get_no_dossier_pages(s, email):
    c = s[email]
    for path in ("/dossiers", "/leerlingen", "/leerlingen/nieuw"):
        assert c.get(path).status_code == 403, path
    assert 'href="/dossiers"' not in c.get("/").text


def test_the_demo_data_has_pupils_and_dossiers_in_several_states():
    states = {r[0] for r in sql("SELECT DISTINCT state FROM dossiers")}
    assert {"concept", "ingediend", "in_behandeling"} <= states
    assert int(scalar("SELECT COUNT(*) FROM trajectory_types WHERE def_id IS NOT NULL")) >= 2
