from django.urls import path

from .views import account, audit, coordination, public

app_name = "core"

urlpatterns = [
    path("partnerships/", public.partnership_list, name="partnership_list"),
    path("partnerships/<slug:slug>/", public.partnership_detail, name="partnership_detail"),
    path("me/", account.me, name="me"),
    path("me/profile/", account.profile, name="profile"),
    path("coordination/", coordination.coordination, name="coordination"),
    path("coordination/audit/", audit.audit_events, name="audit_events"),
]
