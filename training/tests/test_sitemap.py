import pytest

pytestmark = pytest.mark.django_db


def test_public_module_and_lesson_pages_are_in_the_sitemap(client, catalogue, module, lessons):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    text = response.content.decode()
    assert module.full_url in text
    for lesson in lessons:
        assert lesson.full_url in text
    assert catalogue.full_url in text
