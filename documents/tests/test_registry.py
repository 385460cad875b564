"""Each app registers its kind of document once; kinds never share a prefix or a model."""

from dataclasses import replace

import pytest

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

from documents.registry import kind_for_model, kind_for_number, kinds, register


def _certificates():
    return kind_for_model(apps.get_model("training", "Certificate"))


def test_certificates_and_attestations_are_registered_by_their_apps():
    assert {(kind.name, kind.prefix) for kind in kinds()} == {
        ("certificate", "PSL"),
        ("attestation", "PSL-ATT"),
    }


def test_registering_the_same_kind_again_changes_nothing():
    register(_certificates())

    assert len(kinds()) == 2


@pytest.mark.parametrize("change", [{"prefix": "PSL-ATT"}, {"model": "exchange.Attestation"}])
def test_a_kind_clashing_with_another_is_refused(change):
    if "model" in change:
        change = {"model": apps.get_model(change["model"])}
    with pytest.raises(ImproperlyConfigured, match="clashes"):
        register(replace(_certificates(), name="diploma", **change))
    assert kind_for_number("PSL-2026-000001") == _certificates()


def test_a_model_of_no_kind_is_a_lookup_error():
    with pytest.raises(LookupError):
        kind_for_model(apps.get_model("training", "Session"))
