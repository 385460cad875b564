"""Funder reports leave their trace in the audit trail: who asked for which
report, and who downloaded it, from which address."""

import pytest

from django.urls import reverse

from core.factories import coordinator
from core.models import AuditEvent
from exchange.factories import focal_point
from tests.steer.test_funder_report import YEAR_2025, download

pytestmark = pytest.mark.django_db

Action = AuditEvent.Action


def test_asking_for_a_report_is_recorded(ask, project):
    boss = coordinator()
    report = ask(boss, project=project.pk, **YEAR_2025, language="fr")

    event = AuditEvent.objects.get(action=Action.FUNDER_REPORT_REQUESTED)
    assert (event.actor, event.target) == (boss, f"funder report {report.pk}")
    assert event.detail.splitlines() == [
        "project Traffic flow in Phnom Penh",
        "2025-01-01 – 2025-12-31",
        "fr",
    ]
    assert event.ip_address == "127.0.0.1"


def test_a_focal_points_report_records_their_city(ask, project, world):
    report = ask(
        focal_point(world["phnom_penh"]),
        funder=project.fundings.get().funder.pk,
        **YEAR_2025,
        language="en",
    )

    event = AuditEvent.objects.get(action=Action.FUNDER_REPORT_REQUESTED)
    assert event.target == f"funder report {report.pk}"
    assert event.detail.splitlines() == [
        "funder French Ministry for Foreign Affairs",
        "2025-01-01 – 2025-12-31",
        "en",
        "city Phnom Penh",
    ]


def test_each_download_is_recorded(client, ask, project):
    boss = coordinator()
    report = ask(boss, project=project.pk, **YEAR_2025, language="en")
    download(client, report)
    download(client, report)

    events = AuditEvent.objects.filter(action=Action.FUNDER_REPORT_DOWNLOADED)
    assert events.count() == 2
    event = events.first()
    assert (event.actor, event.target) == (boss, f"funder report {report.pk}")
    filename = f"passerelle-report-{project.slug}-20250101-20251231-en.pdf"
    assert event.detail.splitlines() == [filename, report.fingerprint]


def test_refused_asks_and_downloads_record_nothing(client, ask, project, world):
    report = ask(coordinator(), project=project.pk, **YEAR_2025, language="en")
    client.force_login(focal_point(world["rio"]))
    assert (
        client.get(reverse("documents:funder_report_download", args=[report.pk])).status_code == 404
    )
    client.post(reverse("documents:funder_report"), {**YEAR_2025, "language": "en"})  # no project

    assert not AuditEvent.objects.filter(action=Action.FUNDER_REPORT_DOWNLOADED).exists()
    assert AuditEvent.objects.filter(action=Action.FUNDER_REPORT_REQUESTED).count() == 1
