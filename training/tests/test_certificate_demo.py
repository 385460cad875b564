"""The demo's certificates are earned: lessons done and assessment passed."""

import pytest

from training.progress import done_and_passed_keys


@pytest.fixture
def demo(db, django_capture_on_commit_callbacks):
    from core import demo as core_demo
    from training import demo as training_demo

    with django_capture_on_commit_callbacks(execute=True):
        core_demo.load()
        training_demo.load()


def test_every_demo_certificate_was_earned(demo):
    """Through the completion rule (issued by nobody), or by the coordinator's
    bulk issue of a past session's completions (`training.demo_history`)."""
    from training.models import Certificate, Enrolment

    certificates = list(Certificate.objects.valid().select_related("holder", "module"))
    assert certificates, "the demo official earns one certificate"
    for certificate in certificates:
        enrolment = Enrolment.objects.of(certificate.holder).for_module(certificate.module).get()
        assert enrolment.completed_at is not None
        if certificate.issued_by is not None:
            assert certificate.issued_by.email == "coordinator@passerelle.demo"
            assert enrolment.session.certificate_batches.filter(status="done").exists()
            continue
        done, passed = done_and_passed_keys(certificate.holder)
        lessons = {lesson.translation_key for lesson in certificate.module.lessons()}
        assert lessons <= done
        assert certificate.module.translation_key in passed


def test_the_demo_official_holds_no_certificate_for_the_session_still_ahead(demo):
    from core.models import User
    from training.models import Certificate

    official = User.objects.get(email="official@passerelle.demo")
    assert not Certificate.objects.filter(holder=official, module__slug="traffic-management")


def test_loading_again_issues_nothing_more_and_the_certificate_verifies(
    client, demo, django_capture_on_commit_callbacks
):
    from training import certificate_demo
    from training.models import Certificate

    issued = Certificate.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        first = certificate_demo.load()
        second = certificate_demo.load()
    assert first == second is not None
    assert first.issued_by is None
    assert Certificate.objects.count() == issued
    assert client.get(f"/verify/{first.code}/").status_code == 200
