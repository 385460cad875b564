from django.urls import path

from .views import account, coordination, public

app_name = "core"

urlpatterns = [
    path("partnerships/", public.partnership_list, name="partnership_list"),
    path("partnerships/<slug:slug>/", public.partnership_detail, name="partnership_detail"),
    path("me/", account.me, name="me"),
    path("me/profile/", account.profile, name="profile"),
    path("coordination/", coordination.coordination, name="coordination"),
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
