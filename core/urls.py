from django.urls import path

from .views import account, audit, coordination, privacy, public, steer

app_name = "core"

urlpatterns = [
    path("partnerships/", public.partnership_list, name="partnership_list"),
    path("partnerships/<slug:slug>/", public.partnership_detail, name="partnership_detail"),
    path("site-map/", public.site_map, name="site_map"),
    path("me/", account.me, name="me"),
    path("me/profile/", account.profile, name="profile"),
    path("me/data/", privacy.my_data, name="my_data"),
    path("me/data/export/", privacy.export_mine, name="export_mine"),
    path("me/data/export/<str:token>/", privacy.export_download, name="export_download"),
    path("me/delete/", privacy.account_delete, name="account_delete"),
    path("coordination/", coordination.coordination, name="coordination"),
    path("coordination/privacy/", privacy.privacy_requests, name="privacy_requests"),
    path("coordination/audit/", audit.audit_events, name="audit_events"),
    path("steer/", steer.dashboard, name="steer"),
    path("steer/lists/<slug:key>/", steer.steer_list, name="steer_list"),
    path("steer/lists/<slug:key>.<str:fmt>", steer.steer_export, name="steer_export"),
    path("coordination/people/", coordination.people, name="people"),
    path(
        "coordination/people/proposals/<int:pk>/<slug:decision>/",
        coordination.proposal_decide,
        name="proposal_decide",
    ),
    path(
        "coordination/people/focal-points/<int:user_pk>/revoke/",
        coordination.focal_point_remove,
        name="focal_point_revoke",
    ),
]
