"""Every steering list downloads as CSV and XLSX, with the filters applied."""

import csv
import io

import pytest
from openpyxl import load_workbook

from django.urls import reverse

from core.factories import coordinator
from core.list_exports import cell
from core.steer import steer_lists
from exchange.factories import focal_point

pytestmark = pytest.mark.django_db


def export(client, key: str, fmt: str, **params):
    url = reverse("core:steer_export", kwargs={"key": key, "fmt": fmt})
    return client.get(url, params)


def csv_rows(response) -> list[list[str]]:
    assert response.streaming
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def test_csv_is_streamed_with_the_filters_applied(client, world):
    client.force_login(coordinator())
    response = export(client, "enrolments", "csv", start="2025-01-01", end="2025-12-31")
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="passerelle-enrolments-' in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0][:2] == ["Learner", "E-mail"]
    assert sorted(row[1] for row in rows[1:]) == [
        "pp1@example.org",
        "pp2@example.org",
        "rio1@example.org",
    ]


def test_xlsx_has_the_same_rows(client, world):
    client.force_login(coordinator())
    response = export(client, "missions", "xlsx", start="2025-01-01", end="2025-12-31")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][0] == "Mission"
    by_title = {row[0]: row for row in rows[1:]}
    assert set(by_title) == {"Traffic lights", "Moto taxis in Paris"}
    assert by_title["Traffic lights"][8] == 20  # expert-days


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_list_exports(client, world, fmt):
    client.force_login(coordinator())
    for steer_list in steer_lists():
        response = export(client, steer_list.key, fmt)
        assert response.status_code == 200, steer_list.key
        b"".join(response.streaming_content)


def test_a_focal_point_exports_their_city_only(client, world):
    client.force_login(focal_point(world["phnom_penh"]))
    rows = csv_rows(export(client, "requests", "csv", city=world["rio"].pk))
    assert [row[0] for row in rows[1:]] == ["Traffic lights"]


def test_cells_that_a_spreadsheet_would_run_are_defused():
    assert cell('=HYPERLINK("http://evil")').startswith("'=")
    assert cell("+33 1 23") == "'+33 1 23"
    assert cell(-3) == -3
    assert cell(None) == ""


def test_every_export_is_in_the_audit_trail(client, world):
    from core.models import AuditEvent

    boss = coordinator()
    client.force_login(boss)
    b"".join(export(client, "enrolments", "csv", start="2025-01-01").streaming_content)
    event = AuditEvent.objects.get(action=AuditEvent.Action.LIST_EXPORTED)
    assert (event.actor, event.target) == (boss, "enrolments.csv")
    assert "start=2025-01-01" in event.detail
