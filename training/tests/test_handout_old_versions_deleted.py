"""Storing a new handout removes the module's older ones in that language,
never the current one, and copes with files already gone (real file storage:
the private storage in a temporary folder)."""

from pathlib import Path

import pytest

from core.storage import private_storage
from training import handout_services
from training.factories import LessonPageFactory, TrainingModulePageFactory
from training.handout_services import handout_get_or_render, handout_open
from training.models import TrainingModulePage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(file_storages):
    """The private storage's root, where handouts are kept."""
    return file_storages[1]


def _stored(media: Path, module) -> set[str]:
    folder = media / "handouts" / str(module.pk)
    return {str(path.relative_to(media)) for path in folder.rglob("*.pdf")}


def _download(client, module, prefix="") -> None:
    response = client.get(f"{prefix}/learning/modules/{module.pk}/handout.pdf")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def _republish(lesson, title: str) -> None:
    lesson.title = title
    lesson.save_revision().publish()


def test_republishing_replaces_the_stored_handout(client, media, module, lessons):
    _download(client, module)
    (old,) = _stored(media, module)

    _republish(lessons[0], "Lesson one, revised")
    _download(client, module)

    (new,) = _stored(media, module)
    assert new != old
    assert new.startswith(f"handouts/{module.pk}/en/")


def test_other_languages_and_other_modules_are_kept(client, media, catalogue, module, lessons):
    other = TrainingModulePageFactory(parent=catalogue, title="Other module")
    LessonPageFactory(parent=other, title="Other lesson")
    _download(client, module)
    _download(client, module, prefix="/fr")
    _download(client, other)
    french = {name for name in _stored(media, module) if f"/{module.pk}/fr/" in name}
    other_before = _stored(media, other)

    _republish(lessons[0], "Lesson one, revised")
    _download(client, module)

    assert len(french) == 1
    assert french <= _stored(media, module)
    assert len(_stored(media, module)) == 2
    assert _stored(media, other) == other_before


def test_files_from_the_layout_without_language_folders_are_removed(client, media, module):
    legacy = media / "handouts" / str(module.pk) / ("0" * 40 + ".pdf")
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(b"%PDF-1.7 old layout")

    _download(client, module)

    assert not legacy.exists()
    assert len(_stored(media, module)) == 1


def test_a_request_that_saw_an_older_state_keeps_the_current_handout(client, media, module):
    stale = TrainingModulePage.objects.get(pk=module.pk)
    module.title = "Junction design, second edition"
    module.save_revision().publish()
    _download(client, module)
    (current,) = _stored(media, module)

    stale_name = handout_get_or_render(module=stale, language="en")

    assert stale_name != current
    assert _stored(media, module) == {current, stale_name}
    # The next fresh store clears the stale one and keeps the current one.
    (media / current).unlink()
    _download(client, module)
    assert _stored(media, module) == {current}


def test_a_file_already_gone_is_not_an_error(client, media, module, lessons, monkeypatch):
    _download(client, module)
    real_listdir = private_storage().listdir

    def listdir_with_a_ghost(path):
        folders, files = real_listdir(path)
        return folders, [*files, "already-deleted-by-another-process.pdf"]

    monkeypatch.setattr(private_storage(), "listdir", listdir_with_a_ghost)
    _republish(lessons[0], "Lesson one, revised")

    _download(client, module)

    assert len(_stored(media, module)) == 1


def test_a_handout_replaced_between_lookup_and_open_is_found_again(media, module, monkeypatch):
    real = handout_services.handout_get_or_render
    calls = []

    def replaced_after_the_lookup(**kwargs):
        name = real(**kwargs)
        if not calls:
            private_storage().delete(name)
        calls.append(name)
        return name

    monkeypatch.setattr(handout_services, "handout_get_or_render", replaced_after_the_lookup)

    with handout_open(module=module, language="en") as handle:
        assert handle.read(4) == b"%PDF"
    assert len(calls) == 2
