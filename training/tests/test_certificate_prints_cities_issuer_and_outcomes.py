"""A certificate prints the holder's partner cities, the issuing coordinator's
name and title, and the module's learning outcomes."""

import subprocess

import pytest

from core.factories import CityFactory, PartnershipFactory, UserFactory, coordinator
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


def _text(certificate) -> str:
    with certificate.pdf.open("rb") as handle:
        pdf = handle.read()
    result = subprocess.run(  # noqa: S603
        ["pdftotext", "-enc", "UTF-8", "-", "-"],  # noqa: S607
        input=pdf,
        capture_output=True,
        check=True,
    )
    return " ".join(result.stdout.decode().split())


def test_cities_issuer_title_and_outcomes_are_printed(module):
    paris = CityFactory(name="Paris", slug="paris")
    phnom_penh = CityFactory(name="Phnom Penh", slug="phnom-penh")
    PartnershipFactory(city_a=paris, city_b=phnom_penh)
    PartnershipFactory(city_a=paris, city_b=CityFactory(name="Rio de Janeiro", slug="rio"))
    holder = UserFactory(city=phnom_penh)
    issuer = coordinator(first_name="Claire", last_name="Martin", job_title="Head of training")
    module.objectives = "<ul><li>Design a <b>safe</b> junction.</li><li>Time signals.</li></ul>"
    module.save_revision().publish()

    certificate, _ = certificate_issue(holder=holder, module=module, issued_by=issuer)

    text = _text(certificate)
    assert "Paris · Phnom Penh" in text
    assert "Rio de Janeiro" not in text  # not the holder's city's partnership
    assert "Claire Martin" in text
    assert "Head of training" in text
    assert "Design a safe junction." in text
    assert "Time signals." in text
