"""How every form on the site is drawn: one form template and one field
template, so labels, help, errors and required marks look and behave the
same everywhere (settings.FORM_RENDERER)."""

from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    """Django's form templates from the project's template folders (so the
    project can override a widget), with Passerelle's form and field
    layouts as the defaults of `{{ form }}` and `{{ field.as_field_group }}`."""

    form_template_name = "components/form.html"
    formset_template_name = "components/formset.html"
    field_template_name = "components/field.html"
