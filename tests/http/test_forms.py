"""Trajectory forms in the admin pages: read a version, download it as JSON,
read one in. A changed form becomes the next version and running dossiers
keep theirs; a file that is not a usable form is refused with a Dutch
message and changes nothing."""
import html
import json

import pytest

from conftest import scalar, sql, unique
from test_access_request import ADMIN
from test_dossier import IB, SWV, new_pupil, REGENBOOG, s, start  # noqa: F401


def tlv_id():
    return scalar("SELECT id FROM trajectory_types WHERE tkey = 'tlv'")


def versions(tkey="tlv"):
    return scalar("SELECT COUNT(*) FROM trajectory_defs v JOIN trajectory_types t"
                  " ON t.id = v.type_id WHERE t.tkey = %s", tkey)


def import_form(c, data, name="formulier.json", ctype="application/json"):
    return c.post("/beheer/formulieren", files={
        "csrf": (None, c.token("/beheer/formulieren")),
        "bestand": (name, data, ctype)})


def download(c):
    r = c.get(f"/beheer/formulieren/{tlv_id()}/export.json")
    assert r.status_code == 200
    return r


def test_a_beheerder_reads_the_form_and_its_steps(s):
    page = s[ADMIN].get("/beheer/formulieren")
    assert page.status_code == 200
    assert "Toelaatbaarheidsverklaring SBO/SO/VSO" in page.text and "Versie" in page.text
    view = s[ADMIN].get(f"/beheer/formulieren/{tlv_id()}").text
    for text in ("Schoolloopbaan", "Ontwikkelingsperspectief (OPP)", "Documenten",
                 "Alleen als ‘Heeft de leerling een groep of leerjaar overgedaan?’ is ‘ja’.",
                 "In behandeling", "Indienen", "formulier compleet"):
        assert text in view, text
    for who in (IB, SWV):
        assert s[who].get("/beheer/formulieren").status_code == 403


def test_the_form_downloads_as_json_and_reads_back_unchanged(s):
    r = download(s[ADMIN])
    assert r.headers["Content-Type"].startswith("application/json")
    assert r.headers["Content-Disposition"].startswith(
        'attachment; filename="formulier-tlv-versie-')
    definition = json.loads(r.content)
    assert definition["key"] == "tlv" and definition["sections"][0]["key"] == "loopbaan"
    before = versions()
    r = import_form(s[ADMIN], b"\xef\xbb\xbf" + r.content)     # with a BOM, as Notepad saves
    assert r.status_code == 303 and r.headers["Location"].endswith("?m=formulier-gelijk")
    assert versions() == before


def test_a_changed_form_is_the_next_version_and_running_dossiers_keep_theirs(s):
    c = s[ADMIN]
    running = start(s[IB], new_pupil(s[IB], REGENBOOG), tkey="tlv")
    old_def = scalar("SELECT def_id FROM dossiers WHERE id = %s", running)
    definition = json.loads(download(c).content)
    label = unique("Schoolloopbaan in het kort")
    definition["sections"][0]["fields"][0]["label"] = label
    before = int(versions())
    r = import_form(c, json.dumps(definition).encode())
    assert r.status_code == 303, r.text
    assert r.headers["Location"].endswith(f"/beheer/formulieren/{tlv_id()}?m=formulier-nieuw")
    assert int(versions()) == before + 1
    assert label in c.get(f"/beheer/formulieren/{tlv_id()}").text
    assert scalar("SELECT def_id FROM dossiers WHERE id = %s", running) == old_def
    assert label not in s[IB].get(f"/dossiers/{running}/invullen").text
    new = start(s[IB], new_pupil(s[IB], REGENBOOG), tkey="tlv")
    assert label in s[IB].get(f"/dossiers/{new}/invullen").text
    assert sql("SELECT action, object_id, field, new_value FROM audit_log"
               " WHERE object_type = 'trajectory_type' ORDER BY id DESC LIMIT 1") == \
        [["import", tlv_id(), "version_no", str(before + 1)]]


def changed(c, change):
    definition = json.loads(download(c).content)
    change(definition)
    return json.dumps(definition).encode()


def missing_reference(c):
    return changed(c, lambda d: d["sections"][0]["fields"][1].update(
        show_if={"field": "bestaat_niet", "equals": "ja"}))


@pytest.mark.parametrize("make,message", [
    (lambda c: b'{\n"key": "tlv",\n"name": "TLV",\n}', "Regel 4: ongeldige JSON"),
    (missing_reference, "'show_if' verwijst naar veld 'bestaat_niet', dat niet bestaat."),
    (lambda c: changed(c, lambda d: d.pop("workflow")), "workflow"),
    (lambda c: b"<html><script>alert(1)</script></html>", "Dit soort bestand kan hier niet"),
    (lambda c: b"", "Het bestand is leeg."),
    (lambda c: b" " * (512 * 1024 + 1), "Het bestand is groter dan 512 kB."),
])
def test_a_file_that_is_not_a_usable_form_is_refused_and_changes_nothing(s, make, message):
    data = make(s[ADMIN])
    before = (versions(), scalar("SELECT def_id FROM trajectory_types WHERE tkey = 'tlv'"),
              scalar("SELECT COUNT(*) FROM trajectory_types"))
    r = import_form(s[ADMIN], data)
    assert r.status_code == 422 and message in html.unescape(r.text), r.text
    assert 'href="#f-bestand"' in r.text and "<script>alert" not in r.text
    assert (versions(), scalar("SELECT def_id FROM trajectory_types WHERE tkey = 'tlv'"),
            scalar("SELECT COUNT(*) FROM trajectory_types")) == before
