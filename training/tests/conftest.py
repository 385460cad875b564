import pytest

from core.factories import UserFactory
from training.factories import (
    CatalogueIndexPageFactory,
    LessonPageFactory,
    SessionFactory,
    TrainingModulePageFactory,
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
