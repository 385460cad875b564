"""Attempts at a module's assessment (the questions live on the module page)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AssessmentAttemptQuerySet(models.QuerySet):
    def of(self, user):
        return self.filter(user=user)

    def for_module(self, module):
        return self.filter(module__translation_key=module.translation_key)

    def passed(self):
        return self.filter(passed=True)


class AssessmentAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="assessment_attempts",
    )
    module = models.ForeignKey(
        "training.TrainingModulePage",
        verbose_name=_("module"),
        on_delete=models.CASCADE,
        related_name="assessment_attempts",
    )
    answers = models.JSONField(_("answers"), default=dict)
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    objects = AssessmentAttemptQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("assessment attempt")
        verbose_name_plural = _("assessment attempts")

    def __str__(self) -> str:
        return f"{self.user} · {self.module} · {self.score}%"
