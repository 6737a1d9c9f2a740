"""What every response carries, and the answers to requests that go nowhere."""
import re

import requests

from conftest import BASE, Client, without_csrf


def test_healthz_answers_ok_when_the_database_answers():
    r = requests.get(BASE + "/healthz")
    assert r.status_code == 200
    assert r.text == "ok\n"


def assert_security_headers(r):
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"] == "same-origin"
    assert "charset=utf-8" in r.headers["Content-Type"]
    assert r.headers.get("Server", "nginx") == "nginx"       # no version banner
    assert "X-Powered-By" not in r.headers


def test_every_page_carries_the_security_headers(admin):
    for path in ["/inloggen", "/healthz", "/bestaat-niet", "/wachtwoord-vergeten"]:
        assert_security_headers(requests.get(BASE + path, allow_redirects=False))
    r = admin.get("/")
    assert r.status_code == 200
    assert_security_headers(r)
    assert r.headers["Cache-Control"] == "no-store"


def test_the_stylesheet_is_served_with_nosniff():
    r = requests.get(BASE + "/static/passend.css")
    assert r.status_code == 200
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert "text/css" in r.headers["Content-Type"]


def test_an_unknown_route_gets_a_dutch_404_page_with_a_reference():
    r = requests.get(BASE + "/%2e%2e/etc/passwd")
    assert r.status_code == 400 and "Ongeldig verzoek" in r.text     # nginx refuses it first
    for path in ["/bestaat-niet", "/beheer/onbekend", "/inloggen/", "/inloggen.php",
                 "/beheer/gebruikers/abc", "/beheer/gebruikers/0"]:
        r = requests.get(BASE + path, allow_redirects=False)
        if path.startswith("/beheer"):
            # the admin program answers an anonymous visitor by sending them to log in
            assert r.status_code in (303, 404), path
            continue
        assert r.status_code == 404, path
        assert "Pagina niet gevonden" in r.text
        assert re.search(r"referentie <code>[0-9a-f]{16}</code>", r.text)


def test_a_method_the_route_does_not_take_gets_405():
    r = requests.put(BASE + "/inloggen", data="x")
    assert r.status_code == 405
    r = requests.post(BASE + "/healthz", data={"csrf": "x"})
    assert r.status_code in (403, 405)


def test_head_is_answered_like_get():
    r = requests.head(BASE + "/inloggen")
    assert r.status_code == 200


def test_debug_parameters_do_nothing(admin):
    r = admin.get("/?debug=1&xdisplay=127.0.0.1:0&Config.DebugEnabled=1")
    assert r.status_code in (200, 400)
    assert "Config." not in r.text and "Query." not in r.text and "HTTP.Cookie" not in r.text
    r = requests.get(BASE + "/inloggen?debug=1")
    assert r.status_code == 200
    assert "<html" in r.text and "hdf" not in without_csrf(r.text).lower()


def test_pages_are_dutch_and_accessible_in_structure():
    r = requests.get(BASE + "/inloggen")
    html = r.text
    assert '<html lang="nl">' in html
    assert 'href="#inhoud"' in html and 'id="inhoud"' in html       # skip link
    for field in ("email", "password"):
        assert f'<label class="field__label" for="f-{field}">' in html
        assert f'id="f-{field}"' in html
    assert "<script" not in html                                      # works without JavaScript


def test_redirects_use_the_configured_base_url_never_the_host_header():
    for path, where in [("/", "/inloggen"), ("/beheer", "/inloggen")]:
        r = requests.get(BASE + path, headers={"Host": "evil.example",
                                                "X-Forwarded-Host": "evil.example"},
                         allow_redirects=False)
        assert r.status_code == 303
        assert r.headers["Location"] == BASE + where


def test_pages_carry_no_timing_footer_and_keep_their_whitespace():
    html = requests.get(BASE + "/inloggen").text
    assert not re.search(r"<!--\s*[\d.]+:\d", html)        # ClearSilver's Config.TimeFooter
    assert html.rstrip().endswith("</html>")
    assert "\n<body>\n" in html                             # Config.WhiteSpaceStrip is off
