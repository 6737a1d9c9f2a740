"""Two-factor authentication (RFC 6238): enrolment, codes that work once,
and the demo accounts' bypass, which exists in development mode only."""
import base64
import hashlib
import hmac
import os
import re
import time

from conftest import (BASE, ENV, PASSWORD, VAR, Client, fresh_code, make_user, run_cgi,
                      scalar, sql, totp)


def test_a_user_without_2fa_must_set_it_up_before_anything_else(client, new_user):
    uid, email = new_user
    r = client.submit("/inloggen", {"email": email, "password": PASSWORD})
    assert r.headers["Location"] == BASE + "/inloggen/2fa"
    # nothing of the application is reachable yet
    assert client.get("/").headers["Location"] == BASE + "/inloggen/2fa"
    page = client.get("/inloggen/2fa").text
    assert "<svg" in page and 'aria-label="QR-code' in page
    secret = re.search(r'class="secret"><code>([A-Z2-7]{32})<', page).group(1)
    # the same secret until it is confirmed
    assert secret in client.get("/inloggen/2fa").text
    r = client.submit("/inloggen/2fa", {"code": "000000" if totp(secret) != "000000" else "111111"})
    assert r.status_code == 422 and "Deze code klopt niet" in r.text
    r = client.submit("/inloggen/2fa", {"code": totp(secret)})
    assert r.status_code == 303 and r.headers["Location"] == BASE + "/"
    assert client.get("/").status_code == 200
    assert scalar("SELECT totp_enabled FROM users WHERE id = %s", uid) == "1"
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'totp_enrolled' AND object_id = %s",
                  uid) == "1"


def test_after_enrolment_the_login_asks_for_a_code_and_a_code_works_once(new_user):
    uid, email = new_user
    first = Client().login(email, PASSWORD)
    secret = first.totp_secret
    c = Client()
    r = c.submit("/inloggen", {"email": email, "password": PASSWORD})
    assert r.headers["Location"] == BASE + "/inloggen/code"
    assert c.get("/").headers["Location"] == BASE + "/inloggen/code"
    assert "Code invoeren" in c.get("/inloggen/code").text
    code = fresh_code(secret)
    assert c.submit("/inloggen/code", {"code": code}).status_code == 303
    # the same code again, in another login: refused
    d = Client()
    d.submit("/inloggen", {"email": email, "password": PASSWORD})
    r = d.submit("/inloggen/code", {"code": code})
    assert r.status_code == 422 and "al gebruikt" in r.text
    sql("DELETE FROM login_failures")


def test_the_session_token_changes_after_the_code(new_user):
    uid, email = new_user
    secret = Client().login(email, PASSWORD).totp_secret
    c = Client()
    c.submit("/inloggen", {"email": email, "password": PASSWORD})
    before = c.cookies["passend_sid"]
    c.submit("/inloggen/code", {"code": fresh_code(secret)})
    assert c.cookies["passend_sid"] != before


def test_wrong_codes_are_throttled(new_user):
    uid, email = new_user
    secret = Client().login(email, PASSWORD).totp_secret
    c = Client()
    c.submit("/inloggen", {"email": email, "password": PASSWORD})
    wrong = "%06d" % ((int(totp(secret)) + 500000) % 1000000)
    for _ in range(5):
        assert c.submit("/inloggen/code", {"code": wrong}).status_code == 422
    r = c.submit("/inloggen/code", {"code": fresh_code(secret)})
    assert r.status_code == 429
    sql("DELETE FROM login_failures")


def test_malformed_codes_get_a_field_error(new_user):
    uid, email = new_user
    c = Client()
    c.submit("/inloggen", {"email": email, "password": PASSWORD})
    for code in ["12345", "1234567", "abcdef", "12 345"]:
        r = c.submit("/inloggen/2fa", {"code": code})
        assert r.status_code == 422
        assert "zescijferige code" in r.text


def test_the_code_page_without_a_password_step_sends_you_to_log_in(client):
    r = client.get("/inloggen/code")
    assert r.status_code == 303 and r.headers["Location"].endswith("/inloggen")


def csrf_for(pre):
    key = bytes.fromhex(open(os.path.join(VAR, "secret")).read().strip())
    mac = hmac.new(key, b"csrf:" + pre.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def test_outside_dev_mode_demo_accounts_need_2fa_and_cookies_are_host_only(tmp_path, logins):
    conf = tmp_path / "prod.hdf"
    conf.write_text(open(ENV["PASSEND_CONFIG"]).read().replace("Site.Dev = 1", "Site.Dev = 0"))
    pre = "p" * 22
    email, password = logins["beheerder"]
    body = f"csrf={csrf_for(pre)}&email={email}&password={password}".encode()
    status, headers, _, _ = run_cgi(
        "auth.fcgi", "POST", "/inloggen", body, config=str(conf),
        env={"CONTENT_TYPE": "application/x-www-form-urlencoded",
             "HTTP_COOKIE": f"__Host-passend_pre={pre}"})
    assert status == 303
    assert headers["location"][0].endswith("/inloggen/2fa")        # no bypass
    cookie = [c for c in headers["set-cookie"] if c.startswith("__Host-passend_sid=")][0]
    assert "; Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
