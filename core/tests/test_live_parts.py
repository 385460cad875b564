"""Live parts (`{% live %}`) are rendered apart from the page: the page cache
keeps only the HTML around them and splices them in for every visitor, as
current as the rows they show."""

import pytest

from django.contrib.auth.models import AnonymousUser
from django.template.response import TemplateResponse
from django.test import RequestFactory

from core import live
from core.cache_versions import bump_versions
from core.factories import CityFactory
from core.models import City, Partnership
from core.pagecache import HIT_HEADER, cache_for_anonymous

pytestmark = pytest.mark.django_db

TEMPLATES = {
    "page.html": "<p>Seats: {% load live %}{% live 'test-seats' session=7 %}.</p>",
    "frozen.html": (
        "{% load cache live %}{% cache 60 frozen %}{% live 'test-seats' session=7 %}{% endcache %}"
    ),
    "seats.html": (
        "{{ taken }} of 10 for session {{ session }}{% if greeting %}, {{ greeting }}{% endif %}"
    ),
}


@live.live_part("test-seats", template="seats.html", models=(City,))
def seats(request, *, session: int) -> dict:
    return {"taken": City.objects.count(), "session": session}


@pytest.fixture(autouse=True)
def _templates_and_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.TEMPLATES = [
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "OPTIONS": {
                "loaders": [("django.template.loaders.locmem.Loader", TEMPLATES)],
                "context_processors": ["django.template.context_processors.request"],
            },
        }
    ]


def view_of(template: str, **context):
    @cache_for_anonymous(Partnership)
    def view(request):
        return TemplateResponse(request, template, context)

    return view


def get(view):
    request = RequestFactory().get("/seats/")
    request.user = AnonymousUser()
    response = view(request)
    if hasattr(response, "render"):
        response.render()
    return response


def test_the_part_is_rendered_again_into_the_cached_page():
    view = view_of("page.html")
    first = get(view)
    assert first.content == b"<p>Seats: 0 of 10 for session 7.</p>"  # no markers left
    CityFactory()
    CityFactory()
    again = get(view)
    assert again[HIT_HEADER] == "hit"
    assert again.content == b"<p>Seats: 2 of 10 for session 7.</p>"


def test_a_fresh_render_gives_the_part_the_pages_context():
    assert b", welcome" in get(view_of("page.html", greeting="welcome")).content


def test_a_page_whose_part_would_be_frozen_in_a_fragment_is_not_stored():
    view = view_of("frozen.html")
    get(view)  # the fragment is kept now, with this request's markers
    bump_versions(Partnership)  # the page must be rendered again, around the kept fragment
    get(view)
    assert HIT_HEADER not in get(view)
