"""Numbered, code-carrying records (certificates, attestations): one allocator.

`create_numbered` inserts a row with the next free per-year sequence, its
human number (``PREFIX-YYYY-NNNNNN``) and a fresh 128-bit verification code,
retrying when a concurrent insert took the number. The sequence is read and
the row inserted in one short transaction of their own (on SQLite, which
takes the write lock when it begins, two workers never clash); the caller
renders the PDF after it is committed.
"""

from collections.abc import Callable
from typing import TypeVar

from django.db import IntegrityError, models, transaction

from documents.certificates import format_certificate_number, new_verification_code

NUMBERING_ATTEMPTS = 5

M = TypeVar("M", bound=models.Model)


class NumberingError(Exception):
    pass


def next_sequence(model: type[models.Model], year: int) -> int:
    last = (
        model.objects.filter(year=year).order_by("-sequence").values_list("sequence", flat=True)
    ).first()
    return (last or 0) + 1


def create_numbered(
    model: type[M], *, prefix: str, year: int, duplicate: Callable[[], bool], **fields
) -> M:
    """Insert `model(**fields)` numbered in `year`; a concurrent issue makes us retry.

    `duplicate()` tells an IntegrityError caused by another uniqueness rule
    (e.g. one valid record per holder) from a number clash: it is re-raised.
    """
    for _attempt in range(NUMBERING_ATTEMPTS):
        try:
            with transaction.atomic():
                sequence = next_sequence(model, year)
                return model.objects.create(
                    year=year,
                    sequence=sequence,
                    number=format_certificate_number(year, sequence, prefix=prefix),
                    code=new_verification_code(),
                    **fields,
                )
        except IntegrityError:
            if duplicate():
                raise
            continue
    raise NumberingError("Could not allocate a number; try again.")
