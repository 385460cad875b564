"""The few aggregate figures each partnership's public page shows (learners
trained, missions, expert-days): numbers only, about no one in particular.

`core` imports no app: `training` and `exchange` register theirs from
`AppConfig.ready()` (`add_partnership_figures`), each with the models its
numbers are read from. The page shows them as a live part (`core.live`), so
the page cache keeps the page around them; the numbers themselves are kept
in the shared cache (`core.cache_versions.versioned`) until a row of one of
those models is saved or deleted, then computed again: one query per app.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.functional import Promise

from core.cache_versions import versioned
from core.live import live_part

LIVE_PART = "partnership-figures"
TEMPLATE = "core/includes/partnership_figures.html"
#: The figures change with the data, not with the clock: kept this long at most.
SECONDS = 3600


@dataclass(frozen=True)
class PartnershipFigures:
    """`compute(partnership_id)` gives one number per label, in one query."""

    labels: tuple[Promise | str, ...]
    compute: Callable[[int], Sequence[int]]
    models: tuple[type, ...]
    order: int


_registered: dict[str, PartnershipFigures] = {}


def _models() -> tuple[type, ...]:
    models: list[type] = []
    for figures in _registered.values():
        models += [model for model in figures.models if model not in models]
    return tuple(models)


def _ordered() -> list[PartnershipFigures]:
    return sorted(_registered.values(), key=lambda figures: figures.order)


def add_partnership_figures(
    key: str,
    *,
    labels: tuple[Promise | str, ...],
    compute: Callable[[int], Sequence[int]],
    models: tuple[type, ...],
    order: int = 100,
) -> None:
    _registered[key] = PartnershipFigures(tuple(labels), compute, tuple(models), order)
    # The live part shows every registered figure: kept until any of their models change.
    live_part(LIVE_PART, template=TEMPLATE, models=_models(), seconds=SECONDS)(_context)


def partnership_figures(partnership_id: int) -> list[tuple[Promise | str, int]]:
    """(label, number) pairs, labels in the active language; the numbers come
    from the shared cache while none of the registered models has changed."""
    ordered = _ordered()
    keys = ",".join(key for key, _figures in sorted(_registered.items()))
    values = versioned(
        f"partnership-figures:{partnership_id}:{keys}",
        _models(),
        lambda: [list(figures.compute(partnership_id)) for figures in ordered],
        SECONDS,
    )
    return [
        (label, value)
        for figures, numbers in zip(ordered, values, strict=True)
        for label, value in zip(figures.labels, numbers, strict=True)
    ]


def _context(request, *, partnership_id: int) -> dict:
    return {"partnership_figures": partnership_figures(partnership_id)}
