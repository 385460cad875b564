"""The coordinators' own page, in sections the apps above `core` add.

`core` may not import `training` or `exchange`, yet coordinators want one
place for sessions, certificates, requests and the batch assignment. Each
app registers a section from its `AppConfig.ready()`: a template and a
function that reads what it shows.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest


@dataclass(frozen=True)
class Section:
    template: str
    context: Callable[[HttpRequest], dict]
    order: int = 0


_sections: dict[str, Section] = {}


def add_coordination_section(
    template: str, context: Callable[[HttpRequest], dict], *, order: int = 0
) -> None:
    """Show `template` on the coordination page, with what `context(request)` reads."""
    _sections[template] = Section(template, context, order)


def coordination_sections(request: HttpRequest) -> list[tuple[str, dict]]:
    """(template, context) of each section, in order."""
    ordered = sorted(_sections.values(), key=lambda section: (section.order, section.template))
    return [(section.template, section.context(request)) for section in ordered]
