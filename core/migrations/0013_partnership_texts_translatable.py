"""A partnership's summary and description move to PartnershipText, a
snippet wagtail-localize translates: the existing texts become each
partnership's text in the default language."""

import uuid

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


def move_texts(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Partnership = apps.get_model("core", "Partnership")
    PartnershipText = apps.get_model("core", "PartnershipText")
    partnerships = list(Partnership.objects.all())
    if not partnerships:
        return
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    PartnershipText.objects.bulk_create(
        PartnershipText(
            partnership=partnership,
            locale=locale,
            translation_key=uuid.uuid4(),
            summary=partnership.summary,
            description=partnership.description,
        )
        for partnership in partnerships
    )


def move_texts_back(apps, schema_editor):
    """Back to one text per partnership: the default language's."""
    Partnership = apps.get_model("core", "Partnership")
    PartnershipText = apps.get_model("core", "PartnershipText")
    for text in PartnershipText.objects.filter(locale__language_code=settings.LANGUAGE_CODE):
        Partnership.objects.filter(pk=text.partnership_id).update(
            summary=text.summary, description=text.description
        )


def create_roles(apps, schema_editor):
    from core.roles import ensure_roles

    ensure_roles(apps)


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0012_audit_funder_reports'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='PartnershipText',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('summary', models.TextField(verbose_name='summary')),
                ('description', wagtail.fields.RichTextField(blank=True, verbose_name='description')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('partnership', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='texts', to='core.partnership', verbose_name='partnership')),
            ],
            options={
                'verbose_name': 'partnership text',
                'verbose_name_plural': 'partnership texts',
                'ordering': ['partnership__since', 'partnership__slug'],
                'abstract': False,
                'constraints': [models.UniqueConstraint(fields=('partnership', 'locale'), name='partnership_text_one_per_language')],
                'unique_together': {('translation_key', 'locale')},
            },
        ),
        migrations.RunPython(move_texts, move_texts_back),
        migrations.RemoveField(
            model_name='partnership',
            name='description',
        ),
        migrations.RemoveField(
            model_name='partnership',
            name='summary',
        ),
        # Coordinators write and translate the texts.
        migrations.RunPython(create_roles, migrations.RunPython.noop),
    ]
