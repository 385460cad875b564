"""Benchmark the training pages through gunicorn, against a bare Django view
and a peer Wagtail site, optionally while learners enrol and a lesson is
published.

    .venv/bin/python bench/pages.py [--seconds 5] [--concurrency 4]
        [--peer-url http://127.0.0.1:8001/blog/wild-yeast/] [--churn]

Loads the demo into a throwaway database (var/bench.sqlite3, or
BENCH_DATABASE_URL), starts gunicorn with 2 sync workers and measures, with
a few client processes, requests per second and p50/p95 latency of three
pages: a module and one of its lessons for an anonymous visitor, and the
same lesson for the demo learner (official@passerelle.demo, with a session
cookie). Each page is measured in slices alternating with its baselines, so
that all see the same load on a shared machine:

- the bare view ("ok" through the same middleware stack) and, for the
  learner, the same view behind `login_required` fetched with the same
  cookie (the stack then loads the session and the user too);
- with --peer-url, a page of a peer site served separately: wagtail/
  bakerydemo's blog page as it ships (DEBUG off, no page cache, gunicorn
  with the flags used here: 2 sync workers, 127.0.0.1, log level warning;
  docs/benchmarks.md says how to start it).

Every ratio is "page req/s ÷ baseline req/s" measured in the same run. It
does so twice: with the anonymous page cache off (PAGE_CACHE_SECONDS=0),
then on (Redis at BENCH_REDIS_URL, default redis://127.0.0.1:6379/0),
counting the answers that came from the cache (`X-Page-Cache: hit`).

With --churn each server is measured a second time while a background
process makes 5 enrolments a second (fresh learner accounts, made up front,
POST the module page's enrol form: into the module's open session if it has
one, else self-paced) and publishes a new revision of the lesson every
minute (the first a second in), fetching the lesson anonymously right after
each publish to check that the new text is there (and in the next 4 answers,
from either worker). The process stops when
the measurements are done, or by itself after a bound. Every figure is then
reported without and with churn.

The last line printed is one JSON object with every figure.
"""

import argparse
import http.client
import json
import math
import multiprocessing
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accounts import accounts_like  # noqa: E402

os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
PYTHON = sys.executable

HOST = "127.0.0.1"
ROUNDS = 5
LEARNER = "official@passerelle.demo"
BARE = "/bench/bare/"
#: The bare view behind `login_required`, fetched as the same logged-in user:
#: the stack then also loads the session and the user, as for a personal page.
BARE_LOGGED_IN = "/bench/bare/logged-in/"
#: The CSRF secret logged-in clients send back, as a browser does (cookie and
#: form field; Django accepts the unmasked 32-character secret).
CSRF_TOKEN = "0123456789abcdef" * 2


class Target(NamedTuple):
    host: str
    port: int
    path: str
    cookie: str = ""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def fetch(target: Target, method="GET", body=None, headers=None):
    """One request on a new connection; returns the response and its body."""
    headers = {**({"Cookie": target.cookie} if target.cookie else {}), **(headers or {})}
    connection = http.client.HTTPConnection(target.host, target.port, timeout=30)
    connection.request(method, target.path, body=body, headers=headers)
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response, content


def login_cookie(user) -> str:
    """A Cookie header for `user`: a new session, and the CSRF cookie."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME]
    return f"{session.key}={session.value}; {settings.CSRF_COOKIE_NAME}={CSRF_TOKEN}"


def forget_cache() -> None:
    """Drop the bench's keys (its KEY_PREFIX) from Redis: no page, memo or
    session is left from an earlier run's database."""
    import redis

    from django.conf import settings

    cache = settings.CACHES["default"]
    client = redis.Redis.from_url(cache["LOCATION"])
    for key in client.scan_iter(match=f"{cache['KEY_PREFIX']}:*", count=1000):
        client.delete(key)


def prepare() -> dict:
    """Fresh demo database; returns the pages to measure and what churn needs."""
    (ROOT / "var").mkdir(exist_ok=True)
    if "BENCH_DATABASE_URL" not in os.environ:
        for suffix in ("", "-wal", "-shm"):
            (ROOT / "var" / f"bench.sqlite3{suffix}").unlink(missing_ok=True)
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], check=True, cwd=ROOT)
    subprocess.run([*manage, "load_demo"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from wagtail.models import Page

    forget_cache()

    module = Page.objects.live().get(slug="traffic-management", locale__language_code="en")
    lesson = Page.objects.child_of(module).live().get(slug="junction-design")
    learner = get_user_model().objects.get(email=LEARNER)
    # Every English module of the catalogue, with the open session to enrol in, if any.
    modules = []
    for page in module.get_parent().get_children().live().specific():
        sessions = [session.pk for session in page.sessions.all() if session.is_open]
        path = reverse("training:enrol", kwargs={"module_id": page.pk})
        modules.append((path, str(sessions[0]) if sessions else ""))
    return {
        "pages": {
            "module": (module.url, ""),
            "lesson": (lesson.url, ""),
            "lesson_learner": (lesson.url, login_cookie(learner)),
        },
        "lesson_id": lesson.pk,
        "modules": modules,
    }


def hammer(target: Target, seconds: float) -> tuple[list[float], int]:
    """One client process: sequential requests for `seconds`; returns the
    latencies (s) and how many answers came from the page cache."""
    latencies, hits = [], 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        response, _content = fetch(target)
        if response.status != 200:
            raise RuntimeError(f"{target.path} answered {response.status}")
        latencies.append(time.perf_counter() - start)
        hits += response.getheader("X-Page-Cache") == "hit"
    return latencies, hits


def figures(latencies: list[float], hits: int, seconds: float) -> dict:
    latencies = sorted(latencies)
    return {
        "requests": len(latencies),
        "rps": round(len(latencies) / seconds, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 2),
        "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 2),
        "cache_hits": round(hits / len(latencies), 3),
    }


def measure(pool, targets: list[Target], seconds: float, concurrency: int) -> list[dict]:
    """Figures for each target, measured in alternating slices so that all
    see the same load on a shared machine."""
    for target in targets:
        hammer(target, 0.5)  # warm up
    latencies, hits = [[] for _ in targets], [0 for _ in targets]
    for _ in range(ROUNDS):
        for n, target in enumerate(targets):
            futures = [pool.submit(hammer, target, seconds / ROUNDS) for _ in range(concurrency)]
            for future in futures:
                slice_latencies, slice_hits = future.result()
                latencies[n].extend(slice_latencies)
                hits[n] += slice_hits
    return [figures(latencies[n], hits[n], seconds) for n in range(len(targets))]


def measure_pages(pool, port: int, pages: dict, peer: Target | None, args) -> dict:
    """Every page against its baselines: `ratio_to_X` is page req/s ÷ X req/s."""
    results = {}
    for name, (path, cookie) in pages.items():
        page = Target(HOST, port, path, cookie)
        baselines = {"bare": Target(HOST, port, BARE)}
        if cookie:
            baselines["bare_logged_in"] = Target(HOST, port, BARE_LOGGED_IN, cookie)
        if peer:
            baselines["peer"] = peer
        measured, *baseline_figures = measure(
            pool, [page, *baselines.values()], args.seconds, args.concurrency
        )
        results[name] = {"path": path, "logged_in": bool(cookie), **measured}
        for baseline, baseline_measured in zip(baselines, baseline_figures, strict=True):
            results[name][f"{baseline}_rps"] = baseline_measured["rps"]
            results[name][f"ratio_to_{baseline}"] = round(
                measured["rps"] / baseline_measured["rps"], 3
            )
    return results


# -- churn -------------------------------------------------------------------


def churn_bound(pages: dict, peer: Target | None, args) -> float:
    """Seconds after which churn stops by itself: well past the measurements."""
    targets = sum(2 + bool(cookie) + bool(peer) for _path, cookie in pages.values())
    return round(1.5 * targets * (args.seconds + 0.5) + 30)


def make_learners(count: int) -> tuple[list[str], str]:
    """`count` new learner accounts like the demo learner, each logged in;
    returns their Cookie headers and the e-mail prefix they share."""
    prefix = f"churn-{time.time_ns()}-"
    learners = accounts_like(LEARNER, count=count, email_prefix=prefix, name="Churn Learner")
    return [login_cookie(learner) for learner in learners], prefix


def enrolments_made(prefix: str) -> dict[str, int]:
    """Enrolments in the database of the learners made for churn, by status."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count

    rows = (
        get_user_model()
        .objects.filter(email__startswith=prefix, enrolments__isnull=False)
        .order_by()
        .values_list("enrolments__status")
        .annotate(count=Count("pk"))
    )
    return dict(rows)


def enrol(port: int, cookie: str, path: str, session: str) -> int:
    """POST the module page's enrol form as a logged-in learner; returns the status."""
    fields = {"csrfmiddlewaretoken": CSRF_TOKEN, **({"session": session} if session else {})}
    response, _content = fetch(
        Target(HOST, port, path, cookie),
        method="POST",
        body=urlencode(fields),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    return response.status


def publish_and_check(lesson, body: list, check: Target, number: int) -> dict:
    """Publish a revision of `lesson` with a new paragraph, then fetch it
    anonymously until the paragraph shows (at most 5 s), and 4 times more:
    on new connections, so that both workers answer."""
    from wagtail.rich_text import RichText

    text = f"Churn edit {number} ({secrets.token_hex(4)})".encode()
    lesson.body = [*body, ("text", RichText(f"<p>{text.decode()}</p>"))]
    started = time.perf_counter()
    lesson.save_revision().publish()
    published = time.perf_counter()
    seen = [text in fetch(check)[1]]
    while not seen[-1] and time.perf_counter() - published < 5:
        time.sleep(0.05)
        seen.append(text in fetch(check)[1])
    visible_after = time.perf_counter() - published
    later = [text in fetch(check)[1] for _ in range(4)]
    return {
        "publish_ms": round((published - started) * 1000),
        "visible_immediately": seen[0],
        "visible_after_ms": round(visible_after * 1000) if seen[-1] else None,
        "stale_answers_after": later.count(False),
    }


def churn(port, enrolments, lesson_id, lesson_path, args, bound, stop, reports) -> None:
    """The background writer, in its own process: `args.enrolments_per_second`
    enrolments through HTTP, a lesson published every `args.publish_every`
    seconds. Stops when `stop` is set or after `bound` seconds."""
    import django

    django.setup()
    from wagtail.models import Page

    lesson = Page.objects.get(pk=lesson_id).specific
    body = [(block.block_type, block.value) for block in lesson.body]
    check = Target(HOST, port, lesson_path)
    reports.put("ready")

    answers, publishes, sent = Counter(), [], 0
    start = time.perf_counter()
    next_publish = start + 1
    while not stop.is_set() and time.perf_counter() - start < bound and sent < len(enrolments):
        next_enrolment = start + sent / args.enrolments_per_second
        now = time.perf_counter()
        if now >= next_publish:
            publishes.append(publish_and_check(lesson, body, check, len(publishes) + 1))
            next_publish += args.publish_every
        elif now >= next_enrolment:
            answers[enrol(port, *enrolments[sent])] += 1
            sent += 1
        else:
            stop.wait(min(next_enrolment, next_publish) - now)
    elapsed = time.perf_counter() - start
    reports.put(
        {
            "seconds": round(elapsed, 1),
            "stopped_by": "bench" if stop.is_set() else "itself",
            "enrolments_posted": sent,
            "enrolments_per_second": round(sent / elapsed, 2),
            "answers": {str(status): count for status, count in answers.items()},
            "publishes": len(publishes),
            "publishes_visible_immediately": sum(
                publish["visible_immediately"] and not publish["stale_answers_after"]
                for publish in publishes
            ),
            "publish_checks": publishes,
        }
    )


def measure_under_churn(pool, port: int, plan: dict, peer: Target | None, args):
    """The pages again, while learners enrol and the lesson is published."""
    bound = churn_bound(plan["pages"], peer, args)
    modules = plan["modules"]
    cookies, prefix = make_learners(
        math.ceil(args.enrolments_per_second * bound / len(modules)) + 1
    )
    enrolments = [(cookie, path, session) for cookie in cookies for path, session in modules]
    lesson_path = plan["pages"]["lesson"][0]

    context = multiprocessing.get_context("spawn")  # a fresh process: its own Django
    stop, reports = context.Event(), context.Queue()
    writer = context.Process(
        target=churn,
        args=(port, enrolments, plan["lesson_id"], lesson_path, args, bound, stop, reports),
    )
    writer.start()
    try:
        reports.get(timeout=120)  # "ready"
        results = measure_pages(pool, port, plan["pages"], peer, args)
    finally:
        stop.set()
        report = reports.get(timeout=60)
        writer.join(timeout=60)
    report["enrolments_in_database"] = enrolments_made(prefix)
    report["learner_accounts"] = len(cookies)
    return results, report


# -- servers and report ------------------------------------------------------


def run_server(plan: dict, peer: Target | None, args, *, page_cache_seconds: int) -> dict:
    """Start gunicorn with the page cache on or off and measure every page,
    then again under churn if asked."""
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "config.wsgi",
            "--workers=2",
            f"--bind={HOST}:{port}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        },
    )
    try:
        for _ in range(100):
            try:
                hammer(Target(HOST, port, BARE), 0.01)
                break
            except OSError:
                time.sleep(0.1)
        with ProcessPoolExecutor(args.concurrency) as pool:
            measured = {"quiet": measure_pages(pool, port, plan["pages"], peer, args)}
            if args.churn:
                measured["churn"], measured["load"] = measure_under_churn(
                    pool, port, plan, peer, args
                )
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)  # gunicorn's graceful timeout
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    if args.churn:
        for name, churned in measured["churn"].items():
            churned["ratio_to_quiet"] = round(churned["rps"] / measured["quiet"][name]["rps"], 3)
    return measured


def print_table(title: str, results: dict) -> None:
    print(title)
    print(
        f"{'page':<15} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'bare/s':>8} {'× bare':>7} "
        f"{'peer/s':>8} {'× peer':>7} {'× quiet':>7} {'hits':>5}  path"
    )
    for name, page in results.items():
        print(
            f"{name:<15} {page['rps']:>8} {page['p50_ms']:>8} {page['p95_ms']:>8} "
            f"{page['bare_rps']:>8} {page['ratio_to_bare']:>7} "
            f"{page.get('peer_rps', '-'):>8} {page.get('ratio_to_peer', '-'):>7} "
            f"{page.get('ratio_to_quiet', '-'):>7} {page['cache_hits']:>5.0%}"
            f"  {page['path']}"
        )
        if "ratio_to_bare_logged_in" in page:
            print(
                f"{'':<15} {'':>8} {'':>8} {'':>8} {page['bare_logged_in_rps']:>8} "
                f"{page['ratio_to_bare_logged_in']:>7}  (against {BARE_LOGGED_IN}, logged in)"
            )


def print_load(report: dict) -> None:
    print(
        f"  churn: {report['enrolments_posted']} enrolments posted in {report['seconds']} s "
        f"({report['enrolments_per_second']}/s, answers {report['answers']}, in the database "
        f"{report['enrolments_in_database']}), {report['publishes']} publishes, "
        f"{report['publishes_visible_immediately']} visible on the next request and the 4 after; "
        f"stopped by {report['stopped_by']}"
    )


def peer_target(url: str) -> Target:
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise SystemExit(f"--peer-url must be an http:// URL, not {url!r}")
    peer = Target(parts.hostname, parts.port or 80, parts.path or "/")
    try:
        response, _content = fetch(peer)
    except OSError as exc:
        raise SystemExit(f"the peer at {url} does not answer: {exc}") from exc
    if response.status != 200:
        raise SystemExit(f"the peer at {url} answered {response.status}, not 200")
    return peer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per page (default 5)")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--peer-url", help="a peer page to compare with, e.g. bakerydemo's blog")
    parser.add_argument("--churn", action="store_true", help="measure again under churn")
    parser.add_argument("--enrolments-per-second", type=float, default=5.0)
    parser.add_argument("--publish-every", type=float, default=60.0, help="seconds")
    args = parser.parse_args()

    peer = peer_target(args.peer_url) if args.peer_url else None
    plan = prepare()
    uncached = run_server(plan, peer, args, page_cache_seconds=0)
    cached = run_server(plan, peer, args, page_cache_seconds=600)

    print(
        f"gunicorn 2 workers, {args.concurrency} clients, {args.seconds:g} s per URL, "
        f"peer {args.peer_url or 'none'}"
    )
    print_table("page cache off", uncached["quiet"])
    if args.churn:
        print_table("page cache off, under churn", uncached["churn"])
        print_load(uncached["load"])
    print_table("page cache on (anonymous pages; never for logged-in visitors)", cached["quiet"])
    if args.churn:
        print_table("page cache on, under churn", cached["churn"])
        print_load(cached["load"])
    churned = None
    if args.churn:
        churned = {
            "enrolments_per_second": args.enrolments_per_second,
            "publish_every": args.publish_every,
            "results": uncached["churn"],
            "cached": cached["churn"],
            "load": {"results": uncached["load"], "cached": cached["load"]},
        }
    print(
        json.dumps(
            {
                "benchmark": "pages",
                "workers": 2,
                "concurrency": args.concurrency,
                "seconds": args.seconds,
                "database": "postgresql" if "BENCH_DATABASE_URL" in os.environ else "sqlite",
                "peer": args.peer_url,
                "results": uncached["quiet"],
                "cached": cached["quiet"],
                "churn": churned,
            }
        )
    )


if __name__ == "__main__":
    main()
