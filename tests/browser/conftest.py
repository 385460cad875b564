import io

import pytest

from django.core.management import call_command


@pytest.fixture
def tour_demo(settings):
    """The demo programme and its accounts, as `make run` loads them; the
    coordinator's pages open without two-factor set up, as in `make run`."""
    settings.COORDINATOR_REQUIRE_MFA = False
    call_command("load_demo", stdout=io.StringIO())
