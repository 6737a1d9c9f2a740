"""The TLV as issued (DOMAIN.md, TLV): the TLV and the decision letter as
PDF, stored once with their hash; the receiving school that sees, downloads
and places only what is addressed to it; and the public check of a number
and its verification code, which tells nothing else."""
import datetime
import hashlib
import json
import os
import re
import subprocess

import pytest

from conftest import ROOT, Client, demo_accounts, org_id, scalar, sql, unique, without_csrf
from test_decision import ISSUE, advised, decide, ready_for_decision
from test_dossier import DECIDER, IB, SWV, s  # noqa: F401

HORIZON = "ontvangend.horizon@passend.example"
BAKEN = "ontvangend.baken@passend.example"
SCHOOLS = {HORIZON: "De Horizon, school voor SO en VSO", BAKEN: "Mytylschool Het Baken"}
CODE = re.compile(r"Controlecode ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")


def text(pdf):
    """What a reader sees in the PDF, its whitespace made single."""
    assert pdf.startswith(b"%PDF-")
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(out.stdout.decode().split())


def issued(s, receivers=(HORIZON, BAKEN), **changes):
    """An issued TLV addressed to these receiving schools: (dossier, decision)."""
    d = ready_for_decision(s, first="Zeynep Ayşe", last=unique("Şahin"))
    ticks = {f"ontvanger-{org_id(SCHOOLS[r])}": "1" for r in receivers}
    r = decide(s[DECIDER], d, **{**ISSUE, **changes, **ticks})
    assert r.status_code == 303, r.text
    return d, int(scalar("SELECT id FROM tlv_decisions WHERE dossier_id = %s", d))


def pdf_of(c, path):
    r = c.get(path)
    assert r.status_code == 200, (path, r.status_code)
    assert r.headers["Content-Type"] == "application/pdf"
    assert r.headers["Content-Disposition"].startswith("attachment")
    return r.content


def test_the_tlv_and_the_letter_are_pdfs_of_the_decision_stored_once(s):
    d, t = issued(s)
    number, pupil = sql("SELECT t.number, CONCAT(d.pupil_first_name, ' ', d.pupil_last_name)"
                        " FROM tlv_decisions t JOIN dossiers d ON d.id = t.dossier_id"
                        " WHERE t.id = %s", t)[0]
    page = s[IB].get(f"/dossiers/{d}").text
    assert f'href="/dossiers/{d}/tlv.pdf"' in page and f'href="/dossiers/{d}/besluit.pdf"' in page
    pdf = pdf_of(s[IB], f"/dossiers/{d}/tlv.pdf")
    tlv = text(pdf)
    for part in ("Toelaatbaarheidsverklaring", number, pupil, "Speciaal onderwijs (SO)",
                 "Midden (categorie 2)", "1 augustus 2027", "31 juli 2028",
                 ISSUE["duration_reason"], ISSUE["category_reason"], SCHOOLS[HORIZON],
                 SCHOOLS[BAKEN], "Samenwerkingsverband Passend Onderwijs Voorbeeldregio",
                 "Stationsplein 1", "Basisschool De Regenboog", "Dr. Karel Smit", "/tlv/controle"):
        assert part in tlv, part
    assert "Ş" in pupil and CODE.search(tlv)
    # The TLV goes to the receiving school: it carries no advice.
    assert "Eerste advies." not in tlv
    letter = text(pdf_of(s[IB], f"/dossiers/{d}/besluit.pdf"))
    for part in (pupil, number, "bezwaar", "binnen zes weken", "LBT", "Eerste advies.",
                 "Tweede advies.", "Bijlage 1", "Bijlage 2", "Beroep orthopedagoog", "Beroep arts",
                 "speciaal onderwijs (SO)", ISSUE["duration_reason"]):
        assert part in letter, part
    # Stored with its hash, as sent; the code only as a hash.
    rows = sql("SELECT kind, sha256, size, verify_hash IS NOT NULL FROM tlv_documents"
               " WHERE decision_id = %s ORDER BY kind", t)
    assert [r[0] for r in rows] == ["tlv", "letter"]
    assert rows[0][1:] == [hashlib.sha256(pdf).hexdigest(), str(len(pdf)), "1"]
    assert rows[1][3] == "0"
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE dossier_id = %s AND action = 'download'"
                  " AND object_type = 'tlv_pdf'", d) == "1"
    # Immutable: the application may insert and read, nothing else.
    grants = {r[0] for r in sql("SELECT PRIVILEGE_TYPE FROM information_schema.TABLE_PRIVILEGES"
                                " WHERE TABLE_NAME = 'tlv_documents'")}
    assert grants == {"SELECT", "INSERT"}


def test_a_pdf_that_no_longer_matches_its_hash_is_never_sent(s):
    d, t = issued(s)
    sql("UPDATE tlv_documents SET pdf = CONCAT(pdf, ' ') WHERE decision_id = %s"
        " AND kind = 'tlv'", t)
    try:
        r = s[IB].get(f"/dossiers/{d}/tlv.pdf")
        assert r.status_code == 500 and not r.content.startswith(b"%PDF")
    finally:
        sql("UPDATE tlv_documents SET pdf = LEFT(pdf, size) WHERE decision_id = %s"
            " AND kind = 'tlv'", t)
    assert s[IB].get(f"/dossiers/{d}/tlv.pdf").status_code == 200


def test_a_refusal_has_a_letter_with_its_reasons_and_no_tlv(s):
    d = ready_for_decision(s)
    r = decide(s[DECIDER], d, outcome="afwijzen", refusal_reason="De school kan dit bieden.")
    assert r.status_code == 303
    assert s[IB].get(f"/dossiers/{d}/tlv.pdf").status_code == 404
    letter = text(pdf_of(s[SWV], f"/dossiers/{d}/besluit.pdf"))
    for part in ("geen toelaatbaarheidsverklaring", "De school kan dit bieden.", "bezwaar",
                 "Eerste advies.", "Tweede advies."):
        assert part in letter, part
    assert "TLV-" not in letter


@pytest.fixture(scope="module")
def rs():
    """The demo receiving schools' users, logged in."""
    return {email: Client().login(email, pw) for _, email, pw in demo_accounts()
            if email in SCHOOLS}


def test_a_receiving_school_sees_and_downloads_the_tlvs_addressed_to_it(s, rs):
    d, t = issued(s)
    number = scalar("SELECT number FROM tlv_decisions WHERE id = %s", t)
    listing = rs[HORIZON].get("/tlv").text
    assert number in listing and f'href="/tlv/{t}"' in listing
    page = rs[HORIZON].get(f"/tlv/{t}").text
    assert number in page and "Speciaal onderwijs (SO)" in page
    pdf = pdf_of(rs[HORIZON], f"/tlv/{t}/tlv.pdf")
    assert pdf == pdf_of(s[IB], f"/dossiers/{d}/tlv.pdf")
    uid = scalar("SELECT id FROM users WHERE email = %s", HORIZON)
    assert scalar("SELECT CONCAT(role, '/', org_id) FROM audit_log WHERE user_id = %s"
                  " AND action = 'download' AND object_id = %s", uid, t) == \
        f"ontvangend/{org_id(SCHOOLS[HORIZON])}"
    # A school outside the SWV, with its own account, sees it too.
    assert number in rs[BAKEN].get("/tlv").text


def test_a_receiving_school_gets_nothing_of_a_tlv_addressed_to_another(s, rs):
    d, t = issued(s, receivers=(BAKEN,))
    uid = scalar("SELECT id FROM users WHERE email = %s", HORIZON)
    before = scalar("SELECT COUNT(*) FROM audit_log WHERE user_id = %s", uid)
    number = scalar("SELECT number FROM tlv_decisions WHERE id = %s", t)
    assert number not in rs[HORIZON].get("/tlv?toon=alle").text
    for path in (f"/tlv/{t}", f"/tlv/{t}/tlv.pdf"):
        r = rs[HORIZON].get(path)
        assert r.status_code == 404 and number not in r.text and not r.content.startswith(b"%PDF")
    r = rs[HORIZON].submit(f"/tlv/{t}/plaatsing", {"placed_on": "2027-08-01"}, form_page="/tlv")
    assert r.status_code == 404
    assert scalar("SELECT COUNT(*) FROM tlv_receivers WHERE decision_id = %s"
                  " AND placed_on IS NOT NULL", t) == "0"
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE user_id = %s", uid) == before
    # Other roles have no receiving pages at all.
    for who in (IB, SWV, DECIDER):
        assert s[who].get("/tlv").status_code == 403
        assert s[who].get(f"/tlv/{t}/tlv.pdf").status_code == 403


def test_the_receiving_school_confirms_the_placement_once_within_the_period(s, rs):
    d, t = issued(s)
    path, c = f"/tlv/{t}/plaatsing", rs[HORIZON]
    r = c.submit(path, {"placed_on": "2027-07-31"}, form_page=f"/tlv/{t}")
    assert r.status_code == 422
    assert "binnen de geldigheid van de TLV: van 01-08-2027 tot en met 31-07-2028" in r.text
    assert 'value="2027-07-31"' in r.text and 'id="f-placed_on-error"' in r.text
    r = c.submit(path, {"placed_on": "2027-08-01"}, form_page=f"/tlv/{t}")
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/tlv/{t}?m=geplaatst")
    assert "Geplaatst per <strong>01-08-2027</strong>" in c.get(f"/tlv/{t}").text
    # Once: a second post, and the other school, change nothing.
    r = c.submit(path, {"placed_on": "2027-09-01"}, form_page=f"/tlv/{t}")
    assert r.status_code == 303
    r = rs[BAKEN].submit(path, {"placed_on": "2027-09-01"}, form_page=f"/tlv/{t}")
    assert r.status_code == 422 and "Een andere school heeft de plaatsing" in r.text
    assert sql("SELECT placed_on FROM tlv_receivers WHERE decision_id = %s"
               " AND placed_on IS NOT NULL", t) == [["2027-08-01"]]
    staff = s[SWV].get(f"/dossiers/{d}").text
    assert "geplaatst per 01-08-2027" in staff
    assert "Plaatsing bevestigd door De Horizon, school voor SO en VSO, per 01-08-2027" in staff
    number = scalar("SELECT number FROM tlv_decisions WHERE id = %s", t)
    assert number not in c.get("/tlv").text and number in c.get("/tlv?toon=geplaatst").text


def check(c, number, code):
    return c.submit("/tlv/controle", {"number": number, "code": code})


def test_anyone_checks_a_number_and_its_code_and_learns_only_that_it_is_valid(s):
    today = datetime.date.today()
    d, t = issued(s, start_date=today.isoformat(),
                  end_date=(today + datetime.timedelta(days=400)).isoformat())
    number = scalar("SELECT number FROM tlv_decisions WHERE id = %s", t)
    pupil = scalar("SELECT pupil_last_name FROM dossiers WHERE id = %s", d)
    code = CODE.search(text(pdf_of(s[IB], f"/dossiers/{d}/tlv.pdf"))).group(1)
    anyone = Client()
    assert anyone.get("/tlv/controle").status_code == 200
    r = check(anyone, number, code)
    assert r.status_code == 200 and f"De verklaring {number} is echt" in r.text
    assert "Ze is vandaag geldig" in r.text
    main = without_csrf(r.text.split("<main", 1)[1])
    for secret in (pupil, "Regenboog", "SO", "Horizon"):
        assert secret not in main, secret
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'verify' AND role = 'publiek'"
                  " AND dossier_id = %s AND user_id IS NULL", d) == "1"
    # As typed by hand: any case, without dashes, O for 0.
    loose = code.replace("-", " ").lower().replace("0", "o")
    assert "is echt" in check(anyone, number.lower(), loose).text
    # Not yet valid: the ISSUE period starts next year.
    d2, t2 = issued(s)
    code2 = CODE.search(text(pdf_of(s[IB], f"/dossiers/{d2}/tlv.pdf"))).group(1)
    number2 = scalar("SELECT number FROM tlv_decisions WHERE id = %s", t2)
    assert "Ze is nog niet geldig" in check(anyone, number2, code2).text


def test_a_wrong_code_or_an_unknown_number_gets_one_answer_and_keeps_the_input(s):
    d, t = issued(s)
    number = scalar("SELECT number FROM tlv_decisions WHERE id = %s", t)
    before = scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'verify'")
    anyone = Client()
    answers = set()
    for n, c in ((number, "AAAA-BBBB-CCCC"), ("TLV-2099-99999", "AAAA-BBBB-CCCC")):
        r = check(anyone, n, c)
        assert r.status_code == 422 and "is echt" not in r.text
        assert f'value="{n}"' in r.text and 'value="AAAA-BBBB-CCCC"' in r.text
        answers.add(re.search(r'id="f-code-error">(.*?)</p>', r.text, re.S).group(1))
    assert len(answers) == 1 and "horen niet bij een toelaatbaarheidsverklaring" in answers.pop()
    r = check(anyone, "12345", "kort")
    assert r.status_code == 422
    assert 'id="f-number-error"' in r.text and 'id="f-code-error"' in r.text
    assert "bijvoorbeeld TLV-2026-00012" in r.text
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'verify'") == before


def test_the_swv_is_signalled_when_no_school_confirms_the_placement(s, rs):
    from test_objection import on_signals_page
    from test_signals import cron, digests, signals
    d, t = issued(s)
    waiting, _ = issued(s)
    number = scalar("SELECT number FROM tlv_decisions WHERE id = %s", t)
    sql("UPDATE tlv_decisions SET decided_at = decided_at - INTERVAL 43 DAY"
        " WHERE dossier_id = %s", d)
    sql("UPDATE tlv_decisions SET decided_at = decided_at - INTERVAL 41 DAY"
        " WHERE dossier_id = %s", waiting)      # six weeks less a day ago
    cron()
    label = f"{number}: nog geen plaatsing bevestigd, 6 weken na het besluit"
    assert [row[:3] for row in signals(d)] == [["placement", "unconfirmed", label]]
    assert signals(waiting) == []
    assert on_signals_page(s[SWV], label) and digests(SWV, d) == 1
    assert not on_signals_page(s[IB], label)        # the SWV follows up, not the school
    # A confirmed placement clears it.
    r = rs[HORIZON].submit(f"/tlv/{t}/plaatsing", {"placed_on": "2027-08-01"},
                           form_page=f"/tlv/{t}")
    assert r.status_code == 303
    cron()
    assert signals(d)[0][4] == "1"


def test_an_extension_starts_from_the_tlv_with_its_answers_and_runs_the_same_route(s):
    from test_advice import taken_on
    from test_dossier import EXPERT, IB2
    d, t = issued(s)
    number = scalar("SELECT number FROM tlv_decisions WHERE id = %s", t)
    path = f"/dossiers/{d}/verlengen"
    assert 'action="' + path + '"' in s[IB].get(f"/dossiers/{d}").text
    for who, status in ((EXPERT, 403), (IB2, 404)):
        assert s[who].submit(path, {}, form_page="/").status_code == status
    r = s[IB].submit(path, {}, form_page=f"/dossiers/{d}")
    assert r.status_code == 303 and r.headers["Location"].endswith("/invullen?m=verlenging")
    e = int(re.search(r"/dossiers/(\d+)/invullen", r.headers["Location"]).group(1))
    assert sql("SELECT pupil_id, type_id, JSON_VALUE(answers, '$.vraag') FROM dossiers"
               " WHERE id IN (%s, %s) ORDER BY id", d, e) == \
        [sql("SELECT pupil_id, type_id, JSON_VALUE(answers, '$.vraag') FROM dossiers"
             " WHERE id = %s", d)[0]] * 2
    assert scalar("SELECT extends_decision_id FROM dossiers WHERE id = %s", e) == str(t)
    # A second click finds the first extension.
    r = s[IB].submit(path, {}, form_page=f"/dossiers/{d}")
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/dossiers/{e}")
    assert scalar("SELECT COUNT(*) FROM dossiers WHERE extends_decision_id = %s", t) == "1"
    assert f'Verlenging aangevraagd: <a href="/dossiers/{e}">' in s[SWV].get(f"/dossiers/{d}").text
    page = s[IB].get(f"/dossiers/{e}").text
    assert "Verlenging van" in page and f'href="/dossiers/{d}">{number}</a>' in page
    # The same route, to a TLV that says what it extends.
    advised(s, taken_on(s, e))
    assert decide(s[DECIDER], e, **{**ISSUE, "start_date": "2028-08-01",
                                    "end_date": "2029-07-31"}).status_code == 303
    tlv = text(pdf_of(s[IB], f"/dossiers/{e}/tlv.pdf"))
    assert f"Verlenging van {number}" in tlv
    assert f"een verlenging van toelaatbaarheidsverklaring {number}" in \
        text(pdf_of(s[IB], f"/dossiers/{e}/besluit.pdf"))
    # Decided, the extension no longer blocks another.
    assert 'action="' + path + '"' in s[IB].get(f"/dossiers/{d}").text


def test_the_demo_holds_a_tlv_request_in_every_state_and_tlvs_for_the_special_school(rs):
    with open(os.path.join(ROOT, "conf/trajectories/tlv.json")) as f:
        states = {st["key"] for st in json.load(f)["workflow"]["states"]}
    demo = sql("SELECT DISTINCT d.state FROM dossiers d JOIN pupils p ON p.id = d.pupil_id"
               " JOIN trajectory_types t ON t.id = d.type_id"
               " WHERE t.tkey = 'tlv' AND p.parent1_email = 'ouder@passend.example'")
    assert {row[0] for row in demo} == states
    issued = sql("SELECT t.number FROM tlv_decisions t JOIN tlv_receivers r"
                 " ON r.decision_id = t.id JOIN dossiers d ON d.id = t.dossier_id"
                 " JOIN pupils p ON p.id = d.pupil_id WHERE r.school_id = %s"
                 " AND t.outcome = 'toegekend' AND p.parent1_email = 'ouder@passend.example'",
                 org_id(SCHOOLS[HORIZON]))
    assert issued
    page = rs[HORIZON].get("/tlv?toon=alle").text
    for (number,) in issued:
        assert number in page
