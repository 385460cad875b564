"""Benchmark the document pipeline: certificate vs a bare WeasyPrint page, memory.

Run: .venv/bin/python bench/documents.py [--renders 500] [--samples 200] [--bulk 200]
     [--bulk-rounds 3]
Prints figures, then one JSON object on the last line.

- bare: ``HTML(string=<one short page>).write_pdf()``, WeasyPrint's defaults
  (which build a new font configuration per call); also shown with the
  process-wide font configuration, for comparison.
- certificate: the real certificate (print CSS, shipped fonts incl. Khmer,
  QR code, PDF/A-3b, JSON attachment), without and with the PAdES signature.
- RSS: resident memory after warm-up, then after N signed certificates.
- bulk: N signed certificates rendered by one forked process, then by two
  (each half of them), in turn for a few rounds; each worker warms up before
  a common start (see ``bulk_run``).
- handout: the demo modules' handouts (English; lessons from the demo
  content, no database), time per page.
Goals: certificate <= 3x bare, two processes >= 1.8x one, RSS growth < 10 %.
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


def _render_batch(sequences: list[int]) -> int:
    return sum(len(render_certificate(certificate(sequence))) for sequence in sequences)


def _bulk_worker(sequences: list[int], ready, results) -> None:
    """One worker: warm up, wait for the others, render its share, report.

    The warm-up render (a number outside the timed ones) happens before the
    barrier, so no worker pays a first-render cost inside the timed part;
    the times are taken on the monotonic clock, which all processes share.
    """
    render_certificate(certificate(10**6 + os.getpid() % 1000))
    ready.wait()
    start_cpu, start = time.process_time(), time.perf_counter()
    _render_batch(sequences)
    results.put((start, time.perf_counter(), time.process_time() - start_cpu))


def _machine_busy_seconds() -> float:
    """CPU seconds all processes on the machine have used so far (/proc/stat)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def bulk_run(total: int, workers: int) -> dict[str, float]:
    """Render and sign certificates 1..`total` in `workers` forked processes.

    Each process gets one contiguous block of the same size (so each renders
    as many English and French certificates as the other); the processes
    are forked from this warm process, warm up once more, then start
    together. They share no lock and no database. Returns the wall time from
    the common start to the last one done, the workers' CPU time in that
    part, and the CPU time the rest of the machine used meanwhile (other
    processes on the same cores: with them, two workers cannot get two
    whole cores).
    """
    sequences = list(range(1, total + 1))
    size = -(-total // workers)
    chunks = [sequences[index * size : (index + 1) * size] for index in range(workers)]
    context = multiprocessing.get_context("fork")
    ready = context.Barrier(workers + 1)
    results = context.SimpleQueue()
    processes = [
        context.Process(target=_bulk_worker, args=(chunk, ready, results)) for chunk in chunks
    ]
    for process in processes:
        process.start()
    ready.wait()
    busy_before = _machine_busy_seconds()
    reports = [results.get() for _ in processes]
    busy_after = _machine_busy_seconds()
    for process in processes:
        process.join()
        assert process.exitcode == 0, f"bulk worker failed ({process.exitcode})"
    wall = max(end for _, end, _ in reports) - min(start for start, _, _ in reports)
    cpu = sum(report[2] for report in reports)
    return {"wall_s": wall, "cpu_s": cpu, "others_cpu_s": max(busy_after - busy_before - cpu, 0.0)}


def bulk_figures(total: int, rounds: int) -> dict:
    """One process, then two, `rounds` times in turn. The speed-up is the
    median of the rounds' speed-ups (each round's two runs follow each other,
    so they see about the same machine load); the runs shown are the ones of
    the median round."""
    rounds_run = []
    for _round in range(rounds):
        one, two = bulk_run(total, 1), bulk_run(total, 2)
        rounds_run.append((one["wall_s"] / two["wall_s"], one, two))
    rounds_run.sort(key=lambda run: run[0])
    speedup, one, two = rounds_run[len(rounds_run) // 2]
    return {
        "one": {key: round(value, 2) for key, value in one.items()},
        "two": {key: round(value, 2) for key, value in two.items()},
        "speedup": round(speedup, 2),
        "speedups": [round(run[0], 2) for run in rounds_run],
        "rounds": [
            {
                "speedup": round(run[0], 2),
                "one": {key: round(value, 2) for key, value in run[1].items()},
                "two": {key: round(value, 2) for key, value in run[2].items()},
            }
            for run in rounds_run
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--renders", type=int, default=500)
    parser.add_argument("--bulk", type=int, default=200)
    parser.add_argument(
        "--bulk-rounds", type=int, default=3, help="one process then two, this many times"
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
    bulk = bulk_figures(args.bulk, args.bulk_rounds)
    one, two, speedup = bulk["one"], bulk["two"], bulk["speedup"]
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
    print(
        f"bulk {args.bulk} signed certificates (median of {args.bulk_rounds} rounds): "
        f"{one['wall_s']:.2f} s with one process, {two['wall_s']:.2f} s with two "
        f"({speedup:.2f}x, {os.cpu_count()} CPUs; all rounds {bulk['speedups']}); "
        f"worker CPU {one['cpu_s']:.1f} s vs {two['cpu_s']:.1f} s; other processes used "
        f"{one['others_cpu_s']:.1f} s vs {two['others_cpu_s']:.1f} s CPU meanwhile; "
        f"load average {load_before:.1f} before, {load:.1f} after"
    )
    others = max(one["others_cpu_s"] / one["wall_s"], two["others_cpu_s"] / two["wall_s"])
    if others > 0.2:
        print(
            f"  other processes kept {others:.1f} of the {os.cpu_count()} CPUs busy during the "
            "bulk runs: two workers could not get two CPUs; re-run on a quiet machine"
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
                "ratio_signed_to_bare_shared_font_config": round(ratio_signed_shared, 2),
                "bulk_certificates": args.bulk,
                "bulk_rounds": args.bulk_rounds,
                "bulk_one_process_s": one["wall_s"],
                "bulk_two_processes_s": two["wall_s"],
                "bulk_speedup": speedup,
                "bulk_speedups_by_round": bulk["speedups"],
                "bulk_rounds_detail": bulk["rounds"],
                "bulk_one_process_cpu_s": one["cpu_s"],
                "bulk_two_processes_cpu_s": two["cpu_s"],
                "bulk_other_processes_cpu_s": [one["others_cpu_s"], two["others_cpu_s"]],
                "bulk_other_processes_cpus": round(others, 2),
                "load_average_before_bulk": round(load_before, 2),
                "load_average": round(load, 2),
                "cpus": os.cpu_count(),
                "renders_for_rss": args.renders,
                "rss_before_kib": rss_before,
                "rss_after_kib": rss_after,
                "rss_growth_percent": round(growth, 2),
                "goal_ratio_met": ratio_signed <= 3,
                "goal_rss_met": growth < 10,
                "goal_bulk_met": speedup >= 1.8,
            }
        )
    )


if __name__ == "__main__":
    main()
