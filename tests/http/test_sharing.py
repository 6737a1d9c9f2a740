"""Sharing a dossier with a guest for a meeting, through the real stack and
the SMTP sink: the link and the one-time code in two e-mails, the guest
seeing only the chosen sections and documents, the access log naming the
guest and on whose behalf, withdrawal and expiry ending access at once."""
import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from conftest import (BASE, Client, mail_body, mail_link, mail_subject, mails_to, scalar, sql, unique,
                      web_log)
from test_access_request import ADMIN, sheets
from test_documents import pdf, upload
from test_dossier import COMPLETE, COORD, IB, REGENBOOG, SWV, new_pupil, s, save, start  # noqa: F401


def day(offset=0):
    return (datetime.datetime.now(ZoneInfo("Europe/Amsterdam")).date()
            + datetime.timedelta(days=offset)).isoformat()


def doc_id(d, name):
    return scalar("SELECT id FROM documents WHERE dossier_id = %s AND file_name = %s", d, name)


@pytest.fixture
def dossier(s):
    """An arrangement dossier with an answer in each section and two documents."""
    c = s[IB]
    d = start(c, new_pupil(c, REGENBOOG, first="Fenna"))
    r = save(c, d, {**COMPLETE, "a-doel": "Gedeeld doel: rustig leren lezen.",
                    "a-toelichting": "Alleen intern: thuis speelt veel."})
    assert r.status_code == 303, r.text
    for name in ("Verslag gedeeld.pdf", "Verslag intern.pdf"):
        assert upload(c, d, name, pdf(unique("v"))).status_code == 303
    return d


def share(c, d, email=None, until=None, parts=("deel-aanvraag",), docs=(), form_page=None,
          **extra):
    data = {"naam": "Jan de Vries", "email": email or unique("gast") + "@test.example",
            "relatie": "ouder", "tot": until or day(7), **extra}
    for p in parts:
        data[p] = "1"
    for i in docs:
        data[f"doc-{i}"] = "1"
    return c.submit(f"/dossiers/{d}/delen", data, form_page=form_page), data["email"]


def invitation(email, codes=1):
    """The link from the first e-mail and the codes from the others."""
    link = mails_to(email, subject="Uitnodiging")
    sent = mails_to(email, subject="Uw code", count=codes)
    assert len(link) == 1 and len(sent) == codes
    found = [re.search(r">(\d{6})<", mail_body(m)).group(1) for m in sent]
    return mail_link(link[0]), found[0] if codes == 1 else found


def path(link):
    assert link.startswith(BASE + "/gast/"), link
    return link[len(BASE):]


def guest_login(link, code):
    g = Client()
    r = g.submit(path(link), {"code": code})
    assert r.status_code == 303 and r.headers["Location"].endswith("/gast/dossier"), r.text
    return g


def share_row(email):
    return sql("SELECT id, code_hash, code_failures, revoked_at, updated_at, last_login_at"
               " FROM shares WHERE email = %s", email)


def test_the_guest_sees_only_the_shared_parts_after_link_and_code(s, dossier):
    d, staff = dossier, s[SWV]
    shared, internal = doc_id(d, "Verslag gedeeld.pdf"), doc_id(d, "Verslag intern.pdf")
    page = staff.get(f"/dossiers/{d}/delen")
    assert page.status_code == 200 and "Verslag intern.pdf" in page.text and "Ouders" in page.text
    r, email = share(staff, d, docs=[shared])
    assert r.status_code == 303 and r.headers["Location"].endswith("?m=gedeeld#delen")
    sid = scalar("SELECT id FROM shares WHERE email = %s", email)
    assert sql("SELECT section_key, document_id FROM share_items WHERE share_id = %s ORDER BY id",
               sid) == [["aanvraag", None], [None, shared]]
    assert scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = %s AND kind = 'share'"
                  " AND label LIKE 'Gedeeld met Jan de Vries (ouder of verzorger)%'", d) == "1"
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE dossier_id = %s AND action = 'share'"
                  " AND object_id = %s", d, sid) == "1"

    # Two e-mails: the link and the code apart, neither naming the pupil.
    link, code = invitation(email)
    first, second = mails_to(email, subject="Uitnodiging")[0], mails_to(email, subject="Uw code")[0]
    assert code not in mail_body(first) and "/gast/" not in mail_body(second)
    for m in (first, second):
        assert "Fenna" not in mail_body(m) and "Fenna" not in mail_subject(m)
    # The link alone shows nothing of the dossier; the code opens it.
    g = Client()
    page = g.get(path(link))
    assert page.status_code == 200 and "Code uit de tweede e-mail" in page.text
    # The web log keeps the request, not the link's secret; nor a referer's.
    assert g.get("/gast", headers={"Referer": link}).status_code == 200
    token = path(link).rsplit("/", 1)[1]
    log = web_log()
    assert token not in log and '"GET /gast/- HTTP/1.1" 200' in log
    assert f'"{BASE}/gast/-"' in log
    assert "Fenna" not in page.text
    r = g.submit(path(link), {"code": "000000" if code != "000000" else "111111"})
    assert r.status_code == 422 and "Deze code klopt niet" in r.text
    assert scalar("SELECT code_failures FROM shares WHERE id = %s", sid) == "1"
    g = guest_login(link, code)
    view = g.get("/gast/dossier")
    assert view.status_code == 200
    assert "Gedeeld doel: rustig leren lezen." in view.text and "Fenna" in view.text
    assert "Alleen intern" not in view.text and "Toelichting" not in view.text
    assert "Verslag gedeeld.pdf" in view.text and "Verslag intern.pdf" not in view.text
    assert "Tijdlijn" not in view.text and "Gast: Jan de Vries" in view.text
    got = g.get(f"/gast/documenten/{shared}")
    assert got.status_code == 200 and got.content.startswith(b"%PDF")
    assert got.headers["Content-Disposition"].startswith("attachment")
    assert g.get(f"/gast/documenten/{internal}").status_code == 404
    # The guest's session opens no page of an account.
    for p in (f"/dossiers/{d}", f"/dossiers/{d}/documenten/{internal}", "/dossiers", "/"):
        r = g.get(p)
        assert r.status_code == 303 and r.headers["Location"].endswith("/inloggen"), p
    # The code worked once.
    r = Client().submit(path(link), {"code": code})
    assert r.status_code == 422 and "werkt niet meer" in r.text

    # The access log names the guest's share and on whose behalf.
    swv = scalar("SELECT id FROM users WHERE email = %s", SWV)
    rows = sql("SELECT action, object_type, user_id, role, on_behalf_of FROM audit_log"
               " WHERE share_id = %s ORDER BY id", sid)
    assert [(a, o) for a, o, *_ in rows] == [("login", "share"), ("view", "dossier"),
                                             ("download", "document")]
    assert all(u is None and role == "gast" and by == swv for _, _, u, role, by in rows)
    page = staff.get(f"/dossiers/{d}").text
    assert "Gast (ouder of verzorger)" in page and "Namens Mira Jansen" in page
    assert "Laatst geopend" in page and "Actief" in page
    # ...and so does the pupil's right-of-access workbook.
    pupil = scalar("SELECT pupil_id FROM dossiers WHERE id = %s", d)
    log = sheets(s[ADMIN].get(f"/leerlingen/{pupil}/inzage.xlsx"))["Inzage"]
    guest = [row[1:5] for row in log if row[1] == "Jan de Vries"]
    assert ["Jan de Vries", "Gast (ouder of verzorger)", "Namens Mira Jansen",
            "Gast heeft ingelogd"] in guest
    assert ["Jan de Vries", "Gast (ouder of verzorger)", "Namens Mira Jansen",
            "Document gedownload"] in guest


def test_withdrawing_ends_the_guests_access_at_once(s, dossier):
    d, staff = dossier, s[SWV]
    r, email = share(staff, d)
    sid = scalar("SELECT id FROM shares WHERE email = %s", email)
    link, code = invitation(email)
    g = guest_login(link, code)
    assert g.get("/gast/dossier").status_code == 200
    r = staff.submit(f"/dossiers/{d}/delen/{sid}/intrekken", {}, form_page=f"/dossiers/{d}")
    assert r.status_code == 303 and r.headers["Location"].endswith("?m=ingetrokken#delen")
    assert scalar("SELECT COUNT(*) FROM sessions WHERE share_id = %s", sid) == "0"
    r = g.get("/gast/dossier")
    assert r.status_code == 303 and r.headers["Location"].endswith("/gast")
    page = Client().get(path(link))
    assert page.status_code == 410 and "ingetrokken" in page.text
    assert scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = %s"
                  " AND label = 'Delen met Jan de Vries ingetrokken'", d) == "1"
    assert "Ingetrokken" in staff.get(f"/dossiers/{d}").text
    # Withdrawing twice does nothing twice.
    r = staff.submit(f"/dossiers/{d}/delen/{sid}/intrekken", {}, form_page=f"/dossiers/{d}")
    assert r.status_code == 303
    assert scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = %s"
                  " AND label LIKE 'Delen met%ingetrokken'", d) == "1"


def test_a_guest_link_after_expiry_is_refused_and_changes_nothing(s, dossier):
    d, staff = dossier, s[SWV]
    r, email = share(staff, d)
    link, code = invitation(email)
    g = guest_login(link, code)
    # The last day passed (as if the meeting was yesterday).
    sql("UPDATE shares SET valid_until = %s WHERE email = %s", day(-1), email)
    r = g.get("/gast/dossier")
    assert r.status_code == 303 and r.headers["Location"].endswith("/gast")
    before = (share_row(email), scalar("SELECT COUNT(*) FROM audit_log"),
              scalar("SELECT COUNT(*) FROM outbox WHERE to_addr = %s", email),
              scalar("SELECT COUNT(*) FROM sessions"))
    c = Client()
    page = c.get(path(link))
    assert page.status_code == 410 and "Deze link werkt niet meer" in page.text
    assert re.sub(r"(\d+)-(\d+)-(\d+)", r"\3-\2-\1", day(-1)) in page.text
    r = c.submit(path(link), {"code": code}, form_page="/inloggen")
    assert r.status_code == 410 and "voorbij" in r.text
    r = c.submit(path(link) + "/code", {}, form_page="/inloggen")
    assert r.status_code == 410
    after = (share_row(email), scalar("SELECT COUNT(*) FROM audit_log"),
             scalar("SELECT COUNT(*) FROM outbox WHERE to_addr = %s", email),
             scalar("SELECT COUNT(*) FROM sessions"))
    assert after == before
    assert "Verlopen" in staff.get(f"/dossiers/{d}").text
    # An unknown link: the same page, 404.
    r = c.get("/gast/" + "A" * 43)
    assert r.status_code == 404 and "niet geldig" in r.text


def test_five_wrong_codes_stop_the_code_and_a_new_one_can_be_asked_once_a_minute(s, dossier):
    r, email = share(s[SWV], dossier)
    link, code = invitation(email)
    wrong = "%06d" % ((int(code) + 1) % 1000000)
    c = Client()
    for _ in range(5):
        r = c.submit(path(link), {"code": wrong})
        assert r.status_code == 422
    assert "werkt nu niet meer" in r.text
    assert scalar("SELECT code_hash IS NULL FROM shares WHERE email = %s", email) == "1"
    r = c.submit(path(link), {"code": code})
    assert r.status_code == 422 and "werkt niet meer" in r.text
    # A new code right after the invitation: not yet, and no mail.
    r = c.submit(path(link) + "/code", {}, form_page=path(link))
    assert r.status_code == 303 and r.headers["Location"].endswith("?m=code-net")
    assert len(mails_to(email, subject="Uw code", count=2, timeout=2)) == 1
    sql("UPDATE shares SET code_sent_at = code_sent_at - INTERVAL 2 MINUTE WHERE email = %s",
        email)
    r = c.submit(path(link) + "/code", {}, form_page=path(link))
    assert r.status_code == 303 and r.headers["Location"].endswith("?m=code-verstuurd")
    _, codes = invitation(email, codes=2)
    fresh = [x for x in codes if x != code]
    assert len(fresh) == 1
    guest_login(link, fresh[0])


@pytest.mark.parametrize("change,field,message", [
    ({"tot": day(-1)}, "tot", "Kies vandaag of een dag na vandaag."),
    ({"tot": day(91)}, "tot", "Kies een dag binnen 90 dagen"),
    ({"tot": "2026-02-31"}, "tot", "Vul een bestaande datum in"),
    ({"email": "geen-adres"}, "email", "Vul een e-mailadres in"),
    ({"relatie": "buurman"}, "relatie", "Kies een van de opties."),
    ({"parts": ()}, "delen", "Kies minstens één onderdeel of document."),
])
def test_a_bad_invitation_comes_back_with_the_values_and_nothing_is_sent(s, dossier, change,
                                                                       field, message):
    parts = change.pop("parts", ("deel-ouders",))
    count = scalar("SELECT COUNT(*) FROM shares")
    mails = scalar("SELECT COUNT(*) FROM outbox")
    r, email = share(s[SWV], dossier, parts=parts, **change)
    assert r.status_code == 422 and message in r.text, r.text
    assert f'href="#f-{field}"' in r.text
    assert "Jan de Vries" in r.text
    if parts:
        assert re.search(r'name="deel-ouders" value="1" checked', r.text)
    assert scalar("SELECT COUNT(*) FROM shares") == count
    assert scalar("SELECT COUNT(*) FROM outbox") == mails


def test_only_swv_staff_and_coordinators_share(s, dossier):
    d = dossier
    assert "Delen voor een overleg" not in s[IB].get(f"/dossiers/{d}").text
    assert s[IB].get(f"/dossiers/{d}/delen").status_code == 404
    r, email = share(s[IB], d, form_page=f"/dossiers/{d}")
    assert r.status_code == 404
    assert scalar("SELECT COUNT(*) FROM shares WHERE email = %s", email) == "0"
    assert "Delen voor een overleg" in s[COORD].get(f"/dossiers/{d}").text


def test_a_double_clicked_invitation_is_sent_once(s, dossier):
    staff = s[SWV]
    email = unique("gast") + "@test.example"
    token = staff.token(f"/dossiers/{dossier}/delen")
    for _ in range(2):
        r, _ = share(staff, dossier, email=email, csrf=token)
        assert r.status_code == 303
    assert scalar("SELECT COUNT(*) FROM shares WHERE email = %s", email) == "1"
    assert scalar("SELECT COUNT(*) FROM outbox WHERE to_addr = %s", email) == "2"


def test_a_guest_closes_the_session(s, dossier):
    r, email = share(s[SWV], dossier)
    g = guest_login(*invitation(email))
    r = g.submit("/gast/afsluiten", {}, form_page="/gast/dossier")
    assert r.status_code == 303 and r.headers["Location"].endswith("/gast?m=afgesloten")
    r = g.get("/gast/dossier")
    assert r.status_code == 303 and r.headers["Location"].endswith("/gast")
    assert "U bent afgemeld" in g.get("/gast?m=afgesloten").text


def test_the_dossier_page_lists_its_documents_people_and_shares(s, dossier):
    """The page reads each list only when the dossier has some: whatever
    is added or removed shows in its own section at once."""
    d, staff = dossier, s[SWV]

    def section(first, then):
        page = staff.get(f"/dossiers/{d}").text
        return page[page.index(first):page.index(then)]

    docs = section('<h2 id="documenten">', '<h2 id="f-user_id">')
    assert "Verslag gedeeld.pdf" in docs and "Verslag intern.pdf" in docs
    assert "Nog niemand toegewezen" in section('<h2 id="f-user_id">', '<h2 id="delen">')
    assert "met niemand gedeeld" in section('<h2 id="delen">', '<h2 id="tijdlijn">')
    uid = scalar("SELECT id FROM users WHERE email = %s", SWV)
    assert staff.submit(f"/dossiers/{d}/toewijzen", {"user_id": uid, "assign_role": "handler"},
                        form_page=f"/dossiers/{d}").status_code == 303
    assert share(staff, d)[0].status_code == 303
    assert staff.submit(f"/dossiers/{d}/documenten/{doc_id(d, 'Verslag intern.pdf')}/verwijderen",
                        {}, form_page=f"/dossiers/{d}").status_code == 303
    docs = section('<h2 id="documenten">', '<h2 id="f-user_id">')
    assert "Verslag gedeeld.pdf" in docs and "Verslag intern.pdf" not in docs
    assert "Mira Jansen (Behandelaar)" in section('<h2 id="f-user_id">', '<h2 id="delen">')
    assert "Jan de Vries (ouder of verzorger)" in section('<h2 id="delen">', '<h2 id="tijdlijn">')
