"""Completing a mission through the site renders the attestations' PDFs after
the step is committed, outside any database transaction."""

import pytest

from django.db import connection
from django.urls import reverse

from documents import services as document_services
from exchange.factories import MissionFactory, focal_point
from exchange.models import Attestation, PartnerRequest
from experts.factories import ExpertProfileFactory


@pytest.mark.django_db(transaction=True)
def test_completing_a_mission_renders_the_attestation_outside_a_transaction(
    client, monkeypatch, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    mission = MissionFactory(
        experts=[ExpertProfileFactory()], request__status=PartnerRequest.Status.IN_PROGRESS
    )
    render = document_services.render_issued_document
    seen = []

    def spy(document, **kwargs):
        committed = Attestation.objects.filter(number=document.number).exists()
        seen.append((connection.in_atomic_block, committed))
        return render(document, **kwargs)

    monkeypatch.setattr(document_services, "render_issued_document", spy)
    client.force_login(focal_point(mission.request.city))

    response = client.post(
        reverse("exchange:request_move", args=[mission.request.pk]),
        {"to": PartnerRequest.Status.COMPLETED},
    )

    assert response.status_code == 302
    assert seen == [(False, True)]
    assert Attestation.objects.get().pdf
