"""Batch assignment: optimal against brute force, capacity-respecting, deterministic."""

import itertools
import random
from datetime import date

import numpy as np
import pytest

from experts.matching import (
    ExpertData,
    ExpertPool,
    RequestData,
    batch_assign,
    candidate_edges,
    solve_b_matching,
    solve_b_matching_sparse,
)


def brute_force(left, right, weight, left_cap, right_cap) -> int:
    best = 0
    m = len(weight)
    for chosen in itertools.product((0, 1), repeat=m):
        lc = np.zeros(len(left_cap), dtype=int)
        rc = np.zeros(len(right_cap), dtype=int)
        total = 0
        for k in range(m):
            if chosen[k]:
                lc[left[k]] += 1
                rc[right[k]] += 1
                total += weight[k]
        if (lc <= left_cap).all() and (rc <= right_cap).all():
            best = max(best, total)
    return best


@pytest.mark.parametrize("seed", range(60))
def test_solver_matches_brute_force_with_zero_gap(seed):
    rng = random.Random(seed)
    n_left, n_right = rng.randint(1, 4), rng.randint(1, 5)
    pairs = [(i, j) for i in range(n_left) for j in range(n_right) if rng.random() < 0.6]
    pairs = pairs[:13]
    left = np.array([p[0] for p in pairs], dtype=np.int64)
    right = np.array([p[1] for p in pairs], dtype=np.int64)
    weight = np.array([rng.randint(1, 1000) for _ in pairs], dtype=np.int64)
    left_cap = np.array([rng.randint(0, 3) for _ in range(n_left)])
    right_cap = np.array([rng.randint(0, 2) for _ in range(n_right)])

    chosen = solve_b_matching(left, right, weight, left_cap, right_cap)
    # Column generation from a single edge per left node reaches the same optimum.
    generated = solve_b_matching_sparse(left, right, weight, left_cap, right_cap, 1)

    assert int(weight[generated].sum()) == int(weight[chosen].sum())
    assert all(np.bincount(left[generated], minlength=n_left) <= left_cap)
    assert all(np.bincount(right[generated], minlength=n_right) <= right_cap)
    assert all(np.bincount(left[chosen], minlength=n_left) <= left_cap)
    assert all(np.bincount(right[chosen], minlength=n_right) <= right_cap)
    assert int(weight[chosen].sum()) == brute_force(left, right, weight, left_cap, right_cap)


def random_instance(seed: int):
    rng = random.Random(seed)
    skills = range(1, 6)
    experts = [
        ExpertData(
            id=100 + k,
            skills={s: rng.randint(1, 4) for s in rng.sample(list(skills), rng.randint(1, 3))},
            languages={"en": rng.choice([3, 4, 5, 6])},
            availability=[(date(2027, 1, rng.randint(1, 10)), date(2027, 1, rng.randint(10, 31)))],
            domains=frozenset({rng.randint(1, 2)}),
            years=rng.randint(0, 25),
            ratings=[rng.randint(1, 5) for _ in range(rng.randint(0, 3))],
            load=rng.randint(0, 1),
            capacity=rng.randint(1, 2),
        )
        for k in range(rng.randint(2, 4))
    ]
    requests = [
        RequestData(
            id=k + 1,
            domain=rng.randint(1, 2),
            start=date(2027, 1, 5),
            end=date(2027, 1, 20),
            required={s: rng.randint(1, 3) for s in rng.sample(list(skills), 2)},
            languages=frozenset({"en"}),
            needed=rng.randint(1, 2),
            min_availability=rng.choice([0, 50, 100]),
        )
        for k in range(rng.randint(1, 3))
    ]
    return ExpertPool(experts), requests


@pytest.mark.parametrize("seed", range(40))
def test_batch_assignment_is_optimal_on_random_pools(seed):
    pool, requests = random_instance(seed)
    left, right, weight = candidate_edges(pool, requests)
    needs = np.array([r.needed for r in requests])
    free = np.clip(pool.capacity - pool.load, 0, None)

    assignment = batch_assign(pool, requests)

    assert assignment.total == brute_force(left, right, weight, needs, free)
    for request in requests:
        assert len(assignment.for_request(request.id)) <= request.needed
    for expert in pool.experts:
        taken = sum(1 for _r, e, _s in assignment.pairs if e == expert.id)
        assert taken <= max(expert.capacity - expert.load, 0)


def test_batch_assignment_is_deterministic():
    pool, requests = random_instance(7)
    assert batch_assign(pool, requests) == batch_assign(pool, requests)


def test_one_expert_two_requests_goes_where_the_total_is_best():
    # Greedy would give the expert to request 1 (their best score) and leave
    # request 2 without anyone; the optimum gives request 1 the other expert.
    left = np.array([0, 0, 1])
    right = np.array([0, 1, 0])
    weight = np.array([900, 850, 800])
    chosen = solve_b_matching(left, right, weight, np.array([1, 1]), np.array([1, 1]))
    assert chosen.tolist() == [False, True, True]


def test_an_expert_is_never_given_twice_to_the_same_request():
    pool = ExpertPool(
        [
            ExpertData(
                id=1,
                skills={1: 4},
                languages={"en": 6},
                availability=[(date(2027, 1, 1), date(2027, 1, 2))],
                capacity=3,
            )
        ]
    )
    request = RequestData(
        id=1,
        domain=1,
        start=date(2027, 1, 1),
        end=date(2027, 1, 2),
        required={1: 1},
        languages=frozenset({"en"}),
        needed=3,
    )
    assert batch_assign(pool, [request]).for_request(1) == [1]


def test_excluded_pairs_are_not_proposed_again():
    pool, requests = random_instance(3)
    first = batch_assign(pool, requests)
    again = batch_assign(pool, requests, exclude=[(r, e) for r, e, _s in first.pairs])
    assert not set(first.pairs) & set(again.pairs)


@pytest.mark.parametrize("seed", range(5))
def test_column_generation_matches_the_full_solve_on_bigger_graphs(seed):
    rng = np.random.default_rng(seed)
    n_left, n_right, m = 60, 300, 3000
    pairs = np.unique(
        np.stack([rng.integers(0, n_left, m), rng.integers(0, n_right, m)], axis=1), axis=0
    )
    left, right = pairs[:, 0], pairs[:, 1]
    weight = rng.integers(1, 1000, len(pairs))
    left_cap, right_cap = rng.integers(1, 4, n_left), rng.integers(0, 3, n_right)
    full = solve_b_matching(left, right, weight, left_cap, right_cap)
    generated = solve_b_matching_sparse(left, right, weight, left_cap, right_cap, 1)
    assert int(weight[generated].sum()) == int(weight[full].sum())
