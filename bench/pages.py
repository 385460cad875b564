"""Benchmark the training pages against a bare Django view, through gunicorn.

    .venv/bin/python bench/pages.py [--seconds 5] [--concurrency 4]

Loads the demo into a throwaway database (var/bench.sqlite3, or
BENCH_DATABASE_URL), starts gunicorn with 2 sync workers, and for each URL
measures requests per second and p50/p95 latency with a few client
processes. The bare view goes through the same middleware stack, so the
ratios show what the pages cost on top of Django itself; each page is
measured in slices alternating with the bare view, so both see the same load
on a shared machine. It does so twice:
with the anonymous page cache off (PAGE_CACHE_SECONDS=0), then on (Redis at
BENCH_REDIS_URL, default redis://127.0.0.1:6379/0), checking which answers
came from the cache. The content memo is on, as in production with Redis;
CONTENT_MEMO=0 measures without it. The last line printed is one JSON object with every
figure.
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

    from exchange.models import User
    from training.models import CatalogueIndexPage, LessonPage, TrainingModulePage

    official = User.objects.get(email="official@passerelle.demo")
    client = Client()
    client.force_login(official)
    module = TrainingModulePage.objects.get(slug="traffic-management", locale__language_code="en")
    lesson = LessonPage.objects.child_of(module).get(slug="junction-design")
    session_cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    from exchange import pagecache

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


def measure(pool, port, path, cookie, seconds, concurrency, bare_path) -> tuple[dict, dict]:
    """Figures for `path` and for the bare view, measured in alternating slices
    so that both see the same load on a shared machine."""
    hammer(port, path, cookie, 0.5)  # warm up
    page, bare = [], []
    for _ in range(ROUNDS):
        for target, target_cookie, latencies in ((bare_path, "", bare), (path, cookie, page)):
            futures = [
                pool.submit(hammer, port, target, target_cookie, seconds / ROUNDS)
                for _ in range(concurrency)
            ]
            latencies.extend(latency for future in futures for latency in future.result())
    return figures(page, seconds), figures(bare, seconds)


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
                personal = name == "dashboard"
                client_cookie = cookie if personal else ""
                page, bare = measure(
                    pool, port, path, client_cookie, args.seconds, args.concurrency, urls["bare"]
                )
                results[name] = {
                    "path": path,
                    "personal": personal,
                    "from_cache": served_from_cache(port, path, client_cookie),
                    **page,
                    "bare_rps": bare["rps"],
                    "ratio_to_bare": round(page["rps"] / bare["rps"], 3),
                }
    finally:
        server.terminate()
        server.wait(timeout=10)
    return results


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
