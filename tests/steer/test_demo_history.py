"""The demo gives the dashboard two past years to show, in every direction,
and loading it again adds nothing."""

from io import StringIO

import pytest

from django.core.management import call_command

from core.steer import Direction, Filters, panels
from exchange.models import Mission, MissionEvaluation, PartnerRequest
from training.models import Enrolment, Session

pytestmark = pytest.mark.django_db


def counts() -> tuple[int, ...]:
    return tuple(
        model.objects.count()
        for model in (Session, Enrolment, PartnerRequest, Mission, MissionEvaluation)
    )


def test_the_demo_history_fills_the_dashboard_once():
    call_command("load_demo", stdout=StringIO())
    loaded = counts()
    training, exchange = panels(Filters.for_year(2025))
    figures = {str(f.label): f.value for f in (*training.figures, *exchange.figures)}
    assert figures["Learners enrolled"] > 20
    assert figures["Learners who completed"] > 10
    assert figures["Sessions run"] >= 6
    assert figures["Missions"] >= 4
    assert figures["Median days from submission to confirmed mission"] is not None
    directions = {
        params["direction"]
        for chart in exchange.charts
        for _label, _values, params in chart.rows
        if "direction" in params
    }
    assert directions == set(Direction.values)

    call_command("load_demo", stdout=StringIO())
    assert counts() == loaded


def test_the_demo_history_certifies_past_completions_once(django_capture_on_commit_callbacks):
    from training.models import Certificate, CertificateBatch

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=StringIO())
    history = Enrolment.objects.filter(
        session__starts_at__year__in=(2024, 2025),
        status=Enrolment.Status.ACTIVE,
        completed_at__isnull=False,
    )
    # Every past completion holds a certificate for its module, signed and stored.
    certified = Certificate.objects.valid().filter(
        holder__in=history.values("user"), module__in=history.values("module")
    )
    assert certified.count() == history.count() > 20
    assert all(certificate.pdf for certificate in certified)
    assert not Certificate.objects.filter(
        holder__in=history.filter(completed_at=None).values("user")
    )
    assert set(CertificateBatch.objects.values_list("status", flat=True)) == {"done"}
    training, _exchange = panels(Filters.for_year(2025))
    figures = {str(f.label): f.value for f in training.figures}
    # Every learner who completed in 2025 is certified.
    assert figures["Learners certified"] == figures["Learners who completed"] > 10

    batches, certificates = CertificateBatch.objects.count(), Certificate.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=StringIO())
    assert (CertificateBatch.objects.count(), Certificate.objects.count()) == (
        batches,
        certificates,
    )
