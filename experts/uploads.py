"""Checks on uploaded files: real type (by content, not by name) and size."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

PHOTO_MAX_BYTES = 2 * 1024 * 1024
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP"}


def validate_photo(file) -> None:
    """A JPEG, PNG or WebP image of at most 2 MB."""
    from PIL import Image, UnidentifiedImageError

    if file.size > PHOTO_MAX_BYTES:
        raise ValidationError(
            _("The photo is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(file.size), "limit": filesizeformat(PHOTO_MAX_BYTES)}
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with Image.open(file) as image:
            image_format = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValidationError(_("The photo must be a JPEG, PNG or WebP image.")) from exc
    finally:
        file.seek(position)
    if image_format not in PHOTO_FORMATS:
        raise ValidationError(_("The photo must be a JPEG, PNG or WebP image."))
