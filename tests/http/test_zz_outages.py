"""Parts of the stack going away and coming back. Runs last (file name):
it stops and starts MariaDB and the SMTP sink of the test stack."""
import time

import pytest
import requests

from conftest import BASE, Client, control, mails_to, scalar, sql, unique

pytestmark = pytest.mark.slow


def test_database_down_gives_a_clean_503_and_the_stack_recovers(logins):
    c = Client().login(*logins["swv"])
    admin = Client().login(*logins["beheerder"])
    control("db-stop")
    try:
        for _ in range(6):                         # every worker, not just one
            r = requests.get(BASE + "/healthz")
            assert r.status_code == 503
        page = requests.get(BASE + "/inloggen")
        assert page.status_code == 503
        assert "Tijdelijk niet beschikbaar" in page.text and "referentie" in page.text
        assert c.get("/").status_code == 503
    finally:
        control("db-start")
    deadline = time.time() + 20
    while requests.get(BASE + "/healthz").status_code != 200 and time.time() < deadline:
        time.sleep(0.2)
    # every worker answers its first request on a new connection
    for _ in range(10):
        assert c.get("/").status_code == 200          # the session survived in the database
        assert admin.get("/beheer/gebruikers").status_code == 200


def test_mail_is_retried_when_the_smtp_server_is_away_and_dead_lettered_at_the_end(admin):
    control("smtp-stop")
    address = unique("retry") + "@test.example"
    dead = unique("dead") + "@test.example"
    try:
        r = admin.submit("/beheer/gebruikers/nieuw", {"name": "Herhaal", "email": address, "active": "1"})
        assert r.status_code == 303
        sql("INSERT INTO outbox (to_addr, subject, body, state, attempts, next_attempt_at, created_at, "
            "updated_at) VALUES (%s, 'Test', '<p>x</p>', 'queued', 7, UTC_TIMESTAMP(), UTC_TIMESTAMP(), "
            "UTC_TIMESTAMP())", dead)
        deadline = time.time() + 15
        while time.time() < deadline and (
                scalar("SELECT attempts FROM outbox WHERE to_addr = %s", address) == "0" or
                scalar("SELECT state FROM outbox WHERE to_addr = %s", dead) != "dead"):
            time.sleep(0.2)
        state, attempts, error = sql("SELECT state, attempts, last_error FROM outbox WHERE to_addr = %s",
                                     address)[0]
        assert state == "queued" and attempts == "1" and error
        assert scalar("SELECT state FROM outbox WHERE to_addr = %s", dead) == "dead"
    finally:
        control("smtp-start")
    sql("UPDATE outbox SET next_attempt_at = UTC_TIMESTAMP() WHERE to_addr = %s", address)
    assert len(mails_to(address, timeout=15)) == 1
    assert scalar("SELECT state FROM outbox WHERE to_addr = %s", address) == "sent"
    assert scalar("SELECT state FROM outbox WHERE to_addr = %s", dead) == "dead"


def test_an_address_that_could_inject_headers_is_never_sent():
    evil = unique("evil") + "@test.example\r\nBcc: victim@test.example"
    sql("INSERT INTO outbox (to_addr, subject, body, state, attempts, next_attempt_at, created_at, "
        "updated_at) VALUES (%s, 'Test', '<p>x</p>', 'queued', 0, UTC_TIMESTAMP(), UTC_TIMESTAMP(), "
        "UTC_TIMESTAMP())", evil)
    deadline = time.time() + 10
    while scalar("SELECT state FROM outbox WHERE to_addr = %s", evil) == "queued" and time.time() < deadline:
        time.sleep(0.2)
    assert scalar("SELECT state FROM outbox WHERE to_addr = %s", evil) == "dead"
    assert mails_to("victim@test.example", timeout=2) == []
