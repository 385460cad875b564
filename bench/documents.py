"""Benchmark the document pipeline: certificate vs a bare WeasyPrint page, memory,
and a session's bulk issue run by one and by two `db_worker` processes.

Run: .venv/bin/python bench/documents.py [--renders 500] [--samples 200] [--bulk 2000]
     [--bulk-rounds 1] [--checkpoint 200]
(`--bulk 0` skips the bulk issue; BENCH_DATABASE_URL=postgres://… runs it on a
new database on that PostgreSQL server instead of a scratch SQLite file.)
Prints figures, then one JSON object on the last line.

- bare: ``HTML(string=<one short page>).write_pdf()``, WeasyPrint's defaults
  (which build a new font configuration per call); also shown with the
  process-wide font configuration, for comparison.
- certificate: the real certificate (print CSS, shipped fonts incl. Khmer,
  QR code, PDF/A-3b, JSON attachment), without and with the PAdES signature.
- RSS: resident memory after warm-up, then after N signed certificates.
- bulk: the product path (`bench/bulk_issue.py`): a session with N learners,
  `certificate_batch_start` as the coordinator's page calls it, run to the
  stored ZIP by one `manage.py db_worker`, then by two; each worker's RSS
  after `--checkpoint` certificates and at the end, and its peak.
- handout: the demo modules' handouts (English; lessons from the demo
  content, no database), time per page.
Goals: certificate <= 3x bare, two workers >= 1.8x one, flat worker memory.
"""

import argparse
import datetime as dt
import gc
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bulk_issue import bulk_figures, configure_environment  # noqa: E402

configure_environment()

import django  # noqa: E402

django.setup()

from weasyprint import HTML  # noqa: E402

from documents.certificates import (  # noqa: E402
    CertificateDocument,
    format_certificate_number,
    new_verification_code,
    render_certificate,
)
from documents.handouts import HandoutDocument, HandoutLesson, render_handout  # noqa: E402
from documents.render import font_config  # noqa: E402
from documents.signing import check_signature  # noqa: E402


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


def _growth(run: dict) -> list[float]:
    """Each worker's RSS growth from the checkpoint to the end, in per cent."""
    return [
        round((end - early) / early * 100, 1)
        for early, end in zip(run["rss_at_checkpoint_mib"], run["rss_end_mib"], strict=True)
    ]


def _flat(median: dict) -> bool:
    return all(growth < 10 for run in (median["one"], median["two"]) for growth in _growth(run))


def print_bulk(bulk: dict, load_before: float, load: float) -> None:
    median = bulk["median"]
    print(
        f"bulk issue on {bulk['database']} (median of {len(bulk['rounds'])} rounds; speed-ups "
        f"{[run['speedup'] for run in bulk['rounds']]}; load average {load_before:.1f} before, "
        f"{load:.1f} after):"
    )
    for label in ("one", "two"):
        run = median[label]
        print(
            f"  {run['workers']} db_worker: {run['certificates']} certificates + ZIP in "
            f"{run['wall_s']:.1f} s ({run['per_second']:.1f}/s); worker CPU "
            f"{run['workers_cpu_s']:.1f} s, other processes {run['others_cpu_s']:.1f} s; RSS "
            f"{run['rss_at_checkpoint_mib']} MiB after {bulk['checkpoint']}, "
            f"{run['rss_end_mib']} MiB at the end ({_growth(run)} %), peak {run['peak_rss_mib']}"
        )
    print(f"  speed-up: {median['speedup']:.2f}x ({os.cpu_count()} CPUs)")
    two = median["two"]
    if two["others_cpu_s"] / two["wall_s"] > 0.2:
        print(
            f"  other processes kept {two['others_cpu_s'] / two['wall_s']:.1f} CPUs busy during "
            "the two-worker run: two workers could not get two CPUs"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--renders", type=int, default=500)
    parser.add_argument("--bulk", type=int, default=2000, help="learners in the session")
    parser.add_argument(
        "--bulk-rounds", type=int, default=1, help="one worker then two, this many times"
    )
    parser.add_argument(
        "--checkpoint", type=int, default=200, help="certificates done when RSS is first read"
    )
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

    load_before = os.getloadavg()[0]
    bulk = None
    if args.bulk:
        checkpoint = min(args.checkpoint, args.bulk // 2)
        bulk = bulk_figures(learners=args.bulk, rounds=args.bulk_rounds, checkpoint=checkpoint)
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
    ratio_signed_shared = signed["median_ms"] / bare_shared_fonts["median_ms"]
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
        f"p95 {signed['p95_ms']} ms, {ratio_signed:.2f}x bare "
        f"({ratio_signed_shared:.2f}x the shared-font-config bare)"
    )
    if bulk:
        print_bulk(bulk, load_before, load)
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
                "ratio_signed_to_bare_shared_font_config": round(ratio_signed_shared, 2),
                "bulk": bulk,
                "load_average_before_bulk": round(load_before, 2),
                "load_average": round(load, 2),
                "cpus": os.cpu_count(),
                "renders_for_rss": args.renders,
                "rss_before_kib": rss_before,
                "rss_after_kib": rss_after,
                "rss_growth_percent": round(growth, 2),
                "goal_ratio_met": ratio_signed <= 3,
                "goal_rss_met": growth < 10,
                "goal_bulk_met": bulk["median"]["speedup"] >= 1.8 if bulk else None,
                "goal_bulk_memory_met": _flat(bulk["median"]) if bulk else None,
            }
        )
    )


if __name__ == "__main__":
    main()
