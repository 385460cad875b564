"""An uploaded report attachment and an issued attestation are private: not
under MEDIA_ROOT (which the web server may publish), under an unguessable
name, and only their permission-checked views serve them."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.factories import UserFactory, pdf_bytes
from exchange.attestation_services import attestation_issue
from exchange.factories import MissionFactory
from exchange.models import MissionReport, PartnerRequest
from experts.factories import ExpertProfileFactory

pytestmark = pytest.mark.django_db

PDF = pdf_bytes()


@pytest.fixture
def served_media(settings, tmp_path):
    """MEDIA_ROOT published at MEDIA_URL, as a web server would (DEBUG's view)."""
    settings.MEDIA_ROOT = tmp_path / "public"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


def _not_public(field_file, media_root, client):
    assert not any(media_root.rglob("*")), "nothing private is written under MEDIA_ROOT"
    assert not field_file.path.startswith(str(media_root))
    random_part = field_file.name.split("/")[-2]
    assert len(random_part) >= 20  # 128 random bits, base64
    assert client.get(f"/media/{field_file.name}").status_code == 404


def test_a_report_attachment_is_private(client, served_media):
    expert = ExpertProfileFactory()
    mission = MissionFactory(experts=[expert])
    client.force_login(expert.user)
    client.post(
        reverse("exchange:mission_report", args=[mission.pk]),
        {"text": "Done.", "attachments": [SimpleUploadedFile("minutes.pdf", PDF)]},
    )
    attachment = MissionReport.objects.get().attachments.get()
    assert attachment.file.name.endswith("/minutes.pdf")

    _not_public(attachment.file, served_media, client)

    url = reverse("exchange:attachment_download", args=[attachment.pk])
    assert client.get(url).status_code == 200
    client.force_login(UserFactory())
    assert client.get(url).status_code in (403, 404)


def test_an_issued_attestation_is_private(client, served_media):
    expert = ExpertProfileFactory()
    mission = MissionFactory(experts=[expert], request__status=PartnerRequest.Status.COMPLETED)
    attestation, _created = attestation_issue(mission=mission, expert=expert)

    assert not any(served_media.rglob("*"))
    assert not attestation.pdf.path.startswith(str(served_media))
    assert client.get(f"/media/{attestation.pdf.name}").status_code == 404
