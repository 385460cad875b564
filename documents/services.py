"""Issue, revoke and serve any registered kind of document (`documents.registry`).

The apps say what a document is for and what it prints (`certificate_issue`,
`attestation_issue`); numbering, rendering, signing, storing, revoking and
the download are done here, once for every kind. No PDF is rendered inside
a database transaction: the number is reserved in a short one, the PDF is
rendered and signed after it is committed, then stored.
"""

import json
import logging
import shutil
import tempfile
import zipfile
from collections.abc import Iterable
from typing import TypeVar

from django.core.files import File
from django.db import IntegrityError, transaction
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest
from django.utils import timezone

from core import audit
from core.models import User
from documents.certificates import CREDENTIAL_ATTACHMENT_NAME, render_issued_document
from documents.credentials.build import issue_credential
from documents.credentials.status import credential_status, status_entry
from documents.models import IssuedDocument
from documents.numbering import NumberingError, create_numbered
from documents.registry import kind_for_model
from documents.signing import embedded_file

logger = logging.getLogger(__name__)

D = TypeVar("D", bound=IssuedDocument)

ISSUER_WITHOUT_PERSON = "Passerelle"


class DocumentError(Exception):
    """A request about a document is turned down; the message says why."""


def display_name(user: User) -> str:
    return user.get_full_name().strip() or user.email


def document_issue(
    *,
    model: type[D],
    holder: User,
    subject,
    printed: dict,
    issued_by: User | None,
    language: str,
) -> tuple[D, bool]:
    """`holder`'s signed document of kind `model` for `subject`; never two valid ones.

    `printed` holds the model's own printed fields (e.g. a module's title and
    hours). Returns (document, created). A valid document that already exists
    is returned as it is (its PDF rendered now if an earlier run stopped
    before storing it); a revoked one does not block a new issue.
    """
    kind = kind_for_model(model)
    valid = model.objects.valid().filter(holder=holder, **{kind.subject: subject})
    document, created = valid.first(), False
    if document is None:
        today = timezone.localdate()
        try:
            document = create_numbered(
                model,
                prefix=kind.prefix,
                year=today.year,
                duplicate=valid.exists,
                holder=holder,
                holder_name=display_name(holder),
                issued_on=today,
                issued_by=issued_by,
                issuer_name=display_name(issued_by) if issued_by else ISSUER_WITHOUT_PERSON,
                language=language,
                **{kind.subject: subject},
                **printed,
            )
        except IntegrityError:  # issued concurrently: theirs stands
            document = valid.get()
        except NumberingError as exc:
            raise DocumentError(str(exc)) from exc
        else:
            created = True
            logger.info("%s %s issued to user %s", kind.description, document.number, holder.pk)
            audit.record(
                audit.Action.DOCUMENT_ISSUED,
                actor=issued_by,
                subject=holder,
                target=f"{kind.name} {document.number}",
            )
    if not document.pdf:
        document_render(document=document)
    return document, created


def document_render(*, document: IssuedDocument) -> None:
    """Render, sign and store the document's PDF (outside any transaction),
    with its signed Open Badges credential attached: the credential gets its
    place in the status list first."""
    kind = kind_for_model(type(document))
    data = document.as_document()
    credential = issue_credential(data, status=credential_status(status_entry(document.number)))
    pdf = render_issued_document(
        data, kind=kind.name, description=kind.description, credential=credential
    )
    document.store_pdf(pdf)


@transaction.atomic
def document_revoke(
    *, document: D, revoked_by: User, reason: str, request: HttpRequest | None = None
) -> D:
    """Revoke with a reason, recording who (and from where, in the audit trail);
    the verification page says so at once."""
    kind = kind_for_model(type(document))
    reason = reason.strip()
    if not reason:
        raise DocumentError(kind.texts.reason_required)
    document = type(document).objects.select_for_update().get(pk=document.pk)
    if document.is_revoked:
        return document
    document.revoke(by=revoked_by, reason=reason)
    logger.warning(
        "%s %s revoked by user %s: %s", kind.description, document.number, revoked_by.pk, reason
    )
    audit.record(
        audit.Action.DOCUMENT_REVOKED,
        actor=revoked_by,
        subject=document.holder,
        target=f"{kind.name} {document.number}",
        detail=reason,
        request=request,
    )
    return document


@transaction.atomic
def document_withhold_holder(*, document: IssuedDocument) -> None:
    """Erase the holder's name at their request: the register keeps the
    document verifiable (number, code, what it was for), its page says the
    holder is withheld, and the stored PDF, which prints the name, goes."""
    pdf = document.pdf.name
    type(document).objects.filter(pk=document.pk).update(holder_name="", pdf="")
    if pdf:
        transaction.on_commit(lambda: document.pdf.storage.delete(pdf))


def document_download(*, document: IssuedDocument, user) -> FileResponse:
    """The stored, signed PDF for those its kind lets download it; 404 for
    anybody else, and for a revoked document or one without a PDF yet."""
    kind = kind_for_model(type(document))
    if document.is_revoked or not document.pdf or not kind.may_download(user, document):
        raise Http404
    return FileResponse(
        document.pdf.open("rb"),
        as_attachment=True,
        filename=f"{document.number}.pdf",
        content_type="application/pdf",
    )


def document_attach_credential(*, document: IssuedDocument) -> bool:
    """Give a document issued before credentials were attached its credential:
    render and sign its PDF again (same number, code and printed facts) and
    replace the stored file. Returns False, changing nothing, for a revoked
    document, one without a PDF, or one whose PDF already has a credential.
    The holder's earlier PDF stays valid (its signature and the register)."""
    if document.is_revoked or not document.pdf:
        return False
    old = document.pdf.name
    with document.pdf.open("rb") as stored:
        if embedded_file(stored.read(), CREDENTIAL_ATTACHMENT_NAME) is not None:
            return False
    if not type(document).objects.filter(pk=document.pk, pdf=old).update(pdf=""):
        return False  # replaced meanwhile by another run
    document.refresh_from_db(fields=["pdf"])
    document_render(document=document)
    if document.pdf.name != old:
        document.pdf.storage.delete(old)
    logger.info("Credential attached to %s", document.number)
    return True


def document_credential(*, document: IssuedDocument, user) -> dict:
    """The Open Badges credential attached to the stored PDF, for those who
    may download the PDF (404 for anybody else, a revoked document and one
    without a PDF or credential yet): exactly the one the PDF signature covers."""
    kind = kind_for_model(type(document))
    if document.is_revoked or not document.pdf or not kind.may_download(user, document):
        raise Http404
    with document.pdf.open("rb") as stored:
        raw = embedded_file(stored.read(), CREDENTIAL_ATTACHMENT_NAME)
    if raw is None:  # issued before credentials were attached
        raise Http404
    return json.loads(raw)


def documents_archive(*, documents: Iterable[IssuedDocument], into: FieldFile, name: str) -> None:
    """Zip the documents' PDFs (`<number>.pdf`) into the file field `into`.

    One PDF at a time is copied from storage into a temporary file on disk,
    which the storage then saves: memory stays flat however many there are.
    """
    with tempfile.TemporaryFile() as spool:
        with zipfile.ZipFile(spool, "w", zipfile.ZIP_STORED) as archive:
            for document in documents:
                with (
                    document.pdf.open("rb") as source,
                    archive.open(f"{document.number}.pdf", "w") as target,
                ):
                    shutil.copyfileobj(source, target)
        spool.seek(0)
        into.save(name, File(spool), save=False)
