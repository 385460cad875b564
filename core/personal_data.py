"""What core and the third-party apps it installs hold about a person.

Read by `core.privacy.autodiscover()`; see `core.privacy` for the fields.
"""

from django.utils.translation import gettext_lazy as _

from core.privacy import Erasure, PersonalData, declare

ACCOUNT = _("running the person's account")
EDITORIAL = _(
    "the site's editorial history (who edited which page or file), kept for "
    "accountability; it then points at the nameless erased account"
)
AUDIT = _(
    "accountability (GDPR art. 5(2)): kept for the audit retention period, then purged; "
    "it then points at the nameless erased account"
)

GENERIC = ("content_object",)  # generic relations: to pages and content


def _delete_exports(user):
    from core.exports import export_delete
    from core.models import DataExport

    for export in DataExport.objects.filter(user=user):
        export_delete(export=export)


def _anonymise_account(user):
    from core.erasure import anonymise_account

    anonymise_account(user)


declare(
    # --- core
    PersonalData(
        "core.User",
        person="pk",
        holds=_("name, e-mail address, city, organisation, job title, preferred language"),
        why=ACCOUNT,
        kept=_("as long as the account exists"),
        erasure=Erasure.ANONYMISE,
        reason=_(
            "a nameless, inactive row stays so that kept records (certificates, "
            "reports, evaluations, audit events) still point somewhere"
        ),
        export_as="profile",
        exclude=("password",),
        erase=_anonymise_account,
        order=100,
    ),
    PersonalData(
        "core.User_groups",
        person="user",
        holds=_("the person's roles"),
        why=_("what the person may see and do"),
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="roles",
    ),
    PersonalData(
        "core.User_user_permissions",
        person="user",
        holds=_("permissions given to the person directly"),
        why=_("what the person may see and do"),
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="roles",
    ),
    PersonalData(
        "core.FocalPointGrant",
        person="user",
        holds=_("the city the person acts for as its focal point, who granted it and when"),
        why=_("what the person may see and do"),
        kept=_("as long as the grant stands"),
        erasure=Erasure.DELETE,
        export_as="roles",
        also=("granted_by",),
    ),
    PersonalData(
        "core.ProfileProposal",
        person="user",
        holds=_("changes of city, organisation or role the person asked for, and the decision"),
        why=_("a coordinator decides what the person may see and do"),
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="profile_changes",
        also=("decided_by",),
    ),
    PersonalData(
        "core.AuditEvent",
        person="subject",
        holds=_("security events about the person: logins, role changes, exports, erasure"),
        why=AUDIT,
        kept=_("login records: PRIVACY_LOGIN_RECORD_DAYS; others: AUDIT_RETENTION_DAYS"),
        erasure=Erasure.KEEP,
        reason=AUDIT,
        export_as="audit_events",
        also=("actor",),
    ),
    PersonalData(
        "core.DataExport",
        person="user",
        holds=_("the person's data exports"),
        why=_("the person's right of access"),
        kept=_("PRIVACY_EXPORT_DAYS days"),
        erasure=Erasure.DELETE,
        also=("requested_by",),
        erase=_delete_exports,
    ),
    # --- allauth
    PersonalData(
        "account.EmailAddress",
        person="user",
        holds=_("e-mail addresses and whether they are confirmed"),
        why=ACCOUNT,
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="email_addresses",
    ),
    PersonalData(
        "mfa.Authenticator",
        person="user",
        holds=_("two-factor authenticators (secrets are never exported)"),
        why=ACCOUNT,
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="two_factor",
        exclude=("data",),
    ),
    # --- Wagtail
    PersonalData(
        "wagtailusers.UserProfile",
        person="user",
        holds=_("admin preferences: notifications, language, time zone, avatar"),
        why=ACCOUNT,
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="admin_preferences",
        files=("avatar",),
    ),
    *(
        PersonalData(
            label,
            person="user",
            holds=holds,
            why=_("editing in the Wagtail admin"),
            kept=_("as long as the account exists"),
            erasure=Erasure.DELETE,
            also=also,
        )
        for label, holds, also in [
            # Others' comments the person resolved keep a pointer to the erased account.
            ("wagtailcore.Comment", _("comments on pages"), ("resolved_by",)),
            ("wagtailcore.CommentReply", _("replies to comments"), ()),
            ("wagtailcore.PageSubscription", _("page comment subscriptions"), ()),
            ("wagtailcore.APIToken", _("admin API tokens"), ()),
            ("wagtailadmin.EditingSession", _("who is editing what, right now"), GENERIC),
            ("wagtailadmin.FormState", _("unsaved admin form states"), GENERIC),
        ]
    ),
    *(
        PersonalData(
            label,
            person=person,
            holds=holds,
            why=_("the site's editorial history"),
            kept=_("as long as the content exists"),
            erasure=Erasure.KEEP,
            reason=EDITORIAL,
            also=also,
        )
        for label, person, holds, also in [
            ("wagtailcore.Page", "owner", _("who created or locked a page"), ("locked_by",)),
            ("wagtailcore.Revision", "user", _("who saved a revision"), GENERIC),
            ("wagtailcore.PageLogEntry", "user", _("who did what to a page"), ()),
            ("wagtailcore.ModelLogEntry", "user", _("who did what to a snippet"), ()),
            ("wagtailcore.WorkflowState", "requested_by", _("who asked for moderation"), GENERIC),
            ("wagtailcore.TaskState", "finished_by", _("who moderated"), ()),
            ("wagtailcore.UploadedFile", "uploaded_by_user", _("who uploaded a file"), ()),
            ("wagtaildocs.Document", "uploaded_by_user", _("who uploaded a document"), ()),
            ("wagtailimages.Image", "uploaded_by_user", _("who uploaded an image"), ()),
            (
                "wagtail_localize.StringTranslation",
                "last_translated_by",
                _("who last translated a text"),
                (),
            ),
            (
                "wagtail_localize.SegmentOverride",
                "last_translated_by",
                _("who last overrode a translated text"),
                (),
            ),
        ]
    ),
    # Generic relations: they point at pages and content, never at a person.
    *(
        PersonalData(
            label,
            person="",
            holds=_("nothing about a person: a generic relation to pages and content"),
            why=_("search and tagging"),
            kept=_("as long as the content exists"),
            erasure=Erasure.KEEP,
            reason=_("holds no personal data"),
            also=GENERIC,
        )
        for label in ["wagtailsearch.IndexEntry", "taggit.TaggedItem"]
    ),
)
