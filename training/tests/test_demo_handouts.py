"""The demo modules' handouts stay small (under 500 KB), in English and French."""

import io

import pytest
from pypdf import PdfReader

from wagtail.models import Locale

from core.factories import DomainFactory
from training.demo import load_catalogue, load_module
from training.demo_content import MODULES

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(file_storages):
    return file_storages


@pytest.mark.parametrize(("language", "prefix"), [("en", ""), ("fr", "/fr")])
def test_demo_module_handout_is_under_500_kb(client, home_page, language, prefix):
    spec = MODULES[0]
    DomainFactory(slug=spec["domain"])
    module = load_module(load_catalogue(home_page), spec).get_translation(
        Locale.objects.get(language_code=language)
    )

    response = client.get(f"{prefix}/learning/modules/{module.pk}/handout.pdf")

    assert response.status_code == 200
    pdf = b"".join(response.streaming_content)
    assert len(pdf) < 500 * 1024
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for lesson in spec["lessons"]:
        assert lesson[language]["title"] in text
