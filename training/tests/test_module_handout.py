"""The module handout: one PDF of all lessons, cached by published content."""

import io
import re
import uuid
from unittest import mock

import pytest
from pypdf import PdfReader

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from core.factories import UserFactory
from training import handout_services
from training.factories import LessonPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(file_storages):
    return file_storages


def _url(module) -> str:
    return f"/learning/modules/{module.pk}/handout.pdf"


def _download(client, module) -> bytes:
    response = client.get(_url(module))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content)


def _texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_handout_has_a_cover_contents_with_page_numbers_and_every_lesson(client, module):
    pages = _texts(_download(client, module))

    assert "Junction design" in pages[0]
    toc = pages[1]
    assert "Contents" in toc
    # Lessons follow one another (no page left half empty): two short
    # lessons share page 3, which is the last.
    assert re.search(r"Lesson one\W*3\b", toc), toc
    assert re.search(r"Lesson two\W*3\b", toc), toc
    assert "Lesson one" in pages[2] and "Lesson two" in pages[2]
    assert len(pages) == 3
    # Running header (module title) and page numbers on lesson pages.
    assert "Junction design" in pages[2] and "3 / 3" in pages[2]


def test_module_page_links_to_the_handout(client, module):
    response = client.get(module.url)

    assert _url(module) in response.content.decode()


def test_second_download_is_served_without_rendering(client, module):
    with mock.patch.object(
        handout_services, "render_handout", wraps=handout_services.render_handout
    ) as render:
        first = _download(client, module)
        second = _download(client, module)

    assert render.call_count == 1
    assert first == second


def test_republishing_a_lesson_makes_a_new_handout(client, module, lessons):
    before = _download(client, module)
    lesson = lessons[0]
    lesson.title = "Lesson one, revised"
    lesson.save_revision().publish()

    with mock.patch.object(
        handout_services, "render_handout", wraps=handout_services.render_handout
    ) as render:
        after = _download(client, module)

    assert render.call_count == 1
    assert after != before
    assert "Lesson one, revised" in "".join(_texts(after))


def test_draft_changes_do_not_reach_the_handout(client, module, lessons):
    _download(client, module)
    lessons[0].title = "Unpublished draft"
    lessons[0].save_revision()

    with mock.patch.object(handout_services, "render_handout") as render:
        _download(client, module)

    render.assert_not_called()


def test_handout_with_an_image_stays_small(client, module):
    image = get_image_model().objects.create(
        title="Junction", file=get_test_image_file(size=(2400, 1600), colour="red")
    )
    LessonPageFactory(
        parent=module,
        title="With a picture",
        body=[
            {
                "type": "image",
                "id": str(uuid.uuid4()),
                "value": {"image": image.pk, "alt_text": "", "caption": "A junction", "credit": ""},
            },
            {
                "type": "video",
                "id": str(uuid.uuid4()),
                "value": {"video": "https://www.youtube.com/watch?v=abc", "caption": "Timing"},
            },
        ],
    )

    pdf = _download(client, module)

    assert len(pdf) < 500 * 1024
    text = "".join(_texts(pdf))
    assert "A junction" in text and "https://www.youtube.com/watch?v=abc" in text


def test_unpublished_module_has_no_handout(client, module):
    module.unpublish()

    assert client.get(_url(module)).status_code == 404


def test_restricted_module_handout_follows_the_page_restriction(client, module):
    PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(_url(module)).status_code == 404
    client.force_login(UserFactory())
    _download(client, module)
