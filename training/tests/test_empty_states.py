"""An empty list says what to do next, with a link that does it."""

import pytest

from django.urls import reverse

from core.factories import DomainFactory, UserFactory
from training.factories import TrainingModulePageFactory

pytestmark = pytest.mark.django_db


def test_catalogue_without_a_match_offers_all_modules(client, catalogue):
    cover = DomainFactory(slug="traffic-mobility", name="Traffic")
    TrainingModulePageFactory(parent=catalogue, title="Signal timing", domain=cover)
    response = client.get(catalogue.url + "?q=submarines")
    assert "No module matches these filters." in response.text
    assert f'<a class="button" href="{catalogue.url}">Show all modules</a>' in response.text


def test_module_card_without_a_photo_shows_its_domain_cover(client, catalogue):
    domain = DomainFactory(slug="traffic-mobility", name="Traffic")
    TrainingModulePageFactory(parent=catalogue, title="Signal timing", domain=domain)
    response = client.get(catalogue.url)
    assert "/static/img/covers/traffic-mobility.svg" in response.text


def test_dashboard_without_enrolment_leads_to_the_catalogue(client, catalogue):
    client.force_login(UserFactory())
    response = client.get(reverse("training:dashboard"))
    assert "You are not following any module yet." in response.text
    assert f'<a class="button" href="{catalogue.url}">Browse the catalogue</a>' in response.text
