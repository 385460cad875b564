"""Experts maintain their own profile; the photo is checked."""

import io

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.factories import UserFactory
from core.roles import Role
from experts.factories import SkillFactory
from experts.models import ExpertProfile

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return buffer.getvalue()


def data(user, skill, **overrides):
    values = {
        "home_city": user.city_id,
        "years_of_experience": "8",
        "max_concurrent_missions": "1",
        "mission_days_per_year": "20",
        "is_public": "on",
        "skills-TOTAL_FORMS": "1",
        "skills-INITIAL_FORMS": "0",
        "skills-0-skill": skill.pk,
        "skills-0-level": "3",
        "languages-TOTAL_FORMS": "1",
        "languages-INITIAL_FORMS": "0",
        "languages-0-language": "km",
        "languages-0-level": "5",
        "availability-TOTAL_FORMS": "1",
        "availability-INITIAL_FORMS": "0",
        "availability-0-start": "2027-01-01",
        "availability-0-end": "2027-02-01",
    }
    values.update(overrides)
    return values


def test_expert_creates_their_profile_with_a_photo(client):
    user = UserFactory(roles=[Role.EXPERT])
    client.force_login(user)
    skill = SkillFactory()
    photo = SimpleUploadedFile("me.png", png(), content_type="image/png")
    response = client.post(reverse("experts:profile_edit"), {**data(user, skill), "photo": photo})
    assert response.status_code == 302
    profile = ExpertProfile.objects.get(user=user)
    assert profile.photo
    assert profile.skills.get().level == 3
    assert profile.languages.get().language == "km"


def test_a_file_that_is_not_an_image_is_refused(client):
    user = UserFactory(roles=[Role.EXPERT])
    client.force_login(user)
    fake = SimpleUploadedFile("me.png", b"<script>alert(1)</script>", content_type="image/png")
    response = client.post(
        reverse("experts:profile_edit"), {**data(user, SkillFactory()), "photo": fake}
    )
    assert response.status_code == 200
    assert not ExpertProfile.objects.exists()


def test_a_window_ending_before_it_starts_is_refused(client):
    user = UserFactory(roles=[Role.EXPERT])
    client.force_login(user)
    response = client.post(
        reverse("experts:profile_edit"),
        data(user, SkillFactory(), **{"availability-0-end": "2026-01-01"}),
    )
    assert "cannot end before it starts" in response.text
    assert not ExpertProfile.objects.exists()


def test_non_experts_cannot_edit_an_expert_profile(client):
    client.force_login(UserFactory(roles=[Role.OFFICIAL]))
    assert client.get(reverse("experts:profile_edit")).status_code == 403


def test_the_form_shows_with_its_formsets(client):
    client.force_login(UserFactory(roles=[Role.EXPERT]))
    response = client.get(reverse("experts:profile_edit"))
    assert response.status_code == 200
    assert 'name="skills-0-skill"' in response.text
    assert 'name="availability-0-start"' in response.text


def test_a_photo_over_the_size_limit_is_refused(client, monkeypatch):
    monkeypatch.setattr("experts.uploads.PHOTO_MAX_BYTES", 10)
    user = UserFactory(roles=[Role.EXPERT])
    client.force_login(user)
    photo = SimpleUploadedFile("me.png", png(), content_type="image/png")
    response = client.post(
        reverse("experts:profile_edit"), {**data(user, SkillFactory()), "photo": photo}
    )
    assert "too large" in response.text
    assert not ExpertProfile.objects.exists()


def test_a_photo_over_40_megapixels_is_refused_with_its_size(client):
    user = UserFactory(roles=[Role.EXPERT])
    client.force_login(user)
    buffer = io.BytesIO()
    Image.new("1", (7000, 6000)).save(buffer, "PNG")  # 42 Mpx, a few kB
    photo = SimpleUploadedFile("me.png", buffer.getvalue(), content_type="image/png")

    response = client.post(
        reverse("experts:profile_edit"), {**data(user, SkillFactory()), "photo": photo}
    )

    assert response.status_code == 200
    assert "7000 × 6000 pixels (42.0 Mpx); the limit is 40 Mpx." in response.text
    assert not ExpertProfile.objects.exists()
