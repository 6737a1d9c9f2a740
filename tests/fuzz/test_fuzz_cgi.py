"""Mutation fuzzing of the request and form parsers: the programs run as
plain CGI (the ASan/UBSan build in ./dev test's sanitizer pass), fed
mangled query strings, bodies, multipart parts, cookies and lengths.
Every answer must be a proper HTTP response below 500 and the process must
exit cleanly; the sanitizers' reports are checked by ./dev test itself.
Deterministic (a fixed seed), FUZZ_RUNS cases (default 500)."""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "http"))
from conftest import run_cgi  # noqa: E402

RUNS = int(os.environ.get("FUZZ_RUNS", "500"))
TOKENS = [b"%", b"%00", b"%C3%28", b"%ff", b"&", b"=", b"&&==", b".", b"..", b"FileHandle",
          b"x.FileHandle=1", b"a.b.c=1", b"+", b"\x00", b"\xff\xfe", b"\r\n", b"\r\n\r\n",
          b"--b", b"--b--", b"Content-Disposition: form-data; name=\"a\"\r\n", b"filename=\"../x\"",
          b"A" * 5000, b"\xe2\x80\xae", b"<script>", b"'; DROP TABLE users; --", b"csrf=",
          b"name=", b"\"", b";", b"debug=1"]
SEEDS = [
    ("GET", "/inloggen?m=uitgelogd", b"", {}),
    ("GET", "/beheer/organisaties?type=school&q=x&p=2", b"", {}),
    ("POST", "/inloggen", b"csrf=abc&email=a%40b.nl&password=secretsecret",
     {"CONTENT_TYPE": "application/x-www-form-urlencoded"}),
    ("POST", "/wachtwoord-vergeten", b"csrf=abc&email=x%40y.nl",
     {"CONTENT_TYPE": "application/x-www-form-urlencoded"}),
    ("POST", "/beheer/organisaties/1",
     b"--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n"
     b"--b\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"a.png\"\r\n"
     b"Content-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n\x00\x00\r\n--b--\r\n",
     {"CONTENT_TYPE": "multipart/form-data; boundary=b"}),
    ("GET", "/contact", b"", {}),
    ("POST", "/contact", b"csrf=1795421241.c2lnbmF0dXJl&wie=ouder&naam=Jan&email=a%40b.nl"
     b"&onderwerp=Vraag&vraag=Een+vraag&toestemming=1&website=&geboortejaar=2016",
     {"CONTENT_TYPE": "application/x-www-form-urlencoded"}),
]


def mutate(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(4)
        pos = rng.randint(0, len(data))
        if op == 0 and data:
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif op == 1:
            data[pos:pos] = rng.choice(TOKENS)
        elif op == 2 and data:
            del data[pos:pos + rng.randint(1, 8)]
        else:
            data[pos:pos] = data[max(0, pos - 16):pos]
    return bytes(data)


def case(rng):
    method, uri, body, env = rng.choice(SEEDS)
    env = dict(env)
    path, _, query = uri.partition("?")
    if rng.random() < 0.5:
        query = mutate(rng, query.encode()).decode("latin-1")
    if body and rng.random() < 0.8:
        body = mutate(rng, body)
    if rng.random() < 0.3:
        env["HTTP_COOKIE"] = mutate(rng, b"passend_sid=abc; passend_pre=def").decode("latin-1")
    if rng.random() < 0.1 and body:
        env["CONTENT_LENGTH"] = str(len(body) + rng.choice([-5, -1, 1, 1000]))
    if rng.random() < 0.1 and "CONTENT_TYPE" in env:
        env["CONTENT_TYPE"] = mutate(rng, env["CONTENT_TYPE"].encode()).decode("latin-1")
    uri = path + ("?" + query if query and method == "GET" else "")
    program = "admin.fcgi" if path.startswith("/beheer") else \
        "contact.fcgi" if path.startswith("/contact") else "auth.fcgi"
    return program, method, uri, body, env


def test_mangled_requests_get_an_answer_below_500_and_a_clean_exit():
    rng = random.Random(20261122)
    for i in range(RUNS):
        program, method, uri, body, env = case(rng)
        env = {k: v.replace("\x00", "") for k, v in env.items()}
        uri = uri.replace("\x00", "")
        status, headers, text, rc = run_cgi(program, method, uri, body, env=env)
        where = f"case {i}: {method} {uri!r} body={body[:200]!r} env={env!r}"
        assert rc == 0, where
        assert "content-type" in headers, where
        assert status < 500, where
