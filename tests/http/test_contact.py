"""The contact module (issue 5): the public form with its defences against
spam and abuse, the confirmation e-mail, the staff's inbox (assign, notes,
answer by e-mail, close) and the purge after the retention period."""
import os
import re
import subprocess
import time

import pytest
import requests

from conftest import (BASE, BUILD, ENV, Client, demo_accounts, mail_body, mail_subject,
                      mails_to, make_user, scalar, sql, unique)
from test_admin import edit_form

STAFF = "medewerker@passend.example"
BLOCKED = "Uw bericht is niet verzonden. Probeer het over een kwartier opnieuw, of bel ons."


@pytest.fixture(autouse=True)
def fresh_rate():
    """Every test posts from 127.0.0.1: each starts with a clean rate."""
    sql("DELETE FROM contact_posts")


@pytest.fixture(scope="module")
def staff():
    return {e: Client().login(e, p) for _, e, p in demo_accounts()
            if e in (STAFF, "ib.regenboog@passend.example", "beslisser@passend.example")}


def ticket(c):
    r = c.get("/contact")
    assert r.status_code == 200
    return re.search(r'name="csrf" value="([^"]+)"', r.text).group(1)


def fields(**kw):
    address = kw.pop("email", None) or f"{unique('ouder')}@ouders.example"
    data = {"wie": "ouder", "naam": "Fatima El Amrani", "email": address,
            "telefoon": "06-12345678", "school": "De Regenboog", "kind": "Sami",
            "geboortejaar": "2016", "onderwerp": "Welke school past bij mijn zoon?",
            "vraag": "Mijn zoon loopt vast in de grote klas.\nMet wie kan ik praten?",
            "toestemming": "1", "website": ""}
    data.update(kw)
    return {k: v for k, v in data.items() if v is not None}


def send(c=None, wait=True, tk=None, **kw):
    """The form as a person sends it: shown, filled in, sent a moment later."""
    c = c or Client()
    tk = tk or ticket(c)
    if wait:
        time.sleep(1.1)     # Contact.MinSeconds is 1 on the test stack
    data = fields(**kw)
    data["csrf"] = tk
    return c.post("/contact", data), data


def stored(address):
    return scalar("SELECT COUNT(*) FROM contact_messages WHERE email = %s", address)


def reference_of(r):
    return re.search(r"<strong>(C-\d+)</strong>", r.text).group(1)


def message_id(ref):
    return int(scalar("SELECT id FROM contact_messages WHERE reference = %s", ref))


def test_a_parent_sends_the_form_gets_a_reference_and_a_confirmation_without_their_text():
    c = Client()
    page = c.get("/contact")
    assert "Set-Cookie" not in page.headers       # nothing kept in the visitor's browser
    assert 'for="f-naam"' in page.text and 'name="toestemming"' in page.text
    r, data = send(c)
    assert r.status_code == 200, r.text
    ref = reference_of(r)
    assert "Uw bericht is verzonden" in r.text
    row = sql("SELECT state, sender_kind, name, phone, school, pupil_first_name,"
              " pupil_birth_year, subject, body, consent_at IS NOT NULL FROM contact_messages"
              " WHERE reference = %s", ref)[0]
    assert row == ["nieuw", "ouder", "Fatima El Amrani", "06-12345678", "De Regenboog", "Sami",
                   "2016", data["onderwerp"], data["vraag"].replace("\n", "\\n"), "1"]
    mail = mails_to(data["email"])
    assert len(mail) == 1 and ref in mail_subject(mail[0])
    assert mail[0]["X-RcptTo"] == data["email"]
    body = mail_body(mail[0])
    assert ref in body
    for typed in ("Fatima", "Welke school", "grote klas", "Sami"):
        assert typed not in body and typed not in mail_subject(mail[0])


@pytest.mark.parametrize("change,field,message", [
    ({"email": "fatima-at-example"}, "email", "Vul een e-mailadres in zoals naam@voorbeeld.nl."),
    ({"toestemming": None}, "toestemming", "Vink dit aan om door te gaan."),
    ({"naam": ""}, "naam", "Vul dit veld in."),
    ({"wie": "buurman"}, "wie", "Kies een van de opties."),
    ({"geboortejaar": "16"}, "geboortejaar", "Vul een jaartal in, bijvoorbeeld 2016."),
    ({"vraag": "a" * 1_000_000}, "vraag", "Gebruik hoogstens 5000 tekens."),
    ({"naam": "Jan\r\nBcc: slachtoffer@example.com"}, "naam",
     "Dit veld bevat tekens die niet zijn toegestaan."),
    ({"onderwerp": "Vraag\r\nBcc: slachtoffer@example.com"}, "onderwerp",
     "Dit veld bevat tekens die niet zijn toegestaan."),
    ({"email": "a@b.nl\r\nBcc: slachtoffer@example.com"}, "email", None),
])
def test_bad_input_comes_back_with_the_values_and_the_error_beside_the_field(change, field,
                                                                           message):
    address = f"{unique('ouder')}@ouders.example"
    change = dict(change)
    change.setdefault("email", address)
    r, data = send(**change)
    assert r.status_code == 422
    assert f'id="f-{field}-error"' in r.text and f'href="#f-{field}"' in r.text
    if message:
        assert message in r.text
    # What was typed is still there, and the ticket with it.
    assert 'value="Sami"' in r.text and data["csrf"] in r.text
    if field != "vraag":
        assert "Mijn zoon loopt vast" in r.text
    assert stored(data["email"]) == "0" and stored(address) == "0"
    assert scalar("SELECT COUNT(*) FROM outbox WHERE to_addr LIKE '%slachtoffer%'") == "0"


def test_bcc_typed_in_a_field_sends_one_mail_to_one_recipient():
    r, data = send(naam="Jan Bcc: slachtoffer@example.com",
                   onderwerp="To: slachtoffer@example.com Bcc: ander@example.com")
    assert r.status_code == 200
    mail = mails_to(data["email"])
    assert len(mail) == 1
    assert mail[0]["X-RcptTo"] == data["email"] and mail[0]["Bcc"] is None
    assert mails_to("slachtoffer@example.com", timeout=1) == []


def test_html_and_script_are_text_to_staff_and_in_the_answer(staff):
    evil = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    r, data = send(naam=evil, school=evil, kind="<b>Sami</b>", onderwerp=evil,
                   vraag=evil + "\n\"quoted\" & 'single'")
    assert r.status_code == 200
    ref = reference_of(r)
    c = staff[STAFF]
    m = message_id(ref)
    page = c.get(f"/berichten/{m}").text
    assert "<script>alert(1)" not in page and "<img src=x" not in page and "<b>Sami" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;script&gt;" in inbox(c, ref=ref)
    answer(c, m, "Dank voor uw bericht <i>x</i>.")
    body = mail_body(mails_to(data["email"], subject="Antwoord")[0])
    assert "<script>alert(1)" not in body and "<i>x</i>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body and "&lt;i&gt;x&lt;/i&gt;" in body


def test_blocked_posts_get_one_neutral_message_and_leave_nothing():
    address = f"{unique('bot')}@bots.example"
    answers = []
    # The honeypot filled in; sent as soon as shown.
    for kw in ({"website": "https://spam.example"}, {"wait": False}):
        r, data = send(email=address, **kw)
        assert r.status_code == 429
        answers.append(re.search(r'error-summary__list">\s*<li><a[^>]*>(.*?)</a>', r.text,
                                 re.S).group(1))
        assert "Mijn zoon loopt vast" in r.text        # a person loses nothing
    assert answers == [BLOCKED, BLOCKED]
    for word in ("honeypot", "website", "snel", "seconden", "limiet"):
        assert word not in answers[0]
    assert stored(address) == "0"
    assert mails_to(address, timeout=1) == []


def test_the_sixth_post_from_one_address_in_ten_minutes_is_blocked():
    c = Client()
    tk = ticket(c)
    time.sleep(1.1)
    sent = [send(c, wait=False, tk=tk)[0].status_code for _ in range(5)]
    assert sent == [200] * 5
    r, data = send(c, wait=False, tk=tk)
    assert r.status_code == 429 and BLOCKED in r.text
    assert stored(data["email"]) == "0"
    # The rate counts a keyed hash of the address, never the address.
    assert scalar("SELECT COUNT(*) FROM contact_posts WHERE ip_hash LIKE '127.%'") == "0"
    assert scalar("SELECT COUNT(DISTINCT ip_hash) FROM contact_posts") == "1"


def test_a_post_needs_a_real_ticket_from_our_own_page():
    c = Client()
    tk = ticket(c)
    time.sleep(1.1)
    at, mac = tk.split(".")
    for bad in (None, "", f"{int(at) - 60}.{mac}", f"{at}.{mac[:-2]}AA", "x" * 40,
                f"{int(at) + 3600}.{mac}"):
        data = fields()
        if bad is not None:
            data["csrf"] = bad
        r = c.post("/contact", data)
        assert r.status_code == 403, bad
        assert stored(data["email"]) == "0"
    data = fields()
    data["csrf"] = tk
    r = c.post("/contact", data, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403 and stored(data["email"]) == "0"
    # A login form's token is no ticket.
    data["csrf"] = c.token("/inloggen")
    assert c.post("/contact", data).status_code == 403


def test_only_the_swv_website_may_frame_the_form():
    for r in (requests.get(BASE + "/contact"), send()[0]):
        csp = r.headers["Content-Security-Policy"]
        assert "frame-ancestors 'self' https://www.swv-voorbeeld.nl" in csp
        assert "X-Frame-Options" not in r.headers
    other = requests.get(BASE + "/inloggen")
    assert "frame-ancestors 'none'" in other.headers["Content-Security-Policy"]
    assert other.headers["X-Frame-Options"] == "DENY"
    # The consent links the SWV's privacy statement.
    assert 'href="https://www.swv-voorbeeld.nl/privacy"' in requests.get(BASE + "/contact").text


def test_the_beheerder_sets_the_website_and_refuses_what_is_not_an_origin(admin):
    swv = scalar("SELECT id FROM organisations WHERE type = 'swv'")
    path = f"/beheer/organisaties/{swv}"
    form = edit_form(admin, path)
    assert form["website_url"] == "https://www.swv-voorbeeld.nl"
    for field, bad in (("website_url", "https://www.swv-voorbeeld.nl/contact"),
                       ("website_url", "www.swv-voorbeeld.nl"),
                       ("website_url", "https://a.nl; script-src *"),
                       ("privacy_url", "javascript:alert(1)")):
        r = admin.submit(path, {**form, field: bad})
        assert r.status_code == 422 and f'id="f-{field}-error"' in r.text, bad
        assert f'value="{bad}"' in r.text
    assert sql("SELECT website_url, privacy_url FROM organisations WHERE id = %s", swv)[0] == \
        ["https://www.swv-voorbeeld.nl", "https://www.swv-voorbeeld.nl/privacy"]
    r = admin.submit(path, {**form, "website_url": "HTTPS://WWW.SWV-Voorbeeld.nl"})
    assert r.status_code == 303
    assert scalar("SELECT website_url FROM organisations WHERE id = %s", swv) == \
        "https://www.swv-voorbeeld.nl"


def inbox(c, query="", ref=""):
    """The inbox, searched for one reference (the list grows with each run)."""
    page = c.get("/berichten?q=" + ref + query.replace("?", "&")).text
    return page.split("<tbody>", 1)[1]


def version(c, m):
    return re.search(r'name="version" value="(\d+)"', c.get(f"/berichten/{m}").text).group(1)


def answer(c, m, text, v=None):
    return c.post(f"/berichten/{m}/antwoord", {"csrf": c.token(f"/berichten/{m}"),
                                              "version": v or version(c, m), "antwoord": text})


def test_staff_assign_note_answer_and_close_on_the_timeline(staff):
    r, data = send()
    ref = reference_of(r)
    m = message_id(ref)
    c = staff[STAFF]
    assert ref in inbox(c, ref=ref) and ref in inbox(c, "?toegewezen=niemand", ref)
    # Only SWV staff can be assigned: the beheerder is none.
    colleague = scalar("SELECT id FROM users WHERE email = 'beheerder@passend.example'")
    r = c.post(f"/berichten/{m}/toewijzen", {"csrf": c.token(f"/berichten/{m}"),
                                              "version": version(c, m), "medewerker": colleague})
    assert r.status_code == 422 and "Kies een medewerker uit de lijst." in r.text
    me = scalar("SELECT id FROM users WHERE email = %s", STAFF)
    r = c.post(f"/berichten/{m}/toewijzen", {"csrf": c.token(f"/berichten/{m}"),
                                              "version": version(c, m), "medewerker": me})
    assert r.status_code == 303
    assert sql("SELECT state, assigned_to FROM contact_messages WHERE id = %s", m)[0] == \
        ["in_behandeling", me]
    assert ref in inbox(c, "?toegewezen=mij", ref)
    assert ref not in inbox(c, "?toegewezen=niemand", ref)
    r = c.post(f"/berichten/{m}/notitie", {"csrf": c.token(f"/berichten/{m}"),
                                            "version": version(c, m),
                                            "notitie": "Eerst leerplicht bellen."})
    assert r.status_code == 303
    r = answer(c, m, "Beste mevrouw El Amrani,\n\nWij bellen u deze week.")
    assert r.status_code == 303
    mail = mails_to(data["email"], subject="Antwoord")
    assert len(mail) == 1 and ref in mail_subject(mail[0])
    body = mail_body(mail[0])
    assert "Wij bellen u deze week." in body and "Mijn zoon loopt vast" in body
    assert "Eerst leerplicht bellen." not in body          # notes stay inside
    page = c.get(f"/berichten/{m}").text
    for step in ("Toegewezen aan Mira Jansen", "Interne notitie", "Eerst leerplicht bellen.",
                 f"Antwoord verstuurd naar {data['email']}", "Wij bellen u deze week."):
        assert step in page, step
    assert scalar("SELECT state FROM contact_messages WHERE id = %s", m) == "beantwoord"
    r = c.post(f"/berichten/{m}/sluiten", {"csrf": c.token(f"/berichten/{m}"),
                                            "version": version(c, m)})
    assert r.status_code == 303
    assert sql("SELECT state, closed_at IS NOT NULL FROM contact_messages WHERE id = %s", m)[0] \
        == ["gesloten", "1"]
    assert ref not in inbox(c, ref=ref) and ref in inbox(c, "?status=gesloten", ref)
    assert ref in inbox(c, "?status=alle", data["email"].upper())   # search by address
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE object_type = 'contact'"
                  " AND object_id = %s AND action = 'view'", m) != "0"
    r = c.post(f"/berichten/{m}/heropenen", {"csrf": c.token(f"/berichten/{m}"),
                                              "version": version(c, m)})
    assert r.status_code == 303
    assert sql("SELECT state, closed_at FROM contact_messages WHERE id = %s", m)[0] == \
        ["in_behandeling", None]


def test_a_double_click_on_send_sends_one_answer_and_keeps_the_text(staff):
    r, data = send()
    m = message_id(reference_of(r))
    c = staff[STAFF]
    v = version(c, m)
    assert answer(c, m, "Eerste klik.", v).status_code == 303
    r = answer(c, m, "Eerste klik.", v)
    assert r.status_code == 409
    assert "Iemand anders heeft dit bericht intussen gewijzigd" in r.text
    assert "Eerste klik." in r.text
    time.sleep(1)
    assert len(mails_to(data["email"], subject="Antwoord", timeout=2)) == 1


def test_assigning_a_colleague_mails_them_a_link_and_nothing_of_the_message(staff):
    r, data = send()
    m = message_id(reference_of(r))
    uid, email = make_user("swv", "Samenwerkingsverband Passend Onderwijs Voorbeeldregio")
    c = staff[STAFF]
    r = c.post(f"/berichten/{m}/toewijzen", {"csrf": c.token(f"/berichten/{m}"),
                                              "version": version(c, m), "medewerker": uid})
    assert r.status_code == 303
    mail = mails_to(email)
    assert len(mail) == 1
    body = mail_body(mail[0])
    assert f"/berichten/{m}" in body
    for typed in ("Fatima", "Welke school", "grote klas", data["email"]):
        assert typed not in body


def test_only_swv_staff_reach_the_inbox(staff):
    r, _ = send()
    m = message_id(reference_of(r))
    for who in ("ib.regenboog@passend.example", "beslisser@passend.example"):
        c = staff[who]
        assert c.get("/berichten").status_code == 403
        assert c.get(f"/berichten/{m}").status_code == 403
        r = c.post(f"/berichten/{m}/notitie", {"csrf": c.token("/"), "version": "1",
                                                "notitie": "x"})
        assert r.status_code == 403
        assert "/berichten" not in c.get("/").text
    r = requests.get(BASE + "/berichten", allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"] == BASE + "/inloggen"
    assert staff[STAFF].get("/berichten/999999999").status_code == 404


def test_the_purge_empties_messages_closed_longer_than_the_retention_and_leaves_a_record(staff):
    old, _ = send()
    recent, _ = send()
    o, n = message_id(reference_of(old)), message_id(reference_of(recent))
    c = staff[STAFF]
    answer(c, o, "Een antwoord met inhoud.")
    sql("UPDATE contact_messages SET state = 'gesloten', closed_at = UTC_TIMESTAMP()"
        " - INTERVAL 13 MONTH WHERE id = %s", o)
    sql("UPDATE contact_messages SET state = 'gesloten', closed_at = UTC_TIMESTAMP()"
        " - INTERVAL 11 MONTH WHERE id = %s", n)
    subprocess.run([os.path.join(BUILD, "passend-cron")], env=ENV, check=True,
                   capture_output=True, timeout=120)
    row = sql("SELECT reference IS NOT NULL, sender_kind, name, email, phone, school,"
              " pupil_first_name, pupil_birth_year, subject, body, purged_at IS NOT NULL,"
              " received_at IS NOT NULL FROM contact_messages WHERE id = %s", o)[0]
    assert row == ["1", "ouder", None, None, None, None, None, None, None, None, "1", "1"]
    assert scalar("SELECT COUNT(*) FROM contact_events WHERE message_id = %s"
                  " AND body IS NOT NULL", o) == "0"
    assert scalar("SELECT COUNT(*) FROM contact_events WHERE message_id = %s"
                  " AND label LIKE 'Inhoud verwijderd%%'", o) == "1"
    assert scalar("SELECT COUNT(*) FROM contact_events WHERE message_id = %s"
                  " AND label LIKE '%%@%%'", o) == "0"
    assert scalar("SELECT name FROM contact_messages WHERE id = %s", n) == "Fatima El Amrani"
    page = c.get(f"/berichten/{o}").text
    assert "De inhoud van dit bericht is op" in page and "Fatima" not in page
    assert "Inhoud verwijderd na de bewaartermijn" in inbox(c, "?status=gesloten",
                                                          reference_of(old))
    r = c.post(f"/berichten/{o}/notitie", {"csrf": c.token(f"/berichten/{o}"),
                                            "version": version_any(o), "notitie": "x"})
    assert r.status_code == 422 and "inhoud al verwijderd" in r.text


def version_any(m):
    return scalar("SELECT version FROM contact_messages WHERE id = %s", m)


def test_staff_turn_a_message_into_a_dossier_for_a_pupil_with_its_text(staff):
    r, data = send(onderwerp="Aanvraag voor Lotte", vraag="Lotte heeft meer hulp nodig.")
    ref = reference_of(r)
    m = message_id(ref)
    c = staff[STAFF]
    page = c.get(f"/berichten/{m}?leerling=van der Meer").text
    pupil = int(scalar("SELECT id FROM pupils WHERE first_name = 'Lotte'"
                       " AND last_name = 'Meer' ORDER BY id LIMIT 1"))
    assert f'value="{pupil}"' in page and "Lotte van der Meer" in page
    tlv = scalar("SELECT id FROM trajectory_types WHERE tkey = 'tlv'")
    form = {"csrf": c.token(f"/berichten/{m}"), "version": version(c, m),
            "leerling": "van der Meer"}
    # Without a type, or with a pupil that does not exist: the choice comes back.
    r = c.post(f"/berichten/{m}/dossier", {**form, "leerling_id": pupil})
    assert r.status_code == 422 and 'id="f-type_id-error"' in r.text
    assert f'value="{pupil}"' in r.text
    r = c.post(f"/berichten/{m}/dossier", {**form, "leerling_id": 999999999, "type_id": tlv})
    assert r.status_code == 422 and "Kies een leerling uit de lijst." in r.text
    assert scalar("SELECT dossier_id FROM contact_messages WHERE id = %s", m) is None
    r = c.post(f"/berichten/{m}/dossier", {**form, "leerling_id": pupil, "type_id": tlv})
    assert r.status_code == 303
    d = int(re.search(r"/dossiers/(\d+)", r.headers["Location"]).group(1))
    assert sql("SELECT pupil_id, type_id, state FROM dossiers WHERE id = %s", d)[0] == \
        [str(pupil), tlv, "concept"]
    assert scalar("SELECT dossier_id FROM contact_messages WHERE id = %s", m) == str(d)
    dossier = c.get(f"/dossiers/{d}").text
    assert f"Bericht {ref} uit het contactformulier" in dossier
    assert "Lotte heeft meer hulp nodig." in dossier
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'create'"
                  " AND dossier_id = %s AND pupil_id = %s", d, pupil) == "1"
    page = c.get(f"/berichten/{m}").text
    assert f'href="/dossiers/{d}"' in page and f"Dossier {d} gestart: " in page
    # Once only.
    r = c.post(f"/berichten/{m}/dossier", {**form, "version": version(c, m),
                                           "leerling_id": pupil, "type_id": tlv})
    assert r.status_code == 422 and "al een dossier" in r.text
    assert scalar("SELECT COUNT(*) FROM dossiers WHERE pupil_id = %s AND id > %s",
                  pupil, d) == "0"
