from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import City, CooperationProject, Domain, FundingPartner, Organisation, Partnership


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
        CooperationProjectViewSet,
        FundingPartnerViewSet,
        CityViewSet,
        OrganisationViewSet,
        DomainViewSet,
    ]


register_snippet(CooperationGroup)
