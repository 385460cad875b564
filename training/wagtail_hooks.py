from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from training.models import Session
from training.services import session_fill_from_waiting_list, sessions_fill_from_waiting_lists


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


@hooks.register("after_delete_user")
def fill_seats_of_a_deleted_account(request, user):
    """A deleted account's booked seats went with its enrolments: offer them."""
    sessions_fill_from_waiting_lists()
