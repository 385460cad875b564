"""The "Add to LinkedIn profile" link shares the address printed on the
certificate and held by its QR code and credential: the verification page in
the certificate's language, whatever language the holder reads the site in."""

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from core.factories import UserFactory
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


def shared_address(page: str) -> str:
    link = re.search(r'href="(https://www\.linkedin\.com/profile/add\?[^"]+)"', page)
    return parse_qs(urlsplit(html.unescape(link[1])).query)["certUrl"][0]


@pytest.mark.parametrize("reading_in", ["", "/pt", "/km"])
def test_linkedin_gets_the_khmer_certificates_own_address(client, module, reading_in):
    holder = UserFactory(preferred_language="km")
    certificate, _ = certificate_issue(holder=holder, module=module, issued_by=None)
    client.force_login(holder)

    page = client.get(f"{reading_in}/me/").text

    printed = certificate.as_document().verification_url
    assert printed == f"http://testserver/km/verify/{certificate.code}/"
    assert shared_address(page) == printed
    assert shared_address(client.get(f"{reading_in}/verify/{certificate.code}/").text) == printed
