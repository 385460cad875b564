from django import template

from wagtail.models import Locale

from ..models import CatalogueIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The training catalogue's URL in the active language ('' when there is none)."""
    request = context.get("request")
    catalogues = CatalogueIndexPage.objects.live()
    catalogue = (
        catalogues.filter(locale=Locale.get_active()).first()
        or catalogues.filter(locale=Locale.get_default()).first()
    )
    return catalogue.get_url(request) if catalogue else ""
