"""The session roster links each learner's certificate instead of offering to issue it."""

import pytest

from django.urls import reverse

from wagtail.models import Locale

from core.factories import coordinator
from documents.services import document_revoke
from training.certificate_services import certificate_issue
from training.factories import EnrolmentFactory, SessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(module):
    return SessionFactory(module=module)


def roster(client, session) -> str:
    return client.get(reverse("training:session_detail", args=[session.pk])).text


def issue_url(enrolment) -> str:
    return reverse("certificates:issue", kwargs={"enrolment_id": enrolment.pk})


def test_a_certified_learner_shows_the_certificate_not_the_issue_button(client, module, session):
    certified = EnrolmentFactory(module=module, session=session)
    pending = EnrolmentFactory(module=module, session=session)
    certificate, _created = certificate_issue(holder=certified.user, module=module, issued_by=None)
    client.force_login(coordinator())
    text = roster(client, session)
    assert reverse("documents:verify", kwargs={"code": certificate.code}) in text
    assert certificate.number in text
    assert issue_url(certified) not in text
    assert issue_url(pending) in text


def test_a_certificate_of_the_modules_translation_counts(client, module, session):
    french = module.copy_for_translation(
        Locale.objects.get_or_create(language_code="fr")[0], copy_parents=True
    )
    enrolment = EnrolmentFactory(module=module, session=session)
    certificate, _created = certificate_issue(holder=enrolment.user, module=french, issued_by=None)
    client.force_login(coordinator())
    assert certificate.number in roster(client, session)


def test_a_revoked_certificate_offers_to_issue_again(client, module, session):
    enrolment = EnrolmentFactory(module=module, session=session)
    certificate, _created = certificate_issue(holder=enrolment.user, module=module, issued_by=None)
    document_revoke(document=certificate, revoked_by=coordinator(), reason="Typo in the name")
    client.force_login(coordinator())
    text = roster(client, session)
    assert issue_url(enrolment) in text
    assert certificate.number not in text


def test_the_roster_queries_do_not_grow_with_certificates(client, module, session, query_count):
    enrolments = [EnrolmentFactory(module=module, session=session) for _ in range(6)]
    client.force_login(coordinator())
    roster(client, session)
    without = query_count(lambda: roster(client, session))
    for enrolment in enrolments:
        certificate_issue(holder=enrolment.user, module=module, issued_by=None)
    roster(client, session)
    assert query_count(lambda: roster(client, session)) == without
