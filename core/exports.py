"""A person's data export: a ZIP with one JSON file per kind of data the
registry (`core.privacy`) names, and the files that go with them.

Asked for by the person (account page) or by a coordinator for them (a
request received by post); built by a background task after the commit,
announced by e-mail with a link that works for PRIVACY_EXPORT_DAYS and only
for whoever asked, after they confirm their password again.
"""

import json
import posixpath
import shutil
import tempfile
import zipfile
from collections import defaultdict

from django.conf import settings
from django.core.files import File
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from core import audit
from core.mail import mail_queue_to
from core.models import DataExport, User
from core.privacy import registry


@transaction.atomic
def export_request(
    *, user: User, requested_by: User, request: HttpRequest | None = None
) -> DataExport:
    """Queue an export of `user`'s data for `requested_by` (themselves or a coordinator)."""
    from core.tasks import build_export

    export = DataExport.objects.create(user=user, requested_by=requested_by)
    audit.record(
        audit.Action.EXPORT_REQUESTED,
        actor=requested_by,
        subject=user,
        target=f"export {export.pk}",
        request=request,
    )
    transaction.on_commit(lambda: build_export.enqueue(export.pk))
    return export


def personal_data(user: User) -> dict[str, list[dict]]:
    """Everything the registry exports about `user`, by kind."""
    kinds: dict[str, list[dict]] = defaultdict(list)
    for entry in registry():
        if entry.export_as:
            kinds[entry.export_as].extend(entry.serialize(user))
    return dict(kinds)


def _about() -> list[dict]:
    return [
        {
            "file": f"{entry.export_as}.json",
            "model": entry.model,
            "holds": str(entry.holds),
            "why": str(entry.why),
            "kept": str(entry.kept),
            "on_erasure": str(entry.erasure),
        }
        for entry in registry()
        if entry.export_as
    ]


def export_build(*, export: DataExport) -> DataExport:
    """Write the ZIP (spooled on disk: memory stays flat), store it, mark it ready."""
    user = export.user
    with tempfile.TemporaryFile() as spool:
        with zipfile.ZipFile(spool, "w", zipfile.ZIP_DEFLATED) as archive:
            for kind, rows in personal_data(user).items():
                archive.writestr(f"{kind}.json", json.dumps(rows, cls=DjangoJSONEncoder, indent=2))
            archive.writestr("about.json", json.dumps(_about(), indent=2))
            for entry in (entry for entry in registry() if entry.export_as):
                for stored in entry.stored_files(user):
                    name = f"files/{entry.export_as}/{posixpath.basename(stored.name)}"
                    with stored.open("rb") as source, archive.open(name, "w") as target:
                        shutil.copyfileobj(source, target)
        spool.seek(0)
        export.archive.save("export.zip", File(spool), save=False)
    export.status = DataExport.Status.READY
    export.save(update_fields=["archive", "status"])
    return export


def send_export_ready(export: DataExport) -> None:
    """Tell whoever asked that the export is ready, with its link, in their language."""
    recipient = export.requested_by or export.user
    mail_queue_to(
        user=recipient,
        template="core/emails/export",
        context={
            "export": export,
            "recipient": recipient,
            "days": settings.PRIVACY_EXPORT_DAYS,
        },
        reason=_(
            "You receive this e-mail because an export of personal data was asked for "
            "on %(site)s from your account."
        ),
    )


def export_delete(*, export: DataExport) -> None:
    """An expired export: its file and its row go."""
    if export.archive:
        export.archive.delete(save=False)
    export.delete()
