"""Load test: simulated officials and a coordinator against gunicorn, with locust.

    .venv/bin/python bench/load.py [--users 50] [--seconds 60] [--workers 4]
        [--spawn-rate 10] [--server postgresql://postgres@127.0.0.1:5432/postgres]

Production-like, everything on this machine: a new PostgreSQL database on
`--server` (dropped at the end), the demo data (`load_demo`, with its two
years of history) plus one official account per simulated user, Redis for the
cache and the sessions (`bench/settings.py`: DEBUG off, page cache on, Redis
at BENCH_REDIS_URL), gunicorn with `--workers` sync workers. Then locust, headless
and bounded in time (`locust -f bench/locustfile.py --headless -u USERS -t
SECONDS`), runs `--users` simulated users (`bench/locustfile.py`): officials
browse the catalogue, open modules and lessons, enrol in a module's open
session (or self-paced), mark lessons done and look at their dashboard; one in
ten is a coordinator who opens requests' shortlists, session rosters and the
coordination page. Every simulated user is logged in with a session of their own.
Before locust starts, every page type is fetched a few times per worker (a
worker's first requests load templates and connect), outside the figures.

Prints, per request type and overall: requests, requests/s, p50, p95 and
errors (an unexpected status is an error). The last line is one JSON object.
Everything it starts (gunicorn, locust) is stopped before it exits.
"""

import argparse
import csv
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accounts import accounts_like  # noqa: E402

PYTHON = sys.executable
BIN = Path(PYTHON).parent
HOST = "127.0.0.1"
#: The CSRF secret clients send back, as a browser does (cookie and form
#: field; Django accepts the unmasked 32-character secret).
CSRF_TOKEN = "0123456789abcdef" * 2
OFFICIAL = "official@passerelle.demo"
COORDINATOR = "coordinator@passerelle.demo"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def database_url(server: str, name: str) -> str:
    return urlunsplit(urlsplit(server)._replace(path=f"/{name}"))


def create_database(server: str, name: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(server: str, name: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def forget_cache() -> None:
    """Drop the bench's keys (its KEY_PREFIX) from Redis."""
    import redis

    from django.conf import settings

    cache = settings.CACHES["default"]
    client = redis.Redis.from_url(cache["LOCATION"])
    for key in client.scan_iter(match=f"{cache['KEY_PREFIX']}:*", count=1000):
        client.delete(key)


def session_cookie(user) -> str:
    """A Cookie header for `user`: a new session, and the CSRF cookie."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME]
    return f"{session.key}={session.value}; {settings.CSRF_COOKIE_NAME}={CSRF_TOKEN}"


def make_officials(count: int) -> list:
    """`count` new official accounts like the demo's official."""
    return accounts_like(OFFICIAL, count=count, email_prefix="load-", name="Load Official")


def prepare(users: int) -> dict:
    """The demo data, one official per simulated user; returns the plan the
    locustfile reads: cookies and the URLs to visit."""
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], check=True, cwd=ROOT)
    subprocess.run([*manage, "load_demo"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from exchange.models import PartnerRequest
    from training.models import CatalogueIndexPage, LessonPage, Session, TrainingModulePage

    forget_cache()
    catalogue = CatalogueIndexPage.objects.live().get(locale__language_code="en")
    modules = []
    for module in TrainingModulePage.objects.live().public().child_of(catalogue):
        sessions = [session.pk for session in module.sessions.all() if session.is_open]
        lessons = [
            {"url": lesson.url, "done": reverse("training:lesson_done", args=[lesson.pk])}
            for lesson in LessonPage.objects.live().public().child_of(module)
        ]
        modules.append(
            {
                "url": module.url,
                "enrol": reverse("training:enrol", args=[module.pk]),
                "session": str(sessions[0]) if sessions else "",
                "lessons": lessons,
            }
        )
    coordinator = get_user_model().objects.get(email=COORDINATOR)
    open_requests = PartnerRequest.objects.exclude(status__in=["draft", "cancelled"])
    return {
        "csrf_token": CSRF_TOKEN,
        "catalogue": catalogue.url,
        "modules": [module for module in modules if module["lessons"]],
        "officials": [session_cookie(official) for official in make_officials(users)],
        "coordinator": session_cookie(coordinator),
        "shortlists": [
            reverse("exchange:request_shortlist", args=[pk])
            for pk in open_requests.values_list("pk", flat=True)[:20]
        ],
        "rosters": [
            reverse("training:session_detail", args=[pk])
            for pk in Session.objects.values_list("pk", flat=True)[:20]
        ],
        "coordination": reverse("core:coordination"),
        "dashboard": reverse("training:dashboard"),
    }


def start_gunicorn(port: int, workers: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "config.wsgi",
            f"--workers={workers}",
            f"--bind={HOST}:{port}",
            "--log-level=warning",
        ],
        cwd=ROOT,
    )
    import http.client

    for _ in range(300):
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=5)
            connection.request("GET", "/bench/bare/")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("gunicorn did not answer within 30 s")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)  # gunicorn's graceful timeout
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def warm_up(port: int, plan: dict, workers: int) -> None:
    """Every page type a few times per worker before measuring: a worker's
    first requests load templates, translations and its database connection."""
    import http.client
    from concurrent.futures import ThreadPoolExecutor

    official = plan["officials"][0]
    pages = [(plan["catalogue"], official), (plan["dashboard"], official)]
    pages += [(module["url"], official) for module in plan["modules"]]
    pages += [(module["lessons"][0]["url"], official) for module in plan["modules"]]
    pages += [(path, plan["coordinator"]) for path in [*plan["shortlists"], *plan["rosters"]]]
    pages.append((plan["coordination"], plan["coordinator"]))

    def fetch(page):
        connection = http.client.HTTPConnection(HOST, port, timeout=60)
        connection.request("GET", page[0], headers={"Cookie": page[1]})
        connection.getresponse().read()
        connection.close()

    with ThreadPoolExecutor(workers * 2) as pool:
        list(pool.map(fetch, pages * workers * 2))


def server_cpu_seconds(server: subprocess.Popen) -> float:
    """CPU time used so far by gunicorn's workers (they are its children)."""
    import psutil

    total = 0.0
    for worker in psutil.Process(server.pid).children():
        times = worker.cpu_times()
        total += times.user + times.system
    return total


def client_cpu_seconds() -> float:
    """CPU time of this script's finished children (locust, once it is done)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_locust(port: int, plan_path: str, args, csv_prefix: str) -> None:
    subprocess.run(
        [
            str(BIN / "locust"),
            "-f",
            str(ROOT / "bench" / "locustfile.py"),
            "--headless",
            "--only-summary",
            f"--users={args.users}",
            f"--spawn-rate={args.spawn_rate}",
            f"--run-time={args.seconds}s",
            f"--host=http://{HOST}:{port}",
            f"--csv={csv_prefix}",
            "--loglevel=WARNING",
            "--exit-code-on-error=0",
        ],
        cwd=ROOT,
        env={**os.environ, "LOAD_PLAN": plan_path},
        check=True,
        timeout=args.seconds + 120,
        stdout=subprocess.DEVNULL,
    )


def read_figures(csv_prefix: str) -> list[dict]:
    with open(f"{csv_prefix}_stats.csv", newline="") as stats:
        rows = list(csv.DictReader(stats))
    return [
        {
            "name": row["Name"] if row["Name"] != "Aggregated" else "overall",
            "method": row["Type"],
            "requests": int(row["Request Count"]),
            "rps": round(float(row["Requests/s"]), 1),
            "p50_ms": float(row["50%"]),
            "p95_ms": float(row["95%"]),
            "max_ms": round(float(row["Max Response Time"])),
            "errors": int(row["Failure Count"]),
        }
        for row in rows
    ]


def read_failures(csv_prefix: str) -> list[dict]:
    with open(f"{csv_prefix}_failures.csv", newline="") as failures:
        return list(csv.DictReader(failures))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--spawn-rate", type=float, default=10)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument(
        "--think",
        default="1,5",
        help="seconds each simulated user waits between requests, min,max (default 1,5)",
    )
    parser.add_argument(
        "--server",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
        ),
        help="a PostgreSQL server URL; the bench creates its own database there",
    )
    args = parser.parse_args()

    name = f"ops_bench_load_{secrets.token_hex(4)}"
    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        BENCH_DATABASE_URL=database_url(args.server, name),
        PAGE_CACHE_SECONDS=os.environ.get("PAGE_CACHE_SECONDS", "600"),
    )
    create_database(args.server, name)
    server = None
    try:
        plan = prepare(args.users)
        with tempfile.TemporaryDirectory(prefix="bench-load-") as scratch:
            plan_path = str(Path(scratch) / "plan.json")
            Path(plan_path).write_text(json.dumps({**plan, "think": args.think.split(",")}))
            port = free_port()
            server = start_gunicorn(port, args.workers)
            warm_up(port, plan, args.workers)
            load_before = os.getloadavg()
            server_cpu, client_cpu = server_cpu_seconds(server), client_cpu_seconds()
            started = time.perf_counter()
            run_locust(port, plan_path, args, str(Path(scratch) / "load"))
            elapsed = time.perf_counter() - started
            server_cpu = server_cpu_seconds(server) - server_cpu
            client_cpu = client_cpu_seconds() - client_cpu
            load_after = os.getloadavg()
            figures = read_figures(str(Path(scratch) / "load"))
            failures = read_failures(str(Path(scratch) / "load"))
    finally:
        if server:
            stop(server)
        from django.db import connections

        connections.close_all()
        drop_database(args.server, name)

    overall = figures[-1]
    cpu = {
        "cpus": os.cpu_count(),
        "server_cores": round(server_cpu / elapsed, 2),
        "locust_cores": round(client_cpu / elapsed, 2),
        "server_cpu_ms_per_request": round(1000 * server_cpu / max(overall["requests"], 1), 1),
    }
    print(
        f"gunicorn {args.workers} workers, PostgreSQL, Redis; locust {args.users} users "
        f"for {args.seconds} s, thinking {args.think} s; load average {load_before[0]:.1f} "
        f"before, {load_after[0]:.1f} after (1 min) on {cpu['cpus']} CPUs"
    )
    print(
        f"CPU: gunicorn workers {cpu['server_cores']} cores "
        f"({cpu['server_cpu_ms_per_request']} ms a request), locust {cpu['locust_cores']} cores"
    )
    print(f"{'request':<28} {'count':>6} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'errors':>6}")
    for row in figures:
        print(
            f"{row['name']:<28} {row['requests']:>6} {row['rps']:>7} {row['p50_ms']:>7.0f} "
            f"{row['p95_ms']:>7.0f} {row['errors']:>6}"
        )
    for failure in failures:
        print(
            f"  error: {failure['Method']} {failure['Name']}: {failure['Error']} "
            f"×{failure['Occurrences']}"
        )
    print(
        json.dumps(
            {
                "benchmark": "load",
                "users": args.users,
                "seconds": args.seconds,
                "workers": args.workers,
                "think": args.think,
                "cpu": cpu,
                "load_average": [round(load_before[0], 2), round(load_after[0], 2)],
                "results": figures,
                "failures": failures,
            }
        )
    )


if __name__ == "__main__":
    main()
