"""After passing, "Take the assessment" gives way to the certificate, which is e-mailed."""

import pytest

from django.core import mail
from django.urls import reverse

from core.factories import UserFactory
from training.models import Certificate
from training.services import assessment_submit, enrolment_create, lesson_mark_done

pytestmark = pytest.mark.django_db


def right_answers(module) -> dict:
    return {q.id: sorted(q.correct) for q in module.assessment_questions()}


@pytest.fixture
def learner(client, module):
    user = UserFactory(first_name="Sokha", preferred_language="en")
    enrolment_create(user=user, module=module)
    client.force_login(user)
    return user


@pytest.fixture
def certified(learner, module, lessons, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            lesson_mark_done(user=learner, lesson=lesson)
        assessment_submit(user=learner, module=module, answers=right_answers(module))
    return Certificate.objects.get(holder=learner)


def test_before_passing_the_module_page_offers_the_assessment(client, learner, module):
    text = client.get(module.url).text
    assert "Take the assessment" in text


def test_the_module_page_links_the_certificate_instead_of_the_assessment(client, module, certified):
    text = client.get(module.url).text
    assert "Take the assessment" not in text
    assert reverse("certificates:pdf", kwargs={"number": certified.number}) in text
    assert reverse("documents:verify", kwargs={"code": certified.code}) in text


def test_the_dashboard_links_the_certificate(client, certified):
    text = client.get(reverse("training:dashboard")).text
    assert "Take the assessment" not in text
    assert reverse("certificates:pdf", kwargs={"number": certified.number}) in text


def test_the_assessment_page_leads_to_the_certificate(client, module, certified):
    text = client.get(reverse("training:assessment", args=[module.pk])).text
    assert reverse("certificates:pdf", kwargs={"number": certified.number}) in text


def test_the_holder_is_emailed_once_when_it_is_issued(learner, certified, settings):
    [message] = mail.outbox
    assert message.to == [learner.email]
    assert certified.module_title in message.subject
    assert settings.SITE_URL + f"/verify/{certified.code}/" in message.body
    assert settings.SITE_URL + f"/certificates/{certified.number}.pdf" in message.body
    assert "Hello Sokha" in message.body


def test_the_email_is_in_the_holders_language(module, lessons, django_capture_on_commit_callbacks):
    learner = UserFactory(preferred_language="fr")
    enrolment_create(user=learner, module=module)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            lesson_mark_done(user=learner, lesson=lesson)
        assessment_submit(user=learner, module=module, answers=right_answers(module))
    [message] = mail.outbox
    assert "Bonjour" in message.body


def test_passed_but_lessons_left_says_what_is_left(client, learner, module):
    assessment_submit(user=learner, module=module, answers=right_answers(module))
    text = client.get(module.url).text
    assert "Take the assessment" not in text
    assert "You have passed the assessment." in text
    assert "Finish every lesson." in text
