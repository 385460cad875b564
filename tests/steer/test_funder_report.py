"""Funder reports: asked for with a form, built in the background (django-tasks),
kept, and downloaded as a signed PDF (read back with pdftotext and pypdf)."""

import io
import re

import pytest
from pypdf import PdfReader

from django.urls import reverse

from core.factories import (
    UserFactory,
    coordinator,
)
from core.roles import Role
from documents.models import FunderReport
from documents.signing import check_signature
from documents.tests.conftest import pdf_text
from documents.views import REPORTS_LISTED
from exchange.factories import focal_point
from training.models import Enrolment

pytestmark = pytest.mark.django_db

REPORT = reverse("documents:funder_report")
YEAR_2025 = {"start": "2025-01-01", "end": "2025-12-31"}


def report_text(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF")
    return " ".join(pdf_text(pdf).split())


def download(client, report: FunderReport) -> bytes:
    response = client.get(reverse("documents:funder_report_download", args=[report.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content)


def test_a_project_report_holds_its_figures_funding_and_outcomes(client, ask, project):
    report = ask(coordinator(), project=project.pk, **YEAR_2025, language="en")

    assert report.status == FunderReport.Status.DONE and report.progress == 100
    page = client.get(reverse("documents:funder_report_detail", args=[report.pk]))
    assert "Download the PDF" in page.text and 'http-equiv="refresh"' not in page.text
    text = report_text(download(client, report))
    assert "Traffic flow in Phnom Penh" in text
    assert "French Ministry for Foreign Affairs 120000.00 EUR" in text
    # Paris–Phnom Penh, traffic: pp1 and pp2 enrolled; q1 and q2's missions, 25 expert-days.
    assert "Learners enrolled 2" in text
    assert "Missions 2" in text
    assert "Expert-days 25" in text
    assert "Paris → partner 1 10" in text
    assert "Partner → Paris 1 5" in text
    assert "Twelve junctions now run on a shared timing plan." in text


def test_the_report_is_signed_by_the_platform(client, ask, project):
    report = ask(coordinator(), project=project.pk, **YEAR_2025, language="en")

    check = check_signature(download(client, report))
    assert check.ok, check.problem
    assert "Passerelle" in check.signer


@pytest.mark.parametrize(
    ("language", "dates"),
    [
        ("fr", ("1 janvier 2025", "31 décembre 2025")),
        ("pt", ("1 de janeiro de 2025", "31 de dezembro de 2025")),
    ],
)
def test_a_funder_report_in_another_language(client, ask, project, language, dates):
    funder = project.fundings.get().funder
    report = ask(coordinator(), funder=funder.pk, **YEAR_2025, language=language)

    pdf = download(client, report)
    text = report_text(pdf)
    assert "Traffic flow in Phnom Penh" in text
    # Dates (and, once translated, every label) in the report's language.
    assert all(date in text for date in dates)
    assert PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == language


def test_the_same_report_asked_twice_is_the_same_file(client, ask, project, world):
    boss = coordinator()
    first = ask(boss, project=project.pk, **YEAR_2025, language="en")
    second = ask(boss, project=project.pk, **YEAR_2025, language="en")

    assert second.pk != first.pk and second.reused and not first.reused
    assert download(client, second) == download(client, first)
    page = client.get(reverse("documents:funder_report_detail", args=[second.pk]))
    assert "this is the same signed file" in page.text

    other_language = ask(boss, project=project.pk, **YEAR_2025, language="fr")
    assert not other_language.reused


def test_new_data_give_a_new_file(client, ask, project, world):
    boss = coordinator()
    first = ask(boss, project=project.pk, **YEAR_2025, language="en")
    assert "Learners who completed 1" in report_text(download(client, first))
    Enrolment.objects.filter(user__last_name="pp2").update(completed_at=world["s1"].ends_at)

    again = ask(boss, project=project.pk, **YEAR_2025, language="en")

    assert not again.reused and again.fingerprint != first.fingerprint
    assert "Learners who completed 2" in report_text(download(client, again))


def test_progress_refreshes_itself_until_the_report_is_built(client, project):
    client.force_login(coordinator())
    response = client.post(REPORT, {"project": project.pk, **YEAR_2025, "language": "en"})
    report = FunderReport.objects.get()  # queued: the build runs after the commit

    page = client.get(response.url)
    assert report.status == FunderReport.Status.QUEUED
    assert '<meta http-equiv="refresh" content="2">' in page.text
    assert "Waiting to start (0 %)" in page.text
    assert (
        client.get(reverse("documents:funder_report_download", args=[report.pk])).status_code == 404
    )


def test_a_get_creates_nothing(client, project):
    client.force_login(coordinator())
    response = client.get(REPORT, {"project": project.pk, **YEAR_2025, "language": "en"})
    assert response.status_code == 200
    assert not FunderReport.objects.exists()


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({**YEAR_2025, "language": "en"}, "Choose a cooperation project or a funding partner."),
        (
            {"project": "P", "start": "2025-12-31", "end": "2025-01-01", "language": "en"},
            "The period cannot end before it starts.",
        ),
        ({"project": "P", **YEAR_2025, "language": "xx"}, "Select a valid choice."),
        (
            {"project": "P", "start": "no", "end": "2025-01-01", "language": "en"},
            "Enter a valid date.",
        ),
    ],
)
def test_bad_input_is_refused_with_a_message(client, project, data, error):
    client.force_login(coordinator())
    data = {**data, "project": project.pk} if "project" in data else data
    response = client.post(REPORT, data)
    assert response.status_code == 200
    assert error in response.text
    assert not FunderReport.objects.exists()


def test_a_focal_point_reports_on_their_city_only(client, ask, project, rio_project, world):
    person = focal_point(world["phnom_penh"])
    report = ask(person, project=project.pk, **YEAR_2025, language="en")

    assert report.city == world["phnom_penh"]
    text = report_text(download(client, report))
    assert "Learners, requests and missions of Phnom Penh only." in text
    # Phnom Penh asked for q1 only (q2 was Paris's): one mission, 20 expert-days.
    assert "Missions 1" in text
    assert "Expert-days 20" in text
    # A project of another city's partnership is not offered.
    response = client.post(REPORT, {"project": rio_project.pk, **YEAR_2025, "language": "en"})
    assert "Select a valid choice." in response.text


def test_who_sees_which_report(client, ask, project, world):
    by_coordinator = ask(coordinator(), project=project.pk, **YEAR_2025, language="en")
    by_phnom_penh = ask(
        focal_point(world["phnom_penh"]), project=project.pk, **YEAR_2025, language="en"
    )

    def status(user, report, name):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client.get(reverse(f"documents:{name}", args=[report.pk])).status_code

    for name in ("funder_report_detail", "funder_report_download"):
        # Coordinators see every report; a focal point their city's.
        assert status(coordinator(), by_phnom_penh, name) == 200
        assert status(focal_point(world["phnom_penh"]), by_phnom_penh, name) == 200
        assert status(focal_point(world["phnom_penh"]), by_coordinator, name) == 404
        assert status(focal_point(world["rio"]), by_phnom_penh, name) == 404
        # Learners and experts: forbidden; nobody logged in: to the login page.
        assert status(UserFactory(), by_coordinator, name) == 403
        assert status(UserFactory(roles=[Role.EXPERT]), by_coordinator, name) == 403
        assert status(None, by_coordinator, name) == 302
    client.force_login(UserFactory())
    assert client.get(REPORT).status_code == 403
    assert (
        client.post(REPORT, {"project": project.pk, **YEAR_2025, "language": "en"}).status_code
        == 403
    )


def test_report_pages_read_a_bounded_number_of_queries(
    client, project, django_assert_max_num_queries
):
    boss = coordinator()
    client.force_login(boss)

    def add_reports(count: int) -> None:
        FunderReport.objects.bulk_create(
            FunderReport(
                project=project, start=f"2025-01-{day:02d}", end="2025-12-31", language="en"
            )
            for day in range(1, count + 1)
        )

    add_reports(3)
    report = FunderReport.objects.first()
    with django_assert_max_num_queries(12) as few:
        client.get(REPORT)
    with django_assert_max_num_queries(10):
        client.get(reverse("documents:funder_report_detail", args=[report.pk]))
    add_reports(25)
    with django_assert_max_num_queries(len(few)):
        page = client.get(REPORT).text
    assert len(re.findall(r'href="[^"]*/reports/funders/\d+/"', page)) == REPORTS_LISTED
