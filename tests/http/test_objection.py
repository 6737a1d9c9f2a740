"""Objections against a TLV decision (DOMAIN.md, TLV: bezwaar within 6 weeks
of the decision; the LBT asked within 2 weeks unless granted in full; the
decision on it 12 weeks after the objection period), through the real
stack: registered by SWV staff, the deadlines computed and shown, each bad
date refused beside its field."""
import datetime

from conftest import scalar, sql
from test_decision import ISSUE, decide, ready_for_decision
from test_dossier import DECIDER, IB, SWV, s  # noqa: F401

TODAY = datetime.date.today()


def decided(s, days_ago=0):
    """An issued TLV, decided days_ago (the decision's time moved back)."""
    d = ready_for_decision(s)
    assert decide(s[DECIDER], d, **ISSUE).status_code == 303
    sql("UPDATE tlv_decisions SET decided_at = decided_at - INTERVAL %s DAY"
        " WHERE dossier_id = %s", days_ago, d)
    return d


def register(c, d, received, who="J. de Vries (ouder)"):
    return c.submit(f"/dossiers/{d}/bezwaar", {"received_on": received.isoformat(),
                    "objector": who}, form_page=f"/dossiers/{d}")


def row(d):
    return sql("SELECT received_on, late, lbt_due_on, decide_due_on, lbt_asked_on, outcome,"
               " outcome_on FROM tlv_objections WHERE dossier_id = %s", d)


def nl(day):
    return day.strftime("%d-%m-%Y")


def on_signals_page(c, text):
    """Whether text is on any page of c's Signaleringen (earlier tests'
    signals may fill the first)."""
    for page in range(1, 100):
        html = c.get(f"/signaleringen?p={page}").text
        if text in html:
            return True
        if f"p={page + 1}" not in html:
            return False
    return False


def test_an_objection_in_time_gets_its_deadlines(s):
    d = decided(s, days_ago=10)
    decision_day = TODAY - datetime.timedelta(days=10)
    received = TODAY - datetime.timedelta(days=2)
    assert register(s[SWV], d, received).status_code == 303
    [[on, late, lbt_due, decide_due, asked, outcome, _]] = row(d)
    assert on == received.isoformat() and late == "0" and asked is None and outcome is None
    assert lbt_due == (received + datetime.timedelta(days=14)).isoformat()
    assert decide_due == (decision_day + datetime.timedelta(days=42 + 84)).isoformat()
    page = s[SWV].get(f"/dossiers/{d}").text
    assert f"vragen uiterlijk {nl(received + datetime.timedelta(days=14))}" in page
    assert "na de bezwaartermijn" not in page
    # The LBT asked, then the outcome: each recorded once.
    oid = scalar("SELECT id FROM tlv_objections WHERE dossier_id = %s", d)
    r = s[SWV].submit(f"/dossiers/{d}/bezwaar/{oid}/lbt", {"lbt_asked_on": TODAY.isoformat()},
                      form_page=f"/dossiers/{d}")
    assert r.status_code == 303
    r = s[SWV].submit(f"/dossiers/{d}/bezwaar/{oid}/uitkomst",
                      {"outcome": "ongegrond", "outcome_on": TODAY.isoformat()},
                      form_page=f"/dossiers/{d}")
    assert r.status_code == 303
    assert row(d)[0][4:] == [TODAY.isoformat(), "ongegrond", TODAY.isoformat()]
    page = s[SWV].get(f"/dossiers/{d}").text
    assert f"ongegrond, op {nl(TODAY)}" in page and "Bezwaar afgehandeld: ongegrond" in page
    r = s[SWV].submit(f"/dossiers/{d}/bezwaar/{oid}/uitkomst",
                      {"outcome": "gegrond", "outcome_on": TODAY.isoformat()},
                      form_page=f"/dossiers/{d}")
    assert r.status_code == 303 and row(d)[0][5] == "ongegrond"


def test_a_late_objection_is_registered_and_flagged(s):
    d = decided(s, days_ago=50)
    assert register(s[SWV], d, TODAY).status_code == 303
    assert row(d)[0][1] == "1"
    page = s[SWV].get(f"/dossiers/{d}").text
    assert "Ontvangen na de bezwaartermijn" in page
    last = nl(TODAY - datetime.timedelta(days=50) + datetime.timedelta(days=42))
    assert f"Bezwaar ontvangen, na de termijn (die liep tot en met {last})" in page


def test_granted_in_full_needs_no_lbt(s):
    d = decided(s)
    assert register(s[SWV], d, TODAY).status_code == 303
    oid = scalar("SELECT id FROM tlv_objections WHERE dossier_id = %s", d)
    assert s[SWV].submit(f"/dossiers/{d}/bezwaar/{oid}/uitkomst",
                         {"outcome": "gegrond", "outcome_on": TODAY.isoformat()},
                         form_page=f"/dossiers/{d}").status_code == 303
    assert "niet nodig: het bezwaar is volledig gegrond" in s[SWV].get(f"/dossiers/{d}").text


def test_bad_objection_dates_and_roles_are_refused_and_change_nothing(s):
    d = decided(s, days_ago=3)
    for day, message in ((TODAY + datetime.timedelta(days=1), "ligt in de toekomst"),
                         (TODAY - datetime.timedelta(days=5), "ligt voor het besluit")):
        r = register(s[SWV], d, day)
        assert r.status_code == 422 and message in r.text
        assert 'id="f-received_on-error"' in r.text and "J. de Vries (ouder)" in r.text
    r = s[SWV].submit(f"/dossiers/{d}/bezwaar", {"received_on": TODAY.isoformat()},
                      form_page=f"/dossiers/{d}")
    assert r.status_code == 422 and 'id="f-objector-error"' in r.text
    for who in (IB, DECIDER):                                # SWV staff only
        assert register(s[who], d, TODAY).status_code == 403
    assert row(d) == []
    # No decision, no objection.
    undecided = ready_for_decision(s)
    assert register(s[SWV], undecided, TODAY).status_code == 404
    assert row(undecided) == []
    # The school does not see the objections; the decider does, read-only.
    assert register(s[SWV], d, TODAY).status_code == 303
    assert 'id="bezwaar"' not in s[IB].get(f"/dossiers/{d}").text
    page = s[DECIDER].get(f"/dossiers/{d}").text
    assert "J. de Vries (ouder)" in page and "Bezwaar registreren" not in page
    oid = scalar("SELECT id FROM tlv_objections WHERE dossier_id = %s", d)
    r = s[SWV].submit(f"/dossiers/{d}/bezwaar/{oid}/lbt",
                      {"lbt_asked_on": (TODAY - datetime.timedelta(days=1)).isoformat()},
                      form_page=f"/dossiers/{d}")
    assert r.status_code == 422 and "ligt voor de ontvangst van het bezwaar" in r.text
    assert row(d)[0][4] is None


def test_an_open_objections_deadlines_are_signalled_to_the_swv_until_met(s):
    from test_signals import cron, digests
    from test_signals import signals as all_signals

    def signals(d):     # a TLV decided 120 days ago also waits for its placement
        return [row for row in all_signals(d) if row[0] == "objection"]
    d = decided(s, days_ago=120)            # the decision on it is due in 6 days
    received = TODAY - datetime.timedelta(days=10)      # the LBT in 4 days
    assert register(s[SWV], d, received).status_code == 303
    cron()
    lbt = nl(received + datetime.timedelta(days=14))
    decide = nl(TODAY - datetime.timedelta(days=120) + datetime.timedelta(days=126))
    assert [row[:3] + row[4:] for row in signals(d)] == [
        ["objection", "lbt", f"Bezwaar: het LBT om advies vragen, uiterlijk {lbt}", "0"],
        ["objection", "decide", f"Bezwaar: beslissen, uiterlijk {decide}", "0"]]
    assert on_signals_page(s[SWV], f"uiterlijk {lbt}")
    assert not on_signals_page(s[IB], f"uiterlijk {lbt}")        # not the school's
    assert digests(SWV, d) == 1 and digests(IB, d) == 0
    oid = scalar("SELECT id FROM tlv_objections WHERE dossier_id = %s", d)
    assert s[SWV].submit(f"/dossiers/{d}/bezwaar/{oid}/lbt", {"lbt_asked_on": TODAY.isoformat()},
                         form_page=f"/dossiers/{d}").status_code == 303
    cron()
    assert [row[1] for row in signals(d) if row[4] == "0"] == ["decide"]
    assert s[SWV].submit(f"/dossiers/{d}/bezwaar/{oid}/uitkomst",
                         {"outcome": "ongegrond", "outcome_on": TODAY.isoformat()},
                         form_page=f"/dossiers/{d}").status_code == 303
    cron()
    assert [row[4] for row in signals(d)] == ["1", "1"]
