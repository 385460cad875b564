"""Every form draws through the site's form and field templates: a label per
field (no trailing colon), a mark on required fields, help and errors right
under the field and tied to it, and no raw "---------" choice."""

import re

import pytest

from django import forms
from django.urls import reverse

from core.factories import UserFactory

pytestmark = pytest.mark.django_db


class MissionForm(forms.Form):
    title = forms.CharField(label="Title", help_text="As the partner city says it.")
    city = forms.ChoiceField(label="City", choices=[("", "---------"), ("pp", "Phnom Penh")])
    notes = forms.CharField(label="Notes", required=False)


def test_fields_have_a_label_without_colon_and_a_required_mark():
    html = str(MissionForm())
    assert '<label class="field__label field__label--required" for="id_title">Title</label>' in html
    assert '<label class="field__label" for="id_notes">Notes</label>' in html
    assert "Title:" not in html


def test_empty_choice_is_worded_not_dashes():
    html = str(MissionForm())
    assert "---------" not in html
    assert '<option value="" selected>Choose…</option>' in html


def test_help_and_error_sit_under_the_field_and_are_tied_to_it():
    html = str(MissionForm(data={"title": "", "city": "pp"}))
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_title_helptext id_title_error"' in html
    field = re.search(r'<div class="field field--error">.*?</div>\s*</div>', html, re.S).group(0)
    assert '<div class="field__help" id="id_title_helptext">As the partner city' in field
    assert "This field is required." in field
    assert "Please correct the errors below." in html


def test_profile_page_renders_its_form_through_the_site_templates(client):
    client.force_login(UserFactory())
    response = client.get(reverse("core:profile"))
    assert response.status_code == 200
    assert 'class="field__label field__label--required" for="id_first_name"' in response.text
    assert "---------" not in response.text
