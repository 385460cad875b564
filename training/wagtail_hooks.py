from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from training.models import Session


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    menu_label = _("Training sessions")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["module", "starts_at", "language", "capacity", "trainer", "status"]
    list_filter = ["status", "language"]


register_snippet(SessionViewSet)
