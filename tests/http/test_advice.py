"""The TLV's two advices (DOMAIN.md, TLV): who may give which, that each is
written and signed apart, and that no decision is taken without both or by
one of the advisers. Through the real stack with the demo roles."""
import re

from conftest import PASSWORD, Client, make_user, scalar, sql, unique
from test_dossier import (DECIDER, EXPERT, IB, REGENBOOG, SWV, attach, new_pupil, s, save,  # noqa: F401
                          start, state, step)

ARTS = "jeugdarts@passend.example"
PSYCHOLOOG = "psycholoog@passend.example"
TLV = {"a-loopbaan": "Groep 1 tot en met 5 op De Regenboog.", "a-doublure": "nee",
       "a-vraag": "Past SBO bij Kim?", "a-belemmerend": "Concentratie.",
       "a-bevorderend": "Sociaal sterk.", "a-geboden": "Een jaar arrangement.",
       "a-besproken": "ja", "a-zienswijze_ouders": "Ouders steunen de aanvraag.",
       "a-gewenst": "so_vso", "a-categorie": "midden"}


def uid(email):
    return int(scalar("SELECT id FROM users WHERE email = %s", email))


def assign(s, d, email_or_id, role):
    who = email_or_id if isinstance(email_or_id, int) else uid(email_or_id)
    return s[SWV].submit(f"/dossiers/{d}/toewijzen", {"user_id": who, "assign_role": role},
                         form_page=f"/dossiers/{d}")


def in_treatment(s, **pupil):
    """A complete TLV request that SWV staff have taken on."""
    c = s[IB]
    return taken_on(s, start(c, new_pupil(c, REGENBOOG, **pupil), tkey="tlv"))


def taken_on(s, d):
    """The school hands TLV request d in complete; SWV staff take it on."""
    c = s[IB]
    attach(c, d, "opp")
    assert save(c, d, TLV, action="indienen").status_code == 303
    assert assign(s, d, SWV, "handler").status_code == 303
    assert step(s[SWV], d, "behandelen").status_code == 303
    return d


def advise(c, d, text, sign=True, form_page=None):
    """As the browser sends it: with the version the page was loaded at."""
    page = c.get(f"/dossiers/{d}/advies").text
    version = re.search(r'name="version" value="(\d*)"', page)
    return c.submit(f"/dossiers/{d}/advies", {"body": text, "version": version.group(1) if version
                    else "", "action": "ondertekenen" if sign else "opslaan"},
                    form_page=form_page or f"/dossiers/{d}/advies")


def expert(profession, name=None):
    """A new deskundige of the SWV with this profession, logged in."""
    swv = int(scalar("SELECT MIN(id) FROM organisations WHERE type = 'swv'"))
    user, email = make_user("deskundige", swv, name=name or unique("Deskundige"))
    if profession:
        sql("UPDATE users SET profession = %s WHERE id = %s", profession, user)
    return user, Client().login(email, PASSWORD)


def assignments(d):
    return int(scalar("SELECT COUNT(*) FROM dossier_assignments WHERE dossier_id = %s", d))


def test_the_first_adviser_is_an_orthopedagoog_or_psycholoog(s):
    d = in_treatment(s)
    before = assignments(d)
    r = assign(s, d, ARTS, "adviser1")
    assert r.status_code == 422
    assert "Lotte Willems is arts. De eerste deskundige moet orthopedagoog of psycholoog zijn." \
        in r.text
    r = assign(s, d, EXPERT, "adviser2")
    assert r.status_code == 422 and "De tweede deskundige moet kinder- of jeugdpsycholoog" in r.text
    nobody, _ = expert(None)
    r = assign(s, d, nobody, "adviser1")
    assert r.status_code == 422 and "niet als deskundige met een beroep vastgelegd" in r.text
    assert assignments(d) == before
    assert assign(s, d, EXPERT, "adviser1").status_code == 303
    assert assign(s, d, ARTS, "adviser2").status_code == 303
    r = assign(s, d, PSYCHOLOOG, "adviser1")                # the slot is taken
    assert r.status_code == 422 and "Er is al een eerste deskundige" in r.text
    assert assignments(d) == before + 2


def test_an_expert_involved_with_the_pupil_cannot_advise(s):
    d = in_treatment(s)
    for who in (IB, EXPERT, DECIDER):                   # SWV staff only
        r = s[who].submit(f"/dossiers/{d}/betrokken", {"involved_id": uid(PSYCHOLOOG)},
                          form_page="/")
        assert r.status_code == 403
    assert scalar("SELECT COUNT(*) FROM pupil_involvements i JOIN dossiers d"
                  " ON d.pupil_id = i.pupil_id WHERE d.id = %s", d) == "0"
    r = s[SWV].submit(f"/dossiers/{d}/betrokken", {"involved_id": uid(PSYCHOLOOG)},
                      form_page=f"/dossiers/{d}")
    assert r.status_code == 303
    page = s[SWV].get(f"/dossiers/{d}").text
    assert "Joris Bakker (psycholoog)" in page[page.index('id="f-involved_id"'):]
    before = assignments(d)
    r = assign(s, d, PSYCHOLOOG, "adviser1")
    assert r.status_code == 422
    assert "betrokken bij de begeleiding van deze leerling en kan daarom niet adviseren" in r.text
    assert assignments(d) == before
    # It holds for every dossier of the pupil, and only for that pupil.
    pupil = scalar("SELECT pupil_id FROM dossiers WHERE id = %s", d)
    other = in_treatment(s)
    assert assign(s, other, PSYCHOLOOG, "adviser1").status_code == 303
    assert scalar("SELECT COUNT(*) FROM pupil_involvements WHERE pupil_id = %s", pupil) == "1"
    # Marked twice: said, and nothing added.
    r = s[SWV].submit(f"/dossiers/{d}/betrokken", {"involved_id": uid(PSYCHOLOOG)},
                      form_page=f"/dossiers/{d}")
    assert r.status_code == 422 and "staat al als betrokken" in r.text


def test_one_expert_gives_one_advice_and_a_decider_gives_none(s):
    d = in_treatment(s)
    both, _ = expert("orthopedagoog")
    assert assign(s, d, both, "adviser1").status_code == 303
    sql("UPDATE users SET profession = 'pedagoog' WHERE id = %s", both)   # now fits the second
    r = assign(s, d, both, "adviser2")
    assert r.status_code == 422 and "geeft al het andere advies" in r.text
    r = assign(s, d, both, "decider")
    assert r.status_code == 422   # not a beslisser at all
    # A beslisser who is also a deskundige: decider here, so no adviser.
    dual, _ = expert("arts")
    sql("INSERT INTO role_assignments (user_id, role, org_id, created_at, updated_at)"
        " SELECT %s, 'beslisser', MIN(id), UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM organisations"
        " WHERE type = 'swv'", dual)
    assert assign(s, d, dual, "decider").status_code == 303
    r = assign(s, d, dual, "adviser2")
    assert r.status_code == 422 and "beslisser in dit dossier en kan daarom niet adviseren" in r.text


def test_two_signed_advices_before_the_decision_and_never_by_the_decider(s):
    d = in_treatment(s)
    r = step(s[SWV], d, "naar_advies")
    assert r.status_code == 422 and "Wijs eerst de twee adviserende deskundigen toe" in r.text
    first_id, first = expert("psycholoog", "Eerste " + unique())
    second_id, second = expert("maatschappelijk_werker", "Tweede " + unique())
    assert assign(s, d, first_id, "adviser1").status_code == 303
    assert assign(s, d, second_id, "adviser2").status_code == 303
    assert step(s[SWV], d, "naar_advies").status_code == 303

    # A draft is the author's alone; signing makes it final.
    assert advise(first, d, "Concept: nog te onderbouwen.", sign=False).status_code == 303
    assert "Concept: nog te onderbouwen." not in s[SWV].get(f"/dossiers/{d}").text
    r = step(s[SWV], d, "naar_besluit")
    assert r.status_code == 422 and "nog geen twee ondertekende adviezen" in r.text
    assert state(d) == "advies"
    assert advise(first, d, "Advies één: SBO past, gezien de concentratie.").status_code == 303
    # The second adviser sees that the first signed, not what it says.
    page = second.get(f"/dossiers/{d}").text
    assert "Ondertekend door Eerste" in page and "Advies één" not in page
    assert advise(second, d, "Advies twee: thuis is er steun.").status_code == 303
    page = second.get(f"/dossiers/{d}").text
    assert "Advies één: SBO past" in page and "Advies twee: thuis" in page
    assert "psycholoog, op" in page and "maatschappelijk werker, op" in page
    # Signed is final.
    r = advise(first, d, "Toch anders.")
    assert r.status_code == 303
    assert scalar("SELECT body FROM advices WHERE dossier_id = %s AND slot = 1", d) == \
        "Advies één: SBO past, gezien de concentratie."
    assert scalar("SELECT profession FROM advices WHERE dossier_id = %s AND slot = 2", d) == \
        "maatschappelijk_werker"
    assert step(s[SWV], d, "naar_besluit").status_code == 303
    assert state(d) == "besluit"

    # The decider reads both; an adviser who is also a beslisser may not decide.
    sql("INSERT INTO role_assignments (user_id, role, org_id, created_at, updated_at)"
        " SELECT %s, 'beslisser', MIN(id), UTC_TIMESTAMP(), UTC_TIMESTAMP() FROM organisations"
        " WHERE type = 'swv'", first_id)
    refusal = {"outcome": "afwijzen", "refusal_reason": "Niet toelaatbaar.",
               "version": scalar("SELECT version FROM dossiers WHERE id = %s", d)}
    r = first.submit(f"/dossiers/{d}/besluit", refusal)
    assert r.status_code == 422 and "U heeft in dit dossier geadviseerd" in r.text
    assert state(d) == "besluit"
    page = s[DECIDER].get(f"/dossiers/{d}").text
    assert "Advies één: SBO past" in page and "Advies twee: thuis" in page
    assert s[DECIDER].submit(f"/dossiers/{d}/besluit", refusal).status_code == 303
    assert state(d) == "afgewezen"
    # The school reads both once decided; the timeline names who signed.
    page = s[IB].get(f"/dossiers/{d}").text
    assert "Advies één: SBO past" in page and "Advies 2 ondertekend door Tweede" in page


def test_an_involved_adviser_stops_the_decision(s):
    """Marked involved after signing: the decision waits for another advice."""
    d = in_treatment(s)
    a1, c1 = expert("orthopedagoog")
    a2, c2 = expert("arts")
    assert assign(s, d, a1, "adviser1").status_code == 303
    assert assign(s, d, a2, "adviser2").status_code == 303
    assert step(s[SWV], d, "naar_advies").status_code == 303
    assert advise(c1, d, "Een.").status_code == 303 and advise(c2, d, "Twee.").status_code == 303
    assert s[SWV].submit(f"/dossiers/{d}/betrokken", {"involved_id": a2},
                         form_page=f"/dossiers/{d}").status_code == 303
    r = step(s[SWV], d, "naar_besluit")
    assert r.status_code == 422 and "betrokken bij de begeleiding" in r.text
    # A signed advice stays with the dossier, and so does its adviser.
    aid = scalar("SELECT id FROM dossier_assignments WHERE dossier_id = %s AND role = 'adviser2'", d)
    r = s[SWV].submit(f"/dossiers/{d}/toewijzingen/{aid}/verwijderen", {}, form_page=f"/dossiers/{d}")
    assert r.headers["Location"].endswith("?m=advies-getekend")
    assert scalar("SELECT COUNT(*) FROM advices WHERE dossier_id = %s", d) == "2"


def test_only_the_adviser_writes_the_advice(s):
    d = in_treatment(s)
    assert assign(s, d, EXPERT, "adviser1").status_code == 303
    # Another expert, assigned in another role, has no advice to write.
    other, oc = expert("pedagoog")
    assert assign(s, d, other, "expert").status_code == 303
    r = advise(oc, d, "Mag ik ook?", form_page=f"/dossiers/{d}")
    assert r.status_code == 403
    assert advise(s[IB], d, "De school adviseert zelf.", form_page=f"/dossiers/{d}").status_code == 403
    assert scalar("SELECT COUNT(*) FROM advices WHERE dossier_id = %s", d) == "0"
    # An empty advice is refused beside the field, and nothing is stored.
    r = advise(s[EXPERT], d, "")
    assert r.status_code == 422 and "Vul dit veld in" in r.text
    assert scalar("SELECT COUNT(*) FROM advices WHERE dossier_id = %s", d) == "0"


def test_a_stale_advice_draft_gets_a_conflict_and_keeps_the_text(s):
    d = in_treatment(s)
    assert assign(s, d, EXPERT, "adviser1").status_code == 303
    c = s[EXPERT]
    assert advise(c, d, "Versie een.", sign=False).status_code == 303
    v = scalar("SELECT version FROM advices WHERE dossier_id = %s", d)
    r = c.submit(f"/dossiers/{d}/advies", {"body": "Versie twee.", "action": "opslaan",
                                           "version": v}, form_page=None)
    assert r.status_code == 303
    r = c.submit(f"/dossiers/{d}/advies", {"body": "Versie drie.", "action": "opslaan",
                                           "version": v}, form_page=None)
    assert r.status_code == 409 and "Versie drie." in r.text
    assert scalar("SELECT body FROM advices WHERE dossier_id = %s", d) == "Versie twee."


def test_the_beheerder_records_an_experts_profession(s):
    admin = s["beheerder@passend.example"]
    user, _ = expert(None)
    page = admin.get(f"/beheer/gebruikers/{user}").text
    assert 'name="profession"' in page and "maatschappelijk werker" in page
    form = {"name": scalar("SELECT name FROM users WHERE id = %s", user),
            "email": scalar("SELECT email FROM users WHERE id = %s", user),
            "active": "1", "version": scalar("SELECT version FROM users WHERE id = %s", user)}
    r = admin.submit(f"/beheer/gebruikers/{user}", {**form, "profession": "arts"})
    assert r.status_code == 303
    assert scalar("SELECT profession FROM users WHERE id = %s", user) == "arts"
    form["version"] = scalar("SELECT version FROM users WHERE id = %s", user)
    r = admin.submit(f"/beheer/gebruikers/{user}", {**form, "profession": "tovenaar"})
    assert r.status_code == 422 and "Kies een van de opties" in r.text
    assert scalar("SELECT profession FROM users WHERE id = %s", user) == "arts"
