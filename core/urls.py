from django.urls import path

from .views import account, coordination, public

app_name = "core"

urlpatterns = [
    path("partnerships/", public.partnership_list, name="partnership_list"),
    path("partnerships/<slug:slug>/", public.partnership_detail, name="partnership_detail"),
    path("site-map/", public.site_map, name="site_map"),
    path("me/", account.me, name="me"),
    path("me/profile/", account.profile, name="profile"),
    path("coordination/", coordination.coordination, name="coordination"),
]
