"""The registry of personal data: what Passerelle holds about a person, and
what erasing them does to it.

Each app declares its own models in `<app>/personal_data.py` (imported by
`autodiscover()` from core's `AppConfig.ready()`, so `core` imports no app
above it); core declares the user model and the third-party models it
installs (allauth, Wagtail, Django's own). Export (`core.exports`) and
erasure (`core.erasure`) read only this registry, and a test fails when a
model related to the user model is missing from it: a model added later
cannot slip through.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from django.apps import apps
from django.core import serializers
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils.module_loading import autodiscover_modules


class Erasure(StrEnum):
    """What erasing a person does to one kind of record."""

    DELETE = "delete"  # the records go
    ANONYMISE = "anonymise"  # the records stay, without what identifies the person
    KEEP = "keep"  # the records stay as they are, for the stated reason


@dataclass(frozen=True)
class PersonalData:
    """One model's personal data.

    `person` is the lookup from the model to the user (``"user"``,
    ``"enrolment__user"``); records matching ``{person: user}`` are the
    person's. `export_as` names the export's JSON file (several models may
    share one only if they are the same kind of data; empty: not exported,
    e.g. secrets). `files` names file fields whose files go into the export.
    `erase(user)` is called for ANONYMISE (and may refine DELETE); without it
    DELETE deletes the person's records and KEEP leaves them.
    """

    model: str  # "app_label.ModelName"
    person: str
    holds: str
    why: str
    kept: str
    erasure: Erasure
    reason: str = ""
    export_as: str = ""
    exclude: tuple[str, ...] = ()
    files: tuple[str, ...] = ()
    erase: Callable | None = None
    order: int = 0  # erasure order: lower first (records before what they point to)
    # Further fields relating the model to the user, handled as this entry says.
    also: tuple[str, ...] = field(default=())

    def __post_init__(self):
        if self.erasure is not Erasure.DELETE and not self.reason:
            raise ImproperlyConfigured(f"{self.model}: say why the data is kept ({self.erasure})")
        if self.erasure is Erasure.ANONYMISE and self.erase is None:
            raise ImproperlyConfigured(f"{self.model}: anonymising needs an erase function")

    @property
    def model_class(self) -> type[models.Model]:
        return apps.get_model(self.model)

    def records(self, user) -> models.QuerySet:
        if not self.person:
            return self.model_class._default_manager.none()
        return self.model_class._default_manager.filter(**{self.person: user.pk}).distinct()

    def serialize(self, user) -> list[dict]:
        """The person's records as plain data: the model's own fields by name,
        related objects by natural key where they have one (a role's name,
        a person's e-mail address)."""
        records = self.records(user).order_by("pk")
        fields = [
            f.name
            for f in self.model_class._meta.concrete_fields
            if not f.primary_key and f.name not in self.exclude
        ]
        rows = serializers.serialize(
            "python", records, fields=fields, use_natural_foreign_keys=True
        )
        return [{"model": self.model, "id": row["pk"], **row["fields"]} for row in rows]

    def stored_files(self, user) -> Iterable[FieldFile]:
        for record in self.records(user).order_by("pk"):
            for name in self.files:
                file = getattr(record, name)
                if file:
                    yield file


_registry: dict[str, PersonalData] = {}


def declare(*entries: PersonalData) -> None:
    """Add what a model holds about a person; declaring one model twice is an error."""
    for entry in entries:
        if entry.model in _registry and _registry[entry.model] != entry:
            raise ImproperlyConfigured(f"{entry.model} is declared twice")
        _registry[entry.model] = entry


def registry() -> list[PersonalData]:
    return sorted(_registry.values(), key=lambda entry: (entry.order, entry.model))


def entry_for(model: type[models.Model]) -> PersonalData | None:
    return _registry.get(model._meta.label)


def autodiscover() -> None:
    """Import every installed app's `personal_data` module (as the admin does)."""
    autodiscover_modules("personal_data")


def registry_table() -> str:
    """The registry as the Markdown table docs/privacy.md shows (a test keeps them equal)."""
    from django.utils import translation

    lines = [
        "| model | holds | why | kept | on erasure | export file |",
        "|---|---|---|---|---|---|",
    ]
    with translation.override("en"):
        for entry in sorted(registry(), key=lambda entry: entry.model):
            erasure = str(entry.erasure)
            if entry.reason:
                erasure += f": {entry.reason}"
            export = f"`{entry.export_as}.json`" if entry.export_as else "—"
            lines.append(
                f"| `{entry.model}` | {entry.holds} | {entry.why} | {entry.kept} "
                f"| {erasure} | {export} |"
            )
    return "\n".join(lines) + "\n"
