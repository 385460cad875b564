from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from training.models import Session
from training.services import session_fill_from_waiting_list


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    menu_label = _("Training sessions")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["module", "starts_at", "language", "capacity", "trainer", "status"]
    list_filter = ["status", "language"]


register_snippet(SessionViewSet)


@hooks.register("after_edit_snippet")
def fill_seats_after_a_session_edit(request, instance):
    """A raised capacity or a reopened session offers its seats to the waiting list."""
    if isinstance(instance, Session):
        session_fill_from_waiting_list(session=instance)
