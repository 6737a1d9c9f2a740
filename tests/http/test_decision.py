"""The decision on a TLV request (DOMAIN.md, TLV): issued with type,
category, period, reasons and a unique number, or refused with reasons;
each rule refused with a Dutch message beside its field, changing nothing,
and a double click deciding once."""
import datetime
import re

from conftest import scalar, sql
from test_advice import ARTS, advise, assign, in_treatment
from test_dossier import DECIDER, EXPERT, IB, IB2, SWV, s, state, step  # noqa: F401


def ready_for_decision(s, **pupil):
    """A TLV request with two signed advices, in state "besluit"."""
    return advised(s, in_treatment(s, **pupil))


def advised(s, d):
    """TLV request d, taken on, advised by two experts: in state "besluit"."""
    assert assign(s, d, EXPERT, "adviser1").status_code == 303
    assert assign(s, d, ARTS, "adviser2").status_code == 303
    assert step(s[SWV], d, "naar_advies").status_code == 303
    assert advise(s[EXPERT], d, "Eerste advies.").status_code == 303
    assert advise(s[ARTS], d, "Tweede advies.").status_code == 303
    assert step(s[SWV], d, "naar_besluit").status_code == 303
    return d


def version_on(c, path):
    return re.search(r'name="version" value="(\d+)"', c.get(path).text).group(1)


def decide(c, d, version=None, form_page=None, **fields):
    path = f"/dossiers/{d}/besluit"
    data = {"version": version or version_on(c, path), **fields}
    return c.submit(path, data, form_page=form_page or path)


ISSUE = {"outcome": "toekennen", "kind": "so", "category": "midden",
         "start_date": "2027-08-01", "end_date": "2028-07-31",
         "duration_reason": "Eén schooljaar, daarna evalueren.",
         "category_reason": "De ondersteuning past bij categorie midden."}


def decisions(d):
    return int(scalar("SELECT COUNT(*) FROM tlv_decisions WHERE dossier_id = %s", d))


def test_a_decider_issues_a_tlv_with_a_number_and_the_school_sees_it(s):
    d = ready_for_decision(s)
    page = s[DECIDER].get(f"/dossiers/{d}").text
    assert "Besluit nemen" in page and ">Toekennen</button>" not in page
    form = s[DECIDER].get(f"/dossiers/{d}/besluit").text
    assert "Eerste advies." in form and "Tweede advies." in form
    horizon = scalar("SELECT id FROM organisations WHERE school_type = 'so' ORDER BY id LIMIT 1")
    r = decide(s[DECIDER], d, **ISSUE, **{f"ontvanger-{horizon}": "1"})
    assert r.status_code == 303, r.text
    assert state(d) == "toegekend"
    number = scalar("SELECT number FROM tlv_decisions WHERE dossier_id = %s", d)
    year = datetime.date.today().year
    assert re.fullmatch(rf"TLV-{year}-\d{{5}}", number)
    assert scalar("SELECT COUNT(*) FROM tlv_receivers x JOIN tlv_decisions t"
                  " ON t.id = x.decision_id WHERE t.dossier_id = %s", d) == "1"
    page = s[IB].get(f"/dossiers/{d}").text
    for text in (number, "SO", "midden", "01-08-2027 tot en met 31-07-2028",
                 "Eén schooljaar, daarna evalueren.", "Eerste advies.", "Tweede advies."):
        assert text in page, text
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE dossier_id = %s AND action = 'decide'",
                  d) == "1"
    # Numbers count up, one per TLV.
    d2 = ready_for_decision(s)
    assert decide(s[DECIDER], d2, **ISSUE).status_code == 303
    n1, n2 = (int(scalar("SELECT number FROM tlv_decisions WHERE dossier_id = %s", x)[-5:])
              for x in (d, d2))
    assert n2 == n1 + 1


def test_issuing_twice_by_double_click_decides_once(s):
    d = ready_for_decision(s)
    v = version_on(s[DECIDER], f"/dossiers/{d}/besluit")
    assert decide(s[DECIDER], d, version=v, **ISSUE).status_code == 303
    r = decide(s[DECIDER], d, version=v, form_page=f"/dossiers/{d}", **ISSUE)
    assert r.status_code == 303 and r.headers["Location"].endswith("?m=gedaan")
    assert decisions(d) == 1
    assert scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_id = %s"
                  " AND kind = 'decision'", d) == "1"


def refused(s, d, field, message, **changes):
    before = state(d)
    r = decide(s[DECIDER], d, **{**ISSUE, **changes})
    assert r.status_code == 422, r.status_code
    assert message in r.text
    assert f'id="f-{field}-error"' in r.text
    # The form comes back with what was typed.
    kept = "category_reason" if "duration_reason" in changes else "duration_reason"
    assert ISSUE[kept] in r.text
    assert state(d) == before and decisions(d) == 0


def test_each_rule_of_an_issued_tlv_is_refused_beside_its_field(s):
    d = ready_for_decision(s)
    refused(s, d, "end_date", "De einddatum ligt voor de ingangsdatum.",
            start_date="2027-08-01", end_date="2027-07-31")
    refused(s, d, "end_date", "Een TLV loopt minstens 12 maanden: tot en met 31-07-2028 of later.",
            start_date="2027-08-01", end_date="2028-07-30")
    refused(s, d, "category", "Een TLV voor SBO heeft geen bekostigingscategorie.",
            kind="sbo", category="laag")
    refused(s, d, "category", "Kies de bekostigingscategorie", kind="vso", category="")
    refused(s, d, "kind", "Kies het soort onderwijs.", kind="")
    refused(s, d, "duration_reason", "Motiveer de duur.", duration_reason="")
    refused(s, d, "end_date", "Vul een bestaande datum in", end_date="2028-02-31")
    # SBO without a category is fine.
    r = decide(s[DECIDER], d, **{**ISSUE, "kind": "sbo", "category": "", "category_reason": ""})
    assert r.status_code == 303 and state(d) == "toegekend"
    assert scalar("SELECT CONCAT(kind, '/', COALESCE(category, '-')) FROM tlv_decisions"
                  " WHERE dossier_id = %s", d) == "sbo/-"


def test_a_refusal_needs_its_reasons(s):
    d = ready_for_decision(s)
    r = decide(s[DECIDER], d, outcome="afwijzen")
    assert r.status_code == 422 and "Motiveer de afwijzing." in r.text
    assert decisions(d) == 0
    r = decide(s[DECIDER], d, outcome="afwijzen", refusal_reason="De school kan dit bieden.")
    assert r.status_code == 303 and state(d) == "afgewezen"
    assert scalar("SELECT CONCAT(outcome, '/', COALESCE(number, '-')) FROM tlv_decisions"
                  " WHERE dossier_id = %s", d) == "afgewezen/-"
    assert "De school kan dit bieden." in s[IB].get(f"/dossiers/{d}").text


def test_no_decision_without_two_advices_nor_by_staff_nor_past_the_form(s):
    d = in_treatment(s)
    assert assign(s, d, EXPERT, "adviser1").status_code == 303
    assert assign(s, d, ARTS, "adviser2").status_code == 303
    assert step(s[SWV], d, "naar_advies").status_code == 303
    # Not in the decision state yet: no form, and a forged post is refused.
    assert s[DECIDER].get(f"/dossiers/{d}/besluit").headers.get("Location", "").endswith(f"/{d}")
    r = decide(s[DECIDER], d, version=scalar("SELECT version FROM dossiers WHERE id = %s", d),
               form_page=f"/dossiers/{d}", **ISSUE)
    assert r.status_code == 409 and decisions(d) == 0
    # The generic step never issues: only the form does.
    d = ready_for_decision(s)
    r = step(s[DECIDER], d, "toekennen")
    assert r.status_code == 422 and "besluitformulier" in r.text
    assert state(d) == "besluit" and decisions(d) == 0
    # SWV staff do not decide.
    r = decide(s[SWV], d, version=scalar("SELECT version FROM dossiers WHERE id = %s", d),
               form_page=f"/dossiers/{d}", **ISSUE)
    assert r.status_code == 403 and decisions(d) == 0


def test_the_school_records_that_the_parents_were_informed(s):
    d = ready_for_decision(s)
    assert decide(s[DECIDER], d, **ISSUE).status_code == 303
    path = f"/dossiers/{d}/ouders-geinformeerd"
    today = datetime.date.today()
    page = s[IB].get(f"/dossiers/{d}").text
    assert "Nog niet vastgelegd" in page and 'action="' + path + '"' in page
    # Neither the expert nor another school may record it.
    for who in (EXPERT, IB2):
        r = s[who].submit(path, {"informed_on": today.isoformat()}, form_page="/")
        assert r.status_code in (403, 404)
    for day, message in ((today + datetime.timedelta(days=1), "ligt in de toekomst"),
                         (today - datetime.timedelta(days=30), "ligt voor het besluit")):
        r = s[IB].submit(path, {"informed_on": day.isoformat()}, form_page=f"/dossiers/{d}")
        assert r.status_code == 422 and message in r.text
        assert f'value="{day.isoformat()}"' in r.text and 'id="f-informed_on-error"' in r.text
    assert scalar("SELECT parents_informed_on FROM tlv_decisions WHERE dossier_id = %s", d) is None
    r = s[IB].submit(path, {"informed_on": today.isoformat()}, form_page=f"/dossiers/{d}")
    assert r.status_code == 303
    page = s[SWV].get(f"/dossiers/{d}").text
    assert today.strftime("%d-%m-%Y") + ' <span class="muted">(vastgelegd door Sanne de Vries)' in page
    assert "Ouders geïnformeerd over het besluit" in page
    # Recorded once: a second post changes nothing.
    r = s[IB].submit(path, {"informed_on": (today - datetime.timedelta(days=1)).isoformat()},
                     form_page=f"/dossiers/{d}")
    assert r.status_code == 303
    assert scalar("SELECT parents_informed_on FROM tlv_decisions WHERE dossier_id = %s", d) == \
        today.isoformat()


def test_the_school_is_signalled_before_a_tlv_ends(s):
    from test_objection import on_signals_page
    from test_signals import cron, digests, signals
    today = datetime.date.today()
    y, m = today.year, today.month - 11
    if m <= 0:
        y, m = y - 1, m + 12
    start = datetime.date(y, m, 1)                      # ends this month
    end = datetime.date(start.year + 1, start.month, 1) - datetime.timedelta(days=1)
    soon, later = ready_for_decision(s), ready_for_decision(s)
    assert decide(s[DECIDER], soon, **{**ISSUE, "start_date": start.isoformat(),
                                       "end_date": end.isoformat()}).status_code == 303
    assert decide(s[DECIDER], later, **ISSUE).status_code == 303       # ends in 2028
    cron()
    number = scalar("SELECT number FROM tlv_decisions WHERE dossier_id = %s", soon)
    label = f"{number} loopt af op {end.strftime('%d-%m-%Y')}: vraag op tijd een verlenging aan"
    assert [row[:3] for row in signals(soon)] == [["tlv_end", "end", label]]
    assert signals(later) == []
    assert on_signals_page(s[IB], label) and digests(IB, soon) == 1
    # Past its end date, the signal is cleared.
    sql("UPDATE tlv_decisions SET end_date = %s WHERE dossier_id = %s",
        (today - datetime.timedelta(days=1)).isoformat(), soon)
    cron()
    assert signals(soon)[0][4] == "1"


def test_a_complete_request_is_signalled_at_six_and_at_eight_weeks(s):
    from test_advice import TLV, save
    from test_signals import cron, signals

    def lead(d):
        return [row[1:3] for row in signals(d) if row[0] == "lead" and row[4] == "0"]

    d = in_treatment(s)
    assert scalar("SELECT complete_at IS NOT NULL FROM dossiers WHERE id = %s", d) == "1"
    cron()
    assert lead(d) == []
    sql("UPDATE dossiers SET complete_at = complete_at - INTERVAL 43 DAY WHERE id = %s", d)
    cron()
    assert lead(d) == [["warn", "Doorlooptijd: de aanvraag is 6 weken compleet; na 8 weken is de"
                        " termijn verstreken"]]
    sql("UPDATE dossiers SET complete_at = complete_at - INTERVAL 14 DAY WHERE id = %s", d)
    cron()
    assert lead(d) == [["overdue", "Doorlooptijd verstreken: de aanvraag is al meer dan 8 weken"
                        " compleet"]]
    # Sent back for more information: the clock waits, and starts again.
    assert step(s[SWV], d, "aanvulling_vragen").status_code == 303
    cron()
    assert lead(d) == []
    assert save(s[IB], d, TLV, action="aanvulling_indienen").status_code == 303
    assert state(d) == "in_behandeling"
    assert scalar("SELECT complete_at > UTC_TIMESTAMP() - INTERVAL 1 HOUR FROM dossiers"
                  " WHERE id = %s", d) == "1"
    cron()
    assert lead(d) == []


def test_a_decision_on_a_changed_dossier_comes_back_with_what_was_typed(s):
    d = ready_for_decision(s)
    stale = version_on(s[DECIDER], f"/dossiers/{d}/besluit")
    sql("UPDATE dossiers SET version = version + 1 WHERE id = %s", d)   # a save in between
    r = decide(s[DECIDER], d, version=stale, **ISSUE)
    assert r.status_code == 409 and "Iemand anders heeft dit dossier intussen gewijzigd" in r.text
    assert ISSUE["duration_reason"] in r.text and decisions(d) == 0
    assert decide(s[DECIDER], d, **ISSUE).status_code == 303
