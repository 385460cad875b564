"""Modules and lessons are found by URL path under the catalogue, with a
fixed, small number of queries, and Wagtail's rules still hold."""

from core.factories import UserFactory
from core.languages import own_url
from training.factories import LessonPageFactory, TrainingModulePageFactory
from training.services import enrolment_create, lesson_mark_done


def test_module_and_lesson_pages_are_served_at_their_urls(client, module, lessons):
    assert client.get(module.url).status_code == 200
    response = client.get(lessons[1].url)
    assert response.status_code == 200
    assert response.context["module"].pk == module.pk
    assert response.context["previous_lesson"].pk == lessons[0].pk


def test_unknown_module_or_lesson_slug_is_404(client, catalogue, module):
    assert client.get(f"{catalogue.url}no-such-module/").status_code == 404
    assert client.get(f"{module.url}no-such-lesson/").status_code == 404
    assert client.get(f"{module.url}lesson-one/extra/").status_code == 404


def test_unpublished_module_or_lesson_is_404(client, catalogue, module, lessons):
    url = lessons[0].url
    lessons[0].unpublish()
    assert client.get(url).status_code == 404
    draft = TrainingModulePageFactory(parent=catalogue, title="Draft module", live=False)
    assert client.get(f"{catalogue.url}{draft.slug}/").status_code == 404


def test_lesson_page_queries_do_not_grow_with_lessons(
    client, module, lessons, cold_and_warm_queries
):
    client.get(lessons[0].url)  # Wagtail's sites, kept in the cache
    few = cold_and_warm_queries(lambda: client.get(lessons[0].url))
    for n in range(10):
        LessonPageFactory(parent=module, title=f"Extra lesson {n}")
    many = cold_and_warm_queries(lambda: client.get(lessons[0].url))
    assert few == many
    assert few[0] <= 13


def test_a_learners_lesson_page_queries_do_not_grow_with_lessons(
    client, settings, module, lessons, cold_and_warm_queries
):
    """Never page-cached: the learner's progress is on it. Besides the
    session and the user, only the page's own questions (enrolment, progress,
    attendance): the site, the route, the page's view restrictions, the
    person's roles, the module's lessons, the header's links and the language
    switcher are kept in the shared cache until what they show changes."""
    settings.PAGE_CACHE_SECONDS = 600
    learner = UserFactory()
    enrolment_create(user=learner, module=module)
    lesson_mark_done(user=learner, lesson=lessons[0])
    client.force_login(learner)
    client.get(lessons[1].url)
    few = cold_and_warm_queries(lambda: client.get(lessons[1].url))
    for n in range(10):
        LessonPageFactory(parent=module, title=f"Extra lesson {n}")
    many = cold_and_warm_queries(lambda: client.get(lessons[1].url))
    assert few == many
    assert few[1] <= 6


def test_remembered_routes_follow_every_page_change(client, settings, catalogue, module, lessons):
    """With the shared cache on, routes and lesson lists are remembered: a
    new lesson, a renamed slug and an unpublished lesson show at once."""
    settings.PAGE_CACHE_SECONDS = 600
    learner = UserFactory()
    enrolment_create(user=learner, module=module)
    client.force_login(learner)
    assert client.get(lessons[0].url).status_code == 200

    added = LessonPageFactory(parent=module, title="Added later")
    response = client.get(lessons[0].url)
    assert [lesson.pk for lesson in response.context["lessons"]][-1] == added.pk
    assert client.get(added.url).status_code == 200

    old_url = lessons[1].url
    lessons[1].slug = "renamed-lesson"
    lessons[1].save_revision().publish()
    assert client.get(old_url).status_code == 404
    assert client.get(f"{module.url}renamed-lesson/").status_code == 200

    lessons[0].unpublish()
    assert client.get(lessons[0].url).status_code == 404
    assert lessons[0].pk not in [lesson.pk for lesson in client.get(added.url).context["lessons"]]


def test_a_restriction_added_to_a_remembered_page_applies_at_once(
    client, settings, module, lessons
):
    """The route remembers that the lesson had no view restriction; a
    coordinator then restricts the module to logged-in people."""
    from wagtail.models import PageViewRestriction

    settings.PAGE_CACHE_SECONDS = 600
    learner = UserFactory()
    client.force_login(learner)
    assert client.get(lessons[0].url).status_code == 200
    client.logout()
    assert client.get(lessons[0].url).status_code == 200

    PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(lessons[0].url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    client.force_login(learner)
    assert client.get(lessons[0].url).status_code == 200


def test_a_remembered_route_is_per_language(client, settings, module, lessons):
    """The lesson exists in English only: remembered under /training/…, then
    asked for under /fr/training/…, which the French tree lacks: routed again,
    through the English tree (every page exists in every language), and served
    in the French interface; an unknown French path is still not found."""
    settings.PAGE_CACHE_SECONDS = 600
    client.force_login(UserFactory())
    url = own_url(lessons[0])  # English
    assert client.get(url).status_code == 200
    french = client.get(f"/fr{url}")
    assert french.status_code == 200
    assert '<html lang="fr">' in french.text
    assert client.get(f"/fr{url}no-such-page/").status_code == 404
    assert '<html lang="en">' in client.get(url).text


def test_unknown_paths_are_not_remembered(client, settings, catalogue, monkeypatch):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    stored = []
    set_value = cache.set
    monkeypatch.setattr(
        cache, "set", lambda key, *args, **kw: stored.append(key) or set_value(key, *args, **kw)
    )
    client.force_login(UserFactory())
    for n in range(5):
        assert client.get(f"{catalogue.url}no-such-module-{n}/").status_code == 404
    assert not [key for key in stored if "wagtail-route" in str(key)]
