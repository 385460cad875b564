"""Downloads of the coordinators' lists as CSV or XLSX, streamed.

One helper serves every list (`core.steer.SteerList`): rows are read from
the database in chunks (`QuerySet.iterator`), so a 50,000-row export never
holds its rows in memory. CSV is streamed to the client as it is written;
XLSX goes through openpyxl's write-only workbook into a temporary file,
which is then streamed.
"""

import csv
import datetime as dt
import tempfile
from collections.abc import Iterable, Iterator
from typing import Any

from openpyxl import Workbook

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.functional import Promise

from core import audit
from core.steer import Column, SteerList

FORMATS = ("csv", "xlsx")
CHUNK_SIZE = 2000
# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class _Echo:
    """A file-like object whose `write` hands back what it is given (Django's
    streaming-CSV recipe)."""

    def write(self, value: str) -> str:
        return value


def cell(value: Any) -> Any:
    """A value as a spreadsheet should get it: text that cannot run as a formula,
    dates and numbers as themselves."""
    if value is None:
        return ""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    if isinstance(value, (int, float, dt.date)):
        return value
    return str(value)


def table_rows(columns: Iterable[Column], rows: Iterable[Any]) -> Iterator[list[Any]]:
    columns = list(columns)
    yield [str(column.header) for column in columns]
    for row in rows:
        yield [cell(column.value(row)) for column in columns]


def export_response(steer_list: SteerList, queryset, *, fmt: str, filename: str):
    """`queryset` (rows of `steer_list`) as a CSV or XLSX download."""
    rows = table_rows(steer_list.columns, queryset.iterator(chunk_size=CHUNK_SIZE))
    if fmt == "xlsx":
        return _xlsx_response(rows, f"{filename}.xlsx", title=str(steer_list.title))
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def _xlsx_response(rows: Iterator[list[Any]], filename: str, *, title: str) -> FileResponse:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    for row in rows:
        sheet.append(row)
    # Deleted on close, which FileResponse does once the file is sent.
    file = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 (FileResponse closes it)
    workbook.save(file)
    file.seek(0)
    return FileResponse(file, as_attachment=True, filename=filename, content_type=XLSX_TYPE)


def record_export(*, request, list_key: str, fmt: str, query: str) -> None:
    """Record in the audit trail who exported which list, with which filters."""
    audit.record(
        audit.Action.LIST_EXPORTED,
        actor=request.user,
        target=f"{list_key}.{fmt}",
        detail=query,
        request=request,
    )
