"""A dossier's documents through the real stack: the type read from the
content, the file stored whole under a random id outside the web root,
downloads only through the program and in the access log, scope, and
every way an upload can go wrong leaving nothing behind."""
import hashlib
import io
import os
import re
import shutil
import uuid
import zipfile

import pytest

from conftest import PASSWORD, VAR, Client, make_user, scalar, sql
from test_dossier import (IB, IB2, EXPERT, KOMPAS, REGENBOOG, SWV, new_pupil, s, save, start,  # noqa: F401
                          state, step)
from test_logo import png

STORE = os.path.join(VAR, "documents")


def pdf(text="Ontwikkelingsperspectief"):
    """A small real PDF; the text makes each one different."""
    body = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    return (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"3 0 obj\n<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body
            + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def docx():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Override PartName="/word/'
                   'document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://'
                   'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
                   '<w:t>Verslag</w:t></w:r></w:p></w:body></w:document>')
    return buf.getvalue()


def odt():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", '<?xml version="1.0"?><office:document-content xmlns:office='
                   '"urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest/>')
    return buf.getvalue()


def jpeg():
    # The start of a JFIF file is what libmagic recognises.
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + uuid.uuid4().bytes + b"\xff\xd9")


def upload(c, d, name, data, ctype="application/pdf", **fields):
    form = {k: (None, v) for k, v in fields.items()}
    form["csrf"] = (None, c.token(f"/dossiers/{d}/documenten/nieuw"))
    form["bestand"] = (name, data, ctype)
    return c.post(f"/dossiers/{d}/documenten", files=form)


def raw_upload(c, d, name_bytes, data):
    """A multipart body built by hand: the file name exactly as given."""
    token = c.token(f"/dossiers/{d}/documenten/nieuw")
    b = "----passend" + uuid.uuid4().hex
    body = (f"--{b}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n"
            f"--{b}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"").encode()
    body += name_bytes + (b"\"\r\nContent-Type: application/pdf\r\n\r\n" + data
                          + f"\r\n--{b}--\r\n".encode())
    return c.post(f"/dossiers/{d}/documenten", data=body,
                  headers={"Content-Type": f"multipart/form-data; boundary={b}"})


def doc_id(r):
    return int(re.search(r"documenten/(\d+)\"", r.text).group(1))


def docs(d):
    return sql("SELECT id, field_key, file_name, mime_type, size, sha256, store_id"
               " FROM documents WHERE dossier_id = %s AND removed_at IS NULL ORDER BY id", d)


def store_files():
    found = set()
    for root, _, files in os.walk(STORE):
        found.update(os.path.join(root, f) for f in files)
    return found


@pytest.fixture
def tlv(s):
    """A fresh TLV dossier in concept at De Regenboog."""
    c = s[IB]
    return start(c, new_pupil(c, REGENBOOG), tkey="tlv")


def test_a_school_adds_a_pdf_stored_by_content_under_a_random_id(s, tlv):
    data = pdf(uuid.uuid4().hex)
    r = upload(s[IB], tlv, "OPP Kim.pdf", data, veld="opp", omschrijving="Versie maart")
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/dossiers/{tlv}?m=document#documenten")
    [(did, field, name, mime, size, sha, store)] = docs(tlv)
    assert (field, name, mime, int(size)) == ("opp", "OPP Kim.pdf", "application/pdf", len(data))
    assert sha == hashlib.sha256(data).hexdigest()
    assert re.fullmatch(r"[0-9a-f]{32}", store)
    path = os.path.join(STORE, store[:2], store)
    with open(path, "rb") as f:
        assert f.read() == data
    assert oct(os.stat(path).st_mode & 0o777) == "0o600"
    assert not os.path.realpath(path).startswith(os.path.realpath("htdocs"))
    page = s[IB].get(f"/dossiers/{tlv}").text
    assert "Document toegevoegd: OPP Kim.pdf" in page and "Versie maart" in page
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE dossier_id = %s AND action = 'upload'"
                  " AND object_type = 'document' AND object_id = %s", tlv, did) == "1"


def test_a_download_is_an_attachment_through_the_program_and_is_logged(s, tlv):
    data = pdf(uuid.uuid4().hex)
    upload(s[IB], tlv, "Verslag één.pdf", data)
    did = docs(tlv)[0][0]
    r = s[SWV].get(f"/dossiers/{tlv}/documenten/{did}")
    assert r.status_code == 200 and r.content == data
    assert r.headers["Content-Type"] == "application/pdf"
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Content-Disposition"] == (
        "attachment; filename=\"Verslag __n.pdf\"; filename*=UTF-8''Verslag%20%C3%A9%C3%A9n.pdf")
    assert r.headers["Cache-Control"] == "no-store"
    uid = scalar("SELECT id FROM users WHERE email = %s", SWV)
    assert sql("SELECT role, pupil_id IS NOT NULL FROM audit_log WHERE dossier_id = %s"
               " AND action = 'download' AND object_id = %s AND user_id = %s", tlv, did, uid) \
        == [["swv", "1"]]
    # Nothing under the web root serves the store.
    store = docs(tlv)[0][6]
    assert Client().get(f"/documents/{store[:2]}/{store}").status_code == 404


@pytest.mark.parametrize("name,make,mime", [
    ("verslag.docx", docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("verslag.odt", odt, "application/vnd.oasis.opendocument.text"),
    ("foto.jpg", jpeg, "image/jpeg"),
    ("schema.png", png, "image/png"),
])
def test_word_odt_jpeg_and_png_are_accepted(s, tlv, name, make, mime):
    r = upload(s[IB], tlv, name, make(), ctype="application/octet-stream")
    assert r.status_code == 303, r.text
    assert docs(tlv)[0][3] == mime


def test_a_name_that_does_not_fit_the_content_gets_the_right_extension(s, tlv):
    assert upload(s[IB], tlv, "scan", pdf(uuid.uuid4().hex)).status_code == 303
    assert upload(s[IB], tlv, "grafiek.PNG", png(3, 3)).status_code == 303
    assert [row[2] for row in docs(tlv)] == ["scan.pdf", "grafiek.PNG"]


def refused(tlv, r, status, message):
    assert r.status_code == status, r.text
    assert message in r.text
    assert 'class="error-summary"' in r.text and 'id="f-bestand-error"' in r.text
    assert docs(tlv) == []


def test_html_renamed_to_pdf_is_refused_by_its_content(s, tlv):
    before = store_files()
    r = upload(s[IB], tlv, "OPP.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>",
               omschrijving="Mijn omschrijving")
    refused(tlv, r, 422, "Dit soort bestand kan hier niet worden toegevoegd.")
    assert 'value="Mijn omschrijving"' in r.text
    assert store_files() == before


def test_an_empty_file_is_refused(s, tlv):
    refused(tlv, upload(s[IB], tlv, "leeg.pdf", b""), 422, "Het bestand is leeg.")


def test_a_file_over_the_limit_is_refused_with_its_size_in_the_message(s, tlv):
    big = pdf() + b"0" * (20 * 1024 * 1024)
    refused(tlv, upload(s[IB], tlv, "groot.pdf", big), 422, "Het bestand is groter dan 20 MB.")


@pytest.mark.parametrize("name", [
    b"../../etc/passwd.pdf", b"..\\..\\boot.pdf", b"a\x01b.pdf", b"tab\tin.pdf",
    "foto\u202egpj.pdf".encode(), b"..",
])
def test_a_file_name_with_a_path_or_control_characters_is_refused(s, tlv, name):
    before = store_files()
    r = raw_upload(s[IB], tlv, name, pdf(uuid.uuid4().hex))
    refused(tlv, r, 422, "De bestandsnaam bevat tekens die niet zijn toegestaan")
    assert store_files() == before


def test_a_store_that_cannot_take_the_file_gives_a_clear_error_and_no_half_record(s, tlv):
    aside = STORE + ".aside"
    os.rename(STORE, aside)
    try:
        with open(STORE, "w") as f:     # not a directory: every write fails
            f.write("x")
        r = upload(s[IB], tlv, "OPP.pdf", pdf(uuid.uuid4().hex), veld="opp")
        refused(tlv, r, 507, "Het bestand kon niet worden opgeslagen. Er is niets toegevoegd.")
    finally:
        os.remove(STORE)
        os.rename(aside, STORE)
    assert scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = %s AND kind = 'upload'",
                  tlv) == "0"
    assert not [f for f in store_files() if os.path.basename(f).startswith(".part-")]


def test_a_double_click_stores_the_file_once(s, tlv):
    data = pdf(uuid.uuid4().hex)
    assert upload(s[IB], tlv, "OPP.pdf", data, veld="opp").status_code == 303
    files = store_files()
    r = upload(s[IB], tlv, "OPP.pdf", data, veld="opp")
    assert r.status_code == 303 and "m=document-dubbel" in r.headers["Location"]
    assert len(docs(tlv)) == 1 and store_files() == files


def test_another_school_cannot_reach_a_document_by_guessing_ids(s, tlv):
    upload(s[IB], tlv, "OPP.pdf", pdf(uuid.uuid4().hex))
    did = docs(tlv)[0][0]
    other = s[IB2]
    theirs = start(other, new_pupil(other, KOMPAS))
    assert other.get(f"/dossiers/{tlv}/documenten/{did}").status_code == 404
    # A dossier of their own with someone else's document id.
    assert other.get(f"/dossiers/{theirs}/documenten/{did}").status_code == 404
    assert s[EXPERT].get(f"/dossiers/{tlv}/documenten/{did}").status_code == 404
    assert upload(other, theirs, "x.pdf", pdf()).status_code == 303
    r = other.submit(f"/dossiers/{tlv}/documenten/{did}/verwijderen", {},
                     form_page=f"/dossiers/{theirs}")
    assert r.status_code == 404
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE dossier_id = %s AND action = 'download'",
                  tlv) == "0"
    assert int(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'access_denied'"
                      " AND new_value LIKE %s", f"/dossiers/{tlv}/documenten/{did}%")) == 3


def test_a_required_file_field_needs_a_document_before_submitting(s, tlv):
    c = s[IB]
    answers = {"a-loopbaan": "x", "a-doublure": "nee", "a-vraag": "x", "a-belemmerend": "x",
               "a-bevorderend": "x", "a-geboden": "x", "a-besproken": "ja",
               "a-zienswijze_ouders": "x", "a-gewenst": "sbo"}
    r = save(c, tlv, answers, action="indienen")
    assert r.status_code == 422
    assert "Voeg minstens één document toe." in r.text and 'href="#f-a-opp"' in r.text
    assert '>x</textarea>' in r.text and state(tlv) == "concept"
    # "Opslaan en document toevoegen" saves, then opens the upload page for the field.
    r = save(c, tlv, answers, action="bestand-opp")
    assert r.status_code == 303
    assert r.headers["Location"].endswith(f"/dossiers/{tlv}/documenten/nieuw?veld=opp&terug=invullen")
    page = c.get(f"/dossiers/{tlv}/documenten/nieuw?veld=opp&terug=invullen").text
    assert re.search(r'<option value="opp" selected>', page)
    r = upload(c, tlv, "OPP.pdf", pdf(uuid.uuid4().hex), veld="opp", terug="invullen")
    assert r.headers["Location"].endswith(f"/dossiers/{tlv}/invullen?m=document#f-a-opp")
    assert "OPP.pdf" in c.get(f"/dossiers/{tlv}/invullen").text
    assert save(c, tlv, answers, action="indienen").status_code == 303
    assert state(tlv) == "ingediend"


def test_a_document_for_a_field_the_form_does_not_have_is_refused(s, tlv):
    r = upload(s[IB], tlv, "OPP.pdf", pdf(), veld="loopbaan")
    assert r.status_code == 422 and "Kies een vraag uit de lijst." in r.text
    assert docs(tlv) == []


def test_removing_a_document_keeps_who_and_when_and_deletes_the_file(s, tlv):
    c = s[IB]
    upload(c, tlv, "verkeerd.pdf", pdf(uuid.uuid4().hex))
    did, store = docs(tlv)[0][0], docs(tlv)[0][6]
    colleague = Client().login(make_user("school", REGENBOOG)[1], PASSWORD)
    r = colleague.submit(f"/dossiers/{tlv}/documenten/{did}/verwijderen", {},
                         form_page=f"/dossiers/{tlv}")
    assert r.status_code == 403
    r = c.submit(f"/dossiers/{tlv}/documenten/{did}/verwijderen", {}, form_page=f"/dossiers/{tlv}")
    assert r.status_code == 303
    assert docs(tlv) == []
    assert not os.path.exists(os.path.join(STORE, store[:2], store))
    assert scalar("SELECT removed_by IS NOT NULL FROM documents WHERE id = %s", did) == "1"
    assert "Document verwijderd: verkeerd.pdf" in c.get(f"/dossiers/{tlv}").text
    assert c.get(f"/dossiers/{tlv}/documenten/{did}").status_code == 404


def test_a_school_cannot_add_documents_once_submitted_but_swv_staff_can(s, tlv):
    c = s[IB]
    upload(c, tlv, "OPP.pdf", pdf(uuid.uuid4().hex), veld="opp")
    answers = {"a-loopbaan": "x", "a-doublure": "nee", "a-vraag": "x", "a-belemmerend": "x",
               "a-bevorderend": "x", "a-geboden": "x", "a-besproken": "ja",
               "a-zienswijze_ouders": "x", "a-gewenst": "sbo"}
    assert save(c, tlv, answers, action="indienen").status_code == 303
    assert c.get(f"/dossiers/{tlv}/documenten/nieuw").status_code == 303
    token = c.token(f"/dossiers/{tlv}")
    r = c.post(f"/dossiers/{tlv}/documenten", files={"csrf": (None, token),
                                                    "bestand": ("x.pdf", pdf(), "application/pdf")})
    assert r.status_code == 403 and len(docs(tlv)) == 1
    assert upload(s[SWV], tlv, "notitie.pdf", pdf(uuid.uuid4().hex)).status_code == 303
    assert len(docs(tlv)) == 2


def test_the_demo_dossier_has_its_opp(s):
    d = scalar("SELECT d.id FROM dossiers d JOIN pupils p ON p.id = d.pupil_id"
               " WHERE p.first_name = 'Daan' AND d.state = 'in_behandeling'")
    page = s[SWV].get(f"/dossiers/{d}").text
    did = re.search(r'href="/dossiers/\d+/documenten/(\d+)">OPP Daan de Boer.pdf<', page).group(1)
    r = s[SWV].get(f"/dossiers/{d}/documenten/{did}")
    assert r.status_code == 200 and r.content.startswith(b"%PDF-1.4") and b"%%EOF" in r.content
