"""The form builder: a beheerder changes a type's form in the browser on a
draft (sections and questions added, changed, moved, removed) and publishes
it as the next version. Every change is checked against the whole form; a
refused one says why in Dutch, keeps what was typed and stores nothing."""
import html
import json
import re

import pytest

from conftest import Client, scalar, sql, unique
from test_access_request import ADMIN
from test_dossier import IB, SWV, new_pupil, REGENBOOG, s, start  # noqa: F401
from test_forms import import_form

FORM = {
    "key": "", "name": "",
    "sections": [
        {"key": "leerling", "title": "De leerling", "fields": [
            {"key": "reden", "type": "choice", "label": "Reden van aanmelding", "required": True,
             "options": [{"value": "gedrag", "label": "Gedrag"},
                         {"value": "anders", "label": "Iets anders"}]},
            {"key": "uitleg", "type": "text", "label": "Welke reden?",
             "show_if": {"field": "reden", "equals": "anders"}}]},
        {"key": "ouders", "title": "Ouders", "fields": [
            {"key": "akkoord", "type": "yesno", "label": "Zijn de ouders akkoord?"}]}],
    "workflow": {
        "states": [{"key": "concept", "label": "Concept", "initial": True, "school_edits": True},
                   {"key": "ingediend", "label": "Ingediend", "final": True}],
        "transitions": [{"key": "indienen", "label": "Indienen", "from": "concept",
                         "to": "ingediend", "roles": ["school"], "checks": ["complete"]}]},
}


@pytest.fixture
def t(s):
    """A type of its own for each test, with a draft open in the builder."""
    key = unique("fb").replace("-", "_")
    r = import_form(s[ADMIN], json.dumps({**FORM, "key": key, "name": f"Bouwtest {key}"}).encode())
    assert r.status_code == 303, r.text
    tid = int(scalar("SELECT id FROM trajectory_types WHERE tkey = %s", key))
    r = s[ADMIN].submit(f"/beheer/formulieren/{tid}/concept", {},
                        form_page=f"/beheer/formulieren/{tid}")
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/beheer/formulieren/{tid}/concept")
    return tid


def base(tid):
    return f"/beheer/formulieren/{tid}/concept"


def draft(tid):
    row = sql("SELECT JSON_COMPACT(definition), version FROM trajectory_drafts WHERE type_id = %s", tid)
    return (json.loads(row[0][0]), int(row[0][1])) if row else (None, None)


def keys(tid):
    """Field keys per section, as "leerling: reden uitleg | ouders: akkoord"."""
    d, _ = draft(tid)
    return " | ".join(f"{s['key']}: " + " ".join(f["key"] for f in s["fields"])
                      for s in d["sections"])


def field(tid, key):
    d, _ = draft(tid)
    return next(f for s in d["sections"] for f in s["fields"] if f["key"] == key)


def save(c, tid, path, data, page=None):
    """POST a builder form with the draft version its page carries."""
    page_path = page or path
    form = c.get(page_path)
    assert form.status_code == 200, form.text
    version = re.search(r'name="version" value="(\d+)"', form.text).group(1)
    return c.submit(path, {"version": version, **data}, form_page=page_path)


def act(c, tid, what, key, action):
    return save(c, tid, f"{base(tid)}/{what}/{key}/actie", {"actie": action}, page=base(tid))


def state(tid):
    return (draft(tid), scalar("SELECT def_id FROM trajectory_types WHERE id = %s", tid),
            scalar("SELECT COUNT(*) FROM trajectory_defs WHERE type_id = %s", tid))


def test_a_beheerder_builds_questions_and_publishes_them_as_the_next_version(s, t):
    c = s[ADMIN]
    page = c.get(base(t))
    assert page.status_code == 200
    assert "De leerling" in page.text and "Reden van aanmelding" in page.text
    assert "Alleen als ‘Reden van aanmelding’ is ‘Iets anders’." in html.unescape(page.text)

    r = save(c, t, f"{base(t)}/sectie-toevoegen",
             {"titel": "Thuissituatie", "instructies": "Vul in met de ouders."})
    assert r.status_code == 303 and r.headers["Location"].endswith("#s-thuissituatie"), r.text
    new_q = f"{base(t)}/secties/thuissituatie/vraag-toevoegen"
    assert "Wat voor soort vraag" in c.get(new_q).text
    r = save(c, t, new_q, {"soort": "multi", "vraag": "Wie wonen er thuis?", "verplicht": "1",
                           "optie-1": "Vader", "optie-2": "Moeder", "optie-4": "Broers of zussen"},
             page=new_q + "?soort=multi")
    assert r.status_code == 303, r.text
    r = save(c, t, new_q, {"soort": "textarea", "vraag": "Bijzonderheden", "tekens": "500",
                           "voorwaarde": "reden=gedrag", "toelichting": "Kort."},
             page=new_q + "?soort=textarea")
    assert r.status_code == 303, r.text
    r = save(c, t, new_q, {"soort": "table", "vraag": "Toetsen", "rijen": "4",
                           "kolom-1": "Toets", "kolom-1-soort": "text", "kolom-1-verplicht": "1",
                           "kolom-2": "Datum", "kolom-2-soort": "date"},
             page=new_q + "?soort=table")
    assert r.status_code == 303, r.text
    assert keys(t) == ("leerling: reden uitleg | ouders: akkoord | "
                       "thuissituatie: wie_wonen_er_thuis bijzonderheden toetsen")
    assert field(t, "wie_wonen_er_thuis")["options"] == [
        {"value": "vader", "label": "Vader"}, {"value": "moeder", "label": "Moeder"},
        {"value": "broers_of_zussen", "label": "Broers of zussen"}]
    assert field(t, "bijzonderheden") == {
        "key": "bijzonderheden", "type": "textarea", "label": "Bijzonderheden", "help": "Kort.",
        "max": 500, "show_if": {"field": "reden", "equals": "gedrag"}}
    assert field(t, "toetsen")["rows"] == 4 and field(t, "toetsen")["columns"] == [
        {"key": "toets", "type": "text", "label": "Toets", "required": True, "max": 200},
        {"key": "datum", "type": "date", "label": "Datum"}]

    # Nothing changes for schools until the draft is published.
    before = start(s[IB], new_pupil(s[IB], REGENBOOG), tkey=scalar(
        "SELECT tkey FROM trajectory_types WHERE id = %s", t))
    assert "Wie wonen er thuis?" not in s[IB].get(f"/dossiers/{before}/invullen").text
    versions = int(scalar("SELECT COUNT(*) FROM trajectory_defs WHERE type_id = %s", t))
    r = save(c, t, f"{base(t)}/publiceren", {}, page=base(t))
    assert r.status_code == 303 and r.headers["Location"].endswith("?m=gepubliceerd"), r.text
    assert draft(t) == (None, None)
    assert int(scalar("SELECT COUNT(*) FROM trajectory_defs WHERE type_id = %s", t)) == versions + 1
    assert sql("SELECT action, field, new_value FROM audit_log WHERE object_type ="
               " 'trajectory_type' AND object_id = %s ORDER BY id DESC LIMIT 1", t) == \
        [["publish", "version_no", str(versions + 1)]]
    tkey = scalar("SELECT tkey FROM trajectory_types WHERE id = %s", t)
    after = start(s[IB], new_pupil(s[IB], REGENBOOG), tkey=tkey)
    form = html.unescape(s[IB].get(f"/dossiers/{after}/invullen").text)
    assert "Wie wonen er thuis?" in form and "Broers of zussen" in form and "Vul in met de ouders." in form
    assert "Wie wonen er thuis?" not in s[IB].get(f"/dossiers/{before}/invullen").text
    # The older version is still there to read and download.
    old = c.get(f"/beheer/formulieren/{t}/versies/{versions}")
    assert old.status_code == 200 and "Dit is een oudere versie" in old.text
    assert "Wie wonen er thuis?" not in old.text
    r = c.get(f"/beheer/formulieren/{t}/versies/{versions}/export.json")
    assert r.status_code == 200 and "thuissituatie" not in r.text and '"reden"' in r.text
    assert c.get(f"/beheer/formulieren/{t}/versies/{versions + 5}").status_code == 404


def test_changing_a_question_keeps_its_key_and_option_values(s, t):
    c = s[ADMIN]
    path = f"{base(t)}/vragen/reden"
    page = c.get(path).text
    assert 'value="Gedrag"' in page and 'name="optie-1-sleutel" value="gedrag"' in page
    r = save(c, t, path, {"soort": "choice", "vraag": "Waarom wordt de leerling aangemeld?",
                          "optie-1": "Gedrag en werkhouding", "optie-1-sleutel": "gedrag",
                          "optie-2": "Iets anders", "optie-2-sleutel": "anders",
                          "optie-3": "Leerprestaties"})
    assert r.status_code == 303, r.text
    f = field(t, "reden")
    assert f["label"] == "Waarom wordt de leerling aangemeld?" and "required" not in f
    assert f["options"] == [{"value": "gedrag", "label": "Gedrag en werkhouding"},
                            {"value": "anders", "label": "Iets anders"},
                            {"value": "leerprestaties", "label": "Leerprestaties"}]


def test_questions_and_sections_move_and_go(s, t):
    c = s[ADMIN]
    assert act(c, t, "vragen", "akkoord", "omhoog").status_code == 303
    assert keys(t) == "leerling: reden uitleg akkoord | ouders: "
    assert act(c, t, "vragen", "uitleg", "omlaag").status_code == 303
    assert keys(t) == "leerling: reden akkoord uitleg | ouders: "
    assert act(c, t, "secties", "ouders", "omhoog").status_code == 303
    assert keys(t) == "ouders:  | leerling: reden akkoord uitleg"
    assert act(c, t, "secties", "ouders", "verwijderen").status_code == 303
    assert keys(t) == "leerling: reden akkoord uitleg"
    assert act(c, t, "vragen", "uitleg", "verwijderen").status_code == 303
    assert keys(t) == "leerling: reden akkoord"
    r = save(c, t, f"{base(t)}/secties/leerling", {"titel": "Over de leerling", "instructies": ""})
    assert r.status_code == 303 and draft(t)[0]["sections"][0]["title"] == "Over de leerling"


def refused(r, status, message):
    text = html.unescape(r.text)
    assert r.status_code == status and message in text, (r.status_code, text[-3000:])
    return text


def test_a_question_others_depend_on_cannot_go_or_move_below_them(s, t):
    c = s[ADMIN]
    before = state(t)
    text = refused(act(c, t, "vragen", "reden", "verwijderen"), 409,
                   "De vraag ‘Reden van aanmelding’ kan niet weg: de vraag ‘Welke reden?’")
    assert 'href="#v-reden"' in text
    refused(act(c, t, "vragen", "reden", "omlaag"), 409,
            "moet na de vraag komen waar die voorwaarde over gaat")
    refused(act(c, t, "secties", "leerling", "verwijderen"), 409,
            "De sectie ‘De leerling’ heeft nog vragen.")
    # Taking away the choice the condition needs is refused beside the choices.
    text = refused(save(c, t, f"{base(t)}/vragen/reden", {
        "soort": "choice", "vraag": "Reden van aanmelding", "optie-1": "Gedrag",
        "optie-1-sleutel": "gedrag"}), 422, "De vraag ‘Welke reden?’ wordt alleen getoond")
    assert 'href="#f-optie-1"' in text and 'value="Gedrag"' in text
    assert state(t) == before


@pytest.mark.parametrize("data,field_name,message", [
    ({"soort": "text", "vraag": ""}, "vraag", "Vul dit veld in."),
    ({"soort": "text", "vraag": "Naam", "sleutel": "1naam"}, "sleutel", "begin met een letter"),
    ({"soort": "text", "vraag": "Naam", "sleutel": "uitleg"}, "sleutel",
     "Deze sleutel heeft de vraag ‘Welke reden?’ al."),
    ({"soort": "text", "vraag": "Naam", "tekens": "veel"}, "tekens",
     "Vul een geheel getal van 1 tot en met 1000 in."),
    ({"soort": "number", "vraag": "Uren", "laagste": "10", "hoogste": "2"}, "hoogste",
     "De hoogste waarde is kleiner dan de laagste."),
    ({"soort": "choice", "vraag": "Welke school?"}, "optie-1", "Geef ten minste één keuze."),
    ({"soort": "choice", "vraag": "Welke school?", "optie-2": "A\x07B"}, "optie-2",
     "tekens die niet zijn toegestaan"),
    ({"soort": "table", "vraag": "Toetsen", "rijen": "99", "kolom-1": "Toets",
      "kolom-1-soort": "text"}, "rijen", "Vul een geheel getal van 1 tot en met 50 in."),
    ({"soort": "table", "vraag": "Toetsen", "rijen": "3", "kolom-1": "Toets",
      "kolom-1-soort": "choice"}, "kolom-1-soort", "Kies tekst, getal of datum."),
    ({"soort": "text", "vraag": "Naam", "voorwaarde": "akkoord=ja"}, "voorwaarde",
     "Kies een van de voorwaarden."),      # a later question
    ({"soort": "text", "vraag": "Naam", "voorwaarde": "reden=bestaat_niet"}, "voorwaarde",
     "Kies een van de voorwaarden."),
])
def test_a_bad_question_comes_back_with_its_values_and_changes_nothing(s, t, data, field_name,
                                                                       message):
    c = s[ADMIN]
    before = state(t)
    path = f"{base(t)}/secties/leerling/vraag-toevoegen"
    r = save(c, t, path, data, page=path + "?soort=text")
    text = refused(r, 422, message)
    assert f'href="#f-{field_name}"' in text
    if data["vraag"]:
        assert f'value="{data["vraag"]}"' in text
    assert state(t) == before


def test_a_question_type_not_offered_is_refused(s, t):
    before = state(t)
    path = f"{base(t)}/secties/leerling/vraag-toevoegen"
    text = refused(save(s[ADMIN], t, path, {"soort": "kleur", "vraag": "Naam"},
                        page=path + "?soort=text"), 422, "Kies een van de opties.")
    assert 'href="#f-soort"' in text and "Wat voor soort vraag wordt het?" in text
    assert state(t) == before
    page = s[ADMIN].get(path + "?soort=")
    assert page.status_code == 200 and "Kies een soort vraag." in page.text


def test_a_stale_page_does_not_overwrite_a_colleagues_change(s, t):
    c = s[ADMIN]
    path = f"{base(t)}/vragen/uitleg"
    version = re.search(r'name="version" value="(\d+)"', c.get(path).text).group(1)
    assert act(c, t, "vragen", "akkoord", "omhoog").status_code == 303     # the colleague
    before = state(t)
    r = c.submit(path, {"version": version, "soort": "text", "vraag": "Mijn nieuwe tekst"})
    text = refused(r, 409, "Iemand anders heeft dit concept intussen gewijzigd")
    assert 'value="Mijn nieuwe tekst"' in text
    assert f'name="version" value="{before[0][1]}"' in text     # a second save is deliberate
    assert state(t) == before
    r = c.submit(f"{base(t)}/vragen/akkoord/actie", {"version": version, "actie": "omlaag"},
                 form_page=base(t))
    refused(r, 409, "Iemand anders heeft dit concept intussen gewijzigd")
    assert state(t) == before


def test_publishing_over_a_newer_version_is_refused(s, t):
    c = s[ADMIN]
    newer = json.loads(c.get(f"/beheer/formulieren/{t}/export.json").content)
    newer["sections"][0]["title"] = "Ingelezen titel"
    assert import_form(c, json.dumps(newer).encode()).status_code == 303
    before = state(t)
    assert "Na het begin van dit concept is versie" in html.unescape(c.get(base(t)).text)
    refused(save(c, t, f"{base(t)}/publiceren", {}, page=base(t)), 409,
            "Publiceren zou die wijzigingen ongedaan maken.")
    assert state(t) == before
    r = save(c, t, f"{base(t)}/weggooien", {}, page=base(t))
    assert r.status_code == 303 and r.headers["Location"].endswith("?m=concept-weg")
    assert draft(t) == (None, None)
    assert scalar("SELECT action FROM audit_log WHERE object_type = 'trajectory_type'"
                  " AND object_id = %s ORDER BY id DESC LIMIT 1", t) == "discard"
    # Without a draft the editor sends the beheerder back to the form.
    r = c.get(base(t))
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/{t}?m=geen-concept")


def test_an_unchanged_draft_makes_no_new_version(s, t):
    before = scalar("SELECT COUNT(*) FROM trajectory_defs WHERE type_id = %s", t)
    r = save(s[ADMIN], t, f"{base(t)}/publiceren", {}, page=base(t))
    assert r.status_code == 303 and r.headers["Location"].endswith("?m=concept-gelijk")
    assert scalar("SELECT COUNT(*) FROM trajectory_defs WHERE type_id = %s", t) == before
    assert draft(t) == (None, None)


def test_a_type_switched_off_cannot_be_started_but_running_dossiers_go_on(s, t):
    c = s[ADMIN]
    tkey = scalar("SELECT tkey FROM trajectory_types WHERE id = %s", t)
    pupil = new_pupil(s[IB], REGENBOOG)
    running = start(s[IB], pupil, tkey=tkey)
    r = c.submit(f"/beheer/formulieren/{t}/actief", {"actief": "0"},
                 form_page=f"/beheer/formulieren/{t}")
    assert r.status_code == 303
    assert "Uitgeschakeld" in c.get(f"/beheer/formulieren/{t}").text
    assert scalar("SELECT active FROM trajectory_types WHERE id = %s", t) == "0"
    assert sql("SELECT field, old_value, new_value FROM audit_log WHERE object_type ="
               " 'trajectory_type' AND object_id = %s ORDER BY id DESC LIMIT 1", t) == \
        [["active", "1", "0"]]
    assert f'value="{t}"' not in s[IB].get(f"/leerlingen/{pupil}").text
    count = scalar("SELECT COUNT(*) FROM dossiers WHERE pupil_id = %s", pupil)
    r = s[IB].submit(f"/leerlingen/{pupil}/dossiers", {"type_id": t},
                     form_page=f"/leerlingen/{pupil}")
    assert r.status_code in (404, 422)
    assert scalar("SELECT COUNT(*) FROM dossiers WHERE pupil_id = %s", pupil) == count
    assert s[IB].get(f"/dossiers/{running}/invullen").status_code == 200
    r = c.submit(f"/beheer/formulieren/{t}/actief", {"actief": "1"},
                 form_page=f"/beheer/formulieren/{t}")
    assert r.status_code == 303
    assert scalar("SELECT active FROM trajectory_types WHERE id = %s", t) == "1"


def test_only_a_beheerder_builds_forms(s, t):
    for who in (IB, SWV):
        assert s[who].get(base(t)).status_code == 403
        assert s[who].get(f"{base(t)}/vragen/reden").status_code == 403
        r = s[who].post(f"{base(t)}/publiceren", {"csrf": s[who].token("/"), "versie": "1"})
        assert r.status_code == 403
    assert Client().get(base(t)).status_code == 303
    assert s[ADMIN].get(f"{base(t)}/vragen/bestaat_niet").status_code == 404
    assert s[ADMIN].get(f"{base(t)}/secties/bestaat_niet/vraag-toevoegen").status_code == 404
