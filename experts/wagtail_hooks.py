from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from experts.models import Skill


class SkillViewSet(SnippetViewSet):
    """The skills taxonomy (domain → skill), managed by coordinators."""

    model = Skill
    icon = "tag"
    menu_label = _("Skills")
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["name", "domain", "slug"]
    list_filter = ["domain"]
    search_fields = ["name"]


register_snippet(SkillViewSet)
