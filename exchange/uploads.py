"""Checks on mission-report attachments: extension, size, then content
(`core.uploads`: a PDF parses, an Office ZIP is not a bomb, an image is
within the pixel cap)."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from core.uploads import check_image, check_office_zip, check_pdf

ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
# Extension -> accepted leading bytes. Office files are ZIP containers.
ATTACHMENT_SIGNATURES: dict[str, tuple[bytes, ...]] = {  # a quick first look
    ".pdf": (b"%PDF-",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".pptx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
}


def validate_attachment(file) -> None:
    extension = Path(file.name).suffix.lower()
    if extension not in ATTACHMENT_SIGNATURES:
        raise ValidationError(
            _("Attach PDF, images or office documents (%(types)s).")
            % {"types": ", ".join(sorted(ATTACHMENT_SIGNATURES))}
        )
    if file.size > ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(file.size), "limit": filesizeformat(ATTACHMENT_MAX_BYTES)}
        )
    file.seek(0)
    head = file.read(16)
    file.seek(0)
    if not head.startswith(ATTACHMENT_SIGNATURES[extension]):
        raise ValidationError(_("The file's content does not match its type."))
    if extension == ".pdf":
        check_pdf(file)
    elif extension in {".jpg", ".jpeg", ".png"}:
        check_image(file, formats={"JPEG", "PNG"})
    else:
        check_office_zip(file)
