"""Matching reasons read in the reader's language, numbers included."""

from django.utils import translation

from experts.explain import reason_text, reasons_text
from experts.matching import Reason

RATED = "past missions rated %(rating)s/5 (%(count)s ratings)"


def test_a_rating_is_written_the_readers_way():
    reason = Reason(RATED, {"rating": 4.5, "count": 3})
    with translation.override("en"):
        assert reason_text(reason) == "past missions rated 4.5/5 (3 ratings)"
    with translation.override("fr"):
        text = reason_text(reason)
    assert "4,5/5" in text and "3" in text
    assert text != "past missions rated 4.5/5 (3 ratings)"


def test_stored_reasons_are_read_the_same_way():
    stored = {"template": RATED, "params": {"rating": 4.0, "count": 2}}
    with translation.override("pt"):
        [text] = reasons_text([stored])
    assert "4,0/5" in text
