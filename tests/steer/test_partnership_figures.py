"""Each partnership's public page shows learners trained, missions and
expert-days: numbers checked against the hand-counted programme of
`conftest.py`, kept in the shared cache until the data change."""

import re

import pytest

from django.core.cache import cache
from django.urls import reverse

from core.models import User
from core.partnership_figures import partnership_figures
from exchange.factories import MissionFactory, PartnerRequestFactory
from experts.factories import ExpertProfileFactory
from training.models import Enrolment

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _shared_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def new_request(world):
    return PartnerRequestFactory(
        city=world["phnom_penh"], partnership=world["paris_pp"], domain=world["traffic"]
    )


def figures_on_page(client, partnership) -> dict[str, str]:
    response = client.get(reverse("core:partnership_detail", args=[partnership.slug]))
    assert response.status_code == 200
    section = response.text.split('id="partnership-figures"')[1].split("</section>")[0]
    return {label: value for value, label in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", section)}


def test_figures_match_the_hand_count(client, world):
    # Paris–Phnom Penh: pp1 (2025) and old (2024) completed; rio1 is from Rio.
    # Missions m1 (1–10 March, two experts: 20 days) and m2 (1–5 May, one: 5).
    assert figures_on_page(client, world["paris_pp"]) == {
        "Learners trained": "2",
        "Missions": "2",
        "Expert-days": "25",
    }
    # Paris–Rio: rio1 completed Water; q3 has no mission.
    assert figures_on_page(client, world["paris_rio"]) == {
        "Learners trained": "1",
        "Missions": "0",
        "Expert-days": "0",
    }


def test_the_figures_are_kept_until_the_data_change(world):
    partnership = world["paris_pp"]
    assert dict(partnership_figures(partnership.pk))["Learners trained"] == 2
    pp2 = Enrolment.objects.get(user__last_name="pp2")
    # An update that sends no signal is not seen: the figures come from the cache.
    Enrolment.objects.filter(pk=pp2.pk).update(completed_at=world["s1"].ends_at)
    assert dict(partnership_figures(partnership.pk))["Learners trained"] == 2

    pp2.refresh_from_db()
    pp2.save(update_fields=["completed_at"])  # as completing it through the service does

    assert dict(partnership_figures(partnership.pk))["Learners trained"] == 3


def test_a_new_completion_shows_on_the_cached_page(client, world):
    partnership = world["paris_pp"]
    assert figures_on_page(client, partnership)["Learners trained"] == "2"
    assert figures_on_page(client, partnership)["Learners trained"] == "2"  # from the cache
    pp2 = Enrolment.objects.get(user__last_name="pp2")
    pp2.completed_at = world["s1"].ends_at
    pp2.save(update_fields=["completed_at"])

    assert figures_on_page(client, partnership)["Learners trained"] == "3"


def test_experts_added_to_a_mission_show(client, world):
    partnership = world["paris_pp"]
    assert figures_on_page(client, partnership)["Expert-days"] == "25"
    world["m2"].experts.add(ExpertProfileFactory())  # five more days, no row saved

    assert figures_on_page(client, partnership)["Expert-days"] == "30"
    MissionFactory(request=new_request(world), experts=[])  # a mission with no expert yet
    assert figures_on_page(client, partnership)["Missions"] == "2"


def test_the_page_reads_the_figures_in_a_bounded_number_of_queries(
    client, world, django_assert_max_num_queries
):
    url = reverse("core:partnership_detail", args=[world["paris_pp"].slug])
    client.get(url)
    with django_assert_max_num_queries(0):
        assert "Learners trained" in client.get(url).text  # page and figures cached
    cache.clear()
    # The partnership, its texts in every language (one query), its projects,
    # the two figures, and Wagtail's site and pages for the header.
    with django_assert_max_num_queries(9):
        client.get(url)
    # More data: the same number of queries.
    for n in range(5):
        person = User.objects.create(email=f"extra{n}@example.org", city=world["phnom_penh"])
        Enrolment.objects.create(
            user=person, module=world["junctions"], completed_at=world["s1"].ends_at
        )
        MissionFactory(request=new_request(world), experts=[ExpertProfileFactory()])
    cache.clear()
    with django_assert_max_num_queries(9):
        client.get(url)
    assert figures_on_page(client, world["paris_pp"])["Learners trained"] == "7"


def test_figures_show_for_a_logged_in_visitor_too(client, world):
    client.force_login(world["pp1"])
    assert figures_on_page(client, world["paris_pp"])["Missions"] == "2"
