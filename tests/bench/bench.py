#!/usr/bin/python3
"""./dev bench: wrk against the real stack (nginx, FastCGI, MariaDB), beside
a hello-world FastCGI program on the same nginx, in one run. One line per
measurement: bench <name> rps=<n> p50_ms=<n> p99_ms=<n>."""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "http"))
from conftest import BASE, Client, demo_logins  # noqa: E402

DURATION = os.environ.get("BENCH_SECONDS", "10")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "32")


def ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(path, cookie=None):
    cmd = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--latency"]
    if cookie:
        cmd += ["-H", f"Cookie: {cookie}"]
    subprocess.run(cmd[:4] + ["-d2s"] + cmd[5:] + [BASE + path], capture_output=True)  # warm up
    out = subprocess.run(cmd + [BASE + path], capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        sys.exit(f"bench: {path} answered errors:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = ms(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = ms(re.search(r"\s99%\s+(\S+)", out).group(1))
    return rps, p50, p99


def main():
    admin = Client().login(*demo_logins()["beheerder"])
    assert admin.get("/").status_code == 200
    cookie = f"passend_sid={admin.cookies['passend_sid']}"
    results = {}
    for name, path, c in [("hello", "/hello", None), ("login_page", "/inloggen", None),
                          ("start_page", "/", cookie)]:
        rps, p50, p99 = wrk(path, c)
        results[name] = rps
        print(f"bench {name} rps={rps:.0f} p50_ms={p50:.2f} p99_ms={p99:.2f}", flush=True)
    for name in ("login_page", "start_page"):
        print(f"bench {name}_vs_hello ratio={results[name] / results['hello']:.2f}")


if __name__ == "__main__":
    main()
