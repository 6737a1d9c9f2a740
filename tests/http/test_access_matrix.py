"""Role × route: for every admin route, which roles may and which may not.
Deny by default: only the beheerder gets in; everyone else gets 403 with no
content of the page, and the refusal is in the audit log."""
import pytest
import requests

from conftest import BASE, Client, demo_logins, org_id, scalar

ROLES = ["school", "rvz", "coordinator", "swv", "beslisser", "deskundige", "ontvangend",
         "leerplicht", "jeugdzorg", "inspectie", "beheerder"]


def ids():
    user = scalar("SELECT id FROM users WHERE email = 'ib.kompas@passend.example'")
    role = scalar("SELECT id FROM role_assignments WHERE user_id = %s", int(user))
    return {"org": org_id("CBS Het Kompas"), "user": user, "role": role}


def routes():
    i = ids()
    return [
        ("GET", "/beheer"),
        ("GET", "/beheer/organisaties"),
        ("GET", "/beheer/organisaties/nieuw"),
        ("POST", "/beheer/organisaties/nieuw"),
        ("GET", f"/beheer/organisaties/{i['org']}"),
        ("POST", f"/beheer/organisaties/{i['org']}"),
        ("GET", "/beheer/gebruikers"),
        ("GET", "/beheer/gebruikers/nieuw"),
        ("POST", "/beheer/gebruikers/nieuw"),
        ("GET", f"/beheer/gebruikers/{i['user']}"),
        ("POST", f"/beheer/gebruikers/{i['user']}"),
        ("POST", f"/beheer/gebruikers/{i['user']}/rollen"),
        ("POST", f"/beheer/gebruikers/{i['user']}/rollen/{i['role']}/verwijderen"),
        ("POST", f"/beheer/gebruikers/{i['user']}/uitnodigen"),
        ("POST", f"/beheer/gebruikers/{i['user']}/2fa-herstellen"),
        ("GET", "/beheer/auditlog"),
    ]


@pytest.fixture(scope="module")
def sessions():
    logins = demo_logins()
    return {role: Client().login(*logins[role]) for role in ROLES}


@pytest.mark.parametrize("role", [r for r in ROLES if r != "beheerder"])
def test_only_the_beheerder_reaches_the_admin_pages(sessions, role):
    c = sessions[role]
    token = c.token("/")
    before = scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'access_denied'")
    state = scalar("SELECT CONCAT(COUNT(*), MAX(updated_at)) FROM role_assignments")
    for method, path in routes():
        if method == "GET":
            r = c.get(path)
        else:
            r = c.post(path, {"csrf": token, "name": "x", "email": "x@x.nl", "role": "swv",
                              "org_id": "1", "type": "bestuur", "version": "1"})
        assert r.status_code == 403, (role, method, path)
        assert "Geen toegang" in r.text
        assert 'name="csrf"' not in r.text.split("<main", 1)[1]    # no page content
    denied = int(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'access_denied'")) - int(before)
    assert denied == len(routes())
    assert scalar("SELECT CONCAT(COUNT(*), MAX(updated_at)) FROM role_assignments") == state
    assert "/beheer" not in c.get("/").text                 # and no links to them


def test_the_beheerder_reaches_every_admin_page(sessions):
    c = sessions["beheerder"]
    for method, path in routes():
        if method == "GET":
            assert c.get(path).status_code == 200, path


def test_anonymous_visitors_are_sent_to_the_login_page_and_cannot_post():
    for method, path in routes():
        if method == "GET":
            r = requests.get(BASE + path, allow_redirects=False)
            assert r.status_code == 303 and r.headers["Location"] == BASE + "/inloggen", path
        else:
            c = Client()
            r = c.post(path, {"csrf": c.token()})
            assert r.status_code == 403, path


@pytest.mark.parametrize("role", ROLES)
def test_every_role_sees_a_start_page_with_its_own_roles(sessions, role):
    page = sessions[role].get("/")
    assert page.status_code == 200
    assert "Uw rollen" in page.text
