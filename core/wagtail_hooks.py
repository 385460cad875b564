from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core import audit
from core.erasure import user_erase
from core.models import (
    City,
    CooperationProject,
    Domain,
    FundingPartner,
    Organisation,
    Partnership,
    PartnershipText,
)


class CityViewSet(SnippetViewSet):
    model = City
    icon = "site"
    list_display = ["name", "country", "timezone"]
    search_fields = ["name", "country"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "city", "kind"]
    list_filter = ["city", "kind"]
    search_fields = ["name"]


class PartnershipViewSet(SnippetViewSet):
    model = Partnership
    icon = "link"
    list_display = ["__str__", "since", "status"]
    list_filter = ["status"]


class PartnershipTextViewSet(SnippetViewSet):
    """Each partnership's summary and description, one per language;
    translated with wagtail-localize ("Translate" in the listing's menu)."""

    model = PartnershipText
    icon = "doc-full"
    list_display = ["partnership", "summary"]
    list_filter = ["partnership"]
    search_fields = ["summary"]


class CooperationProjectViewSet(SnippetViewSet):
    model = CooperationProject
    icon = "folder-open-inverse"
    list_display = ["title", "partnership", "domain", "start_year", "end_year", "status"]
    list_filter = ["partnership", "domain", "status"]
    search_fields = ["title"]


class FundingPartnerViewSet(SnippetViewSet):
    model = FundingPartner
    icon = "tag"
    list_display = ["name", "kind", "country"]
    list_filter = ["kind"]
    search_fields = ["name"]


class DomainViewSet(SnippetViewSet):
    model = Domain
    icon = "list-ul"
    list_display = ["name", "name_fr", "slug"]


class CooperationGroup(SnippetViewSetGroup):
    menu_label = _("Cooperation")
    menu_icon = "globe"
    menu_order = 200
    items = [
        PartnershipViewSet,
        PartnershipTextViewSet,
        CooperationProjectViewSet,
        FundingPartnerViewSet,
        CityViewSet,
        OrganisationViewSet,
        DomainViewSet,
    ]


register_snippet(CooperationGroup)


# -- The admin's Users: role changes go to the audit trail, deletes erase ----


def _group_names(user) -> set[str]:
    return set(user.groups.values_list("name", flat=True))


def _record_role_changes(request, user, before: set[str]) -> None:
    after = _group_names(user)
    changes = [(audit.Action.ROLE_GRANTED, name) for name in sorted(after - before)]
    changes += [(audit.Action.ROLE_REMOVED, name) for name in sorted(before - after)]
    for action, name in changes:
        audit.record(action, actor=request.user, subject=user, target=name, request=request)


@hooks.register("before_edit_user")
def remember_roles_before_edit(request, user):
    if request.method == "POST":
        request.audit_roles_before = _group_names(user)


@hooks.register("after_edit_user")
def record_roles_after_edit(request, user):
    _record_role_changes(request, user, getattr(request, "audit_roles_before", set()))


@hooks.register("after_create_user")
def record_roles_after_create(request, user):
    _record_role_changes(request, user, set())


@hooks.register("after_bulk_action")
def record_bulk_role_grant(request, action_type, objects, action):
    if action_type == "assign_role" and action.model is get_user_model():
        role = action.cleaned_form.cleaned_data["role"]
        for user in objects:
            audit.record(
                audit.Action.ROLE_GRANTED,
                actor=request.user,
                subject=user,
                target=role.name,
                request=request,
            )


@hooks.register("before_delete_user")
def erase_instead_of_deleting(request, user):
    """Deleting a person in the admin erases them (docs/privacy.md): their
    personal data goes, what must stay (certificates, reports) stays without
    their name. A plain delete would fail on those records."""
    if request.method != "POST":
        return None
    user_erase(user=user, by=request.user, request=request)
    messages.success(request, _("%(user)s's personal data is erased.") % {"user": user})
    return redirect("wagtailusers_users:index")


@hooks.register("before_bulk_action")
def erase_instead_of_bulk_deleting(request, action_type, objects, action):
    if action_type != "delete" or action.model is not get_user_model():
        return None
    for user in objects:
        user_erase(user=user, by=request.user, request=request)
    messages.success(
        request,
        ngettext(
            "%(count)d person's personal data is erased.",
            "%(count)d people's personal data is erased.",
            len(objects),
        )
        % {"count": len(objects)},
    )
    return redirect(action.next_url)
