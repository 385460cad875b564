"""manage.py issue_certificate issues one (coordinator override) and prints where it is."""

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from core.factories import UserFactory
from training.models import Certificate

pytestmark = pytest.mark.django_db


def test_issues_and_prints_number_url_and_path(module, capsys):
    UserFactory(email="dara@example.org")

    call_command("issue_certificate", email="dara@example.org", module=module.slug)

    number, url, path = capsys.readouterr().out.splitlines()
    certificate = Certificate.objects.get()
    assert number == certificate.number
    assert url == f"http://testserver/verify/{certificate.code}/"
    assert path.endswith(".pdf")


def test_running_twice_issues_nothing_new(module, capsys):
    UserFactory(email="dara@example.org")
    call_command("issue_certificate", email="dara@example.org", module=module.slug)

    call_command("issue_certificate", email="dara@example.org", module=module.slug)

    assert Certificate.objects.count() == 1
    assert "Already issued" in capsys.readouterr().out


def test_unknown_email_or_module_fails(module):
    with pytest.raises(CommandError, match="No user"):
        call_command("issue_certificate", email="nobody@example.org", module=module.slug)
    UserFactory(email="dara@example.org")
    with pytest.raises(CommandError, match="No training module"):
        call_command("issue_certificate", email="dara@example.org", module="nope")
