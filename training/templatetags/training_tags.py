from django import template
from django.conf import settings
from django.utils.translation import get_language

from ..models import CatalogueIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The training catalogue's URL in the active language, else in the default
    one ('' when there is none). One query, for the header of every page."""
    request = context.get("request")
    languages = [get_language(), settings.LANGUAGE_CODE]
    catalogues = {
        catalogue.locale.language_code: catalogue
        for catalogue in CatalogueIndexPage.objects.live()
        .filter(locale__language_code__in=languages)
        .select_related("locale")
        .order_by("-path")
    }
    catalogue = catalogues.get(languages[0]) or catalogues.get(languages[1])
    return catalogue.get_url(request) if catalogue else ""
