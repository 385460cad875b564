from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from core.cache_versions import versioned
from core.languages import page_urls

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    """Links to the current page in each language (`core.languages`): a
    Wagtail page's live translations, or the page under each language's
    prefix; the same view's URL otherwise. Plain links, so pages stay
    cacheable."""
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page) and page.pk is not None:
        urls = versioned(
            f"page-languages:{request.get_host()}:{page.pk}",
            (Page,),
            lambda: page_urls(request, page),
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
