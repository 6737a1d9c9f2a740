"""Bad input: each gets a clear answer and changes nothing."""
import requests

from conftest import BASE, Client, org_id, run_cgi, scalar, sql, unique

SWV = "Samenwerkingsverband Passend Onderwijs Voorbeeldregio"


def org_count():
    return int(scalar("SELECT COUNT(*) FROM organisations"))


def new_org(name):
    return {"type": "bestuur", "name": name, "active": "1"}


def test_a_post_without_a_csrf_token_is_refused_and_changes_nothing(admin):
    before = org_count()
    r = admin.post("/beheer/organisaties/nieuw", new_org(unique()))
    assert r.status_code == 403 and "Geen toegang" in r.text
    r = admin.post("/beheer/organisaties/nieuw", {**new_org(unique()), "csrf": "forged"})
    assert r.status_code == 403
    assert org_count() == before


def test_a_token_of_another_session_is_refused(admin, logins):
    other = Client().login(*logins["swv"])
    before = org_count()
    r = admin.post("/beheer/organisaties/nieuw", {**new_org(unique()), "csrf": other.token("/")})
    assert r.status_code == 403
    assert org_count() == before


def test_logout_and_login_need_a_token_too(admin, logins):
    assert admin.post("/uitloggen", {}).status_code == 403
    assert admin.get("/").status_code == 200                 # still logged in
    c = Client()
    r = c.post("/inloggen", {"email": logins["swv"][0], "password": logins["swv"][1]})
    assert r.status_code == 403


def test_cross_site_requests_are_refused_even_with_a_token(admin):
    before = org_count()
    data = {**new_org(unique()), "csrf": admin.token("/")}
    r = admin.post("/beheer/organisaties/nieuw", data, headers={"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403
    r = admin.post("/beheer/organisaties/nieuw", data, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403
    assert org_count() == before
    # the same request from our own origin works
    r = admin.post("/beheer/organisaties/nieuw", data,
                   headers={"Origin": BASE, "Sec-Fetch-Site": "same-origin"})
    assert r.status_code == 303


def test_get_never_changes_data(admin):
    before = org_count()
    r = admin.get("/beheer/organisaties/nieuw?type=bestuur&name=" + unique())
    assert r.status_code == 200
    assert org_count() == before


def test_a_body_over_the_limit_is_refused_by_nginx_before_the_program(admin):
    before = org_count()
    big = {"csrf": admin.token("/"), "type": "bestuur", "name": "x" * (2 * 1024 * 1024)}
    r = admin.post("/beheer/organisaties/nieuw", big)
    assert r.status_code == 413 and "te groot" in r.text.lower()
    assert org_count() == before


def test_the_program_refuses_an_unbounded_content_length_itself():
    status, _, body, rc = run_cgi("auth.fcgi", "POST", "/inloggen",
                                  env={"CONTENT_LENGTH": "99999999999",
                                       "CONTENT_TYPE": "application/x-www-form-urlencoded"})
    assert rc == 0 and status == 413 and "te groot" in body
    status, _, _, rc = run_cgi("auth.fcgi", "POST", "/inloggen",
                               env={"CONTENT_LENGTH": "-1",
                                    "CONTENT_TYPE": "application/x-www-form-urlencoded"})
    assert rc == 0 and status == 413


def test_invalid_utf8_is_a_request_error(admin):
    before = org_count()
    token = admin.token("/")
    body = b"csrf=" + token.encode() + b"&type=bestuur&active=1&name=%C3%28abc"
    r = admin.post("/beheer/organisaties/nieuw", body,
                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 400 and "Ongeldig verzoek" in r.text
    assert org_count() == before


def test_duplicated_and_dotted_parameters_are_request_errors(admin):
    before = org_count()
    token = admin.token("/")
    for body in [f"csrf={token}&type=bestuur&name=a&name=b",
                 f"csrf={token}&type=bestuur&name.x=a&name=b",
                 f"csrf={token}&csrf={token}&type=bestuur&name=c"]:
        r = admin.post("/beheer/organisaties/nieuw", body,
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert r.status_code == 400, body
    assert org_count() == before
    assert requests.get(BASE + "/inloggen?m=a&m=b").status_code == 400


def test_a_query_string_cannot_override_posted_fields(admin):
    before = org_count()
    data = {**new_org("Echte naam " + unique()), "csrf": admin.token("/")}
    r = admin.post("/beheer/organisaties/nieuw?name=Overschreven", data)
    assert r.status_code == 400
    assert org_count() == before


def test_metacharacters_are_stored_as_typed_and_shown_escaped(admin):
    name = "<script>alert(1)</script>' OR 1=1; -- \" & Zoë 😀 " + unique()
    r = admin.submit("/beheer/organisaties/nieuw", new_org(name), form_page="/beheer/organisaties/nieuw")
    assert r.status_code == 303
    oid = org_id(name)
    assert scalar("SELECT name FROM organisations WHERE id = %s", oid) == name
    page = admin.get(f"/beheer/organisaties/{oid}").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&#39; OR 1=1; -- &quot; &amp; Zoë 😀" in page
    listing = admin.get("/beheer/organisaties?q=" + requests.utils.quote(name)).text
    assert "&lt;script&gt;" in listing and "<script>alert" not in listing


def test_control_characters_and_overlong_values_get_field_errors(admin):
    before = org_count()
    r = admin.submit("/beheer/organisaties/nieuw", new_org("naam\x01met\x07controle"),
                     form_page="/beheer/organisaties/nieuw")
    assert r.status_code == 422 and "tekens die niet zijn toegestaan" in r.text
    r = admin.submit("/beheer/organisaties/nieuw", new_org("x" * 201),
                     form_page="/beheer/organisaties/nieuw")
    assert r.status_code == 422 and "hoogstens 200 tekens" in r.text
    assert 'value="' + "x" * 201 + '"' in r.text            # what was typed comes back
    assert org_count() == before


def test_clearsilver_filehandle_parameter_does_not_kill_a_worker(admin):
    pids_before = scalar("SELECT 1")  # the database is up
    for path in ["/inloggen?file.FileHandle=1", "/?upload.FileHandle=1&upload.FileName=/etc/passwd"]:
        r = requests.get(BASE + path, allow_redirects=False)
        assert r.status_code == 400
    token = admin.token("/")
    files = {"name.FileHandle": (None, "1"), "csrf": (None, token), "type": (None, "bestuur"),
             "name": (None, "x")}
    r = admin.post("/beheer/organisaties/nieuw", files=files)
    assert r.status_code in (400, 422)
    # every worker still answers
    for _ in range(12):
        assert requests.get(BASE + "/healthz").status_code == 200
    assert pids_before == "1"


def test_clearsilver_filehandle_parameter_as_plain_cgi():
    status, _, body, rc = run_cgi("auth.fcgi", "GET", "/inloggen?file.FileHandle=1")
    assert rc == 0 and status == 400 and "Ongeldig verzoek" in body


def test_multipart_with_repeated_headers_is_answered(admin):
    token = admin.token("/")
    boundary = "xyz"
    part = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"a\"\r\n"
            f"Content-Disposition: form-data; name=\"b\"\r\n\r\nv\r\n")
    body = (part * 50 + f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
            f"{token}\r\n--{boundary}--\r\n").encode()
    r = admin.post("/beheer/organisaties/nieuw", body,
                   headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert r.status_code in (400, 422)
    assert requests.get(BASE + "/healthz").status_code == 200
