"""Show matching explanations in the reader's language."""

from collections.abc import Iterable, Mapping

from django.utils.formats import localize
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from experts.matching import LANGUAGE_NAMES, SCALE, WEIGHTS, Explanation, Reason
from experts.models import LANGUAGES

COMPONENT_LABELS = {
    "required_skills": _("required skills"),
    "nice_skills": _("nice-to-have skills"),
    "language": _("working language"),
    "availability": _("availability"),
    "domain": _("domain experience"),
    "rating": _("past ratings"),
    "load": _("current load"),
}
# English language name (as the matching module writes it) -> translated name.
_LANGUAGE_LABELS = {LANGUAGE_NAMES[code]: label for code, label in LANGUAGES}


def reason_text(reason: Reason | Mapping) -> str:
    if isinstance(reason, Mapping):
        template, params = reason["template"], reason.get("params", {})
    else:
        template, params = reason.template, reason.params
    if "language" in params:
        params = {
            **params,
            "language": _LANGUAGE_LABELS.get(params["language"], params["language"]),
        }
    # Decimals the reader's way (4,5 in French); whole numbers as they are.
    params = {
        name: localize(value) if isinstance(value, float) else value
        for name, value in params.items()
    }
    return gettext(template) % params


def reasons_text(reasons: Iterable[Reason | Mapping]) -> list[str]:
    return [reason_text(r) for r in reasons]


def components_table(explanation: Explanation) -> list[tuple[str, int, float]]:
    """(label, weight in points, points earned) per component."""
    points = explanation.points
    return [(str(COMPONENT_LABELS[name]), WEIGHTS[name] * SCALE, points[name]) for name in WEIGHTS]
