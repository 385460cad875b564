from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    """Links to the current page in each language: a Wagtail page's live
    translations (or that language's home page when there is none), the same
    view's URL otherwise. Plain links, so pages stay cacheable."""
    request = context["request"]
    page = context.get("page")
    is_page = isinstance(page, Page) and page.pk is not None
    translations = {}
    if is_page:
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
    current = get_language()
    languages = []
    for code, _name in settings.LANGUAGES:
        if is_page:
            translation = translations.get(code)
            url = translation.get_url(request) if translation else translate_url("/", code)
        else:
            url = translate_url(request.get_full_path(), code)
        info = get_language_info(code)
        languages.append(
            {"code": code, "name": info["name_local"], "url": url, "current": code == current}
        )
    return {"languages": languages}
