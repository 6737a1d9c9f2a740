"""The SWV's logo: uploaded by the beheerder, its type read from the content,
shown above every page, served publicly."""
import struct
import zlib

import requests

from conftest import BASE, org_id, scalar, sql
from test_admin import edit_form

SWV = "Samenwerkingsverband Passend Onderwijs Voorbeeldregio"


def png(width=2, height=2):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\x0b\x4a\x6f" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def swv_form(admin):
    oid = org_id(SWV)
    fields = {k: (None, v) for k, v in edit_form(admin, f"/beheer/organisaties/{oid}").items()}
    fields["csrf"] = (None, admin.token("/"))
    return oid, fields


def upload(admin, name, data, ctype="image/png", extra=None):
    oid, fields = swv_form(admin)
    fields["logo"] = (name, data, ctype)
    fields.update(extra or {})
    return admin.post(f"/beheer/organisaties/{oid}", files=fields)


def test_a_png_logo_is_stored_shown_in_the_header_and_served_publicly(admin):
    data = png()
    r = upload(admin, "logo.png", data)
    assert r.status_code == 303, r.text
    assert '<img class="brand__logo" src="/logo"' in admin.get("/").text
    assert '<img class="brand__logo" src="/logo"' in requests.get(BASE + "/inloggen").text
    served = requests.get(BASE + "/logo")
    assert served.status_code == 200 and served.content == data
    assert served.headers["Content-Type"] == "image/png"
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert "public" in served.headers["Cache-Control"]
    oid = org_id(SWV)
    info = sql("SELECT new_value FROM audit_log WHERE object_id = %s AND field = 'logo_info' "
               "ORDER BY id DESC LIMIT 1", oid)[0][0]
    assert info.startswith(f"image/png, {len(data)} bytes, sha256 ")


def test_html_with_a_png_name_and_type_is_refused_by_its_content(admin):
    before = scalar("SELECT SHA2(IFNULL(logo, ''), 256) FROM organisations WHERE type = 'swv'")
    r = upload(admin, "logo.png", b"<html><script>alert(1)</script></html>")
    assert r.status_code == 422
    assert "Dit soort bestand kan hier niet worden toegevoegd" in r.text
    assert scalar("SELECT SHA2(IFNULL(logo, ''), 256) FROM organisations WHERE type = 'swv'") == before


def test_an_empty_or_too_big_file_gets_a_field_error(admin):
    assert "Het bestand is leeg" in upload(admin, "leeg.png", b"").text
    big = png() + b"\x00" * (600 * 1024)
    r = upload(admin, "groot.png", big)
    assert r.status_code == 422 and "groter dan 512 kB" in r.text


def test_a_forged_filehandle_in_the_body_does_not_crash_a_worker(admin):
    oid, fields = swv_form(admin)
    fields["logo.FileHandle"] = (None, "1")
    r = admin.post(f"/beheer/organisaties/{oid}", files=fields)
    assert r.status_code in (303, 400)
    oid, fields = swv_form(admin)
    fields["logo.FileHandle"] = (None, "7")
    fields["logo"] = ("a.png", png(), "image/png")
    r = admin.post(f"/beheer/organisaties/{oid}", files=fields)
    assert r.status_code in (303, 400, 422)
    for _ in range(10):
        assert requests.get(BASE + "/healthz").status_code == 200


def test_the_logo_can_be_removed(admin):
    assert upload(admin, "logo.png", png(3, 3)).status_code == 303
    r = upload(admin, "", b"", "application/octet-stream", {"logo_remove": (None, "1")})
    assert r.status_code == 303
    assert requests.get(BASE + "/logo").status_code == 404
    assert 'class="brand__logo"' not in admin.get("/").text
