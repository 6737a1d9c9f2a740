"""Helpers for the HTTP tests: they drive the real stack that ./dev test
started (nginx, the FastCGI programs, MariaDB, the SMTP sink, the mailer).

Assertions about stored state read the database directly as root; data is
made through the application or passend-seed, never by mocking."""
import base64
import email.header
import hashlib
import hmac
import mailbox
import os
import re
import struct
import subprocess
import time
import uuid

import pytest
import requests

BASE = os.environ.get("PASSEND_BASE", "http://127.0.0.1:8090")
VAR = os.environ.get("PASSEND_VAR", "var/test")
BUILD = os.environ.get("PASSEND_BUILD", "build")
ROOT = os.environ.get("PASSEND_ROOT", os.getcwd())
ENV = {**os.environ, "PASSEND_CONFIG": os.path.join(VAR, "passend.hdf")}
PASSWORD = "correct horse battery staple"


def sql(query, *params):
    """Rows as lists of strings (None for NULL), as root over the socket."""
    for p in params:
        lit = "NULL" if p is None else str(p) if isinstance(p, int) else \
            "'" + str(p).replace("\\", "\\\\").replace("'", "''") + "'"
        query = query.replace("%s", lit, 1)
    out = subprocess.run(
        ["mariadb", "--no-defaults", "--default-character-set=utf8mb4", "-N", "-B", "--socket", os.path.join(VAR, "run/mysql.sock"),
         "-uroot", "passend", "-e", query], check=True, capture_output=True, text=True).stdout
    return [[None if c == "NULL" else c for c in line.split("\t")] for line in out.splitlines()]


def web_log():
    """What nginx has logged of the requests so far."""
    with open(os.path.join(VAR, "log", "nginx-access.log"), encoding="utf-8",
              errors="replace") as f:
        return f.read()


def scalar(query, *params):
    rows = sql(query, *params)
    return rows[0][0] if rows else None


def seed(*args):
    return subprocess.run([os.path.join(BUILD, "passend-seed"), *args], env=ENV, check=True,
                          capture_output=True, text=True).stdout.strip()


def org_id(name):
    return int(scalar("SELECT id FROM organisations WHERE name = %s", name))


def unique(prefix="t"):
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def without_csrf(html):
    """A page without its CSRF tokens: random letters that may hold any short word."""
    return re.sub(r'name="csrf" value="[^"]*"', "", html)


def totp(secret_b32, at=None, step_offset=0):
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8))
    step = int((at or time.time()) // 30) + step_offset
    mac = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    off = mac[-1] & 15
    return "%06d" % ((struct.unpack(">I", mac[off:off + 4])[0] & 0x7fffffff) % 1000000)


def demo_accounts():
    """(role, e-mail, password) of every demo account."""
    with open(os.path.join(VAR, "demo-logins.txt"), encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()]


def demo_logins():
    """The first demo account of each role."""
    logins = {}
    for role, email, password in demo_accounts():
        logins.setdefault(role, (email, password))
    return logins


class Client(requests.Session):
    """A browser-like session: follows nothing by itself, knows the CSRF token."""

    def __init__(self):
        super().__init__()
        self.totp_secret = None

    def get(self, path, **kw):
        kw.setdefault("allow_redirects", False)
        return super().get(BASE + path, **kw)

    def post(self, path, data=None, **kw):
        kw.setdefault("allow_redirects", False)
        return super().post(BASE + path, data=data, **kw)

    def token(self, path="/inloggen"):
        r = self.get(path)
        m = re.search(r'name="csrf" value="([^"]+)"', r.text)
        assert m, f"no CSRF token on {path}: {r.status_code}"
        return m.group(1)

    def submit(self, path, data, form_page=None):
        """POST a form the way a browser does: with the token of its page."""
        data = dict(data)
        data.setdefault("csrf", self.token(form_page or path))
        return self.post(path, data)

    def login(self, email, password, secret=None):
        r = self.submit("/inloggen", {"email": email, "password": password})
        assert r.status_code == 303, r.text
        where = r.headers["Location"]
        if where.endswith("/inloggen/2fa"):
            page = self.get("/inloggen/2fa").text
            self.totp_secret = re.search(r'class="secret"><code>([A-Z2-7]+)<', page).group(1)
            r = self.submit("/inloggen/2fa", {"code": fresh_code(self.totp_secret)})
            assert r.status_code == 303, r.text
        elif where.endswith("/inloggen/code"):
            self.totp_secret = secret
            r = self.submit("/inloggen/code", {"code": fresh_code(secret)})
            assert r.status_code == 303, r.text
        assert r.headers["Location"] == BASE + "/", r.headers["Location"]
        return self


_used_steps = {}


def fresh_code(secret):
    """A code for a time step not used yet. The server accepts one step of
    drift either way, so a second login within 30 s uses the next step."""
    now = int(time.time() // 30)
    step = max(now, _used_steps.get(secret, -1) + 1)
    if step > now + 1:
        time.sleep(30 - time.time() % 30 + 0.2)
        now = int(time.time() // 30)
        step = max(now, _used_steps.get(secret, -1) + 1)
    _used_steps[secret] = step
    return totp(secret, at=step * 30 + 1)


def make_user(role=None, org=None, demo=False, password=PASSWORD, name=None):
    email = unique("user") + "@test.example"
    args = ["user", email, name or "Test " + email.split("@")[0], password]
    if role:
        args += [role, str(org if isinstance(org, int) else org_id(org))]
    if demo:
        args.append("demo")
    return int(seed(*args)), email


def mails_to(address, timeout=15, count=1, subject=""):
    """Messages the SMTP sink received for address (with subject in their
    subject line), waiting for count of them."""
    deadline = time.time() + timeout
    while True:
        box = mailbox.Maildir(os.path.join(VAR, "mail"), create=False)
        found = [m for m in box if address in (m["To"] or "")
                 and subject in mail_subject(m)]
        if len(found) >= count or time.time() > deadline:
            return found
        time.sleep(0.2)


def mail_subject(msg):
    return str(email.header.make_header(email.header.decode_header(msg["Subject"] or "")))


def mail_body(msg):
    return msg.get_payload(decode=True).decode("utf-8")


def mail_link(msg):
    return re.search(r'href="(https?://[^"]+)"', mail_body(msg)).group(1)


def run_cgi(program, method="GET", uri="/", body=b"", env=None, config=None):
    """One request through the binary as plain CGI: status, headers, body."""
    e = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
         "PASSEND_CONFIG": config or ENV["PASSEND_CONFIG"],
         "REQUEST_METHOD": method, "REQUEST_URI": uri,
         "QUERY_STRING": uri.split("?", 1)[1] if "?" in uri else "",
         "REMOTE_ADDR": "127.0.0.1", "HTTP_HOST": "127.0.0.1",
         "CONTENT_LENGTH": str(len(body)) if body else "",
         "SERVER_PROTOCOL": "HTTP/1.1", "GATEWAY_INTERFACE": "CGI/1.1"}
    for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if k in os.environ:
            e[k] = os.environ[k]
    e.update(env or {})
    p = subprocess.run([os.path.join(BUILD, "cgi-bin", program)], input=body, env=e,
                       capture_output=True, timeout=30)
    head, _, rest = p.stdout.partition(b"\r\n\r\n")
    headers = {}
    for line in head.decode().split("\r\n"):
        if ":" in line:
            k, v = line.split(":", 1)
            headers.setdefault(k.strip().lower(), []).append(v.strip())
    status = int(headers.get("status", ["200"])[0].split()[0])
    return status, headers, rest.decode("utf-8", "replace"), p.returncode


def control(action):
    """Stops or starts a part of this test stack (db-stop, db-start, smtp-stop, smtp-start)."""
    port = BASE.rsplit(":", 1)[1]
    subprocess.run([os.path.join(ROOT, "dev"), "_ctl", os.path.basename(VAR), port, BUILD, action],
                   check=True, capture_output=True, timeout=60)


@pytest.fixture
def client():
    return Client()


@pytest.fixture(scope="session")
def logins():
    return demo_logins()


@pytest.fixture
def admin(logins):
    return Client().login(*logins["beheerder"])


@pytest.fixture
def new_user():
    """A fresh user without 2FA who has to enrol; returns (id, email)."""
    return make_user("swv", "Samenwerkingsverband Passend Onderwijs Voorbeeldregio")
