"""The dossier list as Excel and CSV: the list's filters, scope and order,
read back from the real files, and every exported dossier in the access
log."""
import csv
import datetime
import io
import re

import openpyxl

from conftest import scalar, sql, unique
from test_dossier import IB, IB2, KOMPAS, REGENBOOG, new_pupil, s, start  # noqa: F401

HEADER = ["Dossier", "Soort", "Leerling", "Geboortedatum", "School", "Status",
          "In deze status sinds", "Gestart", "Ingediend", "Laatst gewijzigd"]


def xlsx_rows(r):
    assert r.status_code == 200, r.text[:500]
    assert r.headers["Content-Type"] == \
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert r.headers["Content-Disposition"].startswith('attachment; filename="dossiers-')
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    return [list(row) for row in book["Dossiers"].iter_rows(values_only=True)]


def csv_rows(r):
    assert r.status_code == 200, r.text[:500]
    assert r.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert r.content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_the_filtered_list_as_excel_with_real_dates(s):
    c = s[IB]
    last = unique("Export")
    d1 = start(c, new_pupil(c, REGENBOOG, first="Anna", last=last, birth="2016-02-29"))
    d2 = start(c, new_pupil(c, REGENBOOG, first="Bram", last=last), tkey="tlv")
    start(c, new_pupil(c, REGENBOOG, first="Anna", last=unique("Ander")))
    rows = xlsx_rows(c.get(f"/dossiers/export.xlsx?q={last}&s=leerling"))
    assert rows[0] == HEADER
    assert sorted(r[0] for r in rows[1:]) == sorted([d1, d2])
    by_id = {r[0]: r for r in rows[1:]}
    anna = by_id[d1]
    assert anna[1] == scalar("SELECT name FROM trajectory_types WHERE tkey = 'arrangement'")
    assert anna[2] == f"Anna {last}" and anna[4] == REGENBOOG and anna[5] == "Concept"
    assert anna[3] == datetime.datetime(2016, 2, 29)
    assert isinstance(anna[7], datetime.datetime) and anna[8] is None
    assert isinstance(anna[9], datetime.datetime)
    # A filter on the type narrows the file as it narrows the list.
    tid = scalar("SELECT id FROM trajectory_types WHERE tkey = 'tlv'")
    rows = xlsx_rows(c.get(f"/dossiers/export.xlsx?q={last}&soort={tid}"))
    assert [r[0] for r in rows[1:]] == [d2]


def test_an_export_holds_only_the_users_scope(s):
    c = s[IB]
    last = unique("Scope")
    mine = start(c, new_pupil(c, REGENBOOG, first="Mijn", last=last))
    other = s[IB2]
    theirs = start(other, new_pupil(other, KOMPAS, first="Hun", last=last))
    assert [r[0] for r in xlsx_rows(c.get(f"/dossiers/export.xlsx?q={last}"))[1:]] == [mine]
    assert [r[0] for r in csv_rows(other.get(f"/dossiers/export.csv?q={last}"))[1:]] == \
        [str(theirs)]


def test_csv_is_semicolon_separated_and_never_carries_a_formula(s):
    c = s[IB]
    last = unique("Csv")
    d = start(c, new_pupil(c, REGENBOOG, first="=HYPERLINK(\"http://x\";\"y\")", last=last))
    rows = csv_rows(c.get(f"/dossiers/export.csv?q={last}"))
    assert rows[0] == HEADER
    [row] = rows[1:]
    assert row[0] == str(d)
    assert row[2] == f"'=HYPERLINK(\"http://x\";\"y\") {last}"
    assert row[3] == "04-05-2016" and row[8] == ""


def test_every_exported_dossier_is_in_the_access_log(s):
    c = s[IB]
    last = unique("Log")
    ds = [start(c, new_pupil(c, REGENBOOG, first=first, last=last)) for first in ("A", "B", "C")]
    ref_before = int(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'export'"))
    xlsx_rows(c.get(f"/dossiers/export.xlsx?q={last}"))
    uid = scalar("SELECT id FROM users WHERE email = %s", IB)
    logged = sql("SELECT dossier_id, role, new_value, pupil_id IS NOT NULL FROM audit_log"
                 " WHERE action = 'export' AND object_type = 'dossier' AND user_id = %s"
                 " AND dossier_id IN (%s, %s, %s) ORDER BY dossier_id", uid, *ds)
    assert logged == [[str(d), "school", "xlsx", "1"] for d in ds]
    assert sql("SELECT new_value FROM audit_log WHERE action = 'export'"
               " AND object_type = 'dossier_list' ORDER BY id DESC LIMIT 1") == [["xlsx, 3 dossiers"]]
    assert int(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'export'")) == ref_before + 4


def test_a_bad_filter_gives_the_list_with_the_error_and_no_file(s):
    c = s[IB]
    before = scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'export'")
    r = c.get("/dossiers/export.xlsx?tot=2026-02-31")
    assert r.status_code == 422 and r.headers["Content-Type"].startswith("text/html")
    assert 'class="error-summary"' in r.text and 'id="f-tot-error"' in r.text
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'export'") == before


def test_the_list_offers_the_export_with_its_filters(s):
    c = s[IB]
    page = c.get("/dossiers?q=Daan&s=leerling").text
    assert re.search(r'href="/dossiers/export\.xlsx\?[^"]*q=Daan&amp;s=leerling"', page)
    assert re.search(r'href="/dossiers/export\.csv\?[^"]*q=Daan&amp;s=leerling"', page)
    assert "(1 dossier, met de gekozen filters)" in page
