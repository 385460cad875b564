"""`make run` again never undoes what someone changed: the demo loaders only
create what is missing. And the demo site names the address it is served on."""

from io import StringIO

import pytest

from django.core.management import call_command

pytestmark = pytest.mark.django_db


def load_demo() -> None:
    call_command("load_demo", stdout=StringIO())


def test_loading_the_demo_again_keeps_every_change():
    from core.models import Domain, Partnership, User
    from exchange.models import PartnerRequest
    from experts.models import Availability, ExpertProfile
    from training.models import LessonPage, Session, TrainingModulePage

    load_demo()
    partnership = Partnership.objects.get(slug="paris-phnom-penh")
    english = partnership.texts.get(locale__language_code="en")
    english.summary = "Rewritten by the coordinators."
    english.save()
    khmer = partnership.texts.get(locale__language_code="km")
    khmer.summary = "សរសេរឡើងវិញដោយអ្នកសម្របសម្រួល។"
    khmer.save()
    Domain.objects.filter(slug="public-spaces").update(name_fr="Espaces publics et places")
    module = TrainingModulePage.objects.get(slug="traffic-management", locale__language_code="en")
    module.title = "Managing traffic in a growing city"
    module.save_revision().publish()
    french = TrainingModulePage.objects.get(slug="traffic-management", locale__language_code="fr")
    french.title = "Gérer la circulation"
    french.save_revision().publish()
    lesson = LessonPage.objects.child_of(module).first()
    lesson.title = "Signals, revisited"
    lesson.save_revision().publish()
    Session.objects.update(capacity=3)
    User.objects.filter(email="official@passerelle.demo").update(first_name="Sokhom")
    expert = ExpertProfile.objects.get(user__email="expert@passerelle.demo")
    Availability.objects.filter(profile=expert).delete()
    request = PartnerRequest.objects.order_by("pk").first()
    request.needs = "Needs as the focal point rewrote them."
    request.save()
    pages = TrainingModulePage.objects.count() + LessonPage.objects.count()

    load_demo()

    english.refresh_from_db()
    assert english.summary == "Rewritten by the coordinators."
    khmer.refresh_from_db()
    assert khmer.summary == "សរសេរឡើងវិញដោយអ្នកសម្របសម្រួល។"
    assert partnership.texts.count() == 4
    assert Domain.objects.get(slug="public-spaces").name_fr == "Espaces publics et places"
    module.refresh_from_db()
    assert module.title == "Managing traffic in a growing city"
    assert module.live_revision.as_object().title == "Managing traffic in a growing city"
    french.refresh_from_db()
    assert french.title == "Gérer la circulation"
    assert LessonPage.objects.get(pk=lesson.pk).title == "Signals, revisited"
    assert set(Session.objects.values_list("capacity", flat=True)) == {3}
    assert User.objects.get(email="official@passerelle.demo").first_name == "Sokhom"
    assert not Availability.objects.filter(profile=expert).exists()
    request.refresh_from_db()
    assert request.needs == "Needs as the focal point rewrote them."
    assert TrainingModulePage.objects.count() + LessonPage.objects.count() == pages


def test_what_was_deleted_is_created_again():
    from core.models import Partnership

    load_demo()
    Partnership.objects.get(slug="paris-rio-de-janeiro").projects.all().delete()
    load_demo()
    assert Partnership.objects.get(slug="paris-rio-de-janeiro").projects.exists()


def test_the_site_and_its_sitemap_name_the_served_address(client, settings):
    from wagtail.models import Site

    from core.demo import load_home_page

    settings.SITE_URL = "http://127.0.0.1:8101"
    load_home_page()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8101)
    assert "<loc>http://127.0.0.1:8101/</loc>" in client.get("/sitemap.xml").text

    settings.SITE_URL = "https://passerelle.example.org"
    load_home_page()
    site.refresh_from_db()
    assert (site.hostname, site.port, site.root_url) == (
        "passerelle.example.org",
        443,
        "https://passerelle.example.org",
    )
