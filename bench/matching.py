"""Benchmark of experts/matching/: full scoring + optimal batch assignment.

Synthetic data: R requests x E experts (1,000 x 10,000 and a smaller
size), a taxonomy of 200 skills in 20 domains; 70 % of the requests on
site (experts free for the whole period), 30 % remote (half of it). Two pipelines in the same
run, timed and with their peak memory (tracemalloc: Python and numpy
allocations; and the resident-set high-water mark, which also counts
the solver's own C++ memory):

- sparse: the real module. The skill inverted index gives each request
  its candidates; components are computed for those only; HiGHS solves
  the b-matching on the candidate graph.
- dense: the textbook baseline. The full R x E score matrix is computed
  from dense expert x skill / expert x language matrices, eligible pairs
  are read off it, and the same solver runs on them.

Both must find the same optimal total (checked). Run:

    .venv/bin/python bench/matching.py [--sizes 100x1000,1000x10000] [--seed 1]

The last line printed is one JSON object with every figure.
"""

import argparse
import datetime
import gc
import json
import os
import random
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from experts.matching import (  # noqa: E402
    SCALE,
    WEIGHTS,
    WORKING_LEVEL,
    ExpertData,
    ExpertPool,
    RequestData,
    batch_assign,
    candidate_edges,
    solve_b_matching,
    solve_b_matching_sparse,
)
from experts.matching.scoring import _credit  # noqa: E402

N_DOMAINS, SKILLS_PER_DOMAIN = 20, 10
N_SKILLS = N_DOMAINS * SKILLS_PER_DOMAIN
LANGUAGES = ["en", "fr", "pt", "km", "es", "vi", "zh", "ar"]
DAY0 = datetime.date(2027, 1, 1)


def synthetic(n_requests: int, n_experts: int, seed: int):
    rng = random.Random(seed)
    experts = []
    for k in range(n_experts):
        domains = rng.sample(range(N_DOMAINS), rng.randint(1, 2))
        skills = {}
        for _ in range(rng.randint(3, 6)):
            domain = rng.choice(domains)
            skills[domain * SKILLS_PER_DOMAIN + rng.randrange(SKILLS_PER_DOMAIN)] = rng.randint(
                1, 4
            )
        languages = {rng.choice(LANGUAGES): 6}
        for code in rng.sample(LANGUAGES, rng.randint(0, 2)):
            languages.setdefault(code, rng.randint(2, 6))
        windows = []
        for _ in range(rng.randint(1, 3)):
            start = DAY0 + datetime.timedelta(days=rng.randint(0, 330))
            windows.append((start, start + datetime.timedelta(days=rng.randint(7, 60))))
        experts.append(
            ExpertData(
                id=k + 1,
                skills=skills,
                languages=languages,
                availability=windows,
                domains=frozenset(domains),
                years=rng.randint(0, 35),
                ratings=tuple(rng.randint(2, 5) for _ in range(rng.choice([0, 0, 1, 2, 5]))),
                load=rng.choice([0, 0, 0, 1]),
                capacity=rng.choice([1, 1, 2, 3]),
            )
        )
    requests = []
    # Drawn apart so the rest of the data stays what it was before the rule.
    shares = random.Random(f"{seed}-availability")
    for k in range(n_requests):
        domain = rng.randrange(N_DOMAINS)
        pool = [domain * SKILLS_PER_DOMAIN + s for s in range(SKILLS_PER_DOMAIN)]
        wanted = rng.sample(pool, rng.randint(2, 5))
        n_required = rng.randint(1, min(3, len(wanted)))
        start = DAY0 + datetime.timedelta(days=rng.randint(0, 330))
        requests.append(
            RequestData(
                id=k + 1,
                domain=domain,
                start=start,
                end=start + datetime.timedelta(days=rng.randint(4, 20)),
                required={s: rng.randint(1, 3) for s in wanted[:n_required]},
                nice={s: rng.randint(1, 3) for s in wanted[n_required:]},
                languages=frozenset(rng.sample(LANGUAGES[:4], rng.randint(1, 2))),
                interpretation=rng.random() < 0.1,
                needed=rng.randint(1, 3),
                # 70 % on site (the whole period), 30 % remote (half of it).
                min_availability=100 if shares.random() < 0.7 else 50,
            )
        )
    return experts, requests


def sparse_pipeline(experts, requests):
    pool = ExpertPool(experts)
    return batch_assign(pool, requests), pool


def dense_pipeline(experts, requests):
    """Score every (request, expert) pair into one R x E matrix."""
    n, codes = len(experts), sorted({c for e in experts for c in e.languages})
    column = {c: i for i, c in enumerate(codes)}
    skill_matrix = np.zeros((n, N_SKILLS), dtype=np.int8)
    language_matrix = np.zeros((n, len(codes)), dtype=np.int8)
    domain_matrix = np.zeros((n, N_DOMAINS), dtype=bool)
    for row, e in enumerate(experts):
        for s, level in e.skills.items():
            skill_matrix[row, s] = level
        for c, level in e.languages.items():
            language_matrix[row, column[c]] = level
        for d in e.domains:
            domain_matrix[row, d] = True
    pool = ExpertPool(experts)  # for availability, ratings and load, identical inputs
    all_rows = np.arange(n)
    years = np.minimum(pool.years, 20) / 20
    rating = (pool.rating - 1) / 4
    load = np.clip(1 - pool.load / np.maximum(pool.capacity, 1), 0, 1)
    scores = np.zeros((len(requests), n), dtype=np.int32)
    eligible = np.zeros((len(requests), n), dtype=bool)
    for i, r in enumerate(requests):
        met = np.zeros(n, dtype=np.int64)
        required = np.zeros(n)
        for s, minimum in r.required.items():
            levels = skill_matrix[:, s]
            has = levels > 0
            required += np.where(has, _credit(levels, minimum), 0.0)
            met += levels >= minimum
        nice = np.zeros(n)
        for s, minimum in r.nice.items():
            levels = skill_matrix[:, s]
            nice += np.where(levels > 0, _credit(levels, minimum), 0.0)
        cols = [column[c] for c in sorted(r.languages) if c in column]
        best = language_matrix[:, cols].max(axis=1) if cols else np.zeros(n, dtype=np.int8)
        free = pool._free_days(all_rows, r.start.toordinal(), r.end.toordinal())
        total = (
            WEIGHTS["required_skills"] * required / len(r.required)
            + WEIGHTS["nice_skills"] * (nice / len(r.nice) if r.nice else 0)
            + WEIGHTS["language"] * np.minimum(best, 6) / 6
            + WEIGHTS["availability"] * free / r.days
            + WEIGHTS["domain"] * (0.6 * domain_matrix[:, r.domain] + 0.4 * years)
            + WEIGHTS["rating"] * rating
            + WEIGHTS["load"] * load
        )
        scores[i] = np.rint(total * SCALE)
        eligible[i] = (
            (met > 0)
            & ((best >= WORKING_LEVEL) | r.interpretation)
            & (free >= r.min_free_days)
            & (scores[i] > 0)
        )
    left, right = np.nonzero(eligible)
    weight = scores[left, right].astype(np.int64)
    needs = np.array([r.needed for r in requests])
    free_slots = np.clip(pool.capacity - pool.load, 0, None)
    chosen = solve_b_matching(left, right, weight, needs, free_slots)
    return int(weight[chosen].sum()), int(len(weight))


def measure(fn, *args):
    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    result = fn(*args)
    elapsed = time.perf_counter() - start
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, elapsed, peak / 2**20


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def measure_rss(fn, *args):
    """Wall time and peak resident memory above the starting point (Linux:
    the high-water mark is reset through /proc/self/clear_refs), which
    also counts HiGHS's C++ allocations that tracemalloc cannot see."""
    gc.collect()
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:  # not Linux: no RSS figure
        start = time.perf_counter()
        result = fn(*args)
        return result, time.perf_counter() - start, None
    before = _status_kb("VmRSS")
    start = time.perf_counter()
    result = fn(*args)
    elapsed = time.perf_counter() - start
    return result, elapsed, (_status_kb("VmHWM") - before) / 1024


def run(n_requests: int, n_experts: int, seed: int) -> dict:
    experts, requests = synthetic(n_requests, n_experts, seed)
    # Phases of the sparse pipeline, timed apart (not traced: tracing slows numpy).
    t0 = time.perf_counter()
    pool = ExpertPool(experts)
    t1 = time.perf_counter()
    left, right, weight = candidate_edges(pool, requests)
    t2 = time.perf_counter()
    needs = np.array([r.needed for r in requests])
    free = np.clip(pool.capacity - pool.load, 0, None)
    solve_b_matching_sparse(left, right, weight, needs, free)
    t3 = time.perf_counter()

    (assignment, _pool), sparse_time, sparse_peak = measure(sparse_pipeline, experts, requests)
    _result, sparse_untraced, sparse_rss = measure_rss(sparse_pipeline, experts, requests)
    (dense_total, dense_edges), dense_time, dense_peak = measure(dense_pipeline, experts, requests)
    _result, dense_untraced, dense_rss = measure_rss(dense_pipeline, experts, requests)
    assert dense_total == assignment.total, (dense_total, assignment.total)
    return {
        "requests": n_requests,
        "experts": n_experts,
        "candidate_edges": int(len(weight)),
        "assigned": len(assignment.pairs),
        "seats": int(needs.sum()),
        "total_score": assignment.total,
        "sparse_index_s": round(t1 - t0, 3),
        "sparse_score_s": round(t2 - t1, 3),
        "sparse_assign_s": round(t3 - t2, 3),
        "sparse_s": round(sparse_untraced, 3),
        "sparse_traced_s": round(sparse_time, 3),
        "sparse_peak_mb": round(sparse_peak, 1),
        "sparse_peak_rss_mb": None if sparse_rss is None else round(sparse_rss, 1),
        "dense_edges": dense_edges,
        "dense_s": round(dense_untraced, 3),
        "dense_traced_s": round(dense_time, 3),
        "dense_peak_mb": round(dense_peak, 1),
        "dense_peak_rss_mb": None if dense_rss is None else round(dense_rss, 1),
        "same_optimum": dense_total == assignment.total,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100x1000,1000x10000")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    results = []
    for size in args.sizes.split(","):
        n_requests, n_experts = (int(x) for x in size.split("x"))
        figures = run(n_requests, n_experts, args.seed)
        results.append(figures)
        print(
            f"{n_requests:>5} requests x {n_experts:>6} experts: "
            f"{figures['candidate_edges']:>7} candidate pairs, "
            f"{figures['assigned']}/{figures['seats']} seats filled, total {figures['total_score']}"
        )
        print(
            f"    sparse: {figures['sparse_s']:.3f} s (index {figures['sparse_index_s']:.3f}, "
            f"score {figures['sparse_score_s']:.3f}, assign {figures['sparse_assign_s']:.3f}), "
            f"peak {figures['sparse_peak_mb']:.1f} MB traced, "
            f"{figures['sparse_peak_rss_mb']} MB resident"
        )
        print(
            f"    dense : {figures['dense_s']:.3f} s, "
            f"peak {figures['dense_peak_mb']:.1f} MB traced, "
            f"{figures['dense_peak_rss_mb']} MB resident, "
            f"{figures['dense_edges']} eligible pairs; same optimum: {figures['same_optimum']}"
        )
    full = results[-1]
    summary = {
        "benchmark": "matching",
        "cpu_count": os.cpu_count(),
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "results": results,
        "goal_met": full["sparse_s"] <= 1.0
        and full["sparse_peak_mb"] <= 100
        and (full["sparse_peak_rss_mb"] or 0) <= 100,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
