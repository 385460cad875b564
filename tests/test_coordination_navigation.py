"""Coordinators reach sessions, certificates, requests and the batch from their own page."""

import pytest

from django.urls import reverse

from core.factories import UserFactory, coordinator
from core.roles import Role
from exchange.factories import PartnerRequestFactory
from exchange.models import PartnerRequest
from training.certificate_services import certificate_issue
from training.factories import (
    CatalogueIndexPageFactory,
    EnrolmentFactory,
    SessionFactory,
    TrainingModulePageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def module(db):
    from core.demo import load_home_page

    catalogue = CatalogueIndexPageFactory(parent=load_home_page())
    return TrainingModulePageFactory(parent=catalogue, title="Junction design")


def test_the_header_has_a_coordination_link_for_coordinators_only(client):
    client.force_login(coordinator())
    assert reverse("core:coordination") in client.get(reverse("core:me")).text
    client.force_login(UserFactory(roles=[Role.OFFICIAL]))
    assert reverse("core:coordination") not in client.get(reverse("core:me")).text


def test_the_page_leads_to_sessions_certificates_requests_and_the_batch(client, module):
    session = SessionFactory(module=module)
    enrolment = EnrolmentFactory(module=module, session=session)
    certificate, _created = certificate_issue(holder=enrolment.user, module=module, issued_by=None)
    PartnerRequestFactory(status=PartnerRequest.Status.SUBMITTED)
    client.force_login(coordinator())
    response = client.get(reverse("core:coordination"))
    text = response.text
    assert reverse("training:session_detail", args=[session.pk]) in text
    assert reverse("training:session_list") in text
    assert reverse("documents:verify", kwargs={"code": certificate.code}) in text
    assert reverse("training:certificate_list") in text
    assert reverse("exchange:request_list") + "?status=submitted" in text
    assert reverse("exchange:batch_preview") in text


@pytest.mark.parametrize("roles", [[Role.OFFICIAL], [Role.EXPERT], [Role.FOCAL_POINT]])
def test_others_are_refused(client, roles):
    client.force_login(UserFactory(roles=roles))
    assert client.get(reverse("core:coordination")).status_code == 403
    assert client.get(reverse("training:certificate_list")).status_code == 403


def test_my_learning_lists_only_the_sessions_i_train(client, module):
    mine = SessionFactory(module=module, trainer=coordinator(email="trainer@example.org"))
    other = SessionFactory(module=module)
    client.force_login(mine.trainer)
    text = client.get(reverse("training:dashboard")).text
    assert reverse("training:session_detail", args=[mine.pk]) in text
    assert reverse("training:session_detail", args=[other.pk]) not in text


def test_the_session_list_has_upcoming_and_past_sessions(client, module):
    import datetime as dt

    from django.utils import timezone

    upcoming = SessionFactory(module=module)
    start = timezone.now() - dt.timedelta(days=30)
    past = SessionFactory(module=module, starts_at=start, ends_at=start + dt.timedelta(hours=8))
    client.force_login(coordinator())
    url = reverse("training:session_list")
    text = client.get(url).text
    assert reverse("training:session_detail", args=[upcoming.pk]) in text
    assert reverse("training:session_detail", args=[past.pk]) not in text
    text = client.get(url, {"when": "past"}).text
    assert reverse("training:session_detail", args=[past.pk]) in text


def test_certificates_can_be_searched(client, module):
    for name in ("Sokha Chea", "Ana Ribeiro"):
        first, last = name.split()
        enrolment = EnrolmentFactory(
            module=module, user=UserFactory(first_name=first, last_name=last)
        )
        certificate_issue(holder=enrolment.user, module=module, issued_by=None)
    client.force_login(coordinator())
    text = client.get(reverse("training:certificate_list"), {"q": "sokha"}).text
    assert "Sokha Chea" in text and "Ana Ribeiro" not in text
