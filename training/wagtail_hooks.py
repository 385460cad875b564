from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_forms import TimesInTheirZoneForm
from core.zones import times_in_zone
from training.models import Session
from training.services import session_fill_from_waiting_list


class SessionAdminForm(TimesInTheirZoneForm):
    """Start and end in the session's own time zone."""

    zoned_fields = ("starts_at", "ends_at")


def _when(session: Session) -> str:
    return times_in_zone(session.starts_at, session.ends_at, session.timezone)


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    menu_label = _("Training sessions")
    menu_order = 210
    add_to_admin_menu = True
    edit_handler = ObjectList(Session.panels, base_form_class=SessionAdminForm)
    list_display = [
        "module",
        Column("starts_at", label=_("When"), accessor=_when, sort_key="starts_at"),
        "language",
        "capacity",
        "trainer",
        "status",
    ]
    list_filter = ["status", "language"]


register_snippet(SessionViewSet)


@hooks.register("after_edit_snippet")
def fill_seats_after_a_session_edit(request, instance):
    """A raised capacity or a reopened session offers its seats to the waiting list."""
    if isinstance(instance, Session):
        session_fill_from_waiting_list(session=instance)
