"""Handouts are kept in the private storage, like certificates: nothing under
MEDIA_ROOT (which the web server may publish), no URL; only the
permission-checked view serves them, following the module's restrictions."""

import importlib

import pytest

from django.core.files.base import ContentFile
from django.core.files.storage import storages

from wagtail.models import PageViewRestriction

from core.factories import UserFactory
from training.handout_services import handout_get_or_render

pytestmark = pytest.mark.django_db


def _url(module) -> str:
    return f"/learning/modules/{module.pk}/handout.pdf"


def _files(root) -> list:
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def test_a_downloaded_handout_is_stored_privately_and_has_no_public_url(
    client, file_storages, module, lessons
):
    public, private = file_storages
    response = client.get(_url(module))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")

    assert _files(public) == [], "nothing is written under MEDIA_ROOT"
    (stored,) = _files(private)
    name = handout_get_or_render(module=module, language="en")
    assert stored == private / name
    with pytest.raises(ValueError, match="no URL"):
        storages["private"].url(name)
    assert client.get(f"/media/{name}").status_code == 404


def test_a_restricted_module_handout_is_served_only_to_who_may_see_the_module(
    client, file_storages, module, lessons
):
    PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(UserFactory())
    assert client.get(_url(module)).status_code == 200
    (stored,) = _files(file_storages[1])

    client.logout()
    assert client.get(_url(module)).status_code == 404
    assert _files(file_storages[0]) == []
    assert _files(file_storages[1]) == [stored]


def test_the_upgrade_deletes_handouts_left_in_public_media(file_storages):
    public, _private = file_storages
    storages["default"].save("handouts/7/en/" + "a" * 40 + ".pdf", ContentFile(b"%PDF-1.7"))
    storages["default"].save("handouts/7/" + "b" * 40 + ".pdf", ContentFile(b"%PDF-1.7"))
    storages["default"].save("images/kept.png", ContentFile(b"png"))
    migration = importlib.import_module("training.migrations.0009_handouts_in_private_storage")

    migration.forget_public_handouts(apps=None, schema_editor=None)

    assert [path.relative_to(public).as_posix() for path in _files(public)] == ["images/kept.png"]
