"""The expert directory: logged-in users, filters, private profiles hidden."""

import pytest

from django.urls import reverse

from core.factories import CityFactory, UserFactory
from experts.factories import ExpertProfileFactory, SkillFactory

pytestmark = pytest.mark.django_db


def names(response) -> set[str]:
    return {str(p) for p in response.context["page"]}


def test_private_profiles_are_hidden(client):
    public, private = ExpertProfileFactory(), ExpertProfileFactory(is_public=False)
    client.force_login(UserFactory())
    response = client.get(reverse("experts:directory"))
    assert names(response) == {str(public)}
    assert client.get(private.get_absolute_url()).status_code == 404


def test_an_expert_sees_their_own_private_profile(client):
    private = ExpertProfileFactory(is_public=False)
    client.force_login(private.user)
    assert client.get(private.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("criterion", ["city", "skill", "language", "domain"])
def test_filters(client, criterion):
    skill = SkillFactory()
    city = CityFactory()
    wanted = ExpertProfileFactory(skills={skill: 3}, languages={"km": 5})
    wanted.home_city = city
    wanted.save()
    wanted.domains.add(skill.domain)
    ExpertProfileFactory(languages={"fr": 6})
    value = {"city": city.pk, "skill": skill.pk, "language": "km", "domain": skill.domain_id}
    client.force_login(UserFactory())
    response = client.get(reverse("experts:directory"), {criterion: value[criterion]})
    assert names(response) == {str(wanted)}
