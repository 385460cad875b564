"""A partnership's summary and description are translated by coordinators
with wagtail-localize (a snippet, PartnershipText); readers see their
language when a translation exists, else the source with the notice and
its own `lang` attribute; a translation edit shows at once on cached pages."""

import polib
import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from core.factories import CooperationProjectFactory, PartnershipFactory, coordinator
from core.models import Partnership, PartnershipText
from core.pagecache import HIT_HEADER

pytestmark = pytest.mark.django_db

KHMER_SUMMARY = "ទីក្រុងពីរធ្វើការជាមួយគ្នា។"
KHMER_PARAGRAPH = "គម្រោងទឹកស្អាតសម្រាប់គ្រប់សង្កាត់។"


def notice(language: str) -> str:
    with translation.override(language):
        sentence = translation.gettext("This page is not yet available in %(language)s.")
    return max(sentence.split("%(language)s"), key=len).strip(" .")


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def translate(text: PartnershipText, language: str, strings: dict[str, str]) -> Translation:
    """What a coordinator does: "Translate", then upload the translator's PO
    file and publish."""
    source, _created = TranslationSource.update_or_create_from_instance(text)
    locale = Locale.objects.get_or_create(language_code=language)[0]
    target, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = polib.pofile(str(target.export_po()))
    for entry in po:
        entry.msgstr = strings[entry.msgid]
    target.import_po(po)
    target.save_target(publish=True)
    return target


@pytest.fixture
def partnership(home_page):
    partnership = CooperationProjectFactory(title="Clean water").partnership
    text = partnership.texts.get()
    text.description = "<p>Clean water for every district.</p>"
    text.save()
    return partnership


@pytest.fixture
def khmer(partnership):
    return translate(
        partnership.texts.get(),
        "km",
        {
            "Two cities working together.": KHMER_SUMMARY,
            "Clean water for every district.": KHMER_PARAGRAPH,
        },
    )


def detail(partnership, language: str) -> str:
    with translation.override(language):
        return reverse("core:partnership_detail", args=[partnership.slug])


def test_the_po_file_holds_the_summary_and_each_paragraph(partnership):
    source, _created = TranslationSource.get_or_create_from_instance(partnership.texts.get())
    target = Translation.objects.create(
        source=source, target_locale=Locale.objects.get_or_create(language_code="pt")[0]
    )
    po = polib.pofile(str(target.export_po()))
    assert {entry.msgid for entry in po} == {
        "Two cities working together.",
        "Clean water for every district.",
    }


def test_a_translation_is_one_more_text_of_the_same_partnership(partnership, khmer):
    assert Partnership.objects.count() == 1
    texts = {text.language: text for text in PartnershipText.objects.all()}
    assert set(texts) == {"en", "km"}
    assert texts["km"].partnership_id == texts["en"].partnership_id == partnership.pk
    assert texts["km"].translation_key == texts["en"].translation_key
    assert texts["km"].summary == KHMER_SUMMARY
    assert texts["km"].description == f"<p>{KHMER_PARAGRAPH}</p>"


def test_a_khmer_reader_reads_the_khmer_text_without_notice(client, partnership, khmer):
    page = soup(client.get(detail(partnership, "km")))
    assert page.html["lang"] == "km"
    assert KHMER_SUMMARY in page.text
    assert KHMER_PARAGRAPH in page.text
    assert "Two cities working together." not in page.text
    assert notice("km") not in page.text
    assert page.select_one("p.lead").find_parent(attrs={"lang": True}) is page.html


def test_without_a_translation_the_source_is_shown_with_the_notice(client, partnership, khmer):
    page = soup(client.get(detail(partnership, "pt")))
    assert page.html["lang"] == "pt"
    assert notice("pt") in page.text
    lead = page.select_one("p.lead")
    assert lead.text == "Two cities working together."
    assert lead.find_parent(attrs={"lang": True})["lang"] == "en"
    links = {a["hreflang"]: a["href"] for a in page.select('[role="note"] a[hreflang]')}
    assert links == {"en": detail(partnership, "en"), "km": detail(partnership, "km")}


def test_cards_on_the_list_and_the_home_page_follow_the_reader(client, partnership, khmer):
    for url in ("/km/", "/km/partnerships/"):
        card = soup(client.get(url)).find(string=KHMER_SUMMARY).parent
        assert not card.has_attr("lang"), url
    for url in ("/pt/", "/pt/partnerships/"):
        card = soup(client.get(url)).find(string="Two cities working together.").parent
        assert card["lang"] == "en", url
    card = soup(client.get("/partnerships/")).find(string="Two cities working together.").parent
    assert not card.has_attr("lang")


def test_a_translation_edit_shows_on_cached_pages(client, settings, partnership, khmer):
    settings.PAGE_CACHE_SECONDS = 600
    urls = [detail(partnership, "km"), "/km/partnerships/", "/km/"]
    for url in urls:
        client.get(url)
        assert client.get(url).get(HIT_HEADER) == "hit", url

    translate(
        partnership.texts.get(locale__language_code="en"),
        "km",
        {
            "Two cities working together.": "ទីក្រុងពីរធ្វើការជាមួយគ្នាតាំងពីយូរមកហើយ។",
            "Clean water for every district.": KHMER_PARAGRAPH,
        },
    )
    for url in urls:
        response = client.get(url)
        assert response.get(HIT_HEADER) != "hit", url
        assert "ទីក្រុងពីរធ្វើការជាមួយគ្នាតាំងពីយូរមកហើយ។" in response.text, url


def test_coordinators_translate_partnership_texts_in_the_admin(client, partnership):
    client.force_login(coordinator())
    text = partnership.texts.get()
    assert client.get("/admin/snippets/core/partnershiptext/").status_code == 200
    assert client.get(f"/admin/snippets/core/partnershiptext/edit/{text.pk}/").status_code == 200
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["core", "partnershiptext", text.pk]
    )
    assert client.get(url).status_code == 200
    pt = Locale.objects.get_or_create(language_code="pt")[0]
    response = client.post(url, {"locales": [pt.pk]})
    assert response.status_code == 302
    assert PartnershipText.objects.filter(locale=pt, partnership=partnership).exists()


def test_a_partnership_without_any_text_still_shows(client):
    partnership = PartnershipFactory()
    partnership.texts.all().delete()
    assert client.get(detail(partnership, "en")).status_code == 200
    assert client.get("/partnerships/").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_each_summary_and_description_to_an_english_text():
    before = [("core", "0012_audit_funder_reports")]
    after = [("core", "0013_partnership_texts_translatable")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    City = apps.get_model("core", "City")
    paris = City.objects.create(name="Paris", slug="paris", country="France")
    rio = City.objects.create(name="Rio", slug="rio", country="Brazil")
    apps.get_model("core", "Partnership").objects.create(
        city_a=paris,
        city_b=rio,
        slug="paris-rio",
        since=2004,
        summary="Regenerating the centre.",
        description="<p>São Cristóvão.</p>",
    )

    executor = MigrationExecutor(connection)
    executor.migrate(after)
    apps = executor.loader.project_state(after).apps
    texts = apps.get_model("core", "PartnershipText").objects.values_list(
        "partnership__slug", "locale__language_code", "summary", "description"
    )
    assert list(texts) == [("paris-rio", "en", "Regenerating the centre.", "<p>São Cristóvão.</p>")]

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_the_sitemap_lists_a_partnership_in_the_languages_it_is_written_in(
    client, partnership, khmer
):
    text = client.get("/sitemap.xml").content.decode()
    for language in ("en", "km"):
        assert f"{detail(partnership, language)}</loc>" in text
        assert (
            f'hreflang="{language}" href="http://testserver{detail(partnership, language)}"' in text
        )
    assert f'hreflang="x-default" href="http://testserver{detail(partnership, "en")}"' in text
    for language in ("fr", "pt"):
        assert detail(partnership, language) not in text
