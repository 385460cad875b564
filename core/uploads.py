"""Checks of uploaded files by what they contain, not what they are called.

Shared by every upload (mission-report attachments, expert photos): a PDF
must parse, an Office file is a ZIP whose expansion is capped (a zip bomb
named `.docx` is refused without being expanded), an image is opened with
Pillow and refused above `UPLOAD_MAX_IMAGE_PIXELS` before its pixels are
decoded. Each check leaves the file's position at the start and raises
`ValidationError` with a message for the person who sent it.
"""

import zipfile
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _


class ImageTooLarge(ValidationError):
    """The image has more pixels than `UPLOAD_MAX_IMAGE_PIXELS`."""


@contextmanager
def _from_start(file):
    file.seek(0)
    try:
        yield file
    finally:
        file.seek(0)


def check_pdf(file) -> None:
    """A PDF that pypdf can read, with at least one page."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        with _from_start(file):
            pages = len(PdfReader(file).pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ValidationError(_("This PDF cannot be read: it is damaged or not a PDF.")) from exc
    if pages < 1:
        raise ValidationError(_("This PDF has no pages."))


def check_office_zip(file) -> None:
    """An Office document (a ZIP container) whose total expanded size and
    compression ratio stay under the caps; read from the ZIP's directory
    only, nothing is expanded."""
    limit = settings.UPLOAD_MAX_UNCOMPRESSED_BYTES
    try:
        with _from_start(file), zipfile.ZipFile(file) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ValidationError(_("This document cannot be read: it is damaged.")) from exc
    expanded = sum(member.file_size for member in members)
    if len(members) > settings.UPLOAD_MAX_ZIP_MEMBERS or expanded > limit:
        raise ValidationError(
            _("This document expands to %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(expanded), "limit": filesizeformat(limit)}
        )
    if expanded > settings.UPLOAD_MAX_COMPRESSION_RATIO * max(file.size, 1):
        raise ValidationError(
            _("This document is compressed %(ratio)s times; more than %(limit)s is refused.")
            % {
                "ratio": expanded // max(file.size, 1),
                "limit": settings.UPLOAD_MAX_COMPRESSION_RATIO,
            }
        )


def check_image(file, *, formats: set[str]) -> str:
    """An image Pillow opens, in one of `formats`, of at most
    `UPLOAD_MAX_IMAGE_PIXELS`; returns its format."""
    from PIL import Image, UnidentifiedImageError

    limit = settings.UPLOAD_MAX_IMAGE_PIXELS
    too_large = _(
        "This image is %(width)s × %(height)s pixels (%(mpx)s Mpx); the limit is %(limit)s Mpx."
    )
    try:
        with _from_start(file), Image.open(file) as image:
            width, height = image.size
            if width * height > limit:
                raise ImageTooLarge(
                    too_large
                    % {
                        "width": width,
                        "height": height,
                        "mpx": round(width * height / 1e6, 1),
                        "limit": limit // 1_000_000,
                    }
                )
            image_format = image.format
            image.verify()
    except Image.DecompressionBombError as exc:  # far beyond Pillow's own cap
        raise ImageTooLarge(
            _("This image is far too large; the limit is %(limit)s Mpx.")
            % {"limit": limit // 1_000_000}
        ) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            _("This image cannot be read: it is damaged or not an image.")
        ) from exc
    if image_format not in formats:
        raise ValidationError(_("This image format is not accepted."))
    return image_format
