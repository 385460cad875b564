"""Every model that relates to a person is in the personal-data registry."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.fields import GenericForeignKey

from core.privacy import Erasure, registry


def user_relations(model) -> set[str]:
    """Names of the fields declared on `model` that can point at a person:
    relations to the user model (one-to-one, foreign key, many-to-many) and
    generic relations (which can point at anything, the user model included)."""
    user_model = get_user_model()
    names = set()
    for field in model._meta.get_fields():
        if field.auto_created and not field.concrete:
            continue  # reverse relations are the other model's fields
        if getattr(field, "model", model) is not model:
            continue  # inherited from a parent model (multi-table), checked there
        if isinstance(field, GenericForeignKey) or field.related_model is user_model:
            names.add(field.name)
    return names


def models_relating_to_people() -> dict[str, set[str]]:
    found = {
        model._meta.label: user_relations(model)
        for model in apps.get_models(include_auto_created=True)
    }
    return {label: names for label, names in found.items() if names}


def test_every_model_relating_to_a_person_is_declared():
    declared = {entry.model for entry in registry()}
    missing = sorted(set(models_relating_to_people()) - declared)
    assert not missing, f"declare these in their app's personal_data.py: {missing}"


def test_the_user_model_itself_is_declared():
    assert get_user_model()._meta.label in {entry.model for entry in registry()}


def test_every_relation_of_a_declared_model_is_accounted_for():
    """A new foreign key to the user on a model already declared is noticed too."""
    relating = models_relating_to_people()
    for entry in registry():
        fields = relating.get(entry.model, set())
        accounted = {entry.person.split("__")[0], *entry.also}
        assert fields <= accounted, f"{entry.model}: say how {fields - accounted} is handled"


def test_declared_lookups_resolve(django_user_model, db):
    person = django_user_model.objects.create_user("someone@example.org")
    for entry in registry():
        assert entry.model_class is not None
        list(entry.records(person))  # a wrong lookup raises FieldError


def test_what_is_kept_says_why():
    for entry in registry():
        if entry.erasure is not Erasure.DELETE:
            assert str(entry.reason).strip(), entry.model
        assert str(entry.holds) and str(entry.why) and str(entry.kept), entry.model


def test_third_party_models_are_declared_too():
    declared = {entry.model for entry in registry()}
    assert {"account.EmailAddress", "mfa.Authenticator", "wagtailcore.Revision"} <= declared
