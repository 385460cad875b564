import pytest


@pytest.fixture
def home_page(db):
    from core.demo import load_home_page

    return load_home_page()
