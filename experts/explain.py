"""Show matching explanations in the reader's language."""

from collections.abc import Iterable, Mapping

from django.utils.translation import gettext

from .matching import WEIGHTS, Explanation, Reason

COMPONENT_LABELS = {
    "required_skills": "required skills",
    "nice_skills": "nice-to-have skills",
    "language": "working language",
    "availability": "availability",
    "domain": "domain experience",
    "rating": "past ratings",
    "load": "current load",
}


def reason_text(reason: Reason | Mapping) -> str:
    if isinstance(reason, Mapping):
        template, params = reason["template"], reason.get("params", {})
    else:
        template, params = reason.template, reason.params
    return gettext(template) % params


def reasons_text(reasons: Iterable[Reason | Mapping]) -> list[str]:
    return [reason_text(r) for r in reasons]


def components_table(explanation: Explanation) -> list[tuple[str, int, float]]:
    """(label, weight in points, points earned) per component."""
    points = explanation.points
    return [(gettext(COMPONENT_LABELS[name]), WEIGHTS[name] * 10, points[name]) for name in WEIGHTS]
