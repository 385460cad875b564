"""Funder reports: the steering figures of a project or of what a funder
supports, for a period, as a PDF in English or French (read back with pdftotext)."""

import pytest

from django.urls import reverse

from core.factories import (
    CooperationProjectFactory,
    FundingPartnerFactory,
    ProjectFundingFactory,
    coordinator,
)
from documents.tests.conftest import pdf_text
from exchange.factories import focal_point

pytestmark = pytest.mark.django_db

REPORT = reverse("documents:funder_report")
YEAR_2025 = {"start": "2025-01-01", "end": "2025-12-31"}


def report_text(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF")
    return " ".join(pdf_text(pdf).split())


@pytest.fixture
def project(world):
    project = CooperationProjectFactory(
        partnership=world["paris_pp"], domain=world["traffic"], title="Traffic flow in Phnom Penh"
    )
    ministry = FundingPartnerFactory(name="French Ministry for Foreign Affairs")
    ProjectFundingFactory(project=project, funder=ministry, amount="120000.00")
    return project


def test_a_project_report_holds_its_figures_funding_and_outcomes(client, project):
    client.force_login(coordinator())
    response = client.get(
        REPORT,
        {"project": project.pk, "start": "2025-01-01", "end": "2025-12-31", "language": "en"},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = report_text(response.content)
    assert "Traffic flow in Phnom Penh" in text
    assert "French Ministry for Foreign Affairs 120000.00 EUR" in text
    # Paris–Phnom Penh, traffic: pp1 and pp2 enrolled; q1 and q2's missions, 25 expert-days.
    assert "Learners enrolled 2" in text
    assert "Missions 2" in text
    assert "Expert-days 25" in text
    assert "Paris → partner 1 10" in text
    assert "Partner → Paris 1 5" in text
    assert "Twelve junctions now run on a shared timing plan." in text


def test_a_funder_report_in_french_covers_the_projects_it_funds(client, project):
    client.force_login(coordinator())
    funder = project.fundings.get().funder
    response = client.get(REPORT, {"funder": funder.pk, **YEAR_2025, "language": "fr"})
    text = report_text(response.content)
    assert "Traffic flow in Phnom Penh" in text
    # Dates (and, once translated, every label) in French.
    assert "1 janvier 2025" in text and "31 décembre 2025" in text


def test_the_form_needs_a_project_or_a_funder(client, project):
    client.force_login(coordinator())
    response = client.get(REPORT, {"start": "2025-01-01", "end": "2025-12-31", "language": "en"})
    assert response.status_code == 200
    assert "Choose a cooperation project or a funding partner." in response.text


def test_focal_points_cannot_produce_reports(client, project, world):
    client.force_login(focal_point(world["phnom_penh"]))
    response = client.get(
        REPORT,
        {"project": project.pk, "start": "2025-01-01", "end": "2025-12-31", "language": "en"},
    )
    assert response.status_code == 403
