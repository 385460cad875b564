import pytest

from django.urls import reverse

from core.factories import UserFactory
from training.models import LessonProgress
from training.services import enrolment_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client, module):
    user = UserFactory()
    enrolment_create(user=user, module=module)
    client.force_login(user)
    return user


def test_mark_as_done_is_a_plain_form_post(client, learner, lessons):
    response = client.get(lessons[0].url)
    action = reverse("training:lesson_done", args=[lessons[0].pk])
    assert f'action="{action}"' in response.text
    assert "0% done" in response.text


def test_marking_done_saves_progress_and_goes_to_the_next_lesson(client, learner, lessons):
    response = client.post(reverse("training:lesson_done", args=[lessons[0].pk]))
    assert response.status_code == 302
    assert response.url == lessons[1].url
    assert LessonProgress.objects.filter(user=learner, lesson=lessons[0]).exists()
    page = client.get(lessons[1].url)
    assert "50% done" in page.text


def test_marking_done_twice_keeps_one_record(client, learner, lessons):
    url = reverse("training:lesson_done", args=[lessons[0].pk])
    client.post(url)
    client.post(url)
    assert LessonProgress.objects.filter(user=learner).count() == 1


def test_last_lesson_leads_back_to_the_module(client, learner, module, lessons):
    response = client.post(reverse("training:lesson_done", args=[lessons[1].pk]))
    assert response.url == module.url


def test_not_enrolled_cannot_mark_done(client, lessons):
    client.force_login(UserFactory())
    response = client.post(reverse("training:lesson_done", args=[lessons[0].pk]), follow=True)
    assert "Enrol in the module first" in response.text
    assert not LessonProgress.objects.exists()


def test_anonymous_can_read_a_lesson(client, lessons):
    response = client.get(lessons[0].url)
    assert response.status_code == 200
    assert "Lesson text." in response.text
    assert "Log in to save your progress" in response.text


def test_module_completes_when_lessons_done_and_assessment_passed(client, learner, module, lessons):
    from training.models import Enrolment

    for lesson in lessons:
        client.post(reverse("training:lesson_done", args=[lesson.pk]))
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.completed_at is None  # the assessment is still to pass


def test_lesson_body_is_cached_per_published_revision(client, lessons):
    lesson = lessons[0]
    assert "Lesson text." in client.get(lesson.url).text
    lesson.body = [{"type": "text", "value": "<p>Rewritten.</p>"}]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    response = client.get(lesson.url)
    assert "Rewritten." in response.text
    assert "Lesson text." not in response.text
