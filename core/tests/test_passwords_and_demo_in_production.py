"""Passwords of 12 characters or more, not common, not like the account;
the demo's published accounts never open under production settings."""

import pytest

from django.contrib.auth.password_validation import validate_password
from django.core.management import CommandError, call_command
from django.urls import reverse

from core import demo
from core.models import User
from tests.test_settings import run_manage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short pass1", "at least 12 characters"),
        ("qwertyuiop123", "too common"),
        ("dara.sok.cambodia", "too similar to the e-mail address"),
    ],
)
def test_weak_passwords_are_refused_at_sign_up_with_a_message(client, password, message):
    response = client.post(
        reverse("account_signup"),
        {"email": "dara.sok.cambodia@example.org", "password1": password, "password2": password},
    )
    assert response.status_code == 200
    assert message in response.text
    assert not User.objects.filter(email="dara.sok.cambodia@example.org").exists()


def test_the_demo_password_passes_for_every_demo_account():
    demo.load()
    for account in demo.ACCOUNTS:
        validate_password(demo.DEMO_PASSWORD, User.objects.get(email=account.email))


def test_load_demo_refuses_production_settings_without_the_flag(settings):
    settings.LOAD_DEMO_ALLOWED = False
    with pytest.raises(CommandError, match="--in-production"):
        call_command("load_demo")
    assert not User.objects.exists()


def test_under_production_settings_demo_accounts_get_no_usable_password(settings):
    settings.LOAD_DEMO_ALLOWED = False
    demo.load()
    accounts = User.objects.filter(email__in=[account.email for account in demo.ACCOUNTS])
    assert accounts.count() == len(demo.ACCOUNTS)
    assert not any(user.has_usable_password() for user in accounts)


def test_production_settings_turn_the_demo_off():
    result = run_manage("load_demo", SECRET_KEY="s" * 60)
    assert result.returncode != 0
    assert "production settings" in result.stderr
