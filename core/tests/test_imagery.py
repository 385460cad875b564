"""Pictures that cost little on a slow link: a drawn cover per domain, initials
for people without a photo, the programme's icons."""

import json

import pytest

from django.contrib.staticfiles import finders

from core.factories import DomainFactory, UserFactory
from core.models import Domain

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("slug", sorted(Domain.COVERS) + ["default"])
def test_every_cover_is_a_small_svg(slug):
    path = finders.find(f"img/covers/{slug}.svg")
    assert path, slug
    with open(path, "rb") as svg:
        content = svg.read()
    assert content.startswith(b"<svg") and len(content) < 1500


def test_a_domain_without_a_drawing_takes_the_default_cover():
    assert DomainFactory(slug="water-sanitation").cover == "img/covers/water-sanitation.svg"
    assert DomainFactory(slug="culture").cover == "img/covers/default.svg"


def test_initials_stand_in_for_a_photo():
    assert UserFactory.build(first_name="Sokha", last_name="Chea").initials == "SC"
    assert UserFactory.build(first_name="", last_name="", email="ana@x.org").initials == "A"
    tones = {UserFactory().avatar_tone for _ in range(10)}
    assert tones <= {1, 2, 3, 4, 5} and len(tones) > 1


def test_manifest_names_icons_that_exist():
    with open(finders.find("manifest.webmanifest")) as manifest:
        icons = json.load(manifest)["icons"]
    for icon in icons:
        assert finders.find(icon["src"]), icon["src"]
