from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from core.cache_versions import versioned

register = template.Library()


def _page_urls(request, page: Page) -> dict[str, str]:
    """Each language's URL for a Wagtail page: its live translation's, or that
    language's home page."""
    translations = {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True).live().select_related("locale")
    }
    return {
        code: translations[code].get_url(request)
        if code in translations
        else translate_url("/", code)
        for code, _name in settings.LANGUAGES
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    """Links to the current page in each language: a Wagtail page's live
    translations (or that language's home page when there is none), the same
    view's URL otherwise. Plain links, so pages stay cacheable."""
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page) and page.pk is not None:
        urls = versioned(
            f"page-languages:{request.get_host()}:{page.pk}",
            (Page,),
            lambda: _page_urls(request, page),
        )
    else:
        path = request.get_full_path()
        urls = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    current = get_language()
    return {
        "languages": [
            # Each language under its own name, as settings.LANGUAGES writes it
            # (Django's own name for Khmer is in Latin letters).
            {"code": code, "name": name, "url": urls[code], "current": code == current}
            for code, name in settings.LANGUAGES
        ]
    }
