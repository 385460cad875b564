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
