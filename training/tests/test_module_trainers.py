"""A module's trainers are experts; those with a public profile are shown on
the module page, linked to their profile."""

import pytest

from django.urls import reverse

from core.factories import UserFactory
from core.roles import Role
from experts.factories import ExpertProfileFactory
from training.models import TrainingModulePage


def publish_with_trainers(module, users):
    module.trainers = users
    module.save_revision().publish()


def test_public_trainers_are_shown_with_a_link(client, module):
    shown = ExpertProfileFactory(user__first_name="Sokha", user__last_name="Chea")
    hidden = ExpertProfileFactory(user__first_name="Private", user__last_name="Person")
    hidden.is_public = False
    hidden.save()
    client.get(module.url)  # remembered before the change
    publish_with_trainers(module, [shown.user, hidden.user])
    page = client.get(module.url).text
    assert "Sokha Chea" in page
    assert reverse("experts:detail", args=[shown.pk]) in page
    assert "Private Person" not in page


def test_a_profile_made_private_leaves_the_page_at_once(client, module):
    expert = ExpertProfileFactory(user__first_name="Sokha", user__last_name="Chea")
    publish_with_trainers(module, [expert.user])
    assert "Sokha Chea" in client.get(module.url).text
    expert.is_public = False
    expert.save()
    assert "Sokha Chea" not in client.get(module.url).text


def test_no_trainer_no_section(client, module):
    assert 'id="trainers-heading"' not in client.get(module.url).text


@pytest.mark.django_db
def test_only_experts_can_be_chosen_as_trainers():
    expert = UserFactory(roles=[Role.EXPERT])
    official = UserFactory()
    form_class = TrainingModulePage.get_edit_handler().get_form_class()
    choices = set(form_class().fields["trainers"].queryset)
    assert expert in choices
    assert official not in choices
