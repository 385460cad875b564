"""The optimal batch assignment of experts to partner requests.

A maximum-weight b-matching on the candidate graph built by the scoring
(each request gets at most the experts it needs, each expert at most their
free mission slots, each pair at most once), solved as a linear programme
with HiGHS (`scipy.optimize.linprog`). The constraint matrix is the
incidence matrix of a bipartite graph, hence totally unimodular: the
simplex optimum is a 0/1 vertex, i.e. the optimal assignment (a
branch-and-bound `milp` with zero gap is the safety net). On big graphs,
column generation starts from each request's best edges and adds left-out
edges while the LP dual prices say one could improve the total; when none
can, duality proves optimality on the whole graph.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Collection, Mapping, Sequence
from datetime import date

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from experts.matching.scoring import Assignment, ExpertData, ExpertPool, RequestData

INTEGRALITY_TOLERANCE = 1e-6
PRICE_TOLERANCE = 1e-6
# Fields only shown to people: they do not change the assignment.
DISPLAY_FIELDS = frozenset({"name", "title", "skill_names"})


def _incidence(left, right, n_left: int, n_right: int) -> sparse.csr_array:
    m = len(left)
    columns = np.arange(m)
    return sparse.vstack(
        [
            sparse.csr_array((np.ones(m), (left, columns)), shape=(n_left, m)),
            sparse.csr_array((np.ones(m), (right, columns)), shape=(n_right, m)),
        ],
        format="csr",
    )


def _solve(left, right, weight, left_capacity, right_capacity):
    """Optimal 0/1 edge choice and the dual prices (u per left node, v per
    right node) of the LP relaxation, or None for the prices when the LP
    vertex was not integral and the 0/1 programme had to be solved."""
    n_left, n_right = len(left_capacity), len(right_capacity)
    incidence = _incidence(left, right, n_left, n_right)
    upper = np.concatenate([left_capacity, right_capacity]).astype(np.float64)
    cost = -np.asarray(weight, dtype=np.float64)
    result = linprog(cost, A_ub=incidence, b_ub=upper, bounds=(0, 1), method="highs")
    if not result.success:  # pragma: no cover - a feasible bounded problem
        raise RuntimeError(f"assignment failed: {result.message}")
    x = result.x
    if np.abs(x - np.rint(x)).max() <= INTEGRALITY_TOLERANCE:
        prices = -result.ineqlin.marginals
        return x > 0.5, prices[:n_left], prices[n_left:]
    # Totally unimodular: a simplex vertex is integral, so this is only a
    # safety net for a non-vertex answer. The MIP proves optimality (gap 0).
    result = milp(  # pragma: no cover
        c=cost,
        constraints=LinearConstraint(incidence, -np.inf, upper),
        integrality=np.ones(len(weight)),
        bounds=Bounds(0, 1),
        options={"mip_rel_gap": 0.0},
    )
    return result.x > 0.5, None, None  # pragma: no cover


def solve_b_matching(
    left: np.ndarray,
    right: np.ndarray,
    weight: np.ndarray,
    left_capacity: np.ndarray,
    right_capacity: np.ndarray,
) -> np.ndarray:
    """Choose edges maximising total weight, each left node in at most
    `left_capacity` chosen edges and each right node in at most
    `right_capacity`. Returns a boolean mask over the edges.

    Edges must be distinct pairs. The constraint matrix (bipartite
    incidence) is totally unimodular, so HiGHS's simplex vertex is an
    optimal 0/1 solution; if it ever were not integral, the 0/1 programme
    is solved by branch and bound with a zero gap instead.
    """
    if len(weight) == 0:
        return np.zeros(0, dtype=bool)
    chosen, _u, _v = _solve(left, right, weight, left_capacity, right_capacity)
    return chosen


def solve_b_matching_sparse(
    left: np.ndarray,
    right: np.ndarray,
    weight: np.ndarray,
    left_capacity: np.ndarray,
    right_capacity: np.ndarray,
    start_per_left: int | None = None,
) -> np.ndarray:
    """The same optimum as `solve_b_matching`, found faster on big graphs
    by column generation: solve on each left node's best few edges, then
    add every left-out edge whose reduced cost is positive under the LP
    dual prices, until there is none. At that point the dual prices prove
    the solution optimal for the whole graph (LP duality; the LP optimum is
    the 0/1 optimum by total unimodularity)."""
    m = len(weight)
    if m == 0:
        return np.zeros(0, dtype=bool)
    # Rank each edge among its left node's edges, best first (ties: right index).
    order = np.lexsort((right, -weight, left))
    group_start = np.searchsorted(left[order], left[order], side="left")
    rank = np.empty(m, dtype=np.int64)
    rank[order] = np.arange(m) - group_start
    first = left_capacity[left] * 2 + 4 if start_per_left is None else start_per_left
    active = rank < first
    while True:
        index = np.flatnonzero(active)
        chosen, u, v = _solve(
            left[index], right[index], weight[index], left_capacity, right_capacity
        )
        if u is None:  # pragma: no cover - no prices to check with: solve it all
            return solve_b_matching(left, right, weight, left_capacity, right_capacity)
        reduced = weight - u[left] - v[right]
        violating = ~active & (reduced > PRICE_TOLERANCE)
        if not violating.any():
            mask = np.zeros(m, dtype=bool)
            mask[index[chosen]] = True
            return mask
        active |= violating


def candidate_edges(
    pool: ExpertPool,
    requests: Sequence[RequestData],
    exclude: Collection[tuple[int, int]] = (),
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(request index, pool row, score) of every candidate pair with a
    positive score, but the (request id, expert id) pairs in `exclude`."""
    excluded: dict[int, set[int]] = {}
    for request_id, expert_id in exclude:
        excluded.setdefault(request_id, set()).add(expert_id)
    lefts, rights, weights = [], [], []
    for index, request in enumerate(requests):
        scored = pool.score(request)
        rows, scores = scored.rows, scored.scores
        keep = scores > 0
        if request.id in excluded:
            keep &= ~np.isin(pool.ids[rows], list(excluded[request.id]))
        lefts.append(np.full(int(keep.sum()), index, dtype=np.int64))
        rights.append(rows[keep])
        weights.append(scores[keep])
    if not lefts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    return np.concatenate(lefts), np.concatenate(rights), np.concatenate(weights)


def batch_assign(
    pool: ExpertPool,
    requests: Sequence[RequestData],
    exclude: Collection[tuple[int, int]] = (),
) -> Assignment:
    """The optimal proposal across all `requests`: each gets at most
    `needed` experts, no expert beyond their free slots (capacity - load),
    maximal total score. Deterministic: same input, same proposal."""
    left, right, weight = candidate_edges(pool, requests, exclude=exclude)
    needs = np.array([max(r.needed, 0) for r in requests], dtype=np.int64)
    free = np.clip(pool.capacity - pool.load, 0, None)
    chosen = solve_b_matching_sparse(left, right, weight, needs, free)
    pairs = sorted(
        (requests[int(i)].id, int(pool.ids[j]), int(w))
        for i, j, w in zip(left[chosen], right[chosen], weight[chosen], strict=True)
    )
    return Assignment(pairs=tuple(pairs), total=int(weight[chosen].sum()))


def _canonical(value):
    """Plain JSON data; mappings and sets in one order whatever order they came in."""
    if dataclasses.is_dataclass(value):
        return {
            f.name: _canonical(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in DISPLAY_FIELDS
        }
    if isinstance(value, Mapping):
        return sorted([_canonical(k), _canonical(v)] for k, v in value.items())
    if isinstance(value, (set, frozenset)):
        return sorted(_canonical(item) for item in value)
    if isinstance(value, (list, tuple)):
        return [_canonical(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def inputs_fingerprint(
    experts: Sequence[ExpertData],
    requests: Sequence[RequestData],
    exclude: Collection[tuple[int, int]] = (),
) -> str:
    """A short digest of everything `batch_assign` reads: the same inputs
    give the same fingerprint, any change that could change the proposal
    gives another. Display-only fields (names, titles) are left out."""
    data = {
        "experts": sorted((_canonical(e) for e in experts), key=lambda e: e["id"]),
        "requests": sorted((_canonical(r) for r in requests), key=lambda r: r["id"]),
        "exclude": sorted([int(r), int(e)] for r, e in exclude),
    }
    encoded = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(encoded).hexdigest()[:32]
