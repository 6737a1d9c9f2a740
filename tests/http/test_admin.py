"""The beheerder's pages: organisations, users, roles, the audit log."""
import re
import subprocess
import time

import pytest

from conftest import (BASE, PASSWORD, VAR, Client, mail_link, mails_to, make_user, org_id,
                      scalar, sql, unique)

SWV = "Samenwerkingsverband Passend Onderwijs Voorbeeldregio"
NEW_ORG = "/beheer/organisaties/nieuw"


def school(name, brin, **extra):
    data = {"type": "school", "name": name, "brin": brin, "vestiging": "00",
            "school_type": "bao", "inside_swv": "1",
            "bestuur_id": str(org_id("Stichting Primair Onderwijs De Linde")),
            "deelverband_id": str(org_id("Deelverband Noord")), "active": "1",
            "postcode": "1234 AB", "city": "Voorbeeldstad"}
    data.update(extra)
    return data


def free_brin():
    for n in range(10, 100):
        for letters in ("XA", "XB", "XC", "XD", "XE", "XF", "XG"):
            brin = f"{n}{letters}"
            if scalar("SELECT COUNT(*) FROM organisations WHERE brin = %s", brin) == "0":
                return brin


def test_the_demo_data_has_the_organisations_the_issue_asks_for():
    counts = dict(sql("SELECT type, COUNT(*) FROM organisations GROUP BY type"))
    assert counts["swv"] == "1" and int(counts["deelverband"]) >= 2
    assert int(counts["bestuur"]) >= 2 and int(counts["extern"]) >= 1
    assert int(scalar("SELECT COUNT(*) FROM organisations WHERE school_type = 'bao'")) >= 2
    assert int(scalar("SELECT COUNT(*) FROM organisations WHERE school_type IN ('so','sbo','vso')")) >= 1
    roles = {r[0] for r in sql("SELECT DISTINCT role FROM role_assignments")}
    assert roles >= {"school", "rvz", "coordinator", "swv", "beslisser", "deskundige",
                     "ontvangend", "leerplicht", "jeugdzorg", "inspectie", "beheerder"}


def test_a_school_is_added_listed_and_audited(admin):
    name, brin = "Basisschool " + unique(), free_brin()
    r = admin.submit(NEW_ORG, school(name, brin))
    assert r.status_code == 303
    oid = org_id(name)
    assert r.headers["Location"] == f"{BASE}/beheer/organisaties/{oid}?m=opgeslagen"
    page = admin.get(f"/beheer/organisaties/{oid}?m=opgeslagen").text
    assert "De wijzigingen zijn opgeslagen" in page and f'value="{brin}"' in page
    listing = admin.get("/beheer/organisaties?type=school&q=" + brin).text
    assert name in listing and "Stichting Primair Onderwijs De Linde" in listing
    rows = sql("SELECT field, new_value FROM audit_log WHERE object_type = 'organisation' "
               "AND object_id = %s AND action = 'create'", oid)
    assert ["brin", brin] in rows and ["name", name] in rows


def test_a_school_without_its_required_fields_comes_back_with_errors_and_values(admin):
    name = "School " + unique()
    r = admin.submit(NEW_ORG, school(name, "", vestiging="", school_type="", bestuur_id=""))
    assert r.status_code == 422
    assert "Er zijn 4 fouten gevonden" in r.text
    for field in ("brin", "vestiging", "school_type", "bestuur_id"):
        assert f'href="#f-{field}"' in r.text
    assert f'value="{name}"' in r.text and 'value="1234 AB"' in r.text
    assert scalar("SELECT COUNT(*) FROM organisations WHERE name = %s", name) == "0"


def test_malformed_values_get_dutch_field_errors(admin):
    name = "School " + unique()
    r = admin.submit(NEW_ORG, school(name, "12ab", vestiging="1", postcode="12345",
                                     email="geen-adres", bestuur_id="abc", school_type="xyz"))
    assert r.status_code == 422
    assert "twee cijfers en twee hoofdletters" in r.text
    assert "Een vestigingsnummer bestaat uit twee cijfers" in r.text
    assert "postcode in zoals 1234 AB" in r.text
    assert "naam@voorbeeld.nl" in r.text
    assert "Kies een van de opties" in r.text
    assert 'value="12ab"' in r.text


def test_a_bestuur_id_of_another_type_is_refused(admin):
    r = admin.submit(NEW_ORG, school("School " + unique(), free_brin(),
                                     bestuur_id=str(org_id("Deelverband Zuid"))))
    assert r.status_code == 422 and "Kies een bestaand schoolbestuur" in r.text


def test_a_duplicate_brin_and_vestiging_is_a_field_error(admin):
    r = admin.submit(NEW_ORG, school("School " + unique(), "12AB"))
    assert r.status_code == 422
    assert "Er is al een school met deze BRIN-code" in r.text


def test_a_school_outside_the_swv_needs_no_bestuur(admin):
    name = "Praktijkschool " + unique()
    r = admin.submit(NEW_ORG, school(name, free_brin(), inside_swv="", bestuur_id="",
                                     deelverband_id="", school_type="pro"))
    assert r.status_code == 303
    assert scalar("SELECT inside_swv FROM organisations WHERE name = %s", name) == "0"


def test_an_external_organisation_needs_its_kind(admin):
    r = admin.submit(NEW_ORG, {"type": "extern", "name": "Wijkteam " + unique(), "active": "1"})
    assert r.status_code == 422 and "Kies de soort organisatie" in r.text
    r = admin.submit(NEW_ORG, {"type": "extern", "name": "Wijkteam " + unique(), "active": "1",
                               "extern_kind": "gemeente"})
    assert r.status_code == 303


def test_a_second_swv_cannot_be_added(admin):
    r = admin.submit(NEW_ORG, {"type": "swv", "name": "Tweede " + unique(), "active": "1"})
    assert r.status_code == 422
    assert scalar("SELECT COUNT(*) FROM organisations WHERE type = 'swv'") == "1"


def edit_form(client, path):
    """What the browser would send for the form as loaded: inputs with their
    values, ticked boxes only, the selected options."""
    page = client.get(path).text
    values = {}
    for tag in re.findall(r"<input[^>]*>", page):
        name, value = re.search(r'name="([a-z_]+)"', tag), re.search(r'value="([^"]*)"', tag)
        if name and value and ('type="checkbox"' not in tag or " checked" in tag):
            values[name.group(1)] = value.group(1)
    for sel, val in re.findall(r'<select[^>]*name="([a-z_]+)".*?<option value="([^"]*)" selected', page, re.S):
        values[sel] = val
    values.pop("csrf", None)
    return values


def test_the_swv_settings_change_the_name_in_the_header_and_are_audited(admin):
    oid = org_id(SWV)
    form = edit_form(admin, f"/beheer/organisaties/{oid}")
    assert form["version"]
    new_name = SWV + " " + unique()
    try:
        r = admin.submit(f"/beheer/organisaties/{oid}", {**form, "name": new_name, "city": "Rijnstad"})
        assert r.status_code == 303
        assert f'<span class="brand__swv">{new_name}</span>' in admin.get("/").text
        assert ["name", SWV, new_name] in sql(
            "SELECT field, old_value, new_value FROM audit_log WHERE object_id = %s "
            "AND object_type = 'organisation' AND action = 'update'", oid)
    finally:
        sql("UPDATE organisations SET name = %s WHERE id = %s", SWV, oid)


def test_a_stale_version_gets_a_conflict_not_a_silent_overwrite(admin, logins):
    name = "Bestuur " + unique()
    admin.submit(NEW_ORG, {"type": "bestuur", "name": name, "active": "1"})
    oid = org_id(name)
    path = f"/beheer/organisaties/{oid}"
    mine, theirs = edit_form(admin, path), edit_form(admin, path)
    assert admin.submit(path, {**theirs, "name": name + " (hunne)"}).status_code == 303
    r = admin.submit(path, {**mine, "name": name + " (mijne)"})
    assert r.status_code == 409
    assert "Iemand anders heeft deze organisatie intussen gewijzigd" in r.text
    assert 'href="#f-name"' in r.text
    assert f'value="{name} (mijne)"' in r.text                 # nothing typed is lost
    assert scalar("SELECT name FROM organisations WHERE id = %s", oid) == name + " (hunne)"


def test_an_unknown_organisation_is_404(admin):
    assert admin.get("/beheer/organisaties/999999999").status_code == 404


def test_the_list_pages_filters_and_keeps_the_filter_in_the_pager(admin):
    for i in range(55):
        sql("INSERT INTO organisations (type, name, version, created_at, updated_at) "
            "VALUES ('bestuur', %s, 1, UTC_TIMESTAMP(), UTC_TIMESTAMP())", f"Paginatest {i:02d}")
    try:
        first = admin.get("/beheer/organisaties?type=bestuur&q=Paginatest").text
        assert "Pagina 1 van 2" in first and first.count("Paginatest ") == 50
        assert 'href="/beheer/organisaties?type=bestuur&amp;q=Paginatest&amp;s=&amp;p=2"' in first
        second = admin.get("/beheer/organisaties?type=bestuur&q=Paginatest&p=2").text
        assert second.count("Paginatest ") == 5
        bad = admin.get("/beheer/organisaties?type=onzin&p=x")
        assert bad.status_code == 200 and "Kies een van de opties" in bad.text
    finally:
        sql("DELETE FROM organisations WHERE name LIKE 'Paginatest %'")


# ---- users ---------------------------------------------------------------

def add_user(admin, name=None, active=True):
    email = unique("nieuw") + "@test.example"
    data = {"name": name or "Nieuwe " + unique(), "email": email.upper()}
    if active:
        data["active"] = "1"
    r = admin.submit("/beheer/gebruikers/nieuw", data)
    assert r.status_code == 303, r.text
    return int(re.search(r"/beheer/gebruikers/(\d+)", r.headers["Location"]).group(1)), email


def test_a_new_user_is_invited_sets_a_password_and_must_enrol_2fa(admin):
    uid, email = add_user(admin)
    assert scalar("SELECT email FROM users WHERE id = %s", uid) == email     # lower-cased
    [msg] = mails_to(email)
    path = mail_link(msg)[len(BASE):]
    c = Client()
    assert "Welkom bij Passend" in c.get(path).text
    assert c.submit(path, {"password": PASSWORD, "password2": PASSWORD}).status_code == 303
    r = c.submit("/inloggen", {"email": email, "password": PASSWORD})
    assert r.headers["Location"] == BASE + "/inloggen/2fa"


def test_a_duplicate_email_is_a_field_error(admin, logins):
    r = admin.submit("/beheer/gebruikers/nieuw", {"name": "Dubbel", "email": logins["swv"][0],
                                                   "active": "1"})
    assert r.status_code == 422 and "Er is al een gebruiker met dit e-mailadres" in r.text


def test_a_role_is_checked_against_the_organisation_type(admin):
    uid, _ = add_user(admin)
    path = f"/beheer/gebruikers/{uid}/rollen"
    r = admin.submit(path, {"role": "rvz", "org_id": str(org_id("Basisschool De Regenboog"))},
                     form_page=f"/beheer/gebruikers/{uid}")
    assert r.status_code == 422
    assert "kan niet aan een organisatie van de soort" in r.text
    r = admin.submit(path, {"role": "onzin", "org_id": "1"}, form_page=f"/beheer/gebruikers/{uid}")
    assert r.status_code == 422
    r = admin.submit(path, {"role": "rvz", "org_id": str(org_id("Stichting Primair Onderwijs De Linde"))},
                     form_page=f"/beheer/gebruikers/{uid}")
    assert r.status_code == 303
    r = admin.submit(path, {"role": "rvz", "org_id": str(org_id("Stichting Primair Onderwijs De Linde"))},
                     form_page=f"/beheer/gebruikers/{uid}")
    assert r.status_code == 422 and "heeft deze rol bij deze organisatie al" in r.text
    assert ["role_added", "rvz @ Stichting Primair Onderwijs De Linde"] in sql(
        "SELECT action, new_value FROM audit_log WHERE object_type = 'user' AND object_id = %s", uid)


def test_removing_a_role_ends_the_users_live_sessions(admin):
    uid, email = make_user("swv", SWV)
    user = Client().login(email, PASSWORD)
    assert "Medewerker samenwerkingsverband" in user.get("/").text
    raid = scalar("SELECT id FROM role_assignments WHERE user_id = %s", uid)
    r = admin.submit(f"/beheer/gebruikers/{uid}/rollen/{raid}/verwijderen", {},
                     form_page=f"/beheer/gebruikers/{uid}")
    assert r.status_code == 303
    assert user.get("/").status_code == 303                        # logged out at once
    assert ["role_removed", f"swv @ {SWV}"] in sql(
        "SELECT action, old_value FROM audit_log WHERE object_type = 'user' AND object_id = %s", uid)


def test_deactivating_a_user_ends_their_sessions_and_blocks_login(admin):
    uid, email = make_user("swv", SWV)
    user = Client().login(email, PASSWORD)
    form = edit_form(admin, f"/beheer/gebruikers/{uid}")
    form.pop("active", None)
    r = admin.submit(f"/beheer/gebruikers/{uid}", form)
    assert r.status_code == 303
    assert user.get("/").status_code == 303
    assert Client().submit("/inloggen", {"email": email, "password": PASSWORD}).status_code == 422
    assert ["active", "1", "0"] in sql("SELECT field, old_value, new_value FROM audit_log "
                                       "WHERE object_type = 'user' AND object_id = %s", uid)
    sql("DELETE FROM login_failures")


def test_the_beheerder_cannot_lock_themselves_out(admin):
    me = int(scalar("SELECT id FROM users WHERE email = 'beheerder@passend.example'"))
    form = edit_form(admin, f"/beheer/gebruikers/{me}")
    form.pop("active", None)
    r = admin.submit(f"/beheer/gebruikers/{me}", form)
    assert r.status_code == 422 and "eigen account niet uitzetten" in r.text
    raid = scalar("SELECT id FROM role_assignments WHERE user_id = %s AND role = 'beheerder'", me)
    r = admin.submit(f"/beheer/gebruikers/{me}/rollen/{raid}/verwijderen", {}, form_page="/")
    assert r.status_code == 303
    assert scalar("SELECT COUNT(*) FROM role_assignments WHERE id = %s", int(raid)) == "1"


def test_resetting_2fa_makes_the_user_enrol_again(admin):
    uid, email = make_user("swv", SWV)
    Client().login(email, PASSWORD)
    r = admin.submit(f"/beheer/gebruikers/{uid}/2fa-herstellen", {}, form_page=f"/beheer/gebruikers/{uid}")
    assert r.status_code == 303
    c = Client()
    assert c.submit("/inloggen", {"email": email, "password": PASSWORD}).headers["Location"] \
        == BASE + "/inloggen/2fa"


def test_the_user_list_filters_on_name_and_status(admin):
    name = "Zoekbare " + unique()
    uid, email = add_user(admin, name=name, active=False)
    found = admin.get("/beheer/gebruikers?q=Zoekbare&actief=nee").text
    assert name in found
    assert name not in admin.get("/beheer/gebruikers?q=Zoekbare&actief=ja").text
    assert mails_to(email, timeout=2) == []               # inactive users get no invitation


# ---- the audit log -------------------------------------------------------

def test_the_audit_log_shows_and_filters_changes(admin):
    name = "Auditbestuur " + unique()
    admin.submit(NEW_ORG, {"type": "bestuur", "name": name, "active": "1"})
    page = admin.get("/beheer/auditlog?actie=create&q=beheerder").text
    assert name in page and "Bram Beheer" in page
    assert "<td>Aangemaakt</td>" in page and "<td>Organisatie #" in page and "<td>Naam</td>" in page
    assert name not in admin.get("/beheer/auditlog?actie=login").text
    assert name not in admin.get("/beheer/auditlog?van=2000-01-01&tot=2000-01-02").text
    bad = admin.get("/beheer/auditlog?van=2026-02-31")
    assert bad.status_code == 200 and "Vul een bestaande datum in" in bad.text


def test_the_application_cannot_change_or_delete_the_audit_log():
    password = open(f"{VAR}/dbpass").read().strip()

    def as_app(statement):
        return subprocess.run(["mariadb", "--no-defaults", f"--socket={VAR}/run/mysql.sock",
                               "-upassend", f"-p{password}", "passend", "-e", statement],
                              capture_output=True, text=True)
    assert as_app("SELECT COUNT(*) FROM audit_log").returncode == 0
    for statement in ["UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log",
                      "TRUNCATE audit_log", "DROP TABLE audit_log"]:
        r = as_app(statement)
        assert r.returncode != 0 and "denied" in r.stderr, statement


def test_a_write_that_waits_too_long_for_a_lock_is_rolled_back_and_retried(admin):
    name = "Slot " + unique()
    admin.submit(NEW_ORG, {"type": "bestuur", "name": name, "active": "1"})
    oid = org_id(name)
    form = edit_form(admin, f"/beheer/organisaties/{oid}")
    token = admin.token("/")
    # another transaction holds the row for longer than DB.LockWaitSeconds (1 s in tests)
    holder = subprocess.Popen(
        ["mariadb", "--no-defaults", "--unbuffered", "-N", f"--socket={VAR}/run/mysql.sock", "-uroot",
         "passend", "-e", f"START TRANSACTION; SELECT id FROM organisations WHERE id = {oid} FOR UPDATE;"
         " SELECT 'locked'; DO SLEEP(1.8); COMMIT;"], stdout=subprocess.PIPE, text=True)
    try:
        while holder.stdout.readline().strip() != "locked":    # it holds the row now
            assert holder.poll() is None, "the other transaction ended before it locked"
        r = admin.post(f"/beheer/organisaties/{oid}", {**form, "name": name + " later", "csrf": token})
    finally:
        holder.wait(timeout=10)
    assert r.status_code == 303
    assert scalar("SELECT name FROM organisations WHERE id = %s", oid) == name + " later"
    assert scalar("SELECT version FROM organisations WHERE id = %s", oid) == str(int(form["version"]) + 1)
    # one audit row for the change, not one per attempt
    assert scalar("SELECT COUNT(*) FROM audit_log WHERE object_id = %s AND object_type = 'organisation'"
                  " AND action = 'update' AND field = 'name'", oid) == "1"
    assert "lock timeout, retrying" in open(f"{VAR}/log/admin.log").read()


def test_lists_sort_on_the_server_and_keep_their_filters(admin):
    page = admin.get("/beheer/organisaties?type=school&s=plaats").text
    assert 'aria-sort="ascending"><a class="sort" href="/beheer/organisaties?type=school&amp;q=&amp;s=plaats"' in page
    by_name = admin.get("/beheer/organisaties?type=school&s=naam").text
    names = re.findall(r'<td><a href="/beheer/organisaties/\d+">([^<]+)</a>', by_name)
    assert names == sorted(names, key=str.lower) and len(names) >= 5
    emails = re.findall(r"<td>([^<@]+@[^<]+)</td>", admin.get("/beheer/gebruikers?s=email").text)
    assert emails == sorted(emails) and len(emails) >= 10
    bad = admin.get("/beheer/gebruikers?s=wachtwoord")
    assert bad.status_code == 200 and "Kies een van de opties" in bad.text
