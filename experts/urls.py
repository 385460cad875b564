from django.urls import path

from experts import views

app_name = "experts"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<int:pk>/", views.detail, name="detail"),
    path("me/", views.profile_edit, name="profile_edit"),
]
