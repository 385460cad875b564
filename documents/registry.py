"""The kinds of issued documents (certificates, mission attestations, …).

Each app registers its kind from its `AppConfig.ready()`; `documents` then
issues, revokes, serves and verifies every kind without importing the app.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.utils.functional import Promise

from documents.certificates import number_prefix
from documents.models import IssuedDocument


def holder_or_coordinator(user, document: IssuedDocument) -> bool:
    return user.is_authenticated and (user.is_coordinator or document.holder_id == user.pk)


def coordinator_only(user) -> bool:
    return user.is_authenticated and user.is_coordinator


@dataclass(frozen=True)
class DocumentTexts:
    """What the pages say about one kind, in its own words (for gender and
    articles in translations); `%(number)s` and `%(date)s` are filled in."""

    revoke: Promise  # "Revoke certificate %(number)s": the link and the page's title
    revoked: Promise  # "Certificate %(number)s is revoked."
    reason_required: Promise
    valid: Promise  # "this certificate was issued by Passerelle and has not been revoked."
    revoked_on: Promise  # "this certificate was revoked on %(date)s."


@dataclass(frozen=True)
class DocumentKind:
    """One kind of issued document.

    `name` picks the print template (`documents/<name>.html`, one for every language) and
    the attached data (`<name>.json`); `description` heads that data and the
    signature's reason. `subject` is the model's field naming what the
    document is for (one valid document per holder and subject).
    `may_download(user, document)` and `may_revoke(user)` say who may;
    `pdf_url_name` is the URL name (reversed with `number=`) of the PDF.
    """

    name: str
    model: type[IssuedDocument]
    prefix: str
    description: str
    subject: str
    facts_template: str
    texts: DocumentTexts
    pdf_url_name: str
    may_download: Callable[..., bool] = holder_or_coordinator
    may_revoke: Callable[..., bool] = coordinator_only


_kinds: dict[str, DocumentKind] = {}


def register(kind: DocumentKind) -> None:
    """Add `kind`; registering the same kind again changes nothing."""
    for other in _kinds.values():
        if other.name == kind.name:
            continue
        if other.prefix == kind.prefix or other.model is kind.model:
            raise ImproperlyConfigured(f"{kind.name} clashes with {other.name}")
    _kinds[kind.name] = kind


def kinds() -> list[DocumentKind]:
    return list(_kinds.values())


def kind_for_model(model: type[IssuedDocument]) -> DocumentKind:
    for kind in _kinds.values():
        if kind.model is model:
            return kind
    raise LookupError(f"{model.__name__} is not a registered kind of document")


def kind_for_number(number: str) -> DocumentKind | None:
    """The kind whose prefix the number carries (``PSL-ATT-2026-000001``), if any."""
    prefix = number_prefix(number)
    return next((kind for kind in _kinds.values() if kind.prefix == prefix), None)


def find_by_number(number: str) -> tuple[DocumentKind, IssuedDocument] | None:
    kind = kind_for_number(number)
    if kind is None:
        return None
    document = kind.model.objects.filter(number=number).first()
    return (kind, document) if document else None


def find_by_code(code: str) -> tuple[DocumentKind, IssuedDocument] | None:
    """The document with this verification code, whatever its kind."""
    for kind in _kinds.values():
        document = kind.model.objects.filter(code=code).first()
        if document is not None:
            return kind, document
    return None
