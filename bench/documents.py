"""Benchmark the document pipeline: certificate vs a bare WeasyPrint page, memory.

Run: .venv/bin/python bench/documents.py [--renders 500] [--samples 200]
Prints figures, then one JSON object on the last line.

- bare: ``HTML(string=<one short page>).write_pdf()``, WeasyPrint's defaults
  (which build a new font configuration per call); also shown with the
  process-wide font configuration, for comparison.
- certificate: the real certificate (print CSS, shipped fonts incl. Khmer,
  QR code, PDF/A-3b, JSON attachment), without and with the PAdES signature.
- RSS: resident memory after warm-up, then after N signed certificates.
- bulk: N signed certificates rendered by one forked process, then two.
- handout: the demo modules' handouts (English; lessons from the demo
  content, no database), time per page.
Goals: certificate <= 2.5x bare, two processes >= 1.8x one, RSS growth < 10 %.
"""

import argparse
import datetime as dt
import gc
import io
import json
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from weasyprint import HTML  # noqa: E402

from exchange.documents.certificates import (  # noqa: E402
    CertificateDocument,
    format_certificate_number,
    new_verification_code,
    render_certificate,
)
from exchange.documents.handouts import HandoutDocument, HandoutLesson, render_handout  # noqa: E402
from exchange.documents.render import font_config  # noqa: E402
from exchange.documents.signing import check_signature  # noqa: E402


def demo_handouts() -> list[HandoutDocument]:
    """The demo modules as handouts, built from the demo content without a database."""
    from django.utils.safestring import mark_safe

    from training.blocks import LessonStreamBlock
    from training.demo import _stream
    from training.demo_content import MODULES
    from training.handout_services import stream_print_html

    handouts = []
    for spec in MODULES:
        lessons = tuple(
            HandoutLesson(
                title=lesson["en"]["title"],
                summary=lesson["en"]["summary"],
                minutes=lesson["minutes"],
                body_html=stream_print_html(
                    LessonStreamBlock().to_python(_stream(lesson["en"]["body"]))
                ),
            )
            for lesson in spec["lessons"]
        )
        handouts.append(
            HandoutDocument(
                title=spec["en"]["title"],
                summary=spec["en"]["summary"],
                objectives_html=mark_safe(spec["en"]["objectives"]),  # noqa: S308
                hours=spec["duration_hours"],
                lessons=lessons,
                generated_on=dt.date(2026, 11, 29),
            )
        )
    return handouts


def handout_figures(samples: int) -> dict:
    """Median render time per handout page over the demo modules."""
    from pypdf import PdfReader

    handouts = demo_handouts()
    render_handout(handouts[0])  # warm
    per_page, pages, sizes = [], [], []
    for _round in range(samples):
        for handout in handouts:
            start = time.perf_counter()
            pdf = render_handout(handout)
            elapsed = (time.perf_counter() - start) * 1000
            count = len(PdfReader(io.BytesIO(pdf)).pages)
            per_page.append(elapsed / count)
            pages.append(count)
            sizes.append(len(pdf))
    return {
        "per_page": summary(per_page),
        "pages": sorted(set(pages)),
        "max_kib": round(max(sizes) / 1024, 1),
    }


BARE_HTML = "<!DOCTYPE html><html><body><h1>Certificate</h1><p>Hello, world.</p></body></html>"


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def certificate(sequence: int) -> CertificateDocument:
    return CertificateDocument(
        number=format_certificate_number(2026, sequence),
        code=new_verification_code(),
        holder_name="សុខ ស្រីនិច (Sok Sreynich)",
        module_title="Gestion des déchets urbains",
        hours=12,
        issued_on=dt.date(2026, 11, 29),
        issuer_name="Claire Martin",
        language="fr" if sequence % 2 else "en",
    )


def summary(durations: list[float]) -> dict[str, float]:
    durations = sorted(durations)
    return {
        "median_ms": round(statistics.median(durations), 2),
        "p95_ms": round(durations[int(len(durations) * 0.95) - 1], 2),
    }


def timed_interleaved(functions: dict, samples: int) -> dict[str, dict[str, float]]:
    """Time each function once per round, in turn, so all see the same machine load."""
    durations: dict[str, list[float]] = {name: [] for name in functions}
    for index in range(samples):
        for name, function in functions.items():
            start = time.perf_counter()
            function(index)
            durations[name].append((time.perf_counter() - start) * 1000)
    return {name: summary(values) for name, values in durations.items()}


def _render_batch(sequences: list[int]) -> int:
    return sum(len(render_certificate(certificate(sequence))) for sequence in sequences)


def bulk_seconds(total: int, workers: int) -> tuple[float, float]:
    """Render and sign `total` certificates split over `workers` processes.

    The processes are forked after warm-up, as a task worker would be
    warm; only the rendering is measured (no database). Returns the wall
    time and the CPU time the worker processes used: when the machine is
    busy with other work, equal CPU time but no wall-clock gain means the
    cores were taken, not that the workers wait for each other.
    """
    chunks = [list(range(1 + index, total + 1, workers)) for index in range(workers)]
    context = multiprocessing.get_context("fork")
    before = os.times()
    pool = context.Pool(workers)
    pool.map(_render_batch, [[1]] * workers)  # warm each process
    start = time.perf_counter()
    pool.map(_render_batch, chunks)
    wall = time.perf_counter() - start
    pool.close()
    pool.join()
    after = os.times()
    cpu = (after.children_user + after.children_system) - (
        before.children_user + before.children_system
    )
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--renders", type=int, default=500)
    parser.add_argument("--bulk", type=int, default=200)
    parser.add_argument("--handouts", type=int, default=10, help="rounds over the demo modules")
    args = parser.parse_args()

    start = time.perf_counter()
    first = render_certificate(certificate(1))
    first_ms = (time.perf_counter() - start) * 1000
    assert check_signature(first).ok
    for index in range(10):  # warm caches on both paths
        HTML(string=BARE_HTML).write_pdf()
        render_certificate(certificate(index + 1))

    shared = font_config()
    figures = timed_interleaved(
        {
            "bare": lambda i: HTML(string=BARE_HTML).write_pdf(),
            "bare_shared": lambda i: HTML(string=BARE_HTML).write_pdf(font_config=shared),
            "unsigned": lambda i: render_certificate(certificate(i + 1), sign=False),
            "signed": lambda i: render_certificate(certificate(i + 1)),
            "check": lambda i: check_signature(first),
        },
        args.samples,
    )
    bare, bare_shared_fonts = figures["bare"], figures["bare_shared"]
    unsigned, signed, check = figures["unsigned"], figures["signed"], figures["check"]

    handout = handout_figures(args.handouts)

    bulk_one, bulk_one_cpu = bulk_seconds(args.bulk, 1)
    bulk_two, bulk_two_cpu = bulk_seconds(args.bulk, 2)
    speedup = bulk_one / bulk_two
    load = os.getloadavg()[0]

    gc.collect()
    rss_before = rss_kib()
    for index in range(args.renders):
        render_certificate(certificate(index + 1))
    gc.collect()
    rss_after = rss_kib()
    growth = (rss_after - rss_before) / rss_before * 100

    ratio_unsigned = unsigned["median_ms"] / bare["median_ms"]
    ratio_signed = signed["median_ms"] / bare["median_ms"]
    print(f"first certificate (cold, fonts loading): {first_ms:.0f} ms")
    print(f"bare one-page render:        median {bare['median_ms']} ms, p95 {bare['p95_ms']} ms")
    print(
        f"bare, shared font config:    median {bare_shared_fonts['median_ms']} ms, "
        f"p95 {bare_shared_fonts['p95_ms']} ms"
    )
    print(
        f"certificate (unsigned):      median {unsigned['median_ms']} ms, "
        f"p95 {unsigned['p95_ms']} ms, {ratio_unsigned:.2f}x bare"
    )
    print(
        f"certificate (signed):        median {signed['median_ms']} ms, "
        f"p95 {signed['p95_ms']} ms, {ratio_signed:.2f}x bare"
    )
    print(
        f"bulk {args.bulk} signed certificates: {bulk_one:.1f} s with one process, "
        f"{bulk_two:.1f} s with two ({speedup:.2f}x, {os.cpu_count()} CPUs); "
        f"worker CPU time {bulk_one_cpu:.1f} s vs {bulk_two_cpu:.1f} s; load average {load:.1f}"
    )
    print(f"signature check:             median {check['median_ms']} ms")
    print(
        f"handout (demo modules, {handout['pages']} pages, up to {handout['max_kib']} KiB): "
        f"median {handout['per_page']['median_ms']} ms per page, "
        f"p95 {handout['per_page']['p95_ms']} ms"
    )
    print(
        f"RSS: {rss_before / 1024:.1f} MiB before, {rss_after / 1024:.1f} MiB after "
        f"{args.renders} signed certificates ({growth:+.1f} %)"
    )
    print(
        json.dumps(
            {
                "bench": "documents",
                "samples": args.samples,
                "first_certificate_ms": round(first_ms, 1),
                "bare": bare,
                "bare_shared_font_config": bare_shared_fonts,
                "certificate_unsigned": unsigned,
                "certificate_signed": signed,
                "signature_check": check,
                "handout_per_page": handout["per_page"],
                "handout_pages": handout["pages"],
                "handout_max_kib": handout["max_kib"],
                "ratio_unsigned_to_bare": round(ratio_unsigned, 2),
                "ratio_signed_to_bare": round(ratio_signed, 2),
                "bulk_certificates": args.bulk,
                "bulk_one_process_s": round(bulk_one, 2),
                "bulk_two_processes_s": round(bulk_two, 2),
                "bulk_speedup": round(speedup, 2),
                "bulk_one_process_cpu_s": round(bulk_one_cpu, 2),
                "bulk_two_processes_cpu_s": round(bulk_two_cpu, 2),
                "load_average": round(load, 2),
                "cpus": os.cpu_count(),
                "renders_for_rss": args.renders,
                "rss_before_kib": rss_before,
                "rss_after_kib": rss_after,
                "rss_growth_percent": round(growth, 2),
                "goal_ratio_met": ratio_signed <= 2.5,
                "goal_rss_met": growth < 10,
                "goal_bulk_met": speedup >= 1.8,
            }
        )
    )


if __name__ == "__main__":
    main()
