"""The whole TLV route with the demo roles (DOMAIN.md, TLV): the school
hands in, the bestuur's RVZ approves (a setting of the SWV), SWV staff take
it on, two experts advise, the decider issues, the receiving school
downloads and places; every step's e-mail is read from the SMTP sink."""
import pytest

from conftest import mail_body, mail_link, mail_subject, mails_to, org_id, scalar, sql, unique
from test_admin import SWV as SWV_NAME, edit_form
from test_advice import ARTS, TLV, assign
from test_decision import ISSUE, advised, decide
from test_dossier import (DECIDER, EXPERT, IB, IB2, KOMPAS, REGENBOOG, RVZ, SWV, attach,  # noqa: F401
                          new_pupil, s, save, start, state, step)
from test_tlv import HORIZON, SCHOOLS, pdf_of, rs, text  # noqa: F401


@pytest.fixture
def rvz_approval(admin):
    """The beheerder turns the SWV's RVZ approval on; off again afterwards."""
    path = f"/beheer/organisaties/{org_id(SWV_NAME)}"
    form = edit_form(admin, path)
    assert "rvz_approval" not in form
    assert "Aanvragen eerst laten goedkeuren door de RVZ" in admin.get(path).text
    r = admin.submit(path, {**form, "rvz_approval": "1"})
    assert r.status_code == 303, r.text
    assert sql("SELECT old_value, new_value FROM audit_log WHERE object_type = 'organisation'"
               " AND object_id = %s AND field = 'rvz_approval' ORDER BY id DESC LIMIT 1",
               org_id(SWV_NAME)) == [["0", "1"]]
    yield
    sql("UPDATE organisations SET rvz_approval = 0 WHERE type = 'swv'")


def mail(to, d, state_label):
    """The one step e-mail to this person for dossier d, now in this state."""
    found = mails_to(to, subject=f"Dossier {d}: {state_label}")
    assert len(found) == 1, (to, d, state_label, len(found))
    assert mail_link(found[0]).endswith(f"/dossiers/{d}")
    return mail_body(found[0])


def test_the_whole_route_with_the_demo_roles_and_their_e_mails(s, rs, rvz_approval):
    c, last = s[IB], unique("Kuipers")
    d = start(c, new_pupil(c, REGENBOOG, "Bram", last), tkey="tlv")
    attach(c, d, "opp")
    # With the setting on, the school hands in to its bestuur's RVZ only.
    form = c.get(f"/dossiers/{d}/invullen").text
    assert "Opslaan en Indienen bij de RVZ" in form and ">Opslaan en Indienen<" not in form
    assert save(c, d, TLV, action="indienen").status_code == 409
    assert state(d) == "concept"
    assert save(c, d, TLV, action="indienen_rvz").status_code == 303
    assert state(d) == "rvz"
    body = mail(RVZ, d, "Ter goedkeuring bij de RVZ")
    assert last not in body and "Bram" not in body
    # Staff wait for the RVZ; the RVZ sends it back once, then approves.
    assert step(s[SWV], d, "behandelen").status_code == 409
    assert step(s[SWV], d, "rvz_akkoord").status_code == 403
    page = s[RVZ].get(f"/dossiers/{d}").text
    assert "Goedkeuren en doorsturen naar het samenwerkingsverband" in page
    assert step(s[RVZ], d, "rvz_terug").status_code == 303
    assert state(d) == "concept"
    mail(IB, d, "Concept")
    assert step(c, d, "indienen_rvz").status_code == 303
    assert step(s[RVZ], d, "rvz_akkoord").status_code == 303
    assert state(d) == "ingediend"
    mail(SWV, d, "Ingediend")
    mail(IB, d, "Ingediend")
    timeline = s[SWV].get(f"/dossiers/{d}").text
    assert ("Goedkeuren en doorsturen naar het samenwerkingsverband: van Ter goedkeuring bij"
            " de RVZ naar Ingediend") in timeline
    # Staff take it on; two experts advise; the decider issues.
    assert assign(s, d, SWV, "handler").status_code == 303
    assert step(s[SWV], d, "behandelen").status_code == 303
    mail(IB, d, "In behandeling")
    assert assign(s, d, DECIDER, "decider").status_code == 303
    advised(s, d)
    for expert in (EXPERT, ARTS, DECIDER):
        mail(expert, d, "Advies")
    mail(DECIDER, d, "Besluit")
    horizon = org_id(SCHOOLS[HORIZON])
    assert decide(s[DECIDER], d, **ISSUE, **{f"ontvanger-{horizon}": "1"}).status_code == 303
    assert state(d) == "toegekend"
    t, number = sql("SELECT id, number FROM tlv_decisions WHERE dossier_id = %s", d)[0]
    mail(IB, d, "Toegekend")
    # The receiving school is told, without the pupil, and finds it.
    told = mails_to(HORIZON, subject=number)
    assert len(told) == 1
    assert mail_subject(told[0]) == f"Toelaatbaarheidsverklaring {number} voor uw school"
    assert mail_link(told[0]).endswith(f"/tlv/{t}") and last not in mail_body(told[0])
    assert number in rs[HORIZON].get("/tlv").text
    tlv = text(pdf_of(rs[HORIZON], f"/tlv/{t}/tlv.pdf"))
    for part in (number, f"Bram {last}", "Speciaal onderwijs (SO)", "Midden (categorie 2)",
                 "1 augustus 2027", "31 juli 2028", REGENBOOG, SCHOOLS[HORIZON]):
        assert part in tlv, part
    r = rs[HORIZON].submit(f"/tlv/{t}/plaatsing", {"placed_on": "2027-08-01"},
                           form_page=f"/tlv/{t}")
    assert r.status_code == 303
    assert "geplaatst per 01-08-2027" in s[SWV].get(f"/dossiers/{d}").text
    # No e-mail of the route named the pupil.
    for m in mails_to("", subject=f"Dossier {d}:", count=99, timeout=0):
        assert last not in mail_body(m)


def test_a_school_whose_bestuur_has_no_rvz_cannot_hand_in_and_is_told_why(s, rvz_approval):
    c = s[IB2]          # CBS Het Kompas: its bestuur has no RVZ in the demo
    d = start(c, new_pupil(c, KOMPAS), tkey="tlv")
    attach(c, d, "opp")
    r = save(c, d, TLV, action="indienen_rvz")
    assert r.status_code == 422
    assert "uw bestuur heeft nog geen RVZ in Passend" in r.text
    assert 'href="#f-step"' in r.text and 'id="f-step"' in r.text
    assert "Past SBO bij Kim?" in r.text
    assert step(c, d, "indienen_rvz").status_code == 422
    assert state(d) == "concept"


def test_without_the_setting_the_school_hands_in_to_the_swv_directly(s):
    c = s[IB]
    d = start(c, new_pupil(c, REGENBOOG), tkey="tlv")
    attach(c, d, "opp")
    assert ">Opslaan en Indienen<" in c.get(f"/dossiers/{d}/invullen").text
    assert save(c, d, TLV, action="indienen_rvz").status_code == 409
    assert save(c, d, TLV, action="indienen").status_code == 303
    assert state(d) == "ingediend"
    # A request already at the RVZ when the setting went off can still go on.
    julia = scalar("SELECT id FROM dossiers WHERE pupil_first_name = 'Julia' AND state = 'rvz'"
                   " ORDER BY id LIMIT 1")
    assert "Goedkeuren en doorsturen" in s[RVZ].get(f"/dossiers/{julia}").text
