"""Password reset by e-mailed link: single use, 30 minutes, no account
enumeration, ends every session, and the second factor is still asked."""
import re

from conftest import (BASE, PASSWORD, Client, fresh_code, mail_body, mail_link, mails_to,
                      make_user, scalar, sql, unique, web_log)


def request_reset(email):
    c = Client()
    r = c.submit("/wachtwoord-vergeten", {"email": email})
    assert r.status_code == 303
    assert r.headers["Location"] == BASE + "/wachtwoord-vergeten/verstuurd"
    return c


def test_reset_link_sets_a_new_password_once_and_ends_all_sessions(new_user):
    uid, email = new_user
    logged_in = Client().login(email, PASSWORD)
    secret = logged_in.totp_secret
    request_reset(email)
    [msg] = mails_to(email)
    assert "Nieuw wachtwoord" in str(msg["Subject"]) or msg["Subject"].startswith("=?UTF-8?")
    link = mail_link(msg)
    assert link.startswith(BASE + "/wachtwoord/")
    assert "30 minuten" in mail_body(msg)
    path = link[len(BASE):]
    c = Client()
    page = c.get(path)
    assert page.status_code == 200 and "Nieuw wachtwoord instellen" in page.text
    new = "een geheel nieuw wachtwoord"
    r = c.submit(path, {"password": new, "password2": new})
    assert r.status_code == 303 and r.headers["Location"].endswith("/inloggen?m=wachtwoord")
    # every session of the account ended
    assert logged_in.get("/").status_code == 303
    assert scalar("SELECT COUNT(*) FROM sessions WHERE user_id = %s", uid) == "0"
    # the link is spent
    again = Client().get(path)
    assert again.status_code == 410 and "werkt niet meer" in again.text
    # The web log keeps the requests, not the link's secret.
    token = path.rsplit("/", 1)[1]
    log = web_log()
    assert token not in log and '"GET /wachtwoord/- HTTP/1.1" 410' in log
    # the old password is gone; the new one still needs the code
    r = Client().submit("/inloggen", {"email": email, "password": PASSWORD})
    assert r.status_code == 422
    d = Client()
    r = d.submit("/inloggen", {"email": email, "password": new})
    assert r.headers["Location"] == BASE + "/inloggen/code"
    assert d.submit("/inloggen/code", {"code": fresh_code(secret)}).status_code == 303
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'password_set' AND object_id = %s",
                  uid) == "1"
    sql("DELETE FROM login_failures")


def test_unknown_addresses_get_the_same_answer_and_no_mail():
    address = unique() + "@nergens.example"
    c = request_reset(address)
    page = c.get("/wachtwoord-vergeten/verstuurd")
    assert "Als er een account bij dit e-mailadres hoort" in page.text
    assert mails_to(address, timeout=3) == []
    assert scalar("SELECT COUNT(*) FROM outbox WHERE to_addr = %s", address) == "0"


def test_an_expired_link_does_not_work(new_user):
    uid, email = new_user
    request_reset(email)
    path = mail_link(mails_to(email)[0])[len(BASE):]
    sql("UPDATE password_tokens SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE user_id = %s", uid)
    c = Client()
    assert c.get(path).status_code == 410
    r = c.post(path, {"csrf": c.token("/inloggen"), "password": "x" * 20, "password2": "x" * 20})
    assert r.status_code == 410
    assert scalar("SELECT password_hash FROM users WHERE id = %s", uid).startswith("$s1$")
    # and the password was not changed: the old one still works
    assert Client().submit("/inloggen", {"email": email, "password": PASSWORD}).status_code == 303


def test_a_forged_token_gets_the_same_page():
    r = Client().get("/wachtwoord/" + "A" * 43)
    assert r.status_code == 410
    r = Client().get("/wachtwoord/../../etc")
    assert r.status_code in (400, 404)


def test_password_rules_give_field_errors_and_never_echo_the_password(new_user):
    uid, email = new_user
    request_reset(email)
    path = mail_link(mails_to(email)[0])[len(BASE):]
    c = Client()
    r = c.submit(path, {"password": "kort-11tkns", "password2": "kort-11tkns"})
    assert r.status_code == 422 and "minstens 12 tekens" in r.text
    assert "kort-11tkns" not in r.text
    r = c.submit(path, {"password": "x" * 129, "password2": "x" * 129})
    assert r.status_code == 422 and "hoogstens 128 tekens" in r.text
    r = c.submit(path, {"password": "twaalf tekens!", "password2": "twaalf tekens?"})
    assert r.status_code == 422 and "niet gelijk" in r.text
    # twelve characters, some of them two bytes: allowed
    r = c.submit(path, {"password": "ëëëëëëëëëëëë", "password2": "ëëëëëëëëëëëë"})
    assert r.status_code == 303


def test_at_most_three_links_an_hour_with_the_same_answer(new_user):
    uid, email = new_user
    for _ in range(5):
        request_reset(email)
    assert len(mails_to(email, timeout=8, count=4)) == 3
    assert scalar("SELECT COUNT(*) FROM password_tokens WHERE user_id = %s", uid) == "3"
