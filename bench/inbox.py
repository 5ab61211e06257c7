"""Benchmark `afterword inbox` against a real Dovecot: a first scan and rescans.

A throwaway Dovecot (tests/inbox/dovecot.py; needs Debian's dovecot-imapd and root) gets a
folder of `--mails` messages (default 5,000) of realistic shapes: newsletters, personal mail,
a few with attachments, and a handful of replies to the Acme notes. Each figure is the best
of `--repeat` fresh `afterword inbox --format json` processes, as a user waits for it
(imports, the database and the login included):

* the first scan of the whole folder (aim: under 10 s), each run from a fresh database, so
  the folder is read from its first mail every time;
* a rescan when nothing is new (aim: under 1 s);
* a rescan after one new mail arrived;
* for scale, `afterword outbox --format json` (start-up, settings and the database, no
  network): the floor under any command;
* the same first scan and rescan in-process (`afterword.inbox.service.check`), without the
  interpreter's start-up and imports: the work itself.

Speed is never asserted in tests; this script only reports. Run it as root:

    .venv/bin/python bench/inbox.py [--mails 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.inbox import dovecot  # noqa: E402 - after the path is set

AFTERWORD = [sys.executable, "-m", "afterword"]
ACME = ROOT / "examples" / "acme-data-engineer.toml"
PRIYA = "priya.raman@acme-analytics.example"
START = datetime(2026, 2, 1, 8, 0, tzinfo=UTC)
WORDS = ("the quarterly report is attached please review before friday thanks again for the "
         "update we should meet next week about the launch plan and budget numbers").split()


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*AFTERWORD, *args], env=env, check=True, capture_output=True,
                          text=True)


def _record(folder: Path, server: dovecot.Dovecot) -> tuple[dict[str, str], str]:
    """A fresh data folder with the Acme notes sent; returns the environment and the
    Message-ID of the note to Priya."""
    env = {**os.environ, "AFTERWORD_CONFIG": str(folder / "config.toml"),
           "AFTERWORD_DB": str(folder / "afterword.db"), "TZ": "UTC",
           "AFTERWORD_NOW": "2026-03-03T09:30:00-05:00",
           "AFTERWORD_IMAP_PASSWORD": server.password, "XDG_DATA_HOME": str(folder / "data")}
    _run(env, "profile", "set", "name", "Jordan Lee")
    _run(env, "profile", "set", "email", "jordan.lee@example.com")
    _run(env, "add", str(ACME))
    _run(env, "draft", "1")
    _run(env, "export", "1", "--as", "eml", "--out", str(folder / "note.eml"))
    _run(env, "mark-sent", "1", "--on", "2026-03-03T09:30")
    for key, value in (("imap.host", server.host), ("imap.port", str(server.port)),
                       ("imap.security", "none"), ("imap.user", server.user)):
        _run(env, "config", "set", key, value)
    note_id = next(line.split(":", 1)[1].strip()
                   for line in (folder / "note.eml").read_text().splitlines()
                   if line.lower().startswith("message-id:"))
    env["AFTERWORD_NOW"] = "2026-04-01T12:00:00-04:00"
    return env, note_id


def _mail(n: int, rng: random.Random, note_id: str) -> tuple[bytes, datetime]:
    received = START + timedelta(minutes=15 * n)
    date = received.strftime("%a, %d %b %Y %H:%M:%S +0000")
    kind = rng.random()
    headers = [f"Date: {date}", f"Message-ID: <bench-{n}@mail.example>", "MIME-Version: 1.0",
               "To: Jordan Lee <jordan.lee@example.com>",
               f"Received: from mx{n % 7}.example by mail.example; {date}",
               "DKIM-Signature: v=1; a=rsa-sha256; d=mail.example; s=s1; b=" + "x" * 200]
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 400)))
    if n % 500 == 250:  # a reply to the note, now and then (received after it went out)
        received = datetime(2026, 3, 4, tzinfo=UTC) + timedelta(minutes=n)
        headers[0] = f"Date: {received:%a, %d %b %Y %H:%M:%S +0000}"
        headers += [f"From: Priya Raman <{PRIYA}>", "Subject: Re: Thank you",
                    f"In-Reply-To: {note_id}", f"References: {note_id}"]
        body = "Thanks Jordan, we will get back to you next week."
    elif kind < 0.4:
        headers += [f"From: News {n % 30} <news@list{n % 30}.example>",
                    f"Subject: Weekly digest {n}", f"List-Id: <list{n % 30}.example>",
                    "List-Unsubscribe: <mailto:leave@list.example>", "Precedence: bulk"]
    elif kind < 0.43:  # applicant tracking systems: read further, and none of them an answer
        headers, body = _tracking_system(headers, kind, n)
    else:
        headers += [f"From: Friend {n % 200} <friend{n % 200}@personal.example>",
                    f"Subject: About {rng.choice(WORDS)} {n}"]
    if kind > 0.95:  # an attachment: only ever fetched if the mail matched
        headers.append('Content-Type: multipart/mixed; boundary="b"')
        data = ("\r\n".join(headers) + "\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" + body
                + "\r\n--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: "
                "base64\r\n\r\n" + ("QUJD" * 19 + "\r\n") * 2000 + "--b--\r\n")
    else:
        headers.append("Content-Type: text/plain; charset=utf-8")
        data = "\r\n".join(headers) + "\r\n\r\n" + body + "\r\n"
    return data.encode(), received


def _tracking_system(headers: list[str], kind: float, n: int) -> tuple[list[str], str]:
    """One in a hundred each: a job alert (list headers), an acknowledgement naming Acme, and
    another company's rejection; each has its text read (ats.py) and none matches."""
    if kind < 0.41:
        return headers + ["From: Acme Analytics <no-reply@greenhouse.io>",
                          f"Subject: New jobs at Acme Analytics {n}",
                          "List-Unsubscribe: <https://greenhouse.io/unsubscribe>"], (
            "New jobs at Acme Analytics that match your profile. Apply now.")
    if kind < 0.42:
        return headers + ["From: Acme Analytics <acmeanalytics@myworkday.com>",
                          f"Subject: Thank you for applying {n}"], (
            "We have received your application for the Data Engineer role at Acme Analytics. "
            "If your experience matches, a recruiter will reach out to schedule an interview.")
    return headers + ["From: Globex Talent <notifications@smartrecruiters.com>",
                      f"Subject: Your application to Globex {n}"], (
        "Thank you for your interest in Globex. We have decided to move forward with other "
        "candidates.")


def _timed(env: dict[str, str]) -> tuple[float, dict[str, object]]:
    start = time.perf_counter()
    done = _run(env, "inbox", "--format", "json")
    return time.perf_counter() - start, json.loads(done.stdout)


def _in_process(folder: Path, server: dovecot.Dovecot) -> tuple[float, float, float, float]:
    """The first scan and a rescan through the service, in this process (imports done)."""
    from afterword.config import Config
    from afterword.inbox import service
    from afterword.store.db import Store

    env, _ = _record(folder, server)
    os.environ["AFTERWORD_IMAP_PASSWORD"] = server.password
    config = Config(Path(env["AFTERWORD_CONFIG"]))
    store = Store(env["AFTERWORD_DB"])
    now = datetime.fromisoformat(env["AFTERWORD_NOW"])
    service.check(store, config, now)  # warm: imports, the database, Dovecot's cache
    store.dispose()
    env, _ = _record(folder.with_name(folder.name + "2"), server)
    config = Config(Path(env["AFTERWORD_CONFIG"]))
    store = Store(env["AFTERWORD_DB"])
    store.engine  # noqa: B018 - open and migrate before timing
    start, cpu = time.perf_counter(), time.process_time()
    service.check(store, config, now)
    first, first_cpu = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    service.check(store, config, now)
    again, again_cpu = time.perf_counter() - start, time.process_time() - cpu
    store.dispose()
    return first, first_cpu, again, again_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--mails", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(7)
    with dovecot.running() as server:
        work = Path(tempfile.mkdtemp(prefix="afterword-bench-inbox-"))
        try:
            _, note_id = _record(work / "setup", server)
            made = time.perf_counter()
            for n in range(args.mails):
                data, received = _mail(n, rng, note_id)
                server.put(data, received=received)
            size = sum(f.stat().st_size for f in (server.maildir / "new").iterdir())
            print(f"{args.mails} mails ({size / 1e6:.1f} MB) written in "
                  f"{time.perf_counter() - made:.1f} s")
            firsts, found = [], 0
            for attempt in range(args.repeat):
                env, _ = _record(work / f"run{attempt}", server)
                seconds, report = _timed(env)
                firsts.append(seconds)
                found = len(report["found"])  # type: ignore[arg-type]
            print(f"first scan of {args.mails} mails: best {min(firsts):.2f} s "
                  f"(runs: {', '.join(f'{t:.2f}' for t in firsts)}); {found} replies found")
            rescans = [_timed(env)[0] for _ in range(args.repeat)]
            print(f"rescan, nothing new: best {min(rescans):.2f} s "
                  f"(runs: {', '.join(f'{t:.2f}' for t in rescans)})")
            data, received = _mail(args.mails, rng, note_id)
            server.put(data, received=received)
            seconds, report = _timed(env)
            print(f"rescan, one new mail: {seconds:.2f} s (read {report['read']})")
            floor = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                _run(env, "outbox", "--format", "json")
                floor.append(time.perf_counter() - start)
            print(f"for scale, `afterword outbox --format json`: best {min(floor):.2f} s")
            first, first_cpu, again, again_cpu = _in_process(work / "inproc", server)
            print(f"in-process: first scan {first:.2f} s ({first_cpu:.2f} s of Afterword's CPU), "
                  f"rescan with nothing new {again:.3f} s ({again_cpu:.3f} s CPU)")
            print(f"load average at the end: {os.getloadavg()[0]:.1f}")
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
