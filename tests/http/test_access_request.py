"""The right of access: a beheerder downloads everything stored about one
pupil, with who saw it, as an Excel file read back here."""
import io
import re

import openpyxl

from conftest import scalar
from test_dossier import IB, SWV, s  # noqa: F401

ADMIN = "beheerder@passend.example"


def daan():
    return scalar("SELECT id FROM pupils WHERE first_name = 'Daan' AND last_name = 'Boer'")


def sheets(r):
    assert r.status_code == 200, r.text[:300]
    assert r.headers["Content-Disposition"].startswith("attachment;")
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    return {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in book}


def test_a_beheerder_finds_the_pupil_and_downloads_all_their_data(s):
    pid = daan()
    d = scalar("SELECT id FROM dossiers WHERE pupil_id = %s", pid)
    s[SWV].get(f"/dossiers/{d}")                        # a view, to find back
    page = s[ADMIN].get("/leerlingen/inzage?q=Daan").text
    assert "Daan de Boer" in page
    link = re.search(r'href="(/leerlingen/\d+/inzage\.xlsx)"', page).group(1)
    assert link == f"/leerlingen/{pid}/inzage.xlsx"
    book = sheets(s[ADMIN].get(link))
    assert list(book) == ["Leerling", "Dossiers", "Antwoorden", "Tijdlijn", "Documenten",
                          "Inzage"]
    assert book["Leerling"][1][:4] == ["Daan", "de", "Boer", "2016-04-12"]
    assert [row[3] for row in book["Dossiers"][1:]] == ["In behandeling"]
    answers = {row[2]: row[3] for row in book["Antwoorden"][1:]}
    assert answers["Schoolloopbaan"] == "Groep 1 tot en met 6 op De Regenboog."
    assert answers["Heeft de leerling een groep of leerjaar overgedaan?"] == "Nee"
    assert "Ambulante begeleiding" in answers["Welke externe partijen zijn betrokken?"]
    assert answers["Toets- en onderzoeksresultaten"] == \
        "Toets of onderzoek: WISC-V, Datum: 2026-03-12, Uitslag: TIQ 84"
    assert any(row[3] == "Document toegevoegd: OPP Daan de Boer.pdf" for row in book["Tijdlijn"])
    assert [row[1] for row in book["Documenten"][1:]] == ["OPP Daan de Boer.pdf"]
    log = book["Inzage"]
    assert log[0][:5] == ["Wanneer", "Wie", "Rol", "Organisatie", "Handeling"]
    assert any(row[1] == "Mira Jansen" and row[4] == "Bekeken" for row in log[1:])
    assert log[-1][4] == "Geëxporteerd" and log[-1][6] == "pupil"   # this download itself
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND object_type = 'pupil'"
                  " AND pupil_id = %s AND role = 'beheerder'", pid) != "0"


def test_only_a_beheerder_may_ask(s):
    pid = daan()
    assert s[IB].get("/leerlingen/inzage?q=Daan").status_code == 403
    assert s[SWV].get(f"/leerlingen/{pid}/inzage.xlsx").status_code == 403
    assert s[ADMIN].get("/leerlingen/999999999/inzage.xlsx").status_code == 404


def test_the_beheer_page_links_to_it(s):
    assert 'href="/leerlingen/inzage"' in s[ADMIN].get("/beheer").text
