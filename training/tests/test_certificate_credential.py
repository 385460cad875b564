"""Every certificate PDF carries a signed Open Badges 3.0 credential, revocable
through the status list, downloadable and baked into badge images."""

import base64
import gzip
import hashlib
import io
import json

import pytest
from defusedxml import ElementTree
from PIL import Image
from pypdf import PdfReader

from core.factories import UserFactory, coordinator
from core.roles import Role
from documents.credentials.verify import REVOKED, VALID, verify_credential
from documents.services import document_revoke
from documents.signing import check_signature
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


def _pdf(certificate) -> bytes:
    with certificate.pdf.open("rb") as stored:
        return stored.read()


def _credential_in(certificate) -> dict:
    reader = PdfReader(io.BytesIO(_pdf(certificate)))
    return json.loads(reader.attachments["openbadgecredential.json"][0])


def _bit(client, credential) -> bool:
    """The credential's bit, read from the served status list as a verifier would."""
    status = credential["credentialStatus"]
    response = client.get(status["statusListCredential"].removeprefix("http://testserver"))
    assert response.status_code == 200
    encoded = response.json()["credentialSubject"]["encodedList"]
    assert encoded[0] == "u"
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded) % 4)))
    index = int(status["statusListIndex"])
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


@pytest.fixture
def certificate(module):
    holder = UserFactory(email="sophea@example.org", first_name="Sophea", last_name="Sok")
    return certificate_issue(holder=holder, module=module, issued_by=None)[0]


def test_the_pdf_carries_an_openbadgecredential_for_the_module(certificate, module):
    credential = _credential_in(certificate)

    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["name"] == module.title
    assert achievement["description"] == module.summary
    assert achievement["fieldOfStudy"] == module.domain.name
    assert str(module.duration_hours) in achievement["criteria"]["narrative"]
    assert credential["credentialSubject"]["name"] == "Sophea Sok"
    assert credential["validFrom"] == f"{certificate.issued_on.isoformat()}T00:00:00Z"
    assert credential["proof"][0]["cryptosuite"] == "eddsa-rdfc-2022"


def test_the_pdf_signature_covers_the_attached_credential(certificate):
    pdf = _pdf(certificate)
    assert check_signature(pdf).ok

    # One byte inside the credential's (compressed) embedded file stream, the last one.
    stream = pdf.index(b"stream", pdf.rindex(b"/Type /EmbeddedFile")) + len(b"stream\n") + 20
    tampered = pdf[:stream] + bytes([pdf[stream] ^ 0x01]) + pdf[stream + 1 :]
    assert check_signature(tampered).problem.startswith("tampered")


def test_the_holder_is_named_by_a_salted_hash_of_their_email(certificate):
    credential = _credential_in(certificate)
    identity = credential["credentialSubject"]["identifier"][0]

    expected = hashlib.sha256(("sophea@example.org" + identity["salt"]).encode()).hexdigest()
    assert identity["identityHash"] == f"sha256${expected}"
    assert identity["hashed"] is True
    assert "sophea@example.org" not in json.dumps(credential)


def test_revoking_flips_the_bit_in_the_served_status_list(client, certificate):
    credential = _credential_in(certificate)
    assert verify_credential(credential).outcome == VALID
    assert _bit(client, credential) is False

    document_revoke(document=certificate, revoked_by=coordinator(), reason="Issued in error")

    assert _bit(client, credential) is True
    assert verify_credential(credential).outcome == REVOKED


def test_the_status_list_is_a_signed_credential_of_the_issuer(client, certificate):
    url = _credential_in(certificate)["credentialStatus"]["statusListCredential"]
    status_list = client.get(url.removeprefix("http://testserver")).json()

    assert status_list["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert status_list["issuer"] == "did:web:testserver"
    assert status_list["proof"][0]["cryptosuite"] == "eddsa-rdfc-2022"
    assert verify_credential(status_list).outcome == VALID


def test_the_status_list_takes_one_query_per_kind_whatever_is_revoked(client, module, query_count):
    revoker = coordinator()
    for _ in range(3):
        issued = certificate_issue(holder=UserFactory(), module=module, issued_by=None)[0]
        document_revoke(document=issued, revoked_by=revoker, reason="test")

    assert query_count(lambda: client.get("/credentials/status/1/")) <= 4


def test_a_list_not_in_use_is_404(client, certificate):
    assert client.get("/credentials/status/2/").status_code == 404
    assert client.get("/credentials/status/0/").status_code == 404


def _url(certificate, form="json") -> str:
    return f"/issued/{certificate.number}/credential.{form}"


def test_the_holder_downloads_the_credential_of_the_pdf(client, certificate):
    client.force_login(certificate.holder)

    response = client.get(_url(certificate))

    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert json.loads(response.content) == _credential_in(certificate)


def test_a_coordinator_downloads_it_too(client, certificate):
    client.force_login(coordinator())

    assert client.get(_url(certificate)).status_code == 200


@pytest.mark.parametrize("role", [Role.OFFICIAL, Role.FOCAL_POINT, Role.EXPERT])
def test_other_people_get_404(client, certificate, role):
    client.force_login(UserFactory(roles=[role]))

    for form in ("json", "png", "svg"):
        assert client.get(_url(certificate, form)).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, certificate):
    response = client.get(_url(certificate))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_revoked_certificate_has_no_credential_to_download(client, certificate):
    document_revoke(document=certificate, revoked_by=coordinator(), reason="Issued in error")
    client.force_login(certificate.holder)

    assert client.get(_url(certificate)).status_code == 404


def test_an_unknown_form_or_number_is_404(client, certificate):
    client.force_login(certificate.holder)

    assert client.get(_url(certificate, "exe")).status_code == 404
    assert client.get("/issued/PSL-2026-999999/credential.json").status_code == 404


def test_the_png_badge_has_the_credential_in_an_itxt_chunk(client, certificate):
    client.force_login(certificate.holder)

    response = client.get(_url(certificate, "png"))

    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    image.load()
    assert json.loads(image.text["openbadgecredential"]) == _credential_in(certificate)
    assert b"iTXt" in response.content


def test_the_svg_badge_has_the_credential_element(client, certificate):
    client.force_login(certificate.holder)

    response = client.get(_url(certificate, "svg"))

    root = ElementTree.fromstring(response.content)
    element = root.find("{https://purl.imsglobal.org/ob/v3p0}credential")
    assert json.loads(element.text) == _credential_in(certificate)


def test_my_page_links_to_linkedin_and_the_wallet_download(client, certificate):
    client.force_login(certificate.holder)

    page = client.get("/me/").content.decode()

    assert "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME" in page
    assert f"certId={certificate.number}" in page
    assert "organizationName=Passerelle" in page
    assert f"issueYear={certificate.issued_on.year}" in page
    assert _url(certificate) in page


def test_the_verification_page_offers_sharing_to_the_holder_only(client, certificate):
    page = f"/verify/{certificate.code}/"
    anonymous = client.get(page).content.decode()
    assert "linkedin.com" not in anonymous
    assert _url(certificate) not in anonymous
    assert "/verify/credential/" in anonymous

    client.force_login(certificate.holder)
    holder = client.get(page).content.decode()
    assert "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME" in holder
    assert _url(certificate) in holder


def test_the_achievement_image_is_public(client, certificate):
    image = _credential_in(certificate)["credentialSubject"]["achievement"]["image"]

    response = client.get(image["id"].removeprefix("http://testserver"))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "openbadgecredential" not in Image.open(io.BytesIO(response.content)).info
