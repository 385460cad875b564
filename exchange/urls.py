from django.urls import path

from . import views

app_name = "exchange"

urlpatterns = [
    path("partnerships/", views.partnership_list, name="partnership_list"),
    path("partnerships/<slug:slug>/", views.partnership_detail, name="partnership_detail"),
    path("me/", views.me, name="me"),
    path("me/profile/", views.profile, name="profile"),
]
