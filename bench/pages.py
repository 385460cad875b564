"""Benchmark the training pages against a bare Django view, through gunicorn.

    .venv/bin/python bench/pages.py [--seconds 5] [--concurrency 4]

Loads the demo into a throwaway database (var/bench.sqlite3, or
BENCH_DATABASE_URL), starts gunicorn with 2 sync workers, and for each URL
measures requests per second and p50/p95 latency with a few client
processes. The bare view goes through the same middleware stack, so the
ratios show what the pages cost on top of Django itself. The personal page
(the dashboard) is also compared with the bare view behind
`login_required`, fetched with the same session, for which the stack loads
the session and the user too. Each page is measured in slices alternating
with its baselines, so all see the same load on a shared machine. It does
so twice: with the anonymous page cache off (PAGE_CACHE_SECONDS=0), then on
(Redis at BENCH_REDIS_URL, default redis://127.0.0.1:6379/0), checking which
answers came from the cache. The content memo is on, as in production with
Redis; CONTENT_MEMO=0 measures without it. The last line printed is one
JSON object with every figure.
"""

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare() -> dict[str, str]:
    """Fresh demo database; returns the URLs and the official's session cookie."""
    (ROOT / "var").mkdir(exist_ok=True)
    if "BENCH_DATABASE_URL" not in os.environ:
        for suffix in ("", "-wal", "-shm"):
            (ROOT / "var" / f"bench.sqlite3{suffix}").unlink(missing_ok=True)
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], check=True, cwd=ROOT)
    subprocess.run([*manage, "load_demo"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)

    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    from core.models import User
    from training.models import CatalogueIndexPage, LessonPage, TrainingModulePage

    official = User.objects.get(email="official@passerelle.demo")
    client = Client()
    client.force_login(official)
    module = TrainingModulePage.objects.get(slug="traffic-management", locale__language_code="en")
    lesson = LessonPage.objects.child_of(module).get(slug="junction-design")
    session_cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    from core import pagecache

    pagecache.purge()  # nothing left from an earlier run's database
    return {
        "cookie": f"{session_cookie.key}={session_cookie.value}",
        "bare": "/bench/bare/",
        "catalogue": CatalogueIndexPage.objects.get(locale__language_code="en").url,
        "module": module.url,
        "lesson": lesson.url,
        "dashboard": "/learning/dashboard/",
    }


def served_from_cache(port: int, path: str, cookie: str) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.getheader("X-Page-Cache") == "hit"


def hammer(port: int, path: str, cookie: str, seconds: float) -> list[float]:
    """One client process: sequential requests for `seconds`; returns latencies (s)."""
    headers = {"Cookie": cookie} if cookie else {}
    latencies = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        connection.close()
        if response.status != 200:
            raise RuntimeError(f"{path} answered {response.status}")
        latencies.append(time.perf_counter() - start)
    return latencies


ROUNDS = 5


def figures(latencies: list[float], seconds: float) -> dict:
    latencies = sorted(latencies)
    return {
        "requests": len(latencies),
        "rps": round(len(latencies) / seconds, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 2),
        "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 2),
    }


def measure(pool, port, path, cookie, seconds, concurrency, baselines) -> tuple[dict, list]:
    """Figures for `path` and for each baseline `(path, cookie)`, measured in
    alternating slices so that all see the same load on a shared machine."""
    hammer(port, path, cookie, 0.5)  # warm up
    targets = [(path, cookie, []), *((bare, bare_cookie, []) for bare, bare_cookie in baselines)]
    for _ in range(ROUNDS):
        for target, target_cookie, latencies in targets:
            futures = [
                pool.submit(hammer, port, target, target_cookie, seconds / ROUNDS)
                for _ in range(concurrency)
            ]
            latencies.extend(latency for future in futures for latency in future.result())
    page, *bares = (figures(latencies, seconds) for _path, _cookie, latencies in targets)
    return page, bares


def run_server(urls: dict, cookie: str, args, *, page_cache_seconds: int) -> dict:
    """Start gunicorn with the page cache on or off and measure every URL."""
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "config.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
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
                hammer(port, urls["bare"], "", 0.01)
                break
            except OSError:
                time.sleep(0.1)
        results = {}
        with ProcessPoolExecutor(args.concurrency) as pool:
            for name, path in urls.items():
                if name == "bare":
                    continue
                personal = name in PERSONAL
                client_cookie = cookie if personal else ""
                baselines = [(urls["bare"], "")]
                if personal:
                    baselines.append((BARE_LOGGED_IN, cookie))
                page, bares = measure(
                    pool, port, path, client_cookie, args.seconds, args.concurrency, baselines
                )
                results[name] = {
                    "path": path,
                    "personal": personal,
                    "from_cache": served_from_cache(port, path, client_cookie),
                    **page,
                    "bare_rps": bares[0]["rps"],
                    "ratio_to_bare": round(page["rps"] / bares[0]["rps"], 3),
                }
                if personal:
                    results[name]["bare_logged_in_rps"] = bares[1]["rps"]
                    results[name]["ratio_to_bare_logged_in"] = round(
                        page["rps"] / bares[1]["rps"], 3
                    )
    finally:
        server.terminate()
        server.wait(timeout=10)
    return results


PERSONAL = {"dashboard"}
#: The bare view behind `login_required`, fetched as the same logged-in user:
#: the stack then also loads the session and the user, as for a personal page.
BARE_LOGGED_IN = "/bench/bare/logged-in/"


def print_table(title: str, results: dict) -> None:
    print(title)
    print(
        f"{'page':<10} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'bare/s':>8} {'× bare':>7} "
        f"{'cache':>6}  path"
    )
    for name, figures in results.items():
        cache = "hit" if figures["from_cache"] else "-"
        print(
            f"{name:<10} {figures['rps']:>8} {figures['p50_ms']:>8} {figures['p95_ms']:>8} "
            f"{figures['bare_rps']:>8} {figures['ratio_to_bare']:>7} {cache:>6}  {figures['path']}"
        )
        if "ratio_to_bare_logged_in" in figures:
            print(
                f"{'':<10} {'':>8} {'':>8} {'':>8} {figures['bare_logged_in_rps']:>8} "
                f"{figures['ratio_to_bare_logged_in']:>7} {'':>6}  "
                f"(against {BARE_LOGGED_IN}, logged in)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()

    urls = prepare()
    cookie = urls.pop("cookie")
    uncached = run_server(urls, cookie, args, page_cache_seconds=0)
    cached = run_server(urls, cookie, args, page_cache_seconds=600)

    from django.conf import settings

    memo = "on" if settings.CONTENT_MEMO else "off"
    print(
        f"gunicorn 2 workers, {args.concurrency} clients, {args.seconds:g} s per URL, "
        f"content memo {memo} (CONTENT_MEMO)"
    )
    print_table("page cache off", uncached)
    print_table("page cache on (anonymous pages; the dashboard is never cached)", cached)
    print(
        json.dumps(
            {
                "benchmark": "pages",
                "workers": 2,
                "concurrency": args.concurrency,
                "seconds": args.seconds,
                "database": "postgresql" if "BENCH_DATABASE_URL" in os.environ else "sqlite",
                "content_memo": settings.CONTENT_MEMO,
                "results": uncached,
                "cached": cached,
            }
        )
    )


if __name__ == "__main__":
    main()
