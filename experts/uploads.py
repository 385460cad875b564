"""Checks on uploaded files: real type (by content, not by name) and size."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from core.uploads import ImageTooLarge, check_image

PHOTO_MAX_BYTES = 2 * 1024 * 1024
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP"}


def validate_photo(file) -> None:
    """A JPEG, PNG or WebP image of at most 2 MB and the pixel cap."""
    if file.size > PHOTO_MAX_BYTES:
        raise ValidationError(
            _("The photo is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(file.size), "limit": filesizeformat(PHOTO_MAX_BYTES)}
        )
    try:
        check_image(file, formats=PHOTO_FORMATS)
    except ImageTooLarge:
        raise  # its message gives the size and the limit
    except ValidationError as error:
        raise ValidationError(_("The photo must be a JPEG, PNG or WebP image.")) from error
