"""Logging in and out, sessions and their cookies, throttling."""
import re
import time

import requests

from conftest import BASE, PASSWORD, Client, make_user, scalar, sql, unique


def test_demo_account_logs_in_sees_its_roles_and_logs_out(client, logins):
    email, password = logins["school"]
    r = client.submit("/inloggen", {"email": email, "password": password})
    assert r.status_code == 303 and r.headers["Location"] == BASE + "/"
    start = client.get("/")
    assert start.status_code == 200
    assert "Welkom" in start.text
    assert "Schoolmedewerker" in start.text and "Basisschool De Regenboog" in start.text
    assert "/beheer" not in start.text           # a school user sees no admin links
    r = client.submit("/uitloggen", {}, form_page="/")
    assert r.status_code == 303 and r.headers["Location"].endswith("/inloggen?m=uitgelogd")
    assert "U bent uitgelogd" in client.get("/inloggen?m=uitgelogd").text
    assert client.get("/").status_code == 303    # the old session is gone


def test_logout_ends_the_session_in_the_database(client, logins):
    client.login(*logins["swv"])
    sid = client.cookies["passend_sid"]
    client.submit("/uitloggen", {}, form_page="/")
    stale = requests.get(BASE + "/", cookies={"passend_sid": sid}, allow_redirects=False)
    assert stale.status_code == 303 and stale.headers["Location"].endswith("/inloggen")


def test_wrong_password_gives_a_dutch_error_keeps_the_email_and_never_echoes_the_password(client, logins):
    email, _ = logins["swv"]
    r = client.submit("/inloggen", {"email": email, "password": "wrong password 123"})
    assert r.status_code == 422
    assert "Deze combinatie van e-mailadres en wachtwoord kennen wij niet" in r.text
    assert 'class="error-summary"' in r.text and 'href="#f-email"' in r.text
    assert f'value="{email}"' in r.text
    assert "wrong password 123" not in r.text
    assert "passend_sid" not in client.cookies
    sql("DELETE FROM login_failures")


def test_unknown_account_gets_the_same_answer_as_a_wrong_password(client):
    r = client.submit("/inloggen", {"email": unique() + "@nergens.example", "password": "x" * 12})
    assert r.status_code == 422
    assert "Deze combinatie van e-mailadres en wachtwoord kennen wij niet" in r.text
    sql("DELETE FROM login_failures")


def test_empty_fields_are_listed_in_the_error_summary(client):
    r = client.submit("/inloggen", {"email": "", "password": ""})
    assert r.status_code == 422
    assert "Er zijn 2 fouten gevonden" in r.text
    assert r.text.count('class="field__error"') == 2


def test_session_cookie_attributes_in_dev_mode(client, logins):
    client.token()
    r = client.post("/inloggen", {"csrf": client.token(), "email": logins["swv"][0],
                                  "password": logins["swv"][1]})
    cookie = [c for c in r.raw.headers.getlist("Set-Cookie") if c.startswith("passend_sid=")][0]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/" in cookie
    token = cookie.split(";")[0].split("=", 1)[1]
    assert len(token) >= 43                        # 256 random bits, base64url
    # only the hash is stored
    assert scalar("SELECT COUNT(*) FROM sessions WHERE token_hash = UNHEX(SHA2(%s, 256))", token) == "1"
    assert scalar("SELECT COUNT(*) FROM sessions WHERE HEX(token_hash) = HEX(%s)", token) == "0"


def test_login_replaces_a_session_cookie_the_browser_already_had(logins):
    c = Client()
    c.cookies.set("passend_sid", "A" * 43, domain="127.0.0.1", path="/")   # planted
    c.login(*logins["swv"])
    assert c.cookies["passend_sid"] != "A" * 43


def test_a_forged_or_expired_session_is_not_logged_in(logins):
    r = requests.get(BASE + "/", cookies={"passend_sid": "forged" * 8}, allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"].endswith("/inloggen")
    c = Client().login(*logins["swv"])
    sid = scalar("SELECT id FROM sessions ORDER BY id DESC LIMIT 1")
    sql("UPDATE sessions SET last_seen_at = UTC_TIMESTAMP() - INTERVAL 31 MINUTE WHERE id = %s", int(sid))
    assert c.get("/").status_code == 303                 # idle timeout
    assert scalar("SELECT COUNT(*) FROM sessions WHERE id = %s", int(sid)) == "0"
    c = Client().login(*logins["swv"])
    sid = scalar("SELECT id FROM sessions ORDER BY id DESC LIMIT 1")
    sql("UPDATE sessions SET created_at = UTC_TIMESTAMP() - INTERVAL 11 HOUR WHERE id = %s", int(sid))
    assert c.get("/").status_code == 303                 # absolute timeout


def test_two_session_cookies_count_as_none(logins):
    c = Client().login(*logins["swv"])
    sid = c.cookies["passend_sid"]
    r = requests.get(BASE + "/", headers={"Cookie": f"passend_sid={sid}; passend_sid={sid}"},
                     allow_redirects=False)
    assert r.status_code == 303
    assert c.get("/").status_code == 200                  # the real session is untouched


def test_a_logged_in_user_visiting_the_login_page_goes_to_the_start_page(logins):
    c = Client().login(*logins["swv"])
    r = c.get("/inloggen")
    assert r.status_code == 303 and r.headers["Location"] == BASE + "/"


def test_account_throttling_blocks_even_the_right_password(client):
    uid, email = make_user("swv", "Samenwerkingsverband Passend Onderwijs Voorbeeldregio", demo=True)
    for _ in range(5):
        assert client.submit("/inloggen", {"email": email, "password": "not the password"}).status_code == 422
    r = client.submit("/inloggen", {"email": email, "password": PASSWORD})
    assert r.status_code == 429
    assert "Te veel mislukte pogingen" in r.text
    assert "passend_sid" not in client.cookies
    # after the window the account works again
    sql("UPDATE login_failures SET created_at = created_at - INTERVAL 16 MINUTE")
    assert client.submit("/inloggen", {"email": email, "password": PASSWORD}).status_code == 303
    sql("DELETE FROM login_failures")


def test_address_throttling_blocks_all_accounts_from_that_address(client, logins):
    sql("INSERT INTO login_failures (email_hash, ip, created_at, updated_at) "
        "SELECT UNHEX(SHA2(CONCAT('x', seq), 256)), '127.0.0.1', UTC_TIMESTAMP(), UTC_TIMESTAMP() "
        "FROM seq_1_to_30")
    try:
        r = client.submit("/inloggen", {"email": logins["swv"][0], "password": logins["swv"][1]})
        assert r.status_code == 429
    finally:
        sql("DELETE FROM login_failures")
    assert client.submit("/inloggen", {"email": logins["swv"][0],
                                       "password": logins["swv"][1]}).status_code == 303


def test_the_login_is_recorded_in_the_audit_log(logins):
    before = int(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'login'"))
    Client().login(*logins["rvz"])
    assert int(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'login'")) == before + 1
