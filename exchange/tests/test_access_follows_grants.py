"""What a person sees follows what a coordinator granted, never what they
typed: every way a person can change their own city, organisation or roles
leaves what they see as it was until a coordinator approves."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from core.factories import CityFactory, OrganisationFactory, UserFactory, coordinator
from core.models import FocalPointGrant, Organisation, ProfileProposal, User
from core.roles import Role
from exchange.factories import MissionFactory, PartnerRequestFactory, focal_point
from exchange.models import PartnerRequest
from experts.factories import ExpertProfileFactory

S = PartnerRequest.Status
pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    rio, phnom_penh = CityFactory(name="Rio"), CityFactory(name="Phnom Penh")
    return {
        "rio": rio,
        "phnom_penh": phnom_penh,
        "rio_draft": PartnerRequestFactory(title="Rio draft", city=rio),
        "rio_mission": MissionFactory(request__city=rio, request__title="Rio mission"),
        "pp_draft": PartnerRequestFactory(title="Phnom Penh draft", city=phnom_penh),
        "pp_mission": MissionFactory(request__city=phnom_penh, request__title="PP mission"),
        "open": PartnerRequestFactory(title="Open for matching", status=S.MATCHING),
        "pp_department": OrganisationFactory(city=phnom_penh, name="PP Public Works"),
    }


def what_they_see(client, world) -> dict:
    """The answer of each page a role could open, and the requests listed."""
    seen = {}
    for key in ("rio_draft", "pp_draft", "open"):
        seen[key] = client.get(reverse("exchange:request_detail", args=[world[key].pk])).status_code
    for key in ("rio_mission", "pp_mission"):
        mission = world[key]
        page = client.get(reverse("exchange:mission_detail", args=[mission.pk]))
        seen[key] = (page.status_code, "evaluate" in page.text)
    listing = client.get(reverse("exchange:request_list"))
    seen["list"] = listing.status_code
    seen["listed"] = sorted(
        title
        for title in ("Rio draft", "Phnom Penh draft", "Open for matching")
        if title in listing.text
    )
    seen["new request"] = client.get(reverse("exchange:request_create")).status_code
    seen["fits"] = client.get(reverse("exchange:fits_me")).status_code
    seen["expert profile"] = client.get(reverse("experts:profile_edit")).status_code
    seen["coordination"] = client.get(reverse("core:coordination")).status_code
    return seen


def profile_post(**overrides) -> dict:
    data = {
        "first_name": "Ana",
        "last_name": "Ribeiro",
        "preferred_language": "en",
        "job_title": "Focal point",
        "new_organisation_name": "",
    }
    data.update(overrides)
    return data


def test_no_change_a_person_makes_to_themself_changes_what_they_see(client, world):
    person = focal_point(world["rio"])
    home = (person.city_id, person.organisation_id)
    client.force_login(person)
    before = what_they_see(client, world)
    assert before["rio_draft"] == 200 and before["pp_draft"] == 404

    coordinators = Group.objects.get_or_create(name=Role.COORDINATOR.group_name)[0]
    attempts = [
        # The profile form: another city and its organisation.
        profile_post(city=world["phnom_penh"].pk, organisation=world["pp_department"].pk),
        # An organisation not listed yet, in another city.
        profile_post(city=world["phnom_penh"].pk, new_organisation_name="PP Water Authority"),
        # "I also offer my expertise".
        profile_post(
            city=person.city_id, organisation=person.organisation_id, offers_expertise="on"
        ),
        # Fields the form does not have.
        profile_post(
            city=person.city_id,
            organisation=person.organisation_id,
            city_id=world["phnom_penh"].pk,
            groups=[coordinators.pk],
            is_staff="on",
            is_superuser="on",
            focal_point_grant=world["phnom_penh"].pk,
            focal_point_city_id=world["phnom_penh"].pk,
            role="Coordinator",
        ),
    ]
    for data in attempts:
        response = client.post(reverse("core:profile"), data)
        assert response.status_code == 302, response.text
        assert what_they_see(client, world) == before
        person.refresh_from_db()
        assert (person.city_id, person.organisation_id) == home
        assert not (person.is_staff or person.is_superuser)
    assert not Organisation.objects.filter(name="PP Water Authority").exists()
    assert FocalPointGrant.objects.get(user=person).city == world["rio"]


def test_the_expert_profile_form_changes_nothing_either(client, world):
    expert = ExpertProfileFactory()
    client.force_login(expert.user)
    before = what_they_see(client, world)
    client.post(
        reverse("experts:profile_edit"),
        {
            "home_city": world["phnom_penh"].pk,
            "organisation": world["pp_department"].pk,
            "years_of_experience": 5,
            "max_concurrent_missions": 1,
            "mission_days_per_year": 20,
            "city": world["phnom_penh"].pk,
            "groups": [Group.objects.get_or_create(name=Role.COORDINATOR.group_name)[0].pk],
            **{f"{p}-TOTAL_FORMS": 0 for p in ("skills", "languages", "availability")},
            **{f"{p}-INITIAL_FORMS": 0 for p in ("skills", "languages", "availability")},
        },
    )
    assert what_they_see(client, world) == before
    expert.user.refresh_from_db()
    assert expert.user.city != world["phnom_penh"]


def test_signing_up_with_extra_fields_grants_only_the_official_role(client, world):
    coordinators = Group.objects.get_or_create(name=Role.COORDINATOR.group_name)[0]
    client.post(
        reverse("account_signup"),
        {
            "email": "newcomer@example.org",
            "password1": "a long and unusual passphrase",
            "password2": "a long and unusual passphrase",
            "city": world["rio"].pk,
            "organisation": world["pp_department"].pk,
            "groups": [coordinators.pk],
            "is_staff": "on",
            "is_superuser": "on",
            "offers_expertise": "on",
        },
    )
    newcomer = User.objects.get(email="newcomer@example.org")
    assert newcomer.city is None and newcomer.organisation is None
    assert not (newcomer.is_staff or newcomer.is_superuser)
    assert newcomer.role_names == {Role.OFFICIAL.group_name}
    assert not newcomer.is_focal_point


def test_what_a_coordinator_approves_takes_effect_and_no_more(client, world):
    person = focal_point(world["rio"])
    client.force_login(person)
    client.post(
        reverse("core:profile"),
        profile_post(
            city=world["phnom_penh"].pk,
            organisation=world["pp_department"].pk,
            offers_expertise="on",
        ),
    )
    before = what_they_see(client, world)
    proposal = ProfileProposal.objects.pending().get(user=person)

    boss = coordinator()
    client.force_login(boss)
    assert "PP Public Works" in client.get(reverse("core:people")).text
    client.post(reverse("core:proposal_decide", args=[proposal.pk, "approve"]))

    person.refresh_from_db()
    assert person.organisation == world["pp_department"]
    client.force_login(person)
    after = what_they_see(client, world)
    # The expert role opens what is open for matching and the expert's pages...
    assert (before["open"], after["open"]) == (404, 200)
    assert before["fits"] == 403 and after["fits"] != 403
    assert (before["expert profile"], after["expert profile"]) == (403, 200)
    # ... but moving one's workplace is not acting for the new city.
    assert after["rio_draft"] == 200 and after["pp_draft"] == 404
    assert after["pp_mission"] == (404, False)


def test_a_coordinator_grants_the_focal_point_role_for_a_named_city(client, world):
    person = UserFactory(organisation=world["pp_department"], roles=[Role.OFFICIAL])
    client.force_login(person)
    assert what_they_see(client, world)["pp_draft"] == 404

    client.force_login(coordinator())
    client.post(reverse("core:people"), {"email": person.email, "city": world["rio"].pk})

    client.force_login(person)
    seen = what_they_see(client, world)
    assert seen["rio_draft"] == 200 and seen["rio_mission"][0] == 200
    assert seen["pp_draft"] == 404 and seen["listed"] == ["Rio draft"]

    client.force_login(coordinator())
    client.post(reverse("core:focal_point_revoke", args=[person.pk]))
    client.force_login(person)
    assert what_they_see(client, world)["rio_draft"] == 404


def test_a_focal_point_group_given_by_hand_opens_no_city(client, world):
    person = UserFactory(organisation=world["pp_department"])
    person.groups.add(Group.objects.get_or_create(name=Role.FOCAL_POINT.group_name)[0])
    client.force_login(person)
    seen = what_they_see(client, world)
    assert seen["pp_draft"] == 404 and seen["new request"] == 403


def test_a_declined_change_changes_nothing(client, world):
    person = UserFactory(roles=[Role.OFFICIAL])
    client.force_login(person)
    client.post(
        reverse("core:profile"),
        profile_post(city=world["phnom_penh"].pk, new_organisation_name="PP Water Authority"),
    )
    proposal = ProfileProposal.objects.pending().get(user=person)
    client.force_login(coordinator())
    client.post(reverse("core:proposal_decide", args=[proposal.pk, "decline"]))
    proposal.refresh_from_db()
    assert proposal.status == ProfileProposal.Status.DECLINED
    assert not Organisation.objects.filter(name="PP Water Authority").exists()
    assert User.objects.get(pk=person.pk).city != world["phnom_penh"]


@pytest.mark.parametrize("roles", [[Role.OFFICIAL], [Role.FOCAL_POINT], [Role.EXPERT]])
def test_only_coordinators_decide(client, world, roles):
    proposal = ProfileProposal.objects.create(user=UserFactory(), expert_role=True)
    client.force_login(UserFactory(roles=roles))
    assert client.get(reverse("core:people")).status_code == 403
    response = client.post(reverse("core:proposal_decide", args=[proposal.pk, "approve"]))
    assert response.status_code == 403
    assert ProfileProposal.objects.pending().filter(pk=proposal.pk).exists()
