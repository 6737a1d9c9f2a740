#!/usr/bin/python3
"""./dev bench: wrk against the real stack (nginx, FastCGI, MariaDB), beside
a hello-world FastCGI program on the same nginx, in one run. One line per
measurement: bench <name> rps=<n> p50_ms=<n> p99_ms=<n>, or seconds=<n>
for a single long request; a goal the issue sets is printed beside it.

The dossier measures run over the demo data plus BENCH_DOSSIERS (100,000)
dossiers from passend-benchgen."""
import io
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "http"))
from conftest import BASE, BUILD, ENV, Client, demo_logins, scalar, sql  # noqa: E402

DURATION = os.environ.get("BENCH_SECONDS", "10")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "32")


def ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


# Each request a different dossier, so that the page is not one cached row.
RANDOM_DOSSIER = """
local lo, hi = %d, %d
request = function()
  return wrk.format(nil, "/dossiers/" .. math.random(lo, hi))
end
"""


def wrk(path, cookie=None, script=None, connections=None):
    cmd = ["wrk", "-t2", f"-c{connections or CONNECTIONS}", f"-d{DURATION}s", "--latency"]
    if cookie:
        cmd += ["-H", f"Cookie: {cookie}"]
    if script:
        cmd += ["-s", script]
    subprocess.run(cmd[:4] + ["-d2s"] + cmd[5:] + [BASE + path], capture_output=True)  # warm up
    out = subprocess.run(cmd + [BASE + path], capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        sys.exit(f"bench: {path} answered errors:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = ms(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = ms(re.search(r"\s99%\s+(\S+)", out).group(1))
    return rps, p50, p99


def cookie_of(role):
    client = Client().login(*demo_logins()[role])
    assert client.get("/").status_code == 200
    return client, f"passend_sid={client.cookies['passend_sid']}"


def report(name, path, cookie=None, script=None, goal_p99=None, connections=None):
    rps, p50, p99 = wrk(path, cookie, script, connections)
    goal = "" if goal_p99 is None else \
        f" goal_p99_ms<{goal_p99}:{'met' if p99 < goal_p99 else 'MISSED'}"
    print(f"bench {name} rps={rps:.0f} p50_ms={p50:.2f} p99_ms={p99:.2f}{goal}", flush=True)
    return rps


def timed(cmd):
    start = time.monotonic()
    subprocess.run(cmd, env=ENV, check=True, capture_output=True)
    return time.monotonic() - start


def settle():
    """Measure the steady state, not InnoDB's background work after the
    generator: wait until what it left behind is purged and on disk."""
    sql("SET GLOBAL innodb_max_purge_lag_wait = 0")
    sql("SET GLOBAL innodb_max_dirty_pages_pct = 0")
    for _ in range(120):
        if int(scalar("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                      " WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'")) < 10:
            break
        time.sleep(0.5)
    sql("SET GLOBAL innodb_max_dirty_pages_pct = DEFAULT")


def dossiers(results):
    n = os.environ.get("BENCH_DOSSIERS", "100000")
    seconds = timed([os.path.join(BUILD, "passend-benchgen"), n])
    print(f"bench benchgen dossiers={n} seconds={seconds:.1f}", flush=True)
    seconds = timed([os.path.join(BUILD, "passend-cron"), "signals"])
    print(f"bench cron_signals seconds={seconds:.2f} open="
          f"{scalar('SELECT COUNT(*) FROM signals WHERE cleared_at IS NULL')}", flush=True)
    settle()
    tlv = scalar("SELECT id FROM trajectory_types WHERE tkey = 'tlv'")
    staff, staff_cookie = cookie_of("swv")
    # What SWV staff do all day: one type's requests in one state, by name.
    results["dossier_list"] = report(
        "dossier_list", f"/dossiers?soort={tlv}&status=in_behandeling&s=leerling",
        staff_cookie, goal_p99=50)
    report("dossier_list_all", "/dossiers", staff_cookie)
    report("dossier_list_school", "/dossiers?s=leerling", cookie_of("school")[1])
    report("dossier_list_expert", "/dossiers", cookie_of("deskundige")[1])
    report("signals", "/signaleringen", staff_cookie)
    # The TLV overview: the open requests, longest waiting first.
    results["tlv_overview"] = report("tlv_overview", "/dossiers/tlv", staff_cookie, goal_p99=50)
    report("tlv_overview_school", "/dossiers/tlv?status=alle", cookie_of("school")[1])
    lo, hi = (int(x) for x in scalar(
        "SELECT CONCAT(MIN(id), ' ', MAX(id)) FROM dossiers").split())
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(RANDOM_DOSSIER % (lo, hi))
        script.flush()
        results["dossier_page"] = report("dossier_page", "/dossiers", staff_cookie,
                                         script.name, goal_p99=50)
    start = time.monotonic()
    r = staff.get(f"/dossiers/export.xlsx?soort={tlv}")
    seconds = time.monotonic() - start
    assert r.status_code == 200, r.status_code
    sheet = zipfile.ZipFile(io.BytesIO(r.content)).read("xl/worksheets/sheet1.xml")
    rows = int(re.search(rb'<dimension ref="A1:[A-Z]+(\d+)"', sheet).group(1)) - 1
    print(f"bench xlsx_export seconds={seconds:.2f} rows={rows} goal_seconds<2:"
          f"{'met' if seconds < 2 else 'MISSED'}", flush=True)


# The contact form as a browser sends it, with a ticket of the form's page.
CONTACT_POST = """
wrk.method = "POST"
wrk.body = "csrf=%s&wie=ouder&naam=Bench&email=bench%%40bench.example&onderwerp=Bench&vraag=Een+vraag.&toestemming=1"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
"""


def contact(results):
    """The public form at 64 connections, beside hello at 64 in the same run;
    the posts are accepted ones (./dev bench lifts the rate limit)."""
    hello = report("hello_c64", "/hello", connections=64)
    form = report("contact_form", "/contact", connections=64)
    ratio = form / hello
    print(f"bench contact_form_vs_hello_c64 ratio={ratio:.2f} goal_ratio>=0.40:"
          f"{'met' if ratio >= 0.40 else 'MISSED'}", flush=True)
    page = Client().get("/contact").text
    ticket = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    before = int(scalar("SELECT COUNT(*) FROM contact_messages"))
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(CONTACT_POST % ticket)
        script.flush()
        results["contact_post"] = report("contact_post", "/contact", script=script.name,
                                         connections=64)
    assert int(scalar("SELECT COUNT(*) FROM contact_messages")) > before


def tlv_pdf():
    """Rendering a TLV and its letter, without the database: ms per document."""
    out = subprocess.run([os.path.join(BUILD, "passend-pdfbench"), "300"], check=True,
                         capture_output=True, text=True).stdout
    print(out.strip(), flush=True)


def main():
    tlv_pdf()
    _, cookie = cookie_of("beheerder")
    results = {"hello": report("hello", "/hello")}
    results["login_page"] = report("login_page", "/inloggen")
    results["start_page"] = report("start_page", "/", cookie)
    if os.environ.get("BENCH_DOSSIERS", "100000") != "0":
        dossiers(results)
    # Last: every accepted post queues an e-mail for the mailer.
    contact(results)
    for name in results:
        if name != "hello":
            print(f"bench {name}_vs_hello ratio={results[name] / results['hello']:.2f}")


if __name__ == "__main__":
    main()
