"""`{% memo "name" key... %}…{% endmemo %}`: a fragment rendered once per content generation.

Kept in the server process (`exchange.content_memo`), so a hit costs no
cache round trip. Only for fragments that every visitor sees the same for
the given keys and that are built from public content: never around
anything personal (the user's name, a CSRF token, messages). Renders as
usual when the memo is off.
"""

from django import template

from core.content_memo import remember

register = template.Library()


class MemoNode(template.Node):
    def __init__(self, nodelist, name: str, vary_on: list):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context) -> str:
        key = ("fragment", self.name, *(value.resolve(context) for value in self.vary_on))
        return remember(context.get("request"), key, lambda: self.nodelist.render(context))


@register.tag
def memo(parser, token):
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "'\"" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(
            f"'{bits[0]}' needs the fragment's name as a quoted string, then its keys"
        )
    nodelist = parser.parse(("endmemo",))
    parser.delete_first_token()
    return MemoNode(nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]])
