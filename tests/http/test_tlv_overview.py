"""The TLV overview (DOMAIN.md, TLV): every TLV request with its state, lead
time, open signals and decision, for SWV staff all of them and for a school
its own; filtered, and as an Excel file that is in the access log."""
import io
import re
import subprocess

import openpyxl

from conftest import VAR, org_id, scalar, sql, unique
from test_advice import in_treatment, taken_on
from test_decision import ISSUE, advised, decide
from test_dossier import (DECIDER, IB, IB2, KOMPAS, REGENBOOG, RVZ, SWV, new_pupil,  # noqa: F401
                         s, start)
from test_signals import cron


def waiting(s, last, days):
    """A TLV request taken on, handed in complete this many days ago."""
    d = in_treatment(s, last=last, birth=f"2016-05-{days % 28 + 1:02d}")
    sql("UPDATE dossiers SET complete_at = UTC_TIMESTAMP() - INTERVAL %s DAY WHERE id = %s",
        days, d)
    return d


def rows(html):
    """(dossier, row text) per table row, in order."""
    out = []
    for tr in re.findall(r"<tr>(.*?)</tr>", html, re.S):
        m = re.search(r'href="/dossiers/(\d+)"', tr)
        if m:
            out.append((int(m.group(1)), " ".join(re.sub(r"<[^>]+>", " ", tr).split())))
    return out


def test_staff_see_the_open_requests_longest_waiting_first_with_their_lead_time(s):
    name = unique("Wacht")
    late, warned, fresh = (waiting(s, name, days) for days in (60, 45, 3))
    logged = scalar("SELECT COUNT(*) FROM audit_log WHERE dossier_id = %s", late)
    page = s[SWV].get(f"/dossiers/tlv?q={name}")
    assert page.status_code == 200
    listed = rows(page.text)
    assert [d for d, _ in listed] == [late, warned, fresh]
    text = dict(listed)
    assert "60 dagen Termijn verstreken" in text[late]
    assert "45 dagen Waarschuwing" in text[warned]
    assert "3 dagen" in text[fresh] and "Waarschuwing" not in text[fresh]
    assert "In behandeling" in text[fresh] and "Basisschool De Regenboog" in text[fresh]
    # The lead-time filters; newest first.
    over = s[SWV].get(f"/dossiers/tlv?q={name}&termijn=verstreken").text
    assert [d for d, _ in rows(over)] == [late]
    warn = s[SWV].get(f"/dossiers/tlv?q={name}&termijn=waarschuwing").text
    assert [d for d, _ in rows(warn)] == [late, warned]
    newest = s[SWV].get(f"/dossiers/tlv?q={name}&s=nieuw").text
    assert [d for d, _ in rows(newest)] == [fresh, warned, late]
    # The overview is a list: opening it writes nothing to the access log.
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE dossier_id = %s", late) == logged


def test_a_decided_request_leaves_the_open_list_and_shows_its_tlv(s):
    name = unique("Besloten")
    d = advised(s, waiting(s, name, 20))
    assert decide(s[DECIDER], d, **ISSUE).status_code == 303
    number = scalar("SELECT number FROM tlv_decisions WHERE dossier_id = %s", d)
    assert rows(s[SWV].get(f"/dossiers/tlv?q={name}").text) == []
    for query in (f"q={name}&status=alle", f"q={name}&status=toegekend", f"q={number}&status=alle"):
        listed = dict(rows(s[SWV].get(f"/dossiers/tlv?{query}").text))
        assert list(listed) == [d], query
        assert number in listed[d] and "Speciaal onderwijs (SO), Midden (categorie 2)" in listed[d]
        assert "01-08-2027 tot en met 31-07-2028" in listed[d]
        assert "20 dagen" in listed[d]
    assert scalar("SELECT finished_at IS NOT NULL FROM dossiers WHERE id = %s", d) == "1"


def test_a_school_sees_its_own_requests_and_an_rvz_its_besturen(s):
    name = unique("Eigen")
    mine = waiting(s, name, 10)
    c = s[IB2]
    other = start(c, new_pupil(c, KOMPAS, last=name), tkey="tlv")
    listed = [d for d, _ in rows(s[IB].get(f"/dossiers/tlv?q={name}&status=alle").text)]
    assert listed == [mine]
    assert [d for d, _ in rows(c.get(f"/dossiers/tlv?q={name}&status=alle").text)] == [other]
    assert [d for d, _ in rows(s[RVZ].get(f"/dossiers/tlv?q={name}&status=alle").text)] == [mine]
    assert {d for d, _ in rows(s[SWV].get(f"/dossiers/tlv?q={name}&status=alle").text)} == \
        {mine, other}
    # The concept has no lead time yet.
    assert "Nog niet" in dict(rows(c.get(f"/dossiers/tlv?q={name}&status=concept").text))[other]


TLV = "FROM dossiers d JOIN trajectory_types y ON y.id = d.type_id WHERE y.tkey = 'tlv'"
OPEN = f"SELECT COUNT(*) {TLV} AND d.finished_at IS NULL AND d.complete_at IS NOT NULL"


def total(c, path="/dossiers/tlv"):
    """A list's total, as its caption has it."""
    page = c.get(path).text
    return int(re.search(r"<caption>[^<(]+\((\d+)\)</caption>", page).group(1))


def test_the_totals_are_exact_through_every_change(s):
    """The totals of the overview's default view and of the dossier list are
    kept by triggers (025), not counted: after each kind of change they are
    what counting gives, for staff, a school and an RVZ."""
    regenboog, kompas = org_id(REGENBOOG), org_id(KOMPAS)
    bestuur = scalar("SELECT bestuur_id FROM dossiers WHERE school_id = %s LIMIT 1", regenboog)
    tlv = scalar("SELECT id FROM trajectory_types WHERE tkey = 'tlv'")

    def counted():
        kept = sql("SELECT type_id, state, school_id, bestuur_id, is_open, n FROM dossier_counts"
                   " WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5")
        assert kept == sql("SELECT type_id, state, school_id, COALESCE(bestuur_id, 0),"
                           " finished_at IS NULL AND complete_at IS NOT NULL, COUNT(*)"
                           " FROM dossiers GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5")
        assert total(s[SWV]) == int(scalar(OPEN))
        assert total(s[IB]) == int(scalar(OPEN + " AND d.school_id = %s", regenboog))
        assert total(s[RVZ]) == int(scalar(OPEN + " AND d.bestuur_id = %s", bestuur))
        assert total(s[SWV], f"/dossiers?soort={tlv}&status=in_behandeling") == \
            int(scalar(f"SELECT COUNT(*) {TLV} AND d.state = 'in_behandeling'"))
        assert total(s[IB], "/dossiers") == \
            int(scalar("SELECT COUNT(*) FROM dossiers WHERE school_id = %s", regenboog))
        assert total(s[SWV], f"/dossiers?school={kompas}") == \
            int(scalar("SELECT COUNT(*) FROM dossiers WHERE school_id = %s", kompas))
        return total(s[SWV])

    before = counted()
    c = s[IB]
    d = start(c, new_pupil(c, REGENBOOG, last=unique("Teller")), tkey="tlv")
    assert counted() == before                  # a concept is not open yet
    taken_on(s, d)
    assert counted() == before + 1
    sql("UPDATE dossiers SET school_id = %s WHERE id = %s", kompas, d)     # by hand, too
    assert counted() == before + 1
    assert decide(s[DECIDER], advised(s, d), **ISSUE).status_code == 303
    assert counted() == before
    # The application reads the kept tables and cannot write them.
    password = open(f"{VAR}/dbpass").read().strip()
    for statement in ["UPDATE dossier_counts SET n = 0", "DELETE FROM dossier_signals"]:
        r = subprocess.run(["mariadb", "--no-defaults", f"--socket={VAR}/run/mysql.sock",
                            "-upassend", f"-p{password}", "passend", "-e", statement],
                           capture_output=True, text=True)
        assert r.returncode != 0 and "denied" in r.stderr, statement


def test_signals_are_shown_and_filtered_and_a_school_sees_only_its_own_kinds(s):
    name = unique("Signaal")
    d = waiting(s, name, 60)
    quiet = waiting(s, name, 2)
    cron()
    label = "Doorlooptijd verstreken: de aanvraag is al meer dan 8 weken compleet"
    assert label in dict(rows(s[SWV].get(f"/dossiers/tlv?q={name}").text))[d]
    assert [x for x, _ in rows(s[SWV].get(f"/dossiers/tlv?q={name}&signalen=1").text)] == [d]
    assert "Geen" in dict(rows(s[SWV].get(f"/dossiers/tlv?q={name}").text))[quiet]
    # A placement signal is the SWV's: the school's overview does not count it.
    sql("INSERT INTO signals (dossier_id, kind, rule_key, since, due_on, label, created_at,"
        " updated_at) VALUES (%s, 'placement', 'x', UTC_TIMESTAMP(), CURDATE(),"
        " 'Plaatsing nog niet bevestigd', UTC_TIMESTAMP(), UTC_TIMESTAMP())", quiet)
    assert "Plaatsing nog niet bevestigd" in dict(
        rows(s[SWV].get(f"/dossiers/tlv?q={name}").text))[quiet]
    school = dict(rows(s[IB].get(f"/dossiers/tlv?q={name}").text))
    assert "Plaatsing" not in school[quiet] and "Geen" in school[quiet]
    assert [x for x, _ in rows(s[IB].get(f"/dossiers/tlv?q={name}&signalen=1").text)] == [d]
    assert [x for x, _ in rows(s[SWV].get(f"/dossiers/tlv?q={name}&signalen=1").text)] == \
        [d, quiet]
    # Cleared, it is gone from the row and the filter (the triggers of 025).
    sql("UPDATE signals SET cleared_at = UTC_TIMESTAMP() WHERE dossier_id = %s", quiet)
    assert "Geen" in dict(rows(s[SWV].get(f"/dossiers/tlv?q={name}").text))[quiet]
    assert [x for x, _ in rows(s[SWV].get(f"/dossiers/tlv?q={name}&signalen=1").text)] == [d]


def test_the_overview_as_excel_with_its_filters_in_the_access_log(s):
    name = unique("Excel")
    late, fresh = waiting(s, name, 60), waiting(s, name, 3)
    page = s[SWV].get(f"/dossiers/tlv?q={name}").text
    link = re.search(r'href="(/dossiers/tlv/export\.xlsx\?[^"]+)"', page).group(1)
    r = s[SWV].get(link.replace("&amp;", "&"))
    assert r.status_code == 200
    assert r.headers["Content-Disposition"].startswith('attachment; filename="tlv-aanvragen')
    sheet = openpyxl.load_workbook(io.BytesIO(r.content))["TLV-aanvragen"]
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    head = table[0]
    assert head[:4] == ["Dossier", "Leerling", "Geboortedatum", "School"]
    byid = {row[0]: dict(zip(head, row)) for row in table[1:]}
    assert list(byid) == [late, fresh]
    assert byid[late]["Doorlooptijd (dagen)"] == 60 and byid[late]["Termijn"] == "verstreken"
    assert byid[fresh]["Doorlooptijd (dagen)"] == 3 and byid[fresh]["Termijn"] is None
    assert byid[late]["Status"] == "In behandeling"
    assert byid[late]["Compleet ingediend"].year >= 2026      # a real date
    for d in (late, fresh):
        assert scalar("SELECT COUNT(*) FROM audit_log WHERE dossier_id = %s AND action = 'export'"
                      " AND new_value = 'xlsx'", d) == "1"


def test_a_bad_filter_gives_the_page_with_the_error_and_no_file(s):
    for query, field, message in (("status=onzin", "status", "Kies een status uit de lijst."),
                                  ("soort=999999", "soort", "Kies een soort uit de lijst."),
                                  ("termijn=morgen", "termijn", "")):
        for path in ("/dossiers/tlv", "/dossiers/tlv/export.xlsx"):
            r = s[SWV].get(f"{path}?{query}")
            assert r.status_code == 422, (path, query)
            assert "error-summary" in r.text and f'href="#f-{field}"' in r.text
            assert message in r.text
            assert not r.content.startswith(b"PK")
