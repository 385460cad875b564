from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page

from ..content_memo import remember

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
        urls = remember(
            request,
            ("translations", page.pk, request.get_host()),
            lambda: _page_urls(request, page),
        )
    else:
        path = request.get_full_path()
        urls = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    current = get_language()
    return {
        "languages": [
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": urls[code],
                "current": code == current,
            }
            for code, _name in settings.LANGUAGES
        ]
    }
