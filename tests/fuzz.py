"""Hypothesis strategies for posting random input to forms (tests only)."""

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

#: Text a browser never sends but a person or a script can.
VALUES = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=10).map(lambda s: s * 400),
    st.sampled_from(["", "0", "-1", "999999999999999999999", "1.5", "true", "null", "[]"]),
    st.integers().map(str),
    st.text(alphabet="\x00\x01\x02\x08\x0b\x1b\u202e\ufeff\u200b", max_size=50),
)
FUZZ = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


def form(*names: str):
    """Posted data: the given field names plus a random one, each a random value
    (sometimes several values, as a multi-select would send)."""
    return st.fixed_dictionaries(
        {name: st.one_of(VALUES, st.lists(VALUES, max_size=2)) for name in names},
        optional={"unexpected": VALUES},
    )
