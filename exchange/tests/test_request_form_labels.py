"""Every field of the request form, skill rows included, has a label of its
own (axe-core reported the skill selects as unlabelled)."""

import re

import pytest

from django.urls import reverse

from core.factories import PartnershipFactory
from exchange.factories import focal_point

pytestmark = pytest.mark.django_db

CONTROL = re.compile(r'<(?:select|textarea|input)\b(?![^>]*type="hidden")[^>]*\bid="([^"]+)"')
LABEL_FOR = re.compile(r'<label\b[^>]*\bfor="([^"]+)"')


def test_every_request_field_has_a_label(client):
    partnership = PartnershipFactory()
    client.force_login(focal_point(partnership.city_b))
    response = client.get(reverse("exchange:request_create"))
    controls = set(CONTROL.findall(response.text))
    assert {"id_skills-0-skill", "id_skills-0-min_level"} <= controls
    assert controls - set(LABEL_FOR.findall(response.text)) == set()
    assert "---------" not in response.text
