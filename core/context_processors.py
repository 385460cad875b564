def roles(request):
    """Expose the current user's roles to templates, for navigation."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"is_coordinator": False, "is_expert": False, "is_focal_point": False}
    return {
        "is_coordinator": user.is_coordinator,
        "is_expert": user.is_expert,
        "is_focal_point": user.is_focal_point,
    }


def wagtail_site(request):
    """Find the request's Wagtail site in the content memo before a template
    links to pages (each `{% pageurl %}` would otherwise look it up)."""
    from core.content_memo import enabled
    from core.routing import remember_site

    if enabled():
        remember_site(request)
    return {}
