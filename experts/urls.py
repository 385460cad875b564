from django.urls import path

from . import views

app_name = "experts"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<int:pk>/", views.detail, name="detail"),
    path("me/", views.profile_edit, name="profile_edit"),
    path("me/fits/", views.fits_me, name="fits_me"),
    path("me/missions/", views.my_missions, name="my_missions"),
    path("me/proposals/<int:pk>/answer/", views.answer, name="answer"),
    path("requests/<int:pk>/volunteer/", views.volunteer, name="volunteer"),
]
