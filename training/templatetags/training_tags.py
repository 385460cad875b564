from django import template
from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Page

from core.cache_versions import versioned
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
    catalogue = catalogues.get(languages[0]) or catalogues.get(languages[1])
    return catalogue.get_url(request) if catalogue else ""


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The training catalogue's URL in the active language, else in the default
    one ('' when there is none), for the header of every page: kept until a
    page changes."""
    request = context.get("request")
    language = get_language()
    return versioned(
        f"catalogue-url:{request.get_host() if request else ''}:{language}",
        (Page,),
        lambda: _catalogue_url(request, language),
    )
