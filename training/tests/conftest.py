import polib
import pytest

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from core.factories import UserFactory
from training.factories import (
    CatalogueIndexPageFactory,
    LessonPageFactory,
    SessionFactory,
    TrainingModulePageFactory,
    translated_po,
    two_questions,
)
from training.services import enrolment_create


@pytest.fixture
def home_page(db):
    from core.demo import load_home_page

    return load_home_page()


@pytest.fixture
def catalogue(home_page):
    return CatalogueIndexPageFactory(parent=home_page)


@pytest.fixture
def module(catalogue):
    """A module with two lessons and a two-question assessment (pass mark 70)."""
    page = TrainingModulePageFactory(
        parent=catalogue, title="Junction design", questions=two_questions()
    )
    LessonPageFactory(parent=page, title="Lesson one")
    LessonPageFactory(parent=page, title="Lesson two")
    return page


@pytest.fixture
def lessons(module):
    return list(module.lessons())


@pytest.fixture
def booked_session(module):
    """`booked_session(n)`: a session of `module` with n people booked in it."""

    def make(count: int):
        session = SessionFactory(module=module)
        for _ in range(count):
            enrolment_create(user=UserFactory(), module=module, session=session)
        return session

    return make


@pytest.fixture
def khmer(db):
    return Locale.objects.get_or_create(language_code="km")[0]


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """`translate(page, locale)`: what the admin's "Translate this page" and a
    PO import do. The translation is published once the transaction commits."""

    def translate(page, locale) -> Translation:
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        with django_capture_on_commit_callbacks(execute=True):
            translation.import_po(translated_po(polib.pofile(str(translation.export_po()))))
            translation.save_target(publish=True)
        return translation

    return translate


@pytest.fixture
def file_storages(settings, tmp_path):
    """Public media (MEDIA_ROOT) and private media each in a folder of their
    own under tmp_path; returns (public root, private root)."""
    public, private = tmp_path / "public", tmp_path / "private"
    settings.MEDIA_ROOT = public
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {**settings.STORAGES["private"], "OPTIONS": {"location": private}},
    }
    return public, private


def notice(kind: str, language: str) -> str:
    """The words of the untranslated-content notice ("This module is not yet
    available in …") as a reader of `language` sees them, without the
    language's name (the longest piece around it)."""
    from django.utils import translation

    # The message ids are the product's own ("This module is not yet …"); looked
    # up through another name so that makemessages does not take the f-string
    # for one more.
    look_up = translation.gettext
    with translation.override(language):
        sentence = look_up(f"This {kind} is not yet available in %(language)s.")
    return max(sentence.split("%(language)s"), key=len).strip(" .")
