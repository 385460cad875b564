"""The training panel's figures come from one grouped query (per city, domain
and month) added up in Python; certified, attempted and passed test each
enrolment against sets of ids. Checked against the hand-counted programme in
conftest, on the cases that this way of counting could get wrong."""

import dataclasses
import datetime as dt
import zoneinfo

import pytest

from wagtail.models import Locale

from core.factories import UserFactory
from core.steer import Filters
from tests.steer.test_figures import values
from training import figures as training_figures
from training.certificate_services import certificate_issue
from training.models import AssessmentAttempt, Certificate, Enrolment

pytestmark = pytest.mark.django_db
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def charts(filters: Filters) -> dict[str, dict[str, tuple]]:
    return {
        str(chart.title): {label: numbers for label, numbers, _params in chart.rows}
        for chart in training_figures.panel(filters).charts
    }


def test_each_breakdown_adds_up_to_the_totals(world, year_2025):
    figures = values(training_figures.panel(year_2025))
    for title, rows in charts(year_2025).items():
        assert sum(enrolled for enrolled, _completed in rows.values()) == 3, title
        assert sum(completed for _enrolled, completed in rows.values()) == 2, title
    assert figures["Learners enrolled"] == 3
    assert charts(year_2025)["Learners by domain"] == {"Traffic": (2, 1), "Water": (1, 1)}


def test_a_certificate_of_the_modules_translation_counts(world, year_2025):
    french = world["junctions"].copy_for_translation(
        Locale.objects.get_or_create(language_code="fr")[0], copy_parents=True
    )
    pp2 = Enrolment.objects.get(user__last_name="pp2").user
    certificate_issue(holder=pp2, module=french, issued_by=None)

    figures = values(training_figures.panel(year_2025))
    assert figures["Learners certified"] == 2  # pp1, and pp2 through the French page
    assert figures["Certificates issued"] == 2


def test_a_revoked_certificate_does_not_count(world, year_2025):
    Certificate.objects.get(holder=world["pp1"]).revoke(by=None, reason="Issued by mistake")

    figures = values(training_figures.panel(year_2025))
    assert figures["Learners certified"] == 0
    assert figures["Certificates issued"] == 0


def test_certificates_and_attempts_count_only_for_the_selected_enrolments(world, year_2025):
    old = Enrolment.objects.get(user__last_name="old").user  # their session was in 2024
    certificate_issue(holder=old, module=world["junctions"], issued_by=None)
    AssessmentAttempt.objects.create(user=old, module=world["junctions"], score=95, passed=True)

    this_year = values(training_figures.panel(year_2025))
    assert this_year["Learners certified"] == 1
    assert this_year["Assessment pass rate"] == 50.0
    ever = values(training_figures.panel(Filters()))
    assert ever["Learners certified"] == 2
    assert ever["Assessment pass rate"] == 66.7  # pp1 and old passed, pp2 failed


def test_several_attempts_count_once_per_enrolment(world, year_2025):
    pp2 = Enrolment.objects.get(user__last_name="pp2").user
    AssessmentAttempt.objects.create(user=pp2, module=world["junctions"], score=30, passed=False)
    AssessmentAttempt.objects.create(user=pp2, module=world["junctions"], score=85, passed=True)
    AssessmentAttempt.objects.create(
        user=world["pp1"], module=world["junctions"], score=99, passed=True
    )

    figures = values(training_figures.panel(year_2025))
    assert figures["Assessment pass rate"] == 100.0  # 2 of 2 enrolments, not 3 of 5 attempts


def test_a_period_runs_from_midnight_to_midnight_in_the_local_time_zone(world):
    def self_paced(name: str, enrolled_at: dt.datetime) -> None:
        learner = UserFactory(city=world["rio"], email=f"{name}@example.org")
        enrolment = Enrolment.objects.create(user=learner, module=world["junctions"])
        Enrolment.objects.filter(pk=enrolment.pk).update(created_at=enrolled_at)

    # 23:30 in Paris on New Year's Eve is 22:30 UTC; 00:30 on New Year's Day is 23:30 UTC.
    self_paced("eve", dt.datetime(2025, 12, 31, 23, 30, tzinfo=PARIS))
    self_paced("new-year", dt.datetime(2026, 1, 1, 0, 30, tzinfo=PARIS))
    self_paced("first-minute", dt.datetime(2025, 1, 1, 0, 0, tzinfo=PARIS))

    year_2025 = Filters.for_year(2025, domain=world["traffic"])
    assert values(training_figures.panel(year_2025))["Learners enrolled"] == 2 + 2
    by_month = charts(year_2025)["Learners by month"]
    assert by_month == {"2025-01": (1, 0), "2025-03": (2, 1), "2025-12": (1, 0)}
    year_2026 = Filters.for_year(2026, domain=world["traffic"])
    assert values(training_figures.panel(year_2026))["Learners enrolled"] == 1
    one_day = dataclasses.replace(year_2026, start=dt.date(2025, 12, 31), end=dt.date(2025, 12, 31))
    assert values(training_figures.panel(one_day))["Learners enrolled"] == 1


def test_the_widest_dates_a_form_accepts_select_everything(world):
    widest = Filters(start=dt.date.min, end=dt.date.max)
    assert values(training_figures.panel(widest)) == values(training_figures.panel(Filters()))
