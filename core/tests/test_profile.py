import pytest

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from core.factories import CityFactory, OrganisationFactory, UserFactory
from core.models import Organisation
from core.roles import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def newcomer(client):
    user = UserFactory(first_name="", last_name="", organisation=None, city=None)
    client.force_login(user)
    return user


@pytest.fixture
def phnom_penh():
    return CityFactory(name="Phnom Penh", slug="phnom-penh", country="Cambodia")


def profile_data(**overrides):
    data = {
        "first_name": "Sokha",
        "last_name": "Chea",
        "job_title": "Traffic engineer",
        "preferred_language": "fr",
        "new_organisation_name": "",
    }
    data.update(overrides)
    return data


def test_incomplete_profile_is_asked_for_first(client, newcomer):
    response = client.get(reverse("core:me"))
    assert response.url == reverse("core:profile")


def test_completing_the_profile_saves_city_organisation_and_language(client, newcomer, phnom_penh):
    department = OrganisationFactory(city=phnom_penh, name="Department of Public Works")
    response = client.post(
        reverse("core:profile"),
        profile_data(city=phnom_penh.pk, organisation=department.pk),
    )
    assert response.status_code == 302
    newcomer.refresh_from_db()
    assert newcomer.profile_complete
    assert newcomer.organisation == department
    assert newcomer.preferred_language == "fr"
    assert response.cookies["django_language"].value == "fr"
    assert not newcomer.has_role(Role.EXPERT)


def test_an_unlisted_organisation_is_created_in_the_chosen_city(client, newcomer, phnom_penh):
    client.post(
        reverse("core:profile"),
        profile_data(city=phnom_penh.pk, new_organisation_name="Phnom Penh Water Authority"),
    )
    newcomer.refresh_from_db()
    assert newcomer.organisation.name == "Phnom Penh Water Authority"
    assert newcomer.organisation.city == phnom_penh


def test_naming_an_existing_organisation_reuses_it(client, newcomer, phnom_penh):
    existing = OrganisationFactory(city=phnom_penh, name="Phnom Penh City Hall")
    client.post(
        reverse("core:profile"),
        profile_data(city=phnom_penh.pk, new_organisation_name="phnom penh city hall"),
    )
    newcomer.refresh_from_db()
    assert newcomer.organisation == existing
    assert Organisation.objects.filter(city=phnom_penh).count() == 1


def test_offering_expertise_asks_a_coordinator_for_the_expert_role(client, newcomer, phnom_penh):
    response = client.post(
        reverse("core:profile"),
        profile_data(city=phnom_penh.pk, new_organisation_name="City Hall", offers_expertise="on"),
        follow=True,
    )
    assert "A coordinator will review" in response.text
    newcomer.refresh_from_db()
    assert not newcomer.has_role(Role.EXPERT)
    assert newcomer.profile_proposals.pending().get().expert_role
    # The page says what waits, and saving again keeps asking.
    page = client.get(reverse("core:profile"))
    with translation.override(newcomer.preferred_language):  # the page follows it
        assert gettext("The expert role") in page.text
    assert page.context["form"].initial["offers_expertise"] is True


def test_a_later_change_of_workplace_waits_and_saving_unchanged_withdraws_it(
    client, newcomer, phnom_penh
):
    first = OrganisationFactory(city=phnom_penh, name="Department of Public Works")
    client.post(reverse("core:profile"), profile_data(city=phnom_penh.pk, organisation=first.pk))
    elsewhere = OrganisationFactory(city__name="Rio", name="Rio City Hall")
    client.post(
        reverse("core:profile"),
        profile_data(city=elsewhere.city.pk, organisation=elsewhere.pk, first_name="Sok"),
    )
    newcomer.refresh_from_db()
    assert (newcomer.organisation, newcomer.first_name) == (first, "Sok")
    assert newcomer.profile_proposals.pending().get().organisation == elsewhere

    client.post(reverse("core:profile"), profile_data(city=phnom_penh.pk, organisation=first.pk))
    assert not newcomer.profile_proposals.pending().exists()


def test_invalid_city_is_refused_with_a_message_and_nothing_saved(client, newcomer):
    response = client.post(
        reverse("core:profile"), profile_data(city=999999, new_organisation_name="X")
    )
    assert response.status_code == 200
    assert "Choose a city from the list." in response.text
    assert 'value="Sokha"' in response.text  # what was typed is kept
    newcomer.refresh_from_db()
    assert newcomer.city is None and newcomer.first_name == ""
    assert not Organisation.objects.filter(name="X").exists()


def test_organisation_from_another_city_is_refused(client, newcomer, phnom_penh):
    paris_org = OrganisationFactory(city__name="Paris", name="Eau de Paris")
    response = client.post(
        reverse("core:profile"), profile_data(city=phnom_penh.pk, organisation=paris_org.pk)
    )
    assert response.status_code == 200
    assert "Eau de Paris is in Paris, not in Phnom Penh." in response.text
    newcomer.refresh_from_db()
    assert newcomer.organisation is None


def test_organisation_is_required(client, newcomer, phnom_penh):
    response = client.post(reverse("core:profile"), profile_data(city=phnom_penh.pk))
    assert response.status_code == 200
    assert "give its name if it is not listed" in response.text


def test_profile_pages_need_a_login(client):
    for name in ("core:me", "core:profile"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
