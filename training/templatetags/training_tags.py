from django import template
from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Page

from core.cache_versions import versioned
from core.languages import default_page_url_in
from training.models import CatalogueIndexPage

register = template.Library()


def _catalogue_url(request, language: str) -> str:
    languages = [language, settings.LANGUAGE_CODE]
    catalogues = {
        catalogue.locale.language_code: catalogue
        for catalogue in CatalogueIndexPage.objects.live()
        .filter(locale__language_code__in=languages)
        .select_related("locale")
        .order_by("-path")
    }
    if languages[0] in catalogues:
        return catalogues[languages[0]].get_url(request)
    if languages[1] in catalogues:
        # Untranslated: the default language's catalogue, under this
        # language's prefix, so the visitor stays in their language.
        return default_page_url_in(catalogues[languages[1]].get_url(request), language)
    return ""


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The training catalogue's URL in the active language, else the default
    language's catalogue under the active language's prefix ('' when there is
    none), for the header of every page: kept until a page changes."""
    request = context.get("request")
    language = get_language()
    return versioned(
        f"catalogue-url:{request.get_host() if request else ''}:{language}",
        (Page,),
        lambda: _catalogue_url(request, language),
    )
