"""What documents holds about a person (see `core.privacy`)."""

from django.utils.translation import gettext_lazy as _

from core.privacy import Erasure, PersonalData, declare


def _delete_signature(user):
    from documents.models import IssuerSignature

    for signature in IssuerSignature.objects.filter(user=user):
        signature.image.delete(save=False)
        signature.delete()


declare(
    PersonalData(
        "documents.IssuerSignature",
        person="user",
        holds=_("a coordinator's signature image"),
        why=_("printed on the documents the coordinator issues"),
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="issuer_signature",
        files=("image",),
        erase=_delete_signature,
    ),
    PersonalData(
        "documents.FunderReport",
        person="requested_by",
        holds=_("which coordinator or focal point asked for a funder report"),
        why=_("accountability for the reports sent to funding partners"),
        kept=_("as long as the report is kept"),
        erasure=Erasure.KEEP,
        reason=_("accountability; it then points at the nameless erased account"),
    ),
)
