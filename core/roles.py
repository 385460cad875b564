"""The four roles of Passerelle, as Django groups with permissions.

`ensure_roles` is written against an app registry so that both the data
migration (historical models) and `load_demo` / tests (current models)
can call it; it is idempotent.
"""

from enum import Enum

from django.utils.translation import gettext_lazy as _


class Role(Enum):
    OFFICIAL = "Official"
    FOCAL_POINT = "City focal point"
    EXPERT = "Expert"
    COORDINATOR = "Coordinator"

    @property
    def group_name(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        return {
            Role.OFFICIAL: _("Partner-city official"),
            Role.FOCAL_POINT: _("City focal point"),
            Role.EXPERT: _("Expert"),
            Role.COORDINATOR: _("Coordinator"),
        }[self]


# Model permissions per role, as "app_label.codename". Object-level scoping
# (own city, own missions) is enforced by the views' lookup helpers.
_EDIT = ("add", "change", "delete", "view")
COORDINATOR_MODELS = {
    "core": [
        "city",
        "organisation",
        "partnership",
        "partnershiptext",
        "cooperationproject",
        "fundingpartner",
        "domain",
    ],
    "experts": ["skill"],
    "training": ["session", "enrolment", "attendance"],
}
ROLE_PERMISSIONS: dict[Role, list[str]] = {
    Role.OFFICIAL: [],
    Role.FOCAL_POINT: [],
    Role.EXPERT: [],
    Role.COORDINATOR: [
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        # Translate pages with wagtail-localize (docs/translation.md).
        "wagtail_localize.submit_translation",
        # Manage people and give them roles in the Wagtail admin (Users).
        "core.add_user",
        "core.change_user",
        "core.view_user",
        *(
            f"{app}.{action}_{model}"
            for app, models in COORDINATOR_MODELS.items()
            for model in models
            for action in _EDIT
        ),
    ],
}
COORDINATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]
COORDINATOR_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]


def _permission(apps, dotted: str):
    """The permission, or None while its app's models are not migrated yet
    (that app's own roles migration calls `ensure_roles` again)."""
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".")
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist:
        try:
            has_models = any(apps.get_app_config(app_label).get_models())
        except LookupError:
            has_models = False
        if has_models and _model_exists(apps, app_label, codename):
            raise
        return None


def _model_exists(apps, app_label: str, codename: str) -> bool:
    """Whether the model a model permission ("change_partnershiptext") is
    about exists yet in `apps` (a later migration may add it, and then calls
    `ensure_roles` again); other permissions are taken to exist."""
    action, _sep, model_name = codename.partition("_")
    if action not in _EDIT:
        return True
    try:
        apps.get_model(app_label, model_name)
    except LookupError:
        return False
    return True


def ensure_roles(apps) -> None:
    """Create the role groups and give them their permissions."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    for role, permissions in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role.group_name)
        found = (_permission(apps, p) for p in permissions)
        group.permissions.add(*(permission for permission in found if permission is not None))

    coordinators = Group.objects.get(name=Role.COORDINATOR.group_name)
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for codename in COORDINATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=coordinators,
                page=root_page,
                permission=_permission(apps, f"wagtailcore.{codename}"),
            )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for dotted in COORDINATOR_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=coordinators,
                collection=root_collection,
                permission=_permission(apps, dotted),
            )
