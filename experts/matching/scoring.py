"""Explained scores of experts for a partner request.

A pure module: plain data in, plain data out, no Django. The web layer
turns profiles and requests into `ExpertData` / `RequestData`, builds an
`ExpertPool` once, and asks for a shortlist (`ExpertPool.shortlist`).

Scoring is vectorised over the experts of the pool with numpy: the skill
inverted index gives, for each request, the sparse set of candidates (the
experts holding at least one required skill at the minimum level, who
share a working language at B2 or above unless interpretation is
available, have enough mission days left this year and are free for
the share of the period the request asks — the whole period unless
it says otherwise); every component is computed for those candidates
only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np


def _(message: str) -> str:
    """Mark a reason template for translation; the web layer translates it."""
    return message


# Weights of the named components, in points; a score is out of 1000.
WEIGHTS: dict[str, int] = {
    "required_skills": 40,
    "nice_skills": 10,
    "language": 10,
    "availability": 15,
    "domain": 10,
    "rating": 10,
    "load": 5,
}
SCALE = 10  # points -> score units, so that the best possible score is 1000
MAX_SCORE = sum(WEIGHTS.values()) * SCALE

CEFR_LABELS = {1: "A1", 2: "A2", 3: "B1", 4: "B2", 5: "C1", 6: "C2"}
WORKING_LEVEL = 4  # B2
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "French",
    "pt": "Portuguese",
    "km": "Khmer",
    "es": "Spanish",
    "vi": "Vietnamese",
    "zh": "Chinese",
    "ar": "Arabic",
}
# Ratings (1-5) are shrunk towards the mean of all ratings with the weight
# of this many phantom ratings: one great mission does not beat ten good ones.
RATING_PRIOR_WEIGHT = 3.0
DEFAULT_PRIOR = 3.5
FULL_EXPERIENCE_YEARS = 20


@dataclass(frozen=True)
class ExpertData:
    id: int
    name: str = ""
    skills: Mapping[int, int] = field(default_factory=dict)  # skill id -> level 1..4
    languages: Mapping[str, int] = field(default_factory=dict)  # code -> CEFR 1..6
    availability: Sequence[tuple[date, date]] = ()  # inclusive windows
    domains: frozenset[int] = frozenset()
    years: int = 0
    ratings: Sequence[float] = ()  # past mission ratings, 1..5
    load: int = 0  # missions confirmed or in progress
    capacity: int = 1  # missions at once
    days_left: int | None = None  # mission days left this year; None: no limit


@dataclass(frozen=True)
class RequestData:
    id: int
    domain: int
    start: date
    end: date
    required: Mapping[int, int] = field(default_factory=dict)  # skill id -> minimum level
    nice: Mapping[int, int] = field(default_factory=dict)
    languages: frozenset[str] = frozenset()
    interpretation: bool = False
    needed: int = 1
    title: str = ""
    skill_names: Mapping[int, str] = field(default_factory=dict)
    min_availability: int = 100  # percent of the period an expert must be free

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def min_free_days(self) -> int:
        """Days of the period an expert must be free: the share, rounded up."""
        return -(-self.days * self.min_availability // 100)


@dataclass(frozen=True)
class Reason:
    """A human-readable reason: an English template and its parameters."""

    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template % self.params

    def as_dict(self) -> dict:
        return {"template": self.template, "params": dict(self.params)}


@dataclass(frozen=True)
class Explanation:
    expert_id: int
    request_id: int
    score: int
    components: Mapping[str, float]  # each in [0, 1]
    reasons: tuple[Reason, ...]
    available: bool = True  # free for the share of the period the request asks

    @property
    def points(self) -> dict[str, float]:
        """Each component's contribution to the score."""
        return {
            name: round(value * WEIGHTS[name] * SCALE, 1) for name, value in self.components.items()
        }

    def summary(self) -> str:
        return "; ".join(str(reason) for reason in self.reasons)


@dataclass
class Scored:
    """The candidates of one request, with their components and scores."""

    request: RequestData
    rows: np.ndarray  # indices into the pool
    scores: np.ndarray  # int64, 0..MAX_SCORE
    components: dict[str, np.ndarray]
    free_days: np.ndarray
    best_language: np.ndarray  # column index into pool.language_codes, -1 if none
    best_level: np.ndarray
    available: np.ndarray  # bool: free for at least `request.min_free_days`


@dataclass(frozen=True)
class Assignment:
    pairs: tuple[tuple[int, int, int], ...]  # (request id, expert id, score)
    total: int

    def for_request(self, request_id: int) -> list[int]:
        return [expert for request, expert, _score in self.pairs if request == request_id]


def _credit(levels: np.ndarray, minimum: int) -> np.ndarray:
    """Credit for holding a skill at `levels` when `minimum` is asked:
    0.75 at the minimum rising to 1 at level 4; half credit, pro rata,
    below the minimum."""
    levels = levels.astype(np.float64)
    above = 0.75 + 0.25 * (levels - minimum) / max(4 - minimum, 1)
    if minimum >= 4:
        above = np.ones_like(levels)
    below = 0.5 * levels / minimum
    return np.where(levels >= minimum, above, below)


def _merge_windows(windows: Iterable[tuple[date, date]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted((s.toordinal(), e.toordinal()) for s, e in windows if e >= s):
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _availability_reason(request: RequestData, free: int) -> Reason:
    params = {"free": free, "days": request.days, "needed": request.min_free_days}
    if free < request.min_free_days:
        return Reason(_("not available: free %(free)s of %(days)s days, %(needed)s needed"), params)
    if request.min_free_days < request.days:
        return Reason(_("free %(free)s of %(days)s days (%(needed)s needed)"), params)
    return Reason(_("free %(free)s of %(days)s days"), params)


class ExpertPool:
    """The experts, indexed once for fast scoring of many requests."""

    def __init__(self, experts: Sequence[ExpertData]):
        self.experts = list(experts)
        n = len(self.experts)
        self.ids = np.fromiter((e.id for e in self.experts), dtype=np.int64, count=n)
        self.row_of = {expert.id: row for row, expert in enumerate(self.experts)}

        skill_rows: dict[int, list[int]] = {}
        skill_levels: dict[int, list[int]] = {}
        codes = sorted({code for e in self.experts for code in e.languages})
        self.language_codes = codes
        column = {code: i for i, code in enumerate(codes)}
        self.language_levels = np.zeros((n, max(len(codes), 1)), dtype=np.int8)
        domain_rows: dict[int, list[int]] = {}
        starts: list[int] = []
        ends: list[int] = []
        self.window_ptr = np.zeros(n + 1, dtype=np.int64)
        all_ratings: list[float] = []
        for row, expert in enumerate(self.experts):
            for skill, level in expert.skills.items():
                skill_rows.setdefault(skill, []).append(row)
                skill_levels.setdefault(skill, []).append(level)
            for code, level in expert.languages.items():
                self.language_levels[row, column[code]] = level
            for domain in expert.domains:
                domain_rows.setdefault(domain, []).append(row)
            for start, end in _merge_windows(expert.availability):
                starts.append(start)
                ends.append(end)
            self.window_ptr[row + 1] = len(starts)
            all_ratings.extend(expert.ratings)
        self.skill_index = {
            skill: (np.array(rows, dtype=np.int64), np.array(skill_levels[skill], dtype=np.int8))
            for skill, rows in skill_rows.items()
        }
        self.domain_rows = {d: np.array(rows, dtype=np.int64) for d, rows in domain_rows.items()}
        self.window_start = np.array(starts, dtype=np.int64)
        self.window_end = np.array(ends, dtype=np.int64)
        self.years = np.fromiter((e.years for e in self.experts), dtype=np.float64, count=n)
        self.rating_prior = float(np.mean(all_ratings)) if all_ratings else DEFAULT_PRIOR
        self.rating_count = np.fromiter(
            (len(e.ratings) for e in self.experts), dtype=np.float64, count=n
        )
        rating_sum = np.fromiter((sum(e.ratings) for e in self.experts), np.float64, count=n)
        self.rating = (rating_sum + RATING_PRIOR_WEIGHT * self.rating_prior) / (
            self.rating_count + RATING_PRIOR_WEIGHT
        )
        self.load = np.fromiter((e.load for e in self.experts), dtype=np.int64, count=n)
        self.capacity = np.fromiter((e.capacity for e in self.experts), dtype=np.int64, count=n)
        no_limit = np.iinfo(np.int64).max
        self.days_left = np.fromiter(
            (no_limit if e.days_left is None else e.days_left for e in self.experts),
            dtype=np.int64,
            count=n,
        )

    def __len__(self) -> int:
        return len(self.experts)

    # -- scoring -----------------------------------------------------------

    def _skill_credit(self, wanted: Mapping[int, int]) -> tuple[np.ndarray, np.ndarray]:
        """Sum of credits and number of skills met at the minimum, per expert."""
        n = len(self.experts)
        credit = np.zeros(n, dtype=np.float64)
        met = np.zeros(n, dtype=np.int64)
        for skill, minimum in wanted.items():
            if skill not in self.skill_index:
                continue
            rows, levels = self.skill_index[skill]
            credit[rows] += _credit(levels, minimum)
            met[rows] += levels >= minimum
        return credit, met

    def score(
        self,
        request: RequestData,
        rows: np.ndarray | None = None,
        *,
        keep_unavailable: bool = False,
    ) -> Scored:
        """Score the request's candidates (or the given pool rows, unfiltered).

        Candidates not free for the share of the period the request asks
        are left out, unless `keep_unavailable` (they are then marked in
        `Scored.available`)."""
        required_credit, required_met = self._skill_credit(request.required)
        if rows is None:
            if request.required:
                rows = np.flatnonzero(required_met > 0)
            else:
                rows = np.arange(len(self.experts), dtype=np.int64)
            rows = rows[self.days_left[rows] >= request.days]
            filter_language = not request.interpretation
            filter_availability = not keep_unavailable
        else:
            rows = np.asarray(rows, dtype=np.int64)
            filter_language = filter_availability = False

        # Shared working language.
        columns = [
            self.language_codes.index(code)
            for code in sorted(request.languages)
            if code in self.language_codes
        ]
        if columns:
            levels = self.language_levels[np.ix_(rows, columns)]
            best_column = np.asarray(columns)[levels.argmax(axis=1)]
            best_level = levels.max(axis=1).astype(np.int64)
        else:
            best_column = np.full(len(rows), -1, dtype=np.int64)
            best_level = np.zeros(len(rows), dtype=np.int64)
        if filter_language:
            keep = best_level >= WORKING_LEVEL
            rows, best_column, best_level = rows[keep], best_column[keep], best_level[keep]
        best_column = np.where(best_level > 0, best_column, -1)

        # Free days in the period: a rule (the share asked) and a component.
        free_days = self._free_days(rows, request.start.toordinal(), request.end.toordinal())
        available = free_days >= request.min_free_days
        if filter_availability:
            rows, best_column, best_level = (
                rows[available],
                best_column[available],
                best_level[available],
            )
            free_days, available = free_days[available], available[available]

        components: dict[str, np.ndarray] = {}
        if request.required:
            components["required_skills"] = required_credit[rows] / len(request.required)
        else:
            components["required_skills"] = np.ones(len(rows))
        if request.nice:
            nice_credit, _met = self._skill_credit(request.nice)
            components["nice_skills"] = nice_credit[rows] / len(request.nice)
        else:
            components["nice_skills"] = np.zeros(len(rows))
        components["language"] = np.minimum(best_level, 6) / 6.0
        components["availability"] = free_days / request.days

        in_domain = np.zeros(len(self.experts), dtype=bool)
        if request.domain in self.domain_rows:
            in_domain[self.domain_rows[request.domain]] = True
        experience = np.minimum(self.years[rows], FULL_EXPERIENCE_YEARS) / FULL_EXPERIENCE_YEARS
        components["domain"] = 0.6 * in_domain[rows] + 0.4 * experience
        components["rating"] = (self.rating[rows] - 1.0) / 4.0
        capacity = np.maximum(self.capacity[rows], 1)
        components["load"] = np.clip(1.0 - self.load[rows] / capacity, 0.0, 1.0)

        total = np.zeros(len(rows))
        for name, weight in WEIGHTS.items():
            total += weight * components[name]
        scores = np.rint(total * SCALE).astype(np.int64)
        return Scored(
            request, rows, scores, components, free_days, best_column, best_level, available
        )

    def _free_days(self, rows: np.ndarray, start: int, end: int) -> np.ndarray:
        counts = self.window_ptr[rows + 1] - self.window_ptr[rows]
        total = int(counts.sum())
        if total == 0:
            return np.zeros(len(rows), dtype=np.int64)
        owner = np.repeat(np.arange(len(rows)), counts)
        offsets = np.repeat(self.window_ptr[rows] - np.cumsum(counts) + counts, counts)
        windows = offsets + np.arange(total)
        overlap = np.minimum(self.window_end[windows], end) - np.maximum(
            self.window_start[windows], start
        )
        overlap = np.clip(overlap + 1, 0, None)
        return np.bincount(owner, weights=overlap, minlength=len(rows)).astype(np.int64)

    # -- explanations ------------------------------------------------------

    def explain(self, scored: Scored, position: int) -> Explanation:
        """Components and reasons for the candidate at `position` in `scored`."""
        request = scored.request
        row = int(scored.rows[position])
        expert = self.experts[row]
        components = {name: float(values[position]) for name, values in scored.components.items()}

        def name(skill: int) -> str:
            return request.skill_names.get(skill, str(skill))

        reasons: list[Reason] = []
        if request.required:
            covered = [
                f"{name(s)} ({expert.skills[s]})"
                for s, minimum in request.required.items()
                if expert.skills.get(s, 0) >= minimum
            ]
            reasons.append(
                Reason(
                    _("covers %(count)s of %(total)s required skills: %(skills)s"),
                    {
                        "count": len(covered),
                        "total": len(request.required),
                        "skills": ", ".join(covered) or "—",
                    },
                )
            )
            missing = [
                name(s)
                for s, minimum in request.required.items()
                if expert.skills.get(s, 0) < minimum
            ]
            if missing:
                reasons.append(Reason(_("lacks: %(skills)s"), {"skills": ", ".join(missing)}))
        nice = [
            name(s) for s, minimum in request.nice.items() if expert.skills.get(s, 0) >= minimum
        ]
        if nice:
            reasons.append(Reason(_("also brings %(skills)s"), {"skills": ", ".join(nice)}))
        column = int(scored.best_language[position])
        if column >= 0:
            code = self.language_codes[column]
            reasons.append(
                Reason(
                    _("speaks %(language)s %(level)s"),
                    {
                        "language": LANGUAGE_NAMES.get(code, code),
                        "level": CEFR_LABELS[int(scored.best_level[position])],
                    },
                )
            )
        if int(scored.best_level[position]) < WORKING_LEVEL:
            reasons.append(
                Reason(_("no shared working language at B2 or above; needs interpretation"))
            )
        reasons.append(_availability_reason(request, int(scored.free_days[position])))
        if request.domain in expert.domains:
            reasons.append(
                Reason(
                    _("works in this domain, %(years)s years of experience"),
                    {"years": expert.years},
                )
            )
        else:
            reasons.append(Reason(_("%(years)s years of experience"), {"years": expert.years}))
        if expert.ratings:
            reasons.append(
                Reason(
                    _("past missions rated %(rating)s/5 (%(count)s ratings)"),
                    {
                        "rating": round(sum(expert.ratings) / len(expert.ratings), 1),
                        "count": len(expert.ratings),
                    },
                )
            )
        else:
            reasons.append(Reason(_("no rated mission yet")))
        if expert.days_left is not None:
            template = (
                _("%(days)s mission days left this year")
                if expert.days_left >= request.days
                else _("only %(days)s mission days left this year")
            )
            reasons.append(Reason(template, {"days": expert.days_left}))
        reasons.append(
            Reason(
                _("%(load)s of %(capacity)s mission slots taken"),
                {"load": expert.load, "capacity": expert.capacity},
            )
        )
        return Explanation(
            expert_id=expert.id,
            request_id=request.id,
            score=int(scored.scores[position]),
            components=components,
            reasons=tuple(reasons),
            available=bool(scored.available[position]),
        )

    def shortlist(self, request: RequestData, limit: int = 10) -> list[Explanation]:
        """The best candidates for one request, best first (ties: lower id)."""
        scored = self.score(request)
        order = np.lexsort((self.ids[scored.rows], -scored.scores))[:limit]
        return [self.explain(scored, int(position)) for position in order]

    def unavailable(self, request: RequestData, limit: int = 10) -> list[Explanation]:
        """The best of those who would be candidates but are not free for
        the share of the period the request asks, best first."""
        scored = self.score(request, keep_unavailable=True)
        positions = np.flatnonzero(~scored.available)
        order = positions[
            np.lexsort((self.ids[scored.rows[positions]], -scored.scores[positions]))
        ][:limit]
        return [self.explain(scored, int(position)) for position in order]

    def explain_pair(self, request: RequestData, expert_id: int) -> Explanation:
        """Explain any expert for a request, even one the filters leave out."""
        scored = self.score(request, rows=np.array([self.row_of[expert_id]]))
        return self.explain(scored, 0)
