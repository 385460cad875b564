from django import template

from core import content_language as languages

register = template.Library()


@register.simple_tag(takes_context=True)
def content_language(context, page) -> languages.ContentLanguage:
    """`{% content_language page as content %}`: the language of `page`'s text
    and, when it is not the visitor's, the languages it is written in."""
    return languages.content_language(page, context.get("request"))
